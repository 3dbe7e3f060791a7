"""group.hamming_kernels: the C loops and the numpy fallback give exactly the brute-force
pairs (small inputs), and the same pairs as each other."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from photodedup.core.group import hamming_kernels as kernels
from photodedup.core.group import native

NONE = (np.empty(0, np.uint64), np.empty(0, np.uint64), np.empty(0, np.int64))


def _keys(n: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    keys = rng.integers(0, 2**64 - 1, size=n, dtype=np.uint64, endpoint=True)
    for k in range(0, n, 5):  # near-copies: a few bits flipped
        flips = rng.choice(64, size=int(rng.integers(0, 6)), replace=False)
        keys[(k + 1) % n] = keys[k] ^ np.uint64(sum(1 << int(b) for b in flips))
    return keys


def _reference(keys: np.ndarray, radius: int, rows: list[int] | None = None) -> set[tuple]:
    dist = np.bitwise_count(keys[:, None] ^ keys[None, :]).astype(np.int64)
    wanted = np.zeros(len(keys), dtype=bool)
    wanted[list(range(len(keys))) if rows is None else rows] = True
    upper = np.triu(np.ones(dist.shape, dtype=bool), 1)
    i, j = np.nonzero((dist <= radius) & upper & wanted[:, None])
    return set(zip(i.tolist(), j.tolist(), dist[i, j].tolist(), strict=True))


def _rows(i: np.ndarray, j: np.ndarray, d: np.ndarray) -> list[tuple]:
    assert i.dtype == j.dtype == d.dtype == np.int64
    return list(zip(i.tolist(), j.tolist(), d.tolist(), strict=True))


@pytest.fixture(params=["C", "numpy"])
def impl(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Each test runs with the C extension and with the numpy fallback."""
    if request.param == "numpy":
        monkeypatch.setattr(native, "kernels", None)
    return str(request.param)


@pytest.mark.parametrize(
    "value", [0, 1, 0xFF, 2**63, 2**64 - 1, 0x5555_5555_5555_5555, 0xAAAA_AAAA_AAAA_AAAA]
)
def test_popcount(impl: str, value: int) -> None:
    keys = np.array([0, value], dtype=np.uint64)
    i, j, d = kernels.brute_pairs(keys, 64, np.arange(2, dtype=np.int64))
    assert _rows(i, j, d) == [(0, 1, bin(value).count("1"))]


@pytest.mark.parametrize("radius", [0, 3, 12, 64])
def test_brute_pairs_are_every_pair_within_the_radius(impl: str, radius: int) -> None:
    keys = _keys(300, radius)
    found = _rows(*kernels.brute_pairs(keys, np.int64(radius), np.arange(300, dtype=np.int64)))
    assert len(found) == len(set(found))
    assert all(i < j for i, j, _ in found)
    assert set(found) == _reference(keys, radius)


def test_brute_pairs_of_some_rows_only(impl: str) -> None:
    keys = _keys(200, 1)
    rows = np.arange(3, 200, 7, dtype=np.int64)
    found = _rows(*kernels.brute_pairs(keys, np.int64(10), rows))
    assert set(found) == _reference(keys, 10, rows.tolist())


def test_the_output_buffer_grows_past_its_first_capacity(impl: str) -> None:
    same = np.full(60, 12345, dtype=np.uint64)  # 1,770 pairs > the first 1,024 slots
    found = _rows(*kernels.brute_pairs(same, np.int64(0), np.arange(60, dtype=np.int64)))
    assert sorted(found) == [(i, j, 0) for i, j in itertools.combinations(range(60), 2)]


def _table(keys: np.ndarray, width: int) -> tuple[np.ndarray, ...]:
    values = (keys & np.uint64((1 << width) - 1)).astype(np.int64)
    order = np.argsort(values, kind="stable")
    counts = np.bincount(values, minlength=1 << width)
    starts = np.zeros((1 << width) + 1, dtype=np.int64)
    np.cumsum(counts, out=starts[1:])
    return keys[order], order.astype(np.int64), starts, np.flatnonzero(counts).astype(np.int64)


def _flips(width: int, radius: int) -> np.ndarray:
    masks = [
        sum(1 << b for b in combo)
        for k in range(radius + 1)
        for combo in itertools.combinations(range(width), k)
    ]
    return np.array(masks, dtype=np.int64)


@pytest.mark.parametrize("chunk_radius", [0, 1, 2])
def test_join_buckets_finds_the_pairs_whose_chunk_is_within_reach(
    impl: str, chunk_radius: int
) -> None:
    width, radius = 6, 14
    keys = _keys(400, 7 + chunk_radius)
    sorted_keys, ids, starts, buckets = _table(keys, width)
    empty_u, _, empty_i = NONE
    found = _rows(
        *kernels.join_buckets(
            sorted_keys, ids, starts, buckets, _flips(width, chunk_radius),
            np.int64(radius), empty_u, empty_u, empty_i,
        )
    )  # fmt: skip
    mask = (1 << width) - 1
    expected = {
        (i, j, d)
        for i, j, d in _reference(keys, radius)
        if bin((int(keys[i]) ^ int(keys[j])) & mask).count("1") <= chunk_radius
    }
    assert len(found) == len(set(found))
    assert set(found) == expected


def test_join_buckets_skips_pairs_an_earlier_table_reported(impl: str) -> None:
    width, radius = 6, 14
    keys = _keys(400, 11)
    sorted_keys, ids, starts, buckets = _table(keys >> np.uint64(32), width)
    sorted_keys = keys[ids]  # bucketed by bits 32-37, full keys compared
    earlier = (  # a first table on bits 0-5 at chunk radius 1
        np.array([0], dtype=np.uint64),
        np.array([(1 << width) - 1], dtype=np.uint64),
        np.array([1], dtype=np.int64),
    )
    found = _rows(
        *kernels.join_buckets(
            sorted_keys, ids, starts, buckets, _flips(width, 1), np.int64(radius), *earlier
        )
    )
    low, high = (1 << width) - 1, ((1 << width) - 1) << 32
    expected = {
        (i, j, d)
        for i, j, d in _reference(keys, radius)
        if bin((int(keys[i]) ^ int(keys[j])) & high).count("1") <= 1
        and bin((int(keys[i]) ^ int(keys[j])) & low).count("1") > 1
    }
    assert set(found) == expected and len(found) == len(expected)
