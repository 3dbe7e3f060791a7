"""Perceptual fingerprints of decoded images.

Contract used by the rest of the core (keep it stable):

* ``ALGO_ID``: bump whenever fingerprint output changes; it is part of the cache key.
* ``DECODE_MIN_SIDE``: the smallest image side the fingerprint needs, so decoders may
  decode at reduced size (JPEG DCT scaling) down to about this.
* ``fingerprint_image(img) -> Fingerprint`` on an already EXIF-oriented PIL image.
* ``Fingerprint.to_bytes()`` / ``Fingerprint.from_bytes()``: stable serialization.
* ``Fingerprint.key``: the 64-bit int the neighbour index searches by Hamming distance.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

import imagehash
from PIL import Image

ALGO_ID = "phash64-thumb16-v1"
DECODE_MIN_SIDE = 64
THUMB_SIDE = 16
_HEADER = struct.Struct("<Q")


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """A 64-bit pHash plus a tiny grey thumbnail for finer verification."""

    key: int
    thumb: bytes

    def to_bytes(self) -> bytes:
        """Serialize (stable across runs; versioned by ALGO_ID)."""
        return _HEADER.pack(self.key) + self.thumb

    @classmethod
    def from_bytes(cls, data: bytes) -> Fingerprint:
        """Inverse of to_bytes."""
        (key,) = _HEADER.unpack_from(data)
        return cls(key=key, thumb=bytes(data[_HEADER.size :]))


def _hash_to_int(h: imagehash.ImageHash) -> int:
    value = 0
    for bit in h.hash.flatten():
        value = (value << 1) | int(bit)
    return value


def fingerprint_image(img: Image.Image) -> Fingerprint:
    """Fingerprint an EXIF-oriented image."""
    grey = img.convert("L")
    key = _hash_to_int(imagehash.phash(grey, hash_size=8))
    thumb = grey.resize((THUMB_SIDE, THUMB_SIDE), Image.Resampling.BOX).tobytes()
    return Fingerprint(key=key, thumb=thumb)


def hamming(a: int, b: int) -> int:
    """Number of differing bits between two int hashes."""
    return (a ^ b).bit_count()
