"""The structure check's grey pictures, made by the decoder workers where they can.

Every decode yields a thumbnail of long side ``THUMB_LONG_SIDE`` (:func:`structure_thumb`),
which grouping compares first.  Pairs it cannot decide are compared on a larger grey
picture (:mod:`photodedup.core.group.structure`): long side ``FEATURE_LONG_SIDE``, made
from a decode whose shorter side stays >= ``FEATURE_MIN_SIDE``.  For a camera JPEG (shorter
side >= 8 x 240 px) that decode is libjpeg's 1/8 DCT scaling, the very decode the worker
makes for the fingerprint (it asks for 64 px, and 1/8 is as far as libjpeg scales).  The
worker then makes the larger picture too, from the image it holds, and ships it after the
thumbnail; grouping decodes nothing again.  Both ways go through :func:`grey_picture` after
the same decode steps, so the pixels are the same either way (a test holds them equal).
"""

from __future__ import annotations

import struct

import numpy as np
import numpy.typing as npt
from PIL import Image

from photodedup.core.fingerprint import to_ycc

THUMB_LONG_SIDE = 64  # the structure thumbnail the decoders keep for grouping
FEATURE_MIN_SIDE = 240  # the picture is made from a decode whose shorter side is >= this
FEATURE_LONG_SIDE = 320  # ... scaled to this long side
JPEG_MAX_SCALE = 8  # libjpeg's DCT scaling goes down to 1/8, no further
THUMB_BUDGET = 128 * 2**20  # thumbnails a run holds for grouping (~3 KB each)
PICTURE_BUDGET = 128 * 2**20  # larger pictures a run holds (~77 KB each: ~1,700 photos)
_HEAD = struct.Struct("<HH")

F32 = npt.NDArray[np.float32]


def structure_thumb(image: Image.Image, picture: bytes | None = None) -> bytes:
    """A grey thumbnail (long side THUMB_LONG_SIDE) of an oriented, reduced decode, followed
    by the larger ``picture`` (:func:`picture_bytes`) when the decoder made one."""
    grey = (image if image.mode == "YCbCr" else to_ycc(image)).getchannel(0)
    grey.thumbnail((THUMB_LONG_SIDE, THUMB_LONG_SIDE), Image.Resampling.BOX)
    return _HEAD.pack(grey.height, grey.width) + grey.tobytes() + (picture or b"")


def thumb_array(data: bytes) -> npt.NDArray[np.float32]:
    """The grey picture of :func:`structure_thumb` bytes, as float32."""
    height, width = _HEAD.unpack_from(data)
    pixels = np.frombuffer(data, dtype=np.uint8, count=height * width, offset=_HEAD.size)
    return pixels.reshape(height, width).astype(np.float32)


def thumb_length(data: bytes) -> int:
    """How many bytes of :func:`structure_thumb` bytes are the thumbnail (the rest, if any,
    is the larger picture)."""
    height, width = _HEAD.unpack_from(data)
    return int(_HEAD.size + height * width)


def grey_picture(image: Image.Image) -> npt.NDArray[np.uint8]:
    """The luma (Y of YCbCr, transparency over white; an "L" image is its own) of an
    oriented decode, scaled with OpenCV's area filter to FEATURE_LONG_SIDE on its long side."""
    import cv2  # only in the processes that make pictures

    luma = image if image.mode == "L" else to_ycc(image).getchannel(0)
    grey = np.asarray(luma, dtype=np.uint8)
    h, w = grey.shape
    scale = FEATURE_LONG_SIDE / max(h, w)
    size = (max(8, round(w * scale)), max(8, round(h * scale)))
    return np.asarray(cv2.resize(grey, size, interpolation=cv2.INTER_AREA), dtype=np.uint8)


def drafted_alike(drafted: tuple[int, int], width: int, height: int) -> bool:
    """A JPEG of ``width`` x ``height`` drafted to ``drafted`` for the fingerprint is drafted
    as the structure check would draft it: both at libjpeg's 1/8 (Pillow's draft takes the
    largest of 8, 4, 2, 1 that keeps the asked-for side)."""
    if min(width, height) // FEATURE_MIN_SIDE < JPEG_MAX_SCALE:
        return False  # the check would draft it less far than the fingerprint did
    scaled = (-(-width // JPEG_MAX_SCALE), -(-height // JPEG_MAX_SCALE))
    return drafted == scaled


def picture_bytes(picture: npt.NDArray[np.uint8]) -> bytes:
    """``picture`` with its size, to travel after a structure thumbnail."""
    h, w = picture.shape
    return _HEAD.pack(h, w) + picture.tobytes()


def picture_array(data: bytes) -> F32 | None:
    """The larger picture that follows the thumbnail in :func:`structure_thumb` bytes
    (None: the decoder made none), as float32."""
    offset = thumb_length(data)
    if len(data) < offset + _HEAD.size:
        return None
    h, w = _HEAD.unpack_from(data, offset)
    pixels = np.frombuffer(data, dtype=np.uint8, count=h * w, offset=offset + _HEAD.size)
    return pixels.reshape(h, w).astype(np.float32)


class ThumbBudget:
    """What a run holds of the decoders' thumbnails and pictures for grouping: thumbnails
    (~3 KB) up to ``thumbs`` bytes, the larger pictures (~77 KB) up to ``pictures`` bytes;
    past that a file's picture is dropped (grouping decodes the file if it needs it), then
    its thumbnail too."""

    def __init__(self, thumbs: int = THUMB_BUDGET, pictures: int = PICTURE_BUDGET) -> None:
        self._thumbs, self._pictures = thumbs, pictures  # bytes of room left

    def fit(self, data: bytes) -> bytes | None:
        """``data`` (:func:`structure_thumb` bytes) as far as the budgets allow."""
        thumb = thumb_length(data)
        if len(data) - thumb > self._pictures:
            data = data[:thumb]  # no room for its picture
        self._pictures -= len(data) - thumb
        if thumb > self._thumbs:
            return None
        self._thumbs -= thumb
        return data
