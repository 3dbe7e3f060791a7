"""The keeper rules, editable: which criteria pick the photo to keep, in which order.

"In a reference folder" and "Not damaged" always come first (the core enforces it); the
others can be ticked and moved up or down.  The reason shown on the keeper's card is the
first criterion that told the photos apart.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from photodedup.core.group.keepers import ALWAYS_FIRST, CRITERIA

NameRole = Qt.ItemDataRole.UserRole + 1
TITLES = {  # the core's criterion titles, for lupdate (context "KeepRules")
    "raw": QT_TRANSLATE_NOOP("KeepRules", "Camera RAW original"),
    "pixels": QT_TRANSLATE_NOOP("KeepRules", "Most pixels"),
    "bytes": QT_TRANSLATE_NOOP("KeepRules", "Largest file"),
    "oldest": QT_TRANSLATE_NOOP("KeepRules", "Oldest file"),
    "newest": QT_TRANSLATE_NOOP("KeepRules", "Newest file"),
    "shortest_path": QT_TRANSLATE_NOOP("KeepRules", "Shortest path"),
}


def rule_title(name: str) -> str:
    """A criterion's title in the user's language."""
    title = TITLES.get(name, CRITERIA[name].title if name in CRITERIA else name)
    return QCoreApplication.translate("KeepRules", title)


class KeepRulesEditor(QWidget):
    """Tick and order the keeper criteria."""

    def __init__(self, rules: list[str]) -> None:
        super().__init__()
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Keeper rules, first decides"))
        self.list.setMaximumHeight(140)
        chosen = [r for r in rules if r in CRITERIA and r not in ALWAYS_FIRST]
        others = [n for n in CRITERIA if n not in ALWAYS_FIRST and n not in chosen]
        for name in chosen + others:
            item = QListWidgetItem(rule_title(name))
            item.setData(NameRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in chosen else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        up, down = QPushButton(self.tr("Up")), QPushButton(self.tr("Down"))
        up.clicked.connect(lambda: self.move(-1))
        down.clicked.connect(lambda: self.move(1))
        buttons = QVBoxLayout()
        buttons.addWidget(up)
        buttons.addWidget(down)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        fixed = QLabel(self.tr("Always first: photos in reference folders, then undamaged ones."))
        fixed.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(fixed)
        layout.addLayout(row)

    def move(self, delta: int) -> None:
        """Move the current rule up (-1) or down (+1)."""
        row = self.list.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    def rules(self) -> list[str]:
        """The ticked criteria, in order."""
        items = (self.list.item(i) for i in range(self.list.count()))
        return [str(i.data(NameRole)) for i in items if i.checkState() == Qt.CheckState.Checked]
