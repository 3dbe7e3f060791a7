"""Fingerprints: stable serialization, pinned output, robustness, low-information flags."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image, ImageEnhance

from photodedup.core import fingerprint as hashing
from photodedup.core.fingerprint import FINGERPRINT_BYTES, Fingerprint, fingerprint_image
from photodedup.core.fingerprint.caption import caption_box


def textured(seed: int, size: tuple[int, int] = (320, 240)) -> Image.Image:
    """A smooth random 'photo': low-frequency noise blobs plus fine texture (RGB)."""
    rng = np.random.default_rng(seed)
    w, h = size
    coarse = rng.random((6, 8, 3)) * 255
    base = np.asarray(
        Image.fromarray(coarse.astype(np.uint8)).resize((w, h), Image.Resampling.BICUBIC),
        dtype=np.float32,
    )
    fine = rng.normal(0, 12, (h, w, 3))
    return Image.fromarray(np.clip(base + fine, 0, 255).astype(np.uint8))


def jpeg(img: Image.Image, quality: int) -> Image.Image:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality)
    buf.seek(0)
    return Image.open(buf).convert("RGB")


def golden_image() -> Image.Image:
    """A fixed synthetic image, computed without any random generator."""
    y, x = np.mgrid[0:96, 0:128]
    arr = (np.sin(x / 9.0) * 60 + np.cos(y / 7.0) * 50 + (x * y) % 37 + 100).astype(np.uint8)
    return Image.fromarray(arr, "L")


def test_golden_values_are_pinned() -> None:
    """Changing the algorithm must bump ALGO_ID and update these (the cache relies on it)."""
    fp = fingerprint_image(golden_image())
    assert hashing.ALGO_ID == "pd9-caption-aspect"
    assert f"{fp.key:016x}" == GOLDEN_KEY
    assert f"{fp.centre_key:016x}" == GOLDEN_CENTRE_KEY
    assert (fp.mean, fp.spread, fp.detail, fp.informative) == GOLDEN_FIGURES
    assert fp.thumb[:8].hex() == GOLDEN_THUMB_HEAD
    assert [f"{k:016x}" for k in fp.turned_keys[:2]] == GOLDEN_TURNED_HEAD
    assert fp.chroma == bytes([128]) * hashing.CHROMA_BYTES  # a grey picture: no chroma
    assert fp.captured == 0  # no EXIF: no capture instant


# Pinned with Pillow 13.0 / numpy 2.4 (identical to pd3, computed with scipy 1.17).
GOLDEN_KEY = "f8059906f8f845f9"
GOLDEN_CENTRE_KEY = "da212525dacadada"
GOLDEN_FIGURES = (125, 53, 4, 17)
GOLDEN_THUMB_HEAD = "b1d8d1a7786683b4"
GOLDEN_TURNED_HEAD = ["ad50cd53adad50ac", "f8fa98f9f8070506"]  # mirror, flip (pd5)


def reference_hash(grid: np.ndarray) -> tuple[int, int, int, int, int]:
    """The fingerprint figures from the full 32x32 orthonormal DCT-II, straight from its
    definition (what scipy.fft.dctn(norm="ortho") gives; pd3 used that)."""
    n = grid.shape[0]
    k, i = np.mgrid[0:n, 0:n]
    basis = np.cos(np.pi * (2 * i + 1) * k / (2 * n)) * np.sqrt(2 / n)
    basis[0] /= np.sqrt(2)
    dct = basis @ grid @ basis.T
    dct[np.abs(dct) < 1e-9] = 0.0  # the exact zeros of bars and flat areas
    low = dct[:8, :8].ravel()
    median = np.median(low)
    energy = np.square(dct)
    ac = energy.sum() - energy[0, 0]
    ac_rms = np.sqrt(ac / (n * n - 1))
    informative = int(np.count_nonzero(np.abs(low - median) > 0.25 * ac_rms))
    detail = (ac - (energy[:8, :8].sum() - energy[0, 0])) / ac if ac > 0 else 0.0
    key = int.from_bytes(np.packbits(low > median).tobytes(), "big")
    spread = min(255, round(float(grid.std())))
    return key, round(float(grid.mean())), spread, round(255 * detail), informative * (ac > 0)


@pytest.mark.parametrize("seed", range(40))
def test_fast_dct_matches_the_full_transform(seed: int) -> None:
    rng = np.random.default_rng(seed)
    grid = rng.integers(0, 256, (32, 32)).astype(np.float64)
    if seed % 4 == 1:  # smooth
        grid = np.cumsum(np.cumsum(rng.normal(0, 1, (32, 32)), 0), 1)
        grid = np.round((grid - grid.min()) / (np.ptp(grid) or 1) * 255)
    elif seed % 4 == 2:  # bars: many coefficients exactly zero, ties at the median
        grid = np.repeat(rng.integers(0, 256, (32, 1)), 32, axis=1).astype(np.float64)
    elif seed % 4 == 3:  # flat
        grid = np.full((32, 32), float(rng.integers(0, 256)))
    assert hashing._hash_and_figures(grid) == reference_hash(grid)


def test_serialization_round_trip_and_fixed_size() -> None:
    fp = fingerprint_image(textured(1))
    data = fp.to_bytes()
    assert len(data) == FINGERPRINT_BYTES <= 500
    assert Fingerprint.from_bytes(data) == fp
    parsed = hashing.FingerprintArrays.from_bytes([data, data])
    assert int(parsed.keys[1]) == fp.key
    assert int(parsed.centre_keys[1]) == fp.centre_key != fp.key
    assert parsed.thumbs[0].tobytes() == fp.thumb
    assert tuple(parsed.figures[0]) == (fp.mean, fp.spread, fp.detail, fp.informative)


@pytest.mark.parametrize(
    "edit",
    [
        lambda im: im.resize((160, 120), Image.Resampling.LANCZOS),
        lambda im: jpeg(im, 40),
        lambda im: ImageEnhance.Brightness(im).enhance(1.15),
        lambda im: ImageEnhance.Contrast(im).enhance(0.85),
        lambda im: im.convert("L"),
    ],
    ids=["resize", "jpeg40", "brightness", "contrast", "grey"],
)
def test_key_is_robust_to_mild_edits(edit) -> None:
    img = textured(2)
    assert hashing.hamming(fingerprint_image(img).key, fingerprint_image(edit(img)).key) <= 6


def test_different_pictures_have_far_keys() -> None:
    keys = [fingerprint_image(textured(s)).key for s in range(6)]
    assert min(hashing.hamming(a, b) for a in keys for b in keys if a != b) >= 14


def test_same_fingerprint_from_reduced_decode() -> None:
    """The pipeline hashes a draft-reduced decode; that must barely change the key."""
    img = textured(3, (1024, 768))
    small = img.reduce(8)  # what JPEG DCT scaling gives at 1/8
    assert min(small.size) >= hashing.DECODE_MIN_SIDE
    assert hashing.hamming(fingerprint_image(img).key, fingerprint_image(small).key) <= 4


@pytest.mark.parametrize(
    "img",
    [
        Image.new("RGB", (200, 150), (0, 0, 0)),
        Image.new("RGB", (200, 150), (255, 255, 255)),
        Image.new("RGB", (200, 150), (30, 120, 200)),
        Image.new("RGBA", (200, 150), (0, 0, 0, 0)),
    ],
    ids=["black", "white", "blue", "transparent"],
)
def test_flat_pictures_are_not_informative(img: Image.Image) -> None:
    fp = fingerprint_image(img)
    assert fp.spread == 0
    parsed = hashing.FingerprintArrays.from_bytes([fp.to_bytes()])
    assert not parsed.informative()[0]


def test_bars_and_two_tone_pictures_are_not_informative() -> None:
    shot = Image.new("RGB", (400, 250), (250, 250, 250))
    shot.paste((60, 60, 70), (0, 0, 400, 24))  # a blank screenshot with a title bar
    two = Image.new("RGB", (320, 240), (20, 20, 20))
    two.paste((230, 200, 40), (0, 0, 320, 100))
    blobs = [fingerprint_image(im).to_bytes() for im in (shot, two, textured(4))]
    assert hashing.FingerprintArrays.from_bytes(blobs).informative().tolist() == [
        False,
        False,
        True,
    ]


def test_flat_centre_reuses_the_full_key() -> None:
    """A blank centre (sky) must not give a degenerate second key that matches anything."""
    img = Image.new("L", (320, 240), 250)
    img.paste(textured(6).convert("L").crop((0, 0, 320, 20)), (0, 220))
    fp = fingerprint_image(img)
    assert fp.centre_key == fp.key


def test_keys_ignore_a_corner_caption() -> None:
    """A caption box on a darker picture is painted over before hashing (0.1: only the
    centre key ignored it, the full key moved by 10+ bits: 16 here unpainted)."""
    img = Image.fromarray((np.asarray(textured(7), np.float32) * 0.5).astype(np.uint8))
    marked = img.copy()
    marked.paste((255, 255, 255), (240, 215, 316, 236))
    a, b = fingerprint_image(img), fingerprint_image(marked)
    assert hashing.hamming(a.centre_key, b.centre_key) <= 4
    assert hashing.hamming(a.key, b.key) <= 4


def test_a_bright_blob_is_not_a_caption() -> None:
    grey = np.zeros((48, 64), dtype=np.float32)
    grey[36:46, 40:60] = 255  # a filled box with a bright rim around it: sky, not a caption
    grey[34:48, 38:62] = np.maximum(grey[34:48, 38:62], 230)
    assert caption_box(grey) is None
    grey = np.full((48, 64), 20, dtype=np.float32)
    grey[40:46, 36:62] = 250  # a wide opaque box on a dark picture
    assert caption_box(grey) == (40, 46, 36, 62)


def test_blur_lowers_detail() -> None:
    from PIL import ImageFilter

    y, x = np.mgrid[0:240, 0:320]
    checker = (x // 20 + y // 20) % 2 * 50.0
    blobs = np.asarray(textured(5).convert("L"), dtype=np.float64) * 0.7
    img = Image.fromarray((blobs + checker).astype(np.uint8), "L")
    sharp = fingerprint_image(img).detail
    blurred = fingerprint_image(img.filter(ImageFilter.GaussianBlur(8))).detail
    assert blurred * 4 < sharp


@pytest.mark.parametrize("k", range(hashing.TURNS))
def test_turned_keys_find_turned_copies(k: int) -> None:
    """A copy mirrored or turned without an EXIF tag has the key of the turned grid."""
    transposes = [
        Image.Transpose.FLIP_LEFT_RIGHT,
        Image.Transpose.FLIP_TOP_BOTTOM,
        Image.Transpose.ROTATE_180,
        Image.Transpose.TRANSPOSE,
        Image.Transpose.ROTATE_90,
        Image.Transpose.ROTATE_270,
        Image.Transpose.TRANSVERSE,
    ]
    img = textured(5)
    original, turned = fingerprint_image(img), fingerprint_image(img.transpose(transposes[k]))
    assert hashing.hamming(original.turned_keys[k], turned.key) <= 2
    assert hashing.hamming(original.key, turned.key) > 12


@pytest.mark.parametrize("seed", range(6))
def test_turned_keys_are_each_turns_own_hash(seed: int) -> None:
    """All turns hashed at once give each turn's key as hashing it alone would (its own
    median of the turned coefficients, bit = coefficient above it); ties included."""
    grid = np.asarray(textured(seed).convert("L").resize((32, 32)), dtype=np.float64)
    if seed % 2:
        grid = np.round(grid / 64) * 64  # few grey levels: many equal coefficients
    _, low = hashing._figures(grid)
    one_by_one = []
    for name in hashing.TURN_NAMES:
        turned = hashing._TURN_COEFFICIENTS[name](low).ravel()
        median = float(np.median(turned))
        one_by_one.append(int("".join("1" if c > median else "0" for c in turned), 2))
    assert hashing._turned_keys(low) == tuple(one_by_one)


def test_chroma_tells_colour_variants_apart_and_grey_copies_are_neutral() -> None:
    from photodedup.core.group import colour

    rgb = Image.open(io.BytesIO(_colour_photo())).convert("RGB")
    r, g, b = rgb.split()
    variant = Image.merge("RGB", (b, r, g))  # the same picture in other colours
    prints = [rgb, variant, jpeg(rgb, 40), rgb.convert("L")]
    fp = hashing.FingerprintArrays.from_bytes([fingerprint_image(x).to_bytes() for x in prints])
    first, others = np.zeros(3, dtype=np.int64), np.array([1, 2, 3], dtype=np.int64)
    assert colour.colour_agrees(fp, first, others).tolist() == [False, True, True]
    assert fp.chroma is not None and (fp.chroma[3] == 128).all()


def _colour_photo() -> bytes:
    """A colourful picture: hue bands over a texture."""
    hue = np.linspace(0, 255, 96, dtype=np.float32)[None, :].repeat(72, axis=0)
    texture = np.asarray(textured(8).convert("L").resize((96, 72)), dtype=np.float32)
    hsv = np.stack([hue, np.full_like(hue, 200), texture], axis=2).astype(np.uint8)
    buf = io.BytesIO()
    Image.fromarray(hsv, "HSV").convert("RGB").save(buf, "PNG")
    return buf.getvalue()
