"""Whether two pictures are one painting in two tones: a dark and a light version.

The fingerprint, the thumbnails' residual and the change test all normalise brightness and
contrast (a copy may be brightened), so a painting shipped dark and light (SuperTux's two
clouds: the light one 1.8 times as bright) measured as close as copies.  An edit brightens
a copy by about 15 %; two pictures whose brightness (a trimmed mean, outside an app's
caption box: a watermark moves it little) is TONE_GAIN times apart, TONE_FLOOR grey levels
added to both (on a dark picture a few levels are no gain), are two pictures.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from photodedup.core.group.residual import caption_pixels, shrink

TONE_GAIN = 1.5  # copies' brightness differs by less than this factor ...
TONE_FLOOR = 16.0  # ... with this many grey levels added to both
# (originals against their must copies, 64-px thumbnails: at most 1.23 on corpus2, Endless
# Sky, SuperTux and GCompris; two captioned copies whose box is not found, on black, 1.53 and
# 1.56; SuperTux's dark and light clouds 1.77)
TRIM = 0.1  # the darkest and the lightest share of the pixels left out of the mean


def level(grey: npt.ArrayLike) -> float:
    """The brightness of a grey picture: the mean of its pixels between the TRIM and 1 - TRIM
    quantiles."""
    pixels = np.asarray(grey, dtype=np.float32).ravel()
    cut = int(len(pixels) * TRIM)
    if cut == 0:
        return float(pixels.mean())
    end = len(pixels) - cut
    return float(np.partition(pixels, (cut, end - 1))[cut:end].mean())


def picture_level(grey: npt.NDArray[np.float32]) -> float:
    """:func:`level` of a grey picture at the residual's size, outside an app's caption box
    (:func:`.residual.caption_pixels`): a white box on a dark picture covers more than the
    trim leaves out (a constellation drawing 0.3 -> 12.8 grey levels)."""
    small = shrink(grey)
    box = caption_pixels(small)
    return level(small[~box] if box.any() else small)


def two_tones(first: npt.NDArray[np.float32], second: npt.NDArray[np.float32]) -> bool:
    """Whether two grey pictures are TONE_GAIN apart in brightness, outside their caption
    boxes (:func:`picture_level`; looked for only where the whole pictures' levels are that
    far apart: the caption search costs ~0.2 ms a picture, the trimmed mean ~0.05)."""
    if not apart(level(first), level(second)):
        return False
    return bool(apart(picture_level(first), picture_level(second)))


def apart(first: npt.ArrayLike, second: npt.ArrayLike) -> npt.NDArray[np.bool_]:
    """Whether brightness ``first`` and ``second`` (0-255, per pair) are TONE_GAIN apart."""
    x = np.asarray(first, dtype=np.float64) + TONE_FLOOR
    y = np.asarray(second, dtype=np.float64) + TONE_FLOOR
    return np.asarray(np.maximum(x, y) > TONE_GAIN * np.minimum(x, y))
