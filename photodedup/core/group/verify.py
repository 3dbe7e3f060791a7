"""Vectorised verification of candidate pairs: the finer distance behind every group.

Fingerprints are parsed once into :class:`~photodedup.core.fingerprint.FingerprintArrays`
(numpy, no per-photo objects).  :func:`pair_distances` gives, for candidate pairs
``(i, j)``, the distance on the 0-64 "bits" scale that the similarity threshold applies to:

    distance = (hash distance + thumbnail distance) / 2, rounded up

where the hash distance is the smaller Hamming distance of the full keys and of the
centre keys (times 24 / informative bits for pictures with fewer than 24 informative
hash bits); candidate pairs come from the index
(:func:`photodedup.core.group.candidates.candidate_radius`).

The thumbnail distance compares the two 16x16 grey thumbnails after normalising
brightness and contrast (so +-15 % edits cost nothing), under a few crop hypotheses
(either picture may have lost up to 5 % on any side), with a capped per-cell loss (so a
caption or watermark in a corner costs little), scaled so that one unit matches about
one hash bit.  Pairs that cannot be the same photo get :data:`FAR`: a low-information
member (flat, bars, two-tone), brightness or contrast too different, or one sharp and
one blurred.

The numpy code here is the reference (and the fallback where the C extension is not
built); many pairs go through compiled kernels (:mod:`photodedup.core.group.verify_kernels`,
~10x faster) that give the same float32 values bit for bit, hence the same distances
(tested).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

from photodedup.core.fingerprint import (
    THUMB_SIDE,
    FingerprintArrays,
    banded_figures,
    informative_figures,
)
from photodedup.core.group import native

FAR = 255  # distance of pairs that never match by similarity
FULL_INFORMATIVE_BITS = 24  # fewer (but >= 12): distances grow by 24 / bits
MAX_SPREAD_RATIO = 2.0  # contrast of two copies differs by less than this factor
MAX_MEAN_DIFF = 64  # brightness of two copies differs by less than this (0-255)
MAX_DETAIL_RATIO = 4.0  # sharpness (high-frequency share) differs by less than this
THUMB_SCALE = 640.0  # thumbnail distance (0-1) to bits
CELL_LOSS_CAP = 1.0  # cap of one cell's squared difference (normalised units)
CROP = 0.05  # largest border crop (per side) the verification tolerates
EASY_THUMB = 4 / THUMB_SCALE  # thumbnails this close need no crop search
HOPELESS_THUMB = 72 / THUMB_SCALE  # nor this far (5 % crops of copies measure <= ~50)
_CHUNK = 16384
_PLAIN_CHUNK = 8192  # thumbnails per plain_share step (~17 MB float64 temporaries)

# Fewer pairs go through numpy: below 2,000 it is as fast (the C kernels load instantly).
_COMPILED_MIN_PAIRS = 2_000

I64 = npt.NDArray[np.int64]
F32 = npt.NDArray[np.float32]


DARK_MEAN = 40  # brightness (0-255) below which a picture is "dark"
PLAIN_SHARE = 0.45  # a picture whose thumbnail is this much background is "plain"
PLAIN_TOLERANCE = 10  # grey levels from the border's median that count as background
BANDED_PLAIN = 0.75  # a banded picture this much plain background is a blank page


def _window_taps(lo: float, hi: float, n: int = THUMB_SIDE) -> tuple[npt.NDArray[np.intp], F32]:
    """Linear resampling of the window [lo, hi] (fractions) of an n-cell axis to n cells:
    output cell k is ``(1 - frac[k]) * x[left[k]] + frac[k] * x[left[k] + 1]``."""
    centres = (lo + (np.arange(n) + 0.5) * (hi - lo) / n) * n - 0.5
    centres = np.clip(centres, 0, n - 1)
    left = np.minimum(np.floor(centres).astype(int), n - 2)
    return left, (centres - left).astype(np.float32)


def _window_matrix(lo: float, hi: float, n: int = THUMB_SIDE) -> F32:
    """The resampling of :func:`_window_taps` as an (n, n) matrix."""
    left, frac = _window_taps(lo, hi, n)
    out = np.zeros((n, n), np.float32)
    out[np.arange(n), left] = 1 - frac
    out[np.arange(n), left + 1] += frac
    return out


_STEPS = np.linspace(0.0, CROP, 5)
# Candidate crop windows of one axis: (lo, hi) with up to CROP cut from either end.
_WINDOW_BOUNDS = [(lo, 1.0 - cut) for lo in _STEPS for cut in _STEPS]
_WINDOWS = np.stack([_window_matrix(lo, hi) for lo, hi in _WINDOW_BOUNDS])  # (w, n, n)
_WINDOWS_FLAT = _WINDOWS.reshape(-1, THUMB_SIDE)  # (w * n, n): all windows in one GEMM
# The compiled path's window taps (left cell, its weight, the next cell's weight) and limits.
_LEFTS, _FRACS = (
    np.stack(v) for v in zip(*(_window_taps(*b) for b in _WINDOW_BOUNDS), strict=True)
)
_TAPS = (_LEFTS.astype(np.int64), (1 - _FRACS).astype(np.float32), _FRACS)
_LIMITS = np.array([EASY_THUMB, HOPELESS_THUMB, CELL_LOSS_CAP], np.float32)


def _normalise(x: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    axes = tuple(range(1, x.ndim))
    x = x - x.mean(axis=axes, keepdims=True)
    return x / (x.std(axis=axes, keepdims=True) + 1e-3)


def _quartiles(flat: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    """25th, 50th and 75th percentiles of each row (linear interpolation), via partition."""
    pos = np.array([0.25, 0.5, 0.75]) * (flat.shape[1] - 1)
    below = np.floor(pos).astype(int)
    kth = np.unique(np.concatenate([below, below + 1]))
    part = np.partition(flat, kth, axis=1)
    frac = (pos - below).astype(np.float32)
    return part[:, below].T * (1 - frac[:, None]) + part[:, below + 1].T * frac[:, None]


def _robust_normalise(x: npt.NDArray[np.floating[Any]]) -> npt.NDArray[np.float32]:
    """Centre on the median, scale by the inter-quartile range (a corner caption or
    watermark then barely changes the other cells)."""
    flat = x.reshape(len(x), -1)
    low, mid, high = _quartiles(flat)
    scale = np.maximum((high - low) / 1.349, 0.5 * flat.std(axis=1)) + 1.0
    return (x - mid[:, None, None]) / scale[:, None, None]


def _loss(a: npt.NDArray[np.float32], b: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    sq = np.minimum(np.square(a - b), CELL_LOSS_CAP)
    return sq.mean(axis=(1, 2)) / 4.0


def _best_window(profile_src: F32, profile_dst: F32) -> npt.NDArray[np.intp]:
    """Index of the crop window of ``src``'s 1-D profile that best matches ``dst``'s."""
    k, n = profile_src.shape
    # One brightness/contrast normalisation for all windows of a pair (per-window
    # normalisation lets stretched windows fit spuriously well).
    warped = _normalise((profile_src @ _WINDOWS_FLAT.T).reshape(k, len(_WINDOWS), n))
    target = _normalise(profile_dst[:, None, :])
    return np.argmin(np.square(warped - target).sum(axis=2), axis=1)


def _cropped_loss(src: npt.NDArray[np.float32], dst_norm: npt.NDArray[np.float32]) -> F32:
    """Loss of ``dst`` against the best-aligned crop of ``src`` (windows from profiles)."""
    rows = _best_window(src.mean(axis=2), dst_norm.mean(axis=2))
    cols = _best_window(src.mean(axis=1), dst_norm.mean(axis=1))
    warped = _WINDOWS[rows] @ src @ _WINDOWS[cols].transpose(0, 2, 1)
    return _loss(_robust_normalise(warped), dst_norm)


def thumb_distance(a: npt.NDArray[np.uint8], b: npt.NDArray[np.uint8]) -> npt.NDArray[np.float32]:
    """Crop- and watermark-tolerant distance (0-1) between paired thumbnail stacks.

    Only pairs between EASY_THUMB and HOPELESS_THUMB as they are get the crop search.
    """
    fa, fb = a.astype(np.float32), b.astype(np.float32)
    na, nb = _robust_normalise(fa), _robust_normalise(fb)
    best = _loss(na, nb)
    hard = np.flatnonzero((best > EASY_THUMB) & (best <= HOPELESS_THUMB))
    if hard.size:
        crop_a = _cropped_loss(fa[hard], nb[hard])
        crop_b = _cropped_loss(fb[hard], na[hard])
        best[hard] = np.minimum(best[hard], np.minimum(crop_a, crop_b))
    return best


def banded_distances(fp: FingerprintArrays, i: I64, j: I64) -> I64:
    """Distance (0-64 bits, or FAR) of pairs with a banded picture (:func:`banded`): their
    thumbnails' alone, where their figures are compatible; their hash bits are noise."""
    out = np.full(len(i), FAR, dtype=np.int64)
    ok = np.flatnonzero(_compatible(fp.figures[i], fp.figures[j]))
    if ok.size == 0:
        return out
    ci, cj = i[ok].astype(np.int64), j[ok].astype(np.int64)
    if _use_compiled(len(ok)):
        thumb = _compiled_thumbs(fp, ci, cj)
    else:
        parts = [
            thumb_distance(fp.thumbs[ci[k : k + _CHUNK]], fp.thumbs[cj[k : k + _CHUNK]])
            for k in range(0, len(ci), _CHUNK)
        ]
        thumb = np.concatenate(parts)
    out[ok] = np.minimum(np.rint(thumb * THUMB_SCALE), FAR).astype(np.int64)
    return out


def _compatible(
    fig_a: npt.NDArray[np.uint8], fig_b: npt.NDArray[np.uint8]
) -> npt.NDArray[np.bool_]:
    mean_a, mean_b = fig_a[:, 0].astype(np.int32), fig_b[:, 0].astype(np.int32)
    spread_a, spread_b = fig_a[:, 1] + 1.0, fig_b[:, 1] + 1.0
    detail_a, detail_b = fig_a[:, 2] + 2.0, fig_b[:, 2] + 2.0
    return (
        (np.abs(mean_a - mean_b) <= MAX_MEAN_DIFF)
        & (np.maximum(spread_a, spread_b) <= MAX_SPREAD_RATIO * np.minimum(spread_a, spread_b))
        & (np.maximum(detail_a, detail_b) <= MAX_DETAIL_RATIO * np.minimum(detail_a, detail_b))
    )


def _info_penalty(
    fig_a: npt.NDArray[np.uint8], fig_b: npt.NDArray[np.uint8]
) -> npt.NDArray[np.float64]:
    """Factor >= 1 making pictures with few informative bits (horizons, bars) count as
    farther apart: little information means a close thumbnail proves less."""
    bits = np.minimum(fig_a[:, 3], fig_b[:, 3]).astype(np.float64)
    return FULL_INFORMATIVE_BITS / np.clip(bits, 1, FULL_INFORMATIVE_BITS)


def _usable_pairs(fp: FingerprintArrays, i: I64, j: I64) -> I64:
    """Positions of the pairs that may match: both informative, compatible figures."""
    fig_i, fig_j = fp.figures[i], fp.figures[j]  # rows only: called once per group join
    ok = informative_figures(fig_i) & informative_figures(fig_j) & _compatible(fig_i, fig_j)
    return np.flatnonzero(ok)


def _combine(fp: FingerprintArrays, i: I64, j: I64, hash_dist: I64, thumb: F32) -> I64:
    """Distances of usable pairs from their hash and thumbnail distances."""
    bits = np.minimum(np.rint(thumb * THUMB_SCALE), FAR).astype(np.int64)
    mean = (hash_dist + bits) / 2
    return np.ceil(mean * _info_penalty(fp.figures[i], fp.figures[j])).astype(np.int64)


def _pair_distances_numpy(fp: FingerprintArrays, i: I64, j: I64, hash_dist: I64) -> I64:
    """:func:`pair_distances` in numpy, in chunks to bound memory (the reference)."""
    out = np.full(len(i), FAR, dtype=np.int64)
    for start in range(0, len(i), _CHUNK):
        ci, cj = i[start : start + _CHUNK], j[start : start + _CHUNK]
        idx = _usable_pairs(fp, ci, cj)
        if idx.size == 0:
            continue
        ci, cj = ci[idx], cj[idx]
        thumb = thumb_distance(fp.thumbs[ci], fp.thumbs[cj])
        out[start + idx] = _combine(fp, ci, cj, hash_dist[start + idx], thumb)
    return out


def _pair_distances_compiled(fp: FingerprintArrays, i: I64, j: I64, hash_dist: I64) -> I64:
    """:func:`pair_distances` through the compiled kernels (same integers)."""
    out = np.full(len(i), FAR, dtype=np.int64)
    idx = _usable_pairs(fp, i, j)
    if idx.size:
        ci, cj = i[idx].astype(np.int64), j[idx].astype(np.int64)
        out[idx] = _combine(fp, ci, cj, hash_dist[idx], _compiled_thumbs(fp, ci, cj))
    return out


def _compiled_thumbs(fp: FingerprintArrays, i: I64, j: I64) -> F32:
    """:func:`thumb_distance` of the pairs ``(i, j)`` through the compiled kernels."""
    from photodedup.core.group import verify_kernels as kernels  # imported on first use

    return kernels.thumb_distances(fp.thumbs, i, j, _TAPS, _LIMITS)


def pair_distances(fp: FingerprintArrays, i: I64, j: I64, hash_dist: I64) -> I64:
    """Distance (0-64 bits, or FAR) of each candidate pair.

    ``hash_dist`` is the pairs' hash distance (:meth:`FingerprintArrays.hash_distance`).
    Many pairs go through compiled kernels, a few through numpy; both give the same.
    """
    if _use_compiled(len(i)):
        return _pair_distances_compiled(fp, i, j, hash_dist)
    return _pair_distances_numpy(fp, i, j, hash_dist)


def _use_compiled(pairs: int) -> bool:
    return native.COMPILED and pairs >= _COMPILED_MIN_PAIRS


def warm_up() -> None:
    """Import the compiled kernels and run them once (e.g. in a background thread at
    start-up: a cheap import warm-up; nothing is compiled at run time)."""
    if not native.COMPILED:
        return
    from photodedup.core.group import verify_kernels as kernels  # imported on first use

    thumbs = np.arange(2 * THUMB_SIDE * THUMB_SIDE).astype(np.uint8).reshape(2, THUMB_SIDE, -1)
    first, second = np.array([0], dtype=np.int64), np.array([1], dtype=np.int64)
    kernels.thumb_distances(thumbs, first, second, _TAPS, _LIMITS)


def plain_share(thumbs: npt.NDArray[np.uint8]) -> npt.NDArray[np.float64]:
    """Share of each thumbnail's cells close to the median of its border cells."""
    if len(thumbs) > _PLAIN_CHUNK:  # bounded memory: each row is measured on its own
        parts = [
            plain_share(thumbs[k : k + _PLAIN_CHUNK]) for k in range(0, len(thumbs), _PLAIN_CHUNK)
        ]
        return np.concatenate(parts)
    t = thumbs.astype(np.int16)
    ring = np.concatenate([t[:, 0, :], t[:, -1, :], t[:, 1:-1, 0], t[:, 1:-1, -1]], axis=1)
    background = np.median(ring, axis=1)
    return (np.abs(t - background[:, None, None]) <= PLAIN_TOLERANCE).mean(axis=(1, 2))


def banded(fp: FingerprintArrays, rows: I64 | None = None) -> npt.NDArray[np.bool_]:
    """Banded pictures (:func:`~photodedup.core.fingerprint.banded_figures`: a flag, a plain
    sky) that are not mostly one plain field (BANDED_PLAIN): a blank page or screenshot
    under a thin bar has too little to tell its copies from other blank pages.  Of the
    photos at ``rows`` (all: None)."""
    figures, thumbs = (
        (fp.figures, fp.thumbs) if rows is None else (fp.figures[rows], fp.thumbs[rows])
    )
    out = banded_figures(figures)
    some = np.flatnonzero(out)
    out[some] = plain_share(thumbs[some]) < BANDED_PLAIN
    return out


def rich(fp: FingerprintArrays) -> npt.NDArray[np.bool_]:
    """Pictures whose fingerprint alone can vouch for a close pair."""
    figures = fp.figures
    return (
        (figures[:, 3] >= FULL_INFORMATIVE_BITS)
        & (figures[:, 0] >= DARK_MEAN)
        & (plain_share(fp.thumbs) < PLAIN_SHARE)
    )
