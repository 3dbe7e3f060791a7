"""The user's review decisions over a ScanResult, as plain data (no Qt, no I/O).

Photos are referred to by their index in ``ScanResult.photos`` (rows hold ids, never
paths).  Decisions survive a regroup: marks and chosen keepers are per photo, not per group.
Groups shown to the user are derived: trashed photos are dropped, a photo the user chose
becomes ``members[0]``, and groups with fewer than two photos left disappear.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum

from photodedup.core.group.cluster import photo_distance
from photodedup.core.types import Action, Group, Member, Photo, ScanResult

USER_KEEPER_REASON = "chosen by you"


class Stale(StrEnum):
    """Why the results shown may no longer match the disk (a rescan fixes it)."""

    FRESH = ""
    FOLDERS = "folders"  # a folder was added or removed, or its reference tick changed
    SETTINGS = "settings"  # minimum size or exclusions changed
    RESTORED = "restored"  # an undo brought back files these results do not list


@dataclass
class Review:
    """Marks, keeper choices, trashed photos and per-photo failures for one scan."""

    result: ScanResult = field(default_factory=ScanResult)
    marked: set[int] = field(default_factory=set)
    chosen_keepers: set[int] = field(default_factory=set)
    gone: set[int] = field(default_factory=set)  # trashed
    removed: set[int] = field(default_factory=set)  # under a folder no longer scanned
    protected_roots: set[str] = field(default_factory=set)  # made reference after the scan
    failures: dict[int, tuple[str, str]] = field(default_factory=dict)  # (outcome, reason)
    groups: list[Group] = field(default_factory=list)
    _by_id: dict[int, Group] = field(default_factory=dict)
    _group_of: dict[int, int] = field(default_factory=dict)
    _index_of_path: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._index_of_path = {p.path: i for i, p in enumerate(self.result.photos)}
        self.rebuild()

    # ----------------------------------------------------------------- derived view
    def rebuild(self) -> None:
        """Recompute the visible groups from the result and the decisions."""
        self.groups = [g for g in map(self._view_group, self.result.groups) if g is not None]
        self._by_id = {g.id: g for g in self.groups}
        self._group_of = {m.photo: g.id for g in self.groups for m in g.members}
        keepers = {g.members[0].photo for g in self.groups}
        self.marked = {i for i in self.marked if i in self._group_of and i not in keepers}

    def _view_group(self, group: Group) -> Group | None:
        present = [
            m for m in group.members if m.photo not in self.gone and m.photo not in self.removed
        ]
        if len(present) < 2:
            return None
        chosen = next((m for m in present if m.photo in self.chosen_keepers), None)
        if chosen is None and present[0] == group.members[0]:
            return replace(group, members=tuple(present))
        keeper = chosen or present[0]
        photos = self.result.photos
        members = [Member(keeper.photo, 0, Action.KEEP)]
        for m in present:
            if m is not keeper:
                distance = photo_distance(photos[keeper.photo], photos[m.photo])
                members.append(Member(m.photo, distance, m.action))
        reason = USER_KEEPER_REASON if chosen is not None else group.reason
        return replace(group, members=tuple(members), reason=reason)

    def view_result(self) -> ScanResult:
        """The result restricted to the visible groups, keepers first."""
        return replace(self.result, groups=list(self.groups))

    # -------------------------------------------------------------------- queries
    def photo(self, index: int) -> Photo:
        """The photo with this index."""
        return self.result.photos[index]

    def group(self, group_id: int) -> Group | None:
        """The visible group with this id."""
        return self._by_id.get(group_id)

    def group_of(self, index: int) -> int | None:
        """Id of the visible group holding this photo."""
        return self._group_of.get(index)

    def index_of(self, path: str) -> int | None:
        """Photo index of a path."""
        return self._index_of_path.get(path)

    def is_keeper(self, index: int) -> bool:
        """True if the photo is the keeper of its group."""
        gid = self._group_of.get(index)
        return gid is not None and self._by_id[gid].members[0].photo == index

    def can_mark(self, index: int) -> bool:
        """Keepers and photos under reference folders can never be marked."""
        file = self.photo(index).file
        return (
            index in self._group_of
            and not self.is_keeper(index)
            and not file.protected
            and file.root not in self.protected_roots
        )

    def marked_bytes(self) -> int:
        """Total size of the marked photos."""
        return sum(self.photo(i).file.size for i in self.marked)

    def marked_paths(self) -> set[str]:
        """Paths of the marked photos."""
        return {self.photo(i).path for i in self.marked}

    def keepers(self) -> dict[int, int]:
        """Group id -> keeper photo index, for the visible groups."""
        return {g.id: g.members[0].photo for g in self.groups}

    # ------------------------------------------------------------------ decisions
    def set_marked(self, index: int, marked: bool) -> bool:
        """Mark or unmark one photo; False if it cannot be marked."""
        if marked and not self.can_mark(index):
            return False
        (self.marked.add if marked else self.marked.discard)(index)
        return True

    def set_keeper(self, index: int) -> None:
        """Make this photo the keeper of its group (it is unmarked)."""
        gid = self._group_of.get(index)
        if gid is None:
            return
        siblings = {m.photo for m in self._by_id[gid].members}
        self.chosen_keepers -= siblings
        self.chosen_keepers.add(index)
        self.marked.discard(index)
        self.rebuild()

    def mark_lower_resolution(self) -> int:
        """In every group mark each copy with fewer pixels than its keeper; count marked."""
        from photodedup.core.group.keepers import lower_resolution_copies

        added = 0
        for index in lower_resolution_copies(self.result.photos, self.groups):
            if index not in self.marked and self.set_marked(index, True):
                added += 1
        return added

    def clear_marks(self) -> None:
        """Unmark everything."""
        self.marked.clear()

    def replace_result(self, result: ScanResult) -> None:
        """Take new groups (regroup) over the same photos, keeping the decisions."""
        self.result = result
        self.rebuild()

    def record_trashed(self, paths: Iterable[str]) -> None:
        """These files are in the trash now: they leave their groups."""
        for path in paths:
            index = self.index_of(path)
            if index is not None:
                self.gone.add(index)
                self.marked.discard(index)
                self.failures.pop(index, None)
        self.rebuild()

    def record_failed(self, failures: dict[str, tuple[str, str]]) -> None:
        """These files could not be trashed: they stay listed and marked, with the core's
        outcome and reason."""
        for path, outcome in failures.items():
            index = self.index_of(path)
            if index is not None:
                self.failures[index] = outcome

    def record_restored(self, paths: Iterable[str]) -> int:
        """These files came back from the trash: they rejoin their groups.

        Returns how many of them these results do not list (a rescan shows them).
        """
        outside = 0
        for path in paths:
            index = self.index_of(path)
            if index is None:
                outside += 1
            else:
                self.gone.discard(index)
        self.rebuild()
        return outside

    def exclude_root(self, root: str) -> bool:
        """Drop the photos found under ``root`` (no longer scanned); True if any."""
        found = {i for i, p in enumerate(self.result.photos) if p.file.root == root}
        self.removed |= found
        if found:
            self.rebuild()
        return bool(found)

    def protect_root(self, root: str) -> None:
        """``root`` became a reference folder: unmark its photos (they must stay)."""
        self.protected_roots.add(root)
        self.marked = {i for i in self.marked if self.photo(i).file.root != root}
