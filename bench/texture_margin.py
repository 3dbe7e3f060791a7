"""How far the texture test's threshold sits from copies and from look-alikes.

The texture test (``photodedup/core/group/texture.py``) calls two pictures different when
their fine textures correlate below ``texture.MIN_CORRELATION``.  This script measures that
correlation on a labelled corpus (``bench/corpus.py``, ``bench/fresh.py``) for the pairs the
test decides: every original against each of its "must" copies, and every two originals of
one family, whose 64-px thumbnails the structure check calls copies (within
``align.SURE_COPY``).  Per pair, the correlation of the 320-px pictures stretched edge to
edge and aligned (the original onto the copy, by keypoints or ECC, as the check does); the
higher counts (a copy passes when either does).  Printed per split: how many pairs had
detail to compare, the lowest copies, and how many copies and different pairs fall below
each threshold::

    .venv/bin/python bench/texture_margin.py --corpus bench/_data/endless   # ~3 min
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from itertools import combinations
from multiprocessing import Pool
from pathlib import Path

import cv2
import numpy as np
from _common import Corpus, Label
from accuracy import THUMBS, fingerprint_corpus

from photodedup.core.fingerprint.picture import thumb_length
from photodedup.core.group import align, texture
from photodedup.core.group.structure import _grey_small
from photodedup.core.group.thumbs import thumb_verdict

THRESHOLDS = (0.5, 0.55, 0.6, 0.65, 0.7, 0.8)
Pair = tuple[str, str]


def _correlation(a: np.ndarray, b: np.ndarray, fit: np.ndarray) -> float | None:
    pair = align.halved_aligned(a, b, fit)
    return None if pair is None else texture.correlation_of(pair)


def pair_correlation(pair: Pair) -> float | None:
    """The higher of the stretched and the aligned texture correlation of two files, or
    None when the thumbnails do not call them copies or neither has detail to compare."""
    first, second = (THUMBS.get(path) for path in pair)
    if not first or not second:
        return None
    seen, _ = thumb_verdict((first[: thumb_length(first)], second[: thumb_length(second)], -1))
    if seen is None or seen.distance > align.SURE_COPY:
        return None
    a, b = (_grey_small(path) for path in pair)
    if a is None or b is None:
        return None
    found = [_correlation(a, b, align._identity(a, b))]
    fit, _ = align.fit_of(align.extract(a), align.extract(b))
    if fit is not None:
        found.append(_correlation(a, b, fit))
    measured = [value for value in found if value is not None]
    return max(measured) if measured else None


def pairs_of(corpus: Corpus, split: str) -> tuple[list[Pair], list[Pair]]:
    """(original, must copy) pairs and pairs of originals of one family, of one split."""
    labels = [lab for lab in corpus.labels if lab.split == split]
    path = {lab.name: str(corpus.root / lab.name) for lab in labels}
    originals = {lab.original: lab for lab in labels if lab.kind == "original"}
    copies = [
        (path[originals[lab.original].name], path[lab.name])
        for lab in labels
        if lab.cls == "must" and lab.original in originals
    ]
    families: dict[str, list[Label]] = {}
    for lab in originals.values():
        families.setdefault(lab.family, []).append(lab)
    different = [
        (path[x.name], path[y.name])
        for members in families.values()
        for x, y in combinations(members, 2)
    ]
    return copies, different


def _start(thumbs: dict[str, bytes]) -> None:
    THUMBS.update(thumbs)
    cv2.setNumThreads(1)


def report(split: str, copies: Sequence[float], different: Sequence[float]) -> None:
    """One split's figures."""
    print(f"{split}: {len(copies)} copies and {len(different)} different pairs compared")
    print(f"  lowest copies: {', '.join(f'{v:.3f}' for v in sorted(copies)[:5])}")
    for limit in THRESHOLDS:
        low_copies = sum(v < limit for v in copies)
        low_different = sum(v < limit for v in different)
        print(f"  below {limit:.2f}: copies {low_copies}, different pairs {low_different}")


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, required=True)
    args = parser.parse_args(argv)
    corpus = Corpus.load(args.corpus)
    fingerprint_corpus(corpus)
    print(f"corpus {args.corpus}; texture.MIN_CORRELATION {texture.MIN_CORRELATION}")
    with Pool(2, initializer=_start, initargs=(dict(THUMBS),)) as pool:
        for split in ("tune", "held"):
            copies, different = pairs_of(corpus, split)
            found = pool.map(pair_correlation, copies + different, chunksize=64)
            measured = [
                [v for v in found[part] if v is not None]
                for part in (slice(0, len(copies)), slice(len(copies), None))
            ]
            report(split, *measured)
    return 0


if __name__ == "__main__":
    sys.exit(main())
