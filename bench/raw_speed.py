"""RAW speed: fingerprinting camera RAW files from their embedded preview vs developing them.

    .venv/bin/python -m bench.raw_speed [--files 8] [--megapixels 12] [--preview 1620]
                                        [--repeat 3]

Writes ``--files`` DNGs of ``--megapixels`` (real pictures: scikit-image's sample photos,
enlarged) with an embedded JPEG preview ``--preview`` pixels wide (a Sony/Nikon-like
1616x1080 class preview) into a temporary folder, then times, in this process and on one
core (``OMP_NUM_THREADS=1``, as in the decoder processes), the work a decoder does per
file (read the bytes, decode, fingerprint) both ways:

* preview: :func:`photodedup.core.decode.image.decode_raw_bytes` as a scan uses it (the embedded
  JPEG, DCT-scaled);
* develop: the same with ``use_preview=False`` (LibRaw unpack + half-size development).

Each way runs ``--repeat`` times over the folder; the best run counts.  Prints files per
second for both and the ratio (the target is >= 10x).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")  # as in the decoder processes: one core each

from PIL import Image

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from photodedup.core.decode.files import read_path  # noqa: E402
from photodedup.core.decode.image import decode_raw_bytes  # noqa: E402
from photodedup.core.fingerprint import DECODE_MIN_SIDE, fingerprint_image  # noqa: E402
from tests.rawfiles import add_preview, dng_bytes  # noqa: E402

SAMPLES = ("astronaut", "coffee", "chelsea", "rocket", "immunohistochemistry", "cat")


def _pictures(count: int, megapixels: float) -> list[Image.Image]:
    from skimage import data

    out = []
    for index in range(count):
        img = Image.fromarray(getattr(data, SAMPLES[index % len(SAMPLES)])()).convert("RGB")
        if index >= len(SAMPLES):
            img = img.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
        width = int((megapixels * 1e6 * 3 / 2) ** 0.5) // 2 * 2
        out.append(img.resize((width, width * 2 // 3), Image.Resampling.BICUBIC))
    return out


def _write(folder: Path, count: int, megapixels: float, preview_side: int) -> list[Path]:
    paths = []
    for index, img in enumerate(_pictures(count, megapixels)):
        preview = img.copy()
        preview.thumbnail((preview_side, preview_side), Image.Resampling.LANCZOS)
        path = folder / f"IMG_{index:04d}.dng"
        path.write_bytes(add_preview(dng_bytes(img), preview))
        paths.append(path)
    return paths


def _run(paths: list[Path], *, use_preview: bool) -> float:
    started = time.perf_counter()
    for path in paths:
        data = read_path(str(path))
        decoded = decode_raw_bytes(
            data, "DNG", max_pixels=10**9, min_side=DECODE_MIN_SIDE, ycc=True,
            use_preview=use_preview,
        )  # fmt: skip
        assert decoded.from_preview == use_preview
        fingerprint_image(decoded.image)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=8)
    parser.add_argument("--megapixels", type=float, default=12.0)
    parser.add_argument("--preview", type=int, default=1620)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="photodedup-raw-") as tmp:
        paths = _write(Path(tmp), args.files, args.megapixels, args.preview)
        mb = sum(p.stat().st_size for p in paths) / 1e6
        print(
            f"{len(paths)} DNGs of {args.megapixels:g} MP ({mb:.0f} MB), preview {args.preview}px"
        )
        _run(paths[:1], use_preview=True)  # warm-up: imports, LibRaw
        _run(paths[:1], use_preview=False)
        fast = min(_run(paths, use_preview=True) for _ in range(args.repeat))
        slow = min(_run(paths, use_preview=False) for _ in range(args.repeat))
    n = len(paths)
    print(f"preview: {n / fast:8.1f} files/s ({1000 * fast / n:7.1f} ms per file)")
    print(f"develop: {n / slow:8.1f} files/s ({1000 * slow / n:7.1f} ms per file)")
    print(f"ratio:   {slow / fast:8.1f}x (target >= 10x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
