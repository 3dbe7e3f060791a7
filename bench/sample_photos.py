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


def _sky(rng: np.random.Generator, width: int, height: int) -> Image.Image:
    top, bottom = rng.integers(20, 255, 3), rng.integers(60, 255, 3)
    ramp = np.linspace(0, 1, height)[:, None, None]
    sky = (top * (1 - ramp) + bottom * ramp).astype(np.uint8)
    return Image.fromarray(np.broadcast_to(sky, (height, width, 3)).copy(), "RGB")


def _colour(rng: np.random.Generator, low: int = 0, high: int = 256) -> tuple[int, int, int]:
    r, g, b = (int(v) for v in rng.integers(low, high, 3))
    return (r, g, b)


def _ridges(draw: ImageDraw.ImageDraw, rng: np.random.Generator, width: int, height: int) -> None:
    horizon = rng.uniform(0.3, 0.7)
    for layer in range(int(rng.integers(2, 5))):
        base = height * (horizon + 0.12 * layer)
        steps = np.cumsum(rng.normal(0, height * 0.03, 24))
        ridge = [
            (float(x), float(base + y))
            for x, y in zip(np.linspace(0, width, 24), steps, strict=True)
        ]
        draw.polygon([*ridge, (width, height), (0, height)], fill=_colour(rng, 10, 160))


def _city(draw: ImageDraw.ImageDraw, rng: np.random.Generator, width: int, height: int) -> None:
    x = 0
    while x < width:
        w, h = (
            int(rng.integers(width // 20, width // 6)),
            int(rng.integers(height // 5, height * 3 // 4)),
        )
        draw.rectangle((x, height - h, x + w, height), fill=_colour(rng, 20, 120))
        for wy in range(height - h + 10, height - 10, 28):  # lit windows
            for wx in range(x + 6, x + w - 10, 18):
                if rng.random() < 0.4:
                    draw.rectangle((wx, wy, wx + 8, wy + 12), fill=_colour(rng, 200, 256))
        x += w + int(rng.integers(0, 20))


def _still_life(
    draw: ImageDraw.ImageDraw, rng: np.random.Generator, width: int, height: int
) -> None:
    draw.rectangle(
        (0, int(height * rng.uniform(0.5, 0.8)), width, height), fill=_colour(rng, 60, 200)
    )
    for _ in range(int(rng.integers(3, 8))):
        cx, cy, r = rng.integers(0, width), rng.integers(height // 3, height), rng.integers(40, 200)
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=_colour(rng))


def landscape(seed: int, size: tuple[int, int] = (1200, 900)) -> Image.Image:
    """A deterministic synthetic photo: mountains, a city skyline or a still life."""
    rng = np.random.default_rng(seed)
    width, height = size
    img = _sky(rng, width, height)
    draw = ImageDraw.Draw(img)
    sx, sy, r = rng.integers(60, width - 60), rng.integers(40, height // 2), rng.integers(25, 110)
    draw.ellipse((sx - r, sy - r, sx + r, sy + r), fill=_colour(rng, 190, 256))
    scene = (_ridges, _city, _still_life)[seed % 3]
    scene(draw, rng, width, height)
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
