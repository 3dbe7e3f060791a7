"""One painting shipped dark and light is two pictures; a brightened copy is still a copy
(session 28, SuperTux's clouds).  Real pixels: scikit-image's photos, darkened by a levels
edit as an artist darkens a painting for a night scene."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageEnhance

from photodedup.core.config import DEFAULT_THRESHOLD
from photodedup.core.group import brightness
from photodedup.core.group.cluster import find_clusters
from tests.core.group.test_accuracy_classes import captioned, real
from tests.core.group.test_texture import scan

pytest.importorskip("skimage.data")


def night(img: Image.Image, gain: float = 0.5) -> Image.Image:
    """``img`` with every tone scaled by ``gain``: the painting's dark version."""
    return Image.fromarray((np.asarray(img, dtype=np.float32) * gain).astype(np.uint8))


def groups_of(tmp_path: Path, pictures: dict[str, Image.Image]) -> list[set[str]]:
    """The copy groups of ``pictures``, by name."""
    photos, thumbs = scan(tmp_path, {name: (img, 90) for name, img in pictures.items()})
    names = [Path(p.path).stem for p in photos]
    clusters = find_clusters(photos, DEFAULT_THRESHOLD, thumbs=thumbs)
    return [{names[m] for m in c.members} for c in clusters if c.kind.copies]


@pytest.mark.parametrize("name", ["astronaut", "coffee", "chelsea"])
def test_a_painting_dark_and_light_is_two_pictures(tmp_path: Path, name: str) -> None:
    """The light version and the dark one (half its tones) measure 0-1 by the fingerprint
    and as copies by the thumbnails: every test of a copy forgives brightness.  Each keeps
    its own copies: a brightened one (15 %), a captioned one and a half-size one."""
    light = real(name)
    dark = night(light)
    pictures = {
        "light": light,
        "light-brighter": ImageEnhance.Brightness(light).enhance(1.15),
        "light-half": light.resize((light.width // 2, light.height // 2)),
        "dark": dark,
        "dark-brighter": ImageEnhance.Brightness(dark).enhance(1.15),
        "dark-caption": captioned(dark),
    }
    found = groups_of(tmp_path, pictures)
    assert {"light", "light-brighter", "light-half"} in found
    assert {"dark", "dark-brighter", "dark-caption"} in found


def test_a_wide_strip_dark_and_light_is_two_pictures(tmp_path: Path) -> None:
    """A wide strip (SuperTux's clouds: 800 x 145) is too small at half size for the
    pictures' texture and change tests, so the thumbnails' verdict stood: the brightness
    of the thumbnails tells the two apart."""
    strip = real("coffee").resize((800, 145))
    found = groups_of(tmp_path, {"light": strip, "dark": night(strip, 0.55)})
    assert found == []


def test_without_thumbnails_the_pictures_tell_the_two_tones(tmp_path: Path) -> None:
    """Without the decoders' thumbnails (a library past their budget), the structure check
    decodes both files and measures the same brightness on its larger pictures."""
    strip = real("coffee").resize((800, 145))
    pictures = {"light": (strip, 90), "dark": (night(strip, 0.55), 90)}
    photos, _ = scan(tmp_path, pictures)
    assert find_clusters(photos, DEFAULT_THRESHOLD, thumbs={}) == []


def test_brightness_is_trimmed_and_floored() -> None:
    """A caption box on a black picture moves the trimmed brightness little; a few grey
    levels on a dark picture are no gain; 15 % is no gain, 1.9x is."""
    black = np.zeros((48, 64), np.float32)
    boxed = black.copy()
    boxed[40:46, 40:62] = 255  # 4 % of the picture
    assert brightness.level(boxed) == brightness.level(black) == 0.0
    assert not brightness.apart(4.0, 9.0)
    assert not brightness.apart(100.0, 115.0)
    assert brightness.apart(59.0, 111.0)
