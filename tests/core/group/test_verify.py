"""group.verify: the distance behind every group (hash + thumbnail), FAR for hopeless pairs."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageEnhance

from photodedup.core.config import DEFAULT_THRESHOLD
from photodedup.core.fingerprint import FingerprintArrays
from photodedup.core.group import verify
from photodedup.core.group.verify import FAR, pair_distances, thumb_distance
from tests.core.group.test_cluster import photo
from tests.core.test_fingerprint import jpeg, textured


def _fp(*imgs: Image.Image) -> FingerprintArrays:
    return FingerprintArrays.from_bytes(
        [photo(img, f"ver{n}").fingerprint for n, img in enumerate(imgs)]
    )


def _distances(fp: FingerprintArrays, pairs: list[tuple[int, int]]) -> list[int]:
    i = np.array([a for a, _ in pairs], dtype=np.int64)
    j = np.array([b for _, b in pairs], dtype=np.int64)
    return pair_distances(fp, i, j, fp.hash_distance(i, j)).tolist()


def test_few_informative_bits_make_distances_grow() -> None:
    figures = np.array([[128, 40, 30, 60], [128, 40, 30, 12], [128, 40, 30, 24]], np.uint8)
    penalty = verify._info_penalty(figures[[0, 0, 0]], figures[[0, 1, 2]])
    assert penalty.tolist() == [1.0, 2.0, 1.0]


def test_copies_are_close_and_other_photos_far() -> None:
    img = textured(401)
    fp = _fp(img, jpeg(img, 40), img.resize((160, 120)), textured(402))
    same, q40, half, other = _distances(fp, [(0, 0), (0, 1), (0, 2), (0, 3)])
    assert same == 0
    assert q40 <= DEFAULT_THRESHOLD and half <= DEFAULT_THRESHOLD
    assert other > DEFAULT_THRESHOLD
    assert _distances(fp, [(1, 0)]) == [q40]  # symmetric


def test_flat_pictures_and_incompatible_figures_are_far() -> None:
    img = textured(403)
    flat = Image.new("RGB", (200, 150), (90, 90, 90))
    dark = ImageEnhance.Brightness(img).enhance(0.2)
    fp = _fp(img, flat, dark)
    assert _distances(fp, [(1, 1), (0, 1)]) == [FAR, FAR]
    assert _distances(fp, [(0, 2)]) == [FAR]  # brightness too different


def test_thumb_distance_ignores_brightness_and_contrast_edits() -> None:
    rng = np.random.default_rng(9)
    base = rng.integers(40, 200, size=(3, 16, 16)).astype(np.uint8)
    brighter = np.clip(base.astype(np.int16) * 1.15 + 10, 0, 255).astype(np.uint8)
    other = rng.integers(40, 200, size=(3, 16, 16)).astype(np.uint8)
    assert thumb_distance(base, base).tolist() == [0.0, 0.0, 0.0]
    assert (thumb_distance(base, brighter) * verify.THUMB_SCALE < 2).all()
    assert (thumb_distance(base, other) * verify.THUMB_SCALE > DEFAULT_THRESHOLD).all()


def test_thumb_distance_tolerates_a_small_crop() -> None:
    big = np.asarray(textured(404, (200, 200)).convert("L"))
    whole = np.asarray(Image.fromarray(big).resize((16, 16), Image.Resampling.BOX))[None]
    crop = big[:, 8:]  # 4 % off the left side
    cropped = np.asarray(Image.fromarray(crop).resize((16, 16), Image.Resampling.BOX))[None]
    shifted = big[:, 60:]  # 30 %: another framing
    far = np.asarray(Image.fromarray(shifted).resize((16, 16), Image.Resampling.BOX))[None]
    assert thumb_distance(whole, cropped)[0] < thumb_distance(whole, far)[0]
    assert thumb_distance(whole, cropped)[0] * verify.THUMB_SCALE <= DEFAULT_THRESHOLD


def test_rich_and_plain_pictures() -> None:
    img = textured(405)
    logo = Image.new("RGB", (200, 150), (255, 255, 255))
    logo.paste(img.resize((60, 40)), (70, 55))  # a small subject on a plain field
    dark = ImageEnhance.Brightness(img).enhance(0.1)
    fp = _fp(img, logo, dark)
    assert verify.rich(fp).tolist() == [True, False, False]
    share = verify.plain_share(fp.thumbs)
    assert share[1] >= verify.PLAIN_SHARE > share[0]
