"""What a pair's verdict may rest on: a keypoint fit that is no fit, a thumbnail comparison
made one way round, and an app's caption (session 27).  The pictures are scikit-image's
real photos of grass, gravel, a brick wall and the moon, each wrapped on a planet lit alike
(Endless Sky's planets)."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pytest

from photodedup.core.config import DEFAULT_THRESHOLD
from photodedup.core.fingerprint.picture import grey_picture
from photodedup.core.group import align
from photodedup.core.group.cluster import find_clusters
from photodedup.core.group.on_pictures import SHOT_INLIERS
from tests.core.group.test_accuracy_classes import captioned
from tests.core.group.test_texture import lit_planet, scan

pytest.importorskip("skimage.data")


def features(surface: str) -> align.Features:
    """The structure check's features of a planet of ``surface``."""
    return align.extract(grey_picture(lit_planet(surface)).astype(np.float32))


def test_a_fit_that_squeezes_its_matches_onto_one_point_is_no_evidence() -> None:
    """Grass's ORB points match 89 of the moon's; RANSAC's best similarity fit takes them
    all onto one spot of the moon's limb (scale ~0) and counts 56 inliers.  That fit is
    refused, and before session 27 its inliers still went into the verdict: 25 or more
    make two pictures that are no copies "similar shots" of one scene (Endless Sky: four
    groups of different planets)."""
    grass, moon = features("grass"), features("moon")
    assert align._keypoint_fit(grass, moon) == (None, 0)
    assert align.compare(grass, moon).inliers < SHOT_INLIERS


@pytest.mark.parametrize("order", list(itertools.permutations(("grass", "moon", "gravel"))))
def test_the_order_of_the_files_does_not_decide_copies(
    tmp_path: Path, order: tuple[str, ...]
) -> None:
    """Three planets lit alike, in every order: no group.  Their 64-px thumbnails measure
    grass onto moon 1 apart (a sure copy) and moon onto grass 2 (for the pictures to
    decide, which tell them apart), and a pair is compared with its first file first: before
    session 27, grass listed before moon made them copies."""
    photos, thumbs = scan(tmp_path, {name: (lit_planet(name), 92) for name in order})
    assert find_clusters(photos, DEFAULT_THRESHOLD, thumbs=thumbs) == []


def test_two_pictures_under_one_caption_are_no_similar_shots(tmp_path: Path) -> None:
    """Two planets lit alike under the same app caption: the caption's text drew most of
    ORB's 500 keypoints (grass's and brick's captioned copies: a fit of hundreds of inliers,
    all on the text), and the pair was a similar shot.  Keypoints are now looked for outside
    a caption box, as the residual, texture and change tests leave it out."""
    grass, brick = lit_planet("grass"), lit_planet("brick")
    pictures = {"grass-caption": (captioned(grass), 92), "brick-caption": (captioned(brick), 92)}
    photos, thumbs = scan(tmp_path, pictures)
    assert find_clusters(photos, DEFAULT_THRESHOLD, thumbs=thumbs) == []


def test_a_captioned_copy_aligns_on_the_picture_not_on_its_caption() -> None:
    """The captioned copy's keypoints lie outside its caption box, so its fit onto the
    original rests on the picture: more inliers than the uncaptioned half of the budget gave."""
    grass = lit_planet("grass")
    with_caption = captioned(grass, "sent from my phone")
    copy = align.extract(grey_picture(with_caption).astype(np.float32))
    original = align.extract(grey_picture(grass).astype(np.float32))
    drawn = np.argwhere(np.any(np.asarray(with_caption) != np.asarray(grass), axis=2))
    (top, left), (bottom, right) = drawn.min(axis=0), drawn.max(axis=0)  # the box, 480 px
    x, y = copy.points[:, 0] * 480 / 320, copy.points[:, 1] * 480 / 320
    assert not np.any((left <= x) & (x <= right) & (top <= y) & (y <= bottom))
    fit, inliers = align._keypoint_fit(copy, original)
    assert fit is not None
    assert inliers >= 0.5 * len(copy.points)
