"""Desktop application entry point: QApplication, single-instance lock, main window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QLockFile,
    QObject,
    Qt,
    QTranslator,
    Signal,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from photodedup import APP_DISPLAY_NAME, APP_ID, APP_NAME, ORG_NAME, __version__
from photodedup.core import paths
from photodedup.core.decode.numeric import one_numeric_thread

log = logging.getLogger(__name__)

LOCK_NAME = "gui.lock"
STALE_LOCK_MS = 0  # a lock is stale only when its process is gone (checked by QLockFile)


def instance_lock() -> QLockFile:
    """The lock file that makes the app single-instance (in the data dir)."""
    directory = paths.data_dir()
    directory.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(directory / LOCK_NAME))
    lock.setStaleLockTime(STALE_LOCK_MS)
    return lock


def create_application(argv: list[str]) -> QApplication:
    """The QApplication, named from the package constants."""
    app = QApplication.instance() or QApplication(argv)
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QApplication.setApplicationDisplayName(APP_DISPLAY_NAME)
    QApplication.setDesktopFileName(APP_ID)
    return app  # type: ignore[return-value]


class _CrashNotifier(QObject):
    """Carries a crash message from any thread to the GUI thread."""

    message = Signal(str)


def install_plural_forms(app: QApplication) -> None:
    """Load the English plural forms ("1 photo", "2 photos") of the ``%n`` strings.

    Installed first, so it is the last one asked: a translation for the user's language,
    installed after it, wins wherever it has the string.
    """
    translator = QTranslator(app)
    if translator.load("photodedup_en", str(resources.files("photodedup.gui") / "translations")):
        app.installTranslator(translator)


def install_translators(app: QApplication) -> None:
    """Load photodedup's and Qt's translations for the user's locale, when present."""
    install_plural_forms(app)
    folders = {
        "photodedup": str(resources.files("photodedup.gui") / "translations"),
        "qtbase": QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    }
    for name, folder in folders.items():
        translator = QTranslator(app)
        if translator.load(QLocale(), name, "_", folder):
            app.installTranslator(translator)


def _setup_logging(show: Callable[[str], None]) -> None:
    """Use photodedup.logs when the package provides it."""
    try:
        from photodedup import logs
    except ImportError:
        logging.basicConfig(level=logging.INFO)
        return
    logs.setup_logging()
    logs.install_crash_handler(show)


def _show_crash(message: str) -> None:
    QMessageBox.critical(None, APP_DISPLAY_NAME, message)


def already_running_message() -> str:
    """What a second instance tells the user."""
    return QCoreApplication.translate(
        "App",
        "Photo Dedup is already running. Switch to its window: only one copy can run at a "
        "time, so two scans never fight over the same cache and trash.",
    )


def folders_from(argv: list[str]) -> list[str]:
    """The existing folders among the arguments (``photodedup ~/Pictures``, a .desktop %F)."""
    return [arg for arg in argv if arg and Path(arg).is_dir()]


def main(argv: list[str] | None = None) -> int:
    """Start the desktop application; folders given as arguments are added to the scan.

    ``argv`` None (the ``photodedup-gui`` script): the process's own arguments.
    """
    one_numeric_thread()  # before numpy loads (the ``photodedup-gui`` script starts here)
    argv = sys.argv[1:] if argv is None else argv
    app = create_application(sys.argv[:1] + list(argv or []))
    install_translators(app)
    lock = instance_lock()
    if not lock.tryLock(100):
        log.warning("another instance holds %s", lock.fileName())
        QMessageBox.information(None, APP_DISPLAY_NAME, already_running_message())
        return 1
    notifier = _CrashNotifier(app)
    notifier.message.connect(_show_crash, Qt.ConnectionType.QueuedConnection)
    _setup_logging(notifier.message.emit)
    from photodedup.gui.main_window import MainWindow

    window = MainWindow()
    window.add_folders(folders_from(list(argv or [])))
    window.show()
    window.controller.warm_up()
    window.cleanup.warn_if_cleanup_was_interrupted()
    try:
        return app.exec()
    finally:
        lock.unlock()
