"""group.candidates: plain and turned candidate pairs, colour evidence, the candidate radius."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageOps

from photodedup.core.config import DEFAULT_THRESHOLD, MAX_THRESHOLD
from photodedup.core.fingerprint import TURN_NAMES, FingerprintArrays
from photodedup.core.group import candidates
from photodedup.core.group.candidates import candidate_radius
from tests.core.group.test_cluster import photo
from tests.core.test_fingerprint import textured


def _fp(*imgs: Image.Image) -> FingerprintArrays:
    return FingerprintArrays.from_bytes(
        [photo(img, f"cand{n}").fingerprint for n, img in enumerate(imgs)]
    )


def _synthetic(keys: list[int], centre: list[int]) -> FingerprintArrays:
    n = len(keys)
    return FingerprintArrays(
        np.array(keys, dtype=np.uint64),
        np.array(centre, dtype=np.uint64),
        np.zeros((n, 16, 16), dtype=np.uint8),
        np.zeros((n, 4), dtype=np.uint8),
    )


def test_candidate_radius_follows_the_threshold_then_grows_slower() -> None:
    radii = [candidate_radius(t) for t in range(-1, MAX_THRESHOLD + 1)]
    assert radii == sorted(radii)  # never decreasing: more threshold, never fewer pairs
    assert [candidate_radius(t) for t in (0, 8, 12)] == [0, 8, 12]
    assert candidate_radius(DEFAULT_THRESHOLD) == 12
    assert candidate_radius(MAX_THRESHOLD) == MAX_THRESHOLD - 4


def test_plain_pairs_come_from_full_or_centre_keys_once() -> None:
    far = (1 << 40) - 1
    fp = _synthetic([0, 0b111, far, 0], [far, far, 0, 0b1])  # 0~1 full, 2~3 centre, 0~3 both
    i, j = candidates.plain_pairs(fp, 3)
    assert list(zip(i.tolist(), j.tolist(), strict=True)) == [(0, 1), (0, 3), (1, 3), (2, 3)]


def test_without_turned_keys_there_are_no_turned_pairs() -> None:
    i, j, t = candidates.turned_pairs(_synthetic([0, 0], [0, 0]), 10)
    assert len(i) == len(j) == len(t) == 0
    found = candidates.find(
        _synthetic([0, 1, (1 << 50) - 1], [0, 1, (1 << 50) - 1]), 4, rotations=True
    )
    assert found.turn.tolist() == [-1] and found.origin.tolist() == [0, 1, 2]


def test_a_mirrored_copy_is_a_turned_candidate_on_a_turned_row() -> None:
    img = textured(201)
    fp = _fp(img, ImageOps.mirror(img), textured(202))
    radius = candidate_radius(DEFAULT_THRESHOLD)
    plain = candidates.find(fp, radius, rotations=False)
    assert (0, 1) not in set(zip(plain.i.tolist(), plain.j.tolist(), strict=True))
    found = candidates.find(fp, radius, rotations=True)
    turned = [k for k in range(len(found.i)) if found.turn[k] >= 0]
    pairs = {(int(found.photo_i()[k]), int(found.j[k])) for k in turned}
    assert pairs & {(0, 1), (1, 0)}
    k = next(k for k in turned if {int(found.photo_i()[k]), int(found.j[k])} == {0, 1})
    assert TURN_NAMES[found.turn[k]] == "mirror"
    assert found.i[k] >= len(fp) and len(found.fp) == len(fp) + len(turned)  # a row appended
    row, other = int(found.i[k]), int(found.j[k])
    assert np.bitwise_count(found.fp.keys[row] ^ found.fp.keys[other]) <= radius
