"""Exact neighbour search over 64-bit hashes by Hamming distance.

Contract:

* ``HammingIndex(keys)`` with ``keys`` a 1-D ``numpy.uint64`` array.
* ``index.pairs_within(radius) -> (i, j, d)``: three equal-length int arrays, ``i < j``,
  every pair at distance ``d <= radius``, exactly (no false negatives).
* ``index.query(key, radius) -> list[tuple[int, int]]``: ``(position, distance)``,
  nearest first.

This first version is a blocked, vectorised scan (quadratic work, linear memory).
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

U64 = npt.NDArray[np.uint64]
_BLOCK = 2048


def popcount64(values: U64) -> npt.NDArray[np.uint8]:
    """Bit count of each uint64."""
    return np.bitwise_count(values)


class HammingIndex:
    """Search a fixed set of 64-bit keys by Hamming radius."""

    def __init__(self, keys: U64) -> None:
        self.keys = np.ascontiguousarray(keys, dtype=np.uint64)

    def __len__(self) -> int:
        return int(self.keys.shape[0])

    def query(self, key: int, radius: int) -> list[tuple[int, int]]:
        """Positions of keys within ``radius`` of ``key``, nearest first."""
        dist = popcount64(self.keys ^ np.uint64(key))
        hits = np.flatnonzero(dist <= radius)
        order = np.argsort(dist[hits], kind="stable")
        return [(int(hits[o]), int(dist[hits[o]])) for o in order]

    def pairs_within(
        self, radius: int
    ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """All pairs (i < j) whose keys differ in at most ``radius`` bits."""
        out_i, out_j, out_d = [], [], []
        n = len(self)
        for start in range(0, n, _BLOCK):
            block = self.keys[start : start + _BLOCK]
            rest = self.keys[start:]
            dist = popcount64(block[:, None] ^ rest[None, :])
            bi, rj = np.nonzero(dist <= radius)
            keep = rj > bi
            bi, rj = bi[keep], rj[keep]
            out_i.append(bi + start)
            out_j.append(rj + start)
            out_d.append(dist[bi, rj].astype(np.int64))
        if not out_i:
            empty = np.empty(0, dtype=np.int64)
            return empty, empty, empty
        return (
            np.concatenate(out_i).astype(np.int64),
            np.concatenate(out_j).astype(np.int64),
            np.concatenate(out_d),
        )
