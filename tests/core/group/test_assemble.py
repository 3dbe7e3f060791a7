"""group.assemble: close copies always together, look-alikes never chained, no copy dropped."""

from __future__ import annotations

import numpy as np

from photodedup.core.group.assemble import PAIR_LIMIT, cores, groups, star_groups

I64 = np.int64


def _pairs(rows: list[tuple[int, int, int]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    i, j, d = zip(*rows, strict=True) if rows else ((), (), ())
    return np.array(i, I64), np.array(j, I64), np.array(d, I64)


class Distances:
    """A pruner whose far() reads a full distance matrix (what FarPairs computes);
    ``shown``: the pairs checked on their pictures and found far apart."""

    def __init__(
        self, matrix: list[list[int]], threshold: int, shown: set[tuple[int, int]] = frozenset()
    ) -> None:
        self.matrix = np.array(matrix)
        self.limit = PAIR_LIMIT * threshold
        self.shown = shown

    def far(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        return self.matrix[a, b] > self.limit

    def shown_apart(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        pairs = zip(np.minimum(a, b).tolist(), np.maximum(a, b).tolist(), strict=True)
        return np.array([p in self.shown for p in pairs], dtype=bool)


def test_star_members_are_all_neighbours_of_their_centre() -> None:
    i, j, d = (np.array(v, dtype=np.int64) for v in ([0, 1, 2, 4], [1, 2, 3, 5], [4, 4, 4, 1]))
    edges = {(0, 1), (1, 2), (2, 3), (4, 5)}
    groups = star_groups(6, i, j, d)
    assert groups == [[1, 0, 2], [4, 5]]  # 1 is the first centre; 3 is left out
    for centre, *members in groups:
        assert all((min(centre, m), max(centre, m)) in edges for m in members)


def test_star_groups_are_deterministic_and_disjoint() -> None:
    rng = np.random.default_rng(5)
    rows = sorted(
        {
            (int(a), int(b), int(rng.integers(0, 10)))
            for a, b in rng.integers(0, 30, (60, 2))
            if a < b
        }
    )
    i, j, d = _pairs(rows)
    first = star_groups(30, i, j, d)
    assert first == star_groups(30, i, j, d)
    members = [m for g in first for m in g]
    assert len(members) == len(set(members))
    assert star_groups(30, *_pairs([])) == []


def test_cores_join_close_pairs_transitively() -> None:
    i, j, d = _pairs([(0, 1, 2), (1, 2, 3), (3, 4, 6), (4, 5, 3)])
    label = cores(6, i, j, d, threshold=6)  # pairs <= 3 join
    assert label[0] == label[1] == label[2]
    assert label[3] != label[4] == label[5]


def test_cores_refuse_a_chain_of_blends() -> None:
    # 0~1 and 1~2 are close, but 0 and 2 are far apart: joining would chain them.
    matrix = [[0, 2, 20], [2, 0, 3], [20, 3, 0]]
    i, j, d = _pairs([(0, 1, 2), (1, 2, 3)])
    label = cores(3, i, j, d, threshold=6, far=Distances(matrix, 6).far)
    assert label[0] == label[1] != label[2]  # closest pair first


def test_of_two_conflicting_joins_the_whole_picture_pair_goes_first() -> None:
    """The held half's fog scene: a 20 % crop (2) of window 0 also lies 95.5 % inside the
    neighbouring window 3, which is no copy of window 0.  The structure check measures
    the crop 0 from window 3 (sharing 61 % of the pictures); the fingerprint puts it 7
    from window 0's border crop 1 (whole pictures).  The whole-picture pair joins first,
    so the crop stays with its own window's copies; by distance alone it went to 3."""
    matrix = [[0, 2, 7, 30], [2, 0, 7, 30], [7, 7, 0, 0], [30, 30, 0, 0]]
    i, j, d = _pairs([(0, 1, 2), (1, 2, 7), (2, 3, 0)])
    far = Distances(matrix, 16).far
    share = np.array([1.0, 1.0, 0.61])
    label = cores(4, i, j, d, threshold=16, far=far, share=share)
    assert label[0] == label[1] == label[2] != label[3]
    label = cores(4, i, j, d, threshold=16, far=far)  # without the shares
    assert label[2] == label[3] != label[0]


def _pruned_star() -> tuple[np.ndarray, list[tuple[int, int, int]]]:
    """0 is a centre with copies 1, 2, 3; 2 and 3 are far apart (20 > 12); 3 ~ 4 too."""
    matrix = np.full((5, 5), 30)
    np.fill_diagonal(matrix, 0)
    near = [(0, 1, 5), (0, 2, 7), (0, 3, 8), (1, 2, 9), (1, 3, 9), (2, 3, 20), (3, 4, 6)]
    for a, b, dist in near:
        matrix[a, b] = matrix[b, a] = dist
    return matrix, [(0, 1, 5), (0, 2, 7), (0, 3, 8), (3, 4, 6)]


def test_groups_never_hold_two_photos_too_far_apart() -> None:
    threshold = 8
    matrix, rows = _pruned_star()
    found = groups(5, *_pairs(rows), threshold, Distances(matrix.tolist(), threshold))
    assert found and found[0][0] == 0
    for group in found:
        assert all(matrix[a, b] <= PAIR_LIMIT * threshold for a in group for b in group)
    assert {0, 1, 2} <= set(found[0]) and 3 not in found[0]  # the farther unit left


def test_a_pruned_copy_is_offered_to_its_other_copies() -> None:
    # 3 is pruned from 0's star; its verified pair with 4 (a photo no star took) makes a
    # group in the next round instead of being dropped silently.
    threshold = 8
    matrix, rows = _pruned_star()
    found = groups(5, *_pairs(rows), threshold, Distances(matrix.tolist(), threshold))
    assert any({3, 4} <= set(g) for g in found)


def test_a_core_stays_whole_among_look_alikes() -> None:
    threshold = 8
    matrix = np.full((4, 4), 6)
    np.fill_diagonal(matrix, 0)
    matrix[0, 1] = matrix[1, 0] = 1  # one picture stored twice
    rows = [(0, 1, 1), (0, 2, 6), (1, 3, 6), (2, 3, 6)]
    found = groups(4, *_pairs(rows), threshold, Distances(matrix.tolist(), threshold))
    assert any({0, 1} <= set(g) for g in found)


def test_no_pairs_no_groups() -> None:
    assert groups(3, *_pairs([]), 8, Distances([[0] * 3] * 3, 8)) == []  # type: ignore[arg-type]


def test_of_two_conflicting_copies_the_less_vouched_for_leaves() -> None:
    # 1 and 2 are both copies of the centre 0 but too far apart to share its group (a heavy
    # crop and a captioned copy).  2 is nearer the centre, but only the centre vouches for
    # it, while 1 is also a verified copy of 3: 2 leaves (the farther one once did).
    threshold = 16
    matrix = np.full((4, 4), 10)
    np.fill_diagonal(matrix, 0)
    matrix[0, 2] = matrix[2, 0] = 9
    matrix[1, 2] = matrix[2, 1] = 40
    rows = [(0, 1, 10), (0, 2, 9), (0, 3, 10), (1, 3, 10)]
    found = groups(4, *_pairs(rows), threshold, Distances(matrix.tolist(), threshold))
    assert found == [[0, 1, 3]]


def _planets() -> tuple[list[list[int]], list[tuple[int, int, int]]]:
    """Photos 0-4: copies of one picture (closely verified: one core).  Photo 5: another
    picture, verified a copy of 0 and 1 at 12, and as close to all by the fingerprint."""
    matrix = np.full((6, 6), 10)
    np.fill_diagonal(matrix, 0)
    rows = [(a, b, 2) for a in range(5) for b in range(a + 1, 5)] + [(0, 5, 12), (1, 5, 12)]
    return matrix.tolist(), rows


def test_a_photo_shown_apart_from_more_copies_than_vouch_for_it_leaves() -> None:
    # Mars on a black sky: a copy of Jupiter's PNG and WebP by their decodes (12), far from
    # Jupiter's three JPEG copies on the pictures, which the fingerprints cannot tell.
    matrix, rows = _planets()
    shown = {(2, 5), (3, 5), (4, 5)}
    assert groups(6, *_pairs(rows), 16, Distances(matrix, 16)) == [[0, 1, 2, 3, 4, 5]]
    assert groups(6, *_pairs(rows), 16, Distances(matrix, 16, shown)) == [[0, 1, 2, 3, 4]]


def test_a_copy_shown_apart_from_fewer_copies_than_vouch_for_it_stays() -> None:
    # A border crop whose larger decode measures far from one HEIC copy (each decoder
    # renders a small subject its own way) stays with the copies it was verified with.
    matrix, rows = _planets()
    for shown in ({(2, 5)}, {(2, 5), (3, 5)}):
        assert groups(6, *_pairs(rows), 16, Distances(matrix, 16, shown)) == [[0, 1, 2, 3, 4, 5]]
