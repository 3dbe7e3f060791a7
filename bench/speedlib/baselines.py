"""Workloads the speed benchmark runs in fresh processes, side by side with photodedup.

``python -m bench.speedlib.baselines KIND FOLDER`` prints one JSON line
``{"count": files, "seconds": time inside the process}``:

* ``decode-limit``: every JPEG opened, ``draft("L")`` to the size photodedup's fingerprint
  needs (``hashing.DECODE_MIN_SIDE``) and loaded, on all cores (a warmed-up process
  pool, start-up not timed), nothing else: the decoding limit of the machine.
* ``classic``: ``imagehash.phash(Image.open(path))`` per file in one process, the loop
  most scripts and older tools use.
* ``czkawka``: Czkawka's similar-images engine through its Python bindings (``czkawka``
  on PyPI), similarity 10, whole folder; run it with an empty ``HOME``/``XDG_CACHE_HOME``
  so its hash cache starts empty.
"""

from __future__ import annotations

import json
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from PIL import Image


def _jpegs(folder: Path) -> list[str]:
    return sorted(str(p) for p in folder.rglob("*.jpg"))


def _draft_decode(path: str) -> int:
    from photodedup.core.fingerprint import DECODE_MIN_SIDE

    with Image.open(path) as img:
        img.draft("L", (DECODE_MIN_SIDE, DECODE_MIN_SIDE))
        img.load()
        return img.size[0]


def decode_limit(folder: Path) -> tuple[int, float]:
    """Reduced-size decode of every file on all cores; pool start-up excluded."""
    files = _jpegs(folder)
    workers = os.cpu_count() or 1
    with ProcessPoolExecutor(workers) as pool:
        list(pool.map(_draft_decode, files[:workers]))  # start and warm every worker
        started = time.perf_counter()
        list(pool.map(_draft_decode, files, chunksize=max(1, len(files) // (workers * 16))))
        return len(files), time.perf_counter() - started


def classic(folder: Path) -> tuple[int, float]:
    """imagehash.phash(Image.open(path)) for every file, one process."""
    import imagehash

    files = _jpegs(folder)
    started = time.perf_counter()
    for path in files:
        imagehash.phash(Image.open(path))
    return len(files), time.perf_counter() - started


def czkawka(folder: Path) -> tuple[int, float]:
    """Czkawka's similar-images search over the folder."""
    from czkawka import ImageSimilarity

    finder = ImageSimilarity()
    finder.set_directories([folder])
    finder.set_similarity(10)
    started = time.perf_counter()
    finder.find_similar()
    return len(_jpegs(folder)), time.perf_counter() - started


KINDS = {"decode-limit": decode_limit, "classic": classic, "czkawka": czkawka}


def main() -> None:
    """Run one workload and print its JSON line."""
    kind, folder = sys.argv[1], Path(sys.argv[2])
    count, seconds = KINDS[kind](folder)
    print(json.dumps({"count": count, "seconds": seconds}))


if __name__ == "__main__":
    main()
