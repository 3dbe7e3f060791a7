"""The failure classes of the held-out evaluation, on real photos (scikit-image's bundled
pictures) written as real files: each pair of *different* pictures of one kind stays apart,
each copy joins its original; and the grouping invariant as a property test."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageDraw, ImageFont

from photodedup.core.config import DEFAULT_THRESHOLD, ScanOptions
from photodedup.core.decode.image import analyse_file
from photodedup.core.group import assemble as grouping
from photodedup.core.group.cluster import find_clusters
from photodedup.core.group.structure import StructureCheck
from photodedup.core.types import FileIdentity, Photo, PhotoFile

skimage_data = pytest.importorskip("skimage.data")


def real(name: str) -> Image.Image:
    """One of scikit-image's bundled photos as RGB."""
    return Image.fromarray(getattr(skimage_data, name)()).convert("RGB")


def scan(folder: Path, pictures: dict[str, Image.Image]) -> list[Photo]:
    """Write each picture as a JPEG and fingerprint it through the real decode path."""
    photos = []
    for name, img in pictures.items():
        path = folder / f"{name}.jpg"
        img.save(path, quality=92)
        file = PhotoFile(str(path), FileIdentity.from_stat(path.stat()), str(folder))
        photos.append(analyse_file(file, ScanOptions()))
    return photos


def copy_groups(photos: list[Photo], **kw: bool) -> list[set[str]]:
    """Names (file stems) in each group of copies."""
    return [
        {Path(photos[m].path).stem for m in c.members}
        for c in find_clusters(photos, DEFAULT_THRESHOLD, **kw)
        if c.kind.copies
    ]


def on_black(subject: Image.Image, size: int = 90) -> Image.Image:
    """A small subject in the middle of a black field (a star, a planet, a product shot)."""
    canvas = Image.new("RGB", (640, 480), (0, 0, 0))
    small = subject.copy()
    small.thumbnail((size, size))
    canvas.paste(small, ((640 - small.width) // 2, (480 - small.height) // 2))
    return canvas


def captioned(img: Image.Image, text: str = "Holiday 2024") -> Image.Image:
    """An opaque white box with a line of text in the bottom-right corner."""
    out = img.copy()
    draw = ImageDraw.Draw(out)
    font = ImageFont.load_default(size=max(12, img.height // 18))
    left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
    w, h = right - left + 16, bottom - top + 12
    x, y = img.width - w - 8, img.height - h - 8
    draw.rectangle((x, y, x + w, y + h), fill=(255, 255, 255))
    draw.text((x + 8, y + 6 - top), text, font=font, fill=(30, 30, 30))
    return out


def darker(img: Image.Image) -> Image.Image:
    arr = np.asarray(img, dtype=np.float32) / 255.0
    return Image.fromarray((arr**2.2 * 0.3 * 255).astype(np.uint8))


def test_small_subjects_on_black_stay_apart_and_copies_join(tmp_path: Path) -> None:
    """Two faces at 30 px and two coins at 45 px on black: version 0.1 grouped each pair."""
    coins = real("coins")
    pictures = {
        "face": on_black(real("astronaut").crop((180, 60, 330, 210)), 30),
        "cat": on_black(real("chelsea").crop((120, 60, 270, 210)), 30),
        "coin1": on_black(coins.crop((250, 180, 310, 240)), 45),
        "coin2": on_black(coins.crop((100, 100, 160, 160)), 45),
    }
    pictures["face-half"] = pictures["face"].reduce(2)
    groups = copy_groups(scan(tmp_path, pictures))
    assert {"face", "face-half"} in groups
    assert not any({"face", "cat"} <= g or {"coin1", "coin2"} <= g for g in groups)


def test_colour_variants_are_not_copies(tmp_path: Path) -> None:
    coffee = real("coffee")
    r, g, b = coffee.split()
    variant = Image.merge("RGB", (b, g, r))
    photos = scan(tmp_path, {"coffee": coffee, "copy": coffee.reduce(2), "variant": variant})
    groups = copy_groups(photos)
    assert {"coffee", "copy"} in groups
    assert not any("variant" in g for g in groups)


def test_a_picture_recoloured_in_part_is_no_copy_and_its_copies_join(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The astronaut with the hue of its middle turned (a game's recoloured creature): the
    hue correlation sees one picture; the aligned chroma residual keeps them apart, while
    each keeps its half-size and captioned copies."""
    from photodedup.core.group import colour

    astro = real("astronaut")
    hsv = np.asarray(astro.convert("HSV")).copy()
    hsv[128:384, 128:384, 0] = (hsv[128:384, 128:384, 0].astype(int) + 80) % 256
    other = Image.fromarray(hsv, "HSV").convert("RGB")
    pictures = {"astro": astro, "astro-half": astro.reduce(2), "astro-cap": captioned(astro)}
    pictures |= {"other": other, "other-half": other.reduce(2)}
    photos = scan(tmp_path, pictures)
    groups = copy_groups(photos)
    assert {"astro", "astro-half", "astro-cap"} in groups
    assert {"other", "other-half"} in groups
    monkeypatch.setattr(colour, "RECOLOURED", np.inf)  # without the rule: one group
    assert any({"astro", "other"} <= g for g in copy_groups(photos))


def test_captioned_dark_pictures_stay_apart_and_a_captioned_copy_joins(tmp_path: Path) -> None:
    one, two = darker(real("astronaut")), darker(real("rocket").resize((512, 512)))
    pictures = {"one": one, "one-caption": captioned(one), "two": two}
    pictures["two-caption"] = captioned(two)
    groups = copy_groups(scan(tmp_path, pictures))
    assert {"one", "one-caption"} in groups
    assert {"two", "two-caption"} in groups  # version 0.1 missed this copy
    assert not any({"one-caption", "two-caption"} <= g for g in groups)


def test_a_captioned_copy_of_a_dark_panorama_joins(tmp_path: Path) -> None:
    """A dark 2:1 picture (the cat, cropped wide) and its captioned copy: squeezed onto the
    fingerprint's square grid the caption box looked too narrow for a line of text, was not
    painted over, and its keys moved 20 bits (no candidate; until session 25).  A different
    wide dark picture under the same caption stays apart."""
    cat = darker(real("chelsea").crop((0, 0, 451, 225)))
    astronaut = darker(real("astronaut").crop((0, 128, 512, 384)))
    pictures = {"cat": cat, "cat-caption": captioned(cat), "astronaut": astronaut}
    pictures["astronaut-caption"] = captioned(astronaut)
    groups = copy_groups(scan(tmp_path, pictures))
    assert {"cat", "cat-caption"} in groups
    assert {"astronaut", "astronaut-caption"} in groups
    assert not any({"cat-caption", "astronaut-caption"} <= g for g in groups)


def test_a_crowd_of_look_alikes_never_drops_a_close_copy(tmp_path: Path) -> None:
    """An original and its half-size copy, surrounded by blends of it with other photos."""
    original = real("chelsea")
    others = [real(n).resize(original.size) for n in ("coffee", "rocket", "astronaut")]
    crowd = {f"look{k}": Image.blend(original, o, 0.3) for k, o in enumerate(others)}
    crowd |= {f"near{k}": Image.blend(original, o, 0.15) for k, o in enumerate(others)}
    photos = scan(tmp_path, {"original": original, "half": original.reduce(2), **crowd})
    groups = copy_groups(photos)
    assert any({"original", "half"} <= g for g in groups)


def test_mirrored_and_turned_copies_join_with_the_rotation_option(tmp_path: Path) -> None:
    img = real("astronaut")
    pictures = {
        "original": img,
        "mirror": img.transpose(Image.Transpose.FLIP_LEFT_RIGHT),
        "turned": img.transpose(Image.Transpose.ROTATE_90),
        "other": real("rocket"),
    }
    photos = scan(tmp_path, pictures)
    assert copy_groups(photos) == []
    assert copy_groups(photos, rotations=True) == [{"original", "mirror", "turned"}]


def on_field(
    subject: Image.Image, colour: tuple[int, int, int] = (236, 228, 214), size: int = 220
) -> Image.Image:
    """A product shot: a coloured subject in the middle of a flat pastel field."""
    canvas = Image.new("RGB", (640, 480), colour)
    small = subject.copy()
    small.thumbnail((size, size))
    canvas.paste(small, ((640 - small.width) // 2, (480 - small.height) // 2))
    return canvas


def test_turned_copies_of_a_coloured_subject_on_a_plain_field_join(tmp_path: Path) -> None:
    """A centred subject on a plain field: its 90-degree copy's keys also match mirrored,
    and its colours sit elsewhere in the grid once turned; every turned copy still joins
    (0.2's rotation option found 0.5-0.8 of these on the corpus)."""
    img = on_field(real("coffee"))
    pictures = {
        "original": img,
        "small": img.reduce(2),
        "mirror": img.transpose(Image.Transpose.FLIP_LEFT_RIGHT),
        "turned90": img.transpose(Image.Transpose.ROTATE_90),
        "turned270": img.transpose(Image.Transpose.ROTATE_270),
        "other": on_field(real("chelsea")),
    }
    groups = copy_groups(scan(tmp_path, pictures), rotations=True)
    assert {"original", "small", "mirror", "turned90", "turned270"} in groups, groups
    assert not any("other" in g for g in groups)


class _LineDistances:
    """Photos at positions on a line: the distance of two is how far apart they are."""

    def __init__(self, positions: list[int], threshold: int) -> None:
        self.x = np.array(positions, dtype=np.int64)
        self.limit = grouping.PAIR_LIMIT * threshold

    def far(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        return np.abs(self.x[a] - self.x[b]) > self.limit

    def shown_apart(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """As if every pair had been checked on its pictures (the votes of ``_prune``)."""
        return self.far(a, b)


@settings(max_examples=150, deadline=None)
@given(
    clusters=st.lists(
        st.tuples(st.integers(0, 200), st.lists(st.integers(0, 8), min_size=1, max_size=6)),
        min_size=1,
        max_size=6,
    ),
    crowd=st.lists(st.integers(0, 220), max_size=25),
)
def test_close_copies_always_share_a_group(
    clusters: list[tuple[int, list[int]]], crowd: list[int]
) -> None:
    """However many look-alikes surround them, two photos at most threshold / 2 apart end in
    one group, unless joining them would chain photos farther than PAIR_LIMIT x threshold;
    every group's members are verified pairs of its centre or of a close copy."""
    threshold = 16
    positions = [base + off for base, offsets in clusters for off in offsets] + crowd
    n = len(positions)
    x = np.array(positions, dtype=np.int64)
    i, j = np.triu_indices(n, 1)
    dist = np.abs(x[i] - x[j])
    edge = dist <= threshold
    i, j, dist = i[edge].astype(np.int64), j[edge].astype(np.int64), dist[edge]
    pruner = _LineDistances(positions, threshold)
    groups = grouping.groups(n, i, j, dist, threshold, pruner)  # type: ignore[arg-type]
    home = {m: g for g, members in enumerate(groups) for m in members}
    assert len(home) == sum(len(g) for g in groups)  # nobody is in two groups
    label = grouping.cores(n, i, j, dist, threshold, pruner.far)
    for a, b, d in zip(i.tolist(), j.tolist(), dist.tolist(), strict=True):
        if d <= threshold // 2 and label[a] == label[b]:
            assert home.get(a) is not None and home.get(a) == home.get(b)
    for members in groups:
        span = x[members].max() - x[members].min()
        assert span <= 2 * grouping.PAIR_LIMIT * threshold  # no chains across the line
    for a, b, d in zip(i.tolist(), j.tolist(), dist.tolist(), strict=True):
        if d <= threshold // 2 and label[a] != label[b]:  # refused: joining would chain
            merged = [m for m in range(n) if label[m] in (label[a], label[b])]
            assert x[merged].max() - x[merged].min() > grouping.PAIR_LIMIT * threshold


def test_a_scan_checks_structure_from_the_decoders_thumbnails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The decoders keep a small grey picture of each photo: grouping subjects on black
    large enough to judge there needs no second decode of the files."""
    from photodedup.core import pipeline
    from photodedup.core.group import structure

    decodes: list[str] = []
    original = structure._grey_small
    monkeypatch.setattr(structure, "_grey_small", lambda p: decodes.append(p) or original(p))
    face = on_black(real("astronaut").crop((180, 60, 330, 210)), 200)
    cat = on_black(real("chelsea").crop((120, 60, 270, 210)), 200)
    folder = tmp_path / "photos"
    folder.mkdir()
    scan(folder, {"face": face, "face-half": face.reduce(2), "cat": cat})
    result = pipeline.run_scan(ScanOptions(roots=(str(folder),), use_cache=False))
    assert len(result.structure_thumbs) == 3
    names = [{Path(result.photos[m.photo].path).stem for m in g.members} for g in result.groups]
    assert names == [{"face", "face-half"}]
    assert decodes == []


def test_pale_colour_variants_stay_apart_and_grey_copies_do_not_split_them(
    tmp_path: Path,
) -> None:
    """Two inks of one pale drawing on a flat field, each with copies, and a grayscale copy
    of each: the grey copies are close to both variants.  Each variant's copies form one
    group (the grey copies once bridged the variants, so checks among one variant's copies
    were skipped and its group fell apart) and the variants never share one."""
    from tests.core.group.test_colour import _duotone

    pictures: dict[str, Image.Image] = {}
    for ink, colour in (("navy", (20, 30, 110)), ("wine", (110, 20, 45))):
        img = _duotone(colour)
        pictures |= {
            ink: img,
            f"{ink}-half": img.reduce(2),
            f"{ink}-bright": Image.eval(img, lambda v: min(255, round(v * 1.1))),
            f"{ink}-caption": captioned(img),
            f"{ink}-grey": img.convert("L").convert("RGB"),
        }
    groups = copy_groups(scan(tmp_path, pictures))
    for ink in ("navy", "wine"):
        coloured = {ink, f"{ink}-half", f"{ink}-bright", f"{ink}-caption"}
        assert any(coloured <= g for g in groups), (ink, groups)
    assert not any({"navy", "wine"} & g == {"navy", "wine"} for g in groups)
    assert not any(
        {n for n in g if not n.endswith("-grey")} & {"navy", "navy-half"}
        and {n for n in g if not n.endswith("-grey")} & {"wine", "wine-half"}
        for g in groups
    )


def test_a_grey_copy_joins_the_colour_variant_whose_tones_it_keeps(tmp_path: Path) -> None:
    """A drawing in three inks, each with copies and a grayscale copy: a grayscale
    conversion keeps its variant's luminance, so each grey copy (close to every variant by
    its pixels) ends in its own variant's group, never in another's, and the grey copies of
    two variants are not copies of each other."""
    from tests.core.group.test_colour import _duotone

    pictures: dict[str, Image.Image] = {}
    inks = {"navy": (20, 30, 110), "wine": (110, 20, 45), "olive": (90, 100, 20)}
    for ink, colour in inks.items():
        img = _duotone(colour)
        pictures |= {
            ink: img,
            f"{ink}-half": img.reduce(2),
            f"{ink}-grey": img.convert("L").convert("RGB"),
        }
    groups = copy_groups(scan(tmp_path, pictures))
    for ink in inks:
        own = {ink, f"{ink}-half", f"{ink}-grey"}
        assert own in groups, (ink, groups)


def test_a_small_subject_in_two_inks_keeps_two_groups_and_its_grey_copies(
    tmp_path: Path,
) -> None:
    """A small subject on a white page (a product shot) in two inks, each with copies and a
    grayscale copy: over the whole frame the two inks barely differ (the corpus's navy and
    teal car were one group), so the hues are compared where both pictures are coloured;
    each grey copy keeps its own variant's tones exactly and joins that group only."""
    from tests.core.group.test_colour import _small_duotone

    pictures: dict[str, Image.Image] = {}
    for ink, colour in (("navy", (40, 40, 120)), ("teal", (20, 110, 100))):
        img = _small_duotone(colour)
        pictures |= {
            ink: img,
            f"{ink}-half": img.reduce(2),
            f"{ink}-caption": captioned(img),
            f"{ink}-grey": img.convert("L").convert("RGB"),
        }
    groups = copy_groups(scan(tmp_path, pictures))
    for ink in ("navy", "teal"):
        assert {ink, f"{ink}-half", f"{ink}-caption", f"{ink}-grey"} in groups, (ink, groups)


def test_a_faint_subject_on_black_joins_its_copies_and_flat_fields_never_pair(
    tmp_path: Path,
) -> None:
    """A symbol of a few pixels on a black sky has informative hash bits but almost no
    contrast (grey std < 2), as a faintly shaded black field does: it was never compared,
    and its copies stayed alone.  Now faint pictures whose 64-px pictures show a subject
    are checked like the rest; two shaded black fields (no subject) still never pair, and
    neither do two different faint subjects."""
    from photodedup.core.fingerprint import FingerprintArrays

    def black(seed: int) -> Image.Image:
        """A black frame with faint shading (amplitude 2 grey levels) and noise."""
        rng = np.random.default_rng(seed)
        y, x = np.mgrid[0:480, 0:640]
        a, b = rng.uniform(0, 6, 2)
        shade = 12 + 2.0 * np.sin(x / 90 + a) * np.cos(y / 70 + b)
        grey = np.clip(shade + rng.normal(0, 1.0, shade.shape), 0, 255).astype(np.uint8)
        return Image.fromarray(grey).convert("RGB")

    def symbol(seed: int, cross: bool) -> Image.Image:
        """A planetary-nebula symbol (a thin ring, with a bar across for the other one),
        drawn dim on ``black``: a subject of a few pixels at 64 px."""
        canvas = black(seed)
        draw = ImageDraw.Draw(canvas)
        draw.ellipse((290, 210, 350, 270), outline=(90, 90, 90), width=3)
        if cross:  # two short ticks outside the ring instead of inside: the other symbol
            draw.line((275, 240, 288, 240), fill=(90, 90, 90), width=3)
            draw.line((352, 240, 365, 240), fill=(90, 90, 90), width=3)
        return canvas

    nebula = symbol(1, cross=False)
    pictures = {
        "nebula": nebula,
        "nebula-half": nebula.reduce(2),
        "other": symbol(2, cross=True),
        "black-1": black(3),
        "black-2": black(4),
    }
    photos = scan(tmp_path, pictures)
    fp = FingerprintArrays.from_bytes([p.fingerprint for p in photos])
    # The failure class: alike by their figures (grey std < 2, informative hash bits).
    assert (fp.figures[:, 1] < 2).all() and (fp.figures[:, 3] >= 12).all()
    assert copy_groups(photos) == [{"nebula", "nebula-half"}]


def wide_caption(img: Image.Image, text: str = "sent from my phone") -> Image.Image:
    """A caption box in the bottom-right corner, wider than a third of the picture."""
    out = img.copy()
    draw = ImageDraw.Draw(out)
    size = max(10, img.height // 18)
    font = ImageFont.load_default(size=size)
    left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
    pad = size // 2
    w, h = right - left + 2 * pad, bottom - top + 2 * pad
    x, y = img.width - w - pad, img.height - h - pad
    draw.rectangle((x, y, x + w, y + h), fill=(255, 255, 255))
    draw.text((x + pad - left, y + pad - top), text, font=font, fill=(30, 30, 30))
    return out


def corner_watermark(img: Image.Image, text: str = "photodedup.example") -> Image.Image:
    """Light text on a translucent dark box in the bottom-left corner."""
    out = img.copy()
    draw = ImageDraw.Draw(out, "RGBA")
    size = max(10, img.height // 22)
    font = ImageFont.load_default(size=size)
    left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
    x, y = size // 2, img.height - (bottom - top) - size // 2
    draw.rectangle((x - 4, y - 4, x + right - left + 4, y + bottom - top + 8), (0, 0, 0, 110))
    draw.text((x, y - top), text, font=font, fill=(255, 255, 255, 230))
    return out


def test_a_wide_caption_and_a_watermark_keep_the_copies_together(tmp_path: Path) -> None:
    """A caption wider than the corner searched first was cut at that corner's edge: the
    rest of it stayed in the structure comparison, and against a copy watermarked along
    the same bottom edge the pair failed, splitting the copies into two groups."""
    one = darker(real("brick").convert("RGB"))
    pictures = {
        "one": one,
        "one-half": one.reduce(2),
        "one-caption": wide_caption(one),
        "one-mark": corner_watermark(one),
        "two": darker(real("gravel").convert("RGB").resize((512, 512))),
    }
    pictures["two-caption"] = wide_caption(pictures["two"])
    groups = copy_groups(scan(tmp_path, pictures))
    assert {"one", "one-half", "one-caption", "one-mark"} in groups, groups
    assert not any({"one-caption", "two-caption"} <= g for g in groups)


def test_a_caption_across_a_narrow_dark_picture_keeps_its_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A portrait-shaped render on black (a bright robot low in the frame) with an app's
    caption across most of its width: at the structure check's 64 px the caption's text rows
    are mostly dark and the subject's bright parts share its corner, so the strict search
    found no box, the box stayed in the comparison and the copy was lost.  A different
    picture under the same caption stays apart."""
    from photodedup.core.fingerprint import caption
    from photodedup.core.group import residual

    def render(name: str, box: tuple[int, int, int, int]) -> Image.Image:
        canvas = Image.new("RGB", (352, 480), (0, 0, 0))
        canvas.paste(real(name).crop(box).resize((240, 240)), (56, 150))
        return canvas

    one, two = render("astronaut", (150, 40, 350, 240)), render("chelsea", (100, 20, 300, 220))
    pictures = {"one": one, "one-caption": wide_caption(one, "Shared with PhotoApp")}
    pictures |= {"two": two, "two-caption": wide_caption(two, "Shared with PhotoApp")}
    photos = scan(tmp_path, pictures)
    groups = copy_groups(photos)
    assert {"one", "one-caption"} in groups, groups
    assert not any({"one-caption", "two-caption"} <= g for g in groups)

    def strict_only(grey: np.ndarray, *, strict: bool = False) -> object:
        return caption.caption_box(grey, strict=True)

    monkeypatch.setattr(residual, "caption_box", strict_only)  # the strict search alone
    assert {"one", "one-caption"} not in copy_groups(photos)


def on_graded_sky(tiles: list[tuple[Image.Image, tuple[int, int]]]) -> Image.Image:
    """Small things (a platform, a coin) floating on a sky graded from white at the top to
    red at the bottom, as a game's level shots or a studio's backdrop show them."""
    fade = np.linspace(0.0, 1.0, 480, dtype=np.float32)[:, None, None]
    white, red = np.array([255, 255, 255], np.float32), np.array([230, 20, 10], np.float32)
    canvas = Image.fromarray(
        np.broadcast_to(white + (red - white) * fade, (480, 640, 3)).astype(np.uint8)
    )
    for tile, place in tiles:
        canvas.paste(tile, place)
    return canvas


def test_small_things_on_one_graded_sky_differ_to_the_structure_check(tmp_path: Path) -> None:
    """Against a flat median the whole gradient is subject, and two pictures of different
    small things on it correlate through it (measured 1: a sure copy); against each row's
    median only the things are, and they differ.  A half-size captioned copy still joins."""
    coins = real("coins")
    first = [
        (Image.new("RGB", (40, 8), (150, 120, 110)), (200, 160)),
        (Image.new("RGB", (50, 8), (150, 110, 120)), (400, 300)),
        (coins.crop((250, 180, 290, 200)), (300, 220)),
    ]
    second = [
        (Image.new("RGB", (45, 8), (150, 120, 110)), (380, 140)),
        (Image.new("RGB", (40, 8), (140, 120, 110)), (220, 330)),
        (coins.crop((100, 100, 140, 120)), (290, 250)),
    ]
    one, other = on_graded_sky(first), on_graded_sky(second)
    pictures = {
        "one": one,
        "other": other,
        "copy": captioned(one).reduce(2),
        "one-turned": one.rotate(90, expand=True),  # the sky now runs from left to right
        "other-turned": other.rotate(90, expand=True),
    }
    photos = scan(tmp_path, pictures)
    with StructureCheck([p.path for p in photos]) as check:
        apart, copy, turned = check.verdicts([0, 0, 3], [1, 2, 4], [-1, -1, -1])
    assert apart.distance > 2 * DEFAULT_THRESHOLD
    assert turned.distance > 2 * DEFAULT_THRESHOLD
    assert copy.distance <= DEFAULT_THRESHOLD


def hills() -> Image.Image:
    """A blue sky over green hills, a level's backdrop."""
    y = np.arange(480, dtype=np.float32)[:, None]
    x = np.arange(640, dtype=np.float32)[None, :]
    horizon = 230 + 25 * np.sin(x / 37) + 15 * np.sin(x / 13 + 1)
    sky = np.stack([120 + 135 * (y / 240), 170 + 85 * (y / 240), 250 + 0 * y], -1)
    field = np.stack([20 + 0 * y, 120 + 80 * ((480 - y) / 240), 30 + 0 * y], -1)
    pic = np.where((y < horizon)[..., None], sky + 0 * x[..., None], field + 0 * x[..., None])
    return Image.fromarray(np.clip(pic, 0, 255).astype(np.uint8))


def test_things_on_one_backdrop_at_the_candidate_edge_are_checked(tmp_path: Path) -> None:
    """Two pictures of different things on one rich backdrop: their thumbnails agree
    (distance 8) on the hills while their hashes are at the candidate radius's edge (12).
    Such a pair is no longer a copy by the fingerprint alone: the pictures (27) tell them
    apart; a half-size copy still joins."""
    one, other = scattered(hills(), 26)
    groups = copy_groups(scan(tmp_path, {"one": one, "other": other, "half": one.reduce(2)}))
    assert {"one", "half"} in groups
    assert not any({"one", "other"} <= g for g in groups)


def scattered(back: Image.Image, seed: int) -> tuple[Image.Image, Image.Image]:
    """Two pictures of a few strips of scikit-image's coins scattered on one backdrop."""
    coins, rng = real("coins"), random.Random(seed)
    count, size = rng.randint(3, 8), rng.randint(40, 110)

    def scatter() -> Image.Image:
        out = back.copy()
        for _ in range(count):
            x, y = rng.randint(0, 250), rng.randint(0, 200)
            where = (rng.randint(0, 600), rng.randint(240, 440))
            out.paste(coins.crop((x, y, x + size, y + size // 3)), where)
        return out

    return scatter(), scatter()
