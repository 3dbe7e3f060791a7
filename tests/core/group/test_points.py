"""Sparse pictures (a star field with a subject of a few pixels) matched by their points:
copies join, other skies and other subjects on the same sky stay apart, noise never pairs."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image

from photodedup.core.group import points
from photodedup.core.group.residual import FAR
from photodedup.core.group.structure import StructureCheck
from photodedup.core.store.verdicts import VerdictStore, identity_bytes, pair_key
from photodedup.core.types import FileIdentity
from tests.core.group.test_accuracy_classes import (
    copy_groups,
    real,
    scan,
    wide_caption,
)

SIZE = (800, 600)


def sky(seed: int, stars: int = 20) -> np.ndarray:
    """A night sky: sensor noise on black and ``stars`` stars of 2x2 pixels."""
    gen = np.random.default_rng(seed)
    arr = np.clip(gen.normal(8, 2.5, (SIZE[1], SIZE[0], 3)), 0, 255)
    for _ in range(stars):
        y, x = gen.integers(1, SIZE[1] - 1), gen.integers(1, SIZE[0] - 1)
        arr[y - 1 : y + 1, x - 1 : x + 1] = gen.uniform(80, 220)
    return arr


def with_subject(
    field: np.ndarray, subject: Image.Image, at: tuple[int, int], size: int = 12
) -> Image.Image:
    """``field`` with ``subject`` (a real photo's crop, ``size`` px) pasted at ``at``."""
    small = np.asarray(subject.resize((size, size), Image.Resampling.LANCZOS), dtype=np.float64)
    out = field.copy()
    x, y = at
    out[y : y + size, x : x + size] = np.maximum(out[y : y + size, x : x + size], small)
    return Image.fromarray(out.astype(np.uint8))


def border_crop(img: Image.Image, share: float = 0.04) -> Image.Image:
    w, h = img.size
    return img.crop((round(w * share), round(h * share / 2), w - round(w * share / 2), h))


def grey320(img: Image.Image) -> np.ndarray:
    grey = np.asarray(img.convert("L"), dtype=np.float32)
    h, w = grey.shape
    return cv2.resize(grey, (320, round(320 * h / w)), interpolation=cv2.INTER_AREA)


@pytest.fixture(scope="module")
def coins() -> tuple[Image.Image, Image.Image]:
    """Two different coins of scikit-image's photo (bright on dark)."""
    photo = real("coins")
    return photo.crop((250, 180, 310, 240)), photo.crop((100, 100, 160, 160))


def test_copies_of_a_star_field_join_and_other_skies_and_subjects_stay_apart(
    tmp_path: Path, coins: tuple[Image.Image, Image.Image]
) -> None:
    """At 64 px these show nothing: before the points, no two of them were ever compared
    (the copies stayed ungrouped)."""
    first, second = coins
    original = with_subject(sky(1), first, (300, 200))
    pictures = {
        "original": original,
        "half": original.reduce(2),
        "crop": border_crop(original),
        "caption": wide_caption(original),
        "other-sky": with_subject(sky(2), first, (300, 200)),
        "other-subject": with_subject(sky(1), second, (520, 380)),
        "lens-cap": Image.fromarray(sky(3, stars=0).astype(np.uint8)),
        "lens-cap-2": Image.fromarray(sky(4, stars=0).astype(np.uint8)),
    }
    groups = copy_groups(scan(tmp_path, pictures))
    assert {"original", "half", "crop", "caption"} <= next(g for g in groups if "original" in g), (
        groups
    )
    grouped = set().union(*groups)
    assert not grouped & {"other-sky", "other-subject", "lens-cap", "lens-cap-2"}


def test_two_windows_of_one_sky_are_not_copies(coins: tuple[Image.Image, Image.Image]) -> None:
    """Overlapping windows (neither inside the other) are two photos, however many stars
    they share; the window inside its picture is a copy."""
    full = with_subject(sky(5, stars=40), coins[0], (380, 280))
    left, right = full.crop((0, 0, 640, 600)), full.crop((96, 0, 736, 600))
    a, b, whole = (points.points_of(grey320(x)) for x in (left, right, full))
    assert a is not None and b is not None and whole is not None
    assert points.verdict(a, b).distance == FAR
    assert points.verdict(a, whole).distance <= 4


def test_the_distance_is_the_share_of_points_unmatched(
    coins: tuple[Image.Image, Image.Image],
) -> None:
    """Removing stars from one copy raises the distance in step (monotone in the threshold)."""
    field = sky(6, stars=30)
    original = points.points_of(grey320(with_subject(field, coins[0], (200, 300))))
    assert original is not None
    distances = []
    for kept in (30, 24, 18):
        fewer = field.copy()
        fewer[:, : SIZE[0] * (30 - kept) // 30] = 8  # the stars of a left strip are gone
        copy = points.points_of(grey320(with_subject(fewer, coins[0], (200, 300))))
        assert copy is not None
        distances.append(points.verdict(copy, original).distance)
    assert distances[0] <= 2
    assert distances == sorted(distances)


def test_a_dense_picture_and_plain_noise_have_no_points() -> None:
    """A busy photo is not sparse; a lens cap's noise has no points."""
    assert points.points_of(grey320(real("astronaut"))) is None
    assert points.points_of(grey320(Image.fromarray(sky(7, stars=0).astype(np.uint8)))) is None


def test_point_verdicts_are_remembered_apart_from_the_residuals(
    tmp_path: Path, coins: tuple[Image.Image, Image.Image]
) -> None:
    """A point verdict is stored under its own key: the residual's verdict of the same
    pair is not taken for it, and a second check reads it without decoding."""
    original = with_subject(sky(8), coins[0], (300, 200))
    paths = []
    for name, img in (("a", original), ("b", original.reduce(2))):
        img.save(tmp_path / f"{name}.jpg", quality=92)
        paths.append(str(tmp_path / f"{name}.jpg"))
    ids = [identity_bytes(p, FileIdentity.from_stat(Path(p).lstat())) for p in paths]
    store = VerdictStore(tmp_path / "verdicts.sqlite3")
    check = StructureCheck(paths, workers=1, identities=ids, store=store)
    first = check.point_verdicts([0], [1], [-1])
    assert first[0].distance <= 4
    assert pair_key(ids[0], ids[1], -1, "points") != pair_key(ids[0], ids[1], -1)
    Path(paths[1]).unlink()  # the second check cannot decode it: the store answers
    again = StructureCheck(paths, workers=1, identities=ids, store=store)
    assert again.point_verdicts([0], [1], [-1]) == first
    assert again.verdicts([0], [1], [-1])[0].distance == FAR  # not the point verdict
    store.close()


def dim(field: np.ndarray, subject: Image.Image, at: tuple[int, int]) -> Image.Image:
    """``field`` with ``subject`` at 60 px and a quarter of its brightness (a nebula)."""
    small = np.asarray(subject.resize((60, 60), Image.Resampling.LANCZOS), dtype=np.float64)
    out = field.copy()
    x, y = at
    out[y : y + 60, x : x + 60] = np.maximum(out[y : y + 60, x : x + 60], small * 0.25)
    return Image.fromarray(out.astype(np.uint8))


def test_a_dim_subjects_border_crop_joins_by_its_stars(
    tmp_path: Path, coins: tuple[Image.Image, Image.Image]
) -> None:
    """A dim subject that shows at 64 px goes to the residual, whose intensity fit cannot
    align the border crop with the half-size copy; the stars can (the corpus's planetary
    nebula kept its copies in two groups)."""
    original = dim(sky(12, stars=25), coins[0], (330, 250))
    pictures = {"original": original, "crop": border_crop(original, 0.05)}
    pictures["half"] = original.reduce(2)
    assert copy_groups(scan(tmp_path, pictures)) == [{"original", "crop", "half"}]


def test_a_subject_turned_onto_another_sky_is_no_turned_copy(
    tmp_path: Path, coins: tuple[Image.Image, Image.Image]
) -> None:
    """Two coins of 32 px are the same bright blob at 64 px: mirrored, the first lands where
    the second is on another sky, and the thumbnails called them copies under that turn
    (the rotation option grouped all four files).  Their stars fit under no turn; the first
    coin's own turned copy still joins it."""
    first, second = coins
    original = with_subject(sky(1, stars=30), first, (420, 160), size=32)
    other = with_subject(sky(2, stars=30), second, (SIZE[0] - 420 - 32, 160), size=32)
    pictures = {
        "original": original,
        "turned": original.transpose(Image.Transpose.ROTATE_180),
        "other": other,
        "other-half": other.reduce(2),
    }
    groups = copy_groups(scan(tmp_path, pictures), rotations=True)
    assert sorted(groups, key=min) == [{"original", "turned"}, {"other", "other-half"}]
