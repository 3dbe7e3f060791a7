"""Camera RAW files (CR2, CR3, NEF, ARW, RAF, ORF, RW2, PEF, DNG...) through LibRaw (rawpy).

:func:`decode_raw` turns a RAW file's bytes into the same :class:`Decoded` as every other
format, under the same rules (it runs inside the decoder processes, so crashes, hangs and
memory blow-ups of LibRaw cost one file, see :mod:`photodedup.core.decode.pool`):

* **fast path**: the embedded preview (most cameras store a full-size or 1-2 MP JPEG) is
  decoded when it is large enough for the request and has the sensor's shape; it is a
  JPEG, so it goes through :func:`photodedup.core.decode.image.decode` (allow-listed
  parser, bomb limits, truncation check) with its own EXIF orientation ignored: LibRaw's
  ``flip`` (the RAW's orientation) turns it upright, as it turns a development;
* **otherwise** a half-size development (``half_size``: 2x2 Bayer cells become one
  pixel, no demosaic), in camera white balance;
* the sensor size is checked against ``max_pixels`` (and against the file's size: a tiny
  file declaring a huge sensor is a bomb) *before* anything is unpacked;
* ``ImageInfo`` reports the format from the extension ("NEF", "DNG") and the sensor's
  visible size (oriented) as the resolution, whichever path gave the pixels, and the date
  taken and camera from the file's own EXIF (:mod:`photodedup.core.decode.raw_exif`).

LibRaw errors map to :class:`ErrorKind` values like Pillow's do.
"""

from __future__ import annotations

import dataclasses
import io
import os
from collections.abc import Callable

from PIL import Image

from photodedup.core.config import RAW_FORMATS
from photodedup.core.decode.files import DecodeError
from photodedup.core.decode.metadata import SWAPPED_ORIENTATIONS, upright
from photodedup.core.decode.raw_exif import raw_metadata
from photodedup.core.types import ErrorKind, ImageInfo

# Smallest preview side used for a fingerprint: below it (a 160x120 EXIF thumbnail) the
# RAW is developed instead.
PREVIEW_MIN_SIDE = 256
# A preview whose aspect ratio differs from the sensor's by more than this share is a
# letterboxed or cropped rendering: not trusted as the photo.
PREVIEW_ASPECT_TOLERANCE = 0.03
PIXELS_PER_BYTE = 64  # a RAW stores at least a byte per 64 photosites, even losslessly packed
# LibRaw's flip (dcraw: bit 4 transpose, 2 flip rows, 1 flip columns) as an EXIF orientation.
_SEPARATORS = frozenset({"/", os.sep, os.altsep or "/"})
FLIP_TO_ORIENTATION = {0: 1, 1: 2, 2: 4, 3: 3, 4: 5, 5: 8, 6: 6, 7: 7}


def raw_format(path: str) -> str | None:
    """The RAW format named by the file's extension ("NEF"), or None for other files."""
    dot = path.rfind(".")
    if dot <= 0 or path[dot - 1] in _SEPARATORS:  # no extension, or a name like ".dng"
        return None
    return RAW_FORMATS.get(path[dot:].lower())


def is_raw(path: str) -> bool:
    """True for a file whose extension is a camera RAW format."""
    return raw_format(path) is not None


@dataclasses.dataclass(frozen=True, slots=True)
class RawDecoded:
    """What :func:`decode_raw` found (``from_preview``: the embedded preview was used)."""

    image: Image.Image
    info: ImageInfo
    warnings: tuple[str, ...] = ()
    from_preview: bool = False
    captured: int = 0  # the capture instant (metadata.capture_instant); 0 when unknown


JpegDecode = Callable[[bytes, int, bool], Image.Image]  # (bytes, min side, ycc): not oriented


def decode_raw(
    data: bytes,
    fmt: str,
    *,
    jpeg: JpegDecode,
    max_pixels: int,
    min_side: int | None = None,
    ycc: bool = False,
    use_preview: bool = True,
) -> RawDecoded:
    """Decode a RAW file's bytes (see the module docstring); raises :class:`DecodeError`.

    ``min_side``: the smallest side the caller needs (a preview smaller than that, or than
    :data:`PREVIEW_MIN_SIDE`, is not used); ``use_preview=False`` always develops; ``jpeg``
    decodes an embedded JPEG preview (the safe decoder of :mod:`photodedup.core.decode.image`,
    passed in by it: this module sits below it).
    """
    if not data:
        raise DecodeError(ErrorKind.EMPTY, "the file is empty")
    import rawpy

    try:
        raw = rawpy.imread(io.BytesIO(data))
    except Exception as exc:
        raise _error(exc, fmt) from None
    with raw:
        try:
            decoded = _decode_open(
                raw,
                len(data),
                fmt,
                jpeg=jpeg,
                max_pixels=max_pixels,
                min_side=min_side,
                ycc=ycc,
                use_preview=use_preview,
            )
        except DecodeError:
            raise
        except Exception as exc:
            raise _error(exc, fmt) from None
    (taken, camera), captured = raw_metadata(data)
    info = decoded.info._replace(taken=taken, camera=camera)
    return dataclasses.replace(decoded, info=info, captured=captured)


def _decode_open(
    raw: object,
    file_bytes: int,
    fmt: str,
    *,
    jpeg: JpegDecode,
    max_pixels: int,
    min_side: int | None,
    ycc: bool,
    use_preview: bool,
) -> RawDecoded:
    sizes = raw.sizes  # type: ignore[attr-defined]
    _check_size(sizes.raw_width, sizes.raw_height, file_bytes, max_pixels)
    width, height = sizes.width, sizes.height
    if not width or not height:
        raise DecodeError(ErrorKind.UNREADABLE, f"not a readable {fmt} file (no image size)")
    orientation = FLIP_TO_ORIENTATION.get(sizes.flip, 1)
    if orientation in SWAPPED_ORIENTATIONS:
        width, height = height, width
    info = ImageInfo(width, height, fmt)
    need = max(min_side or 0, PREVIEW_MIN_SIDE)
    if use_preview:
        preview = _preview(raw, (width, height), orientation, jpeg=jpeg, need=need, ycc=ycc)
        if preview is not None:
            return RawDecoded(preview, info, from_preview=True)
    return RawDecoded(_develop(raw, min_side), info)


def _check_size(width: int, height: int, file_bytes: int, max_pixels: int) -> None:
    """The sensor's declared size against the pixel budget, before anything is unpacked."""
    pixels = width * height
    if pixels > max_pixels:
        raise DecodeError(ErrorKind.TOO_LARGE, f"{width}x{height} is over {max_pixels} pixels")
    if pixels > max_pixels // 64 and pixels > file_bytes * PIXELS_PER_BYTE:
        raise DecodeError(
            ErrorKind.TOO_LARGE,
            f"{width}x{height} declared by a {file_bytes}-byte file (a decompression bomb)",
        )


def _preview(
    raw: object,
    oriented_size: tuple[int, int],
    orientation: int,
    *,
    jpeg: JpegDecode,
    need: int,
    ycc: bool,
) -> Image.Image | None:
    """The embedded preview turned upright, or None when there is none good enough."""
    import rawpy

    try:
        thumb = raw.extract_thumb()  # type: ignore[attr-defined]
    except (rawpy.LibRawNoThumbnailError, rawpy.LibRawUnsupportedThumbnailError):
        return None
    except rawpy.LibRawError:
        return None  # a damaged preview: the development says whether the RAW is usable
    if thumb.format == rawpy.ThumbFormat.JPEG:
        try:
            image = jpeg(bytes(thumb.data), need, ycc)
        except DecodeError:
            return None
    elif thumb.format == rawpy.ThumbFormat.BITMAP:
        image = Image.fromarray(thumb.data)
    else:
        return None
    image = upright(image, orientation)
    if min(image.size) < need or not _same_shape(image.size, oriented_size):
        return None
    return image


def _same_shape(a: tuple[int, int], b: tuple[int, int]) -> bool:
    ratio_a, ratio_b = a[0] / a[1], b[0] / b[1]
    return abs(ratio_a - ratio_b) <= PREVIEW_ASPECT_TOLERANCE * ratio_b


def _develop(raw: object, min_side: int | None) -> Image.Image:
    """A half-size development in camera white balance, upright (LibRaw applies flip)."""
    rgb = raw.postprocess(  # type: ignore[attr-defined]
        half_size=True, use_camera_wb=True, output_bps=8, no_auto_bright=False
    )
    image = Image.fromarray(rgb)
    if min_side:
        factor = min(image.size) // min_side
        if factor >= 2:
            image = image.reduce(factor)
    return image


def _error(exc: BaseException, fmt: str) -> DecodeError:
    """A LibRaw (or other) failure as a :class:`DecodeError`."""
    import rawpy

    message = str(exc) or type(exc).__name__
    if isinstance(exc, MemoryError | rawpy.LibRawUnsufficientMemoryError | rawpy.LibRawTooBigError):
        return DecodeError(ErrorKind.TOO_LARGE, f"not enough memory to decode ({message})")
    if isinstance(exc, rawpy.LibRawMemPoolOverflowError):
        return DecodeError(ErrorKind.TOO_LARGE, message)
    if isinstance(exc, rawpy.LibRawIOError | EOFError):
        return DecodeError(ErrorKind.TRUNCATED, f"damaged {fmt} file ({message})")
    if isinstance(exc, rawpy.LibRawFileUnsupportedError):
        return DecodeError(ErrorKind.UNREADABLE, f"not a readable {fmt} file ({message})")
    return DecodeError(ErrorKind.UNREADABLE, f"{fmt}: {message}")
