"""group.index_plan: plans are exact by the pigeonhole principle; the cheapest one wins."""

from __future__ import annotations

import math

import numpy as np
import pytest

from photodedup.core.group import index_plan as plans
from photodedup.core.group.index_plan import (
    BITS,
    Plan,
    brute_force_plan,
    choose_plan,
    chunk_values,
    chunked_plan,
    permute_bits,
)


def _keys(n: int, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).integers(0, 2**64 - 1, size=n, dtype=np.uint64)


def test_brute_force_plan() -> None:
    plan = brute_force_plan(1000)
    assert plan.brute_force and plan.widths == () and plan.radii == ()
    assert plan.bit_order == tuple(range(BITS))
    assert plan.cost == pytest.approx(1000 * 999 / 2 * plans._COST_PAIR_BRUTE)
    assert brute_force_plan(2000).cost > plan.cost


def test_shifts_are_the_chunk_offsets() -> None:
    plan = Plan((22, 21, 21), (1, 1, 0), 0.0, tuple(range(BITS)))
    assert plan.shifts() == (0, 22, 43)
    assert not plan.brute_force


def test_chunk_values() -> None:
    keys = np.array([0xABCD, 2**64 - 1, 0], dtype=np.uint64)
    assert chunk_values(keys, 0, 4).tolist() == [0xD, 0xF, 0]
    assert chunk_values(keys, 4, 8).tolist() == [0xBC, 0xFF, 0]
    assert chunk_values(keys, 60, 4).tolist() == [0, 0xF, 0]


def test_permute_bits_moves_each_bit_to_its_position() -> None:
    keys = _keys(50, 1)
    order = tuple(int(b) for b in np.random.default_rng(2).permutation(BITS))
    out = permute_bits(keys, order)
    for key, moved in zip(keys.tolist(), out.tolist(), strict=True):
        assert all((moved >> k) & 1 == (key >> src) & 1 for k, src in enumerate(order))
    inverse = tuple(int(b) for b in np.argsort(order))
    assert np.array_equal(permute_bits(out, inverse), keys)
    assert permute_bits(keys, tuple(range(BITS))) is keys  # identity: no copy


def test_permuting_keeps_hamming_distances() -> None:
    keys = _keys(40, 3)
    order = tuple(int(b) for b in np.random.default_rng(4).permutation(BITS))
    out = permute_bits(keys, order)
    assert np.array_equal(
        np.bitwise_count(keys[:, None] ^ keys[None, :]),
        np.bitwise_count(out[:, None] ^ out[None, :]),
    )


@pytest.mark.parametrize("chunks", [3, 4, 6, 8])
@pytest.mark.parametrize("radius", [0, 1, 5, 10, 16])
def test_chunked_plans_are_exact_by_the_pigeonhole_principle(chunks: int, radius: int) -> None:
    sample = _keys(3000, 5)
    agree = plans._bit_agreement(sample)
    plan = chunked_plan(sample, agree, 100_000, radius, chunks)
    assert len(plan.widths) == len(plan.radii) == chunks
    assert sum(plan.widths) == BITS
    assert max(plan.widths) - min(plan.widths) <= 1
    assert sorted(plan.bit_order) == list(range(BITS))
    assert sum(plan.radii) >= radius - chunks + 1  # no pair within radius is missed
    assert all(r >= 0 for r in plan.radii)


def test_small_sets_are_scanned_and_large_ones_indexed() -> None:
    assert choose_plan(_keys(100), 10).brute_force
    assert choose_plan(_keys(1999), 10).brute_force  # below the chunked minimum
    big = choose_plan(_keys(100_000, 6), 10)
    assert not big.brute_force
    assert big.cost < brute_force_plan(100_000).cost
    assert choose_plan(_keys(100_000, 6), 48).brute_force  # huge radii: nothing beats a scan


def test_a_chunk_whose_ball_is_too_large_costs_infinity() -> None:
    sample = _keys(3000, 7)
    agree = plans._bit_agreement(sample)
    plan = chunked_plan(sample, agree, 100_000, 60, 3)  # 20+ flips in a 22-bit chunk
    assert math.isinf(plan.cost)


def test_skewed_bits_are_dealt_evenly_across_chunks() -> None:
    rng = np.random.default_rng(8)
    bits = rng.random((4000, 64)) < np.where(np.arange(64) < 16, 0.95, 0.5)  # 16 biased bits
    keys = (bits.astype(np.uint64) << np.arange(64, dtype=np.uint64)).sum(axis=1)
    agree = plans._bit_agreement(keys.astype(np.uint64))
    plan = chunked_plan(keys.astype(np.uint64), agree, 4000, 8, 4)
    biased_per_chunk = [
        sum(1 for b in plan.bit_order[s : s + w] if b < 16)
        for s, w in zip(plan.shifts(), plan.widths, strict=True)
    ]
    assert biased_per_chunk == [4, 4, 4, 4]
