"""Edit → Not Duplicates: what the user said is not a duplicate; forget some or all.

Each row is one decision: a photo and the keeper it is not a copy of, or a whole group,
with the date.  Forgetting one lets those photos group again at once (the groups are
recomputed from the fingerprints at hand); the list is the core's, shared with the
command line (``photodedup ignore list|clear``).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
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
from photodedup.gui.formatting import file_name

IdRole = Qt.ItemDataRole.UserRole + 1
Forget = Callable[[Sequence[int] | None], None]


class IgnoredDialog(QDialog):
    """The "not a duplicate" list; ``forget(ids)`` (None: all) is called on the buttons."""

    def __init__(self, forget: Forget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Not Duplicates"))
        self._forget = forget
        intro = QLabel(
            self.tr(
                "Photos you said are not duplicates are never grouped together again, by "
                "the app or the command line, until you forget them here or a file changes."
            )
        )
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Photos"), self.tr("Remembered")])
        self.tree.setAccessibleName(self.tr("Photos that are not duplicates, newest first"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setRootIsDecorated(False)
        self.tree.setMinimumSize(620, 300)
        self.empty = QLabel(self.tr("Nothing remembered yet: right-click a photo or a group "
                                    "and choose Not a Duplicate."))  # fmt: skip
        self.empty.setWordWrap(True)
        self.forget_button = QPushButton(self.tr("&Forget Selected"))
        self.clear_button = QPushButton(self.tr("Forget &All"))
        self.forget_button.clicked.connect(self._forget_selected)
        self.clear_button.clicked.connect(lambda: self._forget(None))
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.forget_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.clear_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self._update_buttons()

    def set_entries(self, entries: list[Any]) -> None:
        """Show the list's entries (newest first)."""
        self.tree.clear()
        for entry in entries:
            names = [file_name(p) for p in entry.paths]
            if entry.whole_group:
                text = self.tr("Group of {count}: {names}").format(
                    count=len(names), names=", ".join(names)
                )
            else:
                text = self.tr("{first} is not a duplicate of {second}").format(
                    first=names[-1], second=names[0]
                )
            when = datetime.datetime.fromtimestamp(entry.added).strftime("%Y-%m-%d %H:%M")
            item = QTreeWidgetItem([text, when])
            item.setData(0, IdRole, entry.id)
            item.setToolTip(0, "\n".join(display_path(p) for p in entry.paths))
            self.tree.addTopLevelItem(item)
        self.tree.resizeColumnToContents(1)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        header.setSectionResizeMode(1, header.ResizeMode.ResizeToContents)
        self.empty.setVisible(not entries)
        self.tree.setVisible(bool(entries))
        if entries:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._update_buttons()

    def selected_ids(self) -> list[int]:
        """The ids of the selected rows."""
        return [int(item.data(0, IdRole)) for item in self.tree.selectedItems()]

    def _update_buttons(self) -> None:
        self.forget_button.setEnabled(bool(self.selected_ids()))
        self.clear_button.setEnabled(self.tree.topLevelItemCount() > 0)

    def _forget_selected(self) -> None:
        if ids := self.selected_ids():
            self._forget(ids)
