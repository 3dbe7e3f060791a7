"""group.native: the C extension is built, and its loops give bit for bit what the numpy
fallback gives (random and edge-case inputs, kernels and the whole index)."""

from __future__ import annotations

import hashlib
import itertools
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from photodedup.core.group import hamming_kernels as kernels
from photodedup.core.group import native
from photodedup.core.group.index import HammingIndex
from photodedup.core.group.index_plan import Plan, brute_force_plan, choose_plan

Pairs = tuple[np.ndarray, np.ndarray, np.ndarray]
EMPTY_U, EMPTY_I = np.empty(0, np.uint64), np.empty(0, np.int64)


def test_the_extension_is_built() -> None:
    """The dev install builds the C extension (CI fails if the build silently fell back)."""
    assert native.COMPILED, "photodedup/core/group/_kernels.c is not built: pip install -e ."
    assert native.describe().startswith("C (")


def _python(code: str, **env: str) -> str:
    """Output of ``code`` in a fresh interpreter with ``env`` added."""
    run = subprocess.run(
        [sys.executable, "-c", code],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=True,
    )
    return run.stdout.strip()


def test_the_numpy_fallback_can_be_forced() -> None:
    code = "from photodedup.core.group import native; print(native.describe())"
    assert _python(code, PHOTODEDUP_NUMPY_KERNELS="1") == "numpy"


_PAIRS_DIGEST = """
import hashlib, numpy as np
from photodedup.core.group import native
from photodedup.core.group.index import HammingIndex
from photodedup.core.group.index_plan import brute_force_plan
from tests.core.group.test_native import _keys
keys = _keys(5000, 3, copies=2)
index = HammingIndex(keys, threads=2)
digest = hashlib.sha256()
for plan in (brute_force_plan(len(keys)), None):
    for part in index.pairs_within(10, plan=plan):
        digest.update(part.tobytes())
print(native.describe(), digest.hexdigest())
"""


@pytest.mark.parametrize("isa", ["generic", "popcnt", "avx2", "avx512"])
def test_every_instruction_set_gives_the_same_pairs(isa: str) -> None:
    """Each compiled variant the CPU supports (others fall back to a lower one)."""
    if not native.COMPILED:
        pytest.skip("no C extension")
    compiled = _python(_PAIRS_DIGEST, PHOTODEDUP_KERNELS_ISA=isa)
    fallback = _python(_PAIRS_DIGEST, PHOTODEDUP_NUMPY_KERNELS="1")
    assert compiled.split()[-1] == fallback.split()[-1]
    assert fallback.startswith("numpy") and compiled.startswith("C (")
    ranks = ["generic", "popcnt", "avx2", "avx512"]
    assert ranks.index(compiled.split()[1].strip("()")) <= ranks.index(isa)


def _sorted(pairs: Pairs) -> Pairs:
    i, j, d = pairs
    assert i.dtype == j.dtype == d.dtype == np.int64
    order = np.lexsort((j, i))
    return i[order], j[order], d[order]


def _both(monkeypatch: pytest.MonkeyPatch, run) -> tuple[Pairs, Pairs]:  # type: ignore[no-untyped-def]
    """(C, numpy) results of ``run()``, each sorted by (i, j)."""
    compiled = _sorted(run())
    with monkeypatch.context() as patch:
        patch.setattr(native, "kernels", None)
        fallback = _sorted(run())
    return compiled, fallback


def _assert_identical(a: Pairs, b: Pairs) -> None:
    for x, y in zip(a, b, strict=True):
        assert x.dtype == y.dtype and np.array_equal(x, y)


def _keys(n: int, seed: int, copies: int = 3) -> np.ndarray:
    """Random keys, near-copies (a few bits flipped) and exact duplicates."""
    rng = np.random.default_rng(seed)
    keys = rng.integers(0, 2**64 - 1, size=n, dtype=np.uint64, endpoint=True)
    for k in range(0, n - 1, copies):
        flips = rng.choice(64, size=int(rng.integers(0, 8)), replace=False)
        keys[k + 1] = keys[k] ^ np.uint64(sum(1 << int(b) for b in flips))
    if n > 10:
        keys[-5:] = keys[0]  # duplicates
    return keys


SIZES = [0, 1, 2, 3, 257, 513]
RADII = [0, 1, 7, 31, 64]


@pytest.mark.parametrize(("n", "radius"), list(itertools.product(SIZES, RADII)))
def test_brute_pairs_identical(monkeypatch: pytest.MonkeyPatch, n: int, radius: int) -> None:
    keys = _keys(n, n + radius)
    rows = np.arange(n, dtype=np.int64)[::-1]  # any order
    c, py = _both(monkeypatch, lambda: kernels.brute_pairs(keys, radius, rows))
    _assert_identical(c, py)
    if radius == 64:  # the largest radius: every pair
        assert len(c[0]) == n * (n - 1) // 2


def _table(keys: np.ndarray, shift: int, width: int) -> tuple[np.ndarray, ...]:
    values = ((keys >> np.uint64(shift)) & np.uint64((1 << width) - 1)).astype(np.int64)
    order = np.argsort(values, kind="stable")
    counts = np.bincount(values, minlength=1 << width)
    starts = np.zeros((1 << width) + 1, dtype=np.int64)
    np.cumsum(counts, out=starts[1:])
    return keys[order], order.astype(np.int64), starts, np.flatnonzero(counts).astype(np.int64)


def _flips(width: int, radius: int) -> np.ndarray:
    masks = [
        sum(1 << b for b in combo)
        for k in range(min(width, radius) + 1)
        for combo in itertools.combinations(range(width), k)
    ]
    return np.array(masks, dtype=np.int64)


@pytest.mark.parametrize(
    ("n", "width", "chunk_radius", "radius"),
    [(0, 4, 0, 3), (1, 4, 1, 3), (2, 8, 0, 0), (301, 5, 0, 0), (301, 5, 2, 10),
     (999, 10, 1, 12), (999, 3, 3, 64), (4000, 12, 2, 20)],
)  # fmt: skip
def test_join_buckets_identical(
    monkeypatch: pytest.MonkeyPatch, n: int, width: int, chunk_radius: int, radius: int
) -> None:
    keys = _keys(n, n + width)
    sorted_keys, ids, starts, buckets = _table(keys, 20, width)
    earlier = (
        np.array([0, 40], dtype=np.uint64),
        np.array([(1 << width) - 1, 0xFF], dtype=np.uint64),
        np.array([1, 0], dtype=np.int64),
    )
    flips = _flips(width, chunk_radius)
    for prev in (0, 1, 2):
        prev_tables = tuple(a[:prev] for a in earlier)
        c, py = _both(
            monkeypatch,
            lambda p=prev_tables: kernels.join_buckets(
                sorted_keys, ids, starts, buckets, flips, radius, *p
            ),
        )
        _assert_identical(c, py)
    # a share of the buckets only, and flips without 0 (no self-join)
    c, py = _both(
        monkeypatch,
        lambda: kernels.join_buckets(
            sorted_keys, ids, starts, buckets[::2], flips[1:], radius, EMPTY_U, EMPTY_U, EMPTY_I
        ),
    )
    _assert_identical(c, py)


@pytest.mark.parametrize("radius", [0, 4, 10, 20])
def test_the_index_gives_identical_pairs(monkeypatch: pytest.MonkeyPatch, radius: int) -> None:
    keys = _keys(6000, radius, copies=2)
    index = HammingIndex(keys, threads=2)
    plans: list[Plan] = [brute_force_plan(len(keys)), choose_plan(keys, radius)]
    for plan in plans:
        c, py = _both(monkeypatch, lambda p=plan: index.pairs_within(radius, plan=p))
        _assert_identical(c, py)
        assert len(c[0]) >= (10 if radius == 0 else 1000)  # duplicates, near-copies


def test_kernels_reject_bad_arrays() -> None:
    compiled = native.kernels
    if compiled is None:
        pytest.skip("no C extension")
    keys = np.arange(10, dtype=np.uint64)
    with pytest.raises(IndexError):
        compiled.brute_pairs(keys, 3, np.array([10], dtype=np.int64))
    with pytest.raises(TypeError):
        compiled.brute_pairs(keys, 3, np.array([1], dtype=np.float64))
    with pytest.raises(ValueError, match="contiguous"):
        compiled.brute_pairs(keys, 3, np.arange(10, dtype=np.int64)[::2])


def test_the_extension_is_built_from_the_current_sources() -> None:
    """A C file edited since the last build: rerun scripts/setup.sh (pip install -e .)."""
    compiled = native.kernels
    if compiled is None:
        pytest.skip("no C extension")
    group = Path(native.__file__).parent
    digest = hashlib.sha256()
    for name in ("_kernels.c", "_kernels_hamming.h", "_kernels_verify.h"):
        digest.update((group / name).read_bytes())
    assert "s" + digest.hexdigest() == compiled.SOURCE_SHA256, "stale build: pip install -e ."
