"""Safe, fast image decoding: allow-listed parsers, bomb limits, reduced decode, orientation.

* :func:`open_oriented` opens bytes, a path or a binary stream with only the parsers in
  :data:`ALLOWED_FORMATS`, rejects images over ``max_pixels`` before any pixel memory is
  allocated, decodes at reduced size when ``min_side`` is given (JPEG DCT scaling via
  ``draft``, ``reduce`` for other formats), forces a full load (so truncation is detected)
  and applies the EXIF orientation (guarded: bad EXIF leaves the image unrotated).
* :func:`analyse_file` is the in-process decode+fingerprint step for one discovered file:
  it opens it without following symlinks or blocking on FIFOs, reads it once and checks it
  did not change meanwhile (see :mod:`photodedup.core.decode.files`).

Every failure is a :class:`DecodeError` carrying an :class:`ErrorKind`.  Crashes, hangs and
memory blow-ups of the native decoders are handled one level up, by
:class:`photodedup.core.decode.pool.DecodePool`.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import threading
from typing import BinaryIO

from PIL import EpsImagePlugin, Image, ImageFile, UnidentifiedImageError, features

from photodedup.core import fingerprint as hashing
from photodedup.core.config import DEFAULT_MAX_PIXELS, ScanOptions
from photodedup.core.decode.files import DecodeError, read_stable
from photodedup.core.decode.metadata import (
    SWAPPED_ORIENTATIONS,
    read_metadata,
    recorded_warnings,
    upright,
)
from photodedup.core.decode.raw import RawDecoded, decode_raw, raw_format
from photodedup.core.fingerprint import picture as pictures
from photodedup.core.types import ErrorKind, ImageInfo, Photo, PhotoFile

__all__ = [
    "ALLOWED_FORMATS",
    "DEFAULT_MAX_PIXELS",
    "DecodeError",
    "Decoded",
    "analyse_file",
    "analyse_file_ex",
    "analyse_file_full",
    "content_key",
    "decode",
    "open_oriented",
    "setup_decoders",
]

_BASE_FORMATS = ("JPEG", "PNG", "GIF", "WEBP", "TIFF", "BMP", "HEIF")


def _jxl_available() -> bool:
    """True when the JPEG XL plugin (pillow-jxl-plugin) is installed; it registers "JXL"."""
    try:
        import pillow_jxl  # noqa: F401 - registers the JXL opener with Pillow
    except ImportError:
        return False
    return "JXL" in Image.OPEN


ALLOWED_FORMATS: tuple[str, ...] = (
    *_BASE_FORMATS,
    *(("AVIF",) if features.check("avif") else ()),
    *(("JXL",) if _jxl_available() else ()),
)

# Formats Pillow cannot open at all (so its plugins cannot recognise them either).
_FOREIGN_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF"),
    (b"<svg", "SVG"),
    (b"<?xml", "XML/SVG"),
    (b"gimp xcf", "XCF"),
)
_WIDE_MODES = frozenset({"I", "F", "I;16", "I;16L", "I;16B", "I;16N"})

_setup_lock = threading.Lock()
_setup_done = False


def setup_decoders(*, decode_threads: int | None = None) -> None:
    """Register the HEIF opener and disable Ghostscript (idempotent, thread-safe).

    ``decode_threads`` limits libheif/libavif threads (1 in pool workers, which already
    run one per core).
    """
    global _setup_done  # noqa: PLW0603 - process-wide one-time plugin registration
    with _setup_lock:
        EpsImagePlugin.gs_binary = False
        ImageFile.LOAD_TRUNCATED_IMAGES = False
        if _setup_done and decode_threads is None:
            return
        import pillow_heif

        heif_options: dict[str, object] = {"thumbnails": True}
        if decode_threads is not None:
            heif_options["decode_threads"] = decode_threads
            if "AVIF" in ALLOWED_FORMATS:
                from PIL import AvifImagePlugin

                AvifImagePlugin.DEFAULT_MAX_THREADS = decode_threads
        pillow_heif.register_heif_opener(**heif_options)
        _setup_done = True


@dataclasses.dataclass(frozen=True, slots=True)
class Decoded:
    """An oriented image plus what was learnt while decoding it."""

    image: Image.Image
    info: ImageInfo
    warnings: tuple[str, ...] = ()
    captured: int = 0  # the capture instant (metadata.capture_instant); 0 when unknown
    picture: bytes | None = None  # the structure check's grey picture, when it came free


def content_key(data: bytes) -> str:
    """The byte-identity key of a file's content (blake2b hex)."""
    return hashlib.blake2b(data).hexdigest()


def open_oriented(
    source: str | bytes | BinaryIO,
    *,
    max_pixels: int = DEFAULT_MAX_PIXELS,
    min_side: int | None = None,
) -> tuple[Image.Image, ImageInfo]:
    """Open an image safely and return it upright with its facts.

    ``min_side`` allows a reduced decode whose shorter side stays >= ``min_side``.
    ``ImageInfo`` holds the oriented *full* size.  Raises :class:`DecodeError`.
    """
    decoded = decode(source, max_pixels=max_pixels, min_side=min_side)
    return decoded.image, decoded.info


def decode(
    source: str | bytes | BinaryIO,
    *,
    max_pixels: int = DEFAULT_MAX_PIXELS,
    min_side: int | None = None,
    ycc: bool = False,
    orient: bool = True,
    picture: bool = False,
) -> Decoded:
    """Like :func:`open_oriented`, also returning warnings (e.g. bad EXIF).

    ``ycc`` lets JPEG decode straight to YCbCr (no colour conversion; for fingerprinting);
    ``orient=False`` ignores the EXIF orientation (a RAW's preview: the RAW's own counts);
    ``picture`` asks for the structure check's grey picture where this decode is the one the
    check would make (:mod:`photodedup.core.fingerprint.picture`): ``Decoded.picture``.
    A path to a camera RAW file is decoded by :mod:`photodedup.core.decode.raw`.
    """
    setup_decoders()
    if isinstance(source, str) and (fmt := raw_format(source)):
        from photodedup.core.decode.files import read_path

        return _decode_raw(read_path(source), fmt, max_pixels, min_side, ycc)
    stream = _as_stream(source)
    with recorded_warnings() as caught:
        img = _open_allowed(stream)
    try:
        file_bytes = _stream_bytes(stream)
        _check_declared_size(img, file_bytes, max_pixels)
        _feed_whole(img, file_bytes)
        decoded = _decode_opened(
            img, max_pixels=max_pixels, min_side=min_side, ycc=ycc, orient=orient, picture=picture
        )
    except DecodeError:
        img.close()
        raise
    except Exception as exc:  # any other decoder failure costs only this file
        img.close()
        raise _load_error(exc) from None
    notes = tuple(
        f"damaged metadata ({str(w.message).strip()})"
        for w in caught[:1]
        if not issubclass(w.category, Image.DecompressionBombWarning)
    )
    return dataclasses.replace(decoded, warnings=notes + decoded.warnings) if notes else decoded


def _decode_opened(
    img: Image.Image,
    *,
    max_pixels: int,
    min_side: int | None,
    ycc: bool,
    orient: bool = True,
    picture: bool = False,
) -> Decoded:
    width, height = img.size  # from the header: nothing allocated yet
    if width * height > max_pixels:
        raise DecodeError(ErrorKind.TOO_LARGE, f"{width}x{height} is over {max_pixels} pixels")
    fmt = "JPEG" if img.format == "MPO" else str(img.format)
    if min_side:
        img.draft("YCbCr" if ycc else "RGB", (min_side, min_side))
    _load_fully(img)
    meta = read_metadata(img)  # before reduce(): TIFF keeps orientation in its tags
    img = _to_8bit(img)
    if not orient:
        meta = dataclasses.replace(meta, orientation=1)
    wanted = picture and ycc and fmt == "JPEG"
    made = _picture(img, width, height, meta.orientation) if wanted else None
    if min_side:
        img = _reduce(img, min_side)
    img = upright(img, meta.orientation)
    if meta.orientation in SWAPPED_ORIENTATIONS:
        width, height = height, width
    info = ImageInfo(width, height, fmt, taken=meta.taken, camera=meta.camera)
    return Decoded(img, info, meta.notes, meta.captured, made)


def analyse_file(file: PhotoFile, options: ScanOptions, *, with_content_key: bool = True) -> Photo:
    """Read, decode and fingerprint one discovered file (in this process).

    ``with_content_key=False`` leaves ``Photo.content_key`` empty (saves ~10 % of the work;
    an empty key never labels a group exact, and the pre-trash byte re-check then relies on
    the file identity alone).  Raises :class:`DecodeError` (including
    ``UNSTABLE`` if the file changed while read).
    """
    return analyse_file_ex(file, options, with_content_key=with_content_key)[0]


def analyse_file_ex(
    file: PhotoFile, options: ScanOptions, *, with_content_key: bool = True
) -> tuple[Photo, tuple[str, ...]]:
    """:func:`analyse_file` plus the decoding warnings."""
    photo, notes, _ = analyse_file_full(file, options, with_content_key=with_content_key)
    return photo, notes


def analyse_file_full(
    file: PhotoFile, options: ScanOptions, *, with_content_key: bool = True
) -> tuple[Photo, tuple[str, ...], bytes | None]:
    """:func:`analyse_file_ex` plus the structure check's grey pictures
    (:func:`photodedup.core.fingerprint.picture.structure_thumb`), taken from the same decode
    so that grouping need not decode the file again."""
    data = read_stable(file, options.max_file_bytes)
    fmt = raw_format(file.path)
    decoded = (
        _decode_raw(data, fmt, options.max_pixels, hashing.DECODE_MIN_SIDE, True)
        if fmt
        else decode(
            data,
            max_pixels=options.max_pixels,
            min_side=hashing.DECODE_MIN_SIDE,
            ycc=True,
            picture=True,
        )
    )
    fingerprint = hashing.fingerprint_image(decoded.image, captured=decoded.captured)
    photo = Photo(
        file=file,
        info=decoded.info,
        fingerprint=fingerprint.to_bytes(),
        content_key=content_key(data) if with_content_key else "",
    )
    return photo, decoded.warnings, pictures.structure_thumb(decoded.image, decoded.picture)


def _decode_raw(data: bytes, fmt: str, max_pixels: int, min_side: int | None, ycc: bool) -> Decoded:
    """A camera RAW file's bytes through LibRaw (embedded preview or half-size development)."""
    result = decode_raw_bytes(data, fmt, max_pixels=max_pixels, min_side=min_side, ycc=ycc)
    return Decoded(image=result.image, info=result.info, warnings=result.warnings)


def decode_raw_bytes(
    data: bytes,
    fmt: str,
    *,
    max_pixels: int,
    min_side: int | None = None,
    ycc: bool = False,
    use_preview: bool = True,
) -> RawDecoded:
    """:func:`photodedup.core.decode.raw.decode_raw` with this module's safe decoder for
    the embedded JPEG preview (its limits, not its orientation: LibRaw gives that)."""

    def jpeg(preview: bytes, min_side: int, ycc: bool) -> Image.Image:
        limit = max_pixels
        return decode(preview, max_pixels=limit, min_side=min_side, ycc=ycc, orient=False).image

    return decode_raw(
        data,
        fmt,
        jpeg=jpeg,
        max_pixels=max_pixels,
        min_side=min_side,
        ycc=ycc,
        use_preview=use_preview,
    )


def _as_stream(source: str | bytes | BinaryIO) -> BinaryIO:
    if isinstance(source, bytes | bytearray | memoryview):
        if not source:
            raise DecodeError(ErrorKind.EMPTY, "the file is empty")
        return io.BytesIO(source)
    if isinstance(source, str):
        from photodedup.core.decode.files import read_path

        return io.BytesIO(read_path(source))
    return source


PIXELS_PER_BYTE = 16_384  # no photo format packs more pixels into one byte of file


def _stream_bytes(stream: BinaryIO) -> int:
    """Bytes in the stream (its file's size), without reading it."""
    try:
        here = stream.tell()
        end = stream.seek(0, io.SEEK_END)
        stream.seek(here)
    except (OSError, ValueError):
        return 0
    return end


def _check_declared_size(img: Image.Image, file_bytes: int, max_pixels: int) -> None:
    """The header's size against the pixel budget, before any pixel is allocated.

    Over ``max_pixels``: too large.  A picture over ``max_pixels / 64`` must also come
    with at least one byte of file per ``PIXELS_PER_BYTE`` pixels: a 38-byte WebP
    declaring 9000x9000 would otherwise cost a decoder a gigabyte (issue #13).
    """
    width, height = img.size
    pixels = width * height
    if pixels > max_pixels:
        raise DecodeError(ErrorKind.TOO_LARGE, f"{width}x{height} is over {max_pixels} pixels")
    if file_bytes and pixels > max_pixels // 64 and pixels > file_bytes * PIXELS_PER_BYTE:
        raise DecodeError(
            ErrorKind.TOO_LARGE,
            f"{width}x{height} declared by a {file_bytes}-byte file (a decompression bomb)",
        )


WHOLE_FEED_BYTES = 32 << 20  # JPEGs up to this size go to their decoder in one piece


def _feed_whole(img: Image.Image, file_bytes: int) -> None:
    """Let a JPEG's decoder take the file in one piece rather than 64 KB at a time (the
    same pixels; libjpeg then never suspends mid-scan to resume later: ~1-2 % of a
    decode), up to WHOLE_FEED_BYTES (the piece is a copy of the file's bytes)."""
    if img.format in ("JPEG", "MPO") and isinstance(img, ImageFile.ImageFile):
        wanted = min(file_bytes + 1, WHOLE_FEED_BYTES)
        img.decodermaxblock = max(img.decodermaxblock, wanted)


def _open_allowed(stream: BinaryIO) -> Image.Image:
    """Image.open restricted to ALLOWED_FORMATS, with errors mapped to DecodeError."""
    start = stream.tell()
    try:
        return Image.open(stream, formats=ALLOWED_FORMATS)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise DecodeError(ErrorKind.TOO_LARGE, str(exc)) from None
    except UnidentifiedImageError:
        stream.seek(start)
        raise _unidentified(stream.read(64)) from None
    except Exception as exc:  # OSError, ValueError, struct.error... from a parser
        raise _load_error(exc) from None


def _unidentified(prefix: bytes) -> DecodeError:
    """UNSUPPORTED for a recognised but disallowed format, else UNREADABLE."""
    if not prefix:
        return DecodeError(ErrorKind.EMPTY, "the file is empty")
    name = _recognise(prefix)
    if name and name not in ALLOWED_FORMATS and name != "MPO":
        return DecodeError(ErrorKind.UNSUPPORTED, f"{name} files are not supported")
    return DecodeError(ErrorKind.UNREADABLE, "not a readable image")


def _recognise(prefix: bytes) -> str | None:
    """Name the format by magic bytes only (plugins' accept() checks; nothing is parsed)."""
    for magic, name in _FOREIGN_MAGIC:
        if prefix.lstrip().lower().startswith(magic.lower()):
            return name
    Image.init()
    for name in Image.ID:
        accept = Image.OPEN[name][1]
        try:
            if accept is not None and accept(prefix):
                return name
        except Exception:  # a plugin's magic check must not break us
            continue
    return None


def _load_error(exc: BaseException) -> DecodeError:
    message = str(exc) or type(exc).__name__
    if isinstance(exc, MemoryError):
        return DecodeError(ErrorKind.TOO_LARGE, "not enough memory to decode")
    if isinstance(exc, EOFError) or "truncated" in message or "broken data stream" in message:
        return DecodeError(ErrorKind.TRUNCATED, message)
    return DecodeError(ErrorKind.UNREADABLE, message)


def _load_fully(img: Image.Image) -> None:
    try:
        img.load()
    except Exception as exc:  # OSError("image file is truncated"), ValueError, MemoryError...
        raise _load_error(exc) from None


def _picture(img: Image.Image, width: int, height: int, orientation: int) -> bytes | None:
    """The structure check's grey picture from ``img`` (a JPEG drafted to YCbCr, not yet
    reduced) when its draft is the one the check would make, then the check's own steps
    (reduce, orient); else None: the check decodes the file itself."""
    if not pictures.drafted_alike(img.size, width, height):
        return None
    luma = img.getchannel(0) if img.mode == "YCbCr" else img  # reduced and turned alone
    large = upright(_reduce(luma, pictures.FEATURE_MIN_SIDE), orientation)
    return pictures.picture_bytes(pictures.grey_picture(large))


def _to_8bit(img: Image.Image) -> Image.Image:
    """16-bit/int/float grey as 8-bit "L" (Pillow's convert("L") would clip it to white)."""
    if img.mode not in _WIDE_MODES:
        return img
    wide = img.convert("F")
    high = float(wide.getextrema()[1])  # type: ignore[arg-type]
    scale = 1.0 if high <= 255 else 255 / 65535 if high <= 65535 else 255 / high
    return wide.point(lambda value: value * scale).convert("L")


def _reduce(img: Image.Image, min_side: int) -> Image.Image:
    """Box-reduce by an integer factor keeping the shorter side >= min_side."""
    factor = min(img.size) // min_side
    if factor < 2:
        return img
    if img.mode in ("P", "1"):
        img = img.convert("RGBA" if "transparency" in img.info else "RGB")
    try:
        return img.reduce(factor)
    except ValueError:  # modes reduce() does not support (e.g. I;16)
        return img
