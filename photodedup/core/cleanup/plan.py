"""What a clean-up will do, as pure data, before anything is touched.

``make_plan`` turns each group's candidates into keepers and victims and refuses anything
unsafe, whatever the caller (GUI, CLI) asked for:

* a group left with no keeper (every member marked) is refused as a whole: the last copy
  is never planned for the trash (G1);
* protected members (reference roots) are keepers, whatever ``keep`` says;
* a member listed twice, or sharing its inode with a keeper or another victim (hard
  links, a root given twice), is planned at most once and never against itself (G4);
* nothing inside a trash can or photodedup's own folders is trashed or counts as a
  keeper (G23), checked on the path as written and on its real path;
* a member with a ``problem`` (set by :func:`build_candidates`: outside the scanned roots,
  not listed by the scan) is neither trashed nor counted as a keeper.

:func:`build_candidates` is the one place that turns a scan's groups (from the GUI's
``ScanResult`` or the CLI's JSON document, via :class:`Listed` members) into candidates:
it resolves every path (``..``, ``//``, folder symlinks) and checks it against the scan's
roots and reference roots on real paths.

``execute`` in :mod:`photodedup.core.cleanup.execute` re-verifies everything on disk before acting.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from photodedup.core.discover.scope import excluded, excluded_prefixes, is_out_of_scope, real_path
from photodedup.core.group.shots import followers
from photodedup.core.messages import Message
from photodedup.core.types import FileIdentity, GroupKind, ScanResult, Sidecar, display_path

# Why a file is not trashed (Messages: English text the GUI translates).
SHARED = Message("shared with a file that stays")  # a sidecar that stays
SHARED_WITH = "shared with a file that stays ({path})"  # ... naming the file
LAST_COPY = Message("every copy was selected: nothing in this group is trashed")
SAME_FILE = Message("same file as a kept or already listed member (hard link or path given twice)")
OUT_OF_SCOPE = Message("inside a trash or photodedup folder")
OUTSIDE_ROOTS = Message("not under the scanned folders")
NO_BYTES_CHECK = Message(
    "the result carries no verifiable content key (format version 1, or from another "
    "user or machine): only exact copies are trashed, after a byte comparison with their "
    "keeper; scan again to act on this one"
)


@dataclass(frozen=True, slots=True)
class Candidate:
    """One group member as recorded at scan time."""

    path: str
    identity: FileIdentity  # dev, ino, size, mtime_ns, ctime_ns from the scan
    keep: bool  # True: keeper or otherwise not to be trashed
    protected: bool = False  # under a reference root: never trashed, whatever keep says
    content_key: str = ""  # hash of the bytes at scan time, re-checked before acting
    real_path: str = ""  # resolved at planning; re-checked before acting ("": not checked)
    problem: str = ""  # why this member may neither be trashed nor count as a keeper
    match_keeper: bool = False  # trash only if its bytes equal a keeper's (exact groups)
    sidecars: tuple[Sidecar, ...] = ()  # .xmp/.aae/... that follow it (plan.attach_sidecars)


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
class PlannedSidecar:
    """A sidecar file that goes to the trash after its owners (all of them victims)."""

    file: Candidate  # path and identity as the scan listed them, re-checked before acting
    owners: tuple[str, ...]  # every file it describes: each must be trashed first
    group_id: int
    keeper: str  # the kept copy of its photo (for the journal)


@dataclass(frozen=True, slots=True)
class TrashPlan:
    """All groups with something to trash, plus every refused file with its reason.

    ``sidecars``: sidecar files that follow their trashed photos; ``kept_sidecars``: the
    victims' sidecars that stay (shared with a file that stays), with the reason.
    """

    groups: tuple[PlannedGroup, ...]
    refused: tuple[Refusal, ...]
    sidecars: tuple[PlannedSidecar, ...] = ()
    kept_sidecars: tuple[Refusal, ...] = ()

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
    prefixes: tuple[bytes, ...] = ()  # the trash and photodedup folders (one lookup)

    def has(self, c: Candidate) -> bool:
        return _inode(c) in self.inodes or c.path in self.paths

    def add(self, c: Candidate) -> None:
        self.inodes.add(_inode(c))
        self.paths.add(c.path)


def _out_of_scope(c: Candidate, prefixes: tuple[bytes, ...]) -> bool:
    """In a trash or photodedup folder (resolved at planning when ``real_path`` is set)."""
    if not c.real_path:
        return is_out_of_scope(c.path)
    return _excluded_as_written(c.path, prefixes) or excluded(os.fsencode(c.real_path), prefixes)


def _excluded_as_written(path: str, prefixes: tuple[bytes, ...]) -> bool:
    return excluded(os.fsencode(os.path.abspath(path)), prefixes)  # noqa: PTH100 - no resolving


def _split(
    members: Sequence[Candidate], prefixes: tuple[bytes, ...]
) -> tuple[list[Candidate], list[Candidate]]:
    """Keepers (in scope) and wanted victims, each path once."""
    keepers: list[Candidate] = []
    wanted: list[Candidate] = []
    seen: set[str] = set()
    for c in members:
        if c.path in seen:
            continue
        seen.add(c.path)
        if c.problem:
            continue
        if c.keep or c.protected:
            if not _out_of_scope(c, prefixes):
                keepers.append(c)
        else:
            wanted.append(c)
    return keepers, wanted


def _plan_group(
    group_id: int, members: Sequence[Candidate], taken: _Taken
) -> tuple[PlannedGroup | None, list[Refusal]]:
    keepers, wanted = _split(members, taken.prefixes)
    refused = [Refusal(c.path, c.problem, group_id) for c in members if c.problem]
    if not keepers:
        return None, refused + [Refusal(c.path, LAST_COPY, group_id) for c in wanted]
    victims: list[Candidate] = []
    for c in wanted:
        reason = (
            OUT_OF_SCOPE if _out_of_scope(c, taken.prefixes) else SAME_FILE if taken.has(c) else ""
        )
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
    taken = _Taken(set(), set(), excluded_prefixes())
    for members in groups.values():
        for c in members:
            if (c.keep or c.protected) and not c.problem:
                taken.add(c)
    planned: list[PlannedGroup] = []
    refused: list[Refusal] = []
    for group_id, members in groups.items():
        group, refusals = _plan_group(group_id, members, taken)
        refused.extend(refusals)
        if group is not None:
            planned.append(group)
    return attach_sidecars(TrashPlan(tuple(planned), tuple(refused)))


@dataclass(frozen=True, slots=True)
class Listed:
    """A group member as the scan listed it, and what the user asks for."""

    path: str
    identity: FileIdentity
    trash: bool  # the user (or the suggested action) wants it in the trash
    protected: bool = False
    content_key: str = ""
    unlisted: str = ""  # non-empty: why it cannot be shown to come from the scan
    bytes_unknown: bool = False  # no trustworthy content key: act only on exact copies
    sidecars: tuple[Sidecar, ...] = ()  # as the scan listed them


@dataclass(frozen=True, slots=True)
class ListedGroup:
    """One group of a scan: id, kind and members (keeper first)."""

    id: int
    kind: GroupKind
    members: tuple[Listed, ...]


class Scope:
    """The scan's roots and reference roots, compared on resolved real paths."""

    def __init__(self, roots: Iterable[str], reference_roots: Iterable[str] = ()) -> None:
        self.roots = tuple({_folder(r) for r in roots})
        self.reference_roots = tuple({_folder(r) for r in reference_roots})
        self.prefixes = excluded_prefixes()

    def problem(self, path: str, real: str) -> str:
        """Why the file (``path``, resolved: ``real``) is out of the scan's reach, or ""."""
        if not _under(real, self.roots):
            return OUTSIDE_ROOTS
        prefixes = self.prefixes
        if _excluded_as_written(path, prefixes) or excluded(os.fsencode(real), prefixes):
            return OUT_OF_SCOPE
        return ""

    def is_reference(self, real: str) -> bool:
        """True under a reference root."""
        return _under(real, self.reference_roots)


def _folder(root: str) -> str:
    """A root folder, fully resolved (symlinks, ``..``, ``//``)."""
    return os.fsdecode(os.path.realpath(os.fsencode(root)))


def _under(real: str, folders: tuple[str, ...]) -> bool:
    return any(real == f or real.startswith(f.rstrip("/") + "/") for f in folders)


def _candidate(m: Listed, kind: GroupKind, scope: Scope, folders: dict[bytes, bytes]) -> Candidate:
    real = real_path(m.path, folders)
    problem = (
        m.unlisted
        or scope.problem(m.path, real)
        or (NO_BYTES_CHECK if m.bytes_unknown and m.trash and kind is not GroupKind.EXACT else "")
    )
    protected = m.protected or scope.is_reference(real)
    match = kind is GroupKind.EXACT or m.bytes_unknown
    sidecars = () if problem or m.bytes_unknown else m.sidecars
    return Candidate(
        m.path, m.identity, not m.trash, protected, m.content_key, real, problem, match, sidecars
    )


def build_candidates(groups: Iterable[ListedGroup], scope: Scope) -> dict[int, list[Candidate]]:
    """Candidates per group id, for both the GUI's result and the CLI's JSON document.

    Every member is resolved to its real path and checked against ``scope``: outside the
    roots, inside a trash or photodedup folder, or not listed by the scan -> a ``problem``
    (never trashed, never a keeper); under a reference root -> protected.  Members of
    exact groups (and of results without trustworthy content keys) are trashed only if
    their bytes equal a keeper's at action time.
    """
    out: dict[int, list[Candidate]] = {}
    folders: dict[bytes, bytes] = {}  # each folder resolved once
    for group in groups:
        members = out.setdefault(group.id, [])
        members.extend(_candidate(m, group.kind, scope, folders) for m in group.members)
    return out


def candidates_from_result(
    result: ScanResult, marked: Collection[str], keepers: Mapping[int, int] | None = None
) -> dict[int, list[Candidate]]:
    """Candidates per group from a scan and the user's choices (see :func:`build_candidates`).

    ``marked``: paths the user marked for the trash.  ``keepers``: group id -> photo index
    chosen as keeper; that photo is kept even if marked.  Without an override the group's
    own keeper is listed first and kept unless marked (all marked -> the plan refuses).
    The scope is the roots the photos were found under.
    """
    marked_set = set(marked)
    overrides = keepers or {}
    following = followers(result)  # sidecars, and the other files of a RAW+JPEG shot
    listed: list[ListedGroup] = []
    roots: set[str] = set()
    for group in result.groups:
        indices = [m.photo for m in group.members]
        chosen = overrides.get(group.id)
        first = chosen if chosen in indices else group.keeper
        ordered = [first] + [i for i in indices if i != first]
        members = []
        for idx in ordered:
            photo = result.photos[idx]
            trash = photo.path in marked_set and idx != chosen
            file = photo.file
            roots.add(file.root or os.path.dirname(photo.path))  # noqa: PTH120
            sidecars = following.get(photo.path, ())
            key = photo.content_key
            members.append(
                Listed(photo.path, file.identity, trash, file.protected, key, sidecars=sidecars)
            )
        listed.append(ListedGroup(group.id, group.kind, tuple(members)))
    return build_candidates(listed, Scope(roots))


def attach_sidecars(plan: TrashPlan) -> TrashPlan:
    """``plan`` with its victims' followers (sidecars: ``.xmp``, ``.aae``, ``NAME.EXT.json``,
    ``.pp3``; a Live Photo's movie; a shot's other file; as the scan listed them) planned
    when every file each describes (its owners) goes: a victim or a follower planned before
    it (so a shot's RAW takes its own ``.xmp`` along), else kept with the reason; nothing
    the scan did not list is ever planned.  Followers come before their own sidecars."""
    victims = {v.path for g in plan.groups for v in g.victims}
    offered: dict[str, tuple[Sidecar, PlannedGroup, Candidate]] = {}
    for group in plan.groups:
        for victim in group.victims:
            for sidecar in victim.sidecars:
                if sidecar.path not in victims:
                    offered.setdefault(sidecar.path, (sidecar, group, victim))
    going, planned = set(victims), []
    waiting = list(offered.values())
    while ready := [w for w in waiting if w[0].owners and going.issuperset(w[0].owners)]:
        planned += [_planned(*w) for w in ready]
        going.update(w[0].path for w in ready)
        waiting = [w for w in waiting if w[0].path not in going]
    kept = []
    for sidecar, group, _ in waiting:
        staying = [owner for owner in sidecar.owners if owner not in going]
        detail = Message(SHARED_WITH, path=display_path(staying[0])) if staying else SHARED
        kept.append(Refusal(sidecar.path, detail, group.group_id))
    if not planned and not kept:
        return plan
    return dataclasses.replace(plan, sidecars=tuple(planned), kept_sidecars=tuple(kept))


def _planned(sidecar: Sidecar, group: PlannedGroup, victim: Candidate) -> PlannedSidecar:
    real = ""
    if victim.real_path:  # a follower lies in its photo's (resolved) folder
        name = os.path.basename(sidecar.path)  # noqa: PTH119 - bytes-exact names
        real = os.path.join(os.path.dirname(victim.real_path), name)  # noqa: PTH118, PTH120
    file = Candidate(
        sidecar.path, sidecar.identity, keep=False, content_key=sidecar.content_key, real_path=real
    )
    return PlannedSidecar(file, sidecar.owners, group.group_id, group.keepers[0].path)
