"""Turn fingerprints into groups of near-duplicates, without chaining look-alikes.

Contract:

* ``find_clusters(photos, threshold) -> list[Cluster]``: deterministic order; each
  ``Cluster`` holds indices into ``photos`` (>= 2 members) and a kind (exact/similar).
* ``photo_distance(a, b) -> int``: the distance shown to users between two photos.
* ``find_clusters_arrays(fingerprints, threshold, content_ids=None)``: the same on
  parsed arrays (what ``find_clusters`` calls; for very large photo sets).

``threshold`` (the similarity slider, ``--threshold``) is the largest distance, on a
0-64 "bits" scale, at which two photos count as copies: the mean of their hash
distance and their thumbnail distance, with the hash distance itself at most
``candidate_radius(threshold)`` (the threshold up to 12, then 4 less: 12 at the default
16; candidates stay few as libraries grow; see :mod:`photodedup.core.group.verify` and
docs/accuracy.md).

How groups form:

1. Byte-identical files (same non-empty ``content_key``) are collapsed to one
   representative; they always group together (kind EXACT when that is all there is).
2. Candidate pairs of representatives come from the Hamming index, run on the full and
   on the centre key (hash distance = the smaller of the two key distances <=
   ``candidate_radius(threshold)``), then each pair is verified (distance <= threshold).
   Low-information pictures (flat, bars, two-tone) never pass: they match only
   byte-identically.
3. Groups are stars, never connected components: the representative with the most
   verified neighbours becomes a centre and takes its not-yet-grouped neighbours, and so
   on.  Every member is within ``threshold`` of its group's centre, and then members
   farther than ``PAIR_LIMIT x threshold`` from another member are dropped (the one
   farther from the centre goes), so A~B and B~C never put a far-away C with A.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import numpy.typing as npt

from photodedup.core.config import MAX_THRESHOLD
from photodedup.core.fingerprint import FingerprintArrays
from photodedup.core.group import assemble as grouping
from photodedup.core.group import candidates, decide
from photodedup.core.group.structure import StructureCheck
from photodedup.core.group.verify import pair_distances
from photodedup.core.store.verdicts import VerdictStore, identity_bytes
from photodedup.core.types import Cluster, GroupKind, Photo
from photodedup.core.versions import GROUPING_VERSION  # noqa: F401 - re-exported

I64 = npt.NDArray[np.int64]
Twins = dict[int, list[int]]  # representative -> its identical photos (itself first)
PAIR_LIMIT = 1.5  # members of a group are at most this x threshold apart


def photo_distance(a: Photo, b: Photo) -> int:
    """Distance (0-64, or verify.FAR when they can never match) between two photos."""
    if a.content_key and a.content_key == b.content_key:
        return 0
    fp = FingerprintArrays.from_bytes([a.fingerprint, b.fingerprint])
    first, second = np.array([0], dtype=np.int64), np.array([1], dtype=np.int64)
    return int(pair_distances(fp, first, second, fp.hash_distance(first, second))[0])


def photo_distances(
    photos: Sequence[Photo],
    pairs: Sequence[tuple[int, int]],
    *,
    structure: bool = True,
    thumbs: Mapping[str, bytes] | None = None,
    check: StructureCheck | None = None,
) -> list[int]:
    """:func:`photo_distance` of many ``(a, b)`` index pairs, verified in one batch; pairs
    the fingerprint puts beyond the slider's range are measured on the pictures
    (:mod:`photodedup.core.group.structure`), as grouping does: by ``check`` (a check over
    ``photos``, e.g. the one grouping used: its verdicts and pictures are at hand), else
    by a new one."""
    if not pairs:
        return []
    used = sorted({m for pair in pairs for m in pair})
    row = {m: k for k, m in enumerate(used)}
    fp = FingerprintArrays.from_bytes([photos[m].fingerprint for m in used])
    first = np.array([row[a] for a, _ in pairs], dtype=np.int64)
    second = np.array([row[b] for _, b in pairs], dtype=np.int64)
    dist = pair_distances(fp, first, second, fp.hash_distance(first, second))
    unsure = np.flatnonzero(dist > MAX_THRESHOLD)  # e.g. a caption box moved the figures
    if structure and len(unsure):
        if check is None:
            a, b = first[unsure].tolist(), second[unsure].tolist()
            with structure_check([photos[m] for m in used], thumbs=thumbs) as own:
                verdicts = own.verdicts(a, b, [-1] * len(a))
        else:
            a = [pairs[k][0] for k in unsure.tolist()]
            b = [pairs[k][1] for k in unsure.tolist()]
            verdicts = check.verdicts(a, b, [-1] * len(a))
        dist[unsure] = np.minimum(dist[unsure], [v.distance for v in verdicts])
    keys = [(photos[a].content_key, photos[b].content_key) for a, b in pairs]
    return [0 if ka and ka == kb else d for (ka, kb), d in zip(keys, dist.tolist(), strict=True)]


def candidate_pairs(fp: FingerprintArrays, radius: int) -> tuple[I64, I64]:
    """Pairs (i < j, sorted, unique) whose full or centre keys are within ``radius``."""
    return candidates.plain_pairs(fp, radius)


def verified_edges(
    fp: FingerprintArrays,
    threshold: int,
    check: StructureCheck | None = None,
    rotations: bool = False,
) -> tuple[I64, I64, I64]:
    """Pairs (i < j) of copies, with their distance (<= threshold); see :mod:`.decide`."""
    edges = decide.edges(fp, threshold, check, rotations)
    return edges.i, edges.j, edges.dist


def _collapse_identical(content_ids: Sequence[str] | None, n: int) -> tuple[I64, Twins]:
    """Representatives (first of each identical set) and the identical sets of more than
    one photo, by representative (most photos have no byte-identical twin: no list each)."""
    if content_ids is None:
        return np.arange(n, dtype=np.int64), {}
    first: dict[str, int] = {}
    sets: dict[int, list[int]] = {}
    for pos, cid in enumerate(content_ids):
        if cid:
            at = first.setdefault(cid, pos)
            if at != pos:
                sets.setdefault(at, [at]).append(pos)
    del first
    twin = np.zeros(n, dtype=bool)
    for members in sets.values():
        twin[members[1:]] = True
    reps = np.flatnonzero(~twin)
    starts = sorted(sets)
    rows = np.searchsorted(reps, starts).tolist()
    return reps, {row: sets[start] for row, start in zip(rows, starts, strict=True)}


def _twins(twins: Twins, reps: I64, rep: int) -> list[int]:
    """The photos identical to representative ``rep`` (itself included)."""
    return twins.get(rep) or [int(reps[rep])]


def find_clusters_arrays(
    fp: FingerprintArrays,
    threshold: int,
    content_ids: Sequence[str] | None = None,
    *,
    check: StructureCheck | None = None,
    rotations: bool = False,
) -> list[Cluster]:
    """Groups of photos (indices into ``fp``); see the module docstring."""
    reps, twins = _collapse_identical(content_ids, len(fp))
    sub = fp if len(reps) == len(fp) else fp.subset(reps)
    rep_check = check.subset(reps.tolist()) if check is not None and len(reps) < len(fp) else check
    edges = decide.edges(sub, threshold, rep_check, rotations)
    checked = edges.apart_i, edges.apart_j, edges.apart_dist
    pruner = grouping.FarPairs(sub, threshold, rep_check, edges.turned_photos(), checked)
    copies = grouping.groups(
        len(reps), edges.i, edges.j, edges.dist, threshold, pruner, edges.share
    )
    del pruner
    free = np.ones(len(reps), dtype=bool)
    free[[r for g in copies for r in g]] = False
    copies += [[r] for r in sorted(twins) if free[r]]
    free[sorted(twins)] = False
    keep = free[edges.shot_i] & free[edges.shot_j]
    shots = grouping.star_groups(
        len(reps), edges.shot_i[keep], edges.shot_j[keep], edges.shot_dist[keep]
    )
    clusters = [_cluster(group, twins, reps, content_ids, GroupKind.SIMILAR) for group in copies]
    clusters += [_cluster(group, twins, reps, content_ids, GroupKind.SHOTS) for group in shots]
    clusters.sort(key=lambda c: c.members[0])
    return clusters


def _cluster(
    group: list[int], twins: Twins, reps: I64, ids: Sequence[str] | None, kind: GroupKind
) -> Cluster:
    members = sorted(m for r in group for m in _twins(twins, reps, r))
    exact = len(group) == 1 and ids is not None and bool(ids[members[0]])
    return Cluster(GroupKind.EXACT if exact else kind, tuple(members))


def structure_check(
    photos: Sequence[Photo],
    *,
    store: VerdictStore | None = None,
    thumbs: Mapping[str, bytes] | None = None,
) -> StructureCheck:
    """The structure check over ``photos``: verdicts remembered in ``store`` between runs,
    the decoders' structure thumbnails (path -> bytes, ``thumbs``) sparing most decodes."""
    ids = [identity_bytes(p.file.path, p.file.identity) for p in photos]
    paths = [p.file.path for p in photos]
    return StructureCheck(paths, identities=ids, store=store, thumbs=thumbs)


def find_clusters(
    photos: Sequence[Photo],
    threshold: int,
    *,
    rotations: bool = False,
    structure: bool = True,
    store: VerdictStore | None = None,
    thumbs: Mapping[str, bytes] | None = None,
    check: StructureCheck | None = None,
) -> list[Cluster]:
    """Group near-duplicate photos; byte-identical ones always, the rest by similarity.

    ``rotations``: mirrored and turned copies without an EXIF tag are found too;
    ``structure``: undecided pairs are checked on a larger decode of both files
    (:func:`structure_check` with ``store`` and ``thumbs``, unless ``check`` is given).
    """
    if not photos:
        return []
    fp = FingerprintArrays.from_bytes([p.fingerprint for p in photos])
    own = structure_check(photos, store=store, thumbs=thumbs) if structure and not check else None
    try:
        return find_clusters_arrays(
            fp,
            threshold,
            [p.content_key for p in photos],
            check=(check or own) if structure else None,
            rotations=rotations,
        )
    finally:
        if own is not None:
            own.close()
