"""Compiled thumbnail distances for :mod:`photodedup.core.group.verify` (C, ``_kernels.c``).

:func:`thumb_distances` gives, for pairs of photos, the float32 value of
``verify.thumb_distance`` bit for bit, about ten times faster.  Everything that depends
on one photo only (robust normalisation, the normalised profile targets and the 25
normalised crop-window profiles of both axes) is computed once per photo; pairs then
only compare.  Work is split over threads (the C loops release the GIL).  Where the
extension is not built (:mod:`photodedup.core.group.native`), verify uses its numpy
reference instead, which these kernels reproduce.

Exactness: float32 rounding is reproduced step by step, as numpy does it:

* sums use numpy's pairwise summation (blocks of <= 128 with 8 accumulators, halves
  rounded down to multiples of 8); the column mean of a 16x16 array is a plain
  sequential sum; means divide in float64 (numpy divides by an ``intp`` count);
* the crop-window products (``_WINDOWS[rows] @ src @ _WINDOWS[cols].T``, each output
  a two-tap interpolation) round as OpenBLAS's 16x16 kernel does: fused multiply-add
  on output rows 6-11, two roundings on the others; the window profiles (one GEMM over
  all pairs of a chunk) use the fused form, what that kernel does for most rows.

The C file is compiled without floating-point contraction (setup.py), so every other
multiply and add rounds on its own, as in numpy.
"""

from __future__ import annotations

import itertools
import os
from concurrent.futures import ThreadPoolExecutor
from types import ModuleType

import numpy as np
import numpy.typing as npt

from photodedup.core.group import native

_SIDE = 16
_CELLS = _SIDE * _SIDE
_PROFILE = 25 * _SIDE  # all windows of one axis, normalised together
_MAX_PHOTOS = 32_768  # photos whose precomputed data a chunk holds (~4.6 KB each)
_TASKS_PER_THREAD = 4

I64 = npt.NDArray[np.int64]
F32s = npt.NDArray[np.float32]
Taps = tuple[npt.NDArray[np.int64], F32s, F32s]


def _kernels() -> ModuleType:
    if native.kernels is None:
        raise RuntimeError("the compiled kernels are not built (group/native.py)")
    return native.kernels


def _taps(taps: Taps) -> Taps:
    left, w0, w1 = taps
    f32 = np.float32
    return (
        np.ascontiguousarray(left, np.int64),
        np.ascontiguousarray(w0, f32),
        np.ascontiguousarray(w1, f32),
    )


def chunk_starts(a: I64, b: I64, n: int, max_photos: int) -> I64:
    """Pair offsets cutting the pairs into runs that each touch <= max_photos photos."""
    a, b = np.ascontiguousarray(a, np.int64), np.ascontiguousarray(b, np.int64)
    return np.frombuffer(_kernels().chunk_starts(a, b, int(n), int(max_photos)), np.int64)


def warp(src: npt.NDArray[np.uint8], wr: int, wc: int, taps: Taps) -> F32s:
    """``WINDOWS[wr] @ src @ WINDOWS[wc].T`` of one 16x16 thumbnail, rounded as the
    kernels round it (tests compare it with numpy's BLAS)."""
    out = np.empty(_CELLS, np.float32)
    _kernels().warp(np.ascontiguousarray(src, np.uint8), int(wr), int(wc), *_taps(taps), out)
    return out


def _ranges(n: int, parts: int) -> list[slice]:
    bounds = np.linspace(0, n, max(1, min(n, parts)) + 1).astype(int)
    return [slice(lo, hi) for lo, hi in itertools.pairwise(bounds) if hi > lo]


def _run_chunk(  # noqa: PLR0917
    pool: ThreadPoolExecutor,
    parts: int,
    flat: npt.NDArray[np.uint8],
    pairs: tuple[I64, I64],
    taps: Taps,
    limits: F32s,
    out: F32s,
) -> None:
    """Precompute the chunk's photos, then compare its pairs, both spread over threads."""
    kernels = _kernels()
    a, b = pairs
    left, w0, w1 = taps
    photos, inverse = np.unique(np.concatenate([a, b]), return_inverse=True)
    inverse = np.ascontiguousarray(inverse, np.int64)
    la, lb = inverse[: len(a)], inverse[len(a) :]
    local = np.ascontiguousarray(flat[photos])
    m = len(photos)
    norm = np.empty((m, _CELLS), np.float32)
    targets = np.empty((m, 2, _SIDE), np.float32)
    profiles = np.empty((m, 2, _PROFILE), np.float32)
    for job in [
        pool.submit(kernels.photo_data, local[r], left, w0, w1, norm[r], targets[r], profiles[r])
        for r in _ranges(m, parts)
    ]:
        job.result()
    for job in [
        pool.submit(
            kernels.pair_losses,
            local,
            norm,
            targets,
            profiles,
            la[r],
            lb[r],
            left,
            w0,
            w1,
            limits,
            out[r],
        )
        for r in _ranges(len(la), parts)
    ]:
        job.result()


def thumb_distances(
    thumbs: npt.NDArray[np.uint8], i: I64, j: I64, taps: Taps, limits: F32s
) -> F32s:
    """``verify.thumb_distance(thumbs[i], thumbs[j])`` (float32, bit for bit), compiled.

    ``taps`` = (left, w0, w1) of the crop windows, ``limits`` = float32 (easy, hopeless,
    cell loss cap).  Pairs are cut into chunks touching at most ``_MAX_PHOTOS`` photos, so
    the per-photo data stays bounded (~150 MB).
    """
    flat = np.ascontiguousarray(thumbs, np.uint8).reshape(len(thumbs), _CELLS)
    i, j = np.ascontiguousarray(i, np.int64), np.ascontiguousarray(j, np.int64)
    taps, limits = _taps(taps), np.ascontiguousarray(limits, np.float32)
    out = np.empty(len(i), np.float32)
    starts = chunk_starts(i, j, len(thumbs), _MAX_PHOTOS)
    threads = max(1, os.cpu_count() or 1)
    with ThreadPoolExecutor(threads) as pool:
        for lo, hi in itertools.pairwise(starts.tolist()):
            pairs = (i[lo:hi], j[lo:hi])
            _run_chunk(pool, threads * _TASKS_PER_THREAD, flat, pairs, taps, limits, out[lo:hi])
    return out
