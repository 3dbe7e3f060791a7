"""Planets lit alike: pictures of one kind whose large structure (a bright limb, a shaded
disc on black) is the same and whose texture is not (Endless Sky's planets, session 23).
The surfaces are scikit-image's real photos of the moon, gravel, grass and a brick wall."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import numpy.typing as npt
import pytest
from PIL import Image, ImageFilter

from photodedup.core.config import DEFAULT_THRESHOLD, ScanOptions
from photodedup.core.decode.image import analyse_file_full
from photodedup.core.group import align, texture
from photodedup.core.group.align import Verdict
from photodedup.core.group.cluster import find_clusters
from photodedup.core.types import FileIdentity, Photo, PhotoFile
from tests.core.group.test_accuracy_classes import captioned

skimage_data = pytest.importorskip("skimage.data")
SURFACES = ("moon", "gravel", "grass", "brick")


def surface_of(name: str, radius: int = 200) -> npt.NDArray[np.float32]:
    """scikit-image's real photo ``name`` in grey, 0-1, as a square of 2 * ``radius`` px."""
    grey = Image.fromarray(getattr(skimage_data, name)()).convert("L")
    return np.asarray(grey.resize((2 * radius, 2 * radius)), np.float32) / 255


def lit_planet(surface: str, size: int = 480, radius: int = 200) -> Image.Image:
    """A disc of ``surface`` lit from the lower left (most of it in shadow: a crescent), on
    black, in one tint."""
    return planet_of(surface_of(surface, radius), size)


def planet_of(tex: npt.NDArray[np.float32], size: int = 480) -> Image.Image:
    """A disc of the texture ``tex`` (0-1, square) lit from the lower left, on black."""
    radius = len(tex) // 2
    yy, xx = np.mgrid[-radius:radius, -radius:radius] / radius
    r2 = xx**2 + yy**2
    z = np.sqrt(np.clip(1 - r2, 0, 1))
    light = np.array([-0.6, 0.7, 0.2]) / np.linalg.norm([-0.6, 0.7, 0.2])
    shade = np.clip(xx * light[0] + yy * light[1] + z * light[2], 0, 1) ** 1.5
    disc = np.where(r2 <= 1, (0.35 + 0.65 * tex) * shade, 0)
    canvas = np.zeros((size, size, 3), np.float32)
    o = size // 2 - radius
    canvas[o : o + 2 * radius, o : o + 2 * radius] = disc[..., None] * np.array([1.0, 0.85, 0.7])
    return Image.fromarray((canvas * 255).clip(0, 255).astype(np.uint8))


def scan(
    folder: Path, pictures: dict[str, tuple[Image.Image, int]]
) -> tuple[list[Photo], dict[str, bytes]]:
    """Each picture written as a JPEG of that quality, through the real decode path, with
    the structure thumbnails a scan hands to grouping."""
    photos: list[Photo] = []
    thumbs: dict[str, bytes] = {}
    for name, (img, quality) in pictures.items():
        path = folder / f"{name}.jpg"
        img.save(path, quality=quality)
        file = PhotoFile(str(path), FileIdentity.from_stat(path.stat()), str(folder))
        photo, _, thumb = analyse_file_full(file, ScanOptions())
        photos.append(photo)
        if thumb is not None:
            thumbs[photo.path] = thumb
    return photos, thumbs


def test_planets_lit_alike_are_apart_and_their_copies_join(tmp_path: Path) -> None:
    """The four planets are 0-2 apart by their hashes and 2-3 by their 64-px thumbnails
    (each was a copy of every other before session 23); a half-size JPEG q40 copy and a
    captioned copy of the gravel planet stay its copies."""
    pictures = {name: (lit_planet(name), 92) for name in SURFACES}
    gravel = pictures["gravel"][0]
    pictures["gravel_small"] = (gravel.resize((240, 240), Image.Resampling.LANCZOS), 40)
    pictures["gravel_caption"] = (captioned(gravel), 92)
    photos, thumbs = scan(tmp_path, pictures)
    groups = [
        {Path(photos[m].path).stem for m in c.members}
        for c in find_clusters(photos, DEFAULT_THRESHOLD, thumbs=thumbs)
        if c.kind.copies
    ]
    assert groups == [{"gravel", "gravel_small", "gravel_caption"}]


def test_planets_that_share_a_fifth_of_their_texture_are_apart(tmp_path: Path) -> None:
    """Two gas giants of one kind (Endless Sky's gas9 and gas10, session 26): the second
    surface is a fifth gravel and four fifths grass, so the textures correlate at ~0.57,
    where copies of a faint surface keep >= 0.74 (a half-size JPEG q40 copy of the first:
    0.92).  Before session 26 (differ below 0.5) all four were one group."""
    gravel, grass = surface_of("gravel"), surface_of("grass")
    first, second = planet_of(gravel), planet_of(0.2 * gravel + 0.8 * grass)
    small = (240, 240)
    pictures = {
        "first": (first, 92),
        "second": (second, 92),
        "first_small": (first.resize(small, Image.Resampling.LANCZOS), 40),
        "second_small": (second.resize(small, Image.Resampling.LANCZOS), 40),
    }
    photos, thumbs = scan(tmp_path, pictures)
    groups = [
        {Path(photos[m].path).stem for m in c.members}
        for c in find_clusters(photos, DEFAULT_THRESHOLD, thumbs=thumbs)
        if c.kind.copies
    ]
    assert sorted(groups, key=sorted) == [{"first", "first_small"}, {"second", "second_small"}]


def _grey(img: Image.Image) -> npt.NDArray[np.float32]:
    return np.asarray(img.convert("L").resize((320, 320), Image.Resampling.BOX), np.float32)


IDENTITY = np.array([[1, 0, 0], [0, 1, 0]], dtype=np.float32)
NO_BOX = np.zeros((64, 64), dtype=bool)


def test_texture_tells_two_surfaces_apart_but_not_a_copy() -> None:
    moon, gravel = _grey(lit_planet("moon")), _grey(lit_planet("gravel"))
    assert texture.differ(moon, gravel, IDENTITY, NO_BOX)
    brighter = np.clip(gravel * 1.15, 0, 255).astype(np.float32)
    assert not texture.differ(gravel, brighter, IDENTITY, NO_BOX)


def test_texture_says_nothing_where_the_detail_is_noise_or_the_pictures_small() -> None:
    """A blurred picture's detail is noise: another blurred surface is not called
    different by its texture (the other checks decide), nor are 64-px thumbnails."""
    blur = ImageFilter.GaussianBlur(12)
    a = _grey(lit_planet("gravel").filter(blur))
    b = _grey(lit_planet("grass").filter(blur))
    assert not texture.differ(a, b, IDENTITY, NO_BOX)
    small_a, small_b = (np.ascontiguousarray(x[::5, ::5]) for x in (a, b))
    assert not texture.differ(small_a, small_b, IDENTITY, NO_BOX)


def test_texture_look_keeps_the_thumbnails_verdict_unless_the_textures_differ() -> None:
    """A pair the thumbnails call a copy (not a sure one) keeps their verdict (their
    residual forgives a caption box) unless its textures differ."""
    gravel = lit_planet("gravel")
    seen = Verdict(5, 1.0, 0)
    copy = align.texture_look(
        seen, align.extract(_grey(gravel)), align.extract(_grey(captioned(gravel)))
    )
    assert copy == seen
    moon = align.extract(_grey(lit_planet("moon")))
    apart = align.texture_look(seen, moon, align.extract(_grey(gravel)))
    assert apart.distance == align.TEXTURE_APART
    assert align.texture_look(seen, None, moon) == seen


def test_texture_look_aligns_either_way_round() -> None:
    """A 5 % border crop of scikit-image's horse (a silhouette): warped onto its original,
    the crop leaves too little detail to compare (no verdict: two pictures, before
    session 26); the original warped onto the crop shows one texture."""
    horse = Image.fromarray(skimage_data.horse().astype(np.uint8) * 255).convert("RGB")
    w, h = horse.size
    crop = horse.crop((w // 20, h // 20, w - w // 20, h - h // 20))
    buffer = io.BytesIO()
    crop.save(buffer, "JPEG", quality=92)
    cropped = Image.open(io.BytesIO(buffer.getvalue()))
    seen = Verdict(5, 0.9, 0)
    a, b = (align.extract(_grey_fit(img)) for img in (cropped, horse))
    assert align.texture_look(seen, a, b) == seen
    assert align.texture_look(seen, b, a) == seen


def _grey_fit(img: Image.Image) -> npt.NDArray[np.float32]:
    """``img`` in grey with its longer side 320 px (the structure check's picture)."""
    scale = 320 / max(img.size)
    size = (round(img.width * scale), round(img.height * scale))
    return np.asarray(img.convert("L").resize(size, Image.Resampling.BOX), np.float32)
