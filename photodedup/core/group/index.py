"""Exact neighbour search over 64-bit hashes by Hamming distance.

Contract:

* ``HammingIndex(keys)`` with ``keys`` a 1-D ``numpy.uint64`` array.
* ``index.pairs_within(radius) -> (i, j, d)``: three equal-length int64 arrays, ``i < j``,
  every pair at distance ``d <= radius``, exactly (no false negatives, no duplicates),
  sorted by ``(i, j)``.
* ``index.query(key, radius) -> list[tuple[int, int]]``: ``(position, distance)``,
  nearest first.

Method (``pairs_within``): multi-index hashing (Norouzi et al., "Fast search in Hamming
space with multi-index hashing") with the general pigeonhole principle (Qin et al.): the
64 bits are split into ``m`` chunks and, if two keys differ in at most ``r`` bits, then
in some chunk ``c`` they differ in at most ``t_c`` bits whenever ``sum(t_c) >= r - m + 1``.
For each chunk the keys are bucketed by chunk value (one sort), and every bucket is
joined with the buckets whose value differs by at most ``t_c`` bits, comparing full keys
in compiled code.  A pair is reported only by the first chunk that finds it, so there
are no duplicates.  A cost model (bucket statistics of the actual keys) picks ``m`` and
the ``t_c``, or a plain compiled all-pairs scan when that is cheaper (small sets, very
large radii).  Bits are first regrouped so every chunk carries a similar share of the
keys' entropy: real perceptual hashes have biased bits that would crowd some buckets.

Time is roughly linear in the number of keys for the default radius (1M keys at radius
10 in seconds).  Memory: one chunk's bucket table at a time (~16 bytes a key), and the
pairs as one int64 code ``i * n + j`` each while they are collected and sorted (in
place), the output's three arrays made from the sorted codes (distances recounted
from the keys): the peak is about the output's own 24 bytes a pair, where sorting the
three arrays took ~80 (24.4M pairs of 2M keys: 578 MB instead of 2,038).  The work is
spread over threads (the kernels release the GIL).
"""

from __future__ import annotations

import functools
import itertools
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import numpy.typing as npt

from photodedup.core.group.index_plan import Plan, choose_plan, chunk_values, permute_bits

U64 = npt.NDArray[np.uint64]
I64 = npt.NDArray[np.int64]
Pairs = tuple[I64, I64, I64]

_TASKS_PER_THREAD = 4
_NUMPY_MAX_KEYS = 3_000  # up to this many keys: an all-pairs numpy scan (no plan)
_NUMPY_BLOCK = 1_024
_DISTANCE_BLOCK = 1 << 20  # pairs whose distances are recounted at once


def popcount64(values: U64) -> npt.NDArray[np.uint8]:
    """Bit count of each uint64."""
    return np.bitwise_count(values)


class HammingIndex:
    """Search a fixed set of 64-bit keys by Hamming radius."""

    def __init__(self, keys: U64, threads: int = 0) -> None:
        self.keys = np.ascontiguousarray(keys, dtype=np.uint64)
        self.threads = threads if threads > 0 else max(1, os.cpu_count() or 1)

    def __len__(self) -> int:
        return int(self.keys.shape[0])

    def query(self, key: int, radius: int) -> list[tuple[int, int]]:
        """Positions of keys within ``radius`` of ``key``, nearest first."""
        dist = popcount64(self.keys ^ np.uint64(key))
        hits = np.flatnonzero(dist <= radius)
        order = np.argsort(dist[hits], kind="stable")
        return [(int(hits[o]), int(dist[hits[o]])) for o in order]

    def plan(self, radius: int) -> Plan:
        """The cheapest search plan for ``radius`` on these keys."""
        return choose_plan(self.keys, max(0, int(radius)))

    def pairs_within(self, radius: int, plan: Plan | None = None) -> Pairs:
        """All pairs (i < j) whose keys differ in at most ``radius`` bits.

        ``plan`` forces a search plan (tests, benchmarks); by default the cheapest.
        """
        radius = int(radius)
        if len(self) < 2 or radius < 0:
            return _empty_pairs()
        if plan is None and len(self) <= _NUMPY_MAX_KEYS:
            return _pairs_of_codes(_numpy_codes(self.keys, radius), self.keys)
        plan = plan or self.plan(radius)
        codes: list[I64] = []
        if plan.brute_force:
            codes += self._run(_brute_tasks(self.keys, radius, self.threads))
        else:
            keys = permute_bits(self.keys, plan.bit_order)
            for tasks in _chunk_tasks(keys, radius, plan, self.threads):  # a table at a time
                codes += self._run(tasks)
                del tasks  # its table goes before the next one is made
            del keys
        return _pairs_of_codes(codes, self.keys)

    def _run(self, tasks: Sequence[Callable[[], Pairs]]) -> list[I64]:
        """Run the tasks; each one's pairs as codes (8 bytes a pair instead of 24)."""
        n = len(self)

        def coded(task: Callable[[], Pairs]) -> I64:
            i, j, _ = task()
            i *= n
            i += j
            return i

        if self.threads == 1 or len(tasks) == 1:
            return [coded(task) for task in tasks]
        with ThreadPoolExecutor(self.threads) as pool:
            return list(pool.map(coded, tasks))


def _empty_pairs() -> Pairs:
    empty = np.empty(0, dtype=np.int64)
    return empty, empty.copy(), empty.copy()


def _numpy_codes(keys: U64, radius: int) -> list[I64]:
    """All pairs of a small set (as codes) by a blocked numpy scan (no compiled kernels
    to load)."""
    n = len(keys)
    codes: list[I64] = []
    for start in range(0, n, _NUMPY_BLOCK):
        dist = popcount64(keys[start : start + _NUMPY_BLOCK, None] ^ keys[None, :])
        bi, bj = np.nonzero(dist <= radius)
        keep = bj > bi + start
        codes.append((bi[keep] + start).astype(np.int64) * n + bj[keep])
    return codes


def _pairs_of_codes(codes: list[I64], keys: U64) -> Pairs:
    """(i, j, d) sorted by (i, j) from pair codes ``i * n + j``; ``codes`` is emptied
    (each part freed once joined)."""
    if not codes:
        return _empty_pairs()
    n = len(keys)
    joined = codes.pop() if len(codes) == 1 else np.concatenate(codes)
    codes.clear()
    joined.sort()  # in place: no order array, no second copy of the pairs
    i = joined // n
    joined -= i * n  # now j
    d = np.empty(len(i), dtype=np.int64)
    for start in range(0, len(i), _DISTANCE_BLOCK):
        block = slice(start, start + _DISTANCE_BLOCK)
        d[block] = popcount64(keys[i[block]] ^ keys[joined[block]])
    return i, joined, d


# --- work split into GIL-free tasks ------------------------------------------------------


def _flip_masks(width: int, radius: int) -> npt.NDArray[np.int64]:
    """Every ``width``-bit value with at most ``radius`` bits set, fewest bits first."""
    masks = [
        sum(1 << b for b in combo)
        for k in range(min(width, radius) + 1)
        for combo in itertools.combinations(range(width), k)
    ]
    return np.array(masks, dtype=np.int64)


def _brute_tasks(keys: U64, radius: int, threads: int) -> list[Callable[[], Pairs]]:
    """All-pairs scan; rows dealt round-robin so every task gets a fair share of work."""
    from photodedup.core.group import hamming_kernels as kernels  # imported on first use

    tasks = max(1, min(len(keys), threads * _TASKS_PER_THREAD))
    rows = np.arange(len(keys), dtype=np.int64)
    return [
        functools.partial(kernels.brute_pairs, keys, np.int64(radius), rows[t::tasks])
        for t in range(tasks)
    ]


def _chunk_tasks(
    keys: U64, radius: int, plan: Plan, threads: int
) -> Iterator[list[Callable[[], Pairs]]]:
    """Per chunk, one task per share of its buckets.  A chunk is bucketed when the
    previous one's tasks are done (one table of ~16 bytes a key alive at a time)."""
    from photodedup.core.group import hamming_kernels as kernels  # imported on first use

    shifts = np.array(plan.shifts(), dtype=np.uint64)
    masks = np.array([(1 << w) - 1 for w in plan.widths], dtype=np.uint64)
    radii = np.array(plan.radii, dtype=np.int64)
    for c, (shift, width) in enumerate(zip(plan.shifts(), plan.widths, strict=True)):
        values = chunk_values(keys, shift, width)  # 16 bits or fewer: sorted by radix
        order = np.argsort(values, kind="stable").astype(np.int64, copy=False)
        counts = np.bincount(values, minlength=1 << width)
        del values
        starts = np.zeros((1 << width) + 1, dtype=np.int64)
        np.cumsum(counts, out=starts[1:])
        table = (keys[order], order, starts)
        del order
        buckets = np.flatnonzero(counts).astype(np.int64)
        flips = _flip_masks(width, plan.radii[c])
        shares = max(1, min(len(buckets), threads * _TASKS_PER_THREAD))
        yield [
            functools.partial(
                kernels.join_buckets,
                *table,
                part,
                flips,
                np.int64(radius),
                shifts[:c],
                masks[:c],
                radii[:c],
            )
            for part in np.array_split(buckets, shares)
        ]
        del table
