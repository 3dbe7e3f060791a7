"""The compiled pair verification gives exactly what the numpy reference gives."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageEnhance

from photodedup.core import fingerprint
from photodedup.core.fingerprint import FingerprintArrays, fingerprint_image
from photodedup.core.group import native, verify
from photodedup.core.group import verify_kernels as kernels
from tests.photos import textured_image

I64 = np.int64


def _blas_rounds_as_assumed() -> bool:
    """Whether numpy's BLAS rounds the crop-window products as the kernels assume
    (OpenBLAS's Haswell kernel: fused multiply-add on output rows 6-11).  Elsewhere the
    numpy reference itself rounds differently, and only near-equality can hold."""
    rng = np.random.default_rng(0)
    src = rng.integers(0, 256, (50, 16, 16)).astype(np.uint8)
    rows, cols = rng.integers(0, len(verify._WINDOWS), (2, 50))
    windows = verify._WINDOWS
    expected = windows[rows] @ src.astype(np.float32) @ windows[cols].transpose(0, 2, 1)
    for k in range(50):
        out = kernels.warp(src[k], rows[k], cols[k], verify._TAPS)
        if not np.array_equal(out, expected[k].ravel()):
            return False
    return True


EXACT = _blas_rounds_as_assumed()


def _assert_same(compiled: np.ndarray, reference: np.ndarray) -> None:
    """Equal (float32 losses bit for bit, distances) where the BLAS rounds as the kernels
    do; elsewhere losses within 64 ulps and distances off by one bit on under 0.1 %."""
    if EXACT:
        assert np.array_equal(compiled, reference)
        return
    if compiled.dtype.kind == "i":  # distances: rounding never moves a whole bit here
        off = np.abs(compiled - reference)
        assert (off <= 1).all() and (off > 0).sum() <= 1e-3 * off.size
        return
    # float32 losses: a BLAS with other kernels (e.g. AVX-512) sums in another order
    ulps = np.abs(compiled.astype(np.float64) - reference) / np.spacing(np.abs(reference))
    assert (ulps <= 64).all()


def _both(fp: FingerprintArrays, i: np.ndarray, j: np.ndarray) -> tuple[np.ndarray, ...]:
    """(compiled, numpy) distances of pairs (i, j)."""
    i, j = np.asarray(i, I64), np.asarray(j, I64)
    d = fp.hash_distance(i, j)
    return verify._pair_distances_compiled(fp, i, j, d), verify._pair_distances_numpy(fp, i, j, d)


def _thumb_losses(fp: FingerprintArrays, i: np.ndarray, j: np.ndarray) -> tuple:
    """(compiled, numpy) float32 thumbnail distances of pairs (i, j)."""
    i, j = np.asarray(i, I64), np.asarray(j, I64)
    compiled = kernels.thumb_distances(fp.thumbs, i, j, verify._TAPS, verify._LIMITS)
    return compiled, verify.thumb_distance(fp.thumbs[i], fp.thumbs[j])


def _smooth_thumbs(rng: np.random.Generator, n: int) -> np.ndarray:
    """Random 16x16 grey thumbnails: upscaled coarse noise, some flat runs and clipping."""
    coarse = rng.integers(0, 256, (n, 5, 5)).astype(np.float64)
    cells = np.linspace(0, 4, 16)
    lo = np.minimum(cells.astype(int), 3)
    t = cells - lo
    rows = coarse[:, lo] * (1 - t)[None, :, None] + coarse[:, lo + 1] * t[None, :, None]
    up = rows[:, :, lo] * (1 - t) + rows[:, :, lo + 1] * t
    contrast = rng.uniform(0.3, 2.5, (n, 1, 1))
    noisy = (up - 128) * contrast + 128 + rng.normal(0, 3, up.shape)
    # C order, as parsed fingerprints are (numpy sums other layouts in another order)
    return np.ascontiguousarray(np.clip(np.rint(noisy), 0, 255).astype(np.uint8))


def _random_fingerprints(seed: int, n: int) -> FingerprintArrays:
    """n random photos; photo k + n/2 is a shifted, noisy variant of photo k."""
    rng = np.random.default_rng(seed)
    keys = rng.integers(0, 2**63, n, dtype=np.uint64)
    thumbs = _smooth_thumbs(rng, n)
    half = n // 2
    shifted = np.roll(thumbs[:half], rng.integers(-1, 2, 2), axis=(1, 2)).astype(float)
    noisy = shifted + rng.normal(0, 6, shifted.shape)
    thumbs[half : 2 * half] = np.clip(np.rint(noisy), 0, 255)
    figures = np.zeros((n, 4), np.uint8)
    figures[:, 0] = rng.integers(100, 130, n)  # compatible brightness
    figures[:, 1] = rng.integers(30, 45, n)
    figures[:, 2] = rng.integers(20, 40, n)
    figures[:, 3] = rng.integers(12, 40, n)  # some get the info penalty
    return FingerprintArrays(keys, keys.copy(), thumbs, figures)


def _near_copies(img: Image.Image) -> list[Image.Image]:
    """Border crops, brightness/contrast edits and a corner caption of ``img``."""
    w, h = img.size
    out = []
    for left, top, right, bottom in itertools.product((0, 0.02, 0.05), (0, 0.03), (0, 0.04), (0,)):
        box = (round(w * left), round(h * top), w - round(w * right), h - round(h * bottom))
        out.append(img.crop(box))
    for factor in (0.85, 1.15):
        out.append(ImageEnhance.Brightness(img).enhance(factor))
        out.append(ImageEnhance.Contrast(img).enhance(factor))
    marked = img.copy()
    ImageDraw.Draw(marked).rectangle((w - 70, h - 18, w - 4, h - 4), fill=(0, 0, 0))
    out.append(marked)
    return out


def test_random_thumbnails_are_identical() -> None:
    fp = _random_fingerprints(1, 600)
    rng = np.random.default_rng(2)
    i = rng.integers(0, len(fp), 6000)
    j = np.where(rng.random(6000) < 0.5, (i + 300) % 600, rng.integers(0, 600, 6000))
    compiled, reference = _thumb_losses(fp, i, j)
    hard = (reference > verify.EASY_THUMB) & (reference <= verify.HOPELESS_THUMB)
    assert hard.sum() > 500  # the crop search is exercised
    _assert_same(compiled, reference)  # float32, bit for bit
    compiled, reference = _both(fp, i, j)
    _assert_same(compiled, reference)


def test_near_copies_are_identical() -> None:
    images = [textured_image(seed) for seed in range(6)]
    images += [copy for img in images[:3] for copy in _near_copies(img)]
    blobs = [fingerprint_image(img).to_bytes() for img in images]
    fp = FingerprintArrays.from_bytes(blobs)
    i, j = (a.astype(I64) for a in np.triu_indices(len(fp), 1))
    compiled, reference = _thumb_losses(fp, i, j)
    _assert_same(compiled, reference)
    compiled, reference = _both(fp, i, j)
    _assert_same(compiled, reference)
    assert (reference <= 16).sum() > 50  # many true copies among them


def test_edge_cases_are_identical() -> None:
    fp = _random_fingerprints(3, 40)
    thumbs, figures = fp.thumbs.copy(), fp.figures.copy()
    thumbs[0] = 77  # flat (one bucket of 256 equal values)
    thumbs[1] = 255  # saturated
    thumbs[2, :, :8], thumbs[2, :, 8:] = 0, 255  # two-tone
    thumbs[3] = np.arange(256).reshape(16, 16)  # every value once
    figures[4, 3] = fingerprint.MIN_INFORMATIVE_BITS - 1  # uninformative
    figures[5, 1] = fingerprint.MIN_SPREAD - 1  # flat by its figures
    figures[6, 0] = 250  # brightness incompatible with everything
    figures[7, 1] = 120  # contrast incompatible
    figures[8, 2] = 200  # sharpness incompatible
    fp = FingerprintArrays(fp.keys, fp.centre_keys, thumbs, figures)
    i, j = (a.astype(I64) for a in np.triu_indices(len(fp), 1))
    compiled, reference = _both(fp, i, j)
    _assert_same(compiled, reference)
    far = np.isin(i, [4, 5, 6, 7, 8]) | np.isin(j, [4, 5, 6, 7, 8])
    assert (compiled[far] == verify.FAR).all()
    compiled, reference = _thumb_losses(fp, i, j)
    _assert_same(compiled, reference)


@pytest.mark.parametrize("count", [0, 5, verify._COMPILED_MIN_PAIRS + 7])
def test_pair_distances_dispatch(count: int) -> None:
    fp = _random_fingerprints(4, 300)
    rng = np.random.default_rng(count)
    i, j = rng.integers(0, len(fp), (2, count)).astype(I64)
    d = fp.hash_distance(i, j)
    expected = verify._pair_distances_numpy(fp, i, j, d)
    _assert_same(verify.pair_distances(fp, i, j, d), expected)


def test_mid_sized_calls_use_the_compiled_kernels() -> None:
    verify.warm_up()
    assert verify._use_compiled(verify._COMPILED_MIN_PAIRS)
    assert not verify._use_compiled(verify._COMPILED_MIN_PAIRS - 1)


def test_without_the_extension_verify_uses_numpy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(native, "kernels", None)
    monkeypatch.setattr(native, "COMPILED", False)
    verify.warm_up()  # nothing to warm up
    assert not verify._use_compiled(10**6)
    fp = _random_fingerprints(7, 300)
    rng = np.random.default_rng(7)
    i, j = rng.integers(0, len(fp), (2, verify._COMPILED_MIN_PAIRS + 7)).astype(I64)
    d = fp.hash_distance(i, j)
    assert np.array_equal(
        verify.pair_distances(fp, i, j, d), verify._pair_distances_numpy(fp, i, j, d)
    )
    with pytest.raises(RuntimeError, match="not built"):
        kernels.thumb_distances(fp.thumbs, i, j, verify._TAPS, verify._LIMITS)


def test_chunks_bound_the_photos_held() -> None:
    rng = np.random.default_rng(5)
    i, j = rng.integers(0, 1000, (2, 5000)).astype(I64)
    starts = kernels.chunk_starts(i, j, 1000, 64)
    assert starts[0] == 0 and starts[-1] == len(i)
    for lo, hi in itertools.pairwise(starts):
        assert len(np.unique(np.concatenate([i[lo:hi], j[lo:hi]]))) <= 64
    fp = _random_fingerprints(6, 1000)
    few = kernels._MAX_PHOTOS
    try:
        kernels._MAX_PHOTOS = 64  # many small chunks give the same losses
        compiled, reference = _thumb_losses(fp, i[:3000], j[:3000])
    finally:
        kernels._MAX_PHOTOS = few
    _assert_same(compiled, reference)
