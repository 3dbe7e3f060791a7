"""Edit → Clean-up History: every clean-up with the files it moved; undo them one by one.

Undo goes from the newest clean-up backwards (each undo restores the newest one not undone
yet), so undoing three times brings back the last three clean-ups.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
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


def _tr(text: str) -> str:
    return QCoreApplication.translate("History", text)


def session_title(session: Any) -> str:
    """'2026-12-03 09:20 · 3 files moved · undone'."""
    when = session.started.astimezone().strftime("%Y-%m-%d %H:%M")
    moved = sum(1 for e in session.entries if e.state != "failed")
    text = QCoreApplication.translate("History", "{when} · %n file(s) moved", None, moved)
    text = text.format(when=when)
    return text + (" · " + _tr("undone") if session.undone else "")


class HistoryDialog(QDialog):
    """The clean-ups, newest first; "Undo Latest" restores the newest one not undone."""

    def __init__(self, undo: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Clean-up History"))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Clean-up / file"), self.tr("Now")])
        self.tree.setAccessibleName(self.tr("Clean-ups, newest first"))
        self.tree.setMinimumSize(620, 320)
        self.empty = QLabel(self.tr("No clean-up yet."))
        self.undo_button = QPushButton(self.tr("Undo Latest Clean-up"))
        self.undo_button.clicked.connect(undo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)

    def set_sessions(self, sessions: list[Any]) -> None:
        """Show the journal's sessions (oldest first as loaded; shown newest first)."""
        self.tree.clear()
        for session in reversed(sessions):
            top = QTreeWidgetItem([session_title(session), ""])
            for entry in session.entries:
                state = _tr(STATE_TEXT.get(entry.state, entry.state))
                child = QTreeWidgetItem([display_path(entry.path), state])
                child.setToolTip(0, display_path(entry.path))
                top.addChild(child)
            self.tree.addTopLevelItem(top)
        self.tree.resizeColumnToContents(1)
        if self.tree.topLevelItemCount():
            self.tree.topLevelItem(0).setExpanded(True)
        self.empty.setVisible(not sessions)
        self.undo_button.setEnabled(
            any(not s.undone and any(e.state == "trashed" for e in s.entries) for s in sessions)
        )
