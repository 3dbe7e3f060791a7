"""The review of one scan, as a Qt-free application object: the GUI wraps it, the CLI can.

Photos are referred to by their index in ``ScanResult.photos`` (rows hold ids, never
paths).  Decisions survive a regroup: marks and chosen keepers are per photo, not per group.
Groups shown to the user are derived: trashed photos are dropped, a photo the user chose
becomes ``members[0]``, and groups with fewer than two photos left disappear.

:class:`Review` owns the rules of a review: what may be marked (never a keeper or a
reference photo), the bulk rules of :class:`Rule` (groups of copies only, never similar
shots), keeper choice, why the results went stale, the trash plan of the marks (through
:func:`photodedup.core.cleanup.plan.make_plan`) and what trash and undo did to the groups.

Protocol for a wrapper (the GUI's ``ScanController``): every method is synchronous, does
no I/O and touches no thread.  After ``set_marked``, ``mark_by_rule``, ``unmark_groups``,
``clear_marks`` and ``reference_changed`` only marks changed (repaint); after
``set_keeper``, ``replace_result``, ``record_trash``, ``record_undo`` and
``folder_removed`` (when it returns True) the groups shown changed (reload).
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING

from photodedup.core.cleanup import plan
from photodedup.core.group.keepers import lower_resolution_copies
from photodedup.core.group.shots import followers
from photodedup.core.messages import Message
from photodedup.core.types import Action, Group, Member, Photo, ScanResult, Sidecar

if TYPE_CHECKING:
    from photodedup.core.cleanup.execute import ActionOutcome, Outcome
    from photodedup.core.cleanup.restore import RestoreOutcome

USER_KEEPER_REASON = Message("chosen by you")

# "IMG_1 (1).jpg", "IMG_1 copy.jpg", "IMG_1 - Copy (2).jpg", "Copy of IMG_1.jpg", "IMG_1-kopie",
# "IMG_1_copie", "IMG_1-1.jpg" is not (camera numbering looks like that).
COPY_NAME = re.compile(
    r"(\(\d+\)|[ _-]+(copy|kopie|copie|copia|kopia)([ _-]*\(?\d+\)?)?)$"
    r"|^(copy|kopie|copie) (of|van|de) ",
    re.IGNORECASE,
)


class Stale(StrEnum):
    """Why the results shown may no longer match the disk (a rescan fixes it)."""

    FRESH = ""
    FOLDERS = "folders"  # a folder was added or removed, or its reference tick changed
    SETTINGS = "settings"  # minimum size or exclusions changed
    RESTORED = "restored"  # an undo brought back files these results do not list


class Rule(StrEnum):
    """The bulk marking rules (the GUI's Select menu)."""

    ALL_BUT_KEEPER = "all_but_keeper"
    LOWER_RESOLUTION = "lower_resolution"
    SMALLER_FILES = "smaller_files"
    OLDER_FILES = "older_files"
    NAMED_LIKE_COPIES = "named_like_copies"
    IN_FOLDER = "in_folder"


def looks_like_a_copy(path: str) -> bool:
    """True for names such as "photo (1).jpg", "photo copy.jpg", "Copy of photo.jpg"."""
    stem = os.path.splitext(os.path.basename(path))[0]  # noqa: PTH119, PTH122 - str paths
    return bool(COPY_NAME.search(stem.strip()))


def trashed(outcomes: Iterable[ActionOutcome]) -> list[ActionOutcome]:
    """The outcomes of files a clean-up moved to the trash."""
    from photodedup.core.cleanup.execute import Outcome  # loaded with the outcomes

    return [o for o in outcomes if o.outcome in (Outcome.TRASHED, Outcome.MOVED)]


def folder_of(path: str) -> str:
    """The folder holding a photo."""
    return os.path.dirname(path)  # noqa: PTH120 - str paths keep surrogates


@dataclass
class Review:
    """Marks, keeper choices, trashed photos and per-photo failures for one scan."""

    result: ScanResult = field(default_factory=ScanResult)
    marked: set[int] = field(default_factory=set)
    chosen_keepers: set[int] = field(default_factory=set)
    gone: set[int] = field(default_factory=set)  # trashed
    removed: set[int] = field(default_factory=set)  # under a folder no longer scanned
    protected_roots: set[str] = field(default_factory=set)  # made reference after the scan
    failures: dict[int, tuple[Outcome, str]] = field(default_factory=dict)  # (outcome, reason)
    # Sidecars (.xmp...) a clean-up did not move, by path: listed like the photos' failures.
    sidecar_failures: dict[str, tuple[Outcome, str]] = field(default_factory=dict)
    stale: Stale = Stale.FRESH
    stale_count: int = 0  # files restored outside the results (Stale.RESTORED)
    groups: list[Group] = field(default_factory=list)
    _by_id: dict[int, Group] = field(default_factory=dict)
    _group_of: dict[int, int] = field(default_factory=dict)
    _index_of_path: dict[str, int] = field(default_factory=dict)
    _following: tuple[ScanResult | None, dict[str, tuple[Sidecar, ...]]] = (None, {})

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
        # numpy: loaded by the scan before any keeper changes, not at start-up
        from photodedup.core.group.cluster import photo_distance

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

    def followers_of(self, index: int) -> tuple[Sidecar, ...]:
        """The files that go to the trash with this photo and come back with it: its
        sidecars, a Live Photo's movie, a RAW+JPEG shot's other file (core/group/shots.py)."""
        source, following = self._following
        if source is not self.result:
            following = followers(self.result)
            self._following = (self.result, following)
        return following.get(self.photo(index).path, ())

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

    def size_of(self, path: str) -> int:
        """Size recorded at scan time for a path, a photo's or a sidecar's (0: not in these
        results)."""
        index = self.index_of(path)
        if index is not None:
            return self.photo(index).file.size
        sizes = {s.path: s.identity.size for ss in self.result.sidecars.values() for s in ss}
        return sizes.get(path, 0)  # a sidecar's, or 0

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

    def mark(self, photos: Iterable[int]) -> int:
        """Mark these photos where allowed; how many were newly marked."""
        added = 0
        for index in photos:
            if index not in self.marked and self.set_marked(index, True):
                added += 1
        return added

    def mark_lower_resolution(self) -> int:
        """In every group mark each copy with fewer pixels than its keeper; count marked."""
        return self.mark_by_rule(Rule.LOWER_RESOLUTION)

    def mark_by_rule(
        self, rule: Rule, group_ids: Iterable[int] | None = None, folder: str = ""
    ) -> int:
        """Mark what ``rule`` picks in every group of copies (or these); count newly marked."""
        return self.mark(self.picked(rule, group_ids, folder))

    def unmark_groups(self, group_ids: Iterable[int]) -> None:
        """Unmark every photo of these groups."""
        for gid in group_ids:
            group = self.group(gid)
            for member in group.members if group is not None else ():
                self.marked.discard(member.photo)

    def clear_marks(self) -> None:
        """Unmark everything."""
        self.marked.clear()

    # ----------------------------------------------------------------- bulk rules
    def copy_groups(self, group_ids: Iterable[int] | None = None) -> list[Group]:
        """The visible groups of copies (all, or those with these ids)."""
        if group_ids is None:
            groups = self.groups
        else:
            groups = [g for gid in group_ids if (g := self.group(gid)) is not None]
        return [g for g in groups if g.kind.copies]

    def _others(self, groups: list[Group]) -> Iterator[tuple[Photo, Photo, int]]:
        """(keeper, member, member index) for every non-keeper member."""
        for group in groups:
            keeper = self.photo(group.keeper)
            for member in group.members[1:]:
                yield keeper, self.photo(member.photo), member.photo

    def picked(
        self, rule: Rule, group_ids: Iterable[int] | None = None, folder: str = ""
    ) -> list[int]:
        """The photos ``rule`` would mark (before the keeper / reference check)."""
        groups = self.copy_groups(group_ids)
        if rule == Rule.LOWER_RESOLUTION:
            return lower_resolution_copies(self.result.photos, groups)
        tests: dict[Rule, Callable[[Photo, Photo], bool]] = {
            Rule.ALL_BUT_KEEPER: lambda _k, _p: True,
            Rule.SMALLER_FILES: lambda k, p: p.file.size < k.file.size,
            Rule.OLDER_FILES: lambda k, p: p.file.identity.mtime_ns < k.file.identity.mtime_ns,
            Rule.NAMED_LIKE_COPIES: lambda _k, p: looks_like_a_copy(p.path),
            Rule.IN_FOLDER: lambda _k, p: folder_of(p.path) == folder,
        }
        test = tests[rule]
        return [index for keeper, photo, index in self._others(groups) if test(keeper, photo)]

    def folders_with_copies(self) -> list[tuple[str, int]]:
        """Folders holding non-keeper members of copy groups, most copies first."""
        counts = Counter(folder_of(p.path) for _k, p, _i in self._others(self.copy_groups()))
        return sorted(counts.items(), key=lambda item: (-item[1], item[0]))

    # --------------------------------------------------------- folders and staleness
    def folder_added(self) -> None:
        """A folder joined the scan: its photos are not in these results yet."""
        self._go_stale(Stale.FOLDERS)

    def folder_removed(self, root: str) -> bool:
        """``root`` is no longer scanned: drop its photos; True if any were shown."""
        found = {i for i, p in enumerate(self.result.photos) if p.file.root == root}
        self.removed |= found
        if found:
            self.rebuild()
            self._go_stale(Stale.FOLDERS)
        return bool(found)

    def reference_changed(self, root: str, reference: bool) -> None:
        """``root``'s reference tick changed: a reference folder's photos are unmarked."""
        if reference:
            self.protected_roots.add(root)
            self.marked = {i for i in self.marked if self.photo(i).file.root != root}
        self._go_stale(Stale.FOLDERS)

    def scan_settings_changed(self) -> None:
        """The minimum size or the exclusions changed: another scan would list other files."""
        self._go_stale(Stale.SETTINGS)

    def _go_stale(self, reason: Stale, count: int = 0) -> None:
        self.stale, self.stale_count = reason, count

    # -------------------------------------------------------------- regroup, clean-up
    def replace_result(self, result: ScanResult) -> None:
        """Take new groups (regroup) over the same photos, keeping the decisions."""
        self.result = result
        self.rebuild()

    def trash_plan(self) -> plan.TrashPlan:
        """The core's plan for the marked photos (pure data, nothing is touched)."""
        candidates = plan.candidates_from_result(
            self.view_result(), self.marked_paths(), self.keepers()
        )
        return plan.make_plan(candidates)

    def record_trash(self, outcomes: Sequence[ActionOutcome]) -> list[ActionOutcome]:
        """What a clean-up did: trashed files leave their groups; the others stay listed
        and marked, with the core's outcome and reason.  Returns the trashed ones."""
        moved = trashed(outcomes)
        moved_paths = {o.path for o in moved}
        for o in outcomes:
            index = self.index_of(o.path)
            if index is None:  # a sidecar: its photo's outcome is in the groups
                if o.path in moved_paths:
                    self.sidecar_failures.pop(o.path, None)
                else:
                    self.sidecar_failures[o.path] = (o.outcome, o.reason)
                continue
            if o.path in moved_paths:
                self.gone.add(index)
                self.marked.discard(index)
                self.failures.pop(index, None)
            else:
                self.failures[index] = (o.outcome, o.reason)
        self.rebuild()
        return moved

    def record_undo(self, outcomes: Sequence[RestoreOutcome]) -> int:
        """Files back from the trash rejoin their groups.

        Returns how many of them these results do not list: the results are then stale
        (a rescan shows them).
        """
        outside = 0
        for o in outcomes:
            index = self.index_of(o.path) if o.restored else None
            if o.restored and index is None:
                outside += 1
            elif index is not None:
                self.gone.discard(index)
        self.rebuild()
        if outside:
            self._go_stale(Stale.RESTORED, outside)
        return outside
