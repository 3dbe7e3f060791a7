"""Generate a folder of photo-like pictures with realistic copies (for screenshots and benchmarks).

Each "photo" is a synthetic landscape (sky gradient, sun, layered ridges, noise) with EXIF
date and camera.  Copies are what people really accumulate: resized exports, re-saved
JPEGs, PNG/WebP conversions, EXIF-rotated and lightly cropped or brightened versions.

    python bench/sample_photos.py /tmp/photos --count 40
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance

EXIF_IFD, DATE_ORIGINAL, MAKE, MODEL, ORIENTATION = 0x8769, 0x9003, 0x010F, 0x0110, 0x0112
CAMERAS = (
    ("Canon", "EOS 80D"),
    ("Apple", "iPhone 13"),
    ("FUJIFILM", "X-T30"),
    ("SONY", "ILCE-7M3"),
)


def landscape(seed: int, size: tuple[int, int] = (1200, 900)) -> Image.Image:
    """A deterministic synthetic landscape photo."""
    rng = np.random.default_rng(seed)
    width, height = size
    top, bottom = rng.integers(40, 255, 3), rng.integers(120, 255, 3)
    ramp = np.linspace(0, 1, height)[:, None, None]
    sky = (top * (1 - ramp) + bottom * ramp).astype(np.uint8)
    img = Image.fromarray(np.broadcast_to(sky, (height, width, 3)).copy(), "RGB")
    draw = ImageDraw.Draw(img)
    sx, sy, r = rng.integers(100, width - 100), rng.integers(60, height // 2), rng.integers(30, 90)
    draw.ellipse(
        (sx - r, sy - r, sx + r, sy + r), fill=tuple(int(v) for v in rng.integers(200, 256, 3))
    )
    for layer in range(4):
        base = height * (0.45 + 0.13 * layer)
        steps = np.cumsum(rng.normal(0, height * 0.02, 24))
        xs = np.linspace(0, width, 24)
        ridge = [(float(x), float(base + y)) for x, y in zip(xs, steps, strict=True)]
        shade = rng.integers(10, 140, 3) // (1 + layer // 2)
        draw.polygon([*ridge, (width, height), (0, height)], fill=tuple(int(v) for v in shade))
    noise = rng.normal(0, 6, (height, width, 3))
    pixels = np.clip(np.asarray(img, dtype=np.float32) + noise, 0, 255).astype(np.uint8)
    return Image.fromarray(pixels, "RGB")


def exif_for(seed: int, orientation: int = 0) -> Image.Exif:
    """EXIF with a date taken, a camera and optionally an orientation."""
    exif = Image.Exif()
    make, model = CAMERAS[seed % len(CAMERAS)]
    exif[MAKE], exif[MODEL] = make, model
    day = 1 + seed % 28
    exif.get_ifd(EXIF_IFD)[DATE_ORIGINAL] = f"2019:07:{day:02d} 1{seed % 10}:2{seed % 6}:05"
    if orientation:
        exif[ORIENTATION] = orientation
    return exif


def write_copies(img: Image.Image, seed: int, name: str, root: Path) -> list[Path]:
    """Typical copies of one photo, spread over the folders."""
    rng = np.random.default_rng(seed)
    written = []
    kinds = rng.choice(
        ["resized", "resaved", "png", "webp", "rotated", "cropped", "brighter"],
        size=int(rng.integers(1, 4)),
        replace=False,
    )
    for kind in kinds:
        folder = root / ("Exports" if kind in ("resized", "png", "webp") else "Backup 2019")
        folder.mkdir(parents=True, exist_ok=True)
        if kind == "resized":
            path = folder / f"{name}_small.jpg"
            img.resize((img.width // 2, img.height // 2)).save(
                path, quality=85, exif=exif_for(seed)
            )
        elif kind == "resaved":
            path = folder / f"{name} (1).jpg"
            img.save(path, quality=60, exif=exif_for(seed))
        elif kind == "png":
            path = folder / f"{name}.png"
            img.resize((img.width * 2 // 3, img.height * 2 // 3)).save(path)
        elif kind == "webp":
            path = folder / f"{name}.webp"
            img.save(path, quality=80)
        elif kind == "rotated":  # pixels stored sideways, EXIF says "rotate 90° CW to view"
            path = folder / f"{name}_rotated.jpg"
            img.transpose(Image.Transpose.ROTATE_90).save(path, quality=90, exif=exif_for(seed, 6))
        elif kind == "cropped":
            path = folder / f"{name}_crop.jpg"
            w, h = img.size
            img.crop((w // 40, h // 40, w - w // 40, h - h // 40)).save(path, quality=88)
        else:
            path = folder / f"{name}_edit.jpg"
            ImageEnhance.Brightness(img).enhance(1.12).save(path, quality=88, exif=exif_for(seed))
        written.append(path)
    return written


def build(root: Path, count: int, size: tuple[int, int] = (1200, 900), copies: bool = True) -> int:
    """Write ``count`` photos (and copies of about two thirds of them); returns files written."""
    camera = root / "Camera"
    camera.mkdir(parents=True, exist_ok=True)
    files = 0
    for n in range(count):
        img = landscape(1000 + n, size)
        name = f"IMG_{4000 + n}"
        img.save(camera / f"{name}.jpg", quality=92, exif=exif_for(n))
        files += 1
        if copies and n % 3 != 2:
            files += len(write_copies(img, n, name, root))
    return files


def main() -> None:
    """Command line: folder and number of photos."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--count", type=int, default=40)
    parser.add_argument("--size", type=int, nargs=2, default=(1200, 900))
    parser.add_argument("--no-copies", action="store_true")
    args = parser.parse_args()
    files = build(args.folder, args.count, tuple(args.size), copies=not args.no_copies)
    print(f"wrote {files} files under {args.folder}")


if __name__ == "__main__":
    main()
