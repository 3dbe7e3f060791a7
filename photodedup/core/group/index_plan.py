"""Cost model choosing how :class:`photodedup.core.group.index.HammingIndex` searches.

A plan splits the (bit-regrouped) 64-bit key into chunks, each searched up to its own
radius; the general pigeonhole principle makes the search exact when the chunk radii add
up to at least ``radius - chunks + 1``.  The cost of a chunk is estimated from the keys:
per-bit agreement rates give the chance that two keys fall within the chunk radius
(Poisson-binomial, corrected for correlation by the measured exact-match rate), and a
sample gives the number of occupied buckets.  The cheapest of all chunk counts, or a
plain all-pairs scan, wins.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

U64 = npt.NDArray[np.uint64]
F64 = npt.NDArray[np.float64]

BITS = 64
_MAX_CHUNK_BITS = 22  # dense bucket tables of 2**22 offsets at most (32 MB)
_MAX_CHUNKS = 8
_MAX_FLIPS = 200_000  # never enumerate larger Hamming balls per chunk
_SAMPLE = 200_000  # keys used to estimate bit statistics
_MIN_KEYS_FOR_CHUNKS = 2_000
# Seconds per operation on one x86-64 core (measured with bench/speed.py --only group).
_COST_PAIR_BRUTE = 0.8e-9  # one comparison in the all-pairs scan
_COST_PAIR_JOIN = 1.2e-9  # one comparison inside a bucket join
_COST_BUCKET_VISIT = 20e-9  # entering a pair of non-empty buckets
_COST_PROBE_SMALL = 2e-9  # looking up a bucket in a table that fits the cache
_COST_PROBE_LARGE = 8e-9  # ... in a table larger than the cache
_CACHED_TABLE_BITS = 17
_COST_SORT_PER_KEY = 1e-7


@dataclass(frozen=True, slots=True)
class Plan:
    """How pairs are searched: chunk widths and per-chunk radii (no chunks = all pairs)."""

    widths: tuple[int, ...]
    radii: tuple[int, ...]
    cost: float  # estimated seconds on one core
    bit_order: tuple[int, ...]  # source bit of each position of the regrouped key

    @property
    def brute_force(self) -> bool:
        """True when every pair is compared directly."""
        return not self.widths

    def shifts(self) -> tuple[int, ...]:
        """Bit offset of each chunk in the regrouped key."""
        return tuple(itertools.accumulate((0, *self.widths[:-1])))


def brute_force_plan(n: int) -> Plan:
    """Compare all pairs."""
    return Plan((), (), n * (n - 1) / 2 * _COST_PAIR_BRUTE, tuple(range(BITS)))


def chunk_values(keys: U64, shift: int, width: int) -> npt.NDArray[np.unsignedinteger[Any]]:
    """The ``width``-bit field at ``shift`` of every key, in the narrowest unsigned type
    that holds it (uint16 up to 16 bits: numpy sorts those by radix, in linear time)."""
    values = keys >> np.uint64(shift)
    values &= np.uint64((1 << width) - 1)
    return values.astype(np.uint16 if width <= 16 else np.uint32)


def permute_bits(keys: U64, bit_order: tuple[int, ...]) -> U64:
    """Keys whose bit ``k`` is bit ``bit_order[k]`` of the input (bit 0 = least significant)."""
    if bit_order == tuple(range(BITS)):
        return keys
    out = np.zeros_like(keys)
    bit = np.empty_like(keys)
    for target, source in enumerate(bit_order):
        np.right_shift(keys, np.uint64(source), out=bit)
        np.bitwise_and(bit, np.uint64(1), out=bit)
        np.left_shift(bit, np.uint64(target), out=bit)
        np.bitwise_or(out, bit, out=out)
    return out


def choose_plan(keys: U64, radius: int) -> Plan:
    """Cheapest exact plan for ``keys`` at ``radius`` (estimated on a sample)."""
    n = len(keys)
    best = brute_force_plan(n)
    if n < _MIN_KEYS_FOR_CHUNKS:
        return best
    sample = keys[:: max(1, n // _SAMPLE)]
    agree = _bit_agreement(sample)
    for chunks in range(math.ceil(BITS / _MAX_CHUNK_BITS), _MAX_CHUNKS + 1):
        plan = chunked_plan(sample, agree, n, radius, chunks)
        if plan.cost < best.cost:
            best = plan
    return best


def chunked_plan(sample: U64, agree: F64, n: int, radius: int, chunks: int) -> Plan:
    """Best per-chunk radii for ``chunks`` chunks: greedily raise the cheapest chunk."""
    widths = _widths(chunks)
    order = _balanced_bit_order(agree, widths)
    regrouped = permute_bits(sample, order)
    stats = [
        _chunk_stats(regrouped, agree[list(order[shift : shift + width])], shift, n)
        for shift, width in zip(itertools.accumulate((0, *widths[:-1])), widths, strict=True)
    ]
    radii = [0] * chunks
    for _ in range(max(0, radius - chunks + 1)):
        extra = [s.cost(r + 1) - s.cost(r) for s, r in zip(stats, radii, strict=True)]
        radii[int(np.argmin(extra))] += 1
    cost = sum(s.cost(r) for s, r in zip(stats, radii, strict=True))
    return Plan(widths, tuple(radii), cost, order)


def _bit_agreement(sample: U64) -> F64:
    """Per bit, the chance that two random keys agree on it (0.5 for a fair bit)."""
    bits = (sample[:, None] >> np.arange(BITS, dtype=np.uint64)) & np.uint64(1)
    p = bits.mean(axis=0)
    return p * p + (1 - p) * (1 - p)


def _widths(chunks: int) -> tuple[int, ...]:
    base, extra = divmod(BITS, chunks)
    return tuple(base + 1 if c < extra else base for c in range(chunks))


def _balanced_bit_order(agree: F64, widths: tuple[int, ...]) -> tuple[int, ...]:
    """Deal bits, most informative first, to the chunks in snake order (chunk 0 first)."""
    chunks: list[list[int]] = [[] for _ in widths]
    turn = itertools.cycle([*range(len(widths)), *reversed(range(len(widths)))])
    for bit in np.argsort(agree, kind="stable"):
        c = next(turn)
        while len(chunks[c]) == widths[c]:
            c = next(turn)
        chunks[c].append(int(bit))
    return tuple(itertools.chain.from_iterable(chunks))


def _differ_cdf(agree: F64) -> F64:
    """P(two random keys differ in <= k of these bits), k = 0..len, bits independent."""
    dist = np.zeros(len(agree) + 1)
    dist[0] = 1.0
    for q in agree:
        dist[1:] = dist[1:] * q + dist[:-1] * (1 - q)
        dist[0] *= q
    return np.cumsum(dist)


def _ball_size(width: int, radius: int) -> int:
    return sum(math.comb(width, k) for k in range(min(width, radius) + 1))


@dataclass(frozen=True, slots=True)
class _ChunkStats:
    width: int
    keys: int
    occupied: float  # non-empty buckets
    within: F64  # within[t]: pairs of keys at chunk distance <= t

    def cost(self, radius: int) -> float:
        """Seconds to join this chunk's buckets up to ``radius``."""
        flips = _ball_size(self.width, radius)
        if flips > _MAX_FLIPS:
            return math.inf
        pairs = self.within[min(radius, self.width)]
        probes = flips * self.occupied / 2  # each unordered pair of bucket values once
        visits = probes * self.occupied / (1 << self.width)  # both buckets non-empty
        probe = _COST_PROBE_SMALL if self.width <= _CACHED_TABLE_BITS else _COST_PROBE_LARGE
        return (
            probes * probe
            + visits * _COST_BUCKET_VISIT
            + pairs * _COST_PAIR_JOIN
            + self.keys * _COST_SORT_PER_KEY
        )


def _chunk_stats(regrouped: U64, agree: F64, shift: int, n: int) -> _ChunkStats:
    """Statistics of one chunk, scaled from the sample ``regrouped`` up to ``n`` keys."""
    width = len(agree)
    counts = np.bincount(chunk_values(regrouped, shift, width), minlength=1 << width)
    m = len(regrouped)
    measured_same = (float(counts @ counts.astype(np.float64)) - m) / (m * (m - 1) or 1)
    cdf = _differ_cdf(agree)
    correlation = max(1.0, measured_same / cdf[0]) if cdf[0] > 0 else 1.0
    within = np.minimum(cdf * correlation, 1.0) * n * (n - 1) / 2
    occupied = min(float(1 << width), max(1.0, np.count_nonzero(counts) * n / m))
    return _ChunkStats(width, n, occupied, within)
