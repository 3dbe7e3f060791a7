"""Build, or reuse, the minimal OpenCV wheel that the desktop bundle ships.

Usage: ``python packaging/opencv_minimal.py [--build-dir build/opencv] [--jobs N]``
prints the path of the wheel (building it first if this version and these options have
no wheel in the build dir yet).  Run by ``packaging/build_app.sh`` and ``build_app.ps1``.

The PyPI wheel of opencv-python-headless is 172 MiB in the one-folder app: every module,
with FFmpeg and the video codecs, and OpenBLAS for LAPACK.  The app calls a handful of
functions, all in the structure check (``photodedup/core/group/structure.py``: resize,
ORB, a brute-force Hamming matcher, estimateAffinePartial2D with RANSAC, findTransformECC,
warpAffine).  This builds the same release from its sdist with opencv-python's documented
knobs (``ENABLE_HEADLESS=1``, extra CMake options in ``CMAKE_ARGS``; see the README of
github.com/opencv/opencv-python): only the modules holding those functions and the ones
they need, no video I/O, no image codecs (the app decodes with Pillow), no LAPACK, no
OpenCL, no IPP (whose binaries CMake would download from GitHub).  The wheel keeps the
name and version of the PyPI one, so ``pip install .`` in the build venv is satisfied by it.

The wheel is kept in ``<build-dir>/<version>-<hash of the options>-<machine>-<python>/``;
change ``OPENCV_VERSION``, an option or the Python and the next build makes a new one.
``pip install .`` outside the desktop build (and the CI) keeps using the PyPI wheel.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

PACKAGE = "opencv-python-headless"
OPENCV_VERSION = "5.1.0.95"  # the release whose sdist is built (the 5.x module names below)

# OpenCV 5 module names: ORB and the matcher are in `features`, estimateAffinePartial2D in
# `geometry` (which needs `flann`), findTransformECC in `video`; `python3` is the bindings.
MODULES = ("core", "imgproc", "features", "flann", "geometry", "video", "python3")
OFF = (
    # video I/O and GUI
    "FFMPEG", "GSTREAMER", "V4L", "1394", "GTK", "QT", "VA", "VA_INTEL",
    # image codecs (imgcodecs is not built; keep CMake from building its libraries)
    "JPEG", "PNG", "SPNG", "TIFF", "WEBP", "OPENJPEG", "JASPER", "AVIF", "OPENEXR",
    # linear algebra and accelerators: OpenCV's own code is used instead
    "LAPACK", "EIGEN", "OPENCL", "IPP", "TBB", "OPENMP", "ITT",
    # dnn / objdetect helpers
    "PROTOBUF", "FLATBUFFERS", "QUIRC",
)  # fmt: skip


def cmake_args() -> list[str]:
    """The CMake options added to opencv-python's own (``CMAKE_ARGS``)."""
    return [
        f"-DBUILD_LIST={','.join(MODULES)}",
        *(f"-DWITH_{name}=OFF" for name in OFF),
        "-DBUILD_OPENEXR=OFF",
    ]


def cache_key(version: str, args: list[str], machine: str, python: str) -> str:
    """Folder name of one build: version, a hash of the options, the machine, the Python
    (``cp311``: the wheel is tagged for the interpreter that built it)."""
    digest = hashlib.sha256("\n".join([version, *args]).encode()).hexdigest()[:12]
    return f"{version}-{digest}-{machine.lower()}-{python}"


def python_tag() -> str:
    """``cp311`` for CPython 3.11."""
    return f"cp{sys.version_info.major}{sys.version_info.minor}"


def build_env(args: list[str], jobs: int) -> dict[str, str]:
    """Environment of the build: opencv-python's switches and the parallel jobs."""
    return dict(
        os.environ,
        ENABLE_HEADLESS="1",
        ENABLE_CONTRIB="0",
        CMAKE_ARGS=" ".join(args),
        CMAKE_BUILD_PARALLEL_LEVEL=str(jobs),
        MAKEFLAGS=f"-j{jobs}",
    )


def find_wheel(folder: Path) -> Path | None:
    """The wheel built into ``folder`` earlier, if any."""
    wheels = sorted(folder.glob("opencv_python_headless-*.whl"))
    return wheels[-1] if wheels else None


def build(folder: Path, args: list[str], jobs: int) -> Path:
    """Download the sdist and build the wheel into ``folder`` (tens of minutes)."""
    folder.mkdir(parents=True, exist_ok=True)
    command = [
        sys.executable, "-m", "pip", "wheel", "-v", "--no-deps", "--disable-pip-version-check",
        # no cache: this wheel must not stand in for the PyPI sdist's build elsewhere
        "--no-cache-dir", "--no-binary", PACKAGE, f"{PACKAGE}=={OPENCV_VERSION}",
        "--wheel-dir", str(folder),
    ]  # fmt: skip
    print(f"building the minimal OpenCV wheel ({jobs} jobs): {' '.join(command)}", file=sys.stderr)
    print(f"  CMAKE_ARGS={' '.join(args)}", file=sys.stderr)
    start = time.monotonic()
    with (folder / "build.log").open("w", encoding="utf-8") as log:
        proc = subprocess.run(
            command, env=build_env(args, jobs), stdout=log, stderr=subprocess.STDOUT, check=False
        )
    wheel = find_wheel(folder)
    if proc.returncode != 0 or wheel is None:
        sys.exit(f"OpenCV build failed ({proc.returncode}); see {folder / 'build.log'}")
    print(f"built {wheel.name} in {time.monotonic() - start:.0f} s", file=sys.stderr)
    return wheel


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--build-dir", type=Path, default=Path("build/opencv"))
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    options = parser.parse_args(argv)
    args = cmake_args()
    folder = options.build_dir / cache_key(OPENCV_VERSION, args, platform.machine(), python_tag())
    wheel = find_wheel(folder) or build(folder, args, options.jobs)
    print(wheel.resolve())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
