"""Build realistic fixture photo folders with Pillow + numpy (reusable by every test suite).

A "photo" is smooth random noise plus a few random shapes, so that perceptual hashes carry
real information (flat colours would all hash alike).  ``build_library`` writes originals,
their typical copies (resized, re-compressed, PNG, WebP, HEIC, EXIF-rotated) and a few
bad files.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

EXIF_ORIENTATION = 0x0112
COPY_KINDS = ("resized", "recompressed", "png", "webp", "heic", "rotated")


def textured_image(seed: int, size: tuple[int, int] = (320, 240)) -> Image.Image:
    """A deterministic RGB picture: upscaled random noise plus random ellipses/rectangles."""
    rng = np.random.default_rng(seed)
    coarse = rng.integers(0, 256, size=(6, 8, 3), dtype=np.uint8)
    img = Image.fromarray(coarse, "RGB").resize(size, Image.Resampling.BICUBIC)
    draw = ImageDraw.Draw(img)
    width, height = size
    for _ in range(6):
        x0, y0 = int(rng.integers(0, width - 20)), int(rng.integers(0, height - 20))
        x1 = x0 + int(rng.integers(15, width // 2))
        y1 = y0 + int(rng.integers(15, height // 2))
        colour = tuple(int(c) for c in rng.integers(0, 256, size=3))
        shape = draw.ellipse if rng.random() < 0.5 else draw.rectangle
        shape((x0, y0, x1, y1), fill=colour)
    return img


def save_jpeg(img: Image.Image, path: Path, quality: int = 90, orientation: int = 0) -> Path:
    """Save as JPEG, optionally with an EXIF orientation tag."""
    exif = Image.Exif()
    if orientation:
        exif[EXIF_ORIENTATION] = orientation
    img.save(path, "JPEG", quality=quality, exif=exif.tobytes())
    return path


def save_heic(img: Image.Image, path: Path) -> Path:
    """Save as HEIC through pillow-heif."""
    import pillow_heif

    pillow_heif.register_heif_opener()
    img.save(path, "HEIF", quality=80)
    return path


def make_copy(img: Image.Image, kind: str, path_stem: Path) -> Path:
    """Write one typical near-duplicate of ``img``; returns the file written."""
    if kind == "resized":
        small = img.resize((img.width // 2, img.height // 2), Image.Resampling.LANCZOS)
        return save_jpeg(small, path_stem.with_suffix(".jpg"), quality=85)
    if kind == "recompressed":
        return save_jpeg(img, path_stem.with_suffix(".jpg"), quality=35)
    if kind == "png":
        img.save(path_stem.with_suffix(".png"))
        return path_stem.with_suffix(".png")
    if kind == "webp":
        img.save(path_stem.with_suffix(".webp"), quality=80)
        return path_stem.with_suffix(".webp")
    if kind == "heic":
        return save_heic(img, path_stem.with_suffix(".heic"))
    if kind == "rotated":  # pixels stored turned; orientation 6 turns them upright again
        stored = img.transpose(Image.Transpose.ROTATE_90)
        return save_jpeg(stored, path_stem.with_suffix(".jpg"), orientation=6)
    raise ValueError(kind)


def write_bad_files(folder: Path) -> list[Path]:
    """A zero-byte file, a truncated JPEG and a text file named .jpg."""
    folder.mkdir(parents=True, exist_ok=True)
    empty = folder / "empty.jpg"
    empty.write_bytes(b"")
    full = save_jpeg(textured_image(999), folder / "whole.tmp.jpg")
    data = full.read_bytes()
    full.unlink()
    truncated = folder / "truncated.jpg"
    truncated.write_bytes(data[: len(data) // 2])
    text = folder / "notes.jpg"
    text.write_text("this is not a picture\n", encoding="utf-8")
    return [empty, truncated, text]


@dataclass
class Library:
    """What build_library wrote: originals, their copies, distinct singles and bad files."""

    root: Path
    originals: list[Path] = field(default_factory=list)
    copies: dict[Path, list[Path]] = field(default_factory=dict)
    singles: list[Path] = field(default_factory=list)
    bad: list[Path] = field(default_factory=list)

    def group_of(self, original: Path) -> set[str]:
        """Paths (str) expected in the same group as ``original``."""
        return {str(original), *(str(p) for p in self.copies[original])}

    @property
    def good_files(self) -> list[Path]:
        """Every decodable file."""
        return [*self.originals, *(c for cs in self.copies.values() for c in cs), *self.singles]


def build_library(
    root: Path,
    originals: int = 2,
    kinds: tuple[str, ...] = COPY_KINDS,
    singles: int = 2,
    bad: bool = True,
) -> Library:
    """Write a photo folder: originals with near-duplicate copies, distinct photos, bad files."""
    lib = Library(root=root)
    (root / "copies").mkdir(parents=True, exist_ok=True)
    for n in range(originals):
        img = textured_image(seed=100 + n)
        original = save_jpeg(img, root / f"photo{n}.jpg", quality=95)
        lib.originals.append(original)
        lib.copies[original] = [
            make_copy(img, kind, root / "copies" / f"photo{n}_{kind}") for kind in kinds
        ]
    for n in range(singles):
        lib.singles.append(save_jpeg(textured_image(seed=500 + n), root / f"single{n}.jpg"))
    if bad:
        lib.bad = write_bad_files(root / "bad")
    return lib


# Other platforms simulated on Linux (discovery): a Windows directory entry's stat
# has st_dev = st_ino = st_nlink = 0 (CPython docs).


def zero_ids(st: os.stat_result) -> os.stat_result:
    """``st`` with st_ino, st_dev and st_nlink 0, as a Windows directory entry gives it."""
    _, (fields, extra) = st.__reduce__()
    fields = list(fields)
    fields[1] = fields[2] = fields[3] = 0  # st_ino, st_dev, st_nlink
    return os.stat_result(fields, extra)


class WindowsEntry:
    """A real ``os.DirEntry`` whose ``stat()`` is Windows': no device, inode or link count."""

    def __init__(self, entry: os.DirEntry[str]) -> None:
        self._entry, self.name, self.path = entry, entry.name, entry.path

    def stat(self, *, follow_symlinks: bool = True) -> os.stat_result:
        return zero_ids(self._entry.stat(follow_symlinks=follow_symlinks))

    def is_dir(self, *, follow_symlinks: bool = True) -> bool:
        return self._entry.is_dir(follow_symlinks=follow_symlinks)

    def is_file(self, *, follow_symlinks: bool = True) -> bool:
        return self._entry.is_file(follow_symlinks=follow_symlinks)

    def is_symlink(self) -> bool:
        return self._entry.is_symlink()

    def inode(self) -> int:
        return self._entry.inode()
