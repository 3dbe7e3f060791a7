"""Keeper rules: named, ordered criteria that pick the photo to keep in each cluster (G17).

Contract: ``choose_keepers(photos, clusters, rules) -> list[Group]``; ``Group.members[0]``
is the keeper, ``Group.reason`` says which criterion decided ("most pixels (4032×3024)",
"reference folder", ...: a :class:`~photodedup.core.messages.Message`, which the GUI
translates).  Rules are data: :data:`CRITERIA` maps a name to a sort key (smaller is
better) and an explanation; ``rules`` (``ScanOptions.keep_rules``) orders them.

Whatever the order, two criteria always come first:

* ``reference``: members under a reference root are kept and never marked ``trash``;
* ``undamaged``: a photo reported damaged is never the automatic keeper (G14).

Exact groups (byte-identical) start with every non-keeper marked ``trash``; in similar
groups only byte-identical copies of the keeper start marked (near-duplicate is not
duplicate: the user decides).
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from photodedup.core.config import DEFAULT_KEEP_RULES, RAW_FORMATS
from photodedup.core.messages import Message, Size
from photodedup.core.types import Action, Cluster, Group, GroupKind, Member, Photo

if TYPE_CHECKING:  # numpy and OpenCV: not imported on a group memo hit
    from photodedup.core.group.structure import StructureCheck

log = logging.getLogger(__name__)

ALWAYS_FIRST = ("reference", "undamaged")
RAW_FORMAT_NAMES = frozenset(RAW_FORMATS.values())
TIE_REASON = Message("all criteria equal; first by path")


@dataclass(frozen=True, slots=True)
class RuleContext:
    """Facts the criteria need beyond the photo itself."""

    damaged: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Criterion:
    """One way of ranking group members: smaller key is better."""

    name: str
    title: str  # for settings UIs, e.g. "Most pixels"
    key: Callable[[Photo, RuleContext], float]
    explain: Callable[[Photo], Message]  # the reason when this criterion decided


def is_raw_photo(photo: Photo) -> bool:
    """True for a camera RAW file (NEF, CR3, DNG...): an original, never a derived copy."""
    return photo.info.format in RAW_FORMAT_NAMES


def _day(photo: Photo) -> str:
    stamp = datetime.fromtimestamp(photo.file.identity.mtime_ns / 1e9, UTC)
    return stamp.strftime("%Y-%m-%d")


CRITERIA: dict[str, Criterion] = {
    c.name: c
    for c in (
        Criterion(
            "reference", "In a reference folder",
            lambda p, _c: 0 if p.file.protected else 1, lambda _p: Message("reference folder"),
        ),
        Criterion(
            "undamaged", "Not damaged",
            lambda p, c: 1 if p.path in c.damaged else 0, lambda _p: Message("undamaged"),
        ),
        Criterion(
            "raw", "Camera RAW original",
            lambda p, _c: 0 if is_raw_photo(p) else 1,
            lambda p: Message("camera RAW original ({format})", format=p.info.format),
        ),
        Criterion(
            "pixels", "Most pixels",
            lambda p, _c: -p.info.pixels,
            lambda p: Message(
                "most pixels ({width}×{height})", width=p.info.width, height=p.info.height
            ),
        ),
        Criterion(
            "bytes", "Largest file",
            lambda p, _c: -p.file.size,
            lambda p: Message("largest file ({size})", size=Size(p.file.size)),
        ),
        Criterion(
            "oldest", "Oldest file",
            lambda p, _c: p.file.identity.mtime_ns,
            lambda p: Message("oldest file ({day})", day=_day(p)),
        ),
        Criterion(
            "newest", "Newest file",
            lambda p, _c: -p.file.identity.mtime_ns,
            lambda p: Message("newest file ({day})", day=_day(p)),
        ),
        Criterion(
            "shortest_path", "Shortest path",
            lambda p, _c: len(p.path), lambda _p: Message("shortest path"),
        ),
    )
}  # fmt: skip


def resolve_rules(rules: Sequence[str]) -> list[Criterion]:
    """The criteria to apply, in order: reference, undamaged, then ``rules`` (unknown skipped)."""
    names = list(ALWAYS_FIRST)
    for name in rules:
        if name not in CRITERIA:
            log.warning("unknown keep rule %r ignored", name)
        elif name not in names:
            names.append(name)
    return [CRITERIA[n] for n in names]


Ranked = list[tuple[list[float], bytes, int]]  # (criteria keys, path bytes, member), best first


def rank(
    photos: Sequence[Photo], members: Sequence[int], criteria: Sequence[Criterion], ctx: RuleContext
) -> Ranked:
    """Members best-first by the criteria, ties broken by path bytes (deterministic)."""
    keys = [c.key for c in criteria]
    ranked = []
    for m in members:
        photo = photos[m]
        path = photo.file.path.encode("utf-8", "surrogateescape")
        ranked.append(([key(photo, ctx) for key in keys], path, m))
    ranked.sort()
    return ranked


def explain(ranked: Ranked, best: Photo, criteria: Sequence[Criterion]) -> Message:
    """Why ``best`` (``ranked[0]``) beat the runner-up: the first criterion telling them apart."""
    for criterion, mine, theirs in zip(criteria, ranked[0][0], ranked[1][0], strict=True):
        if mine != theirs:
            return criterion.explain(best)
    return TIE_REASON


def _action(keeper: Photo, photo: Photo, kind: GroupKind) -> Action:
    identical = bool(photo.content_key) and photo.content_key == keeper.content_key
    suggest_trash = (kind is GroupKind.EXACT or identical) and not photo.file.protected
    if is_raw_photo(photo) and not identical:
        suggest_trash = False  # a RAW original is trashed only as a byte copy of another
    return Action.TRASH if suggest_trash else Action.KEEP


def choose_keepers(
    photos: Sequence[Photo],
    clusters: Sequence[Cluster],
    rules: Sequence[str] = (),
    damaged: Collection[str] = (),
    thumbs: Mapping[str, bytes] | None = None,
    *,
    structure: bool = True,
    check: StructureCheck | None = None,
) -> list[Group]:
    """One Group per cluster: keeper first, reason says which criterion decided.

    ``rules`` are criterion names (default: ``DEFAULT_KEEP_RULES`` order when empty);
    ``damaged`` holds paths reported damaged (e.g. truncated), never the automatic keeper.
    Distances to the keepers are verified in one batch for all groups (on the pictures
    where the fingerprint cannot tell, by ``check`` when given: the one grouping used,
    which holds their verdicts and pictures; unless ``structure`` is False: no files to
    read).
    """
    criteria = resolve_rules(rules or DEFAULT_KEEP_RULES)
    ctx = RuleContext(frozenset(damaged))
    ranks = [rank(photos, cluster.members, criteria, ctx) for cluster in clusters]
    pairs = [(ranked[0][2], r[2]) for ranked in ranks for r in ranked[1:]]
    from photodedup.core.group.cluster import photo_distances  # numpy: not needed by a memo hit

    distances = iter(
        photo_distances(photos, pairs, structure=structure, thumbs=thumbs, check=check)
    )
    groups = []
    for gid, (cluster, ranked) in enumerate(zip(clusters, ranks, strict=True)):
        keeper = photos[ranked[0][2]]
        reason = explain(ranked, keeper, criteria) if len(ranked) > 1 else ""
        members = [Member(ranked[0][2], 0, Action.KEEP)]
        for _, _, m in ranked[1:]:
            members.append(Member(m, next(distances), _action(keeper, photos[m], cluster.kind)))
        groups.append(Group(gid, cluster.kind, tuple(members), reason))
    return groups


def lower_resolution_copies(photos: Sequence[Photo], groups: Sequence[Group]) -> list[int]:
    """Photos (indices) with fewer pixels than their group's keeper, outside reference folders,
    in groups of copies only (never in similar shots); a camera RAW file is an original,
    never a lower-resolution copy (of a JPEG developed at a larger size, say).

    The rule behind the bulk action "trash lower-resolution copies" (GUI and CLI).
    """
    found = []
    for group in groups:
        if not group.kind.copies:
            continue  # similar shots are different photos: review only
        keeper_pixels = photos[group.keeper].info.pixels
        for member in group.members[1:]:
            photo = photos[member.photo]
            if photo.info.pixels < keeper_pixels and not (
                photo.file.protected or is_raw_photo(photo)
            ):
                found.append(member.photo)
    return found


def suggest_trash_lower_resolution(photos: Sequence[Photo], groups: Sequence[Group]) -> list[Group]:
    """The groups with every lower-resolution copy's suggested action set to ``trash``."""
    lower = set(lower_resolution_copies(photos, groups))
    return [
        dataclasses.replace(
            group,
            members=tuple(
                m._replace(action=Action.TRASH) if m.photo in lower else m for m in group.members
            ),
        )
        for group in groups
    ]
