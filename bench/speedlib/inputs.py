"""Benchmark inputs made by script from real photos (scikit-image's bundled pictures).

* :func:`make_photos`: camera-like 12-megapixel JPEGs (4000x3000, sensor noise, EXIF with
  Make/Model/DateTimeOriginal/Orientation, quality 90, ~4 MB each).
* :func:`make_library`: a large library of small JPEGs (160x120) in nested folders, each a
  collage of crops of real photos, every 50th file a byte-identical copy.

Both are idempotent: a ``manifest.json`` records what a folder holds, and a folder that
already matches is reused (building 100,000 files takes a minute or two).
"""

from __future__ import annotations

import io
import json
import os
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from pathlib import Path

import numpy as np
from PIL import Image

SOURCES = ("astronaut", "chelsea", "coffee", "rocket", "hubble_deep_field", "retina")
PHOTO_SIZE = (4000, 3000)
LIBRARY_SIZE = (160, 120)
FILES_PER_FOLDER = 100
FOLDERS_PER_PARENT = 10
_NOISE_TILE = 1024
_CAMERAS = (
    ("Canon", "Canon EOS 80D"),
    ("NIKON CORPORATION", "NIKON D7500"),
    ("Apple", "iPhone 12"),
)


@cache
def source_image(name: str) -> Image.Image:
    """One of scikit-image's bundled colour photos."""
    import skimage.data

    return Image.fromarray(getattr(skimage.data, name)()).convert("RGB")


def _is_built(folder: Path, manifest: dict[str, object]) -> bool:
    try:
        return json.loads((folder / "manifest.json").read_text()) == manifest
    except (OSError, ValueError):
        return False


def _mark_built(folder: Path, manifest: dict[str, object]) -> None:
    (folder / "manifest.json").write_text(json.dumps(manifest))


def _parallel_map(func, items: list[object]) -> None:
    with ProcessPoolExecutor(os.cpu_count()) as pool:
        for _ in pool.map(func, items, chunksize=max(1, len(items) // 64)):
            pass


# --- 12-megapixel camera-like photos -----------------------------------------------------


@cache
def _noise_tile(seed: int) -> np.ndarray:
    """Sensor-like noise: per-pixel Gaussian (sigma ~6 levels) with a little chroma noise."""
    rng = np.random.default_rng(seed)
    luma = rng.normal(0, 6.0, (_NOISE_TILE, _NOISE_TILE, 1))
    chroma = rng.normal(0, 1.5, (_NOISE_TILE, _NOISE_TILE, 3))
    return (luma + chroma).astype(np.int16)


def _camera_exif(index: int) -> bytes:
    make, model = _CAMERAS[index % len(_CAMERAS)]
    exif = Image.Exif()
    exif[0x010F] = make
    exif[0x0110] = model
    exif[0x0112] = 6 if index % 5 == 4 else 1  # every fifth shot held upright
    exif[0x0131] = "photodedup bench"
    day, second = divmod(index, 86_400)
    stamp = f"2024:{1 + day % 12:02d}:{1 + day % 28:02d} {second // 3600 % 24:02d}:"
    stamp += f"{second // 60 % 60:02d}:{second % 60:02d}"
    exif.get_ifd(0x8769)[0x9003] = stamp  # DateTimeOriginal
    return exif.tobytes()


def _photo_pixels(index: int) -> Image.Image:
    """A 12-MP frame: a random 4:3 crop of a real photo, upscaled, exposure varied, noisy."""
    rng = np.random.default_rng(index)
    src = source_image(SOURCES[index % len(SOURCES)])
    w, h = src.size
    cw = int(min(w, h * 4 / 3) * rng.uniform(0.75, 1.0))
    ch = cw * 3 // 4
    x, y = int(rng.integers(0, w - cw + 1)), int(rng.integers(0, h - ch + 1))
    frame = src.crop((x, y, x + cw, y + ch)).resize(PHOTO_SIZE, Image.Resampling.BICUBIC)
    pixels = np.asarray(frame, dtype=np.int16) * rng.uniform(0.85, 1.15)
    tile = _noise_tile(0)
    dy, dx = (int(v) for v in rng.integers(0, _NOISE_TILE, 2))
    rolled = np.roll(tile, (dy, dx), axis=(0, 1))
    reps = (PHOTO_SIZE[1] // _NOISE_TILE + 1, PHOTO_SIZE[0] // _NOISE_TILE + 1, 1)
    noise = np.tile(rolled, reps)[: PHOTO_SIZE[1], : PHOTO_SIZE[0]]
    return Image.fromarray(np.clip(pixels + noise, 0, 255).astype(np.uint8))


def _write_photo(job: tuple[str, int]) -> None:
    folder, index = job
    path = Path(folder) / f"IMG_{index:05d}.jpg"
    _photo_pixels(index).save(path, "JPEG", quality=90, exif=_camera_exif(index))


def make_photos(folder: Path, count: int) -> list[Path]:
    """``count`` camera-like 12-MP JPEGs in ``folder`` (reused when already built)."""
    manifest = {"kind": "photos", "count": count, "size": list(PHOTO_SIZE), "version": 1}
    folder.mkdir(parents=True, exist_ok=True)
    if not _is_built(folder, manifest):
        _parallel_map(_write_photo, [(str(folder), i) for i in range(count)])
        _mark_built(folder, manifest)
    return sorted(folder.glob("IMG_*.jpg"))


# --- a large library of small photos -----------------------------------------------------


def library_path(root: Path, index: int) -> Path:
    """Where file ``index`` of a library lives (nested folders of 100 files)."""
    folder = index // FILES_PER_FOLDER
    parent = folder // FOLDERS_PER_PARENT
    return root / f"year{parent:04d}" / f"event{folder:05d}" / f"photo{index:07d}.jpg"


def _random_crop(rng: np.random.Generator, size: tuple[int, int]) -> Image.Image:
    """A random 4:3 crop of a random source photo, resized to ``size``, maybe mirrored."""
    src = source_image(SOURCES[int(rng.integers(0, len(SOURCES)))])
    w, h = src.size
    cw = int(rng.integers(48, min(w, h * 4 // 3) + 1))
    ch = cw * 3 // 4
    x, y = int(rng.integers(0, w - cw + 1)), int(rng.integers(0, h - ch + 1))
    img = src.crop((x, y, x + cw, y + ch)).resize(size, Image.Resampling.BOX)
    return img.transpose(Image.Transpose.FLIP_LEFT_RIGHT) if rng.random() < 0.5 else img


def _library_jpeg(index: int, size: tuple[int, int] = LIBRARY_SIZE) -> bytes:
    """A distinct small photo: a 2x2 collage of random crops of real photos.

    Four independent crops make the pictures (and their perceptual hashes) as varied as
    a real library's; a single crop of six sources would make every photo look like
    many others.
    """
    rng = np.random.default_rng(1_000_000 + index)
    half = (size[0] // 2, size[1] // 2)
    img = Image.new("RGB", size)
    for quadrant in range(4):
        tile = _random_crop(rng, half)
        img.paste(tile, ((quadrant % 2) * half[0], (quadrant // 2) * half[1]))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=int(rng.integers(75, 95)))
    return out.getvalue()


def _write_library_block(job: tuple[str, int, int, tuple[int, int]]) -> None:
    root, start, stop, size = job
    for index in range(start, stop):
        path = library_path(Path(root), index)
        path.parent.mkdir(parents=True, exist_ok=True)
        # every 50th file is a byte-identical copy of the previous one
        source = index - 1 if index % 50 == 49 else index
        path.write_bytes(_library_jpeg(source, size))


def make_library(root: Path, count: int, size: tuple[int, int] = LIBRARY_SIZE) -> Path:
    """``count`` JPEGs of ``size`` under ``root`` in nested folders (reused when built)."""
    manifest = {"kind": "library", "count": count, "size": list(size), "version": 2}
    root.mkdir(parents=True, exist_ok=True)
    if not _is_built(root, manifest):
        step = 1000
        blocks = [(str(root), s, min(s + step, count), size) for s in range(0, count, step)]
        _parallel_map(_write_library_block, blocks)
        _mark_built(root, manifest)
    return root


def library_subset(root: Path, count: int) -> list[Path]:
    """The top folders of a library holding its first ``count`` files."""
    per_parent = FILES_PER_FOLDER * FOLDERS_PER_PARENT
    return [root / f"year{p:04d}" for p in range(-(-count // per_parent))]
