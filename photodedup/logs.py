"""Logging set-up and crash reports (Qt-free: the GUI passes a ``show`` callback).

``setup_logging()`` writes a rotating log file in :func:`photodedup.core.paths.log_dir`
and echoes warnings to stderr. ``install_crash_handler()`` turns an uncaught exception,
on the main thread or any other, into a readable report file next to the logs and an
optional user-facing message instead of a silent exit.
"""

from __future__ import annotations

import datetime as dt
import faulthandler
import logging
import logging.handlers
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from photodedup import APP_DISPLAY_NAME, APP_NAME, __version__
from photodedup.core import paths

LOG_FILE_NAME = f"{APP_NAME}.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUP_COUNT = 5
CRASH_PREFIX = "crash-"
FAULT_FILE_NAME = "native-crashes.log"
_FORMAT = "%(asctime)s %(levelname)-7s %(threadName)s %(name)s: %(message)s"
_HANDLER_TAG = "_photodedup_handler"

log = logging.getLogger(__name__)

ShowMessage = Callable[[str], None]
_fault_file: list[object] = []  # keeps the faulthandler file open for the process lifetime


def setup_logging(level: int = logging.INFO) -> Path:
    """Log to a rotating file in the log dir (1 MB x 5) and warnings to stderr.

    Idempotent: calling it again replaces the handlers it installed before.
    Returns the path of the log file.
    """
    directory = paths.log_dir()
    directory.mkdir(parents=True, exist_ok=True)
    log_file = directory / LOG_FILE_NAME
    root = logging.getLogger()
    _remove_own_handlers(root)
    file_handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUP_COUNT, encoding="utf-8"
    )
    file_handler.setLevel(level)
    stderr_handler = logging.StreamHandler(sys.stderr)
    stderr_handler.setLevel(logging.WARNING)
    for handler in (file_handler, stderr_handler):
        handler.setFormatter(logging.Formatter(_FORMAT))
        setattr(handler, _HANDLER_TAG, True)
        root.addHandler(handler)
    root.setLevel(min(level, logging.WARNING))
    log.info("%s %s started, logging to %s", APP_NAME, __version__, log_file)
    return log_file


def _remove_own_handlers(root: logging.Logger) -> None:
    for handler in list(root.handlers):
        if getattr(handler, _HANDLER_TAG, False):
            root.removeHandler(handler)
            handler.close()


def _qt_version() -> str:
    """The Qt/PySide6 versions if the GUI already loaded them (never imports Qt here)."""
    pyside = sys.modules.get("PySide6")
    qtcore = sys.modules.get("PySide6.QtCore")
    if pyside is None or qtcore is None:
        return "not loaded"
    return f"Qt {qtcore.qVersion()}, PySide6 {getattr(pyside, '__version__', '?')}"


def format_crash_report(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    thread_name: str | None = None,
) -> str:
    """Render a plain-text crash report: versions, platform, thread and traceback."""
    lines = [
        f"{APP_DISPLAY_NAME} crash report",
        f"time: {dt.datetime.now(dt.UTC).isoformat(timespec='seconds')}",
        f"version: {APP_NAME} {__version__}",
        f"python: {platform.python_version()} ({sys.executable})",
        f"platform: {platform.platform()}",
        f"qt: {_qt_version()}",
        f"frozen: {bool(getattr(sys, 'frozen', False))}",
        f"thread: {thread_name or threading.current_thread().name}",
        "",
        "".join(traceback.format_exception(exc_type, exc, tb)).rstrip(),
        "",
    ]
    return "\n".join(lines)


def write_crash_report(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    thread_name: str | None = None,
) -> Path:
    """Write a crash report file into the log dir and return its path."""
    directory = paths.log_dir()
    directory.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    report = directory / f"{CRASH_PREFIX}{stamp}.txt"
    report.write_text(format_crash_report(exc_type, exc, tb, thread_name), encoding="utf-8")
    return report


def crash_message(exc: BaseException, report: Path) -> str:
    """The short text shown to the user after a crash."""
    return (
        f"{APP_DISPLAY_NAME} hit an unexpected error: {type(exc).__name__}: {exc}\n\n"
        f"A report was saved to:\n{report}\n\n"
        "Please attach it when reporting the problem. No files were deleted by this error."
    )


def _handle(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    thread_name: str | None,
    show: ShowMessage | None,
) -> None:
    try:
        report = write_crash_report(exc_type, exc, tb, thread_name)
    except OSError:
        log.critical("Uncaught exception (report not written)", exc_info=(exc_type, exc, tb))
        return
    log.critical("Uncaught exception, report in %s", report, exc_info=(exc_type, exc, tb))
    if show is not None:
        try:
            show(crash_message(exc, report))
        except Exception:
            log.exception("Could not show the crash message")


def install_crash_handler(
    show: ShowMessage | None = None, *, native_crash_log: bool = True
) -> None:
    """Route uncaught exceptions (any thread) to a crash report, the log and ``show``.

    Native crashes (segfault, abort in a C library) cannot be caught: their Python
    tracebacks are appended to ``native-crashes.log`` in the log dir (faulthandler),
    unless ``native_crash_log`` is False.
    ``KeyboardInterrupt`` keeps Python's default behaviour. ``show`` is called on the
    thread that crashed; a GUI must marshal it to its main thread itself.
    """
    previous_hook = sys.excepthook

    def excepthook(
        exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            previous_hook(exc_type, exc, tb)
            return
        _handle(exc_type, exc, tb, None, show)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else None
        _handle(args.exc_type, args.exc_value, args.exc_traceback, name, show)

    sys.excepthook = excepthook
    threading.excepthook = thread_hook
    if native_crash_log:
        _enable_faulthandler()


def _enable_faulthandler() -> None:
    """Dump Python tracebacks of a native crash (segfault, abort) to a file in the log dir."""
    if _fault_file:
        return
    try:
        directory = paths.log_dir()
        directory.mkdir(parents=True, exist_ok=True)
        fault_log = directory / FAULT_FILE_NAME
        too_big = fault_log.exists() and fault_log.stat().st_size > LOG_MAX_BYTES
        stream = open(fault_log, "w" if too_big else "a", encoding="utf-8")  # noqa: SIM115
    except OSError:
        log.warning("native crash log unavailable", exc_info=True)
        return
    stream.write(f"--- {APP_NAME} {__version__} started {dt.datetime.now().isoformat()}\n")
    stream.flush()
    faulthandler.enable(stream, all_threads=True)
    _fault_file.append(stream)
