"""What differs between two aligned pictures: the residual of the structure check.

:func:`residual` compares the pictures pixel by pixel at ``ALIGN_SIDE`` px after a robust
brightness/contrast normalisation, over the region they share, ignoring the worst ``TRIM``
share of pixels (a caption box or watermark covers less than that) and, for the subject
itself, the caption-sized corner box that helps most (:func:`content_residual`).
Pictures with a subject of a few pixels (:func:`nearly_empty`) are told by
:mod:`photodedup.core.group.structure`, which aligns the pictures first.
"""

from __future__ import annotations

import functools
from typing import Any

import cv2
import numpy as np
import numpy.typing as npt

from photodedup.core.fingerprint.caption import CAPTION_BOXES, caption_box

F32 = npt.NDArray[np.float32]
ALIGN_SIDE = 64  # the residual is measured at this long side
SPREAD_FLOOR = 10.0  # grey levels: JPEG noise in a very dark picture is not structure
TRIM = 0.15  # the worst share of aligned pixels left out of the residual (captions)
RESIDUAL_BITS = 192.0  # trimmed residual (normalised units) to the 0-64 scale
CONTENT_BITS = 160.0  # 1 - correlation of the subject pixels to the 0-64 scale
CONTENT_LEVEL = 12.0  # grey levels off the background that count as subject
CONTENT_MIN = 8  # fewer subject pixels: nothing to correlate
EMPTY_SHARE = 0.05  # a picture with less subject than this is nearly empty
_BOXES = ((0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (1.0, 1.0))  # corners, as (x, y) anchors
FAR = 255  # no comparison possible (the 0-64 scale's "never")


def shrink(grey: npt.NDArray[Any]) -> F32:
    """A grey picture scaled (area average) to ALIGN_SIDE on its long side."""
    h, w = grey.shape
    scale = ALIGN_SIDE / max(h, w)
    size = (max(4, round(w * scale)), max(4, round(h * scale)))
    return np.asarray(cv2.resize(grey, size, interpolation=cv2.INTER_AREA), dtype=np.float32)


def residual(a: F32, b: F32, fit: F32) -> tuple[float, float, float, float]:
    """Trimmed mean squared difference of the normalised pictures where they overlap, how
    badly their subject pixels disagree (:func:`content_residual`), the smaller share of
    either picture covered by the other, and the larger (1: one lies inside the other)."""
    hb, wb = b.shape
    warped = cv2.warpAffine(a, fit, (wb, hb), flags=cv2.INTER_AREA, borderValue=-1.0)
    inside = cv2.warpAffine(
        np.ones_like(a), fit, (wb, hb), flags=cv2.INTER_NEAREST, borderValue=0.0
    )
    cover_b = float(inside.mean())
    scale = abs(float(np.linalg.det(fit[:, :2])))
    cover_a = min(1.0, cover_b * wb * hb / max(1.0, scale * a.shape[0] * a.shape[1]))
    small_w, small_b, small_in = (shrink(x) for x in (warped, b, inside))
    valid = small_in > 0.99
    if valid.sum() < 16:
        return FAR / RESIDUAL_BITS, 0.0, min(cover_a, cover_b), max(cover_a, cover_b)
    clear = valid & ~_overlay(small_w) & ~_overlay(small_b)
    if clear.sum() >= 16:
        valid = clear  # a caption box in either picture is no evidence either way
    trimmed = _trimmed_error(small_w[valid], small_b[valid])
    content = content_residual(small_w, small_b, valid)
    return trimmed, content, min(cover_a, cover_b), max(cover_a, cover_b)


def _overlay(grey: F32) -> npt.NDArray[np.bool_]:
    """Pixels of an app's caption box (:func:`photodedup.core.fingerprint.caption.caption_box`), if
    any: copies with and without one must match, and different dark pictures under the
    same caption must not, so the box is left out of both comparisons.  Searched strictly
    first; where that finds none (a caption across a narrow dark picture: at 64 px its text
    rows are mostly dark, and the subject's bright parts share its corner), as the
    fingerprint searches, at its size (:func:`_halved_caption`)."""
    out = np.zeros(grey.shape, dtype=bool)
    found = caption_box(grey, strict=True) or _halved_caption(grey)
    if found is not None:
        top, bottom, left, right = found
        out[max(0, top - 1) : bottom + 1, max(0, left - 1) : right + 1] = True
    return out


def _halved_caption(grey: F32) -> tuple[int, int, int, int] | None:
    """An app's caption box found as the fingerprint finds it, on the picture at half this
    size (where a line of text blends into its box), in this size's pixels."""
    h, w = grey.shape
    half = cv2.resize(grey, (max(1, w // 2), max(1, h // 2)), interpolation=cv2.INTER_AREA)
    found = caption_box(half)
    if found is None:
        return None
    top, bottom, left, right = found
    return 2 * top, min(h, 2 * bottom), 2 * left, min(w, 2 * right)


def content_residual(x: F32, y: F32, valid: npt.NDArray[np.bool_]) -> float:
    """1 - correlation of the pixels off the background in either picture, leaving out
    the caption-sized corner box that helps most (0: same subject; ~1: unrelated).

    The trimmed residual forgives a caption, but also a small subject on a plain field;
    this one looks at the subject itself.
    """
    dx = x - _median(x[valid])
    dy = y - _median(y[valid])
    subject = valid & ((np.abs(dx) > CONTENT_LEVEL) | (np.abs(dy) > CONTENT_LEVEL))
    best = _decorrelation(dx, dy, subject)
    for outside in _outside_boxes(*x.shape):
        best = min(best, _decorrelation(dx, dy, subject & outside))
    return best


@functools.lru_cache(maxsize=64)
def _outside_boxes(h: int, w: int) -> tuple[npt.NDArray[np.bool_], ...]:
    """For each caption-sized corner box of an h x w picture: the pixels outside it."""
    rows, cols = np.mgrid[0:h, 0:w]
    out = []
    for bw, bh in CAPTION_BOXES:
        for ax, ay in _BOXES:
            box_x = (cols >= (w * (1 - bw))) if ax else (cols < w * bw)
            box_y = (rows >= (h * (1 - bh))) if ay else (rows < h * bh)
            out.append(~(box_x & box_y))
    return tuple(out)


def subject_count(grey: F32) -> int:
    """Pixels more than CONTENT_LEVEL off the background (the median) of a grey picture."""
    return int((np.abs(grey - np.median(grey)) > CONTENT_LEVEL).sum())


def nearly_empty(grey: F32) -> bool:
    """Fewer than EMPTY_SHARE of the pixels at ALIGN_SIDE are subject."""
    small = shrink(grey)
    return subject_count(small) < EMPTY_SHARE * small.size


def subject_pixels(grey: F32) -> bool:
    """Whether a grey picture has at least CONTENT_MIN subject pixels outside an app's
    caption box (a caption on a black frame is no picture)."""
    box = _overlay(grey)
    if box.any():
        grey = np.where(box, np.float32(np.median(grey[~box])), grey)
    return subject_count(grey) >= CONTENT_MIN


def _median(values: F32) -> np.float32:
    """``np.median`` of a 1-D array, bit for bit, through a sort: pictures hold runs of
    equal pixels (a black sky), which make numpy's selection slower than its sort."""
    ordered = np.sort(values)
    half = len(ordered) // 2
    return ordered[half] if len(ordered) % 2 else np.mean(ordered[half - 1 : half + 1])


def _decorrelation(dx: F32, dy: F32, mask: npt.NDArray[np.bool_]) -> float:
    if np.count_nonzero(mask) < CONTENT_MIN:
        return 0.0
    x, y = dx[mask], dy[mask]
    u, v = x - x.mean(), y - y.mean()
    norm = float(np.sqrt(np.square(u).sum() * np.square(v).sum()))
    return 1.0 - float((u * v).sum()) / norm if norm > 0 else 1.0


def _trimmed_error(x: F32, y: F32) -> float:
    """The mean squared difference of two aligned pictures' normalised pixels, less the
    worst TRIM share.

    Measured twice: the second time each picture is scaled by its spread over the pixels
    the first pass kept, so that what the trim leaves out (a bright caption box on a dark
    picture) does not set one picture's scale against the other's; both scales are then
    stretched alike, back towards the first pass's (a white field that the kept pixels are
    mostly made of must not make every tone of the subject count ten times).
    """
    count = max(1, int(len(x) * (1 - TRIM)))
    pair = np.stack([x, y])
    mid, spread = _centre_spread(pair)
    errors = _errors(pair, mid, spread)
    # Sorted, not partitioned: most errors of a pair of copies are exactly 0, and so many
    # ties make numpy's selection ~4x slower than its sort.
    kept = errors <= np.sort(errors)[count - 1]
    mid, narrow = _centre_spread(pair[:, kept])
    narrow *= max(1.0, float(np.min(spread / narrow)))
    errors = _errors(pair, mid, narrow)
    return float(np.sort(errors)[:count].mean())


def _centre_spread(pair: F32) -> tuple[F32, F32]:
    """Per row of ``pair``: the median and the robust spread (at least SPREAD_FLOOR)."""
    low, mid, high = np.percentile(pair, (25, 50, 75), axis=1)
    spread = np.maximum(np.maximum((high - low) / 1.349, 0.5 * pair.std(axis=1)), SPREAD_FLOOR)
    return mid[:, None], spread[:, None]


def _errors(pair: F32, mid: F32, spread: F32) -> F32:
    """Squared differences of the two normalised rows of ``pair`` (capped at 4)."""
    scaled = (pair - mid) / spread
    return np.minimum(np.square(scaled[0] - scaled[1]), 4.0)
