"""Detection accuracy on the labelled corpus: photodedup's defaults vs the classic approach.

    .venv/bin/python bench/accuracy.py [--corpus bench/_data/corpus] [--build]

Every file goes through the real decode path (``imaging.analyse_file``: reduced decode,
EXIF orientation, ``hashing.fingerprint_image``), then ``cluster.find_clusters`` groups
them at ``config.DEFAULT_THRESHOLD`` (and across the slider range).  The classic approach
is imagehash's pHash of the full decode, all pairs within a Hamming threshold, connected
components, at its best threshold (by F1) found by a sweep.  Printed per method: pair
precision, must-match pair recall, F1, recall per edit kind (must and may), groups that
mix two originals, and timings.  Fingerprints are cached in the corpus dir per ALGO_ID.
"""

from __future__ import annotations

import argparse
import os
import pickle
import sys
import time
from pathlib import Path

import imagehash
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _common import Corpus, Scores, connected_components, score
from corpus import DEFAULT_OUT, build

from photodedup.core import cluster, hashing, imaging
from photodedup.core.config import DEFAULT_THRESHOLD, MAX_THRESHOLD, ScanOptions
from photodedup.core.index import HammingIndex
from photodedup.core.types import FileIdentity, Photo, PhotoFile

CLASSIC_SWEEP = range(0, 25)


def fingerprint_corpus(corpus: Corpus, use_cache: bool = True) -> tuple[list[Photo], float]:
    """Photos of every corpus file via the pipeline's decode+fingerprint step; seconds."""
    cache = corpus.root / f".photos-{hashing.ALGO_ID}.pkl"
    if use_cache and cache.exists():
        photos, seconds = pickle.loads(cache.read_bytes())
        return photos, seconds
    options, photos = ScanOptions(), []
    start = time.perf_counter()
    for label in corpus.labels:
        path = str(corpus.root / label.name)
        file = PhotoFile(path, FileIdentity.from_stat(os.lstat(path)), str(corpus.root))
        photos.append(imaging.analyse_file(file, options))
    seconds = time.perf_counter() - start
    cache.write_bytes(pickle.dumps((photos, seconds)))
    return photos, seconds


def classic_hashes(corpus: Corpus) -> tuple[np.ndarray, float]:
    """imagehash pHash (64 bits) of every file's full, oriented decode; seconds."""
    cache = corpus.root / ".classic-phash.npy"
    if cache.exists():
        return np.load(cache), float("nan")
    start = time.perf_counter()
    keys = []
    for label in corpus.labels:
        img, _ = imaging.open_oriented(str(corpus.root / label.name))
        keys.append(int(str(imagehash.phash(img)), 16))
    arr = np.array(keys, dtype=np.uint64)
    np.save(cache, arr)
    return arr, time.perf_counter() - start


def classic_sweep(corpus: Corpus, keys: np.ndarray) -> dict[int, Scores]:
    """Scores of pHash + all pairs + connected components at each threshold."""
    i, j, d = HammingIndex(keys).pairs_within(max(CLASSIC_SWEEP))
    out = {}
    for t in CLASSIC_SWEEP:
        m = d <= t
        groups = connected_components(len(keys), zip(i[m].tolist(), j[m].tolist(), strict=True))
        out[t] = score(corpus.labels, groups)
    return out


def photodedup_scores(corpus: Corpus, photos: list[Photo], threshold: int) -> tuple[Scores, float]:
    """Scores of find_clusters at ``threshold`` and the grouping time in seconds."""
    start = time.perf_counter()
    clusters = cluster.find_clusters(photos, threshold)
    seconds = time.perf_counter() - start
    return score(corpus.labels, [c.members for c in clusters]), seconds


def _row(name: str, s: Scores) -> str:
    return (
        f"| {name} | {s.precision:.4f} | {s.recall:.4f} | {s.f1:.4f} | {s.mixed_groups} "
        f"| {s.groups} | {s.false_pairs} |"
    )


def print_report(corpus: Corpus, ours: Scores, classic: Scores, t_best: int) -> None:
    """The side-by-side markdown tables."""
    n_orig = sum(1 for lab in corpus.labels if lab.cls == "original")
    print(f"corpus: {len(corpus.labels)} files, {n_orig} originals ({corpus.root})\n")
    print(
        "| method | pair precision | must-match pair recall | F1 | mixed groups | groups "
        "| false pairs |"
    )
    print("|---|---|---|---|---|---|---|")
    print(_row(f"photodedup defaults (threshold {DEFAULT_THRESHOLD})", ours))
    print(_row(f"classic pHash + components (best threshold {t_best})", classic))
    print("\n| edit kind | class | photodedup recall | classic recall |\n|---|---|---|---|")
    for cls, kinds in (("must", corpus.must_kinds), ("may", corpus.may_kinds)):
        for kind in kinds:
            print(
                f"| {kind} | {cls} | {ours.per_kind.get(kind, 0):.3f} "
                f"| {classic.per_kind.get(kind, 0):.3f} |"
            )


def print_slider(corpus: Corpus, photos: list[Photo]) -> None:
    """photodedup across the slider range."""
    print("\n| threshold | precision | must recall | F1 | mixed groups | group time (s) |")
    print("|---|---|---|---|---|---|")
    for t in range(0, MAX_THRESHOLD + 1, 2):
        s, sec = photodedup_scores(corpus, photos, t)
        print(
            f"| {t} | {s.precision:.4f} | {s.recall:.4f} | {s.f1:.4f} | {s.mixed_groups} "
            f"| {sec:.2f} |"
        )


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--build", action="store_true", help="build the corpus if missing")
    parser.add_argument("--no-cache", action="store_true", help="re-fingerprint every file")
    parser.add_argument("--sweep", action="store_true", help="also sweep the threshold")
    args = parser.parse_args(argv)
    if not (args.corpus / "labels.json").exists():
        if not args.build:
            print(f"no corpus at {args.corpus}; run with --build", file=sys.stderr)
            return 2
        build(args.corpus, n_edited=165, seed=1)
    corpus = Corpus.load(args.corpus)
    photos, t_fp = fingerprint_corpus(corpus, use_cache=not args.no_cache)
    ours, t_group = photodedup_scores(corpus, photos, DEFAULT_THRESHOLD)
    keys, t_classic = classic_hashes(corpus)
    sweep = classic_sweep(corpus, keys)
    t_best = max(sweep, key=lambda t: (sweep[t].f1, -t))
    print_report(corpus, ours, sweep[t_best], t_best)
    print(
        f"\ntimings: decode+fingerprint {t_fp:.1f} s ({1000 * t_fp / len(photos):.1f} ms/file),"
        f" grouping {t_group:.2f} s; classic full decode+pHash {t_classic:.1f} s"
    )
    if args.sweep:
        print_slider(corpus, photos)
    return 0


if __name__ == "__main__":
    sys.exit(main())
