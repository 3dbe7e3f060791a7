"""Tests for photodedup.logs: rotating log file, crash reports, crash hooks."""

from __future__ import annotations

import logging
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from photodedup import __version__, logs


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    directory = tmp_path / "logs"
    monkeypatch.setenv("PHOTODEDUP_LOG_DIR", str(directory))
    return directory


@pytest.fixture
def restore_hooks() -> Iterator[None]:
    saved = sys.excepthook, threading.excepthook
    yield
    sys.excepthook, threading.excepthook = saved


def _raise_and_capture() -> tuple[type[BaseException], BaseException, object]:
    try:
        raise ValueError("boom in test")
    except ValueError:
        return sys.exc_info()  # type: ignore[return-value]


@pytest.mark.usefixtures("restore_logging")
def test_setup_logging_writes_to_log_dir(log_dir: Path) -> None:
    log_file = logs.setup_logging()
    logging.getLogger("photodedup.test").info("hello from test")
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert log_file.parent == log_dir
    text = log_file.read_text(encoding="utf-8")
    assert "hello from test" in text
    assert __version__ in text


@pytest.mark.usefixtures("restore_logging")
def test_setup_logging_is_idempotent_and_rotates(log_dir: Path) -> None:
    logs.setup_logging()
    logs.setup_logging()
    own = [h for h in logging.getLogger().handlers if getattr(h, logs._HANDLER_TAG, False)]
    assert len(own) == 2
    rotating = next(h for h in own if isinstance(h, logging.handlers.RotatingFileHandler))
    assert rotating.maxBytes == logs.LOG_MAX_BYTES
    assert rotating.backupCount == logs.LOG_BACKUP_COUNT
    rotating.maxBytes = 200  # force a rollover quickly
    for i in range(20):
        logging.getLogger("photodedup.test").info("line %d %s", i, "x" * 40)
    assert (log_dir / f"{logs.LOG_FILE_NAME}.1").exists()


def test_crash_report_is_readable(log_dir: Path) -> None:
    exc_type, exc, tb = _raise_and_capture()
    report = logs.write_crash_report(exc_type, exc, tb)  # type: ignore[arg-type]
    assert report.parent == log_dir
    assert report.name.startswith(logs.CRASH_PREFIX)
    text = report.read_text(encoding="utf-8")
    assert f"version: photodedup {__version__}" in text
    assert "python: " in text and "platform: " in text and "qt: " in text
    assert "ValueError: boom in test" in text
    assert "_raise_and_capture" in text  # the traceback frames are there


@pytest.mark.usefixtures("restore_hooks", "restore_logging")
def test_excepthook_writes_report_and_calls_show(log_dir: Path) -> None:
    shown: list[str] = []
    logs.install_crash_handler(shown.append, native_crash_log=False)
    exc_type, exc, tb = _raise_and_capture()
    sys.excepthook(exc_type, exc, tb)  # type: ignore[arg-type]
    reports = list(log_dir.glob(f"{logs.CRASH_PREFIX}*.txt"))
    assert len(reports) == 1
    assert len(shown) == 1
    assert str(reports[0]) in shown[0]
    assert "boom in test" in shown[0]


@pytest.mark.usefixtures("restore_hooks", "restore_logging")
def test_thread_exceptions_are_reported(log_dir: Path) -> None:
    shown: list[str] = []
    logs.install_crash_handler(shown.append, native_crash_log=False)

    def crash() -> None:
        raise RuntimeError("worker died")

    worker = threading.Thread(target=crash, name="scan-worker")
    worker.start()
    worker.join()
    (report,) = log_dir.glob(f"{logs.CRASH_PREFIX}*.txt")
    text = report.read_text(encoding="utf-8")
    assert "thread: scan-worker" in text
    assert "RuntimeError: worker died" in text
    assert shown and "worker died" in shown[0]


@pytest.mark.usefixtures("restore_hooks", "restore_logging")
def test_failing_show_does_not_raise(log_dir: Path) -> None:
    def broken_show(_message: str) -> None:
        raise OSError("no display")

    logs.install_crash_handler(broken_show, native_crash_log=False)
    exc_type, exc, tb = _raise_and_capture()
    sys.excepthook(exc_type, exc, tb)  # type: ignore[arg-type]
    assert len(list(log_dir.glob(f"{logs.CRASH_PREFIX}*.txt"))) == 1


def test_uncaught_crash_in_subprocess_leaves_report(tmp_path: Path) -> None:
    """End to end: a real uncaught exception exits non-zero and leaves a report."""
    log_dir = tmp_path / "proc-logs"
    code = (
        "from photodedup import logs\n"
        "logs.setup_logging()\n"
        "logs.install_crash_handler(lambda m: print('SHOWN:' + m))\n"
        "raise LookupError('crash for real')\n"
    )
    env = {"PHOTODEDUP_LOG_DIR": str(log_dir), "PATH": "/usr/bin:/bin"}
    proc = subprocess.run(
        [sys.executable, "-c", code],
        check=False,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode != 0
    assert "SHOWN:" in proc.stdout and "crash for real" in proc.stdout
    (report,) = log_dir.glob(f"{logs.CRASH_PREFIX}*.txt")
    assert "LookupError: crash for real" in report.read_text(encoding="utf-8")
    assert "crash for real" in (log_dir / logs.LOG_FILE_NAME).read_text(encoding="utf-8")


def test_logs_module_does_not_import_qt() -> None:
    code = "import sys, photodedup.logs; sys.exit('PySide6' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False, timeout=60).returncode == 0


def test_native_crash_leaves_a_traceback(tmp_path: Path) -> None:
    """A segfault cannot be caught, but faulthandler writes where it happened."""
    log_dir = tmp_path / "native"
    code = (
        "import faulthandler\n"
        "from photodedup import logs\n"
        "logs.install_crash_handler()\n"
        "def decode_that_segfaults():\n"
        "    faulthandler._sigsegv()\n"
        "decode_that_segfaults()\n"
    )
    env = {"PHOTODEDUP_LOG_DIR": str(log_dir), "PATH": "/usr/bin:/bin"}
    proc = subprocess.run(
        [sys.executable, "-c", code], check=False, env=env, capture_output=True, timeout=60
    )
    assert proc.returncode != 0
    text = (log_dir / logs.FAULT_FILE_NAME).read_text(encoding="utf-8")
    assert f"photodedup {__version__} started" in text
    assert "Segmentation fault" in text
    assert "decode_that_segfaults" in text
