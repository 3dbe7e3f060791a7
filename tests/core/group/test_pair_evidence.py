"""What a pair's verdict may rest on: a keypoint fit that is no fit, and a thumbnail
comparison made one way round (session 27).  The pictures are scikit-image's real photos
of grass and of the moon, each wrapped on a planet lit alike (Endless Sky's planets)."""

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
