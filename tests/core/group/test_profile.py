"""Two pictures that are their lines are aligned by their profiles (session 29)."""

from __future__ import annotations

import numpy as np

from photodedup.core.group.profile import profile_fit
from photodedup.core.group.residual import lined
from tests.core.group.test_banded import FRANCE, flag, sky


def grey(img) -> np.ndarray:  # type: ignore[no-untyped-def]
    return np.asarray(img.convert("L"), dtype=np.float32)


def test_a_border_crop_of_a_flag_is_found_across_its_bands() -> None:
    """5 % cut off each side of a vertical tricolour: across the bands the fit keeps the
    scale and shifts by the cut; along them it is the edge-to-edge stretch."""
    img = flag(FRANCE)
    w, h = img.size
    whole = grey(img)
    cropped = grey(img.crop((w // 20, h // 20, w - w // 20, h - h // 20)))
    fit = profile_fit(whole, cropped)
    assert fit is not None
    assert abs(fit[0, 0] - 1.0) < 0.02
    assert abs(fit[0, 2] + w // 20) < 0.01 * w
    assert abs(fit[1, 1] - cropped.shape[0] / h) < 1e-6


def test_a_graded_sky_is_lined_and_a_photo_is_not() -> None:
    from tests.core.group.test_accuracy_classes import real

    assert lined(grey(sky())) and lined(grey(flag(FRANCE)))
    assert not lined(grey(real("astronaut")))
    assert profile_fit(grey(real("astronaut")), grey(real("camera"))) is None  # no lines


def test_a_picture_that_is_not_only_its_lines_is_fitted_by_its_median_profile() -> None:
    """A captioned copy of a flag is not its lines; its sibling, a border crop, is: the
    pair is fitted across the bands all the same (session 30), the captioned one's profile
    the median along its lines, which the box leaves alone."""
    from tests.core.group.test_accuracy_classes import captioned

    img = flag(FRANCE)
    w, h = img.size
    boxed = grey(captioned(img))
    cropped = grey(img.crop((w // 20, h // 20, w - w // 20, h - h // 20)))
    assert not lined(boxed) and lined(cropped)
    fit = profile_fit(boxed, cropped)
    assert fit is not None
    assert abs(fit[0, 2] + w // 20) < 0.01 * w  # shifted by the cut, across the bands
