"""Pictures that differ in a part: frames of one animation, a burst shot, a scene with and
without a figure (Endless Sky's creatures, FreedroidRPG's droids, Wesnoth's portraits,
sessions 24-25).  The pictures are scikit-image's real photo of Greek coins laid out on
black, one coin moved a few pixels in the second frame, and its cup of coffee retouched."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import numpy.typing as npt
import pytest
from PIL import Image, ImageDraw, ImageEnhance

from photodedup.core.config import DEFAULT_THRESHOLD
from photodedup.core.fingerprint import FingerprintArrays
from photodedup.core.group import align, change, decide
from photodedup.core.group.align import Stretched, Verdict
from photodedup.core.group.cluster import find_clusters
from photodedup.core.group.verify import pair_distances, rich
from photodedup.core.types import Photo
from tests.core.group.test_accuracy_classes import captioned
from tests.core.group.test_texture import scan

skimage_data = pytest.importorskip("skimage.data")
COINS = ((10, 10, 70), (90, 15, 60), (160, 20, 60), (225, 15, 65), (300, 20, 70))  # x, y, side
IDENTITY = np.array([[1, 0, 0], [0, 1, 0]], dtype=np.float32)
NO_BOX = np.zeros((64, 64), dtype=bool)


def frame(moved: dict[int, tuple[int, int]] | None = None) -> Image.Image:
    """Five coins of scikit-image's photo, each on its own patch of the photo's grey table,
    on black; ``moved``: coin -> (dx, dy) it moved by since the first frame."""
    coins = Image.fromarray(skimage_data.coins()).convert("RGB")
    canvas = Image.new("RGB", (480, 400))
    for k, (x, y, side) in enumerate(COINS):
        coin = coins.crop((x, y, x + side, y + side)).resize((side * 3 // 2, side * 3 // 2))
        dx, dy = (moved or {}).get(k, (0, 0))
        canvas.paste(coin, (60 + (k % 3) * 130 + dx, 80 + (k // 3) * 140 + dy))
    return canvas


def watermarked(img: Image.Image) -> Image.Image:
    """A dark translucent box with light text in the top-left corner (a watermark)."""
    out = img.copy()
    draw = ImageDraw.Draw(out, "RGBA")
    draw.rectangle((10, 10, 190, 40), (0, 0, 0, 110))
    draw.text((16, 14), "(c) 2024 J. Doe", fill=(255, 255, 255, 230))
    return out


def _grey(img: Image.Image) -> npt.NDArray[np.float32]:
    return np.asarray(img.convert("L").resize((384, 320), Image.Resampling.BOX), np.float32)


def test_a_coin_moved_a_few_pixels_is_a_change_and_edits_of_a_copy_are_not() -> None:
    one = _grey(frame())
    for moved in ({4: (0, 8)}, {1: (10, 0)}):
        share = change.changed_share(one, _grey(frame(moved)), IDENTITY, NO_BOX)
        assert share is not None and share > change.MAX_SHARE
    brighter = ImageEnhance.Brightness(frame()).enhance(1.3)  # its light tones clip
    gamma = Image.fromarray((255 * (np.asarray(frame()) / 255.0) ** 0.7).astype(np.uint8))
    for copy in (brighter, gamma, captioned(frame()), watermarked(captioned(frame()))):
        assert not change.differs(one, _grey(copy), IDENTITY, NO_BOX)
        assert not change.differs(_grey(copy), one, IDENTITY, NO_BOX)


def test_the_change_test_says_nothing_on_small_pictures() -> None:
    one, two = _grey(frame()), _grey(frame({4: (0, 8)}))
    small_a, small_b = (np.ascontiguousarray(x[::4, ::4]) for x in (one, two))
    assert change.changed_share(small_a, small_b, IDENTITY, NO_BOX) is None


def test_stretched_and_aligned_pictures_tell_a_changed_part() -> None:
    one, two = _grey(frame()), _grey(frame({4: (0, 8)}))
    assert align.stretched(one, _grey(captioned(frame()))) is Stretched.ALIKE
    assert align.stretched(one, two) is Stretched.CHANGED
    seen = Verdict(4, 1.0, 0)
    first, second = align.extract(one), align.extract(two)
    assert align.texture_look(seen, first, second, texture_alike=True).distance == (
        align.TEXTURE_APART
    )
    copy = align.extract(_grey(captioned(frame())))
    assert align.texture_look(seen, first, copy, texture_alike=True) == seen


def test_frames_of_one_scene_are_no_copies_and_their_copies_join(tmp_path: Path) -> None:
    """Two frames whose one coin moved by 8 px (hashes 0-2 apart, thumbnails 2-6: copies of
    each other before session 24) and each frame's own copies."""
    photos, thumbs = scan(tmp_path, two_versions(frame(), frame({4: (0, 8)})))
    assert copy_groups(photos, thumbs) == APART


def two_versions(one: Image.Image, two: Image.Image) -> dict[str, tuple[Image.Image, int]]:
    """Two versions of a picture, the first with three copies (q40, captioned, brightened),
    the second with one (q40), each as a JPEG of that quality."""
    return {
        "one": (one, 92),
        "one_q40": (one, 40),
        "one_caption": (captioned(one), 90),
        "one_brighter": (ImageEnhance.Brightness(one).enhance(1.15), 90),
        "two": (two, 92),
        "two_q40": (two, 40),
    }


APART = [{"two", "two_q40"}, {"one", "one_q40", "one_caption", "one_brighter"}]


def copy_groups(photos: list[Photo], thumbs: dict[str, bytes]) -> list[set[str]]:
    """The copy groups at the default threshold by file stem, smallest first."""
    groups = [
        {Path(photos[m].path).stem for m in c.members}
        for c in find_clusters(photos, DEFAULT_THRESHOLD, thumbs=thumbs)
        if c.kind.copies
    ]
    return sorted(groups, key=len)


def retouched(img: Image.Image, box: tuple[int, int, int, int]) -> Image.Image:
    """``img`` with the part in ``box`` painted over from its surroundings (OpenCV's
    inpainting, as a retouching tool removes an object)."""
    pixels = np.asarray(img.convert("RGB"))
    mask = np.zeros(pixels.shape[:2], np.uint8)
    x0, y0, x1, y1 = box
    mask[y0:y1, x0:x1] = 255
    return Image.fromarray(cv2.inpaint(pixels, mask, 5, cv2.INPAINT_TELEA))


def test_a_retouched_version_of_a_rich_photo_is_no_copy(tmp_path: Path) -> None:
    """scikit-image's cup of coffee, and a version with the spoon and the cup's rim painted
    over: rich pictures whose fingerprints measure 4-5 apart, which made them copies by the
    fingerprint alone before session 25 (decide.EASY_REACH 8); each keeps its own copies."""
    one = Image.fromarray(skimage_data.coffee())
    photos, thumbs = scan(tmp_path, two_versions(one, retouched(one, (280, 120, 400, 260))))
    fp = FingerprintArrays.from_bytes([p.fingerprint for p in photos])
    first, second = np.array([0]), np.array([4])
    assert rich(fp)[[0, 4]].all()
    cheap = pair_distances(fp, first, second, fp.hash_distance(first, second))[0]
    assert decide.EASY_REACH < cheap <= 8
    assert copy_groups(photos, thumbs) == APART
