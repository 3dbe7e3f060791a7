"""What a clean-up will do, as pure data, before anything is touched.

``make_plan`` turns each group's candidates into keepers and victims and refuses anything
unsafe, whatever the caller (GUI, CLI) asked for:

* a group left with no keeper (every member marked) is refused as a whole: the last copy
  is never planned for the trash (G1);
* protected members (reference roots) are keepers, whatever ``keep`` says;
* a member listed twice, or sharing its inode with a keeper or another victim (hard
  links, a root given twice), is planned at most once and never against itself (G4);
* nothing inside a trash can or photodedup's own folders is trashed or counts as a
  keeper (G23).

``execute`` in :mod:`photodedup.core.actions` re-verifies everything on disk before acting.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass

from photodedup.core.trash import is_out_of_scope
from photodedup.core.types import FileIdentity, ScanResult

LAST_COPY = "every copy was selected: nothing in this group is trashed"
SAME_FILE = "same file as a kept or already listed member (hard link or path given twice)"
OUT_OF_SCOPE = "inside a trash or photodedup folder"


@dataclass(frozen=True, slots=True)
class Candidate:
    """One group member as recorded at scan time."""

    path: str
    identity: FileIdentity  # dev, ino, size, mtime_ns, ctime_ns from the scan
    keep: bool  # True: keeper or otherwise not to be trashed
    protected: bool = False  # under a reference root: never trashed, whatever keep says
    content_key: str = ""  # hash of the bytes at scan time, re-checked before acting


@dataclass(frozen=True, slots=True)
class Refusal:
    """A file the plan will not trash, and why."""

    path: str
    reason: str
    group_id: int = -1


@dataclass(frozen=True, slots=True)
class PlannedGroup:
    """The keepers that must survive and the victims to trash, for one group."""

    group_id: int
    keepers: tuple[Candidate, ...]
    victims: tuple[Candidate, ...]


@dataclass(frozen=True, slots=True)
class TrashPlan:
    """All groups with something to trash, plus every refused file with its reason."""

    groups: tuple[PlannedGroup, ...]
    refused: tuple[Refusal, ...]

    @property
    def victims(self) -> tuple[Candidate, ...]:
        """Every file to trash, in order."""
        return tuple(v for g in self.groups for v in g.victims)

    @property
    def file_count(self) -> int:
        """Number of files to trash."""
        return sum(len(g.victims) for g in self.groups)

    @property
    def total_bytes(self) -> int:
        """Bytes the trash will receive."""
        return sum(v.identity.size for g in self.groups for v in g.victims)


def _inode(c: Candidate) -> tuple[int, int]:
    return (c.identity.dev, c.identity.ino)


@dataclass(slots=True)
class _Taken:
    """Files already spoken for across the whole plan: kept anywhere, or planned once."""

    inodes: set[tuple[int, int]]
    paths: set[str]

    def has(self, c: Candidate) -> bool:
        return _inode(c) in self.inodes or c.path in self.paths

    def add(self, c: Candidate) -> None:
        self.inodes.add(_inode(c))
        self.paths.add(c.path)


def _split(members: Sequence[Candidate]) -> tuple[list[Candidate], list[Candidate]]:
    """Keepers (in scope) and wanted victims, each path once."""
    keepers: list[Candidate] = []
    wanted: list[Candidate] = []
    seen: set[str] = set()
    for c in members:
        if c.path in seen:
            continue
        seen.add(c.path)
        if c.keep or c.protected:
            if not is_out_of_scope(c.path):
                keepers.append(c)
        else:
            wanted.append(c)
    return keepers, wanted


def _plan_group(
    group_id: int, members: Sequence[Candidate], taken: _Taken
) -> tuple[PlannedGroup | None, list[Refusal]]:
    keepers, wanted = _split(members)
    if not keepers:
        return None, [Refusal(c.path, LAST_COPY, group_id) for c in wanted]
    refused: list[Refusal] = []
    victims: list[Candidate] = []
    for c in wanted:
        reason = OUT_OF_SCOPE if is_out_of_scope(c.path) else SAME_FILE if taken.has(c) else ""
        if reason:
            refused.append(Refusal(c.path, reason, group_id))
            continue
        taken.add(c)
        victims.append(c)
    if not victims:
        return None, refused
    return PlannedGroup(group_id, tuple(keepers), tuple(victims)), refused


def make_plan(groups: Mapping[int, Sequence[Candidate]]) -> TrashPlan:
    """Plan the clean-up of ``groups`` (group id -> members); never plans a last copy.

    A file kept in any group is never a victim in another, and a file listed in several
    groups is planned once.
    """
    taken = _Taken(set(), set())
    for members in groups.values():
        for c in members:
            if c.keep or c.protected:
                taken.add(c)
    planned: list[PlannedGroup] = []
    refused: list[Refusal] = []
    for group_id, members in groups.items():
        group, refusals = _plan_group(group_id, members, taken)
        refused.extend(refusals)
        if group is not None:
            planned.append(group)
    return TrashPlan(tuple(planned), tuple(refused))


def candidates_from_result(
    result: ScanResult, marked: Collection[str], keepers: Mapping[int, int] | None = None
) -> dict[int, list[Candidate]]:
    """Candidates per group from a scan and the user's choices.

    ``marked``: paths the user marked for the trash.  ``keepers``: group id -> photo index
    chosen as keeper; that photo is kept even if marked.  Without an override the group's
    own keeper is listed first and kept unless marked (all marked -> the plan refuses).
    """
    marked_set = set(marked)
    overrides = keepers or {}
    out: dict[int, list[Candidate]] = {}
    for group in result.groups:
        indices = [m.photo for m in group.members]
        chosen = overrides.get(group.id)
        first = chosen if chosen in indices else group.keeper
        ordered = [first] + [i for i in indices if i != first]
        cands = []
        for idx in ordered:
            photo = result.photos[idx]
            keep = photo.path not in marked_set or (idx == chosen)
            cands.append(
                Candidate(
                    photo.path, photo.file.identity, keep, photo.file.protected, photo.content_key
                )
            )
        out[group.id] = cands
    return out
