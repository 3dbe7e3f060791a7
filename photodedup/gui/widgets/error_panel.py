"""Problems listed in one panel (never a popup per file): scan errors and trash failures."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from photodedup.core.messages import recognise
from photodedup.core.types import display_path
from photodedup.gui.core_text import core_text
from photodedup.gui.wording import problem_details

Index = QModelIndex | QPersistentModelIndex
Problem = tuple[str, str, str]  # path, kind, message
HEADERS = (
    QT_TRANSLATE_NOOP("ProblemModel", "File"),
    QT_TRANSLATE_NOOP("ProblemModel", "Problem"),
    QT_TRANSLATE_NOOP("ProblemModel", "Details"),
)


KIND_TEXT = {  # ErrorKind values -> words (translated where shown)
    "empty": QT_TRANSLATE_NOOP("ProblemModel", "Empty file"),
    "truncated": QT_TRANSLATE_NOOP("ProblemModel", "Damaged (truncated)"),
    "unreadable": QT_TRANSLATE_NOOP("ProblemModel", "Not a readable image"),
    "unsupported": QT_TRANSLATE_NOOP("ProblemModel", "Unsupported format"),
    "too_large": QT_TRANSLATE_NOOP("ProblemModel", "Too large"),
    "permission_denied": QT_TRANSLATE_NOOP("ProblemModel", "Permission denied"),
    "vanished": QT_TRANSLATE_NOOP("ProblemModel", "Disappeared"),
    "unstable": QT_TRANSLATE_NOOP("ProblemModel", "Changed while reading"),
    "decoder_crashed": QT_TRANSLATE_NOOP("ProblemModel", "Crashed the decoder"),
    "decoder_timeout": QT_TRANSLATE_NOOP("ProblemModel", "Took too long to decode"),
    "not_a_regular_file": QT_TRANSLATE_NOOP("ProblemModel", "Not a regular file"),
    "warning": QT_TRANSLATE_NOOP("ProblemModel", "Warning"),
}


def kind_text(kind: str) -> str:
    """A problem kind in words."""
    text = KIND_TEXT.get(kind)
    return QCoreApplication.translate("ProblemModel", text) if text else kind


class ProblemModel(QAbstractTableModel):
    """Rows of (path, kind, message), sorted in Python (thousands of rows stay instant)."""

    def __init__(self) -> None:
        super().__init__()
        self.problems: list[Problem] = []
        self._sort = (0, Qt.SortOrder.AscendingOrder)

    def set_problems(self, problems: list[Problem]) -> None:
        """Replace every row (kept in the current sort order)."""
        self.beginResetModel()
        self.problems = self._sorted(list(problems), *self._sort)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column, as the view's header asks."""
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self.problems = self._sorted(self.problems, column, order)
        self.layoutChanged.emit()

    @staticmethod
    def _sorted(rows: list[Problem], column: int, order: Qt.SortOrder) -> list[Problem]:
        if not 0 <= column < len(HEADERS):
            return rows
        key = (lambda r: kind_text(r[1])) if column == 1 else (lambda r: r[column].casefold())
        return sorted(rows, key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        """Number of problems."""
        return 0 if parent.isValid() else len(self.problems)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        """File, problem, details."""
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ProblemModel", HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell text; the full path as tooltip."""
        if not index.isValid() or not 0 <= index.row() < len(self.problems):
            return None
        path, kind, message = self.problems[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            words = core_text(recognise(message))  # the core's own phrases translated
            details = problem_details(kind, problem_details(kind_text(kind), words))
            return (display_path(path), kind_text(kind), details)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{display_path(path)}\n{core_text(recognise(message))}"
        return None


class ErrorPanel(QWidget):
    """A sortable table of problems, shown in a dock."""

    def __init__(self) -> None:
        super().__init__()
        self.model = ProblemModel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Problems"))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # A fixed width from the longest kind: sizing to contents would visit every row.
        widest = max(self.fontMetrics().horizontalAdvance(kind_text(k)) for k in KIND_TEXT)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, widest + 24)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def set_problems(self, problems: list[Problem]) -> None:
        """Show these problems."""
        self.model.set_problems(problems)

    def count(self) -> int:
        """Number of problems listed."""
        return self.model.rowCount()
