"""Banded pictures (bands, bars, a gradient: too few informative hash bits to match by
their hashes) pair through their thumbnails and pictures, and their colours keep flags of
one layout apart (session 29, Hedgewars's flags and skies).  Real designs: national flags
in their official colours, and a sky graded as a painter grades it."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image, ImageEnhance

from photodedup.core.config import DEFAULT_THRESHOLD
from photodedup.core.fingerprint import FingerprintArrays, banded_figures
from photodedup.core.group.cluster import find_clusters, photo_distances
from photodedup.core.group.residual import content_residual, shrink
from tests.core.group.test_texture import scan

RGB = tuple[int, int, int]
FRANCE = ((0, 35, 149), (255, 255, 255), (237, 41, 57))
ITALY = ((0, 146, 70), (244, 245, 240), (205, 33, 42))
IRELAND = ((22, 155, 98), (255, 255, 255), (255, 136, 62))
BELGIUM = ((0, 0, 0), (253, 218, 36), (239, 51, 64))
CHAD = ((0, 38, 100), (254, 203, 0), (198, 12, 48))


def flag(colours: tuple[RGB, RGB, RGB], size: tuple[int, int] = (660, 440)) -> Image.Image:
    """A vertical tricolour."""
    w, h = size
    out = np.zeros((h, w, 3), np.uint8)
    for k, colour in enumerate(colours):
        out[:, k * w // 3 : (k + 1) * w // 3] = colour
    return Image.fromarray(out)


def sky(size: tuple[int, int] = (800, 500)) -> Image.Image:
    """A sky graded from deep blue at the top to a pale haze at the horizon."""
    w, h = size
    t = np.linspace(0.0, 1.0, h)[:, None, None]
    top, bottom = np.array([20, 45, 120]), np.array([190, 210, 235])
    rows = (top + (bottom - top) * t**1.5).astype(np.uint8)
    return Image.fromarray(np.repeat(rows, w, axis=1))


def edited(name: str, img: Image.Image) -> dict[str, tuple[Image.Image, int]]:
    """``img`` and its copies: half size, brightened by 15 %, re-encoded at quality 40,
    5 % cut off each side."""
    w, h = img.size
    return {
        name: (img, 92),
        f"{name}-half": (img.resize((w // 2, h // 2)), 90),
        f"{name}-brighter": (ImageEnhance.Brightness(img).enhance(1.15), 90),
        f"{name}-q40": (img, 40),
        f"{name}-crop": (img.crop((w // 20, h // 20, w - w // 20, h - h // 20)), 90),
    }


def copy_groups(tmp_path: Path, pictures: dict[str, tuple[Image.Image, int]]) -> list[set[str]]:
    photos, thumbs = scan(tmp_path, pictures)
    names = [Path(p.path).stem for p in photos]
    clusters = find_clusters(photos, DEFAULT_THRESHOLD, thumbs=thumbs)
    return [{names[m] for m in c.members} for c in clusters if c.kind.copies]


def test_a_flag_and_a_sky_are_banded(tmp_path: Path) -> None:
    photos, _ = scan(tmp_path, {"france": (flag(FRANCE), 92), "sky": (sky(), 92)})
    fp = FingerprintArrays.from_bytes([p.fingerprint for p in photos])
    assert banded_figures(fp.figures).all()


def test_copies_of_a_flag_and_of_a_sky_are_found(tmp_path: Path) -> None:
    """Their hash bits are noise: before session 29 they paired with nothing.  An
    intensity fit cannot place a graded sky along its rows: the edge-to-edge stretch is
    measured too (a border crop's fit drifted to a window that was no copy)."""
    pictures = edited("france", flag(FRANCE)) | edited("sky", sky())
    found = copy_groups(tmp_path, pictures)
    assert {name for name in pictures if name.startswith("france")} in found
    assert {name for name in pictures if name.startswith("sky")} in found


def test_flags_of_one_layout_in_other_colours_are_apart(tmp_path: Path) -> None:
    """France, Italy and Ireland are one layout, and grey thumbnails normalised for tones
    cannot tell them; nor can the hue correlation (0.9: the white and red bands agree).  A
    band recoloured is BANDED_RECOLOURED of their chroma; Belgium's black band against
    Chad's navy one, too."""
    flags = {"france": FRANCE, "italy": ITALY, "ireland": IRELAND, "belgium": BELGIUM}
    pictures = {f"{k}-half": (flag(v).resize((330, 220)), 90) for k, v in flags.items()}
    pictures |= {name: (flag(colours), 92) for name, colours in flags.items()}
    pictures["chad"] = (flag(CHAD), 92)
    found = copy_groups(tmp_path, pictures)
    assert sorted(found, key=sorted) == [{f"{k}", f"{k}-half"} for k in sorted(flags)]


def test_a_flag_is_its_bands_not_a_subject_on_them() -> None:
    """The content residual grades a picture's background along its rows or columns; a
    flag's bands are that background, and JPEG's ringing along their edges (just past
    CONTENT_LEVEL) was taken for a subject in one copy and none in the other."""
    a = shrink(np.asarray(flag(FRANCE).convert("L"), dtype=np.float32))
    b = a.copy()
    for x in np.flatnonzero(np.abs(np.diff(a[0])) > 1):  # the columns beside each edge
        b[:, x + 1] += np.where(np.arange(len(b)) % 2, 13.0, -13.0)
    assert content_residual(a, np.clip(b, 0, 255), np.ones(a.shape, bool)) < 0.1


# The Gambian flag: red, blue and green bands parted by thin white stripes (its official
# proportions 6:1:4:1:6 of the height; colours as published by the government).
GAMBIA = (((206, 17, 38), 6), ((255, 255, 255), 1), ((12, 28, 140), 4), ((255, 255, 255), 1),
          ((58, 119, 40), 6))  # fmt: skip
COSTA_RICA = (((0, 43, 127), 1), ((255, 255, 255), 1), ((206, 17, 38), 2),
              ((255, 255, 255), 1), ((0, 43, 127), 1))  # fmt: skip


def striped(bands: tuple[tuple[RGB, int], ...], size: tuple[int, int] = (660, 440)) -> Image.Image:
    """Horizontal bands of these colours and relative heights, with a painted flag's soft
    edges (drawn at a quarter size and scaled up)."""
    w, h = size
    total = sum(share for _, share in bands)
    rows = [np.tile(colour, (max(1, round(share * h / 4 / total)), 1)) for colour, share in bands]
    column = np.concatenate(rows)[:, None, :].astype(np.uint8)
    small = Image.fromarray(np.repeat(column, w // 4, axis=1))
    return small.resize((w, h), Image.Resampling.BICUBIC)


def test_copies_of_a_flag_with_thin_stripes_are_found(tmp_path: Path) -> None:
    """The Gambian flag's thin white stripes are rows of their own: a picture that is its
    lines is measured against each line, not the running median over 11 of them, which
    took the stripes for a subject, so the border crop was aligned by an intensity fit that
    cannot place bands.  Its brightened copy and its captioned one are mostly one plain
    field by the test that keeps blank pages apart (two bands within its tolerance): they
    pair with a banded picture all the same.  Before session 30 all three were lost."""
    from tests.core.group.test_accuracy_classes import captioned

    img = striped(GAMBIA)
    pictures = edited("gambia", img) | {"gambia-caption": (captioned(img), 90)}
    found = copy_groups(tmp_path, pictures)
    assert set(pictures) in found


def test_a_captioned_and_a_cropped_copy_of_a_flag_are_copies(tmp_path: Path) -> None:
    """A captioned copy is no longer its lines, its border-cropped sibling is: the two are
    aligned across the bands by their profiles (the captioned one's the median along its
    lines, which the caption box leaves alone).  An intensity fit cannot place the bands:
    64 apart before session 30, which split a flag's copies in two groups."""
    from tests.core.group.test_accuracy_classes import captioned

    img = striped(COSTA_RICA)
    w, h = img.size
    pictures = {
        "crop": (img.crop((w // 20, h // 20, w - w // 20, h - h // 20)), 90),
        "caption": (captioned(img), 90),
    }
    photos, thumbs = scan(tmp_path, pictures)
    assert photo_distances(photos, [(0, 1)], thumbs=thumbs)[0] <= DEFAULT_THRESHOLD
