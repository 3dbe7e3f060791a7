"""Synthetic 64-bit hash sets with planted near-duplicates, for the grouping benchmark."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

U64 = npt.NDArray[np.uint64]
_BLOCK = 65_536


def random_keys(n: int, rng: np.random.Generator, skewed: bool = False) -> U64:
    """``n`` random keys; ``skewed`` gives every bit its own bias (p from 0.2 to 0.8)."""
    if not skewed:
        return rng.integers(0, np.iinfo(np.uint64).max, size=n, dtype=np.uint64, endpoint=True)
    bias = rng.uniform(0.2, 0.8, size=64)
    keys = np.zeros(n, dtype=np.uint64)
    for bit, p in enumerate(bias):
        keys |= (rng.random(n) < p).astype(np.uint64) << np.uint64(bit)
    return keys


def flip_bits(keys: U64, counts: npt.NDArray[np.int64], rng: np.random.Generator) -> U64:
    """Copies of ``keys`` with ``counts[i]`` distinct random bits flipped in key ``i``."""
    out = keys.copy()
    for start in range(0, len(keys), _BLOCK):
        block = slice(start, start + _BLOCK)
        ranks = np.argsort(rng.random((len(out[block]), 64)), axis=1)  # random bit order
        for k in range(int(counts[block].max(initial=0))):
            chosen = np.flatnonzero(counts[block] > k)
            bits = ranks[chosen, k].astype(np.uint64)
            out[start + chosen] ^= np.uint64(1) << bits
    return out


def planted_keys(
    n: int, seed: int = 0, dup_fraction: float = 0.1, max_flips: int = 8, skewed: bool = False
) -> U64:
    """``n`` keys where ``dup_fraction`` of them are near-copies (0..max_flips bits) of others.

    Copies are of random earlier keys (so some originals get several copies), shuffled in.
    """
    rng = np.random.default_rng(seed)
    copies = int(n * dup_fraction)
    originals = random_keys(n - copies, rng, skewed)
    sources = originals[rng.integers(0, len(originals), size=copies)]
    flips = rng.integers(0, max_flips + 1, size=copies)
    keys = np.concatenate([originals, flip_bits(sources, flips, rng)])
    return keys[rng.permutation(n)]


def planted_fingerprints(n: int, seed: int = 0) -> tuple[U64, npt.NDArray[np.uint8], U64]:
    """Keys, 16x16 grey thumbnails and parent ids for :func:`planted_keys`-like sets.

    Every original gets a random smooth thumbnail; a near-copy gets its source's
    thumbnail with a little noise, so copies pass a thumbnail verification and chance
    hash neighbours mostly do not.
    """
    rng = np.random.default_rng(seed)
    copies = int(n * 0.1)
    originals = n - copies
    keys = random_keys(originals, rng)
    sources = rng.integers(0, originals, size=copies)
    keys = np.concatenate([keys, flip_bits(keys[sources], rng.integers(0, 9, copies), rng)])
    parents = np.concatenate([np.arange(originals), sources]).astype(np.uint64)
    coarse = rng.integers(0, 256, size=(originals, 4, 4), dtype=np.uint8)
    thumbs = np.repeat(np.repeat(coarse, 4, axis=1), 4, axis=2)[parents.astype(np.intp)]
    noise = rng.integers(-3, 4, size=(copies, 16, 16))
    thumbs[originals:] = np.clip(thumbs[originals:] + noise, 0, 255).astype(np.uint8)
    order = rng.permutation(n)
    return keys[order], thumbs[order], parents[order]
