"""Check that the installed ``cv2`` has what photodedup calls (run by the build scripts).

Usage: ``python packaging/check_cv2.py [--minimal]``

1. Every ``cv2.<name>`` (and ``cv2.<name>.<attr>``) written in ``photodedup/`` exists.
2. The structure check's calls run on a synthetic picture and its shifted, cropped copy:
   resize, ORB keypoints, a Hamming brute-force matcher with knnMatch, a RANSAC similarity
   fit, an ECC affine fit, warpAffine, and ``cv2.error`` is raised as an exception class.
3. ``--minimal``: the cv2 is the build of ``packaging/opencv_minimal.py`` (no video I/O, no
   image codecs), not the PyPI wheel: the bundle would be 170 MiB larger.

Exit 0 and one line naming the OpenCV version and modules, or exit 1 with what is wrong.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
NOT_IN_MINIMAL = ("VideoCapture", "imread", "dnn", "CascadeClassifier")


def used_names(package: Path = ROOT / "photodedup") -> set[str]:
    """Dotted names after ``cv2.`` in the package's sources (``ORB.create``, ``resize``)."""
    names: set[str] = set()
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            chain = _cv2_chain(node)
            if chain:
                names.add(chain)
    return names


def _cv2_chain(node: ast.AST) -> str | None:
    """``"ORB.create"`` for the node ``cv2.ORB.create``, else None (outermost chains only
    are wanted, so ``cv2.ORB`` inside it is reported too and is harmless)."""
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name) and node.id == "cv2" and parts:
        return ".".join(reversed(parts))
    return None


def missing(names: set[str], module: Any = cv2) -> list[str]:
    """The names ``module`` lacks."""
    absent = []
    for name in sorted(names):
        obj = module
        for part in name.split("."):
            if not hasattr(obj, part):
                absent.append(name)
                break
            obj = getattr(obj, part)
    return absent


def _picture(seed: int = 7, size: tuple[int, int] = (240, 320)) -> np.ndarray:
    """A textured grey picture: blurred noise with a few bright blocks (many corners)."""
    rng = np.random.default_rng(seed)
    noise = rng.integers(0, 256, (size[0] // 8, size[1] // 8)).astype(np.uint8)
    grey = cv2.resize(noise, (size[1], size[0]), interpolation=cv2.INTER_CUBIC)
    grey[40:80, 60:120] = 250
    grey[150:200, 200:230] = 10
    return np.asarray(grey)


def exercise() -> Iterator[str]:
    """Run the structure check's calls; yield what went wrong."""
    cv2.setNumThreads(1)
    a = _picture()
    b = np.ascontiguousarray(a[12:, 16:])  # a crop: b's pixel (x, y) is a's (x+16, y+12)
    orb = cv2.ORB.create(nfeatures=500, fastThreshold=12, edgeThreshold=15)
    ka, da = orb.detectAndCompute(a, None)
    kb, db = orb.detectAndCompute(b, None)
    if da is None or db is None or len(ka) < 20 or len(kb) < 20:
        yield f"ORB found too few keypoints ({len(ka)}, {len(kb)})"
        return
    pairs = cv2.BFMatcher(cv2.NORM_HAMMING).knnMatch(da, db, k=2)
    good = [p[0] for p in pairs if len(p) == 2 and p[0].distance < 0.8 * p[1].distance]
    src = np.float32([ka[m.queryIdx].pt for m in good])
    dst = np.float32([kb[m.trainIdx].pt for m in good])
    fit, mask = cv2.estimateAffinePartial2D(src, dst, method=cv2.RANSAC, ransacReprojThreshold=4.0)
    expected = np.array([[1, 0, -16], [0, 1, -12]], dtype=np.float64)
    if fit is None or mask is None or not np.allclose(fit, expected, atol=1.0):
        yield f"RANSAC similarity fit is {fit!r}, expected about {expected.tolist()}"
    small_a = cv2.resize(a, (80, 60), interpolation=cv2.INTER_AREA).astype(np.float32)
    shifted = cv2.warpAffine(small_a, np.float32([[1, 0, 2], [0, 1, 1]]), (80, 60))
    criteria = (cv2.TERM_CRITERIA_EPS | cv2.TERM_CRITERIA_COUNT, 60, 1e-4)
    try:
        _, warp = cv2.findTransformECC(
            shifted, small_a, np.eye(2, 3, dtype=np.float32), cv2.MOTION_AFFINE, criteria, None, 3
        )
    except cv2.error as exc:
        yield f"findTransformECC failed: {exc}"
    else:
        # The warp maps the template's pixels (the shifted copy) into the input's.
        if not np.allclose(warp[:, 2], [-2, -1], atol=0.5):
            yield f"ECC found the shift {warp[:, 2].tolist()}, expected [-2, -1]"
    if not (isinstance(cv2.error, type) and issubclass(cv2.error, Exception)):
        yield "cv2.error is not an exception class"


def modules() -> str:
    """The "To be built" line of OpenCV's build information."""
    found = re.search(r"To be built:\s*(.+)", cv2.getBuildInformation())
    return found.group(1).strip() if found else "?"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minimal", action="store_true", help="fail on a full OpenCV build")
    options = parser.parse_args(argv)
    problems = [f"cv2.{name} is missing" for name in missing(used_names())]
    if not problems:  # the exercise would stop at the first missing name
        problems += list(exercise())
    if options.minimal:
        extra = [name for name in NOT_IN_MINIMAL if hasattr(cv2, name)]
        if extra:
            problems.append(f"not the minimal build: cv2 has {', '.join(extra)}")
    where = Path(cv2.__file__).parent
    for problem in problems:
        print(f"check_cv2: {problem}", file=sys.stderr)
    if problems:
        print(f"check_cv2: FAILED for OpenCV {cv2.__version__} in {where}", file=sys.stderr)
        return 1
    print(f"check_cv2: OpenCV {cv2.__version__} ({modules()}) in {where}: OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
