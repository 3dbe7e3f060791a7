"""Grouping at archive scale: ``python -m bench.speedlib.scale_group N``.

Builds ``N`` synthetic fingerprints in chunks (as :func:`bench.speedlib.hashsets.
planted_fingerprints`: 10 % near-copies of other photos, 0-8 key bits flipped, the
source's thumbnail plus noise; here also a second key and 8x8 chroma planes, so the
colour checks run as on real photos), then groups them with the app's own array-level
clustering (``cluster.find_clusters_arrays`` at the default threshold: index on two
keys, thumbnail verification, colour checks, star groups), as grouping a Parquet export
does.  Prints one JSON line: seconds (generation excluded), groups, the resident memory
with the fingerprints loaded, the peak while the synthetic fingerprints were made
(``generate_peak_rss``), the peak while grouping (``grouping_peak_rss``: VmHWM reset
after generation) and the process's peak resident memory; with ``--stages``
also each grouping stage's resident memory at start and end and its peak
(:mod:`bench.speedlib.scale_memory`).
"""

from __future__ import annotations

import json
import resource
import sys
import time

import numpy as np
import numpy.typing as npt

from bench.speedlib.hashsets import flip_bits, random_keys
from bench.speedlib.scale_memory import stage_peaks

_CHUNK = 1 << 18  # rows per step while generating (~0.5 GB of temporaries)


def _rss() -> int:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize()


def fingerprints(n: int, seed: int = 11) -> tuple[npt.NDArray, ...]:
    """keys, centre keys, thumbs (n, 16, 16), figures (n, 4), chroma (n, 2, 8, 8)."""
    rng = np.random.default_rng(seed)
    copies = n // 10
    originals = n - copies
    sources = rng.integers(0, originals, size=copies)
    keys = random_keys(originals, rng)
    keys = np.concatenate([keys, flip_bits(keys[sources], rng.integers(0, 9, copies), rng)])
    centre = flip_bits(keys, np.full(n, 2), rng)
    thumbs = np.empty((n, 16, 16), dtype=np.uint8)
    chroma = np.empty((n, 2, 8, 8), dtype=np.uint8)
    for start in range(0, originals, _CHUNK):  # smooth random originals
        stop = min(originals, start + _CHUNK)
        coarse = rng.integers(0, 256, size=(stop - start, 4, 4), dtype=np.uint8)
        thumbs[start:stop] = np.repeat(np.repeat(coarse, 4, axis=1), 4, axis=2)
        tint = rng.integers(108, 148, size=(stop - start, 2, 2, 2), dtype=np.uint8)
        chroma[start:stop] = np.repeat(np.repeat(tint, 4, axis=2), 4, axis=3)
    for start in range(0, copies, _CHUNK):  # near-copies: the source plus a little noise
        stop = min(copies, start + _CHUNK)
        rows = slice(originals + start, originals + stop)
        noise = rng.integers(-3, 4, size=(stop - start, 16, 16), dtype=np.int16)
        thumbs[rows] = np.clip(thumbs[sources[start:stop]] + noise, 0, 255).astype(np.uint8)
        chroma[rows] = chroma[sources[start:stop]]
    figures = np.empty((n, 4), dtype=np.uint8)
    for start in range(0, n, _CHUNK):
        flat = thumbs[start : start + _CHUNK].reshape(-1, 256).astype(np.float32)
        figures[start : start + _CHUNK, 0] = flat.mean(axis=1)
        figures[start : start + _CHUNK, 1] = flat.std(axis=1)
    figures[:, 2], figures[:, 3] = 60, 40
    order = rng.permutation(n)
    # One array at a time, each original freed as its shuffled copy is made: at 10M a
    # second set of all the fingerprints at once would be another 4 GB.
    keys, centre = keys[order], centre[order]
    thumbs = thumbs[order]
    figures, chroma = figures[order], chroma[order]
    return keys, centre, thumbs, figures, chroma


def _peak_rss() -> int:
    """The process's peak resident memory (VmHWM) since it started or since the last
    :func:`_reset_peak`, bytes."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _reset_peak() -> bool:
    """Start the peak resident memory afresh (Linux >= 4.0); False where it cannot."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
            refs.write("5")
    except OSError:
        return False
    return True


def main() -> None:
    """Build, group, print the JSON line."""
    from photodedup.core.config import DEFAULT_THRESHOLD
    from photodedup.core.fingerprint import FingerprintArrays
    from photodedup.core.group.cluster import find_clusters_arrays

    n = int(sys.argv[1])
    peaks = stage_peaks() if "--stages" in sys.argv[2:] else None
    started = time.perf_counter()
    keys, centre, thumbs, figures, chroma = fingerprints(n)
    fp = FingerprintArrays(keys, centre, thumbs, figures, chroma=chroma)
    built = time.perf_counter()
    loaded_rss = _rss()
    generate_peak = _peak_rss()  # the synthetic data's temporaries, not grouping's
    reset = _reset_peak()
    clusters = find_clusters_arrays(fp, DEFAULT_THRESHOLD)
    grouped = time.perf_counter()
    grouping_peak = _peak_rss() if reset else 0
    stages = peaks.stop() if peaks is not None else {}
    print(
        json.dumps(
            {
                "stages": stages,
                "n": n,
                "generate_seconds": built - started,
                "seconds": grouped - built,
                "groups": len(clusters),
                "grouped_photos": sum(len(c.members) for c in clusters),
                "fingerprints_rss": loaded_rss,
                "generate_peak_rss": generate_peak,
                "grouping_peak_rss": grouping_peak,
                "peak_rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
            }
        )
    )


if __name__ == "__main__":
    main()
