"""Candidate pairs from the Hamming index, plain and turned, and the colour evidence.

A candidate is ``(i, j, turn)``: photo ``j`` may be photo ``i`` turned by ``turn``
(-1: not turned; else an index into :data:`photodedup.core.fingerprint.TURN_NAMES`).  Plain
candidates come from the full and the centre keys; with the rotation option, turned ones
from each photo's turned keys against every key (mirror, 90/180/270-degree turns without an
EXIF tag).  :func:`with_turned_rows` appends turned copies of the photos in turned pairs to
the fingerprint arrays, so every later check compares plain rows.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from photodedup.core.fingerprint import TURNS, FingerprintArrays, turn
from photodedup.core.group.index import HammingIndex

I64 = npt.NDArray[np.int64]


@dataclass(frozen=True, slots=True)
class Candidates:
    """Candidate pairs: rows ``i`` and ``j`` of ``fp`` (turned rows appended at the end)."""

    fp: FingerprintArrays
    i: I64
    j: I64
    turn: I64  # -1 or the turn taking photo i to photo j
    origin: I64  # the photo index of each row of ``fp`` (turned rows map to their photo)

    def photo_i(self) -> I64:
        """The photo behind each pair's first row."""
        return self.origin[self.i]


def plain_pairs(fp: FingerprintArrays, radius: int) -> tuple[I64, I64]:
    """Pairs (i < j, sorted, unique) whose full or centre keys are within ``radius``."""
    n = np.int64(len(fp))
    codes = [_pair_codes(keys, radius, n) for keys in (fp.keys, fp.centre_keys)]
    merged = np.concatenate(codes)
    del codes  # one copy of the codes at a time
    merged.sort()  # np.unique, in place
    first = np.ones(len(merged), dtype=bool)
    first[1:] = merged[1:] != merged[:-1]
    unique = merged[first]
    del merged, first
    i = unique // n
    unique %= n
    return i, unique


def _pair_codes(keys: npt.NDArray[np.uint64], radius: int, n: np.int64) -> I64:
    """``i * n + j`` of the pairs of ``keys`` within ``radius`` (the search's own arrays
    are freed before the next key set is searched)."""
    i, j, d = HammingIndex(keys).pairs_within(radius)
    del d
    codes = i.astype(np.int64, copy=False) * n
    del i
    codes += j
    return codes


def turned_pairs(fp: FingerprintArrays, radius: int) -> tuple[I64, I64, I64]:
    """(i, j, turn): photo i turned by ``turn`` has its key within ``radius`` of photo j's.

    Each turn is one index search over the plain keys and the turned keys together, keeping
    the pairs that cross; a pair found under several turns keeps the closest (a centred
    subject on a plain field matches its 90-degree copy mirrored too, only less well),
    the first of equals.
    """
    n = len(fp)
    if fp.turned is None or n < 2:
        empty = np.empty(0, dtype=np.int64)
        return empty, empty.copy(), empty.copy()
    found: dict[tuple[int, int], tuple[int, int]] = {}  # (turned, plain) -> (distance, turn)
    for t in range(TURNS):
        keys = np.concatenate([fp.keys, fp.turned[:, t]])
        a, b, d = HammingIndex(keys).pairs_within(radius)
        cross = (a < n) & (b >= n) & (b - n != a)
        hits = zip(a[cross].tolist(), (b[cross] - n).tolist(), d[cross].tolist(), strict=True)
        for plain, turned, dist in hits:
            if (turned, plain) not in found or dist < found[turned, plain][0]:
                found[turned, plain] = (dist, t)
    rows = np.array([(i, j, t) for (i, j), (_, t) in sorted(found.items())], dtype=np.int64)
    rows = rows.reshape(-1, 3)
    return rows[:, 0], rows[:, 1], rows[:, 2]


def with_turned_rows(fp: FingerprintArrays, i: I64, turns: I64) -> tuple[FingerprintArrays, I64]:
    """``fp`` plus one row per turned pair (photo ``i[k]`` turned by ``turns[k]``); returns
    the grown arrays and each pair's new row."""
    if len(i) == 0:
        return fp, i
    thumbs = np.stack([turn(fp.thumbs[a], int(t)) for a, t in zip(i, turns, strict=True)])
    chroma = None
    if fp.chroma is not None:
        turned = [
            np.stack([turn(band, int(t)) for band in fp.chroma[a]])
            for a, t in zip(i, turns, strict=True)
        ]
        chroma = np.concatenate([fp.chroma, np.stack(turned)])
    assert fp.turned is not None
    keys = fp.turned[i, turns]
    grown = FingerprintArrays(
        keys=np.concatenate([fp.keys, keys]),
        centre_keys=np.concatenate([fp.centre_keys, keys]),
        thumbs=np.concatenate([fp.thumbs, np.ascontiguousarray(thumbs)]),
        figures=np.concatenate([fp.figures, fp.figures[i]]),
        turned=None,
        colour=None if fp.colour is None else np.concatenate([fp.colour, fp.colour[i]]),
        chroma=chroma,
        captured=None if fp.captured is None else np.concatenate([fp.captured, fp.captured[i]]),
    )
    return grown, np.arange(len(fp), len(fp) + len(i), dtype=np.int64)


def find(fp: FingerprintArrays, radius: int, rotations: bool) -> Candidates:
    """Every candidate pair within ``radius``, turned ones too when ``rotations``."""
    i, j = plain_pairs(fp, radius)
    origin = np.arange(len(fp), dtype=np.int64)
    turns = np.full(len(i), -1, dtype=np.int64)
    if not rotations:
        return Candidates(fp, i, j, turns, origin)
    ti, tj, tt = turned_pairs(fp, radius)
    known = set(zip(i.tolist(), j.tolist(), strict=True))
    pairs = zip(ti.tolist(), tj.tolist(), strict=True)
    fresh = np.array([(min(a, b), max(a, b)) not in known for a, b in pairs], dtype=bool)
    ti, tj, tt = ti[fresh], tj[fresh], tt[fresh]
    _, first = np.unique(np.minimum(ti, tj) * len(fp) + np.maximum(ti, tj), return_index=True)
    ti, tj, tt = ti[np.sort(first)], tj[np.sort(first)], tt[np.sort(first)]
    grown, rows = with_turned_rows(fp, ti, tt)
    origin = np.concatenate([origin, ti])
    return Candidates(
        grown,
        np.concatenate([i, rows]),
        np.concatenate([j, tj]),
        np.concatenate([turns, tt]),
        origin,
    )


def with_plain(found: Candidates, i: I64, j: I64) -> Candidates:
    """``found`` with the plain pairs ``(i, j)`` (i < j) that it lacks appended."""
    n = len(found.fp)
    plain = found.turn < 0
    known = found.i[plain] * n + found.j[plain]
    fresh = ~np.isin(i * n + j, known)
    i, j = i[fresh], j[fresh]
    return Candidates(
        found.fp,
        np.concatenate([found.i, i]),
        np.concatenate([found.j, j]),
        np.concatenate([found.turn, np.full(len(i), -1, dtype=np.int64)]),
        found.origin,
    )


FULL_RADIUS_UP_TO = 12  # up to this threshold, candidates reach the threshold itself

WIDE_MARGIN = 4  # above it, candidates reach this much less (never below 12)


def candidate_radius(threshold: int) -> int:
    """Largest hash distance of the pairs verified at ``threshold`` (never decreasing).

    Above 12 the radius grows 4 bits slower than the threshold: on 64-bit keys the
    chance pairs within reach grow ~10x per 2 bits (1M random keys: 2e5 pairs at 12,
    2e7 at 16), while the pairs it gives up cost ~0.5 % recall (docs/accuracy.md).
    """
    t = max(0, threshold)
    return t if t <= FULL_RADIUS_UP_TO else max(FULL_RADIUS_UP_TO, t - WIDE_MARGIN)
