"""Whether two aligned pictures show the same texture: the structure check's last word on
pictures of one kind.

The residual (:mod:`photodedup.core.group.residual`) compares two pictures at 64 px after
a global brightness/contrast normalisation.  Where the pictures share a large smooth
structure that outweighs everything else (planets or moons lit from one side: a bright
limb and a shaded disc on black), two different pictures differ there by little more than
copies do, because what tells them apart is a faint texture inside the subject.  This
test compares that texture on the structure check's pictures at half their size (160 px,
where a texture of 2-6 px at 320 is sharp and JPEG's blocks are not): the band of detail
between ``FINE`` and ``COARSE`` pixels, divided by its local strength (so that a faint
texture counts as much as a strong edge), over the pixels well inside the subject of both
pictures (the limb and a caption box left out) where both have detail above the noise.
Copies (resized, re-encoded, brightened, border-cropped, captioned) keep their texture;
different planets rendered alike do not.  Measured in session 26 over the original-copy
pairs of the six accuracy corpora that reach this test with detail to compare (the original
aligned onto the copy): the 3,322 of the tune halves correlate at 0.68 or more (a Neverball
level shot's fine grid, JPEG q40), the 3,091 of the held halves at 0.74 or more (a dark gas
giant's WebP and JPEG q40 copies), while two gas giants whose bands agree in the large
correlate at 0.50-0.60 (Endless Sky's gas9 and gas10: 0.54; 57 such pairs of different
pictures on both halves).  Only a pair with detail over at least ``MIN_SHARE`` of the
picture and a correlation below ``MIN_CORRELATION`` is called different: on a blurred or
very dark picture the detail is noise, and there the test says nothing.
"""

from __future__ import annotations

from typing import NamedTuple

import cv2
import numpy as np
import numpy.typing as npt

from photodedup.core.group.residual import CONTENT_LEVEL, TRIM

F32 = npt.NDArray[np.float32]
Mask = npt.NDArray[np.bool_]
MIN_SIDE = 160  # pictures smaller than this (the 64-px thumbnails) are not tested
FINE, COARSE = 0.5, 1.5  # px at half size: the band of detail (a difference of Gaussians)
LOCAL = 2.5  # px: the detail's local strength is measured over this radius (a Gaussian)
NOISE = 1.0  # detail weaker than this (spread scaled to SCALE) is noise
SCALE = 50.0  # each picture's robust spread is scaled to this
EDGE = 5  # px: the compared pixels keep this far from the shared region's edge ...
INSIDE = 7  # ... and this far inside the subject of both pictures (off its limb)
MIN_SHARE = 0.10  # the compared pixels must cover this share of the picture ...
MIN_CORRELATION = 0.6  # ... and correlate less than this for the pictures to differ (0.5
# before session 26; copies of the tune halves: 0.68 or more)


class Halved(NamedTuple):
    """Two aligned pictures at half size, and the pixels to compare: EDGE px inside the
    region they share, outside a caption box (the change test compares the same)."""

    a: F32  # the first picture, aligned onto the second
    b: F32
    region: Mask


def halved(a: F32, b: F32, fit: F32, overlay: Mask) -> Halved | None:
    """``a`` aligned onto ``b`` by ``fit``, and ``b``, at half size (None for pictures
    smaller than MIN_SIDE); ``overlay``: the caption box of either picture at the
    residual's size (left out)."""
    if min(b.shape) < MIN_SIDE:
        return None
    h, w = b.shape
    replicate = cv2.BORDER_REPLICATE
    warped = cv2.warpAffine(a, fit, (w, h), flags=cv2.INTER_AREA, borderMode=replicate)
    inside = cv2.warpAffine(np.ones_like(a), fit, (w, h), flags=cv2.INTER_NEAREST)
    half = (w // 2, h // 2)
    small_a, small_b, small_in = (
        np.asarray(cv2.resize(x, half, interpolation=cv2.INTER_AREA), dtype=np.float32)
        for x in (warped, b, inside)
    )
    region = _eroded(small_in > 0.99, EDGE)
    if overlay.any():
        box = cv2.resize(overlay.astype(np.uint8), half, interpolation=cv2.INTER_NEAREST)
        region &= np.asarray(box) == 0
    return Halved(small_a, small_b, region)


def differ(a: F32, b: F32, fit: F32, overlay: Mask) -> bool:
    """Whether ``a`` aligned onto ``b`` by ``fit`` shows another texture than ``b``;
    ``overlay``: the caption box of either picture at the residual's size (left out)."""
    return differs_in(halved(a, b, fit, overlay))


def differs_in(pair: Halved | None) -> bool:
    """Whether the halved pictures show two textures (:func:`correlation_of`)."""
    found = None if pair is None else correlation_of(pair)
    return found is not None and found < MIN_CORRELATION


def correlation_of(pair: Halved) -> float | None:
    """How the textures of two halved pictures (:func:`halved`) correlate (see the module's
    docstring), or None where they cannot tell: too little detail above the noise."""
    small_a, small_b, region = pair
    if np.count_nonzero(region) < MIN_SHARE * region.size:
        return None
    (detail_a, strength_a, subject_a) = _detail(small_a, region)
    (detail_b, strength_b, subject_b) = _detail(small_b, region)
    compared = region & _eroded(subject_a & subject_b, INSIDE)
    compared &= (strength_a > NOISE) & (strength_b > NOISE)
    if np.count_nonzero(compared) < MIN_SHARE * compared.size:
        return None
    x = detail_a[compared] / (strength_a[compared] + NOISE)
    y = detail_b[compared] / (strength_b[compared] + NOISE)
    return _trimmed_correlation(x, y)


def _detail(grey: F32, region: Mask) -> tuple[F32, F32, Mask]:
    """The band of detail of ``grey`` (its robust spread over ``region`` scaled to SCALE),
    its local strength, and its subject (pixels more than CONTENT_LEVEL off the median)."""
    low, mid, high = np.percentile(grey[region][::4], (25, 50, 75))  # every 4th: as good
    scaled = grey * np.float32(SCALE / max(float(high - low), 10.0))
    band = cv2.GaussianBlur(scaled, (0, 0), FINE) - cv2.GaussianBlur(scaled, (0, 0), COARSE)
    strength = np.sqrt(cv2.GaussianBlur(band * band, (0, 0), LOCAL))
    return band, strength, np.abs(grey - np.float32(mid)) > CONTENT_LEVEL


def _eroded(mask: Mask, size: int) -> Mask:
    kernel = np.ones((size, size), np.uint8)
    return cv2.erode(mask.astype(np.uint8), kernel).astype(bool)


def _trimmed_correlation(x: F32, y: F32) -> float:
    """The correlation of ``x`` and ``y`` less the TRIM share of pixels that differ most
    (a watermark, what the caption search missed)."""
    errors = np.square(x - y)
    keep = errors <= np.sort(errors)[max(1, int(len(errors) * (1 - TRIM))) - 1]
    xs, ys = x[keep].astype(np.float64), y[keep].astype(np.float64)
    xs -= xs.mean()
    ys -= ys.mean()
    norm = float(np.sqrt((xs @ xs) * (ys @ ys)))
    return float(xs @ ys) / norm if norm > 0 else 1.0
