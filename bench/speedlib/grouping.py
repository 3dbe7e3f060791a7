"""Grouping benchmark workload: ``python -m bench.speedlib.grouping N RADIUS [M]``.

Builds ``N`` synthetic 64-bit hashes with planted near-duplicates (10 % near-copies of
other keys, 0-8 bits flipped, see :mod:`bench.speedlib.hashsets`), then groups them the
way a scan does: :class:`photodedup.core.group.index.HammingIndex` pairs within ``RADIUS``, then
connected components (scipy).  Prints one JSON line with the timings (hash generation
excluded), the plan, the pair and group counts, the process's peak RSS, and whether the
index gives exactly the brute-force pairs on a separate 20,000-hash planted set.

With ``M``, it also times the app's own grouping at the default threshold
(``cluster.find_clusters_arrays``: index on two keys, thumbnail verification, star groups)
on ``M`` synthetic fingerprints (near-copies carry their source's thumbnail plus noise),
after the index figures.
"""

from __future__ import annotations

import json
import resource
import sys
import time

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from bench.speedlib.hashsets import flip_bits, planted_fingerprints, planted_keys
from photodedup.core.group.index import HammingIndex

SAMPLE = 20_000


def components(n: int, i: np.ndarray, j: np.ndarray) -> int:
    """Number of groups (components with two or more members)."""
    graph = coo_matrix((np.ones(len(i), dtype=np.int8), (i, j)), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    return int(np.count_nonzero(np.bincount(labels) > 1))


def brute_force_pairs(keys: np.ndarray, radius: int) -> set[tuple[int, int]]:
    """All pairs within ``radius`` by a blocked numpy scan (independent of the index)."""
    found: set[tuple[int, int]] = set()
    for start in range(0, len(keys), 1024):
        dist = np.bitwise_count(keys[start : start + 1024, None] ^ keys[None, :])
        bi, bj = np.nonzero(dist <= radius)
        keep = bj > bi + start
        found.update(zip((bi[keep] + start).tolist(), bj[keep].tolist(), strict=True))
    return found


def real_clustering(n: int) -> dict[str, object]:
    """Time the app's own array-level clustering (verification included) at the default."""
    from photodedup.core.config import DEFAULT_THRESHOLD
    from photodedup.core.fingerprint import FingerprintArrays
    from photodedup.core.group.cluster import find_clusters_arrays

    keys, thumbs, _ = planted_fingerprints(n, seed=9)
    flat = thumbs.reshape(n, -1).astype(np.float64)
    figures = np.stack(
        [flat.mean(axis=1), flat.std(axis=1), np.full(n, 60.0), np.full(n, 40.0)], axis=1
    ).astype(np.uint8)
    centre = flip_bits(keys, np.full(n, 2), np.random.default_rng(10))  # a second key
    fp = FingerprintArrays(keys, centre, thumbs, figures)
    started = time.perf_counter()
    clusters = find_clusters_arrays(fp, DEFAULT_THRESHOLD)
    return {"seconds": time.perf_counter() - started, "groups": len(clusters)}


def main() -> None:
    """Run the grouping benchmark and print its JSON line."""
    n, radius = int(sys.argv[1]), int(sys.argv[2])
    keys = planted_keys(n, seed=7)
    started = time.perf_counter()
    index = HammingIndex(keys)
    plan = index.plan(radius)
    i, j, _ = index.pairs_within(radius, plan=plan)
    paired = time.perf_counter()
    groups = components(n, i, j)
    grouped = time.perf_counter()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    real = real_clustering(int(sys.argv[3])) if len(sys.argv) > 3 else None
    real_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    sample = planted_keys(SAMPLE, seed=8)  # its own planted near-copies
    si, sj, _ = HammingIndex(sample).pairs_within(radius)
    same = set(zip(si.tolist(), sj.tolist(), strict=True)) == brute_force_pairs(sample, radius)
    print(
        json.dumps(
            {
                "n": n,
                "radius": radius,
                "pairs_seconds": paired - started,
                "seconds": grouped - started,
                "plan": {"widths": plan.widths, "radii": plan.radii},
                "pairs": len(i),
                "groups": groups,
                "peak_rss": peak,
                "clusters": real,
                "clusters_peak_rss": real_peak if real else None,
                "sample": SAMPLE,
                "sample_pairs": len(si),
                "sample_matches_brute_force": same,
            }
        )
    )


if __name__ == "__main__":
    main()
