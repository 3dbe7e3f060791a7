"""Hand a photo to the desktop: open it, show it in the file manager, copy its path.

"Show in Folder" asks the file manager to select the file through the freedesktop
``org.freedesktop.FileManager1.ShowItems`` D-Bus call (Nautilus, Dolphin, Nemo, Caja,
Thunar…); where no file manager answers, the folder itself is opened.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication

log = logging.getLogger(__name__)

FILE_MANAGER = ("org.freedesktop.FileManager1", "/org/freedesktop/FileManager1")


class Desktop:
    """The desktop services the review uses (one instance per window)."""

    def open_file(self, path: str) -> bool:
        """Open the photo in the user's default viewer."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def show_in_folder(self, path: str) -> bool:
        """Show the photo selected in the file manager (else open its folder)."""
        if self._file_manager_select(path):
            return True
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))

    @staticmethod
    def copy_path(path: str) -> None:
        """Put the full path on the clipboard."""
        QGuiApplication.clipboard().setText(path)

    @staticmethod
    def _file_manager_select(path: str) -> bool:
        try:
            from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage
        except ImportError:  # a Qt build without D-Bus (Windows, macOS)
            return False
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return False
        manager = QDBusInterface(*FILE_MANAGER, "org.freedesktop.FileManager1", bus)
        if not manager.isValid():
            return False
        reply = manager.call("ShowItems", [QUrl.fromLocalFile(path).toString()], "")
        ok = reply.type() != QDBusMessage.MessageType.ErrorMessage
        if not ok:
            log.info("file manager refused ShowItems: %s", reply.errorMessage())
        return ok
