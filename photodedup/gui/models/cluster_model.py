"""The list of duplicate groups, loaded in batches so 10,000 groups stay fast.

Rows are group ids; everything shown is read from the controller's ``Review`` on demand,
over the list of groups taken at the last :meth:`ClusterModel.set_review` (the review
rebuilds its list after a clean-up; the view must never see rows vanish without a reset).
``rowCount`` is the number of rows populated so far; ``canFetchMore``/``fetchMore`` add
``BATCH_SIZE`` rows at a time (the Qt ``fetchmore`` example's pattern).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from photodedup.core.review import Review
from photodedup.core.types import Group, display_path
from photodedup.gui.colors import kind_text
from photodedup.gui.core_text import core_text
from photodedup.gui.formatting import file_name, human_bytes
from photodedup.gui.group_query import GroupQuery
from photodedup.gui.thumbnails import ThumbnailLoader

BATCH_SIZE = 200
THUMB_SIDE = 56

GroupIdRole = Qt.ItemDataRole.UserRole + 1
SubtitleRole = Qt.ItemDataRole.UserRole + 2
MarkedCountRole = Qt.ItemDataRole.UserRole + 3
KindRole = Qt.ItemDataRole.UserRole + 4
KeeperPathRole = Qt.ItemDataRole.UserRole + 5

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClusterModel", text)


class ClusterModel(QAbstractListModel):
    """One row per visible group of the review."""

    def __init__(self, thumbnails: ThumbnailLoader | None = None, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._review = Review()
        self.query = GroupQuery()
        self._groups: list[Group] = []
        self._loaded = 0
        self._thumbnails = thumbnails
        self._row_of_keeper: dict[str, int] = {}
        if thumbnails is not None:
            thumbnails.ready.connect(self._thumbnail_ready)

    # ------------------------------------------------------------- population
    def set_review(self, review: Review) -> None:
        """Show the groups of ``review`` (model reset; the first batch loads at once)."""
        self.beginResetModel()
        self._review = review
        self._groups = self.query.apply(review)  # a snapshot: the review replaces its list
        self._loaded = min(BATCH_SIZE, len(self._groups))
        self._row_of_keeper = {}
        self.endResetModel()

    def set_query(self, query: GroupQuery) -> None:
        """Search, filter and sort the groups (model reset)."""
        self.query = query
        self.set_review(self._review)

    def total(self) -> int:
        """Number of groups shown (loaded or not)."""
        return len(self._groups)

    def refresh(self) -> None:
        """Repaint every loaded row (marks changed; same groups)."""
        if self._loaded:
            self.dataChanged.emit(self.index(0), self.index(self._loaded - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        """Rows populated so far."""
        return 0 if parent.isValid() else self._loaded

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802 - Qt override
        """True while some groups are not loaded yet."""
        return not parent.isValid() and self._loaded < len(self._groups)

    def fetchMore(self, parent: Index) -> None:  # noqa: N802 - Qt override
        """Load the next batch of groups."""
        if parent.isValid():
            return
        count = min(BATCH_SIZE, len(self._groups) - self._loaded)
        if count <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._loaded, self._loaded + count - 1)
        self._loaded += count
        self.endInsertRows()

    def row_of_group(self, group_id: int) -> int | None:
        """The row showing this group, loading batches until it is reached."""
        for row, group in enumerate(self._groups):
            if group.id == group_id:
                while self._loaded <= row:
                    self.fetchMore(QModelIndex())
                return row
        return None

    # ------------------------------------------------------------------- data
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Text, thumbnail and custom roles of one group."""
        if not index.isValid() or not 0 <= index.row() < self._loaded:
            return None
        group = self._groups[index.row()]
        keeper = self._review.photo(group.members[0].photo)
        if role == Qt.ItemDataRole.DecorationRole:
            if self._thumbnails is None:
                return None
            self._row_of_keeper[keeper.path] = index.row()
            return self._thumbnails.pixmap(keeper.path, THUMB_SIDE)
        values = {
            Qt.ItemDataRole.DisplayRole: lambda: file_name(keeper.path),
            GroupIdRole: lambda: group.id,
            KeeperPathRole: lambda: keeper.path,
            KindRole: lambda: str(group.kind),
            MarkedCountRole: lambda: sum(
                1 for m in group.members if m.photo in self._review.marked
            ),
            SubtitleRole: lambda: self._subtitle(group),
            Qt.ItemDataRole.ToolTipRole: lambda: _tr("{path}\nKeeper: {reason}").format(
                path=display_path(keeper.path), reason=core_text(group.reason)
            ),
            Qt.ItemDataRole.AccessibleTextRole: lambda: _tr("{name}: {subtitle}, {kind}").format(
                name=file_name(keeper.path),
                subtitle=self._subtitle(group),
                kind=kind_text(str(group.kind)),
            ),
        }
        getter = values.get(role)
        return getter() if getter is not None else None

    def _subtitle(self, group: Group) -> str:
        members = group.members
        extra = sum(self._review.photo(m.photo).file.size for m in members[1:])
        count = QCoreApplication.translate("ClusterModel", "%n photo(s)", None, len(members))
        if not group.kind.copies:  # similar shots: the others are photos of their own
            return _tr("{count} · {size} in other shots").format(
                count=count, size=human_bytes(extra)
            )
        return _tr("{count} · {size} in copies").format(count=count, size=human_bytes(extra))

    def _thumbnail_ready(self, path: str) -> None:
        row = self._row_of_keeper.get(path)
        if row is not None and row < self._loaded:
            index = self.index(row)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])
