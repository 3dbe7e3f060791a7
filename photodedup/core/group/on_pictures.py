"""Deciding the hard candidate pairs on their pictures (:func:`photodedup.core.group.decide.edges`
screens them): by structure (:class:`photodedup.core.group.structure.StructureCheck`), or by
their bright points where a faint picture shows no subject at 64 px, closest pairs first, in
rounds that skip pairs whose photos close copies have joined already.

A pair is a copy when its aligned pictures differ by at most the threshold, cover each other
by at least ``MIN_OVERLAP`` (a copy may be a crop: a 20 % crop covers 0.64; one disc scaled
onto another disc on two skies covered 0.55-0.56) and its colours agree; a *similar shot*
when it is no copy but a keypoint fit with at least ``SHOT_INLIERS`` inliers, covering
``SHOT_OVERLAP``, shows one scene.  A turned pair (rotation option) of two sparse pictures
with points is a copy only if their points fit as copies as they are or under some turn.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from photodedup.core.fingerprint import FingerprintArrays, faint_figures
from photodedup.core.group.colour import has_colour
from photodedup.core.group.structure import StructureCheck
from photodedup.core.group.verify import FAR

I64 = npt.NDArray[np.int64]
F64 = npt.NDArray[np.float64]
Bools = npt.NDArray[np.bool_]
MIN_OVERLAP = 0.60  # copies cover at least this share of each other (20 % crop: 0.64)
SHOT_INLIERS = 25  # a keypoint fit this strong shows one scene (similar shots)
SHOT_OVERLAP = 0.3
UNSEEN = -1  # a pair no check on the pictures has measured
_BATCH = 256  # structure checks per round (closest pairs first)


def _subjects_shown(
    check: StructureCheck, grown: FingerprintArrays, photo_i: I64, i: I64, j: I64
) -> Bools:
    """Per pair: unless one of its pictures is faint, True; else whether both show a
    subject (a flat field's noise is no picture)."""
    faint = faint_figures(grown.figures)
    ok = np.ones(len(i), dtype=bool)
    pending = np.flatnonzero(faint[i] | faint[j])
    if len(pending):
        photos = sorted(set(photo_i[pending].tolist()) | set(j[pending].tolist()))
        shown = dict(zip(photos, check.has_subject(photos), strict=True))
        first = np.array([shown[a] for a in photo_i[pending].tolist()], dtype=bool)
        ok[pending] = first & np.array([shown[b] for b in j[pending].tolist()], dtype=bool)
    return ok


@dataclass(frozen=True, slots=True)
class Decision:
    """The pair arrays of one decision: verdicts are written into ``dist``, ``shot_dist``
    and ``share`` in place."""

    check: StructureCheck
    photo_i: I64
    j: I64
    turns: I64
    colour: Bools
    threshold: int
    dist: I64
    shot_dist: I64
    share: F64
    seen: I64  # per pair: the closest a check on the pictures found it (UNSEEN: none did)

    def _seen(self, sel: I64, found: I64, overlap: F64) -> None:
        """Note what a check found (not where it could not align the pictures at all)."""
        aligned = overlap > 0
        sel, found = sel[aligned], found[aligned]
        before = self.seen[sel]
        self.seen[sel] = np.where(before == UNSEEN, found, np.minimum(before, found))

    def _args(self, sel: I64) -> tuple[list[int], list[int], list[int]]:
        return self.photo_i[sel].tolist(), self.j[sel].tolist(), self.turns[sel].tolist()

    def on_pictures(
        self,
        fp: FingerprintArrays,
        grown: FingerprintArrays,
        i: I64,
        hard: Bools,
        *,
        cheap: I64,
        seed: Bools,
        apart: Bools,
        exhaustive: bool,
    ) -> None:
        """Decide the ``hard`` pairs (rows ``i`` of ``grown``, the candidates' fingerprints;
        ``fp``: the photos') on their pictures: by their points where a faint picture shows
        no subject at 64 px, the others by structure, closest (``cheap``) first, in rounds
        that skip pairs already joined (:class:`_Joined`; ``seed``: the pairs joined from
        the start) unless ``exhaustive``; pairs of two captures (``apart``) join nothing."""
        faint_rows = faint_figures(grown.figures)
        faint = faint_rows[i] | faint_rows[self.j]
        shown = _subjects_shown(self.check, grown, self.photo_i, i, self.j)
        self.by_points(np.flatnonzero(hard & ~shown))
        hard = hard & shown
        if not hard.any():
            return
        photo_i, j, dist = self.photo_i, self.j, self.dist
        joined = _Joined(has_colour(fp), photo_i[seed], j[seed], dist[seed], self.threshold)
        pending = np.flatnonzero(hard)[np.argsort(cheap[hard], kind="stable")]
        while len(pending):
            sel, pending = joined.next_batch(pending, photo_i, j, exhaustive)
            if len(sel):
                self.by_structure(sel)
                self.second_opinion(sel[faint[sel]])
                joined.add(photo_i[sel], j[sel], np.where(apart[sel], FAR, dist[sel]))

    def by_structure(self, sel: I64) -> None:
        """Structure verdicts of the pairs ``sel``."""
        verdicts = self.check.verdicts(*self._args(sel))
        structural = np.array([v.distance for v in verdicts], dtype=np.int64)
        overlap = np.array([v.overlap for v in verdicts])
        inliers = np.array([v.inliers for v in verdicts])
        copy = (structural <= self.threshold) & (overlap >= MIN_OVERLAP) & self.colour[sel]
        turned = copy & (self.turns[sel] >= 0)
        if turned.any():
            copy[turned] = ~self._points_refute(sel[turned])
        self._seen(sel, structural, overlap)
        self.dist[sel] = np.where(copy, structural, FAR)
        self.share[sel] = overlap
        shot = ~copy & (inliers >= SHOT_INLIERS) & (overlap >= SHOT_OVERLAP)
        self.shot_dist[sel] = np.where(shot, np.minimum(structural, FAR - 1), FAR)

    def _points_refute(self, sel: I64) -> Bools:
        """Of the turned pairs ``sel`` that the thumbnails call copies: those of two sparse
        pictures whose points fit under no turn.  A turned verdict also tries the turn whose
        16-px pictures agree best, so a small subject on a night sky can be turned onto
        another one (two phones, both blue blobs at 64 px); the stars around them cannot."""
        ways = self.check.points_every_way(self.photo_i[sel].tolist(), self.j[sel].tolist())
        return np.array(
            [
                found is not None
                and not any(
                    v.distance <= self.threshold and v.overlap >= MIN_OVERLAP for v in found
                )
                for found in ways
            ],
            dtype=bool,
        )

    def by_points(self, pending: I64) -> None:
        """Verdicts by their points (:mod:`photodedup.core.group.points`) of the pairs
        ``pending``: a faint picture shows no subject at 64 px."""
        for start in range(0, len(pending), _BATCH):
            sel = pending[start : start + _BATCH]
            verdicts = self.check.point_verdicts(*self._args(sel))
            found = np.array([v.distance for v in verdicts], dtype=np.int64)
            overlap = np.array([v.overlap for v in verdicts])
            copy = (found <= self.threshold) & (overlap >= MIN_OVERLAP) & self.colour[sel]
            self._seen(sel, found, overlap)
            self.dist[sel] = np.where(copy, found, FAR)
            self.share[sel] = overlap

    def second_opinion(self, sel: I64) -> None:
        """Pairs ``sel`` of faint pictures that the residual did not find copies, by their
        points: an intensity fit cannot align a nebula's border crop on a black sky, its
        stars can (sparse pictures only; the others have no points)."""
        failed = sel[self.dist[sel] >= FAR]
        if len(failed):
            self.by_points(failed)


class _Joined:
    """Union-find over photos joined by close copy pairs (<= threshold // 2).

    A pair between a photo with colour and one without (a grayscale copy) joins nothing:
    a grey copy is close to every colour variant of its picture, and grouping keeps the
    variants apart, so pairs among one variant's copies must still be checked.
    """

    def __init__(
        self, coloured: npt.NDArray[np.bool_], i: I64, j: I64, dist: I64, threshold: int
    ) -> None:
        self._parent = list(range(len(coloured)))
        self._coloured = coloured.tolist()
        self._close = threshold // 2
        self.add(i, j, dist)

    def _root(self, x: int) -> int:
        parent = self._parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def same(self, a: int, b: int) -> bool:
        return self._root(int(a)) == self._root(int(b))

    def next_batch(self, pending: I64, i: I64, j: I64, exhaustive: bool) -> tuple[I64, I64]:
        """Up to _BATCH pending pairs that could join two groups if they pass (a spanning
        forest, assuming they will), and the pairs left for later rounds; pairs already
        joined are dropped."""
        if exhaustive:
            return pending[:_BATCH], pending[_BATCH:]
        tentative = self.copy()
        chosen: list[int] = []
        later: list[int] = []
        for pos in pending.tolist():
            a, b = int(i[pos]), int(j[pos])
            if self.same(a, b):
                continue
            if len(chosen) >= _BATCH or tentative.same(a, b):
                later.append(pos)
                continue
            chosen.append(pos)
            tentative.join(a, b)
        return np.array(chosen, dtype=np.int64), np.array(later, dtype=np.int64)

    def add(self, i: I64, j: I64, dist: I64) -> None:
        """Join the pairs close enough (<= threshold // 2)."""
        for a, b, d in zip(i.tolist(), j.tolist(), dist.tolist(), strict=True):
            if d <= self._close:
                self.join(a, b)

    def join(self, a: int, b: int) -> None:
        """Put ``a`` and ``b`` in one set (unless only one of them has colour)."""
        if self._coloured[a] != self._coloured[b]:
            return
        ra, rb = self._root(a), self._root(b)
        self._parent[max(ra, rb)] = min(ra, rb)

    def copy(self) -> _Joined:
        """An independent copy (for tentative joins)."""
        other = _Joined(np.zeros(0, bool), *(np.empty(0, np.int64),) * 3, 2 * self._close)
        other._parent = list(self._parent)
        other._coloured = self._coloured
        return other
