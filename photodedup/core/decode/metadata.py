"""Photo metadata for decoding: EXIF orientation, date taken, camera, the capture instant,
and warnings capture.

Malformed EXIF is common (Pillow#8605, #4852, #8348): nothing here raises; problems come back
as short notes, and the pixels are then used as stored.
"""

from __future__ import annotations

import contextlib
import datetime
import threading
import warnings
from collections.abc import Iterator
from dataclasses import dataclass

from PIL import Image

_EXIF_IFD = 0x8769
_TAG_ORIENTATION = 0x0112
_TAG_DATETIME = 0x0132
_TAG_DATETIME_ORIGINAL = 0x9003
_TAG_SUBSEC_ORIGINAL = 0x9291
_TAG_MAKE = 0x010F
_TAG_MODEL = 0x0110

SWAPPED_ORIENTATIONS = frozenset({5, 6, 7, 8})  # width and height trade places
TRANSPOSE_FOR_ORIENTATION: dict[int, Image.Transpose] = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}

# warnings.catch_warnings swaps process-global state: serialise our (short) uses of it so
# concurrent thumbnail threads cannot leave the filters or the recorder swapped.
_warnings_lock = threading.Lock()


@contextlib.contextmanager
def recorded_warnings() -> Iterator[list[warnings.WarningMessage]]:
    """Collect the warnings raised inside the block (thread-safe among our callers)."""
    with _warnings_lock, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield caught


@dataclass(frozen=True, slots=True)
class Metadata:
    """What the EXIF block says, plus notes on anything damaged."""

    orientation: int = 1
    taken: str | None = None
    camera: str | None = None
    notes: tuple[str, ...] = ()
    captured: int = 0  # the capture instant (see capture_instant); 0 when unknown


def read_metadata(img: Image.Image) -> Metadata:
    """Orientation (1 when absent, invalid or unreadable), date taken and camera."""
    with recorded_warnings() as caught:
        try:
            exif = img.getexif()
            orientation = int(exif.get(_TAG_ORIENTATION, 1) or 1)
        except Exception as exc:  # malformed EXIF raises all sorts of things
            return Metadata(notes=(f"unreadable EXIF, orientation ignored ({exc})",))
        taken, camera = exif_facts(exif)
        captured = capture_instant(exif)
    notes = tuple(f"damaged EXIF ({str(w.message).strip()})" for w in caught[:1])
    if orientation != 1 and orientation not in TRANSPOSE_FOR_ORIENTATION:
        notes = (*notes, f"invalid EXIF orientation {orientation} ignored")
        orientation = 1
    return Metadata(orientation, taken, camera, notes, captured)


def upright(img: Image.Image, orientation: int) -> Image.Image:
    """The pixels turned upright for an EXIF orientation.

    Like ``ImageOps.exif_transpose`` minus re-reading and rewriting the metadata (which can
    raise, and which ``reduce()`` has already dropped).  The result carries no orientation
    any more, so nothing downstream can rotate it twice.
    """
    method = TRANSPOSE_FOR_ORIENTATION.get(orientation)
    if method is None:
        return img
    turned = img.transpose(method)
    for key in ("exif", "xmp", "XML:com.adobe.xmp"):
        turned.info.pop(key, None)
    return turned


def exif_facts(exif: Image.Exif) -> tuple[str | None, str | None]:
    """(date taken, camera) from EXIF, tolerating junk.  The date is DateTimeOriginal (in
    the EXIF IFD, or in IFD0 as some DNG writers put it), else DateTime."""
    try:
        raw_date = (
            exif.get_ifd(_EXIF_IFD).get(_TAG_DATETIME_ORIGINAL)
            or exif.get(_TAG_DATETIME_ORIGINAL)
            or exif.get(_TAG_DATETIME)
        )
        make = _text(exif.get(_TAG_MAKE))
        model = _text(exif.get(_TAG_MODEL))
    except Exception:  # metadata is optional
        return None, None
    if make and model and model.lower().startswith(make.lower().split()[0]):
        make = None  # "Canon" "Canon EOS R5", "NIKON CORPORATION" "NIKON D750"
    camera = " ".join(p for p in (make, model) if p) or None
    return _iso_date(_text(raw_date)), camera


def _text(value: object) -> str | None:
    if isinstance(value, bytes):
        value = value.decode("utf-8", errors="replace")
    if not isinstance(value, str):
        return None
    value = value.replace("\x00", "").strip()
    return value or None


def _iso_date(value: str | None) -> str | None:
    """'2021:07:04 12:00:00' -> '2021-07-04 12:00:00'; None for blank/zero dates."""
    if not value or value.startswith("0000"):
        return None
    date, _, time = value.partition(" ")
    return f"{date.replace(':', '-')} {time}".strip()


_EPOCH = datetime.datetime(1, 1, 1)


def capture_instant(exif: Image.Exif) -> int:
    """When the camera took the picture, packed in one int for the fingerprint: the
    milliseconds since 0001-01-01 of DateTimeOriginal (camera clock, no zone) plus
    SubSecTimeOriginal, times two, plus 1 when the sub-seconds are known.  0 when there is
    no DateTimeOriginal (DateTime is the file's last change, not the capture: never used).

    >>> exif = Image.Exif()
    >>> exif.get_ifd(_EXIF_IFD).update({_TAG_DATETIME_ORIGINAL: "2021:07:04 12:00:05",
    ...                                 _TAG_SUBSEC_ORIGINAL: "25"})
    >>> divmod(capture_instant(exif), 2)[1], divmod(capture_instant(exif) // 2, 1000)[1]
    (1, 250)
    """
    try:
        ifd = exif.get_ifd(_EXIF_IFD)
        stamp = _text(ifd.get(_TAG_DATETIME_ORIGINAL) or exif.get(_TAG_DATETIME_ORIGINAL))
        when = datetime.datetime.strptime(stamp or "", "%Y:%m:%d %H:%M:%S")
        subsec = _text(ifd.get(_TAG_SUBSEC_ORIGINAL) or exif.get(_TAG_SUBSEC_ORIGINAL)) or ""
    except Exception:  # absent, blank, zero or junk: no capture instant
        return 0
    digits = subsec if subsec.isdigit() else ""
    millis = int((digits + "000")[:3]) if digits else 0
    since = when - _EPOCH
    total = (since.days * 86_400 + since.seconds) * 1000 + millis
    return total * 2 + (1 if digits else 0)
