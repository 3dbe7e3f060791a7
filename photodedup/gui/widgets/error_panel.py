"""Problems listed in one panel (never a popup per file): scan errors and trash failures."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from photodedup.core.types import display_path

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
    """Rows of (path, kind, message)."""

    def __init__(self) -> None:
        super().__init__()
        self.problems: list[Problem] = []

    def set_problems(self, problems: list[Problem]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self.problems = list(problems)
        self.endResetModel()

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
            return (display_path(path), kind_text(kind), message)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return display_path(path)
        return None


class ErrorPanel(QWidget):
    """A sortable table of problems, shown in a dock."""

    def __init__(self) -> None:
        super().__init__()
        self.model = ProblemModel()
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def set_problems(self, problems: list[Problem]) -> None:
        """Show these problems."""
        self.model.set_problems(problems)

    def count(self) -> int:
        """Number of problems listed."""
        return self.model.rowCount()
