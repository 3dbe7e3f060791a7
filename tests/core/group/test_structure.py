"""group.structure: pairs the fingerprint cannot decide, compared on a larger decode."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont, ImageOps

from photodedup.core.config import DEFAULT_THRESHOLD
from photodedup.core.fingerprint import TURN_NAMES
from photodedup.core.fingerprint.picture import structure_thumb
from photodedup.core.group import structure
from photodedup.core.group.align import NO_VERDICT, Features, compare, extract
from photodedup.core.group.cluster import structure_check
from photodedup.core.group.residual import FAR
from photodedup.core.group.structure import StructureCheck
from photodedup.core.store.verdicts import VerdictStore, identity_bytes
from photodedup.core.types import FileIdentity
from tests.core.group.test_texture import SURFACES, lit_planet, scan
from tests.photos import save_jpeg, textured_image


def _files(tmp_path: Path) -> list[str]:
    img = textured_image(601, (480, 360))
    logo = Image.new("RGB", (480, 360), (250, 250, 250))
    logo.paste(textured_image(602, (160, 120)), (160, 120))
    other_logo = Image.new("RGB", (480, 360), (250, 250, 250))
    other_logo.paste(textured_image(603, (160, 120)), (160, 120))
    made = [
        save_jpeg(img, tmp_path / "a.jpg", quality=95),
        save_jpeg(img.resize((240, 180)), tmp_path / "a_small.jpg", quality=60),
        save_jpeg(img.crop((20, 15, 480, 360)), tmp_path / "a_crop.jpg"),
        save_jpeg(logo, tmp_path / "logo.jpg"),
        save_jpeg(other_logo, tmp_path / "other_logo.jpg"),
        save_jpeg(ImageOps.mirror(img), tmp_path / "a_mirror.jpg"),
    ]
    return [str(p) for p in made]


def test_copies_are_close_and_look_alikes_far(tmp_path: Path) -> None:
    paths = _files(tmp_path)
    check = StructureCheck(paths, workers=1)
    small, crop, logos = check.verdicts([0, 0, 3], [1, 2, 4], [-1, -1, -1])
    assert small.distance <= 8 and small.overlap > 0.9
    assert crop.distance <= 12 and 0.55 < crop.overlap <= 1.0
    assert logos.distance > 16  # the same plain field, another subject


def test_a_turned_pair_is_compared_after_turning(tmp_path: Path) -> None:
    paths = _files(tmp_path)
    check = StructureCheck(paths, workers=1)
    mirror = TURN_NAMES.index("mirror")
    plain, turned = check.verdicts([0, 0], [5, 5], [-1, mirror])
    assert turned.distance <= 8 < plain.distance


def test_an_undecodable_file_gives_no_verdict(tmp_path: Path) -> None:
    paths = _files(tmp_path)
    (tmp_path / "broken.jpg").write_bytes(b"not a picture")
    check = StructureCheck([paths[0], str(tmp_path / "broken.jpg"), str(tmp_path / "gone.jpg")])
    assert check.verdicts([0, 0], [1, 2], [-1, -1]) == [NO_VERDICT, NO_VERDICT]
    assert NO_VERDICT.distance == FAR


def test_identical_features_compare_at_zero() -> None:
    small = np.asarray(textured_image(604, (320, 240)).convert("L"), dtype=np.float32)
    none = np.zeros((0, 2), np.float32)
    verdict = compare(Features(small, none, None), Features(small.copy(), none, None))
    assert verdict.distance == 0 and verdict.overlap > 0.95


def test_subset_renumbers_photos(tmp_path: Path) -> None:
    paths = _files(tmp_path)
    whole = StructureCheck(paths, workers=1)
    part = whole.subset([3, 4, 0, 1])
    assert part.verdicts([2], [3], [-1]) == whole.verdicts([0], [1], [-1])


def test_verdicts_are_remembered_in_the_store(tmp_path: Path) -> None:
    paths = _files(tmp_path)
    ids = [identity_bytes(p, FileIdentity.from_stat(Path(p).lstat())) for p in paths]
    store = VerdictStore(tmp_path / "verdicts.sqlite3")
    first = StructureCheck(paths, workers=1, identities=ids, store=store).verdicts([0], [1], [-1])
    Path(paths[1]).unlink()  # a second check cannot decode it: the verdict comes from the store
    again = StructureCheck(paths, workers=1, identities=ids, store=store).verdicts([0], [1], [-1])
    assert again == first and first[0].distance < FAR
    store.close()


def test_decoder_thumbnails_decide_clear_cases_without_decoding(tmp_path: Path) -> None:
    paths = _files(tmp_path)
    thumbs = {}
    for p in paths[:2]:
        with Image.open(p) as img:
            thumbs[p] = structure_thumb(img)
    for p in paths[:2]:
        Path(p).unlink()  # nothing left to decode
    check = StructureCheck(paths, workers=1, thumbs=thumbs)
    (verdict,) = check.verdicts([0], [1], [-1])
    assert verdict.distance <= 12  # a sure copy from the thumbnails alone


def test_a_bright_patch_on_a_dark_picture_does_not_set_the_scale() -> None:
    """A copy of a dark photo with an opaque white square in a corner (a sticker: too square
    for the caption detector, 5 % of the picture): the trim leaves the patch out, and the
    pixels it keeps set both pictures' scale (the patch once stretched the copy's scale
    against the original's: distance 20)."""
    from tests.core.group.test_accuracy_classes import darker, real

    plain = darker(real("coins").resize((320, 240))).convert("L")
    patched = plain.copy()
    ImageDraw.Draw(patched).rectangle((250, 170, 310, 230), fill=255)
    a, b = (np.asarray(img, dtype=np.float32) for img in (plain, patched))
    assert compare(extract(a), extract(b)).distance <= 8
    assert compare(extract(b), extract(a)).distance <= 8


def test_nearly_empty_thumbnails_do_not_call_a_png_copy_different(tmp_path: Path) -> None:
    """A drawing of thin lines, a few pixels at 64 px, on a light field, as JPEG and PNG: the
    decoders' thumbnails render the lines differently (DCT scaling vs a box filter; distance
    178 between them), so they cannot say "different" alone; the larger decode finds one
    picture.  Its keypoints are no similar-shot evidence (no inliers in the verdict)."""
    from photodedup.core.config import ScanOptions
    from photodedup.core.decode.image import analyse_file_full
    from photodedup.core.types import PhotoFile

    ship = Image.new("RGB", (800, 600), (240, 240, 240))
    draw = ImageDraw.Draw(ship)
    draw.rectangle((360, 280, 440, 310), outline=(90, 90, 90), width=1)
    draw.line((370, 280, 390, 265), fill=(60, 60, 60), width=1)
    draw.line((390, 265, 420, 265), fill=(60, 60, 60), width=1)
    draw.line((365, 300, 435, 300), fill=(120, 120, 120), width=1)
    paths = [tmp_path / "ship.jpg", tmp_path / "ship.png"]
    ship.save(paths[0], quality=92)
    ship.save(paths[1])
    thumbs = {}
    for path in paths:
        file = PhotoFile(str(path), FileIdentity.from_stat(path.stat()), str(tmp_path))
        thumbs[str(path)] = analyse_file_full(file, ScanOptions())[2]
    check = StructureCheck([str(p) for p in paths], workers=1, thumbs=thumbs)
    one, other = check.verdicts([0, 1], [1, 0], [-1, -1])
    assert one.distance <= 12 and other.distance <= 12
    assert one.inliers == other.inliers == 0


def test_a_wide_caption_the_detector_misses_is_left_out_of_the_subject() -> None:
    """A chain of rings on black and its copy with an app's caption ("Shared with
    PhotoApp", 73 % of the width) over its end: the rings touch the box, so the caption
    detector does not see it; the corner box left out of the subject comparison is wide
    enough for one line of text (it reached 60 % of the width: distance 129)."""
    plain = Image.new("L", (320, 320), 0)
    draw = ImageDraw.Draw(plain)
    for k in range(8):
        x, y = 280 - 32 * k, 20 + 36 * k
        draw.ellipse((x - 14, y - 14, x + 14, y + 14), outline=235, width=6)
    captioned = plain.copy()
    draw = ImageDraw.Draw(captioned)
    draw.rectangle((8, 262, 240, 296), fill=255)
    draw.text((16, 268), "Shared with PhotoApp", font=ImageFont.load_default(size=18), fill=30)
    a, b = (np.asarray(img, dtype=np.float32) for img in (plain, captioned))
    assert compare(extract(a), extract(b)).distance <= 8


def test_thumbnail_verdicts_on_threads_are_the_serial_ones(tmp_path: Path) -> None:
    paths = _files(tmp_path)
    thumbs = {}
    for p in paths:
        with Image.open(p) as img:
            thumbs[p] = structure_thumb(img)
    pairs = [(a, b) for a in range(len(paths)) for b in range(len(paths)) if a != b]
    first, second = [a for a, _ in pairs], [b for _, b in pairs]
    serial = StructureCheck(paths, workers=1, thumbs=thumbs).verdicts(first, second, [-1] * 30)
    threaded = StructureCheck(paths, workers=2, thumbs=thumbs).verdicts(first, second, [-1] * 30)
    assert len(pairs) == 30 and threaded == serial


def test_verdicts_on_the_larger_pictures_on_threads_are_the_serial_ones(tmp_path: Path) -> None:
    paths = _files(tmp_path)  # no decoder thumbnails: every pair is compared on the pictures
    pairs = [(a, b) for a in range(len(paths)) for b in range(len(paths)) if a != b]
    first, second = [a for a, _ in pairs], [b for _, b in pairs]
    serial = StructureCheck(paths, workers=1).verdicts(first, second, [-1] * 30)
    threaded = StructureCheck(paths, workers=2).verdicts(first, second, [-1] * 30)
    assert len(pairs) == 30 and threaded == serial
    assert serial[first.index(0)].distance <= 8  # a.jpg and its small copy: a real comparison


def test_the_residual_sorts_where_numpy_would_select_and_gets_the_same_numbers() -> None:
    """The residual's median and trim use a sort (equal pixels, a black sky, make numpy's
    selection slow): the same values as ``np.median`` and the partition they replace."""
    from photodedup.core.group import residual

    rng = np.random.default_rng(7)
    for n in (1, 2, 3, 8, 999, 1000, 4096):
        steps = rng.integers(0, 4, n).astype(np.float32) * np.float32(37.5)  # runs of ties
        for values in (steps, steps + rng.standard_normal(n).astype(np.float32)):
            got, want = residual._median(values), np.median(values)
            assert got == want and got.dtype == want.dtype
    x = rng.integers(0, 3, 3000).astype(np.float32) * np.float32(40.0)
    y = x + (rng.random(3000) < 0.1).astype(np.float32) * np.float32(90.0)  # a few changed
    count = int(len(x) * (1 - residual.TRIM))
    pair = np.stack([x, y])
    mid, spread = residual._centre_spread(pair)
    errors = residual._errors(pair, mid, spread)
    kept = errors <= np.partition(errors, count - 1)[count - 1]
    mid, narrow = residual._centre_spread(pair[:, kept])
    narrow *= max(1.0, float(np.min(spread / narrow)))
    errors = residual._errors(pair, mid, narrow)
    want = float(np.partition(errors, count - 1)[:count].mean())
    assert abs(residual._trimmed_error(x, y) - want) <= 1e-12 * max(1.0, abs(want))


def test_the_subjects_correlations_in_one_product_equal_them_one_by_one() -> None:
    """The 13 correlations of the subject residual (every subject pixel, then those outside
    each caption-sized corner box) come from one set of matrix products: the same numbers
    as each measured on its own, the 0 of too few pixels and the 1 of no spread included."""
    from photodedup.core.group import residual

    def one_by_one(dx: np.ndarray, dy: np.ndarray, valid: np.ndarray) -> float:
        level = residual.CONTENT_LEVEL
        subject = valid & ((np.abs(dx) > level) | (np.abs(dy) > level))
        masks = residual._keep_masks(*dx.shape).astype(bool).reshape(-1, *dx.shape)
        found = []
        for keep in masks:
            x, y = dx[subject & keep], dy[subject & keep]
            if len(x) < residual.CONTENT_MIN:
                found.append(0.0)
                continue
            u, v = x - x.mean(), y - y.mean()
            norm = float(np.sqrt(np.square(u).sum() * np.square(v).sum()))
            found.append(1.0 - float((u * v).sum()) / norm if norm > 0 else 1.0)
        return min(found)

    rng = np.random.default_rng(11)
    for shape in ((48, 64), (64, 43), (64, 64)):
        base = rng.integers(0, 256, shape).astype(np.float32)
        flat = np.full(shape, 200.0, dtype=np.float32)
        flat[-8:, -20:] = 20.0  # a subject only in a corner box: no spread elsewhere
        for a, b in ((base, base + rng.normal(0, 9, shape)), (base, base[::-1]), (flat, flat)):
            dx, dy = a - 128, (b - 128).astype(np.float32)
            valid = rng.random(shape) < 0.9
            got, want = residual._subject_decorrelation(dx, dy, valid)[0], one_by_one(dx, dy, valid)
            assert abs(got - want) <= 1e-6, (shape, got, want)  # float64 against float32
        few = np.zeros(shape, dtype=np.float32)
        few[0, :3] = 50.0  # 3 subject pixels: nothing to correlate
        assert residual._subject_decorrelation(few, few, np.ones(shape, dtype=bool))[0] == 0.0


def test_a_graded_sky_is_background_and_a_watermarks_rows_are_not() -> None:
    """The rows' background follows a sky's gradient exactly, and five rows that a band
    darkens by 80 levels across most of the width move it no more than the sky itself
    changes over the running median's rows."""
    from photodedup.core.group import residual

    sky = np.repeat(np.linspace(250, 60, 48, dtype=np.float32)[:, None], 64, axis=1)
    valid = np.ones(sky.shape, dtype=bool)
    assert np.array_equal(residual._row_medians(sky, valid)[:, 0], sky[:, 0])
    banded = sky.copy()
    banded[40:45, :50] -= 80  # a watermark's band, five rows high, across 78 % of the width
    moved = np.abs(residual._row_medians(banded, valid) - residual._row_medians(sky, valid))
    assert moved.max() <= (250 - 60) / 47 * residual.ROW_WINDOW


def test_a_guessed_turn_is_taken_for_whole_pictures_only() -> None:
    """A turned candidate whose thumbnails differ under the turn its keys found is tried
    under the turn its 16-px pictures agree best with (a centred subject's keys match under
    several turns): taken where the whole pictures align, not for a partial window (a
    campfire's 20 % crop, mirrored onto a moon, was a copy at overlap 0.76)."""
    from photodedup.core.group.align import SURE_COPY
    from photodedup.core.group.thumbs import SURE_DIFFERENT, thumb_verdict
    from tests.core.group.test_accuracy_classes import real

    photo = real("astronaut").convert("RGB")
    w, h = photo.size
    mirrored = structure_thumb(photo.transpose(Image.Transpose.FLIP_LEFT_RIGHT))
    crop = photo.crop((w // 10, h // 10, w - w // 10, h - h // 10))
    wrong = TURN_NAMES.index("rotate180")  # the keys' turn; the pictures agree mirrored
    whole, final = thumb_verdict((structure_thumb(photo), mirrored, wrong))
    assert whole.distance <= SURE_COPY and final
    partial, final = thumb_verdict((structure_thumb(crop), mirrored, wrong))
    assert partial.distance >= SURE_DIFFERENT and final


def test_verdicts_do_not_depend_on_what_the_check_held_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Four planets lit alike (their thumbnails call every pair a copy, their textures
    tell them apart).  A check that held two of their pictures from an earlier call, with
    room for two, judges the six pairs as a new check does, and holds no more than two:
    before session 26 the pictures it held were pushed out by the ones it loaded, and
    their pairs kept the thumbnails' verdict unchecked (copies)."""
    pictures = {name: (lit_planet(name), 92) for name in SURFACES}
    photos, thumbs = scan(tmp_path, pictures)
    pairs = list(itertools.combinations(range(len(photos)), 2))
    i, j = [a for a, _ in pairs], [b for _, b in pairs]
    with structure_check(photos, thumbs=thumbs) as fresh:
        expected = fresh.verdicts(i, j, [-1] * len(i))
    assert all(v.distance > DEFAULT_THRESHOLD for v in expected)
    monkeypatch.setattr(structure, "_CACHE_SIZE", 2)
    with structure_check(photos, thumbs=thumbs) as check:
        check.verdicts([0], [1], [-1])
        assert check.verdicts(i, j, [-1] * len(i)) == expected
        assert len(check._cache) <= 2  # judged in parts that fit, not all pictures at once
