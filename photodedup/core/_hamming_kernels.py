"""Compiled (numba) inner loops for :mod:`photodedup.core.index`.

Every kernel releases the GIL (``nogil``) so the index can run several of them at once in
threads, and returns its pairs as three int64 arrays ``(i, j, d)`` with ``i < j``.
"""

from __future__ import annotations

import numpy as np
from numba import njit, types
from numba.extending import intrinsic

_START_CAPACITY = 1024
_SCAN_BLOCK = 256


@intrinsic
def _ctpop(typingctx, value):
    """The CPU popcount instruction (llvm.ctpop) on a uint64."""
    sig = types.uint64(types.uint64)

    def codegen(context, builder, signature, args):
        return builder.ctpop(args[0])

    return sig, codegen


@njit(inline="always", cache=True)
def popcount(value):
    """Set bits in a uint64, as an int64 (so comparisons with int radii stay integer)."""
    return np.int64(_ctpop(value))


@njit(cache=True)
def _grow(buf, size):
    """A copy of ``buf`` with twice the room, first ``size`` entries kept."""
    out = np.empty((3, buf.shape[1] * 2), dtype=np.int64)
    out[:, :size] = buf[:, :size]
    return out


@njit(inline="always", cache=True)
def _emit(buf, size, a, b, d):
    """Append pair (min, max, d); return the (maybe regrown) buffer."""
    if size == buf.shape[1]:
        buf = _grow(buf, size)
    if a < b:
        buf[0, size] = a
        buf[1, size] = b
    else:
        buf[0, size] = b
        buf[1, size] = a
    buf[2, size] = d
    return buf


@njit(inline="always", cache=True)
def _any_within(x, keys, lo, hi, radius):
    """Whether any of ``keys[lo:hi]`` is within ``radius`` of ``x`` (a vectorisable scan)."""
    hits = 0
    for j in range(lo, hi):
        hits += popcount(x ^ keys[j]) <= radius
    return hits > 0


@njit(nogil=True, cache=True)
def brute_pairs(keys, radius, rows):
    """Pairs (i, j > i) within ``radius`` for every i in ``rows``, by direct comparison."""
    buf = np.empty((3, _START_CAPACITY), dtype=np.int64)
    size = 0
    n = keys.shape[0]
    for i in rows:
        x = keys[i]
        for lo in range(i + 1, n, _SCAN_BLOCK):
            hi = min(lo + _SCAN_BLOCK, n)
            if not _any_within(x, keys, lo, hi, radius):
                continue
            for j in range(lo, hi):
                d = popcount(x ^ keys[j])
                if d <= radius:
                    buf = _emit(buf, size, i, j, d)
                    size += 1
    return buf[0, :size].copy(), buf[1, :size].copy(), buf[2, :size].copy()


@njit(inline="always", cache=True)
def _seen_earlier(diff, prev_shifts, prev_masks, prev_radii):
    """True if an earlier table already reported a pair whose keys differ by ``diff``."""
    for t in range(prev_shifts.shape[0]):
        if popcount((diff >> prev_shifts[t]) & prev_masks[t]) <= prev_radii[t]:
            return True
    return False


@njit(nogil=True, cache=True)
def join_buckets(  # noqa: PLR0917 (numba kernels take positional arrays)
    sorted_keys,
    sorted_ids,
    starts,
    buckets,
    flips,
    radius,
    prev_shifts,
    prev_masks,
    prev_radii,
):
    """Pairs within ``radius`` whose chunk values differ by one of ``flips``.

    ``sorted_keys``/``sorted_ids`` are the keys ordered by chunk value, ``starts`` the
    dense bucket offsets (chunk value -> first position), ``buckets`` the non-empty chunk
    values.  Bucket ``v`` is joined with bucket ``v ^ f`` once (``v < v ^ f``, or inside
    ``v`` itself when ``f == 0``); pairs an earlier table reports are skipped.
    """
    buf = np.empty((3, _START_CAPACITY), dtype=np.int64)
    size = 0
    for f in flips:
        for v in buckets:
            w = v ^ f
            if w < v:
                continue
            a0, a1 = starts[v], starts[v + 1]
            b0, b1 = starts[w], starts[w + 1]
            if b0 == b1:
                continue
            for a in range(a0, a1):
                x = sorted_keys[a]
                lo = a + 1 if f == 0 else b0
                for b in range(lo, b1):
                    diff = x ^ sorted_keys[b]
                    d = popcount(diff)
                    if d > radius or _seen_earlier(diff, prev_shifts, prev_masks, prev_radii):
                        continue
                    buf = _emit(buf, size, sorted_ids[a], sorted_ids[b], d)
                    size += 1
    return buf[0, :size].copy(), buf[1, :size].copy(), buf[2, :size].copy()
