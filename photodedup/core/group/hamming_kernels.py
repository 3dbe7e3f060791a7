"""Compiled (numba) inner loops for :mod:`photodedup.core.group.index`.

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


@njit(inline="always", cache=True)
def _gather(sorted_keys, sorted_ids, starts, v, flips, keys_out, ids_out):  # noqa: PLR0917
    """Copy the keys of every bucket ``v ^ f > v`` (``f`` in ``flips``) side by side.

    Returns the (maybe regrown) output buffers and how many keys they now hold.
    """
    size = 0
    for f in flips:
        w = v ^ f
        if w <= v:
            continue
        b0, b1 = starts[w], starts[w + 1]
        if size + (b1 - b0) > keys_out.shape[0]:
            grown = max(2 * keys_out.shape[0], size + (b1 - b0))
            more_keys = np.empty(grown, dtype=keys_out.dtype)
            more_ids = np.empty(grown, dtype=ids_out.dtype)
            more_keys[:size] = keys_out[:size]
            more_ids[:size] = ids_out[:size]
            keys_out, ids_out = more_keys, more_ids
        for b in range(b0, b1):
            keys_out[size] = sorted_keys[b]
            ids_out[size] = sorted_ids[b]
            size += 1
    return keys_out, ids_out, size


@njit(inline="always", cache=True)
def _scan(buf, size, x, x_id, keys, ids, start, stop, radius, earlier):  # noqa: PLR0917
    """Emit ``(x_id, ids[b])`` for every ``keys[b]`` (``start <= b < stop``) within
    ``radius`` of ``x`` that no earlier table reported; blocks without a hit are skipped
    by one vectorised scan.  Returns the (maybe regrown) buffer and its new size."""
    for lo in range(start, stop, _SCAN_BLOCK):
        hi = min(lo + _SCAN_BLOCK, stop)
        if not _any_within(x, keys, lo, hi, radius):
            continue
        for b in range(lo, hi):
            diff = x ^ keys[b]
            d = popcount(diff)
            if d > radius or _seen_earlier(diff, earlier[0], earlier[1], earlier[2]):
                continue
            buf = _emit(buf, size, x_id, ids[b], d)
            size += 1
    return buf, size


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
    values to join.  Each bucket ``v`` is joined with itself (when ``0`` is in ``flips``)
    and with the buckets ``v ^ f > v``, whose keys are first gathered side by side so the
    comparisons run as one long vectorised scan per key; pairs an earlier table reports
    are skipped.
    """
    buf = np.empty((3, _START_CAPACITY), dtype=np.int64)
    size = 0
    earlier = (prev_shifts, prev_masks, prev_radii)
    near_keys = np.empty(_START_CAPACITY, dtype=sorted_keys.dtype)
    near_ids = np.empty(_START_CAPACITY, dtype=np.int64)
    self_join = False
    for f in flips:
        self_join = self_join or f == 0
    for v in buckets:
        a0, a1 = starts[v], starts[v + 1]
        near_keys, near_ids, count = _gather(
            sorted_keys, sorted_ids, starts, v, flips, near_keys, near_ids
        )
        for a in range(a0, a1):
            x, x_id = sorted_keys[a], sorted_ids[a]
            if self_join:
                buf, size = _scan(
                    buf, size, x, x_id, sorted_keys, sorted_ids, a + 1, a1, radius, earlier
                )
            buf, size = _scan(buf, size, x, x_id, near_keys, near_ids, 0, count, radius, earlier)
    return buf[0, :size].copy(), buf[1, :size].copy(), buf[2, :size].copy()
