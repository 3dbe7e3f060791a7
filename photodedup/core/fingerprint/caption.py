"""Finding an app's caption box (an opaque bright box with a line of text, in a bottom
corner) on a small grey picture, so that the fingerprint can paint it over and the
structure check can leave it out."""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

CAPTION_LEVEL = 200  # grey level of a caption box (white or light)
CAPTION_REGION = (0.35, 0.7)  # a caption lies in the bottom 35 % and 70 % of the width
CAPTION_MIN = 0.008  # ... covers at least this share of the picture (32x32: 8 cells)
CAPTION_FILL = 0.7  # ... fills this share of its bounding box (thin dark text inside)
CAPTION_MAX_HEIGHT = 0.2
CAPTION_ASPECT = 2.5  # a line of text: at least this many times wider than tall
CAPTION_RIM = 0.3  # at most this share of the pixels around the box is as bright
CAPTION_EDGE = 0.1  # the box ends within this share of the height from the bottom edge
# Caption-sized corner boxes (width, height shares) a comparison may leave out: the widest
# holds one line of an app's caption ("Shared with PhotoApp": ~70 % of a square)
CAPTION_BOXES = ((0.4, 0.2), (0.6, 0.3), (0.75, 0.25))


def caption_box(
    grey: npt.NDArray[Any], *, strict: bool = False, aspect: float | None = None
) -> tuple[int, int, int, int] | None:
    """(top, bottom, left, right) pixels of an app's caption in ``grey`` (a small picture):
    an opaque bright box, at most a fifth of the picture tall, in a bottom corner; or None.

    The box is the band of rows where the corner is most bright (other bright things
    above it, a moon or a lamp, are not part of it), widened along those rows past the
    corner's edge as far as they stay bright (a long caption crosses the picture's middle).
    ``strict``: the box is the bounding box of all the corner's bright pixels (widened
    alike), as the structure check wants it (it leaves the box out of a comparison: rows
    found more eagerly there let the same caption on two different dark pictures pass them
    as copies).  ``aspect``: the picture's width over its height, for a ``grey`` squeezed
    to another shape (the fingerprint's square grid): a box's shape is judged in the
    picture's own proportions (a caption on a 2:1 panorama is half as wide on the grid);
    None: ``grey`` has them.
    """
    h, w = grey.shape
    stretch = 1.0 if aspect is None else aspect * h / w  # the picture is this much wider
    bright = grey >= max(CAPTION_LEVEL, float(np.median(grey)) + 60)
    start = h - round(h * CAPTION_REGION[0])
    width = round(w * CAPTION_REGION[1])
    for cols in (slice(0, width), slice(w - width, w)):
        corner = bright[start:, cols]
        if np.count_nonzero(corner) < CAPTION_MIN * h * w:
            continue
        box = (
            _widened(bright, _corner_box(corner, start, cols.start))
            if strict
            else _band(bright, corner, start, cols.start)
        )
        if box is not None and _box_like(
            bright, box, int(bright[box[0] : box[1], box[2] : box[3]].sum()), stretch
        ):
            return box
    return None


def _corner_box(
    corner: npt.NDArray[np.bool_], start: int, offset: int
) -> tuple[int, int, int, int]:
    ys, xs = np.nonzero(corner)
    return (
        int(ys.min()) + start,
        int(ys.max()) + start + 1,
        int(xs.min()) + offset,
        int(xs.max()) + offset + 1,
    )


def _band(
    bright: npt.NDArray[np.bool_], corner: npt.NDArray[np.bool_], start: int, offset: int
) -> tuple[int, int, int, int] | None:
    """The rows around the corner's brightest row that are at least a third as bright (one
    weaker row between two such rows included), and the columns of the picture bright in
    at least half of them, next to the corner's."""
    counts = corner.sum(axis=1)
    peak = int(np.argmax(counts))
    strong = counts >= counts[peak] / 3
    top = bottom = peak
    while top > 0 and (strong[top - 1] or (top > 1 and strong[top - 2])):
        top -= 1  # a row of text inside the box is weaker: one weak row is bridged
    while bottom + 1 < len(counts) and (
        strong[bottom + 1] or (bottom + 2 < len(counts) and strong[bottom + 2])
    ):
        bottom += 1
    top, bottom = top + start, bottom + start + 1
    inside = np.flatnonzero(_bright_columns(bright, top, bottom)[offset : offset + corner.shape[1]])
    if len(inside) == 0:
        return None
    return _widened(bright, (top, bottom, int(inside[0]) + offset, int(inside[-1]) + offset + 1))


def _widened(
    bright: npt.NDArray[np.bool_], box: tuple[int, int, int, int]
) -> tuple[int, int, int, int]:
    """``box`` widened along its rows past the corner's edge, over the columns bright in at
    least half of them (a long caption crosses the picture's middle)."""
    top, bottom, left, right = box
    columns = _bright_columns(bright, top, bottom)
    while left > 0 and columns[left - 1]:
        left -= 1
    while right < len(columns) and columns[right]:
        right += 1
    return top, bottom, left, right


def _bright_columns(bright: npt.NDArray[np.bool_], top: int, bottom: int) -> npt.NDArray[np.bool_]:
    """Per column: bright in at least half of the rows ``top:bottom``."""
    return np.asarray(bright[top:bottom].sum(axis=0) * 2 >= bottom - top)


def _box_like(
    bright: npt.NDArray[np.bool_], box: tuple[int, int, int, int], count: int, stretch: float
) -> bool:
    """A filled, wide rectangle (``stretch``: the picture's pixels are this many times as
    wide as tall on ``bright``) with a dark rim, against the bottom edge: a caption box,
    not a bright blob or sky."""
    top, bottom, left, right = box
    height, width = bottom - top, right - left
    if count < CAPTION_FILL * height * width or height > CAPTION_MAX_HEIGHT * bright.shape[0]:
        return False
    if bottom < (1 - CAPTION_EDGE) * bright.shape[0]:
        return False  # a bright blob higher up (a lamp, the sun's corona), not a caption
    if width * stretch < CAPTION_ASPECT * height:
        return False
    ring = np.zeros_like(bright)
    ring[max(0, top - 1) : bottom + 1, max(0, left - 1) : right + 1] = True
    ring[top:bottom, left:right] = False
    return not ring.any() or bright[ring].mean() <= CAPTION_RIM
