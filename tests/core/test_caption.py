"""caption_box: an app's caption box found on a small grey picture (what the fingerprint
paints over and the structure check leaves out)."""

from __future__ import annotations

import numpy as np

from photodedup.core.fingerprint.caption import caption_box


def dark(h: int = 32, w: int = 32) -> np.ndarray:
    rows, cols = np.mgrid[0:h, 0:w]
    return (12 + 8 * ((rows + cols) % 3)).astype(np.float32)  # a dark textured picture


def with_box(grey: np.ndarray, top: int, bottom: int, left: int, right: int) -> np.ndarray:
    """A white box whose middle row is a line of dark text (most of it below the level)."""
    out = grey.copy()
    out[top:bottom, left:right] = 255
    middle = (top + bottom) // 2
    out[middle, left:right] = np.where(np.arange(right - left) % 4 == 0, 230, 170)
    return out


def test_a_line_of_text_does_not_cut_the_box_in_two() -> None:
    assert caption_box(with_box(dark(), 28, 31, 14, 31)) == (28, 31, 14, 31)


def test_a_wide_box_is_found_past_the_corner_it_starts_in() -> None:
    """The left corner searched first holds the box's left part; both modes widen it."""
    grey = with_box(dark(), 28, 31, 12, 31)
    assert caption_box(grey) == (28, 31, 12, 31)
    assert caption_box(grey, strict=True) == (28, 31, 12, 31)


def test_a_bright_thing_above_the_box_is_not_part_of_it() -> None:
    grey = with_box(dark(), 28, 31, 2, 16)
    grey[22:25, 5:8] = 250  # a lamp or a moon in the same corner
    assert caption_box(grey) == (28, 31, 2, 16)


def test_a_bright_bar_off_the_bottom_edge_is_not_a_caption() -> None:
    grey = dark()
    grey[23:25, 22:30] = 250  # a wide bright blob (the sun's corona) higher up
    assert caption_box(grey) is None
    assert caption_box(with_box(grey, 29, 32, 2, 16)) == (29, 32, 2, 16)


def test_a_box_is_judged_in_the_pictures_proportions() -> None:
    """On the fingerprint's square grid a 2:1 panorama's caption is half as wide as it is:
    7 x 3 cells is a line of text there (14 x 3 in the picture's proportions), and on a
    1:2 portrait it is a bright blob (3.5 x 3)."""
    grey = with_box(dark(), 28, 31, 1, 8)
    assert caption_box(grey) is None
    assert caption_box(grey, aspect=2.0) == (28, 31, 1, 8)
    assert caption_box(with_box(dark(), 28, 31, 1, 9)) == (28, 31, 1, 9)
    assert caption_box(with_box(dark(), 28, 31, 1, 9), aspect=0.5) is None
