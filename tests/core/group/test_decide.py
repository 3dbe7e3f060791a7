"""group.decide: copies, similar shots or different photos; monotone in the threshold."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageOps

from photodedup.core.config import DEFAULT_THRESHOLD, MAX_THRESHOLD
from photodedup.core.fingerprint import FingerprintArrays
from photodedup.core.group import decide, on_pictures
from photodedup.core.group.decide import Edges
from photodedup.core.group.structure import StructureCheck
from photodedup.core.types import Photo
from tests.core.group.test_accuracy_classes import copy_groups, real, scan
from tests.core.group.test_cluster import photo
from tests.core.test_fingerprint import jpeg, textured


def _set(*imgs: Image.Image) -> tuple[FingerprintArrays, StructureCheck, list[Photo]]:
    photos = [photo(img, f"dec{n}") for n, img in enumerate(imgs)]
    fp = FingerprintArrays.from_bytes([p.fingerprint for p in photos])
    return fp, StructureCheck([p.path for p in photos], workers=1), photos


def _copies(found: Edges) -> set[tuple[int, int]]:
    assert np.all(found.i < found.j)
    return set(zip(found.i.tolist(), found.j.tolist(), strict=True))


def test_copies_are_edges_and_different_photos_are_not() -> None:
    img = textured(501)
    fp, check, _ = _set(img, jpeg(img, 40), textured(502), img.resize((160, 120)))
    found = decide.edges(fp, DEFAULT_THRESHOLD, check, rotations=False)
    assert _copies(found) == {(0, 1), (0, 3), (1, 3)}
    assert all(d <= DEFAULT_THRESHOLD for d in found.dist.tolist())
    assert not found.turned.any() and found.turned_photos() == set()


def test_without_a_structure_check_the_fingerprint_decides() -> None:
    img = textured(503)
    fp, _, _ = _set(img, jpeg(img, 40), textured(504))
    assert _copies(decide.edges(fp, DEFAULT_THRESHOLD, None, rotations=False)) == {(0, 1)}


def test_flat_pictures_never_pair() -> None:
    fp, check, _ = _set(
        Image.new("RGB", (200, 150), (10, 10, 10)), Image.new("RGB", (300, 200), (12, 12, 12))
    )
    found = decide.edges(fp, MAX_THRESHOLD, check, rotations=False)
    assert len(found.i) == 0 and len(found.shot_i) == 0


def test_a_mirrored_copy_is_found_only_with_rotations_and_marked_turned() -> None:
    img = textured(505)
    fp, check, _ = _set(img, ImageOps.mirror(img), textured(506))
    assert _copies(decide.edges(fp, DEFAULT_THRESHOLD, check, rotations=False)) == set()
    found = decide.edges(fp, DEFAULT_THRESHOLD, check, rotations=True)
    assert _copies(found) == {(0, 1)}
    assert found.turned.tolist() == [True] and found.turned_photos() == {0, 1}


def test_edges_are_monotone_in_the_threshold() -> None:
    img = textured(507)
    fp, check, _ = _set(
        img, jpeg(img, 30), img.crop((10, 8, 310, 232)), textured(508), img.rotate(3)
    )
    previous: set[tuple[int, int]] = set()
    for threshold in range(0, MAX_THRESHOLD + 1, 3):
        found = _copies(decide.edges(fp, threshold, check, rotations=False, exhaustive=True))
        assert previous <= found, threshold
        previous = found
    assert previous


def test_a_turned_pair_is_decided_on_the_pictures() -> None:
    """The rotation option's pairs are never copies by the fingerprint alone, however close
    (a sky over hills, mirrored, is any other picture under that sky)."""
    img = textured(505)
    fp, check, _ = _set(img, ImageOps.mirror(img))
    asked: list[int] = []
    measure = check.verdicts

    def spy(i: list[int], j: list[int], turns: list[int]) -> list:
        asked.extend(turns)
        return measure(i, j, turns)

    check.verdicts = spy  # type: ignore[method-assign]
    found = decide.edges(fp, DEFAULT_THRESHOLD, check, rotations=True)
    assert _copies(found) == {(0, 1)}
    assert any(turn >= 0 for turn in asked)  # measured on the pictures, turned


def _border_crop(img: Image.Image, share: float = 0.05) -> Image.Image:
    w, h = img.size
    return img.crop(
        (round(w * share), round(h * share), round(w * (1 - share)), round(h * (1 - share)))
    )


def test_a_border_crop_close_by_its_hash_is_checked_on_the_pictures(tmp_path: Path) -> None:
    """scikit-image's logo and its 5 % border crop: hashes 8 apart, but the 16-px thumbnails
    30 apart, beyond the structure check's reach (threshold + 8), so session 20's code never
    compared the pictures (0-2 apart).  The same held for captioned photos and border crops
    in three of the five corpora."""
    logo = real("logo")
    groups = copy_groups(scan(tmp_path, {"logo": logo, "cropped": _border_crop(logo)}))
    assert groups == [{"logo", "cropped"}]


def _moon_night(radius: int, seed: int) -> Image.Image:
    """scikit-image's moon cut to a disc of ``radius`` in the middle of an 800 x 600 night
    sky, with 25 stars of their own (``seed``)."""
    rng = random.Random(seed)
    sky = Image.new("RGB", (800, 600), (8, 8, 10))
    draw = ImageDraw.Draw(sky)
    for _ in range(25):
        grey = rng.randrange(120, 256)
        draw.point((rng.randrange(800), rng.randrange(600)), fill=(grey, grey, grey))
    face = real("moon").crop((100, 100, 400, 400)).resize((2 * radius, 2 * radius))
    disc = Image.new("L", face.size, 0)
    ImageDraw.Draw(disc).ellipse((0, 0, 2 * radius - 1, 2 * radius - 1), fill=255)
    sky.paste(face, (400 - radius, 300 - radius), disc)
    return sky


def test_one_moon_scaled_onto_another_sky_is_no_copy_and_a_crop_is() -> None:
    """One moon at two sizes on two skies: hashes 8 apart, and the structure check scales
    the smaller disc onto the larger (distance 1) where they cover each other by 0.56, which
    session 21's 0.55 took for a copy (corpus2's moon textures, two planets on `all`; with
    enough keypoint inliers such a pair is a similar shot).  A 20 % crop (10 % off each
    side: 0.8 x 0.8 = 0.64 of it) stays a copy."""
    sky = _moon_night(45, seed=1)
    fp, check, _ = _set(sky, _moon_night(34, seed=2), sky.crop((80, 60, 720, 540)))
    zoomed, cropped = check.verdicts([0, 0], [1, 2], [-1, -1])
    assert zoomed.distance <= DEFAULT_THRESHOLD and zoomed.overlap < on_pictures.MIN_OVERLAP
    assert cropped.overlap >= on_pictures.MIN_OVERLAP
    assert _copies(decide.edges(fp, DEFAULT_THRESHOLD, check, rotations=False)) == {(0, 2)}
