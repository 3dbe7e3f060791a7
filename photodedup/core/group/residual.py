"""What differs between two aligned pictures: the residual of the structure check.

:func:`residual` compares the pictures pixel by pixel at ``ALIGN_SIDE`` px after a robust
brightness/contrast normalisation (or a straight line through the tones an edit did not
clip to white or black), over the region they share, ignoring the worst ``TRIM``
share of pixels (a caption box or watermark covers less than that) and, for the subject
itself, the caption-sized corner box that helps most (:func:`content_residual`).
Pictures with a subject of a few pixels (:func:`nearly_empty`) are told by
:mod:`photodedup.core.group.structure`, which aligns the pictures first.
"""

from __future__ import annotations

import functools
import weakref
from typing import Any, NamedTuple

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
CLIPPED = (5.0, 250.0)  # grey levels: outside, a pixel may have been clipped by an edit
CLIPPED_MIN = 16  # unclipped pixels a line needs
SLOPES = (0.5, 2.0)  # a brightness or contrast edit's slope stays within these
ROW_WINDOW = 11  # rows: a graded background is the running median of the rows' medians
EMPTY_SHARE = 0.05  # a picture with less subject than this is nearly empty
_LINED: dict[int, tuple[weakref.ref[F32], bool]] = {}  # id -> (the array, lined)
_LINED_HELD = 256
LINED_PRECHECK = 4 * CONTENT_MIN  # more pixels this far off its lines' means: not lined
_BOXES = ((0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (1.0, 1.0))  # corners, as (x, y) anchors
FAR = 255  # no comparison possible (the 0-64 scale's "never")


def shrink(grey: npt.NDArray[Any]) -> F32:
    """A grey picture scaled (area average) to ALIGN_SIDE on its long side."""
    h, w = grey.shape
    scale = ALIGN_SIDE / max(h, w)
    size = (max(4, round(w * scale)), max(4, round(h * scale)))
    return np.asarray(cv2.resize(grey, size, interpolation=cv2.INTER_AREA), dtype=np.float32)


class Measured(NamedTuple):
    """What :func:`residual` measured of two aligned pictures."""

    trimmed: float  # trimmed mean squared difference of the normalised pictures
    content: float  # how badly their subject pixels disagree (0-1)
    overlap: float  # the smaller share of either picture covered by the other
    contained: float  # the larger (1: one lies inside the other)
    overlay: npt.NDArray[np.bool_]  # a caption box of either, at ALIGN_SIDE (left out)


def residual(a: F32, b: F32, fit: F32) -> Measured:
    """Trimmed mean squared difference of the normalised pictures where they overlap (or,
    if smaller, of one and the line from the other through its unclipped pixels:
    :func:`_clipped_error`), how
    badly their subject pixels disagree (:func:`content_residual`), the smaller share of
    either picture covered by the other, the larger (1: one lies inside the other), and
    the caption boxes left out."""
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
    overlap, contained = min(cover_a, cover_b), max(cover_a, cover_b)
    if valid.sum() < 16:
        return Measured(FAR / RESIDUAL_BITS, 0.0, overlap, contained, np.zeros_like(valid))
    overlay = caption_boxes(small_w, small_b)
    clear = valid & ~overlay
    if clear.sum() >= 16:
        valid = clear  # a caption box in either picture is no evidence either way
    trimmed = _tone_error(small_w[valid], small_b[valid])
    content = content_residual(small_w, small_b, valid)
    return Measured(trimmed, content, overlap, contained, overlay)


def caption_boxes(a: F32, b: F32) -> npt.NDArray[np.bool_]:
    """The pixels of an app's caption box in either of two aligned pictures at
    ALIGN_SIDE (:func:`_overlay`)."""
    return _overlay(a) | _overlay(b)


def caption_pixels(grey: F32) -> npt.NDArray[np.bool_]:
    """The pixels of an app's caption box in one picture at ALIGN_SIDE (:func:`_overlay`)."""
    return _overlay(grey)


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
    this one looks at the subject itself.  The background is measured two ways, and the
    larger disagreement counts: as the picture's median (a plain field) and as each row's
    median (a sky graded from top to bottom, against which a flat median calls the whole
    gradient subject, and two small subjects on one backdrop correlate through it; each
    column's for a turned copy: :func:`_graded`).  The lines' medians leave out the corner
    box that helped the first measure most: a caption box on a white sky, which the caption
    search cannot tell from the sky, would move them.
    """
    plain, box = _subject_decorrelation(x - _median(x[valid]), y - _median(y[valid]), valid)
    lines = valid & (_keep_masks(*x.shape)[box].reshape(x.shape) > 0)
    if not lines.any():  # all they share lies in that corner box: no lines to grade
        return plain
    gx, gy = _graded(x, y, lines)
    if _no_subject(gx, valid) and _no_subject(gy, valid):
        return plain  # both are their lines (bands, a gradient): the plain measure compares them
    graded, _ = _subject_decorrelation(gx, gy, valid)
    return max(plain, graded)


def _no_subject(d: F32, valid: npt.NDArray[np.bool_]) -> bool:
    """Whether fewer than CONTENT_MIN valid pixels of ``d`` (a picture less its graded
    background) are more than twice CONTENT_LEVEL off it: a flag's bands or a plain sky,
    whose JPEG ringing along the bands' edges reaches just past CONTENT_LEVEL."""
    return int(np.count_nonzero(valid & (np.abs(d) > 2 * CONTENT_LEVEL))) < CONTENT_MIN


def _graded(x: F32, y: F32, lines: npt.NDArray[np.bool_]) -> tuple[F32, F32]:
    """Both pictures less their graded background, along the rows (a sky from top to bottom)
    or, where the lines' medians vary more along the columns (a turned copy), the columns."""
    by_rows = (_row_medians(x, lines), _row_medians(y, lines))
    by_columns = (_row_medians(x.T, lines.T).T, _row_medians(y.T, lines.T).T)
    rows_vary = float(np.ptp(by_rows[0]) + np.ptp(by_rows[1]))
    columns_vary = float(np.ptp(by_columns[0]) + np.ptp(by_columns[1]))
    bx, by = by_rows if rows_vary >= columns_vary else by_columns
    return x - bx, y - by


def _subject_decorrelation(dx: F32, dy: F32, valid: npt.NDArray[np.bool_]) -> tuple[float, int]:
    """1 - correlation of the pixels more than CONTENT_LEVEL off the background (``dx``,
    ``dy``) in either picture, and of those outside each caption-sized corner box: the
    smallest (0 where fewer than CONTENT_MIN pixels are left; 1 where either has no
    spread), and which of the :func:`_keep_masks` gave it.  All 13 in one set of matrix
    products."""
    subject = (valid & ((np.abs(dx) > CONTENT_LEVEL) | (np.abs(dy) > CONTENT_LEVEL))).ravel()
    if np.count_nonzero(subject) < CONTENT_MIN:
        return 0.0, 0
    # Centred on the whole subject (the sums below lose no precision), 0 off it.
    x = np.where(subject, dx.ravel() - dx.ravel()[subject].mean(dtype=np.float64), 0.0)
    y = np.where(subject, dy.ravel() - dy.ravel()[subject].mean(dtype=np.float64), 0.0)
    keep = _keep_masks(*dx.shape)
    count = keep @ subject.astype(np.float64)
    sx, sy = keep @ x, keep @ y
    with np.errstate(divide="ignore", invalid="ignore"):
        cov = keep @ (x * y) - sx * sy / count
        norm = np.sqrt((keep @ (x * x) - sx * sx / count) * (keep @ (y * y) - sy * sy / count))
        apart = np.where(norm > 0, 1.0 - cov / norm, 1.0)
    apart = np.where(count < CONTENT_MIN, 0.0, apart)
    best = int(np.argmin(apart))
    return float(apart[best]), best


def _row_medians(x: F32, valid: npt.NDArray[np.bool_], window: int = ROW_WINDOW) -> F32:
    """Each row's median over its valid pixels (the picture's, for a row with none), then
    the running median of those over ROW_WINDOW rows, as a column (of ``x.T``: the
    columns'): a sky's gradient
    stays as it is (a running median keeps a monotone profile), while the few rows a
    watermark's band darkens, or a brick wall's mortar lines, are no background."""
    ordered = np.sort(np.where(valid, x, np.inf), axis=1)
    counts = valid.sum(axis=1)
    rows = np.arange(len(x))
    low = ordered[rows, np.maximum(counts - 1, 0) // 2]
    high = ordered[rows, counts // 2]
    middle = np.where(counts > 0, (low + high) / np.float32(2), _median(x[valid]))
    padded = np.pad(middle.astype(np.float32), window // 2, mode="edge")
    runs = np.lib.stride_tricks.sliding_window_view(padded, window)
    return np.sort(runs, axis=1)[:, window // 2][:, None]


@functools.lru_cache(maxsize=64)
def _keep_masks(h: int, w: int) -> npt.NDArray[np.float64]:
    """13 rows of h x w weights: every pixel, then the pixels outside each caption-sized
    corner box."""
    rows, cols = np.mgrid[0:h, 0:w]
    out = [np.ones((h, w), dtype=bool)]
    for bw, bh in CAPTION_BOXES:
        for ax, ay in _BOXES:
            box_x = (cols >= (w * (1 - bw))) if ax else (cols < w * bw)
            box_y = (rows >= (h * (1 - bh))) if ay else (rows < h * bh)
            out.append(~(box_x & box_y))
    return np.stack(out).reshape(len(out), h * w).astype(np.float64)


def subject_count(grey: F32) -> int:
    """Pixels more than CONTENT_LEVEL off the background (the median) of a grey picture."""
    return int((np.abs(grey - np.median(grey)) > CONTENT_LEVEL).sum())


def nearly_empty(grey: F32) -> bool:
    """Fewer than EMPTY_SHARE of the pixels at ALIGN_SIDE are subject."""
    small = shrink(grey)
    return subject_count(small) < EMPTY_SHARE * small.size


def lined(grey: F32) -> bool:
    """Whether a grey picture is its lines' background at ALIGN_SIDE (bands, bars, a
    graded sky: :func:`_no_subject` along its rows or its columns), which an intensity fit
    cannot place along the lines.  Remembered for the array while it lives: a pair's
    comparisons ask it of the same two pictures several times."""
    known = _LINED.get(id(grey))
    if known is not None and known[0]() is grey:
        return known[1]
    found = _lined(grey)
    if len(_LINED) >= _LINED_HELD:
        _LINED.clear()
    _LINED[id(grey)] = (weakref.ref(grey), found)
    return found


def _lined(grey: F32) -> bool:
    """:func:`lined`, measured."""
    small = shrink(grey)
    # First, cheaply: a picture with a subject has many pixels far from its lines' means
    # both ways (a lined one is within 2 * CONTENT_LEVEL of them, but for a few pixels, one
    # way at least; a few bright pixels that pull their lines' means off are let go).
    limit = 2 * CONTENT_LEVEL
    off = [
        np.count_nonzero(np.abs(small - small.mean(axis=k, keepdims=True)) > limit) for k in (0, 1)
    ]
    if min(off) > LINED_PRECHECK:
        return False
    valid = np.ones(small.shape, dtype=bool)
    return any(_no_subject(off, valid) for off in _off_lines(small))


def _off_lines(small: F32) -> tuple[F32, F32]:
    """A picture less each row's own median, and less each column's."""
    valid = np.ones(small.shape, dtype=bool)
    by_rows = small - _row_medians(small, valid, window=1)
    return by_rows, small - _row_medians(small.T, valid.T, window=1).T


def lined_but_a_corner(grey: F32) -> bool:
    """Whether a grey picture is its lines but for a caption-sized corner box (a caption on
    a flag): measured against each line's median, which such a box leaves alone, fewer than
    CONTENT_MIN pixels outside one of the corner boxes are subject."""
    small = shrink(grey)
    outside = _keep_masks(*small.shape)[1:]
    for off_lines in _off_lines(small):
        off = (np.abs(off_lines) > 2 * CONTENT_LEVEL).ravel().astype(np.float64)
        if float((outside @ off).min()) < CONTENT_MIN:
            return True
    return False


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


def _trimmed_error(x: F32, y: F32, first: tuple[F32, F32, F32] | None = None) -> float:
    """The mean squared difference of two aligned pictures' normalised pixels, less the
    worst TRIM share.

    Measured twice: the second time each picture is scaled by its spread over the pixels
    the first pass kept, so that what the trim leaves out (a bright caption box on a dark
    picture) does not set one picture's scale against the other's; both scales are then
    stretched alike, back towards the first pass's (a white field that the kept pixels are
    mostly made of must not make every tone of the subject count ten times).  ``first``:
    the pair stacked, its medians and spreads (:func:`_centre_spread`), if made already.
    """
    if first is None:
        first = (pair := np.stack([x, y]), *_centre_spread(pair))
    pair, mid, spread = first
    errors = _errors(pair, mid, spread)
    # Sorted, not partitioned: most errors of a pair of copies are exactly 0, and so many
    # ties make numpy's selection ~4x slower than its sort.
    kept = errors <= np.sort(errors)[_kept(len(errors)) - 1]
    mid, narrow = _centre_spread(pair[:, kept])
    narrow *= max(1.0, float(np.min(spread / narrow)))
    return _trimmed_mean(_errors(pair, mid, narrow))


def _tone_error(x: F32, y: F32) -> float:
    """:func:`_trimmed_error`, or where smaller :func:`_clipped_error` either way round."""
    pair = np.stack([x, y])
    mid, spread = _centre_spread(pair)
    return min(
        _trimmed_error(x, y, (pair, mid, spread)),
        _clipped_error(x, y, float(spread[1, 0])),
        _clipped_error(y, x, float(spread[0, 0])),
    )


def _clipped_error(x: F32, y: F32, spread: float) -> float:
    """The trimmed mean squared difference of ``y`` and the straight line (least squares)
    from ``x`` to ``y``'s pixels that are not clipped (inside CLIPPED), the line itself
    clipped to 0-255: a brightened copy of a pale picture on white, whose light tones all
    became white, so that the two pictures' medians and spreads no longer line them up.
    Normalised by ``y``'s robust ``spread`` and trimmed as :func:`_trimmed_error`; infinite
    without CLIPPED_MIN such pixels, without a spread of ``x`` there, or for a slope off
    SLOPES (no brightness or contrast edit)."""
    free = (y > CLIPPED[0]) & (y < CLIPPED[1])
    if np.count_nonzero(free) < CLIPPED_MIN:
        return float("inf")
    xs, ys = x[free].astype(np.float64), y[free].astype(np.float64)
    dx = xs - xs.mean()
    if not (variance := float(dx @ dx)) > 0:  # one tone of x there: no line through it
        return float("inf")
    slope = float(dx @ (ys - ys.mean())) / variance  # least squares
    if not SLOPES[0] <= slope <= SLOPES[1]:
        return float("inf")
    offset = float(ys.mean()) - slope * float(xs.mean())
    line = np.clip(slope * x + offset, 0.0, 255.0).astype(np.float32)
    return _trimmed_mean(np.minimum(np.square((y - line) / np.float32(spread)), 4.0))


def _kept(count: int) -> int:
    """How many of ``count`` errors a trimmed measure keeps (all but the worst TRIM)."""
    return max(1, int(count * (1 - TRIM)))


def _trimmed_mean(errors: F32) -> float:
    """The mean of the smallest :func:`_kept` errors."""
    return float(np.sort(errors)[: _kept(len(errors))].mean())


def _centre_spread(pair: F32) -> tuple[F32, F32]:
    """Per row of ``pair``: the median and the robust spread (at least SPREAD_FLOOR)."""
    low, mid, high = np.percentile(pair, (25, 50, 75), axis=1)
    spread = np.maximum(np.maximum((high - low) / 1.349, 0.5 * pair.std(axis=1)), SPREAD_FLOOR)
    return mid[:, None], spread[:, None]


def _errors(pair: F32, mid: F32, spread: F32) -> F32:
    """Squared differences of the two normalised rows of ``pair`` (capped at 4)."""
    scaled = (pair - mid) / spread
    return np.minimum(np.square(scaled[0] - scaled[1]), 4.0)
