"""Edited copies written by the corpus: the edits that must match and those that may.

Each edit takes the original (RGB) and a seeded ``random.Random`` and writes one file.
Copies written as JPEG or HEIC keep the original's capture instant (:func:`taken_at`), as
re-encoders, converters and editors keep the EXIF; the PNG, WebP and stripped copies carry
none, as web converters and chat apps drop it.
"""

from __future__ import annotations

import contextlib
import datetime
import io
import random
from collections.abc import Callable, Iterator
from pathlib import Path

import pillow_heif
from PIL import Image, ImageDraw, ImageEnhance, ImageFont, ImageOps

pillow_heif.register_heif_opener()

ORIENTATION_TAG = 0x0112
EditFn = Callable[[Image.Image, random.Random, Path], Path]


BURST_START = datetime.datetime(2019, 6, 1, 8, 0, 0)  # time 0 of the burst frames' clock
_taken: list[float | None] = [None]  # the capture instant of the picture being written


@contextlib.contextmanager
def taken_at(seconds: float | None) -> Iterator[None]:
    """Write the files of the block with this capture instant (seconds from BURST_START;
    None: none) in their EXIF."""
    _taken[0] = seconds
    try:
        yield
    finally:
        _taken[0] = None


def camera_exif(orientation: int = 1) -> Image.Exif:
    """A small camera EXIF block (make, model, date, orientation; the capture instant
    under :func:`taken_at`)."""
    exif = Image.Exif()
    exif[0x010F] = "PhotoDedupCam"
    exif[0x0110] = "Bench 1"
    exif[0x0132] = "2024:05:01 12:00:00"
    exif[ORIENTATION_TAG] = orientation
    if _taken[0] is not None:
        when = BURST_START + datetime.timedelta(seconds=_taken[0])
        ifd = exif.get_ifd(0x8769)
        ifd[0x9003] = when.strftime("%Y:%m:%d %H:%M:%S")  # DateTimeOriginal
        ifd[0x9291] = f"{when.microsecond // 1000:03d}"  # SubSecTimeOriginal
    return exif


def save_jpeg(img: Image.Image, out: Path, quality: int = 92, exif: bool = True) -> Path:
    """Write a JPEG (with camera EXIF unless ``exif`` is False)."""
    out = out.with_suffix(".jpg")
    kwargs = {"exif": camera_exif().tobytes()} if exif else {}
    img.save(out, "JPEG", quality=quality, **kwargs)
    return out


def _resize_half(img: Image.Image, rng: random.Random, out: Path) -> Path:
    return save_jpeg(img.reduce(2), out, quality=88)


def _resize_640(img: Image.Image, rng: random.Random, out: Path) -> Path:
    copy = img.copy()
    copy.thumbnail((640, 640), Image.Resampling.LANCZOS)
    return save_jpeg(copy, out, quality=88)


def _jpeg_q40(img: Image.Image, rng: random.Random, out: Path) -> Path:
    return save_jpeg(img, out, quality=40)


def _png(img: Image.Image, rng: random.Random, out: Path) -> Path:
    out = out.with_suffix(".png")
    img.save(out, "PNG", compress_level=1)
    return out


def _webp(img: Image.Image, rng: random.Random, out: Path) -> Path:
    out = out.with_suffix(".webp")
    img.save(out, "WEBP", quality=75)
    return out


def _heic(img: Image.Image, rng: random.Random, out: Path) -> Path:
    out = out.with_suffix(".heic")
    img.save(out, "HEIF", quality=70, exif=camera_exif().tobytes())
    return out


# EXIF orientation -> the transpose that turns upright pixels into the stored pixels.
_STORE_FOR_ORIENTATION = {
    3: Image.Transpose.ROTATE_180,
    6: Image.Transpose.ROTATE_90,
    8: Image.Transpose.ROTATE_270,
}


def _exif_orient(img: Image.Image, rng: random.Random, out: Path) -> Path:
    orientation = rng.choice(sorted(_STORE_FOR_ORIENTATION))
    stored = img.transpose(_STORE_FOR_ORIENTATION[orientation])
    out = out.with_suffix(".jpg")
    stored.save(out, "JPEG", quality=92, exif=camera_exif(orientation).tobytes())
    with Image.open(out) as check:  # the tag must turn it back upright
        assert ImageOps.exif_transpose(check).size == img.size
    return out


def _strip_metadata(img: Image.Image, rng: random.Random, out: Path) -> Path:
    return save_jpeg(img, out, quality=95, exif=False)


def _border_crop(img: Image.Image, rng: random.Random, out: Path) -> Path:
    w, h = img.size
    sides = [rng.uniform(0.0, 0.05) for _ in range(4)]
    sides[rng.randrange(4)] = rng.uniform(0.03, 0.05)
    box = (
        round(w * sides[0]),
        round(h * sides[1]),
        w - round(w * sides[2]),
        h - round(h * sides[3]),
    )
    return save_jpeg(img.crop(box), out)


def _brightness(img: Image.Image, rng: random.Random, out: Path) -> Path:
    factor = rng.choice((0.85, 1.15))
    return save_jpeg(ImageEnhance.Brightness(img).enhance(factor), out)


def _contrast(img: Image.Image, rng: random.Random, out: Path) -> Path:
    factor = rng.choice((0.85, 1.15))
    return save_jpeg(ImageEnhance.Contrast(img).enhance(factor), out)


def _watermark(img: Image.Image, rng: random.Random, out: Path) -> Path:
    copy = img.copy()
    w, h = copy.size
    size = max(10, h // 22)
    font = ImageFont.load_default(size=size)
    text = rng.choice(("© 2024 J. Doe", "my holidays", "photodedup.example"))
    draw = ImageDraw.Draw(copy, "RGBA")
    left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
    tw, th = right - left, bottom - top
    corner_x = rng.choice((size // 2, w - tw - size // 2))
    corner_y = rng.choice((size // 2, h - th - size // 2))
    draw.rectangle(
        (corner_x - 4, corner_y - 4, corner_x + tw + 4, corner_y + th + 8), (0, 0, 0, 110)
    )
    draw.text((corner_x, corner_y - top), text, font=font, fill=(255, 255, 255, 230))
    return save_jpeg(copy, out)


def _caption_box(img: Image.Image, rng: random.Random, out: Path) -> Path:
    """An opaque white box with one line of dark text in a bottom corner (as photo-sharing
    apps add); on a dark picture it is the brightest thing in the frame."""
    copy = img.copy()
    w, h = copy.size
    size = max(10, h // 18)
    font = ImageFont.load_default(size=size)
    text = rng.choice(("Shared with PhotoApp", "Holiday 2024 #3", "sent from my phone"))
    draw = ImageDraw.Draw(copy)
    left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
    pad = size // 2
    bw, bh = right - left + 2 * pad, bottom - top + 2 * pad
    x = rng.choice((pad, w - bw - pad))
    y = h - bh - pad
    draw.rectangle((x, y, x + bw, y + bh), fill=(255, 255, 255))
    draw.text((x + pad - left, y + pad - top), text, font=font, fill=(30, 30, 30))
    return save_jpeg(copy, out)


def _mirror(img: Image.Image, rng: random.Random, out: Path) -> Path:
    return save_jpeg(ImageOps.mirror(img), out)


def _rotate90(img: Image.Image, rng: random.Random, out: Path) -> Path:
    return save_jpeg(img.transpose(Image.Transpose.ROTATE_90), out)


def _rotate180(img: Image.Image, rng: random.Random, out: Path) -> Path:
    return save_jpeg(img.transpose(Image.Transpose.ROTATE_180), out)


def _rotate270(img: Image.Image, rng: random.Random, out: Path) -> Path:
    return save_jpeg(img.transpose(Image.Transpose.ROTATE_270), out)


def _mirror_rotate90(img: Image.Image, rng: random.Random, out: Path) -> Path:
    return save_jpeg(ImageOps.mirror(img).transpose(Image.Transpose.ROTATE_90), out)


def _grayscale(img: Image.Image, rng: random.Random, out: Path) -> Path:
    return save_jpeg(ImageOps.grayscale(img), out)


def _crop20(img: Image.Image, rng: random.Random, out: Path) -> Path:
    w, h = img.size
    cw, ch = round(w * 0.8), round(h * 0.8)
    x, y = rng.randint(0, w - cw), rng.randint(0, h - ch)
    return save_jpeg(img.crop((x, y, x + cw, y + ch)), out)


MUST_EDITS: dict[str, EditFn] = {
    "resize_half": _resize_half,
    "resize_640": _resize_640,
    "jpeg_q40": _jpeg_q40,
    "png": _png,
    "webp": _webp,
    "heic": _heic,
    "exif_orientation": _exif_orient,
    "metadata_stripped": _strip_metadata,
    "border_crop_5pct": _border_crop,
    "brightness_15pct": _brightness,
    "contrast_15pct": _contrast,
    "watermark": _watermark,
    "caption_box": _caption_box,
}
MAY_EDITS: dict[str, EditFn] = {
    "mirror": _mirror,
    "rotate90_no_exif": _rotate90,
    "rotate180_no_exif": _rotate180,
    "rotate270_no_exif": _rotate270,
    "mirror_rotate90": _mirror_rotate90,
    "grayscale": _grayscale,
    "crop_20pct": _crop20,
}


def encoded_size(img: Image.Image) -> int:
    """Bytes of a quality-75 JPEG of ``img`` (a cheap detail measure)."""
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=75)
    return buf.tell()
