"""Date taken and camera of a camera RAW file, read from its own structure (no LibRaw).

Most RAW formats are TIFF files underneath: DNG, NEF, CR2, ARW, PEF, SRW, 3FR, ERF, IIQ
keep ``Make``/``Model`` in IFD0 and ``DateTimeOriginal`` in the EXIF IFD, exactly as a
JPEG's EXIF block does, so Pillow's EXIF reader (:class:`PIL.Image.Exif`) reads them from
the file's bytes.  Olympus ORF (``IIRO``) and Panasonic RW2 (``IIU``) are TIFF with
another magic number: read the same once it is replaced.  Two other containers carry a
TIFF block inside: Canon CR3 (ISO media boxes ``CMT1``: IFD0, ``CMT2``: EXIF IFD) and
Fujifilm RAF (the EXIF of the embedded JPEG the header points to).  Anything else
(CRW, MRW, X3F...) reports nothing; nothing here raises.
"""

from __future__ import annotations

import struct

from PIL import Image

from photodedup.core.decode.metadata import capture_instant, exif_facts, recorded_warnings

_TIFF = (b"II*\x00", b"MM\x00*")
_TIFF_LIKE = {  # magic -> the TIFF magic of the same byte order
    b"IIRO": b"II*\x00",  # Olympus ORF
    b"IIRS": b"II*\x00",  # Olympus ORF (some models)
    b"MMOR": b"MM\x00*",  # Olympus ORF, big-endian
    b"IIU\x00": b"II*\x00",  # Panasonic RW2
}
_SEARCH = 1 << 16  # CR3 metadata boxes and a JPEG's EXIF block lie at the start
_TAG_DATETIME_ORIGINAL = 0x9003
_TAG_SUBSEC_ORIGINAL = 0x9291

Facts = tuple[str | None, str | None]  # (date taken, camera)


def raw_facts(data: bytes) -> Facts:
    """(date taken "YYYY-MM-DD HH:MM:SS", camera "Make Model") of a RAW file's bytes;
    None for what is not found or unreadable."""
    return raw_metadata(data)[0]


def raw_metadata(data: bytes) -> tuple[Facts, int]:
    """:func:`raw_facts` and the capture instant
    (:func:`photodedup.core.decode.metadata.capture_instant`, 0 when unknown)."""
    with recorded_warnings():  # a damaged tag is no reason to say anything
        try:
            exif = _exif(data)
            if exif is None:
                return (None, None), 0
            return exif_facts(exif), capture_instant(exif)
        except Exception:  # metadata is optional: junk costs the facts, never the photo
            return (None, None), 0


def _exif(data: bytes) -> Image.Exif | None:
    head = data[:4]
    if head in _TIFF:
        return _load(data)
    if head in _TIFF_LIKE:
        return _load(_TIFF_LIKE[head] + data[4:])
    if data[4:12] == b"ftypcrx ":
        return _cr3(data)
    if data.startswith(b"FUJIFILMCCD-RAW"):
        return _raf(data)
    return None


def _load(tiff: bytes) -> Image.Exif:
    exif = Image.Exif()
    exif.load(tiff)
    return exif


def _box(data: bytes, name: bytes) -> bytes | None:
    """The payload of the first ISO media box called ``name`` near the file's start."""
    at = data.find(name, 0, _SEARCH)
    if at < 4:
        return None
    size = int.from_bytes(data[at - 4 : at], "big")
    return data[at + 4 : at - 4 + size] if size > 8 else None


def _cr3(data: bytes) -> Image.Exif | None:
    """Canon CR3: ``CMT1`` is a TIFF whose IFD0 names the camera, ``CMT2`` one whose IFD0
    is the EXIF IFD (the date)."""
    ifd0, exif_ifd = _box(data, b"CMT1"), _box(data, b"CMT2")
    if ifd0 is None:
        return None
    exif = _load(ifd0)
    if exif_ifd is not None:
        tags = _load(exif_ifd)
        for tag in (_TAG_DATETIME_ORIGINAL, _TAG_SUBSEC_ORIGINAL):
            if tags.get(tag):
                exif[tag] = tags[tag]
    return exif


def _raf(data: bytes) -> Image.Exif | None:
    """Fujifilm RAF: the header (offset 84) points to a JPEG carrying the full EXIF."""
    if len(data) < 92:
        return None
    offset, length = struct.unpack_from(">II", data, 84)
    jpeg = data[offset : offset + length]
    at = jpeg.find(b"Exif\x00\x00", 0, _SEARCH)
    return _load(jpeg[at:]) if at >= 0 else None
