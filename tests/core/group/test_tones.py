"""A brightened copy whose light tones were clipped to white is still a copy (real pixels).

A brightness edit is a straight line from one picture's tones to the other's, except
where it runs past white: a pale picture on a white page, brightened by 15 %, turns its
light tones white, and the robust normalisation of the residual (median and spread) no
longer lines the two pictures up.  The residual also fits the line through the pixels the
edit did not clip (:func:`photodedup.core.group.residual._clipped_error`).
"""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest
from PIL import Image, ImageEnhance

from photodedup.core.group.residual import (
    _clipped_error,
    _tone_error,
    content_residual,
    residual,
    shrink,
)
from tests.core.group.test_accuracy_classes import copy_groups, on_field, real, scan


def pale(img: Image.Image) -> Image.Image:
    """A faded print or a watercolour: every tone moved two thirds of the way to white."""
    arr = np.asarray(img, dtype=np.float32)
    return Image.fromarray((255 - (255 - arr) * 0.35).astype(np.uint8))


def on_white(subject: Image.Image, size: int = 400) -> Image.Image:
    return on_field(subject, (255, 255, 255), size)


def test_a_brightened_pale_picture_on_white_stays_a_copy(tmp_path: Path) -> None:
    """Session 20's code measured the pair 19 apart (a similar shot): the brightened
    copies of a drawing on white in three of the five corpora were lost that way."""
    picture = on_white(pale(real("astronaut")))
    pictures = {
        "pale": picture,
        "brighter": ImageEnhance.Brightness(picture).enhance(1.15),
        "darker": ImageEnhance.Brightness(picture).enhance(0.85),
        "other": on_white(pale(real("chelsea"))),
    }
    groups = copy_groups(scan(tmp_path, pictures))
    assert groups == [{"pale", "brighter", "darker"}]


def _grey(img: Image.Image) -> npt.NDArray[np.float32]:
    return shrink(np.asarray(img.convert("L"), dtype=np.float32))


def test_the_line_forgives_a_clipped_brightening_and_not_a_changed_part() -> None:
    x = _grey(on_white(pale(real("astronaut")))).ravel()
    brighter = np.clip(1.15 * x + 4.0, 0.0, 255.0).astype(np.float32)
    assert _tone_error(x, brighter) < 0.01
    changed = x.copy()
    changed[: len(x) // 2] = 255.0 - changed[: len(x) // 2]  # half the picture inverted
    assert _tone_error(x, changed) > 0.5
    assert _clipped_error(x, np.full_like(x, 255.0), 10.0) == float("inf")  # all clipped
    assert _clipped_error(x, 255.0 - x, 10.0) == float("inf")  # a slope of -1 is no edit


@pytest.mark.parametrize("factor", [0.85, 1.15])
def test_the_residual_of_a_brightness_edit_is_near_zero(factor: float) -> None:
    picture = on_white(pale(real("astronaut")))
    a = np.asarray(picture.convert("L"), dtype=np.float32)
    b = np.asarray(ImageEnhance.Brightness(picture).enhance(factor).convert("L"), dtype=np.float32)
    fit = np.array([[1, 0, 0], [0, 1, 0]], dtype=np.float32)
    measured = residual(a, b, fit)
    trimmed, overlap = measured.trimmed, measured.overlap
    assert trimmed < 0.02
    assert overlap == pytest.approx(1.0)


def test_pictures_sharing_only_a_corner_box_are_measured_without_a_warning() -> None:
    """Aligned pictures whose shared region lies inside one caption-sized corner box: the
    graded background (rows outside that box) has no pixel to take a median of.  Session
    20's code printed numpy's "Mean of empty slice" on the user's terminal there (seen on a
    rescan of the look-alike benchmark library) and measured the pair by the plain median
    alone; it still does, quietly."""
    rng = np.random.default_rng(1)
    x = (rng.random((48, 64)) * 255).astype(np.float32)
    y = (rng.random((48, 64)) * 255).astype(np.float32)
    valid = np.zeros(x.shape, dtype=bool)
    valid[-4:, -6:] = True  # the bottom-right corner only
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        measured = content_residual(x, y, valid)
    assert 0.0 <= measured <= 2.0
