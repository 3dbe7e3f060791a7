"""The accuracy benchmark's scoring rules (bench/_common.py), on hand-made labels."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from _common import Label, score, score_shots, split_of, wrong_trash


def _labels() -> list[Label]:
    """a: original + 2 must copies + 1 may copy; b and c: two shots of one scene."""
    return [
        Label("a0", "a", "original", "original", "f", "a"),
        Label("a1", "a", "resize_half", "must", "f", "a"),
        Label("a2", "a", "caption_box", "must", "f", "a"),
        Label("a3", "a", "mirror", "may", "f", "a"),
        Label("b0", "b", "original", "original", "g", "s"),
        Label("c0", "c", "original", "original", "g", "s"),
        Label("d0", "d", "original", "original", "h", "d"),
    ]


def test_copies_tier_pairs_precision_recall_and_mixing() -> None:
    labels = _labels()
    s = score(labels, [[0, 1, 3], [4, 5]])
    assert (s.predicted_pairs, s.false_pairs, s.mixed_groups) == (4, 1, 1)
    assert s.precision == 0.75
    assert s.recall == 1 / 3  # must pairs: (a0,a1) (a0,a2) (a1,a2); found (a0,a1)
    assert s.per_kind == {"resize_half": 1.0, "caption_box": 0.0, "mirror": 1.0}
    assert s.per_family == {"f": 1 / 3}
    assert s.false_by_family == {"g": 1}


def test_shots_tier_separates_scene_mixing_from_intended_groups() -> None:
    labels = _labels()
    shots = score_shots(labels, [[4, 5], [5, 6], [0, 1]])
    assert (shots.groups, shots.same_scene, shots.mixed_scenes, shots.one_original) == (3, 1, 1, 1)


def test_wrong_trash_counts_only_members_of_another_original() -> None:
    labels = _labels()
    groups = [(0, [(1, True), (3, False)]), (4, [(5, True), (6, False)])]
    assert wrong_trash(labels, groups) == 1


def test_split_is_stable_and_by_scene() -> None:
    assert split_of("stereo-aloeL") == split_of("stereo-aloeL")
    scenes = [f"scene-{n}" for n in range(400)]
    tune = sum(split_of(s) == "tune" for s in scenes)
    assert 150 < tune < 250
