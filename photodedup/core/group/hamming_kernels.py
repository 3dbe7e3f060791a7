"""Inner loops of :mod:`photodedup.core.group.index`: compiled (C, ``_kernels.c``) or numpy.

Both kernels return their pairs as three int64 arrays ``(i, j, d)`` with ``i < j``; the
C and the numpy implementation return the same pairs (in another order: the index sorts
them).  The C loops release the GIL, so the index runs several of them at once in
threads; :mod:`photodedup.core.group.native` says which implementation is in use.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import numpy.typing as npt

from photodedup.core.group import native

U64 = npt.NDArray[np.uint64]
I64 = npt.NDArray[np.int64]
Pairs = tuple[I64, I64, I64]

_BATCH = 1 << 21  # candidate pairs compared at once by the numpy fallback (~100 MB)


def brute_pairs(keys: U64, radius: int | np.integer, rows: I64) -> Pairs:
    """Pairs (i, j > i) within ``radius`` for every i in ``rows``, by direct comparison."""
    keys, rows = _u64(keys), _i64(rows)
    if native.kernels is None:
        return brute_pairs_numpy(keys, int(radius), rows)
    return _unpack(native.kernels.brute_pairs(keys, int(radius), rows))


def join_buckets(  # noqa: PLR0917 (the kernel's positional arrays)
    sorted_keys: U64,
    sorted_ids: I64,
    starts: I64,
    buckets: I64,
    flips: I64,
    radius: int | np.integer,
    prev_shifts: U64,
    prev_masks: U64,
    prev_radii: I64,
) -> Pairs:
    """Pairs within ``radius`` whose chunk values differ by one of ``flips``.

    ``sorted_keys``/``sorted_ids`` are the keys ordered by chunk value, ``starts`` the
    dense bucket offsets (chunk value -> first position), ``buckets`` the non-empty chunk
    values to join.  Each bucket ``v`` is joined with itself (when ``0`` is in ``flips``)
    and with the buckets ``v ^ f > v``; pairs that an earlier table (shift, mask, chunk
    radius) reports are skipped.
    """
    arrays = (
        _u64(sorted_keys), _i64(sorted_ids), _i64(starts), _i64(buckets), _i64(flips),
    )  # fmt: skip
    earlier = (_u64(prev_shifts), _u64(prev_masks), _i64(prev_radii))
    if native.kernels is None:
        return join_buckets_numpy(*arrays, int(radius), *earlier)
    return _unpack(native.kernels.join_buckets(*arrays, int(radius), *earlier))


def _u64(a: npt.ArrayLike) -> U64:
    return np.ascontiguousarray(a, dtype=np.uint64)


def _i64(a: npt.ArrayLike) -> I64:
    return np.ascontiguousarray(a, dtype=np.int64)


def _unpack(buf: bytearray) -> Pairs:
    """The extension's pair list (all i, then all j, then all d) as three arrays."""
    parts = np.frombuffer(buf, dtype=np.int64).reshape(3, -1)
    return parts[0], parts[1], parts[2]


# --- numpy fallback ----------------------------------------------------------------------


def brute_pairs_numpy(keys: U64, radius: int, rows: I64) -> Pairs:
    """:func:`brute_pairs` in numpy: blocks of rows against all keys."""
    found: list[Pairs] = []
    step = max(1, _BATCH // max(1, len(keys)))
    for lo in range(0, len(rows), step):
        block = rows[lo : lo + step]
        dist = np.bitwise_count(keys[block, None] ^ keys[None, :])
        r, j = np.nonzero((dist <= radius) & (np.arange(len(keys)) > block[:, None]))
        found.append((block[r], j.astype(np.int64), dist[r, j].astype(np.int64)))
    return _concat(found)


def join_buckets_numpy(  # noqa: PLR0917 (same arguments as join_buckets)
    sorted_keys: U64,
    sorted_ids: I64,
    starts: I64,
    buckets: I64,
    flips: I64,
    radius: int,
    prev_shifts: U64,
    prev_masks: U64,
    prev_radii: I64,
) -> Pairs:
    """:func:`join_buckets` in numpy: the candidate pairs of every bucket pair, in batches."""
    counts = np.diff(starts)
    found: list[Pairs] = []
    earlier = (prev_shifts, prev_masks, prev_radii)
    members = _ranges(starts[buckets], counts[buckets])  # positions, bucket by bucket
    bucket_of = np.repeat(buckets, counts[buckets])
    for f in flips.tolist():
        if f == 0:  # a bucket with itself: each member with the later ones
            rows, first, sizes = members, members + 1, starts[bucket_of + 1] - members - 1
        else:
            other = bucket_of ^ f
            keep = (other > bucket_of) & (other < len(counts))
            rows, other = members[keep], other[keep]
            first, sizes = starts[other], counts[other]
        for a, b in _pairs_of_rows(rows, first, sizes):
            found.append(_close(sorted_keys, sorted_ids, (a, b), radius, earlier))
    return _concat(found)


def _ranges(first: I64, sizes: I64) -> I64:
    """The ranges ``first[k] .. first[k] + sizes[k]`` one after the other."""
    offsets = np.cumsum(sizes) - sizes
    return np.arange(int(sizes.sum()), dtype=np.int64) + np.repeat(first - offsets, sizes)


def _pairs_of_rows(rows: I64, first: I64, sizes: I64) -> Iterator[tuple[I64, I64]]:
    """Positions (a, b): each row ``a`` with ``first .. first + size``, in batches."""
    ends = np.cumsum(sizes)
    start = 0
    while start < len(rows):
        done = int(ends[start - 1]) if start else 0
        stop = max(start + 1, int(np.searchsorted(ends, done + _BATCH, side="right")))
        yield (
            np.repeat(rows[start:stop], sizes[start:stop]),
            _ranges(first[start:stop], sizes[start:stop]),
        )
        start = stop


def _close(
    keys: U64, ids: I64, positions: tuple[I64, I64], radius: int, earlier: tuple[U64, U64, I64]
) -> Pairs:
    """The pairs (ids[a], ids[b]) within ``radius`` that no earlier table reports."""
    a, b = positions
    diff = keys[a] ^ keys[b]
    dist = np.bitwise_count(diff).astype(np.int64)
    keep = dist <= radius
    for shift, mask, chunk_radius in zip(*earlier, strict=True):
        keep &= np.bitwise_count((diff >> shift) & mask) > chunk_radius
    ia, ib = ids[a[keep]], ids[b[keep]]
    return np.minimum(ia, ib), np.maximum(ia, ib), dist[keep]


def _concat(parts: list[Pairs]) -> Pairs:
    if not parts:
        empty = np.empty(0, dtype=np.int64)
        return empty, empty.copy(), empty.copy()
    return tuple(np.concatenate([p[k] for p in parts]) for k in range(3))  # type: ignore[return-value]
