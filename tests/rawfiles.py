"""Real RAW files for tests: DNGs written from real pictures (a Bayer mosaic with a colour
matrix, which LibRaw develops faithfully), optionally with an embedded JPEG preview.

:func:`make_dng` takes an RGB picture and writes a DNG whose development through LibRaw
looks like the picture: the sRGB values are made linear and laid out as an RGGB mosaic,
with ``ColorMatrix1`` (XYZ to camera) set to the XYZ-to-linear-sRGB matrix, so the
"camera" sees sRGB primaries.  ``preview_side`` adds a JPEG preview (in a second IFD,
``NewSubfileType`` 1, as cameras and Adobe's converter write them).
"""

from __future__ import annotations

import io
import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

# XYZ (D65) -> linear sRGB, the inverse of the sRGB primaries' matrix.
XYZ_TO_SRGB = (
    (3.2404542, -1.5371385, -0.4985314),
    (-0.9692660, 1.8760108, 0.0415560),
    (0.0556434, -0.2040259, 1.0572252),
)
ORIENTATION_TAG = 274


def _linear(rgb: np.ndarray) -> np.ndarray:
    """sRGB 0-255 to linear light 0-1."""
    c = rgb.astype(np.float64) / 255.0
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def mosaic(image: Image.Image) -> np.ndarray:
    """An RGGB Bayer mosaic (uint16, 0-65535) of the picture (even width and height)."""
    rgb = _linear(np.asarray(image.convert("RGB")))
    height, width = (rgb.shape[0] // 2) * 2, (rgb.shape[1] // 2) * 2
    rgb = rgb[:height, :width]
    out = np.empty((height, width), dtype=np.float64)
    out[0::2, 0::2] = rgb[0::2, 0::2, 0]  # R
    out[0::2, 1::2] = rgb[0::2, 1::2, 1]  # G
    out[1::2, 0::2] = rgb[1::2, 0::2, 1]  # G
    out[1::2, 1::2] = rgb[1::2, 1::2, 2]  # B
    return np.clip(out * 65535.0, 0, 65535).astype(np.uint16)


def _srational(value: float) -> tuple[int, int]:
    return round(value * 10000), 10000


@dataclass(frozen=True)
class Camera:
    """What a camera writes about a shot: Make and Model in IFD0, DateTimeOriginal in the
    EXIF IFD (``taken_in_ifd0``: in IFD0, as some DNG writers do)."""

    make: str = "photodedup"
    model: str = "Test Camera"
    taken: str | None = None  # "YYYY:MM:DD HH:MM:SS"
    taken_in_ifd0: bool = False


def _camera_tags(tags: object, camera: Camera) -> None:
    from pidng.core import Tag
    from pidng.dng import Type, dngIFD, dngTag

    tags.set(Tag.Make, camera.make)  # type: ignore[attr-defined]
    tags.set(Tag.Model, camera.model)  # type: ignore[attr-defined]
    tags.set(Tag.UniqueCameraModel, f"{camera.make} {camera.model}")  # type: ignore[attr-defined]
    if camera.taken and camera.taken_in_ifd0:
        tags.set(Tag.DateTimeOriginal, camera.taken)  # type: ignore[attr-defined]
    elif camera.taken:  # pidng's IFD-typed tags fail to encode: a LONG tag with the IFD
        exif = dngIFD()
        exif.tags.append(dngTag(Tag.DateTimeOriginal, camera.taken))
        pointer = dngTag((Tag.EXIF_IFD[0], Type.Long), [0])
        pointer.subIFD = exif
        tags.__tags__[Tag.EXIF_IFD] = pointer  # type: ignore[attr-defined]


def dng_bytes(image: Image.Image, *, orientation: int = 1, camera: Camera = Camera()) -> bytes:
    """The DNG (no preview) of ``image``, through pidng."""
    from pidng.core import RAW2DNG, DNGTags, Tag
    from pidng.defs import CFAPattern, DNGVersion, PhotometricInterpretation

    data = mosaic(image)
    height, width = data.shape
    tags = DNGTags()
    tags.set(Tag.ImageWidth, width)
    tags.set(Tag.ImageLength, height)
    tags.set(Tag.TileWidth, width)
    tags.set(Tag.TileLength, height)
    tags.set(Tag.Orientation, orientation)
    tags.set(Tag.PhotometricInterpretation, PhotometricInterpretation.Color_Filter_Array)
    tags.set(Tag.SamplesPerPixel, 1)
    tags.set(Tag.BitsPerSample, 16)
    tags.set(Tag.CFARepeatPatternDim, [2, 2])
    tags.set(Tag.CFAPattern, CFAPattern.RGGB)
    tags.set(Tag.BlackLevel, 0)
    tags.set(Tag.WhiteLevel, 65535)
    tags.set(Tag.ColorMatrix1, [_srational(v) for row in XYZ_TO_SRGB for v in row])
    tags.set(Tag.CalibrationIlluminant1, 21)  # D65
    tags.set(Tag.AsShotNeutral, [[1, 1], [1, 1], [1, 1]])
    tags.set(Tag.BaselineExposure, [[0, 1]])
    _camera_tags(tags, camera)
    tags.set(Tag.DNGVersion, DNGVersion.V1_4)
    tags.set(Tag.DNGBackwardVersion, DNGVersion.V1_2)
    writer = RAW2DNG()
    writer.options(tags, path="", compress=False)
    return bytes(writer.convert(data, filename=""))


def add_preview(dng: bytes, preview: Image.Image, quality: int = 90) -> bytes:
    """``dng`` with a JPEG preview appended as a second IFD (NewSubfileType 1)."""
    jpeg = io.BytesIO()
    preview.convert("RGB").save(jpeg, "JPEG", quality=quality)
    jpeg_bytes = jpeg.getvalue()
    assert dng[:2] == b"II"
    buf = bytearray(dng)
    ifd0 = struct.unpack_from("<I", buf, 4)[0]
    count = struct.unpack_from("<H", buf, ifd0)[0]
    next_at = ifd0 + 2 + 12 * count
    assert struct.unpack_from("<I", buf, next_at)[0] == 0, "the DNG already has a second IFD"
    if len(buf) % 2:
        buf.append(0)
    jpeg_at = len(buf)
    buf += jpeg_bytes
    if len(buf) % 2:
        buf.append(0)
    bits_at = len(buf)
    buf += struct.pack("<HHH", 8, 8, 8)
    ifd1 = len(buf)
    width, height = preview.size
    entries = [  # (tag, type, count, value); types: 3 SHORT, 4 LONG
        (254, 4, 1, 1),  # NewSubfileType: reduced resolution
        (256, 4, 1, width),
        (257, 4, 1, height),
        (258, 3, 3, bits_at),
        (259, 3, 1, 7),  # JPEG
        (262, 3, 1, 6),  # YCbCr
        (273, 4, 1, jpeg_at),
        (277, 3, 1, 3),
        (278, 4, 1, height),
        (279, 4, 1, len(jpeg_bytes)),
    ]
    buf += struct.pack("<H", len(entries))
    for tag, kind, n, value in entries:
        buf += struct.pack("<HHI", tag, kind, n)
        buf += struct.pack("<HH", value, 0) if kind == 3 and n == 1 else struct.pack("<I", value)
    buf += struct.pack("<I", 0)
    struct.pack_into("<I", buf, next_at, ifd1)
    return bytes(buf)


def make_dng(
    image: Image.Image,
    path: Path,
    *,
    preview_side: int | None = None,
    orientation: int = 1,
    camera: Camera = Camera(),
) -> Path:
    """Write ``image`` as a DNG at ``path`` (with a JPEG preview ``preview_side`` pixels on
    its longer side when given, and ``camera``'s tags); returns ``path``."""
    data = dng_bytes(image, orientation=orientation, camera=camera)
    if preview_side:
        preview = image.convert("RGB")
        preview.thumbnail((preview_side, preview_side), Image.Resampling.LANCZOS)
        data = add_preview(data, preview)
    path.write_bytes(data)
    return path
