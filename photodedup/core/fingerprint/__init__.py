"""Perceptual fingerprints of decoded images.

Contract used by the rest of the core (keep it stable):

* ``ALGO_ID``: bump whenever fingerprint output changes; it is part of the cache key.
* ``DECODE_MIN_SIDE``: the smallest image side the fingerprint needs, so decoders may
  decode at reduced size (JPEG DCT scaling) down to about this.
* ``fingerprint_image(img, captured=0) -> Fingerprint`` on an already EXIF-oriented PIL
  image (``captured``: the capture instant from its EXIF, kept as it is).
* ``Fingerprint.to_bytes()`` / ``Fingerprint.from_bytes()``: stable serialization
  (fixed length, :data:`FINGERPRINT_BYTES`).
* ``Fingerprint.key``: the 64-bit int the neighbour index searches by Hamming distance.

A fingerprint is computed on luminance only (the pipeline decodes JPEGs straight to grey):

* ``centre_key``: the same hash of the central 80 % (a second candidate key: corner
  captions and border crops move it less).
* ``key``: a 64-bit DCT hash (pHash: 32x32 grey (antialiased bilinear), 8x8 lowest frequencies,
  bit = coefficient above their median), used to find candidate pairs.
* ``thumb``: a 16x16 box-reduced grey thumbnail (256 bytes) for the finer, crop- and
  watermark-tolerant verification in :mod:`photodedup.core.group.verify`.
* ``mean`` / ``spread``: brightness and contrast (mean and standard deviation of the
  32x32 grey, 0-255); ``detail``: share of the 32x32 energy above the 8x8 lowest
  frequencies (0-255), which tells a sharp photo from a blurred look-alike.
* ``informative``: how many of the 64 hash bits are informative (their coefficient is
  clearly away from the median).  Flat, one-dimensional (bars, horizons on white) and
  two-tone pictures have few; they only ever match byte-identically (safety G16).
* ``captured``: not from the pixels: when the camera took the picture (EXIF
  DateTimeOriginal + SubSecTimeOriginal, :func:`photodedup.core.decode.metadata.capture_instant`),
  so that grouping can tell two frames of a burst from two copies of one frame
  (:mod:`photodedup.core.group.capture`).
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import imagehash
import numpy as np
import numpy.typing as npt
from PIL import Image

from photodedup.core.fingerprint.caption import caption_box
from photodedup.core.versions import ALGO_ID  # noqa: F401 - re-exported: part of the contract

DECODE_MIN_SIDE = 64
HASH_GRID = 32  # side of the grey image the DCT hash and the tone figures are taken from
THUMB_SIDE = 16
CHROMA_SIDE = 8
TURNS = 7  # the non-identity symmetries of a rectangle's grid (rotations, mirrors)
_HEADER = struct.Struct("<QQBBBB")  # key, centre_key, mean, spread, detail, informative
_EXTRA = struct.Struct(f"<{TURNS}QQ")  # keys of the turned grids, colour hash
_TAIL = struct.Struct("<q")  # the capture instant
HEADER_BYTES = _HEADER.size + _EXTRA.size
THUMB_BYTES = THUMB_SIDE * THUMB_SIDE
CHROMA_BYTES = 2 * CHROMA_SIDE * CHROMA_SIDE
_CAPTURED_AT = HEADER_BYTES + THUMB_BYTES + CHROMA_BYTES
FINGERPRINT_BYTES = _CAPTURED_AT + _TAIL.size
# Byte offsets of the fields, for parsing many fingerprints at once (FingerprintArrays).
_KEY_AT, _CENTRE_AT, _FIGURES_AT = 0, 8, 16
_TURNED_AT = _HEADER.size
_COLOUR_AT = _TURNED_AT + 8 * TURNS
MIN_INFORMATIVE_BITS = 12  # fewer informative hash bits: exact matches only
MIN_SPREAD = 2  # grey std below this (0-255) is a flat picture: exact matches only
BANDED_SPREAD = 8  # fewer informative bits but this much contrast: bands, bars, gradients
FIELDS = (  # the arrays of FingerprintArrays, in order
    "keys",
    "centre_keys",
    "thumbs",
    "figures",
    "turned",
    "colour",
    "chroma",
    "captured",
)
I64 = npt.NDArray[np.int64]
# A bit is informative when its coefficient is this many AC-rms units from the median.
_STABLE_MARGIN = 0.25
_CENTRE_MIN_SPREAD = 3  # a centre flatter than this (grey std) is not hashed on its own
_CENTRE_MIN_INFORMATIVE = 16  # nor one with fewer informative bits
COLOUR_BINBITS = 3  # imagehash.colorhash: 14 bins of 3 bits
COLOUR_SIDE = 16  # ... of a 16x16 reduction
_LOW = 8  # the hash uses the LOW x LOW lowest DCT frequencies


def _dct_rows(n: int, rows: int) -> npt.NDArray[np.float64]:
    """The first ``rows`` rows of the orthonormal DCT-II matrix of size ``n``."""
    k = np.arange(rows, dtype=np.float64)[:, None]
    i = np.arange(n, dtype=np.float64)[None, :]
    matrix = np.cos(np.pi * (2 * i + 1) * k / (2 * n)) * np.sqrt(2.0 / n)
    matrix[0] /= np.sqrt(2.0)
    return matrix


_DCT_LOW = _dct_rows(HASH_GRID, _LOW)  # low = _DCT_LOW @ grid @ _DCT_LOW.T
_ROUNDING = 1e-9  # coefficients this small against the AC amplitude are rounding noise
_HALF = _LOW * _LOW // 2  # the median of the even count is the mean of the middle two


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """Candidate hashes, verification thumbnails and a few scalar image figures."""

    key: int
    thumb: bytes  # THUMB_SIDE x THUMB_SIDE grey, row-major
    mean: int = 0  # 0-255
    spread: int = 0  # standard deviation, 0-255
    detail: int = 0  # high-frequency share of the energy, 0-255
    informative: int = 0  # informative hash bits, 0-64
    centre_key: int = 0  # the same DCT hash of the central 80 % (second candidate key)
    turned_keys: tuple[int, ...] = (0,) * TURNS  # the key of each turn of the grid (TURN_NAMES)
    colour: int = 0  # imagehash.colorhash bits (hue/saturation histogram)
    chroma: bytes = bytes([128]) * CHROMA_BYTES  # Cb then Cr, CHROMA_SIDE x CHROMA_SIDE each
    captured: int = 0  # the capture instant (metadata.capture_instant); 0 when unknown

    def to_bytes(self) -> bytes:
        """Serialize (stable across runs; versioned by ALGO_ID)."""
        head = _HEADER.pack(
            self.key, self.centre_key, self.mean, self.spread, self.detail, self.informative
        )
        extra = _EXTRA.pack(*self.turned_keys, self.colour)
        return head + extra + self.thumb + self.chroma + _TAIL.pack(self.captured)

    @classmethod
    def from_bytes(cls, data: bytes) -> Fingerprint:
        """Inverse of to_bytes."""
        key, centre_key, mean, spread, detail, informative = _HEADER.unpack_from(data)
        *turned, colour = _EXTRA.unpack_from(data, _HEADER.size)
        thumb = bytes(data[HEADER_BYTES : HEADER_BYTES + THUMB_BYTES])
        chroma = bytes(data[HEADER_BYTES + THUMB_BYTES : _CAPTURED_AT])
        (captured,) = _TAIL.unpack_from(data, _CAPTURED_AT)
        fields = (mean, spread, detail, informative, centre_key, tuple(turned), colour, chroma)
        return cls(key, thumb, *fields, captured)


# The turns of a grid, in the order of Fingerprint.turned_keys: a photo B that is photo A
# turned by TURNS[k] has B's key close to A's turned_keys[k].
TURN_NAMES = (
    "mirror",
    "flip",
    "rotate180",
    "transpose",
    "rotate90",
    "rotate270",
    "transverse",
)


_TURN_VIEWS: dict[str, Callable[[npt.NDArray[Any]], npt.NDArray[Any]]] = {
    "mirror": lambda g: g[:, ::-1],
    "flip": lambda g: g[::-1, :],
    "rotate180": lambda g: g[::-1, ::-1],
    "transpose": lambda g: np.swapaxes(g, 0, 1),
    "rotate90": lambda g: np.rot90(g, 1),  # counter-clockwise, as PIL's Transpose.ROTATE_90
    "rotate270": lambda g: np.rot90(g, -1),
    "transverse": lambda g: np.swapaxes(g[::-1, ::-1], 0, 1),
}


def turn(grid: npt.NDArray[Any], k: int) -> npt.NDArray[Any]:
    """``grid`` (rows, cols, ...) turned by TURN_NAMES[k]."""
    return _TURN_VIEWS[TURN_NAMES[k]](grid)


def to_ycc(img: Image.Image) -> Image.Image:
    """The image as YCbCr (transparency over white); JPEGs drafted to YCbCr pass through."""
    if img.mode == "YCbCr":
        return img
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        rgba = img.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        img = Image.alpha_composite(white, rgba)
    if img.mode == "L":
        neutral = Image.new("L", img.size, 128)
        return Image.merge("YCbCr", (img, neutral, neutral))
    return img.convert("RGB").convert("YCbCr")


def _bits_to_int(bits: npt.NDArray[np.bool_]) -> int:
    return int.from_bytes(np.packbits(bits).tobytes(), "big")


def _hash_and_figures(grid: npt.NDArray[np.float64]) -> tuple[int, int, int, int, int]:
    """(key, mean, spread, detail, informative) of a HASH_GRID x HASH_GRID grey array."""
    return _figures(grid)[0]


def _figures(
    grid: npt.NDArray[np.float64],
) -> tuple[tuple[int, int, int, int, int], npt.NDArray[np.float64]]:
    """:func:`_hash_and_figures` and the 8x8 low coefficients (DC included) it hashed.

    Only the 8x8 lowest coefficients of the orthonormal 2-D DCT-II are computed (two
    small matrix products); the AC energy comes from Parseval.  The grid is centred on its
    mean first, so a flat picture has exactly zero AC coefficients and energy.
    """
    mean = float(grid.mean())
    centred = grid - mean
    ac_energy = float(np.square(centred).sum())  # Parseval: the energy of all AC terms
    low = _DCT_LOW @ centred @ _DCT_LOW.T
    low[np.abs(low) <= _ROUNDING * np.sqrt(ac_energy)] = 0.0  # exact zeros stay zeros (ties)
    low[0, 0] = 0.0
    low_ac = float(np.square(low).sum())
    low[0, 0] = mean * HASH_GRID  # the DC term of the orthonormal DCT
    median = _median(low)
    ac_rms = np.sqrt(ac_energy / (grid.size - 1))
    informative = int(np.count_nonzero(np.abs(low - median) > _STABLE_MARGIN * ac_rms))
    detail = (ac_energy - low_ac) / ac_energy if ac_energy > 0 else 0.0
    figures = (
        _bits_to_int(low.ravel() > median),
        round(mean),
        min(255, round(np.sqrt(ac_energy / grid.size))),
        round(255 * detail),
        informative if ac_rms > 0 else 0,
    )
    return figures, low


def _median(low: npt.NDArray[np.float64]) -> float:
    return float(_row_medians(low.reshape(1, -1))[0])


def _row_medians(rows: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """The median of each row of LOW x LOW coefficients: the mean of its middle two."""
    middle = np.partition(rows, (_HALF - 1, _HALF), axis=1)[:, _HALF - 1 : _HALF + 1]
    return (middle[:, 0] + middle[:, 1]) / 2


# A turn of the grid is a turn of its DCT with signs: mirroring the columns negates the odd
# horizontal frequencies, flipping the rows the odd vertical ones; a transpose transposes.
_ODD = np.where(np.arange(_LOW) % 2, -1.0, 1.0)
_SIGN_V, _SIGN_U = _ODD[None, :], _ODD[:, None]
_TURN_COEFFICIENTS: dict[str, Callable[[npt.NDArray[Any]], npt.NDArray[Any]]] = {
    "mirror": lambda c: c * _SIGN_V,
    "flip": lambda c: c * _SIGN_U,
    "rotate180": lambda c: c * _SIGN_U * _SIGN_V,
    "transpose": lambda c: c.T,
    "rotate90": lambda c: c.T * _SIGN_U,
    "rotate270": lambda c: c.T * _SIGN_V,
    "transverse": lambda c: c.T * _SIGN_U * _SIGN_V,
}


def _turned_keys(low: npt.NDArray[np.float64]) -> tuple[int, ...]:
    """The key of each turn of the grid (TURN_NAMES order), from its low coefficients
    (the medians of all turns at once)."""
    turned = np.stack([_TURN_COEFFICIENTS[name](low).ravel() for name in TURN_NAMES])
    return tuple(map(_bits_to_int, turned > _row_medians(turned)[:, None]))


def _paint_caption(ycc: Image.Image, small: Image.Image) -> tuple[Image.Image, Image.Image]:
    """``ycc`` and its HASH_GRID reduction ``small`` with a caption box
    (:func:`caption_box`, found on ``small`` in ``ycc``'s proportions) painted over in the
    picture's median colour, so that captioned and plain copies fingerprint alike;
    unchanged without one."""
    found = caption_box(
        np.asarray(small.getchannel(0), dtype=np.float32), aspect=ycc.width / ycc.height
    )
    if found is None:
        return ycc, small
    top, bottom, left, right = found
    sx, sy = ycc.width / HASH_GRID, ycc.height / HASH_GRID
    box = (
        max(0, int((left - 1) * sx)),
        max(0, int((top - 1) * sy)),
        min(ycc.width, int(np.ceil((right + 1) * sx))),
        min(ycc.height, int(np.ceil((bottom + 1) * sy))),
    )
    fill = tuple(int(v) for v in np.median(np.asarray(small).reshape(-1, 3), axis=0))
    painted = ycc.copy()
    painted.paste(fill, box)
    return painted, painted.resize((HASH_GRID, HASH_GRID), Image.Resampling.BILINEAR)


def fingerprint_image(img: Image.Image, captured: int = 0) -> Fingerprint:
    """Fingerprint an EXIF-oriented image (any mode; transparency counts as white; an
    app's caption box in a bottom corner is painted over first), taken at ``captured``."""
    ycc = to_ycc(img)
    ycc, small = _paint_caption(ycc, ycc.resize((HASH_GRID, HASH_GRID), Image.Resampling.BILINEAR))
    grey = ycc.getchannel(0)
    grid = small.getchannel(0)
    values = np.asarray(grid, dtype=np.float64)
    (key, mean, spread, detail, informative), low = _figures(values)
    thumb = grid.resize((THUMB_SIDE, THUMB_SIDE), Image.Resampling.BOX).tobytes()
    turned = _turned_keys(low)
    chroma = b"".join(
        small.getchannel(band).resize((CHROMA_SIDE, CHROMA_SIDE), Image.Resampling.BOX).tobytes()
        for band in (1, 2)
    )
    colour = _colour_hash(small)
    centre_key = _centre_key(grey, key)
    return Fingerprint(
        key, thumb, mean, spread, detail, informative, centre_key, turned, colour, chroma, captured
    )


def _colour_hash(small: Image.Image) -> int:
    """imagehash's colour hash (hue/saturation histogram, 3 bits a bin) as an int."""
    tiny = small.resize((COLOUR_SIDE, COLOUR_SIDE), Image.Resampling.BOX).convert("RGB")
    bits = imagehash.colorhash(tiny, binbits=COLOUR_BINBITS).hash
    return _bits_to_int(np.asarray(bits, dtype=bool).ravel())


def _centre_key(grey: Image.Image, full_key: int) -> int:
    """DCT hash of the central 80 %: unaffected by corner captions, less by border crops.

    A centre with little information (e.g. blank sky) gives ``full_key`` instead, so it
    adds no candidates.
    """
    w, h = grey.size
    box = (w * 0.1, h * 0.1, w * 0.9, h * 0.9)
    grid = grey.resize((HASH_GRID, HASH_GRID), Image.Resampling.BILINEAR, box=box)
    key, _, spread, _, informative = _hash_and_figures(np.asarray(grid, dtype=np.float64))
    if spread < _CENTRE_MIN_SPREAD or informative < _CENTRE_MIN_INFORMATIVE:
        return full_key
    return key


def hamming(a: int, b: int) -> int:
    """Number of differing bits between two int hashes."""
    return (a ^ b).bit_count()


@dataclass(frozen=True, slots=True)
class FingerprintArrays:
    """Fingerprints of n photos as parallel numpy arrays.

    ``turned``, ``colour``, ``chroma`` and ``captured`` may be left out (None): no turned
    candidates, no colour evidence, no capture instants (synthetic benchmark sets).
    """

    keys: npt.NDArray[np.uint64]  # (n,)
    centre_keys: npt.NDArray[np.uint64]  # (n,)
    thumbs: npt.NDArray[np.uint8]  # (n, THUMB_SIDE, THUMB_SIDE)
    figures: npt.NDArray[np.uint8]  # (n, 4): mean, spread, detail, informative
    turned: npt.NDArray[np.uint64] | None = None  # (n, TURNS): keys of the turned grids
    colour: npt.NDArray[np.uint64] | None = None  # (n,): imagehash colour hash bits
    chroma: npt.NDArray[np.uint8] | None = None  # (n, 2, CHROMA_SIDE, CHROMA_SIDE): Cb, Cr
    captured: npt.NDArray[np.int64] | None = None  # (n,): capture instants (0: unknown)

    def __len__(self) -> int:
        return int(self.keys.shape[0])

    @classmethod
    def from_bytes(cls, blobs: Sequence[bytes]) -> FingerprintArrays:
        """Parse serialized fingerprints (all of length FINGERPRINT_BYTES)."""
        return cls.from_matrix(np.frombuffer(b"".join(blobs), dtype=np.uint8))

    @classmethod
    def from_matrix(cls, raw: npt.NDArray[np.uint8]) -> FingerprintArrays:
        """Parse serialized fingerprints laid end to end (e.g. a Parquet column's buffer)."""
        raw = raw.reshape(-1, FINGERPRINT_BYTES)

        def words(start: int, count: int) -> npt.NDArray[np.uint64]:
            block = raw[:, start : start + 8 * count].copy().view("<u8")
            return block.astype(np.uint64).reshape(len(raw), count)

        thumbs_at, chroma_at = HEADER_BYTES, HEADER_BYTES + THUMB_BYTES
        return cls(
            keys=words(_KEY_AT, 1).ravel(),
            centre_keys=words(_CENTRE_AT, 1).ravel(),
            thumbs=raw[:, thumbs_at:chroma_at].reshape(-1, THUMB_SIDE, THUMB_SIDE).copy(),
            figures=raw[:, _FIGURES_AT : _FIGURES_AT + 4].copy(),
            turned=words(_TURNED_AT, TURNS),
            colour=words(_COLOUR_AT, 1).ravel(),
            chroma=raw[:, chroma_at:_CAPTURED_AT].reshape(-1, 2, CHROMA_SIDE, CHROMA_SIDE).copy(),
            captured=words(_CAPTURED_AT, 1).ravel().view(np.int64),
        )

    def subset(self, rows: npt.NDArray[np.int64]) -> FingerprintArrays:
        """The fingerprints at ``rows``."""
        parts: dict[str, Any] = {f: getattr(self, f) for f in FIELDS}
        picked: dict[str, Any] = {f: None if v is None else v[rows] for f, v in parts.items()}
        return FingerprintArrays(**picked)

    def hash_distance(self, i: I64, j: I64) -> I64:
        """Hash distance of pairs: the smaller of the full and the centre key distances."""
        full = np.bitwise_count(self.keys[i] ^ self.keys[j])
        centre = np.bitwise_count(self.centre_keys[i] ^ self.centre_keys[j])
        return np.minimum(full, centre).astype(np.int64)

    def informative(self) -> npt.NDArray[np.bool_]:
        """Which photos carry enough information to match by similarity."""
        return informative_figures(self.figures)


def faint_figures(figures: npt.NDArray[np.uint8]) -> npt.NDArray[np.bool_]:
    """Rows with informative hash bits but almost no contrast: a flat field, or a subject
    of a few pixels on one (only the pictures tell: ``StructureCheck.has_subject``)."""
    return (figures[:, 3] >= MIN_INFORMATIVE_BITS) & (figures[:, 1] < MIN_SPREAD)


def banded_figures(figures: npt.NDArray[np.uint8]) -> npt.NDArray[np.bool_]:
    """Rows with too few informative hash bits to match by their hashes but with contrast:
    bands, bars, a gradient, two tones (a flag, a plain sky).  Their hash bits are mostly
    noise, so only their thumbnails and pictures can tell their copies."""
    return (figures[:, 3] < MIN_INFORMATIVE_BITS) & (figures[:, 1] >= BANDED_SPREAD)


def informative_figures(figures: npt.NDArray[np.uint8]) -> npt.NDArray[np.bool_]:
    """Which rows of figures (mean, spread, detail, informative bits) carry enough
    information to match by similarity."""
    return (figures[:, 3] >= MIN_INFORMATIVE_BITS) & (figures[:, 1] >= MIN_SPREAD)
