"""Turn fingerprints into groups of near-duplicates.

Contract:

* ``find_clusters(photos, threshold) -> list[Cluster]``: deterministic order; each
  ``Cluster`` holds indices into ``photos`` (>= 2 members) and a kind (exact/similar).
* ``photo_distance(a, b) -> int``: the distance shown to users between two photos.

This first version groups connected components of the hash-index pairs; it does not yet
guard against chaining (issue: detection accuracy).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from photodedup.core.hashing import Fingerprint, hamming
from photodedup.core.index import HammingIndex
from photodedup.core.types import GroupKind, Photo


@dataclass(frozen=True, slots=True)
class Cluster:
    """Indices of photos that are duplicates of each other."""

    kind: GroupKind
    members: tuple[int, ...]


def photo_distance(a: Photo, b: Photo) -> int:
    """Hamming distance between two photos' candidate hashes."""
    return hamming(
        Fingerprint.from_bytes(a.fingerprint).key, Fingerprint.from_bytes(b.fingerprint).key
    )


def _components(n: int, pairs_i: Sequence[int], pairs_j: Sequence[int]) -> list[list[int]]:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in zip(pairs_i, pairs_j, strict=True):
        ra, rb = find(int(a)), find(int(b))
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    comps: dict[int, list[int]] = {}
    for x in range(n):
        comps.setdefault(find(x), []).append(x)
    return [c for c in comps.values() if len(c) > 1]


def find_clusters(photos: Sequence[Photo], threshold: int) -> list[Cluster]:
    """Group photos whose hashes are within ``threshold`` bits (connected components)."""
    keys = np.array([Fingerprint.from_bytes(p.fingerprint).key for p in photos], dtype=np.uint64)
    i, j, _ = HammingIndex(keys).pairs_within(threshold)
    clusters = []
    for comp in _components(len(photos), i.tolist(), j.tolist()):
        exact = all(
            photos[m].content_key and photos[m].content_key == photos[comp[0]].content_key
            for m in comp
        )
        clusters.append(Cluster(GroupKind.EXACT if exact else GroupKind.SIMILAR, tuple(comp)))
    return clusters
