"""Groups from verified copy pairs: close copies always together, look-alikes never chained.

1. **Cores**: pairs at most ``threshold // 2`` apart are joined transitively (union-find,
   closest first).  Two photos that close are one picture; every core ends in a single
   group, whatever crowd of look-alikes surrounds it (the invariant the property test
   checks).  The one exception is a chain: two units are not joined when that would put
   two photos farther than ``PAIR_LIMIT x threshold`` apart in one core.
2. **Stars over cores**: with each core contracted to one unit, the unit with the most
   verified neighbours becomes a centre and takes its not-yet-grouped neighbours, and so
   on (:func:`photodedup.core.group.cluster.star_groups`).  A~B and B~C do not pull C in with A
   unless C is a neighbour of the centre.
3. **Far pairs**: members of different units farther than ``PAIR_LIMIT x threshold``
   apart (and not a verified pair), whose colours disagree, or whose capture instants say
   two captures cannot share a group; and pairs that grouping checked on their pictures
   and found that far, for a unit with more of those in the star than verified pairs (a
   vote: each decoder renders a small subject its own way): the unit in most conflicts
   leaves.  Units that left are grouped again among themselves, so a copy pruned from one
   group is offered to the others and never dropped silently.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable

import numpy as np
import numpy.typing as npt

from photodedup.core.fingerprint import FingerprintArrays
from photodedup.core.group import capture
from photodedup.core.group.colour import (
    colour_agrees,
    colour_agrees_turned,
    recoloured,
    recoloured_turned,
)
from photodedup.core.group.structure import StructureCheck
from photodedup.core.group.verify import pair_distances

I64 = npt.NDArray[np.int64]
F64 = npt.NDArray[np.float64]
FarCheck = Callable[[I64, I64], npt.NDArray[np.bool_]]
PAIR_LIMIT = 1.5  # members of a group are at most this x threshold apart
SHARE_BITS = 64.0  # the order of joins: a pair sharing none of its pictures is this far
_ROUNDS = 8
_CHUNK_PAIRS = 50_000  # member pairs checked at once


def cores(  # noqa: PLR0917 - parallel pair arrays
    n: int,
    i: I64,
    j: I64,
    dist: I64,
    threshold: int,
    far: FarCheck | None = None,
    share: F64 | None = None,
) -> I64:
    """A unit label per photo: photos joined by pairs <= threshold // 2 share one.

    Pairs are joined closest first, the share of the pictures a pair does not have in
    common (``1 - share``, see :class:`photodedup.core.group.decide.Edges`) counting as
    that share of the 0-64 scale: whole-picture copies join before partial ones, so a
    crop that lies inside its own picture and nearly inside a neighbouring window of one
    scene joins its own picture's copies.  With ``far``, two units are not joined when that
    would put two of their photos farther apart than PAIR_LIMIT x threshold (a chain of
    blends).
    """
    parent = np.arange(n)
    members: dict[int, list[int]] = {}

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = int(parent[x])
        return x

    close = np.flatnonzero(dist <= threshold // 2)
    apart = 0.0 if share is None else (1.0 - share[close]) * SHARE_BITS
    for k in close[np.argsort(dist[close] + apart, kind="stable")].tolist():
        ra, rb = root(int(i[k])), root(int(j[k]))
        if ra == rb:
            continue
        group_a, group_b = members.get(ra, [ra]), members.get(rb, [rb])
        if far is not None and _any_far(group_a, group_b, far):
            continue
        low, high = min(ra, rb), max(ra, rb)
        parent[high] = low
        members[low] = group_a + group_b
        members.pop(high, None)
    return _roots(parent)


def _roots(parent: I64) -> I64:
    """Each node's root in a union-find forest (pointer jumping, no list per photo)."""
    label = parent.copy()
    while True:
        up = label[label]
        if np.array_equal(up, label):
            return label
        label = up


def _any_far(group_a: list[int], group_b: list[int], far: FarCheck) -> bool:
    """Whether any photo of ``group_a`` is far from any of ``group_b`` (in bounded chunks,
    stopping at the first)."""
    first = np.asarray(group_a, dtype=np.int64)
    step = max(1, _CHUNK_PAIRS // max(1, len(first)))
    for start in range(0, len(group_b), step):
        second = np.asarray(group_b[start : start + step], dtype=np.int64)
        a, b = np.repeat(first, len(second)), np.tile(second, len(first))
        if far(a, b).any():
            return True
    return False


class FarPairs:
    """Which member pairs of a group are too far apart to share it."""

    def __init__(
        self,
        fp: FingerprintArrays,
        threshold: int,
        check: StructureCheck | None,
        turned: set[int] | None = None,
        checked: tuple[I64, I64, I64] | None = None,
    ) -> None:
        self._fp = fp
        self._limit = PAIR_LIMIT * max(threshold, 1)
        self._check = check
        self._turned = np.zeros(len(fp), dtype=bool)
        self._turned[sorted(turned or ())] = True
        self._apart = np.zeros(0, dtype=np.int64)
        if checked is not None:  # pairs (i < j) checked on their pictures: sorted keys
            i, j, dist = checked
            wide = dist > self._limit
            self._apart = np.unique(i[wide] * len(fp) + j[wide])

    def shown_apart(self, a: I64, b: I64) -> npt.NDArray[np.bool_]:
        """Per pair (a, b): grouping checked it on its pictures and found it farther than
        the limit, however close its fingerprints (see :func:`_prune`: such evidence is
        weighed against the unit's verified pairs, as the larger decodes of small
        subjects on a black sky are rendered differently by each decoder)."""
        if len(self._apart) == 0:
            return np.zeros(len(a), dtype=bool)
        keys = np.minimum(a, b) * len(self._fp) + np.maximum(a, b)
        pos = np.minimum(np.searchsorted(self._apart, keys), len(self._apart) - 1)
        # A mirrored or turned copy is far from the others as they are (see far()).
        return (self._apart[pos] == keys) & ~self._turned[a] & ~self._turned[b]

    def far(self, a: I64, b: I64) -> npt.NDArray[np.bool_]:
        """For pairs (a, b) that are not verified copies: farther than the limit?  By the
        fingerprint distance; by the structure check where the fingerprint cannot compare
        them (brightness, contrast or sharpness guards: a caption box)."""
        cheap = pair_distances(self._fp, a, b, self._fp.hash_distance(a, b))
        # A mirrored or turned copy is far from the others as they are; its verified pair
        # to one of them vouches for it.  Its colours are compared in every orientation.
        as_they_are = ~self._turned[a] & ~self._turned[b]
        far = (cheap > self._limit) & as_they_are
        if self._check is not None and far.any():
            sel = np.flatnonzero(far)
            verdicts = self._check.verdicts(a[sel].tolist(), b[sel].tolist(), [-1] * len(sel))
            far[sel] = [v.distance > self._limit for v in verdicts]
        # Two photos whose colours disagree are never one picture (a grey copy of one
        # colour variant must not join it with the other).
        colour = colour_agrees(self._fp, a, b)
        if not as_they_are.all():
            some = np.flatnonzero(~as_they_are)
            colour[some] = colour_agrees_turned(self._fp, a[some], b[some])
        # Nor are two photos taken at different instants (frames of a burst).
        far |= ~colour | capture.apart(self._fp, a, b)
        # Nor is a picture recoloured in part the other (the costlier check: the rest only).
        plain = np.flatnonzero(~far & as_they_are)
        far[plain] = recoloured(self._fp, a[plain], b[plain])
        some = np.flatnonzero(~far & ~as_they_are)
        far[some] = recoloured_turned(self._fp, a[some], b[some])
        return far


def groups(  # noqa: PLR0917 - parallel pair arrays
    n: int,
    i: I64,
    j: I64,
    dist: I64,
    threshold: int,
    pruner: FarPairs,
    share: F64 | None = None,
) -> list[list[int]]:
    """Groups (lists of photo indices, centre unit first) from copy pairs."""
    if len(i) == 0:
        return []
    label = cores(n, i, j, dist, threshold, pruner.far, share)
    units = _Units(label)
    known = _Known(n, i, j)
    pool = np.ones(n, dtype=bool)
    out: list[list[int]] = []
    for _ in range(_ROUNDS):
        li, lj, ld = _unit_edges(label, i, j, dist, pool)
        stars = star_groups(n, li, lj, ld)
        if not stars:
            break
        left: list[int] = []
        for star in stars:
            kept, dropped = _prune(star, units, known, pruner)
            if len(kept) > 1 or len(units[kept[0]]) > 1:
                out.append([m for u in kept for m in units[u]])
                pool[[m for u in kept for m in units[u]]] = False
            left += dropped
        if not left:
            break
        # Pruned units go round again with every unit not placed yet: a pruned copy may
        # still be the only copy of a photo no star took (never dropped silently).
    grouped = {m for g in out for m in g}
    out += [units[u] for u in units.shared() if units[u][0] not in grouped]
    return out


class _Units:
    """The photos of each unit (label), in photo order.  Only units of several photos
    hold a list: a unit of one photo is labelled by that photo (its root), and at
    archive scale most photos are alone (a list each would be ~200 bytes a photo)."""

    def __init__(self, label: I64) -> None:
        counts = np.bincount(label, minlength=len(label))
        shared = np.flatnonzero(counts[label] > 1)  # photos of shared units, ascending
        order = shared[np.argsort(label[shared], kind="stable")]
        starts = [0, *(np.flatnonzero(np.diff(label[order])) + 1).tolist(), len(order)]
        photos, labels = order.tolist(), label[order].tolist()
        self._shared = {
            labels[start]: photos[start:stop]
            for start, stop in itertools.pairwise(starts)
            if stop > start
        }

    def __getitem__(self, unit: int) -> list[int]:
        return self._shared.get(unit, [unit])

    def shared(self) -> list[int]:
        """The labels of the units of several photos, ascending."""
        return sorted(self._shared)


class _Known:
    """Membership of photo pairs among the verified pairs (sorted int64 codes, not a set
    of tuples)."""

    def __init__(self, n: int, i: I64, j: I64) -> None:
        self._n = np.int64(max(n, 1))
        self._codes = np.sort(i.astype(np.int64) * self._n + j)

    def unknown(self, a: I64, b: I64) -> npt.NDArray[np.bool_]:
        """Per pair (a, b) in either order: not a verified pair."""
        code = np.minimum(a, b) * self._n + np.maximum(a, b)
        if len(self._codes) == 0:
            return np.ones(len(code), dtype=bool)
        pos = np.minimum(np.searchsorted(self._codes, code), len(self._codes) - 1)
        return self._codes[pos] != code


def _unit_edges(
    label: I64, i: I64, j: I64, dist: I64, pool: npt.NDArray[np.bool_]
) -> tuple[I64, I64, I64]:
    """Edges between different units (both in ``pool``), the closest pair of each."""
    li, lj = label[i], label[j]
    sel = (li != lj) & pool[i] & pool[j]
    a, b, d = np.minimum(li, lj)[sel], np.maximum(li, lj)[sel], dist[sel]
    if len(a) == 0:
        return a, b, d
    order = np.lexsort((d, b, a))
    a, b, d = a[order], b[order], d[order]
    first = np.ones(len(a), dtype=bool)
    first[1:] = (a[1:] != a[:-1]) | (b[1:] != b[:-1])
    return a[first], b[first], d[first]


def _prune(
    star: list[int], units: _Units, known: _Known, pruner: FarPairs
) -> tuple[list[int], list[int]]:
    """Split a star of units into those that stay and those that must leave.

    A pair shown far apart by its pictures (:meth:`FarPairs.shown_apart`) is a conflict
    only for a unit with more such pairs in the star than verified ones: Mars on a black
    sky, a copy of Jupiter's PNG by its decode, measures far from ten JPEG copies of
    Jupiter; a border crop measuring far from one HEIC copy stays with the others."""
    every = [
        (ua, ub, a, b)
        for pos, ua in enumerate(star)
        for ub in star[pos + 1 :]
        for a in units[ua]
        for b in units[ub]
    ]
    rows = np.array(every, dtype=np.int64).reshape(-1, 4)
    unknown = known.unknown(rows[:, 2], rows[:, 3])
    pairs = rows[unknown]
    if len(pairs) == 0:
        return star, []
    verdicts = pruner.far(pairs[:, 2].copy(), pairs[:, 3].copy())
    vouched = Counter(rows[~unknown, :2].ravel().tolist())  # verified pairs per unit
    verdicts |= _outvoted(pairs, pruner.shown_apart(pairs[:, 2], pairs[:, 3]), vouched)
    units_a, units_b = pairs[:, 0].tolist(), pairs[:, 1].tolist()
    bad = {(ua, ub) for ua, ub, f in zip(units_a, units_b, verdicts.tolist(), strict=True) if f}
    ties = {u: (-vouched[u], pos) for pos, u in enumerate(star)}
    kept, dropped = list(star), []
    while bad:
        # The unit in most conflicts leaves; of equals, the one verified with fewer of the
        # others (a heavy crop that a caption copy conflicts with), then the farther one.
        conflicts = Counter(u for pair in bad for u in pair if u != star[0])
        worst = max(conflicts, key=lambda u: (conflicts[u], *ties[u]))
        kept.remove(worst)
        dropped.append(worst)
        bad = {p for p in bad if worst not in p}
    return kept, dropped


def _outvoted(
    pairs: I64, apart: npt.NDArray[np.bool_], vouched: Counter[int]
) -> npt.NDArray[np.bool_]:
    """Per pair (unit a, unit b, photo a, photo b) shown far apart: one of its units has
    more such pairs in the star than verified pairs."""
    if not apart.any():
        return apart
    votes = Counter(pairs[apart, :2].ravel().tolist())
    out = {u for u, n in votes.items() if n > vouched[u]}
    outvoted = np.isin(pairs[:, 0], list(out)) | np.isin(pairs[:, 1], list(out))
    return apart & outvoted


def star_groups(n: int, i: I64, j: I64, dist: I64) -> list[list[int]]:
    """Greedy star grouping: each group is a centre plus verified neighbours of it.

    Centres are taken by most neighbours, then smallest total distance, then index, and a
    node joins the first centre that claims it; deterministic for the same edges.
    """
    if len(i) == 0:
        return []
    src, dst, w = np.concatenate([i, j]), np.concatenate([j, i]), np.concatenate([dist, dist])
    order = np.lexsort((dst, w, src))  # by source, then distance, then neighbour
    src, dst = src[order], dst[order]
    starts = np.searchsorted(src, np.arange(n + 1))
    degree = np.diff(starts)
    total = np.bincount(src, weights=w[order], minlength=n)
    nodes = np.flatnonzero(degree)
    nodes = nodes[np.lexsort((nodes, total[nodes], -degree[nodes]))]
    taken = np.zeros(n, dtype=bool)
    neighbours = dst.tolist()
    groups = []
    for centre in nodes.tolist():
        if taken[centre]:
            continue
        members = [m for m in neighbours[starts[centre] : starts[centre + 1]] if not taken[m]]
        if members:
            taken[centre] = True
            taken[members] = True
            groups.append([centre, *members])
    return groups
