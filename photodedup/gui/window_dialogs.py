"""Dialogs opened from the menus: settings, export, clean-up history, the "not a
duplicate" list, shortcuts, About."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QStatusBar

from photodedup import APP_DISPLAY_NAME, __version__
from photodedup.core.types import display_path
from photodedup.gui.controller import ScanController
from photodedup.gui.dialogs.shortcuts_dialog import ShortcutsDialog, menu_actions
from photodedup.gui.status import STATUS_MS

if TYPE_CHECKING:
    from photodedup.gui.dialogs.history_dialog import HistoryDialog
    from photodedup.gui.dialogs.ignored_dialog import IgnoredDialog
    from photodedup.gui.not_duplicates import NotDuplicates


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class WindowDialogs:
    """The main window's dialogs; the non-modal ones are kept while open."""

    def __init__(
        self,
        controller: ScanController,
        window: QMainWindow,
        *,
        status: QStatusBar,
        undo: Callable[[str, str], None],
        not_duplicates: NotDuplicates,
    ) -> None:
        """``window`` owns the dialogs (its menus fill the shortcuts list); ``undo`` is the
        history dialog's Undo button (session id, its title)."""
        self.controller = controller
        self._window = window
        self._status = status
        self._undo = undo
        self.export_folder = ""  # where the last export was saved
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self.history_dialog: HistoryDialog | None = None  # made when first shown
        self.not_duplicates = not_duplicates
        self.ignored_dialog: IgnoredDialog | None = None  # made when first shown

    def edit_settings(self) -> None:
        """File → Settings: the settings dialog."""
        from photodedup.gui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.controller.settings, self._window)
        if dialog.exec():
            self.controller.update_settings(dialog.settings())

    def export(self, fmt: str) -> None:
        """Ask where to save, then export in the background."""
        title = _tr("Export Groups as CSV") if fmt == "csv" else _tr("Export Groups as JSON")
        pattern = "CSV (*.csv)" if fmt == "csv" else "JSON (*.json)"
        start = Path(self.export_folder or Path.home()) / f"photodedup.{fmt}"
        path, _ = QFileDialog.getSaveFileName(self._window, title, str(start), pattern)
        if path:
            self.export_folder = str(Path(path).parent)
            self.controller.export(path, fmt, self._saved)

    def _saved(self, path: str) -> None:
        self._status.showMessage(_tr("Saved {path}").format(path=display_path(path)), STATUS_MS)

    def show_history(self) -> None:
        """Edit → Clean-up History (non-modal; refreshed after each clean-up and undo)."""
        from photodedup.gui.dialogs.history_dialog import HistoryDialog

        if self.history_dialog is None:
            self.history_dialog = HistoryDialog(self._undo, self._window)
            self.controller.undo_finished.connect(lambda _o: self.refresh_history())
            self.controller.trash_finished.connect(lambda _o: self.refresh_history())
        self.refresh_history()
        self.history_dialog.show()
        self.history_dialog.raise_()

    def refresh_history(self) -> None:
        """Reload the history dialog from the journal."""
        if self.history_dialog is not None:
            self.controller.fetch_history(self.history_dialog.set_sessions)

    def show_ignored(self) -> None:
        """Edit → Not Duplicates: review and forget the "not a duplicate" list."""
        from photodedup.gui.dialogs.ignored_dialog import IgnoredDialog

        if self.ignored_dialog is None:
            dialog = IgnoredDialog(
                lambda ids: self.not_duplicates.forget(ids, dialog.set_entries), self._window
            )
            self.ignored_dialog = dialog
            self.not_duplicates.changed.connect(lambda _n: self.refresh_ignored())
        self.refresh_ignored()
        self.ignored_dialog.show()
        self.ignored_dialog.raise_()

    def refresh_ignored(self) -> None:
        """Reload the "not a duplicate" dialog from the list."""
        if self.ignored_dialog is not None:
            self.not_duplicates.fetch(self.ignored_dialog.set_entries)

    def show_shortcuts(self) -> None:
        """Help → Keyboard Shortcuts (non-modal, so the keys can be tried at once)."""
        dialog = ShortcutsDialog(menu_actions(self._window), self._window)
        dialog.setModal(False)
        dialog.show()
        self.shortcuts_dialog = dialog

    def show_about(self) -> None:
        """Help → About: the packaging engineer's dialog when present, else a simple box."""
        try:
            from photodedup.gui.about import show_about as about
        except ImportError:
            QMessageBox.about(self._window, APP_DISPLAY_NAME, f"{APP_DISPLAY_NAME} {__version__}")
            return
        about(self._window)
