"""Compiled (numba) thumbnail distances for :mod:`photodedup.core.group.verify`.

:func:`thumb_distances` gives, for pairs of photos, the float32 value of
``verify.thumb_distance`` bit for bit, about ten times faster.  Everything that depends
on one photo only (robust normalisation, the normalised profile targets and the 25
normalised crop-window profiles of both axes) is computed once per photo; pairs then
only compare.  Work is split over threads (the kernels release the GIL).

Exactness: float32 rounding is reproduced step by step, as numpy does it:

* sums use numpy's pairwise summation (blocks of <= 128 with 8 accumulators, halves
  rounded down to multiples of 8); the column mean of a 16x16 array is a plain
  sequential sum; means divide in float64 (numpy divides by an ``intp`` count);
* the crop-window products (``_WINDOWS[rows] @ src @ _WINDOWS[cols].T``, each output
  a two-tap interpolation) round as OpenBLAS's 16x16 kernel does: fused multiply-add
  on output rows 6-11, two roundings on the others; the window profiles (one GEMM over
  all pairs of a chunk) use the fused form, what that kernel does for most rows.
"""

from __future__ import annotations

import itertools
import os
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import numpy.typing as npt
from llvmlite import ir
from numba import njit, types
from numba.extending import intrinsic

F32 = np.float32
_SIDE = 16
_CELLS = _SIDE * _SIDE
_WINDOWS = 25
_PROFILE = _WINDOWS * _SIDE  # all windows of one axis, normalised together
_FUSED_ROWS = (6, 11)  # output rows on which the 16x16 BLAS product fuses multiply-add
_MAX_PHOTOS = 32_768  # photos whose precomputed data a chunk holds (~4.6 KB each)
_TASKS_PER_THREAD = 4

I64 = npt.NDArray[np.int64]
F32s = npt.NDArray[np.float32]


def _jit(fn=None, **options):
    """numba.njit with the module's options: cached, numpy error model (no zero checks)."""
    options = {"cache": True, "error_model": "numpy", **options}
    return njit(**options) if fn is None else njit(**options)(fn)


@intrinsic
def _fma(typingctx, a, b, c):
    """a * b + c in float32 with one rounding (llvm.fma)."""
    sig = types.float32(types.float32, types.float32, types.float32)

    def codegen(context, builder, signature, args):
        f32 = ir.FloatType()
        fn = builder.module.declare_intrinsic("llvm.fma", [f32], ir.FunctionType(f32, [f32] * 3))
        return builder.call(fn, args)

    return sig, codegen


@_jit
def _block(x, lo, n):
    """numpy's pairwise-sum leaf over x[lo:lo+n] (n <= 128)."""
    if n < 8:
        res = F32(0.0)
        for k in range(n):
            res += x[lo + k]
        return res
    r0, r1, r2, r3 = x[lo], x[lo + 1], x[lo + 2], x[lo + 3]
    r4, r5, r6, r7 = x[lo + 4], x[lo + 5], x[lo + 6], x[lo + 7]
    k = 8
    while k < n - n % 8:
        at = lo + k
        r0, r1, r2, r3 = r0 + x[at], r1 + x[at + 1], r2 + x[at + 2], r3 + x[at + 3]
        r4, r5, r6, r7 = r4 + x[at + 4], r5 + x[at + 5], r6 + x[at + 6], r7 + x[at + 7]
        k += 8
    res = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
    while k < n:
        res += x[lo + k]
        k += 1
    return res


@_jit
def _half(n):
    return n // 2 - (n // 2) % 8  # numpy's split of a pairwise sum (multiple of 8)


@_jit
def _sum_256(x, lo, n):
    """numpy's pairwise sum of x[lo:lo+n] (n <= 256 splitting into halves <= 128)."""
    if n <= 128:
        return _block(x, lo, n)
    h = _half(n)
    return _block(x, lo, h) + _block(x, lo + h, n - h)


@_jit
def _sum(x, n):
    """numpy's pairwise sum of x[:n] (the sizes used: 16, 256, 400)."""
    if n <= 256:
        return _sum_256(x, 0, n)
    h = _half(n)
    return _sum_256(x, 0, h) + _sum_256(x, h, n - h)


@_jit
def _mean(total, n):
    """A float32 sum divided by an integer count as numpy does (in float64)."""
    return F32(np.float64(total) / n)


@_jit
def _normalise(x, n, tmp):
    """verify._normalise over x[:n] in place (centre, then divide by std + 1e-3)."""
    m1 = _mean(_sum(x, n), n)
    for k in range(n):
        x[k] = x[k] - m1
    m2 = _mean(_sum(x, n), n)
    for k in range(n):
        d = x[k] - m2
        tmp[k] = d * d
    scale = np.sqrt(_mean(_sum(tmp, n), n)) + F32(1e-3)
    for k in range(n):
        x[k] = x[k] / scale


@_jit
def _sort_small(x, lo, hi):
    """Sort x[lo:hi] in place: insertion sort after a Shell pass (buckets are small, or
    one repeated value, or rarely large)."""
    gap = (hi - lo) // 3
    while gap > 1:
        for k in range(lo + gap, hi):
            v = x[k]
            m = k - gap
            while m >= lo and x[m] > v:
                x[m + gap] = x[m]
                m -= gap
            x[m + gap] = v
        gap = gap // 3
    for k in range(lo + 1, hi):
        v = x[k]
        m = k - 1
        while m >= lo and x[m] > v:
            x[m + 1] = x[m]
            m -= 1
        x[m + 1] = v


@_jit
def _bucket_of(starts, rank):
    """The last bucket b with starts[b] <= rank (starts ascending, starts[0] = 0)."""
    lo, hi = 0, starts.shape[0] - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= rank:
            lo = mid
        else:
            hi = mid - 1
    return lo


@_jit
def _histogram(x, counts):
    """Bucket starts (counts[0]) of x's 256 values in unit buckets; counts[4] = buckets."""
    bucket = counts[4]
    for k in range(_CELLS):
        bucket[k] = min(np.int32(x[k]), _CELLS - 1)
    counts[:4] = 0
    for k in range(0, _CELLS, 4):
        for h in range(4):  # 4 interleaved histograms: no store-to-load chains
            counts[h, bucket[k + h] + 1] += 1
    starts = counts[0]
    for b in range(_CELLS + 1):
        starts[b] += counts[1, b] + counts[2, b] + counts[3, b]
    for b in range(_CELLS):
        starts[b + 1] += starts[b]


@_jit
def _order_stats(x, ranks, out, work, counts, integer):  # noqa: PLR0917
    """out[r] = the ranks[r]-th smallest of x (256 values in [0, 256), ranks ascending).

    A counting pass over unit buckets finds the buckets holding the wanted ranks; unless
    the values are integers (then the bucket is the value), only those buckets' values
    are gathered (at their sorted positions in ``work``) and sorted.  ``counts`` is
    (5, 257) int32 scratch.
    """
    _histogram(x, counts)
    starts, slot, bucket = counts[0], counts[1], counts[4]
    if integer:
        for r in range(ranks.shape[0]):
            out[r] = F32(_bucket_of(starts, ranks[r]))
        return
    slot[:] = -1
    for r in range(ranks.shape[0]):
        b = _bucket_of(starts, ranks[r])
        slot[b] = starts[b]  # next free position of the bucket's values in work
    for k in range(_CELLS):
        pos = slot[bucket[k]]
        if pos >= 0:
            work[pos] = x[k]
            slot[bucket[k]] = pos + 1
    done = -1
    for r in range(ranks.shape[0]):
        b = _bucket_of(starts, ranks[r])
        if b != done:
            _sort_small(work, starts[b], starts[b + 1])
            done = b
        out[r] = work[ranks[r]]


_RANKS = np.array([63, 64, 127, 128, 191, 192], np.int64)


@_jit
def _robust_normalise(x, out, tmp, counts, integer):
    """verify._robust_normalise of a 256-cell thumbnail x (float32, 0-255) into out."""
    q = tmp[_CELLS : _CELLS + 8]
    _order_stats(x, _RANKS, q, tmp, counts, integer)
    low = q[0] * F32(0.25) + q[1] * F32(0.75)
    mid = q[2] * F32(0.5) + q[3] * F32(0.5)
    high = q[4] * F32(0.75) + q[5] * F32(0.25)
    mean = _mean(_sum(x, _CELLS), _CELLS)
    for k in range(_CELLS):
        d = x[k] - mean
        tmp[k] = d * d
    std = np.sqrt(_mean(_sum(tmp, _CELLS), _CELLS))
    scale = max((high - low) / F32(1.349), F32(0.5) * std) + F32(1.0)
    for k in range(_CELLS):
        out[k] = (x[k] - mid) / scale


@_jit
def _loss(a, b, cap, tmp):
    """verify._loss of two normalised thumbnails."""
    for k in range(_CELLS):
        d = a[k] - b[k]
        tmp[k] = min(d * d, cap)
    return _mean(_sum(tmp, _CELLS), _CELLS) / F32(4.0)


@_jit
def _targets(norm, out, tmp):
    """Normalised row (out[0]) and column (out[1]) mean profiles of a normalised thumbnail."""
    for r in range(_SIDE):
        out[0, r] = _mean(_block(norm, r * _SIDE, _SIDE), _SIDE)
    for c in range(_SIDE):
        acc = F32(0.0)
        for r in range(_SIDE):
            acc += norm[r * _SIDE + c]
        out[1, c] = _mean(acc, _SIDE)
    _normalise(out[0], _SIDE, tmp)
    _normalise(out[1], _SIDE, tmp)


@_jit
def _window_profiles(profile, left, w0, w1, out, tmp):  # noqa: PLR0917
    """All 25 crop windows of a 16-cell profile, normalised together (verify._best_window)."""
    for w in range(_WINDOWS):
        for n in range(_SIDE):
            lo = left[w, n]
            out[w * _SIDE + n] = _fma(w1[w, n], profile[lo + 1], w0[w, n] * profile[lo])
    _normalise(out, _PROFILE, tmp)


@_jit(nogil=True)
def photo_data(thumbs, left, w0, w1, norm, targets, profiles):  # noqa: PLR0917
    """Per photo: robust-normalised thumbnail, profile targets and window profiles."""
    x = np.empty(_CELLS, F32)
    tmp = np.empty(_PROFILE, F32)
    counts = np.empty((5, _CELLS + 1), np.int32)
    rows = np.empty(_SIDE, F32)
    cols = np.empty(_SIDE, F32)
    for p in range(thumbs.shape[0]):
        for k in range(_CELLS):
            x[k] = F32(thumbs[p, k])
        _robust_normalise(x, norm[p], tmp, counts, True)
        _targets(norm[p], targets[p], tmp)
        for r in range(_SIDE):
            rows[r] = _mean(_block(x, r * _SIDE, _SIDE), _SIDE)
        for c in range(_SIDE):
            acc = F32(0.0)
            for r in range(_SIDE):
                acc += x[r * _SIDE + c]
            cols[c] = _mean(acc, _SIDE)
        _window_profiles(rows, left, w0, w1, profiles[p, 0], tmp)
        _window_profiles(cols, left, w0, w1, profiles[p, 1], tmp)


@_jit
def _best_window(profiles, target, r):
    """First window whose normalised profile is closest to the target (squared error).

    The squared error of a window is numpy's pairwise sum of 16: r[k] = sq[k] + sq[k + 8],
    then a fixed tree (``r`` is float32 scratch of >= 8).
    """
    best, best_w = F32(np.inf), 0
    for w in range(_WINDOWS):
        base = w * _SIDE
        for k in range(8):
            d0 = profiles[base + k] - target[k]
            d1 = profiles[base + k + 8] - target[k + 8]
            r[k] = d0 * d0 + d1 * d1
        s = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
        if s < best:
            best, best_w = s, w
    return best_w


@_jit
def _tap(a0, x0, a1, x1, fused):
    """Two-tap interpolation a0*x0 + a1*x1 rounded as the BLAS kernel rounds it."""
    if fused:
        return _fma(a1, x1, a0 * x0)
    return a0 * x0 + a1 * x1


@_jit
def _warp(src, wr, wc, left, w0, w1, mid, out):  # noqa: PLR0917
    """out = WINDOWS[wr] @ src @ WINDOWS[wc].T (16x16, src as uint8 cells)."""
    for r in range(_SIDE):
        fused = _FUSED_ROWS[0] <= r <= _FUSED_ROWS[1]
        lo, a0, a1 = left[wr, r], w0[wr, r], w1[wr, r]
        for c in range(_SIDE):
            x0, x1 = F32(src[lo * _SIDE + c]), F32(src[(lo + 1) * _SIDE + c])
            mid[r * _SIDE + c] = _tap(a0, x0, a1, x1, fused)
    for r in range(_SIDE):
        fused = _FUSED_ROWS[0] <= r <= _FUSED_ROWS[1]
        for c in range(_SIDE):
            lo = r * _SIDE + left[wc, c]
            out[r * _SIDE + c] = _tap(w0[wc, c], mid[lo], w1[wc, c], mid[lo + 1], fused)


@_jit
def _cropped_loss(src, profiles, dst_norm, dst_targets, taps, cap, buf, counts):  # noqa: PLR0917
    """Loss of dst against the best-aligned crop of src (verify._cropped_loss).

    ``buf`` is (3, 512) float32 scratch, ``counts`` (5, 257) int32 scratch.
    """
    left, w0, w1 = taps
    wr = _best_window(profiles[0], dst_targets[0], buf[0])
    wc = _best_window(profiles[1], dst_targets[1], buf[0])
    _warp(src, wr, wc, left, w0, w1, buf[0], buf[1])
    _robust_normalise(buf[1], buf[2], buf[0], counts, False)
    return _loss(buf[2], dst_norm, cap, buf[0])


@_jit(nogil=True)
def pair_losses(thumbs, norm, targets, profiles, a, b, taps, limits, out):  # noqa: PLR0917
    """verify.thumb_distance of photo pairs (a[q], b[q]) into out[q].

    ``taps`` = (left, w0, w1) of the windows; ``limits`` = (easy, hopeless, cell cap).
    """
    easy, hopeless, cap = limits[0], limits[1], limits[2]
    buf = np.empty((3, 2 * _CELLS), F32)
    counts = np.empty((5, _CELLS + 1), np.int32)
    for q in range(a.shape[0]):
        i, j = a[q], b[q]
        best = _loss(norm[i], norm[j], cap, buf[0])
        if easy < best <= hopeless:
            ca = _cropped_loss(thumbs[i], profiles[i], norm[j], targets[j], taps, cap, buf, counts)
            cb = _cropped_loss(thumbs[j], profiles[j], norm[i], targets[i], taps, cap, buf, counts)
            best = min(best, ca, cb)
        out[q] = best


@_jit
def chunk_starts(a, b, n, max_photos):
    """Pair offsets cutting the pairs into runs that each touch <= max_photos photos."""
    seen = np.zeros(n, np.int64)  # chunk number (from 1) that last touched each photo
    starts = [0]
    count = 0
    for q in range(a.shape[0]):
        new = int(seen[a[q]] != len(starts)) + int(seen[b[q]] != len(starts))
        if count + new > max_photos:
            starts.append(q)
            count, new = 0, 2
        seen[a[q]] = len(starts)
        seen[b[q]] = len(starts)
        count += new
    starts.append(a.shape[0])
    return np.array(starts, dtype=np.int64)


def _ranges(n: int, parts: int) -> list[slice]:
    bounds = np.linspace(0, n, max(1, min(n, parts)) + 1).astype(int)
    return [slice(lo, hi) for lo, hi in itertools.pairwise(bounds) if hi > lo]


def _run_chunk(pool: ThreadPoolExecutor, parts: int, flat, pairs, taps, limits, out) -> None:  # noqa: PLR0917
    """Precompute the chunk's photos, then compare its pairs, both spread over threads."""
    a, b = pairs
    photos, inverse = np.unique(np.concatenate([a, b]), return_inverse=True)
    la, lb = inverse[: len(a)], inverse[len(a) :]
    local = np.ascontiguousarray(flat[photos])
    m = len(photos)
    norm = np.empty((m, _CELLS), F32)
    targets = np.empty((m, 2, _SIDE), F32)
    profiles = np.empty((m, 2, _PROFILE), F32)
    for job in [
        pool.submit(photo_data, local[r], *taps, norm[r], targets[r], profiles[r])  # type: ignore[call-arg]
        for r in _ranges(m, parts)
    ]:
        job.result()
    for job in [
        pool.submit(pair_losses, local, norm, targets, profiles, la[r], lb[r], taps, limits, out[r])
        for r in _ranges(len(la), parts)
    ]:
        job.result()


def thumb_distances(thumbs, i: I64, j: I64, taps, limits) -> F32s:
    """``verify.thumb_distance(thumbs[i], thumbs[j])`` (float32, bit for bit), compiled.

    ``taps`` = (left, w0, w1) of the crop windows, ``limits`` = float32 (easy, hopeless,
    cell loss cap).  Pairs are cut into chunks touching at most ``_MAX_PHOTOS`` photos, so
    the per-photo data stays bounded (~150 MB).
    """
    flat = thumbs.reshape(len(thumbs), _CELLS)
    out = np.empty(len(i), F32)
    starts = chunk_starts(i, j, len(thumbs), _MAX_PHOTOS)
    threads = max(1, os.cpu_count() or 1)
    with ThreadPoolExecutor(threads) as pool:
        for lo, hi in itertools.pairwise(starts):
            pairs = (i[lo:hi], j[lo:hi])
            _run_chunk(pool, threads * _TASKS_PER_THREAD, flat, pairs, taps, limits, out[lo:hi])
    return out
