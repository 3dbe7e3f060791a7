"""The photos of one group as a table: facts per column, a check box to mark for the trash.

Row 0 is the keeper.  Checking a row asks the controller to mark the photo; keepers and
photos under reference folders are not checkable.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from photodedup.core.group.shots import follower_role
from photodedup.core.review import Review
from photodedup.core.types import Group, Photo
from photodedup.gui.core_text import core_text
from photodedup.gui.formatting import (
    dimensions,
    file_name,
    folder_name,
    human_bytes,
    resolution,
    taken_minutes,
)
from photodedup.gui.wording import outcome_sentence

PhotoIndexRole = Qt.ItemDataRole.UserRole + 1
IsKeeperRole = Qt.ItemDataRole.UserRole + 2
ProtectedRole = Qt.ItemDataRole.UserRole + 3
FailureRole = Qt.ItemDataRole.UserRole + 4
PathRole = Qt.ItemDataRole.UserRole + 5
MarkableRole = Qt.ItemDataRole.UserRole + 6
FollowersRole = Qt.ItemDataRole.UserRole + 7  # ((path, role), ...): files trashed with it
FailureReasonRole = Qt.ItemDataRole.UserRole + 8  # the core's reason, in the GUI's language
ShortTextRole = Qt.ItemDataRole.UserRole + 9  # the cell in fewer characters, where it can be

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (  # marked for lupdate; translated where shown (context "MemberModel")
    QT_TRANSLATE_NOOP("MemberModel", "Photo"),
    QT_TRANSLATE_NOOP("MemberModel", "Resolution"),
    QT_TRANSLATE_NOOP("MemberModel", "Size"),
    QT_TRANSLATE_NOOP("MemberModel", "Format"),
    QT_TRANSLATE_NOOP("MemberModel", "Taken"),
    QT_TRANSLATE_NOOP("MemberModel", "Camera"),
    QT_TRANSLATE_NOOP("MemberModel", "Folder"),
    QT_TRANSLATE_NOOP("MemberModel", "Distance"),
)


RESOLUTION_COLUMN = 1
TAKEN_COLUMN = 4


def column_title(column: int) -> str:
    """The translated title of a column."""
    return QCoreApplication.translate("MemberModel", COLUMNS[column])


def _tr(text: str) -> str:
    return QCoreApplication.translate("MemberModel", text)


def _cell(photo: Photo, column: int, distance: int) -> str:
    info = photo.info
    cells = (
        lambda: file_name(photo.path),
        lambda: resolution(info),
        lambda: human_bytes(photo.file.size),
        lambda: info.format,
        lambda: info.taken or "—",
        lambda: info.camera or "—",
        lambda: folder_name(photo.path),
        lambda: str(distance),
    )
    return cells[column]()


def _short_cell(photo: Photo, column: int, distance: int) -> str:
    """The cell in fewer characters where it has a shorter form, else as it is."""
    if column == RESOLUTION_COLUMN:
        return dimensions(photo.info)  # the resolution without its megapixels
    if column == TAKEN_COLUMN and photo.info.taken:
        return taken_minutes(photo.info.taken)  # the seconds stay in the tooltip
    return _cell(photo, column, distance)


class MemberModel(QAbstractTableModel):
    """Members of the selected group."""

    def __init__(self, set_marked: Callable[[int, bool], bool], parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._set_marked = set_marked
        self._review = Review()
        self._group: Group | None = None

    def set_group(self, review: Review, group_id: int | None) -> None:
        """Show the members of ``group_id`` (None: nothing)."""
        self.beginResetModel()
        self._review = review
        self._group = review.group(group_id) if group_id is not None else None
        self.endResetModel()

    @property
    def group(self) -> Group | None:
        """The group shown."""
        return self._group

    def refresh(self) -> None:
        """Repaint every row (marks changed)."""
        if self.rowCount():
            last = self.index(self.rowCount() - 1, len(COLUMNS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        """Number of members."""
        return 0 if parent.isValid() or self._group is None else len(self._group.members)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        """Number of facts shown per photo."""
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Column titles."""
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return column_title(section)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Selectable; the first column is checkable for markable photos."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0 and self._review.can_mark(self._photo_index(index)):
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Facts, check state and custom roles of one member."""
        if not index.isValid() or self._group is None:
            return None
        if not 0 <= index.row() < len(self._group.members):
            return None
        member = self._group.members[index.row()]
        photo = self._review.photo(member.photo)
        if role == ShortTextRole:
            return _short_cell(photo, index.column(), member.distance)
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell(photo, index.column(), member.distance)
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            marked = member.photo in self._review.marked
            return Qt.CheckState.Checked if marked else Qt.CheckState.Unchecked
        return self._custom(role, member.photo, photo, index.row())

    def _custom(self, role: int, photo_index: int, photo: Photo, row: int) -> object:
        values = {
            PhotoIndexRole: lambda: photo_index,
            IsKeeperRole: lambda: row == 0,
            ProtectedRole: lambda: photo.file.protected,
            FailureRole: lambda: self._failure(photo_index),
            FailureReasonRole: lambda: self._failure_reason(photo_index),
            PathRole: lambda: photo.path,
            MarkableRole: lambda: self._review.can_mark(photo_index),
            FollowersRole: lambda: tuple(
                (f.path, follower_role(f.path)) for f in self._review.followers_of(photo_index)
            ),
        }
        getter = values.get(role)
        return getter() if getter is not None else None

    def _failure(self, photo_index: int) -> str:
        failure = self._review.failures.get(photo_index)
        return outcome_sentence(*failure) if failure else ""

    def _failure_reason(self, photo_index: int) -> str:
        failure = self._review.failures.get(photo_index)
        return core_text(failure[1]) if failure else ""

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802 - Qt override
        """Checking the first column marks the photo for the trash."""
        if not index.isValid() or index.column() != 0:
            return False
        if role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
        if not self._set_marked(self._photo_index(index), checked):
            return False
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def _photo_index(self, index: Index) -> int:
        assert self._group is not None
        return self._group.members[index.row()].photo
