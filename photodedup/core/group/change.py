"""Whether two aligned pictures differ in a part: something moved, was added or was taken
away (the frames of an animation, a burst of shots on a tripod, a scene with and without
its people, a portrait with and without a shield).

The residual (:mod:`photodedup.core.group.residual`) forgives the worst ``TRIM`` share of
the pixels at 64 px, because an app's caption box or a watermark covers that much of a
copy; a subject that moved a limb changes less than that, so two frames of one animation
measure as close as copies.  This test compares the structure check's pictures at half
their size (160 px): the first aligned onto the second, its tones mapped onto the second's
(:func:`_tone_map`: the median of the second picture's pixels over each band of the first
picture's tones, so that a brightness, contrast or gamma edit, clipped or not, maps back;
and the other way round, :func:`_changed`), blurred a little (JPEG's blocks and a
resampling's ringing are not a change), and the pixels more than ``LEVEL`` grey levels off
counted.  An edit of a copy changes a corner (a caption box, a watermark) or a band along
the top or bottom (a caption across a narrow picture), and two copies may each have been
edited so: the box that holds most of the changed pixels and the corner box that holds
most of the rest are left out (:func:`_boxes`; a second band would leave out too much of a
narrow sprite).  Pictures that differ over more than ``MAX_SHARE`` of the compared pixels
after that are two photos.
"""

from __future__ import annotations

import functools

import cv2
import numpy as np
import numpy.typing as npt

from photodedup.core.fingerprint.caption import CAPTION_BOXES
from photodedup.core.group import texture

F32 = npt.NDArray[np.float32]
Mask = npt.NDArray[np.bool_]
TONE_BAND = 16  # grey levels of the first picture per point of the tone map
TONE_MIN = 4  # pixels a band needs for a point
TONE_KEEP = 0.85  # the map is fitted again on this share of pixels that fitted best
SIGMA = 1.0  # px at half size: the difference is blurred this much
LEVEL = 16.0  # grey levels: a blurred difference above this is a change ...
MAX_SHARE = 0.01  # ... and a change over more than this share of the compared pixels, two photos
BAND = 0.2  # the bands along the top and bottom that an edit may change (a wide caption)
_MIN_PIXELS = 100  # fewer compared pixels: the test says nothing
_CORNERS = 4 * len(CAPTION_BOXES)  # the corner boxes come first in _boxes()


def differs(a: F32, b: F32, fit: F32, overlay: Mask) -> bool:
    """Whether ``a`` aligned onto ``b`` by ``fit`` differs from ``b`` in a part (see the
    module's docstring); ``overlay``: the caption box of either picture at the residual's
    size (left out)."""
    return differs_in(texture.halved(a, b, fit, overlay))


def differs_in(pair: texture.Halved | None) -> bool:
    """Whether the halved pictures (:func:`.texture.halved`) differ in a part."""
    found = None if pair is None else share_of(pair)
    return found is not None and found > MAX_SHARE


def changed_share(a: F32, b: F32, fit: F32, overlay: Mask) -> float | None:
    """The share of the compared pixels that changed, less the edit boxes that hold most of
    them (:func:`_changed`), or None for pictures smaller than :data:`.texture.MIN_SIDE`
    (or too little shared)."""
    pair = texture.halved(a, b, fit, overlay)
    return None if pair is None else share_of(pair)


def share_of(pair: texture.Halved) -> float | None:
    """:func:`changed_share` of two halved pictures."""
    small_a, small_b, region = pair
    compared = int(np.count_nonzero(region))
    if compared < _MIN_PIXELS:
        return None
    boxes = _boxes(*small_b.shape)
    shares = (_changed(x, y, region, boxes) for x, y in ((small_a, small_b), (small_b, small_a)))
    return min(shares) / compared


def _changed(x: F32, y: F32, region: Mask, boxes: npt.NDArray[np.intp]) -> float:
    """How many pixels of ``region`` changed from ``x`` (its tones mapped onto ``y``'s) to
    ``y``, less the box of ``boxes`` that holds most of them and the corner box that holds
    most of the rest (two copies, a caption on one and a watermark on the other).  The map
    is a function one way only: a white caption box on black maps white to black, so the
    caption's copy is mapped onto its original and the original onto the copy, and the
    smaller change counts."""
    mapped = _tone_map(x, y, region)
    error = np.abs(y - mapped)
    fitted = region & (error <= np.quantile(error[region], TONE_KEEP))
    if np.count_nonzero(fitted) >= _MIN_PIXELS:
        mapped = _tone_map(x, y, fitted)
    difference = np.abs(cv2.GaussianBlur(y - mapped, (0, 0), SIGMA))
    changed = ((difference > LEVEL) & region).astype(np.uint8)
    top, bottom, left, right = boxes
    for edits in (len(boxes[0]), _CORNERS):  # any box, then a corner box of the rest
        summed = cv2.integral(changed)
        inside = summed[bottom, right] - summed[top, right] - summed[bottom, left]
        worst = int(np.argmax((inside + summed[top, left])[:edits]))
        changed[top[worst] : bottom[worst], left[worst] : right[worst]] = 0
    return float(np.count_nonzero(changed))


def _tone_map(x: F32, y: F32, region: Mask) -> F32:
    """``x``'s tones mapped onto ``y``'s: per band of TONE_BAND grey levels of ``x`` (with
    at least TONE_MIN pixels in ``region``), the medians of both; between them a straight
    line, beyond the first and last a shift.  Counted in whole grey levels (histograms, not
    sorts: half a level is far below LEVEL)."""
    levels = np.arange(256)
    xs = np.clip(np.rint(x), 0, 255).astype(np.intp)
    ys = np.clip(np.rint(y[region]), 0, 255).astype(np.intp)
    bands = xs[region] // TONE_BAND
    width = 256 // TONE_BAND
    counts = np.bincount(bands, minlength=width)
    kept = np.flatnonzero(counts >= TONE_MIN)
    if len(kept) < 2:
        shift = float(np.median(x[region]) - np.median(y[region]))
        return x - np.float32(shift)
    half = (counts[kept, None] + 1) // 2
    by_x = np.bincount(xs[region], minlength=256).reshape(width, TONE_BAND)[kept].cumsum(axis=1)
    by_y = np.bincount(bands * 256 + ys, minlength=width * 256).reshape(width, 256)[kept]
    at = kept * TONE_BAND + np.argmax(by_x >= half, axis=1)
    to = np.argmax(by_y.cumsum(axis=1) >= half, axis=1)
    lut = np.interp(levels, at, to)
    lut = np.where(levels < at[0], levels - at[0] + to[0], lut)
    lut = np.where(levels > at[-1], levels - at[-1] + to[-1], lut)
    return lut.astype(np.float32)[xs]


@functools.lru_cache(maxsize=64)
def _boxes(h: int, w: int) -> npt.NDArray[np.intp]:
    """(4, boxes): the top, bottom, left and right edges (bottom and right excluded) of each
    caption-sized corner box of an h x w picture, and of the bands along its top and its
    bottom (BAND of the height)."""
    out = []
    for width, height in CAPTION_BOXES:
        for right in (False, True):
            for bottom in (False, True):
                cols = (w - int(w * width), w) if right else (0, int(np.ceil(w * width)))
                rows = (h - int(h * height), h) if bottom else (0, int(np.ceil(h * height)))
                out.append((*rows, *cols))
    band = int(np.ceil(h * BAND))
    out += [(0, band, 0, w), (h - band, h, 0, w)]
    return np.array(out, dtype=np.intp).T
