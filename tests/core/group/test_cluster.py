"""Grouping: copies group, look-alikes and flat pictures don't, no chaining, monotone."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageEnhance

from photodedup.core.config import DEFAULT_THRESHOLD, MAX_THRESHOLD
from photodedup.core.fingerprint import FingerprintArrays, fingerprint_image
from photodedup.core.group import cluster, verify
from photodedup.core.group.candidates import candidate_radius
from photodedup.core.group.cluster import find_clusters, photo_distance
from photodedup.core.types import FileIdentity, GroupKind, ImageInfo, Photo, PhotoFile
from tests.core.test_fingerprint import jpeg, textured

_FOLDER = Path(tempfile.mkdtemp(prefix="photodedup-cluster-"))
atexit.register(shutil.rmtree, _FOLDER, ignore_errors=True)


def photo(img: Image.Image, name: str, content_key: str = "") -> Photo:
    """A photo of ``img`` written as a real PNG (the structure check decodes it again)."""
    path = _FOLDER / f"{name}.png"
    img.save(path)
    file = PhotoFile(str(path), FileIdentity(1, hash(name) & 0xFFFF, 1000, 0, 0), str(_FOLDER))
    info = ImageInfo(img.width, img.height, "JPEG")
    return Photo(file, info, fingerprint_image(img).to_bytes(), content_key)


def copies_of(img: Image.Image) -> dict[str, Image.Image]:
    w, h = img.size
    marked = img.copy()
    draw = ImageDraw.Draw(marked)
    draw.rectangle((w - 70, h - 18, w - 4, h - 4), fill=(0, 0, 0))
    draw.text((w - 66, h - 17), "(c) 2024", fill=(255, 255, 255))
    return {
        "half": img.resize((w // 2, h // 2), Image.Resampling.LANCZOS),
        "q40": jpeg(img, 40),
        "crop": img.crop((round(w * 0.04), 0, w, h - round(h * 0.03))),
        "bright": ImageEnhance.Brightness(img).enhance(1.15),
        "contrast": ImageEnhance.Contrast(img).enhance(0.85),
        "watermark": marked,
    }


def member_sets(photos: list[Photo], threshold: int = DEFAULT_THRESHOLD) -> list[set[str]]:
    """Names in each group of copies (similar-shot groups are for review: left out)."""
    return [
        {photos[m].path.rsplit("/", 1)[1].removesuffix(".png") for m in c.members}
        for c in find_clusters(photos, threshold)
        if c.kind.copies
    ]


def test_edited_copies_group_with_their_original_and_distinct_photos_do_not() -> None:
    photos = []
    for seed in (11, 12, 13):
        img = textured(seed)
        photos.append(photo(img, f"{seed}-orig"))
        photos += [photo(c, f"{seed}-{k}") for k, c in copies_of(img).items()]
    photos += [photo(textured(s), f"{s}-alone") for s in (20, 21, 22)]

    groups = member_sets(photos)

    assert len(groups) == 3
    for seed in (11, 12, 13):
        expected = {f"{seed}-orig"} | {f"{seed}-{k}" for k in copies_of(textured(0))}
        assert expected in groups


def test_flat_pictures_never_group_by_similarity_only_when_byte_identical() -> None:
    colours = [(0, 0, 0), (255, 255, 255), (10, 10, 10), (30, 90, 200), (200, 40, 40), (245,) * 3]
    photos = [
        photo(Image.new("RGB", (120, 90), c), f"flat{n}", f"k{n}") for n, c in enumerate(colours)
    ]
    black_twin = photo(Image.new("RGB", (120, 90), (0, 0, 0)), "black-twin", "k0")
    black_other = photo(Image.new("RGB", (240, 180), (0, 0, 0)), "black-other", "zz")

    clusters = find_clusters([*photos, black_twin, black_other], MAX_THRESHOLD)

    assert [(c.kind, c.members) for c in clusters] == [(GroupKind.EXACT, (0, 6))]


def test_blank_screenshots_do_not_group() -> None:
    shots = []
    for n in range(4):
        img = Image.new("RGB", (400, 250), (250, 250, 250))
        img.paste((60 + 20 * n, 60, 70), (0, 0, 400, 20 + 6 * n))
        shots.append(photo(img, f"shot{n}"))
    assert find_clusters(shots, MAX_THRESHOLD) == []


def test_byte_identical_copies_are_exact_and_join_similar_groups_as_similar() -> None:
    img = textured(31)
    a, a_twin = photo(img, "a", "same"), photo(img, "a-twin", "same")
    b = photo(jpeg(img, 40), "b", "other")
    assert [(c.kind, c.members) for c in find_clusters([a, a_twin], DEFAULT_THRESHOLD)] == [
        (GroupKind.EXACT, (0, 1))
    ]
    clusters = find_clusters([b, a, a_twin], DEFAULT_THRESHOLD)
    assert [(c.kind, c.members) for c in clusters] == [(GroupKind.SIMILAR, (0, 1, 2))]


def test_a_b_c_chain_never_puts_a_with_c() -> None:
    """B and C blend A with another picture X (20 % and 40 %): A~B, B~C, A far from C."""
    a_img, x_img = textured(41), textured(42)
    b_img, c_img = Image.blend(a_img, x_img, 0.2), Image.blend(a_img, x_img, 0.4)
    photos = [photo(a_img, "A"), photo(b_img, "B"), photo(c_img, "C")]
    chained = 0
    d_ac = photo_distance(photos[0], photos[2])
    for threshold in range(MAX_THRESHOLD + 1):
        near_ab = photo_distance(photos[0], photos[1]) <= threshold
        near_bc = photo_distance(photos[1], photos[2]) <= threshold
        far_ac = d_ac > cluster.PAIR_LIMIT * threshold
        chained += near_ab and near_bc and far_ac
        together = any({"A", "C"} <= m for m in member_sets(photos, threshold))
        assert not (together and far_ac)
    assert chained > 0  # the chain really exists at some thresholds


def test_blends_never_chain_the_ends() -> None:
    """Blend A into C in steps: neighbours are close, A and C are far; never one group."""
    a, c = np.asarray(textured(41), np.float32), np.asarray(textured(42), np.float32)
    steps = [Image.fromarray(((1 - t) * a + t * c).astype(np.uint8)) for t in np.linspace(0, 1, 7)]
    photos = [photo(img, f"s{n}") for n, img in enumerate(steps)]
    for threshold in range(0, MAX_THRESHOLD + 1, 4):
        for members in member_sets(photos, threshold):
            assert not {"s0", "s6"} <= members


def test_shifted_composition_is_not_a_copy() -> None:
    scene = textured(51, (640, 300))
    left = scene.crop((0, 0, 400, 300))
    shifted = scene.crop((60, 0, 460, 300))  # 15 % of the frame
    assert find_clusters([photo(left, "l"), photo(shifted, "s")], DEFAULT_THRESHOLD) == []


def test_threshold_is_monotone_in_verified_pairs() -> None:
    photos = []
    for seed in (61, 62):
        img = textured(seed)
        photos += [photo(img, f"{seed}")] + [
            photo(c, f"{seed}{k}") for k, c in copies_of(img).items()
        ]
    fp = FingerprintArrays.from_bytes([p.fingerprint for p in photos])
    previous: set[tuple[int, int]] = set()
    for threshold in range(MAX_THRESHOLD + 1):
        i, j, _ = cluster.verified_edges(fp, threshold)
        edges = set(zip(i.tolist(), j.tolist(), strict=True))
        assert previous <= edges
        previous = edges
    assert len(previous) > 0


def test_photo_distance_matches_grouping() -> None:
    img = textured(71)
    orig, copy, other = photo(img, "o"), photo(jpeg(img, 40), "c"), photo(textured(72), "x")
    assert photo_distance(orig, orig) == 0
    assert photo_distance(orig, copy) <= DEFAULT_THRESHOLD < photo_distance(orig, other)
    flat = photo(Image.new("RGB", (50, 50), "white"), "w")
    assert photo_distance(flat, flat) == verify.FAR


def test_deterministic_order() -> None:
    photos = [photo(textured(s % 3), f"{s}") for s in range(9)]
    first = find_clusters(photos, DEFAULT_THRESHOLD)
    assert first == find_clusters(photos, DEFAULT_THRESHOLD)
    assert [c.members[0] for c in first] == sorted(c.members[0] for c in first)
    assert all(len(c.members) >= 2 for c in first)


@pytest.mark.parametrize("threshold", [0, DEFAULT_THRESHOLD, MAX_THRESHOLD])
def test_empty_and_single_inputs(threshold: int) -> None:
    assert find_clusters([], threshold) == []
    assert find_clusters([photo(textured(1), "one")], threshold) == []


def test_pairs_beyond_the_candidate_radius_are_not_verified() -> None:
    keys = np.array([0, (1 << 13) - 1, (1 << 12) - 1], dtype=np.uint64)  # 13 and 12 bits
    thumbs = np.zeros((3, 16, 16), dtype=np.uint8)
    figures = np.zeros((3, 4), dtype=np.uint8)
    fp = FingerprintArrays(keys, keys.copy(), thumbs, figures)
    i, j = cluster.candidate_pairs(fp, candidate_radius(DEFAULT_THRESHOLD))
    assert list(zip(i.tolist(), j.tolist(), strict=True)) == [(0, 2), (1, 2)]


def test_batched_photo_distances_equal_one_at_a_time() -> None:
    imgs = [textured(1), textured(1).resize((300, 225)), textured(2), textured(3)]
    photos = [photo(img, f"{n}.jpg", "same" if n in {2, 3} else "") for n, img in enumerate(imgs)]
    pairs = [(0, 1), (0, 2), (2, 3), (1, 0), (3, 3)]
    expected = [photo_distance(photos[a], photos[b]) for a, b in pairs]
    assert cluster.photo_distances(photos, pairs) == expected
    assert cluster.photo_distances(photos, []) == []
