"""Two photos of one scene that measure like copies: a stereo pair's two views, and two
overlapping windows of one picture.  Neither is a copy of the other."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image
from skimage import data

from photodedup.core.fingerprint import FingerprintArrays
from photodedup.core.group import decide
from photodedup.core.group.residual import FAR
from photodedup.core.group.structure import StructureCheck
from photodedup.core.group.verify import pair_distances
from tests.core.group.test_accuracy_classes import copy_groups, real, scan


def test_the_two_views_of_a_stereo_pair_are_not_copies(tmp_path: Path) -> None:
    """scikit-image's stereo motorcycle: the views are 9-10 apart by the fingerprint (rich
    pictures within the threshold were copies without a check); each view's own copies
    still join it."""
    left, right, _ = data.stereo_motorcycle()
    one, other = Image.fromarray(left), Image.fromarray(right)
    pictures = {"left": one, "left-half": one.reduce(2), "right": other}
    groups = copy_groups(scan(tmp_path, pictures))
    assert {"left", "left-half"} in groups, groups
    assert not any({"left", "right"} <= g or {"left-half", "right"} <= g for g in groups)


def test_two_overlapping_windows_are_not_copies_and_a_crop_inside_is(tmp_path: Path) -> None:
    """Windows 15 % apart share 85 % of their pixels, but neither lies inside the other:
    two framings of one scene.  A 20 % crop inside one window is a copy of it."""
    photo = real("astronaut").resize((760, 512))
    windows = {
        "shift0": photo.crop((0, 0, 532, 512)),
        "shift15": photo.crop((80, 0, 612, 512)),
        "inside": photo.crop((100, 60, 500, 460)),
    }
    paths = []
    for name, img in windows.items():
        img.save(tmp_path / f"{name}.png")
        paths.append(str(tmp_path / f"{name}.png"))
    check = StructureCheck(paths, workers=1)
    apart, inside = check.verdicts([0, 0], [1, 2], [-1, -1])
    assert apart.distance == FAR and apart.overlap > 0.8
    assert inside.distance <= 8


def test_a_rich_pair_beyond_the_easy_reach_is_still_a_copy_when_it_is_one(
    tmp_path: Path,
) -> None:
    """A copy whose fingerprint moved past EASY_REACH (a 3 % border crop of the cat) is
    checked, and joins."""
    photo = real("chelsea")
    w, h = photo.size
    photos = scan(
        tmp_path, {"cat": photo, "cat-crop": photo.crop((w * 3 // 100, h * 3 // 100, w, h))}
    )
    fp = FingerprintArrays.from_bytes([p.fingerprint for p in photos])
    one, two = np.array([0]), np.array([1])
    assert pair_distances(fp, one, two, fp.hash_distance(one, two))[0] > decide.EASY_REACH
    assert copy_groups(photos) == [{"cat", "cat-crop"}]
