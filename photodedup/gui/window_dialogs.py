"""Dialogs opened from the menus: clean-up history, keyboard shortcuts, About."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox

from photodedup import APP_DISPLAY_NAME, __version__
from photodedup.gui.dialogs.shortcuts_dialog import ShortcutsDialog, menu_actions

if TYPE_CHECKING:
    from photodedup.gui.main_window import MainWindow


def show_history(w: MainWindow, undo: Callable[[], None]) -> None:
    """Edit → Clean-up History (non-modal; refreshed after each clean-up and undo)."""
    from photodedup.gui.dialogs.history_dialog import HistoryDialog

    if w.history_dialog is None:
        w.history_dialog = HistoryDialog(undo, w)
        w.controller.undo_finished.connect(lambda _o: refresh_history(w))
        w.controller.trash_finished.connect(lambda _o: refresh_history(w))
    refresh_history(w)
    w.history_dialog.show()
    w.history_dialog.raise_()


def refresh_history(w: MainWindow) -> None:
    """Reload the history dialog from the journal."""
    dialog = w.history_dialog
    if dialog is not None:
        w.controller.fetch_history(dialog.set_sessions)


def show_shortcuts(w: MainWindow) -> None:
    """Help → Keyboard Shortcuts (non-modal, so the keys can be tried at once)."""
    dialog = ShortcutsDialog(menu_actions(w), w)
    dialog.setModal(False)
    dialog.show()
    w.shortcuts_dialog = dialog


def show_about(w: MainWindow) -> None:
    """Help → About: the packaging engineer's dialog when present, else a simple box."""
    try:
        from photodedup.gui.about import show_about as about
    except ImportError:
        QMessageBox.about(w, APP_DISPLAY_NAME, f"{APP_DISPLAY_NAME} {__version__}")
        return
    about(w)
