"""HammingIndex is exact: the same pairs as a brute-force scan, whatever plan it uses."""

from __future__ import annotations

import functools

import numpy as np
import numpy.typing as npt
import pytest

from photodedup.core.config import DEFAULT_THRESHOLD, MAX_THRESHOLD
from photodedup.core.group import index_plan as plans
from photodedup.core.group.index import HammingIndex

U64 = npt.NDArray[np.uint64]
Rows = npt.NDArray[np.int64]


def _keys(n: int, seed: int, skewed: bool) -> U64:
    """Random keys (each bit biased when ``skewed``) with 10 % near-copies (0..8 flips)."""
    rng = np.random.default_rng(seed)
    if skewed:
        bits = rng.random((n, 64)) < rng.uniform(0.2, 0.8, size=64)
        keys = (bits.astype(np.uint64) << np.arange(64, dtype=np.uint64)).sum(axis=1)
        keys = keys.astype(np.uint64)
    else:
        keys = rng.integers(0, 2**64 - 1, size=n, dtype=np.uint64, endpoint=True)
    copies = rng.integers(0, n, size=n // 10)
    for pos, src in zip(rng.integers(0, n, size=n // 10), copies, strict=True):
        flips = rng.choice(64, size=rng.integers(0, 9), replace=False)
        keys[pos] = keys[src] ^ np.uint64(sum(1 << int(b) for b in flips))
    return keys


@functools.cache
def _dataset(n: int, seed: int, skewed: bool, max_radius: int) -> tuple[U64, Rows]:
    """Keys and the brute-force (i, j, d) rows with d <= max_radius, sorted by (i, j)."""
    keys = _keys(n, seed, skewed)
    rows = []
    for start in range(0, n, 1024):
        dist = np.bitwise_count(keys[start : start + 1024, None] ^ keys[None, :])
        bi, bj = np.nonzero(dist <= max_radius)
        keep = bj > bi + start
        bi, bj = bi[keep], bj[keep]
        rows.append(np.stack([bi + start, bj, dist[bi, bj]], axis=1).astype(np.int64))
    return keys, np.concatenate(rows)


def _expected(rows: Rows, radius: int) -> Rows:
    return rows[rows[:, 2] <= radius]


def _found(index: HammingIndex, radius: int, plan: plans.Plan | None = None) -> Rows:
    i, j, d = index.pairs_within(radius, plan=plan)
    assert np.all(i < j)
    assert np.all(np.diff(i * len(index) + j) > 0), "sorted by (i, j), no duplicates"
    return np.stack([i, j, d], axis=1)


def _forced_plan(keys: U64, radius: int, chunks: int) -> plans.Plan:
    if chunks == 0:
        return plans.brute_force_plan(len(keys))
    agree = plans._bit_agreement(keys)
    return plans.chunked_plan(keys, agree, len(keys), radius, chunks)


@pytest.mark.parametrize("skewed", [False, True])
def test_default_threshold_matches_brute_force_on_20000_keys(skewed: bool) -> None:
    keys, expected = _dataset(20_000, 1, skewed, DEFAULT_THRESHOLD)
    index = HammingIndex(keys)
    assert len(expected) > 1_500  # planted near-copies plus chance neighbours
    assert np.array_equal(_found(index, DEFAULT_THRESHOLD), expected)
    for chunks in (4, 5):  # the plans that win at this size or at 1M keys
        plan = _forced_plan(keys, DEFAULT_THRESHOLD, chunks)
        assert np.array_equal(_found(index, DEFAULT_THRESHOLD, plan), expected)


@pytest.mark.parametrize("radius", [0, 1, 3, 7, 12, MAX_THRESHOLD])
@pytest.mark.parametrize("chunks", [0, 3, 4, 6, 8])
def test_every_plan_is_exact_at_every_radius(radius: int, chunks: int) -> None:
    keys, rows = _dataset(2_000, 2, True, MAX_THRESHOLD)
    plan = _forced_plan(keys, radius, chunks)
    if plan.cost == float("inf"):
        pytest.skip("plan not viable at this radius")
    found = _found(HammingIndex(keys, threads=2), radius, plan)
    assert np.array_equal(found, _expected(rows, radius))


def test_the_cost_model_picks_chunks_for_a_large_set_and_brute_force_for_a_small_one() -> None:
    big = _keys(200_000, 3, False)
    assert not HammingIndex(big).plan(DEFAULT_THRESHOLD).brute_force
    assert HammingIndex(big[:500]).plan(DEFAULT_THRESHOLD).brute_force
    assert HammingIndex(big).plan(40).brute_force  # no index beats a scan at huge radii


def test_identical_keys_and_edge_cases() -> None:
    same = np.full(5, 0xDEADBEEF, dtype=np.uint64)
    i, j, d = HammingIndex(same).pairs_within(0)
    assert list(zip(i, j, strict=True)) == [(a, b) for a in range(5) for b in range(a + 1, 5)]
    assert not d.any()
    for keys in (np.empty(0, dtype=np.uint64), same[:1]):
        assert all(len(a) == 0 for a in HammingIndex(keys).pairs_within(10))
    extremes = np.array([0, 2**64 - 1], dtype=np.uint64)
    assert _found(HammingIndex(extremes), 64).tolist() == [[0, 1, 64]]
    assert len(_found(HammingIndex(extremes), 63)) == 0


def test_query_matches_brute_force_nearest_first() -> None:
    keys, _ = _dataset(2_000, 2, True, MAX_THRESHOLD)
    index = HammingIndex(keys)
    for probe in keys[:20]:
        hits = index.query(int(probe), DEFAULT_THRESHOLD)
        dist = np.bitwise_count(keys ^ probe)
        assert {p for p, _ in hits} == set(np.flatnonzero(dist <= DEFAULT_THRESHOLD).tolist())
        assert [d for _, d in hits] == sorted(d for _, d in hits)
        assert all(dist[p] == d for p, d in hits)
