"""Edit → Clean-up History: every clean-up with the files it moved; undo any of them.

The newest clean-up not undone yet is selected; *Undo This Clean-up* restores the selected
one (pressed again and again it goes backwards from the newest), and any older one can be
chosen first (a click on it or on one of its files).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from photodedup.core.types import display_path

STATE_TEXT = {  # journal entry states -> words (translated where shown)
    "trashed": QT_TRANSLATE_NOOP("History", "in the trash"),
    "restored": QT_TRANSLATE_NOOP("History", "restored"),
    "restore_failed": QT_TRANSLATE_NOOP("History", "still in the trash (could not restore)"),
    "pending": QT_TRANSLATE_NOOP("History", "interrupted"),
    "failed": QT_TRANSLATE_NOOP("History", "not moved"),
}
MOVED_STATE_TEXT = {  # the same for a file moved into a folder ("Move to Folder")
    "trashed": QT_TRANSLATE_NOOP("History", "moved to {folder}"),
    "restore_failed": QT_TRANSLATE_NOOP("History", "still in {folder} (could not restore)"),
}


def entry_state(entry: Any) -> str:
    """Where one journal entry's file is now, in words."""
    moved = getattr(entry, "moved", False) and entry.state in MOVED_STATE_TEXT
    if moved:
        folder = os.path.dirname(display_path(entry.trash_file))  # noqa: PTH120
        return _tr(MOVED_STATE_TEXT[entry.state]).format(folder=folder)
    return _tr(STATE_TEXT.get(entry.state, entry.state))


def _tr(text: str) -> str:
    return QCoreApplication.translate("History", text)


def session_title(session: Any) -> str:
    """'2026-12-03 09:20 · 3 files moved · undone'."""
    when = session.started.astimezone().strftime("%Y-%m-%d %H:%M")
    moved = sum(1 for e in session.entries if e.state != "failed")
    text = QCoreApplication.translate("History", "{when} · %n file(s) moved", None, moved)
    text = text.format(when=when)
    return text + (" · " + _tr("undone") if session.undone else "")


SessionRole = Qt.ItemDataRole.UserRole + 1  # a top-level row's session id


class HistoryDialog(QDialog):
    """The clean-ups, newest first; "Undo This Clean-up" restores the selected one.

    ``undo(session_id, title)`` is called with the selected clean-up.
    """

    def __init__(self, undo: Callable[[str, str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Clean-up History"))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Clean-up / file"), self.tr("Now")])
        self.tree.setAccessibleName(self.tr("Clean-ups, newest first"))
        self.tree.setMinimumSize(620, 320)
        self.empty = QLabel(self.tr("No clean-up yet."))
        self.undo_button = QPushButton(self.tr("&Undo This Clean-up"))
        self.undo_button.setToolTip(
            self.tr("Put the files of the selected clean-up back where they were")
        )
        self._undo = undo
        self._undoable: set[str] = set()
        self.undo_button.clicked.connect(self._undo_selected)
        self.tree.currentItemChanged.connect(lambda *_: self._update_button())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)

    def selected_session(self) -> str:
        """The id of the clean-up whose row (or one of whose files) is current, or ""."""
        item = self.tree.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        return str(item.data(0, SessionRole) or "") if item is not None else ""

    def _update_button(self) -> None:
        self.undo_button.setEnabled(self.selected_session() in self._undoable)

    def _undo_selected(self) -> None:
        session = self.selected_session()
        if session in self._undoable:
            item = self.tree.currentItem()
            while item.parent() is not None:
                item = item.parent()
            self._undo(session, item.text(0))

    def set_sessions(self, sessions: list[Any]) -> None:
        """Show the journal's sessions (oldest first as loaded; shown newest first)."""
        self.tree.clear()
        self._undoable = {s.id for s in sessions if s.undoable}
        current = None
        for session in reversed(sessions):
            top = QTreeWidgetItem([session_title(session), ""])
            top.setData(0, SessionRole, session.id)
            if current is None and session.id in self._undoable:
                current = top
            for entry in session.entries:
                state = entry_state(entry)
                child = QTreeWidgetItem([display_path(entry.path), state])
                child.setToolTip(0, display_path(entry.path))
                top.addChild(child)
            self.tree.addTopLevelItem(top)
        self.tree.resizeColumnToContents(1)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        header.setSectionResizeMode(1, header.ResizeMode.ResizeToContents)
        if self.tree.topLevelItemCount():
            self.tree.topLevelItem(0).setExpanded(True)
        current = current or self.tree.topLevelItem(0)
        if current is not None:
            current.setExpanded(True)
            self.tree.setCurrentItem(current)
        self.empty.setVisible(not sessions)
        self._update_button()
