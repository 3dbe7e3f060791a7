"""Colour evidence (group/colour.py): copies agree, colour variants of one picture do not."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageEnhance, ImageOps
from skimage import data

from photodedup.core.fingerprint import FingerprintArrays
from photodedup.core.group import colour
from tests.core.group.test_candidates import _fp, _synthetic
from tests.core.test_fingerprint import jpeg, textured


def test_colours_of_copies_agree_and_of_recoloured_variants_do_not() -> None:
    img = textured(203)
    r, g, b = img.split()
    swapped = Image.merge("RGB", (b, r, g))  # same drawing, other colours
    grey = img.convert("L").convert("RGB")
    fp = _fp(img, jpeg(img, 50), swapped, grey)
    i = np.array([0, 0, 0], dtype=np.int64)
    j = np.array([1, 2, 3], dtype=np.int64)
    assert colour.colour_agrees(fp, i, j).tolist() == [True, False, True]  # grey: no evidence
    assert colour.colourfulness(fp)[3] < 1.0 < colour.colourfulness(fp)[0]


def test_without_colour_data_everything_agrees() -> None:
    fp = _synthetic([0, 1], [0, 1])
    assert colour.colour_agrees(fp, np.array([0]), np.array([1])).tolist() == [True]
    assert colour.colourfulness(fp).tolist() == [0.0, 0.0]


def _duotone(ink: tuple[int, int, int]) -> Image.Image:
    """A real photo's subject (scikit-image's astronaut, grey, lightened) printed in one
    pale ink on an off-white field, as the duotone variants of one drawing are: the colour
    covers a fifth of the frame, so the mean chroma barely differs between two inks."""
    subject = ImageOps.grayscale(Image.fromarray(data.astronaut())).resize((260, 260))
    subject = subject.point(lambda v: round(v * 0.4 + 255 * 0.6))
    tinted = ImageOps.colorize(subject, black=ink, white=(247, 246, 240))
    field = Image.new("RGB", (640, 480), (247, 246, 240))
    field.paste(tinted, (190, 110))
    return field


def _captioned(img: Image.Image) -> Image.Image:
    out = img.copy()
    draw = ImageDraw.Draw(out)
    draw.rectangle((20, 400, 280, 460), fill="white")
    draw.text((30, 420), "sent from my phone", fill="black")
    return out


def _reencoded(img: Image.Image) -> Image.Image:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=40)
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


def test_a_pale_subject_in_other_inks_disagrees_and_its_copies_agree(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    navy, wine = _duotone((20, 30, 110)), _duotone((110, 20, 45))
    teal = _duotone((10, 90, 90))
    copies = [
        _reencoded(navy),
        ImageEnhance.Brightness(navy).enhance(1.15),
        ImageEnhance.Contrast(navy).enhance(0.85),
        _captioned(navy),
        navy.resize((320, 240)),
    ]
    fp = _fp(navy, wine, teal, *copies)
    others = np.arange(1, len(fp), dtype=np.int64)
    agrees = colour.colour_agrees(fp, np.zeros(len(others), dtype=np.int64), others).tolist()
    assert agrees == [False, False] + [True] * len(copies)
    # The recoloured cells alone let the inks pass (the hue correlation tells them apart).
    monkeypatch.setattr(colour, "HUE_CORRELATION", -1.0)
    monkeypatch.setattr(colour, "FAINT_CORRELATION", -1.0)
    assert colour.colour_agrees(fp, np.zeros(2, dtype=np.int64), others[:2]).tolist() == [
        True,
        True,
    ]


def test_hue_evidence_needs_colour_on_both_sides() -> None:
    navy = _duotone((20, 30, 110))
    fp: FingerprintArrays = _fp(navy, navy.convert("L").convert("RGB"))
    assert colour.colour_agrees(fp, np.array([0]), np.array([1])).tolist() == [True]


def _small_duotone(ink: tuple[int, int, int], side: int = 90) -> Image.Image:
    """:func:`_duotone` with a small subject (a product shot: a car on a white page)."""
    subject = ImageOps.grayscale(Image.fromarray(data.astronaut())).resize((side, side))
    tinted = ImageOps.colorize(subject, black=ink, white=(247, 246, 240))
    field = Image.new("RGB", (640, 480), (247, 246, 240))
    field.paste(tinted, (265, 185))
    return field


def test_a_small_subject_in_two_inks_disagrees_where_both_are_coloured(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    navy, teal = _small_duotone((40, 40, 120)), _small_duotone((20, 110, 100))
    copies = [
        _reencoded(navy),
        ImageEnhance.Brightness(navy).enhance(1.15),
        ImageEnhance.Contrast(navy).enhance(0.85),
        _captioned(navy),
        navy.resize((320, 240)),
    ]
    fp = _fp(navy, teal, *copies)
    others = np.arange(1, len(fp), dtype=np.int64)
    agrees = colour.colour_agrees(fp, np.zeros(len(others), dtype=np.int64), others).tolist()
    assert agrees == [False] + [True] * len(copies)
    # Over the whole grid the subject is too small to count: only the cells where both
    # pictures are coloured tell the inks apart.
    monkeypatch.setattr(colour, "HUE_CELLS", 65)
    assert colour.colour_agrees(fp, np.array([0]), np.array([1])).tolist() == [True]


def _faint_lines(ink: tuple[int, int, int]) -> Image.Image:
    """A real photo's edges (scikit-image's coffee cup) drawn as thin pale lines in one
    ink on an off-white page, as a pencil sketch's duotone variants are: each 8x8 cell
    carries a chroma of about one level, too little for the hue correlation."""
    edges = ImageOps.grayscale(Image.fromarray(data.coffee())).resize((640, 480))
    arr = np.asarray(edges, dtype=np.float32)
    gy, gx = np.gradient(arr)
    line = np.clip(np.hypot(gx, gy) / 40.0, 0, 1)[..., None]  # 0 page, 1 line
    page = np.array((247, 246, 240), np.float32)
    pale = page + (np.array(ink, np.float32) - page) * 0.1
    return Image.fromarray((page * (1 - line) + pale * line).astype(np.uint8))


def test_faint_inks_whose_hues_run_against_each_other_disagree() -> None:
    """Pale teal and pale wine lines of one sketch (the straw tote's duotones in the
    corpus): below the hue correlation's colour floor, yet opposite hues; the copies of
    one ink still agree."""
    teal, wine = _faint_lines((10, 110, 110)), _faint_lines((120, 20, 50))
    copies = [_reencoded(teal), teal.resize((320, 240)), ImageEnhance.Contrast(teal).enhance(0.85)]
    fp = _fp(teal, wine, *copies)
    energy = np.sqrt(np.square(colour._centred(fp.chroma.astype(np.float64))).sum(axis=1).mean(1))
    assert energy[0] < colour.HUE_ENERGY and energy[1] < colour.HUE_ENERGY
    others = np.arange(1, len(fp), dtype=np.int64)
    agrees = colour.colour_agrees(fp, np.zeros(len(others), dtype=np.int64), others).tolist()
    assert agrees == [False] + [True] * len(copies)


def _pale_wash(ink: tuple[int, int, int]) -> Image.Image:
    """A real photo (scikit-image's coffee cup) washed out to a sixth of its contrast and
    printed in one ink on an off-white page: the ink spreads thinly over the whole frame."""
    grey = ImageOps.grayscale(Image.fromarray(data.coffee())).resize((640, 480))
    pale = grey.point(lambda v: round(v * 0.15 + 255 * 0.85))
    return ImageOps.colorize(pale, black=ink, white=(247, 246, 240))


def test_faint_inks_whose_tints_point_two_ways_disagree(monkeypatch: pytest.MonkeyPatch) -> None:
    """A pale lavender and a pale teal print of one picture on one paper (the straw tote's
    duotones in the corpus): too faint for the hue correlation, and their hues correlate
    (both a little blue), yet what darkens each picture moves its chroma another way; the
    lavender's copies still agree."""
    lavender, teal = _pale_wash((110, 100, 170)), _pale_wash((10, 110, 110))
    copies = [
        _reencoded(lavender),
        lavender.resize((320, 240)),
        ImageEnhance.Contrast(lavender).enhance(0.85),
        ImageEnhance.Brightness(lavender).enhance(1.1),
        _captioned(lavender),
    ]
    fp = _fp(lavender, teal, *copies)
    x = colour._centred(fp.chroma.astype(np.float64))
    assert colour._correlation(x[:1], x[1:2])[0] > colour.FAINT_CORRELATION
    others = np.arange(1, len(fp), dtype=np.int64)
    agrees = colour.colour_agrees(fp, np.zeros(len(others), dtype=np.int64), others).tolist()
    assert agrees == [False] + [True] * len(copies)
    turned = colour.colour_agrees_turned(fp, np.array([0]), np.array([1])).tolist()
    assert turned == [False]  # no turn of the grid makes one ink the other
    monkeypatch.setattr(colour, "TINT_AGREE", -1.1)  # without the tints
    assert colour.colour_agrees(fp, np.array([0]), np.array([1])).tolist() == [True]


def _badge(ink: tuple[int, int, int], crop: tuple[int, int, int, int]) -> Image.Image:
    """A small subject of a real photo (a part of scikit-image's astronaut), printed in one
    ink, in the middle of a black sky: it covers a cell or two of the 8x8 colour grid."""
    grey = ImageOps.grayscale(Image.fromarray(data.astronaut()).crop(crop)).resize((70, 70))
    tone = np.asarray(grey, dtype=np.float32)[..., None] / 255.0
    subject = Image.fromarray(((0.3 + 0.7 * tone) * np.array(ink, np.float32)).astype(np.uint8))
    field = Image.new("RGB", (640, 480), (12, 12, 14))
    field.paste(subject, (300, 230))
    return field


def test_small_subjects_whose_hues_run_against_each_other_disagree(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A purple subject and an olive one at the same place on a black sky (the corpus's
    shamrock and gymnastics badge): their coloured cells are the ones the cell-wise
    comparison trims, so only their summed hues tell them apart; the purple one's copies,
    a border crop that shifts it across the grid among them, still agree."""
    purple = _badge((150, 90, 230), (180, 60, 330, 210))
    olive = _badge((150, 150, 60), (200, 250, 350, 400))
    w, h = purple.size
    copies = [
        _reencoded(purple),
        purple.crop((w * 4 // 100, h * 3 // 100, w, h)),
        purple.resize((320, 240)),
        ImageEnhance.Brightness(purple).enhance(1.15),
    ]
    fp = _fp(purple, olive, *copies)
    others = np.arange(1, len(fp), dtype=np.int64)
    agrees = colour.colour_agrees(fp, np.zeros(len(others), dtype=np.int64), others).tolist()
    assert agrees == [False] + [True] * len(copies)
    monkeypatch.setattr(colour, "SUBJECT_AGAINST", -1.1)  # without the summed hues
    assert colour.colour_agrees(fp, np.array([0]), np.array([1])).tolist() == [True]


def _planet(saturation: float) -> Image.Image:
    """A real photo's surface (scikit-image's moon) as a blue disc on a black sky, as vivid
    or as pale as ``saturation`` (1: as painted): Neptune and Uranus at a glance."""
    surface = ImageOps.grayscale(Image.fromarray(data.moon())).resize((380, 380))
    disc = ImageOps.colorize(surface, black=(10, 40, 140), white=(120, 190, 255))
    disc = ImageEnhance.Color(disc).enhance(saturation)
    mask = Image.new("L", disc.size, 0)
    ImageDraw.Draw(mask).ellipse((0, 0, 379, 379), fill=255)
    sky = Image.new("RGB", (640, 480), (2, 2, 3))
    sky.paste(disc, (130, 50), mask)
    return sky


def test_a_vivid_and_a_pale_picture_whose_hues_run_alike_disagree(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Two planets of one hue, one three times as colourful: the hue correlation sees one
    picture; their colourfulness does not.  The vivid one's copies (brightness and contrast
    edits move colour by ~15 %, a caption box adds a white corner) still agree."""
    vivid, pale = _planet(1.0), _planet(0.3)
    copies = [
        _reencoded(vivid),
        ImageEnhance.Brightness(vivid).enhance(0.85),
        ImageEnhance.Contrast(vivid).enhance(0.85),
        _captioned(vivid),
        vivid.resize((320, 240)),
    ]
    fp = _fp(vivid, pale, *copies)
    others = np.arange(1, len(fp), dtype=np.int64)
    agrees = colour.colour_agrees(fp, np.zeros(len(others), dtype=np.int64), others).tolist()
    assert agrees == [False] + [True] * len(copies)
    monkeypatch.setattr(colour, "SATURATION_RATIO", 100.0)  # without the colourfulness
    assert colour.colour_agrees(fp, np.array([0]), np.array([1])).tolist() == [True]


def _recoloured_in_part(img: Image.Image, shift: int) -> Image.Image:
    """``img`` with the hue of its central quarter turned by ``shift`` (of 256): one drawing
    recoloured in part, as a game's zombie of a living creature is."""
    hsv = np.asarray(img.convert("HSV")).copy()
    h, w = hsv.shape[:2]
    centre = hsv[h // 4 : 3 * h // 4, w // 4 : 3 * w // 4, 0]
    hsv[h // 4 : 3 * h // 4, w // 4 : 3 * w // 4, 0] = (centre.astype(int) + shift) % 256
    return Image.fromarray(hsv, "HSV").convert("RGB")


def test_a_picture_recoloured_in_part_differs_and_its_copies_do_not() -> None:
    """scikit-image's astronaut with the hue of its middle turned: most cells keep their
    hue (the hue correlation sees one picture), the aligned residual does not.  Copies,
    a border crop and a captioned one included, measure far below RECOLOURED."""
    img = Image.fromarray(data.astronaut()).convert("RGB")
    w, h = img.size
    copies = [
        _reencoded(img),
        ImageEnhance.Brightness(img).enhance(0.85),
        ImageEnhance.Contrast(img).enhance(0.85),
        img.resize((w // 2, h // 2)),
        img.crop((int(w * 0.04), int(h * 0.02), w - int(w * 0.01), h - int(h * 0.05))),
        _captioned(img),
    ]
    fp = _fp(img, _recoloured_in_part(img, 80), *copies)
    i = np.zeros(len(fp) - 1, dtype=np.int64)
    j = np.arange(1, len(fp), dtype=np.int64)
    assert colour.colour_agrees(fp, i, j).all()  # the other rules see one picture
    assert colour.recoloured(fp, i, j).tolist() == [True] + [False] * len(copies)
    x = colour._centred(fp.chroma[i[1:]].astype(np.float64))  # type: ignore[index]
    y = colour._centred(fp.chroma[j[1:]].astype(np.float64))  # type: ignore[index]
    assert colour._aligned_residual(x, y).max() < colour.RECOLOURED / 4


def test_an_aligned_grid_is_its_own_copy_and_a_moved_one_is_found() -> None:
    """The resampling matrices: the identity is among them, and a grid shifted by a
    quarter of a cell is matched by one of them (its residual falls)."""
    rng = np.random.default_rng(3)
    grid = rng.normal(0, 10, (1, 2, 8, 8))
    cells = grid.reshape(1, 2, 64)
    assert colour._aligned_residual(cells, cells)[0] == 0.0
    shift = np.kron(colour._resample(8, 1.0, 0.25), colour._resample(8, 1.0, 0.0))
    moved = np.einsum("pcn,mn->pcm", cells, shift)
    plain = np.square(moved - cells).sum() / (np.square(moved).sum() + np.square(cells).sum())
    assert colour._aligned_residual(cells, moved)[0] < plain / 10


def test_a_mirrored_copy_is_compared_in_its_best_orientation() -> None:
    """Under the rotation option a mirrored copy's colours lie elsewhere in the grid: as it
    is, it measures apart from its original; in its best orientation it does not, while the
    recoloured picture stays apart in every orientation."""
    img = Image.fromarray(data.astronaut()).convert("RGB")
    other = _recoloured_in_part(img, 80)
    fp = _fp(ImageOps.mirror(img), ImageOps.mirror(other), img)
    i, j = np.array([0, 1], dtype=np.int64), np.array([2, 2], dtype=np.int64)
    assert colour.recoloured(fp, i, j).tolist() == [True, True]  # as they are
    assert colour.recoloured_turned(fp, i, j).tolist() == [False, True]
