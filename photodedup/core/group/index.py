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
10 in seconds), memory is linear (a few arrays of ``len(keys)`` per chunk plus the
output).  The work is spread over threads (the kernels release the GIL).
"""

from __future__ import annotations

import functools
import itertools
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import numpy.typing as npt

from photodedup.core.group.index_plan import Plan, choose_plan, chunk_values, permute_bits

U64 = npt.NDArray[np.uint64]
I64 = npt.NDArray[np.int64]
Pairs = tuple[I64, I64, I64]

_TASKS_PER_THREAD = 4
_NUMPY_MAX_KEYS = 3_000  # below this a numpy scan beats loading the compiled kernels
_NUMPY_BLOCK = 1_024


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
            return _numpy_pairs(self.keys, radius)
        plan = plan or self.plan(radius)
        if plan.brute_force:
            parts = self._run(_brute_tasks(self.keys, radius, self.threads))
        else:
            keys = permute_bits(self.keys, plan.bit_order)
            parts = self._run(_chunk_tasks(keys, radius, plan, self.threads))
        return _sorted_pairs(parts)

    def _run(self, tasks: Sequence[Callable[[], Pairs]]) -> list[Pairs]:
        if self.threads == 1 or len(tasks) == 1:
            return [task() for task in tasks]
        with ThreadPoolExecutor(self.threads) as pool:
            return list(pool.map(lambda task: task(), tasks))


def _empty_pairs() -> Pairs:
    empty = np.empty(0, dtype=np.int64)
    return empty, empty.copy(), empty.copy()


def _numpy_pairs(keys: U64, radius: int) -> Pairs:
    """All pairs of a small set by a blocked numpy scan (no compiled kernels to load)."""
    parts: list[Pairs] = []
    for start in range(0, len(keys), _NUMPY_BLOCK):
        dist = popcount64(keys[start : start + _NUMPY_BLOCK, None] ^ keys[None, :])
        bi, bj = np.nonzero(dist <= radius)
        keep = bj > bi + start
        bi, bj = bi[keep], bj[keep]
        i64 = np.int64
        parts.append(((bi + start).astype(i64), bj.astype(i64), dist[bi, bj].astype(i64)))
    return _sorted_pairs(parts)


def _sorted_pairs(parts: list[Pairs]) -> Pairs:
    if not parts:
        return _empty_pairs()
    i = np.concatenate([p[0] for p in parts])
    j = np.concatenate([p[1] for p in parts])
    d = np.concatenate([p[2] for p in parts])
    order = np.lexsort((j, i))
    return i[order], j[order], d[order]


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


def _chunk_tasks(keys: U64, radius: int, plan: Plan, threads: int) -> list[Callable[[], Pairs]]:
    """One task per (chunk, share of the buckets); chunks are bucketed one at a time."""
    from photodedup.core.group import hamming_kernels as kernels  # imported on first use

    shifts = np.array(plan.shifts(), dtype=np.uint64)
    masks = np.array([(1 << w) - 1 for w in plan.widths], dtype=np.uint64)
    radii = np.array(plan.radii, dtype=np.int64)
    tasks: list[Callable[[], Pairs]] = []
    for c, (shift, width) in enumerate(zip(plan.shifts(), plan.widths, strict=True)):
        values = chunk_values(keys, shift, width)
        if width <= 16:  # numpy sorts 16-bit values by radix, in linear time
            values = values.astype(np.uint16)
        order = np.argsort(values, kind="stable")
        counts = np.bincount(values, minlength=1 << width)
        starts = np.zeros((1 << width) + 1, dtype=np.int64)
        np.cumsum(counts, out=starts[1:])
        table = (keys[order], order.astype(np.int64), starts)
        buckets = np.flatnonzero(counts).astype(np.int64)
        flips = _flip_masks(width, plan.radii[c])
        shares = max(1, min(len(buckets), threads * _TASKS_PER_THREAD))
        for s in range(shares):
            part = np.array_split(buckets, shares)[s]
            tasks.append(
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
            )
    return tasks
