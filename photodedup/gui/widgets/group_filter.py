"""Above the group list: a search box, a sort order and "only groups with marks"."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from photodedup.gui.group_query import GroupQuery, SortKey

SEARCH_DEBOUNCE_MS = 150
SORT_TEXT = {
    SortKey.FOUND: QT_TRANSLATE_NOOP("GroupFilter", "Order found"),
    SortKey.SPACE: QT_TRANSLATE_NOOP("GroupFilter", "Space to free"),
    SortKey.COUNT: QT_TRANSLATE_NOOP("GroupFilter", "Number of photos"),
    SortKey.SIMILARITY: QT_TRANSLATE_NOOP("GroupFilter", "Most alike first"),
    SortKey.FOLDER: QT_TRANSLATE_NOOP("GroupFilter", "Folder"),
    SortKey.DATE: QT_TRANSLATE_NOOP("GroupFilter", "Date taken"),
}


class GroupFilter(QWidget):
    """Emits ``query_changed`` with the new :class:`GroupQuery`."""

    query_changed = Signal(object)  # GroupQuery

    def __init__(self) -> None:
        super().__init__()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names and folders"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search groups"))
        self.sort = QComboBox()
        for key, text in SORT_TEXT.items():
            self.sort.addItem(QCoreApplication.translate("GroupFilter", text), str(key))
        self.sort.setAccessibleName(self.tr("Sort groups by"))
        self.sort.setToolTip(self.tr("Sort groups by"))
        self.only_marked = QCheckBox(self.tr("Only with marks"))
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.sort.currentIndexChanged.connect(lambda _i: self._emit())
        self.only_marked.toggled.connect(lambda _c: self._emit())
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.sort, 1)
        row.addWidget(self.only_marked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.setSpacing(4)
        layout.addWidget(self.search)
        layout.addLayout(row)

    def query(self) -> GroupQuery:
        """The query the controls describe."""
        return GroupQuery(
            text=self.search.text(),
            only_marked=self.only_marked.isChecked(),
            sort=SortKey(self.sort.currentData()),
        )

    def set_sort(self, key: SortKey) -> None:
        """Choose a sort order (emits the new query)."""
        self.sort.setCurrentIndex(self.sort.findData(str(key)))

    def _emit(self) -> None:
        self._timer.stop()
        self.query_changed.emit(self.query())
