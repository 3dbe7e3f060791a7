"""The texture-margin benchmark's pairs (bench/texture_margin.py), on hand-made labels."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from _common import Corpus, Label
from texture_margin import pairs_of


def test_copies_are_must_copies_and_different_pairs_share_a_family_and_a_split() -> None:
    root = Path("/corpus")
    labels = (
        Label("a0", "a", "original", "original", "f", "a"),
        Label("a1", "a", "resize_half", "must", "f", "a"),
        Label("a2", "a", "mirror", "may", "f", "a"),
        Label("b0", "b", "original", "original", "f", "b"),
        Label("c0", "c", "original", "original", "g", "c"),
        Label("d0", "d", "original", "original", "f", "d", split="held"),
    )
    corpus = Corpus(root, labels, ("resize_half",), ("mirror",))
    copies, different = pairs_of(corpus, "tune")
    assert copies == [(str(root / "a0"), str(root / "a1"))]
    assert different == [(str(root / "a0"), str(root / "b0"))]
    copies, different = pairs_of(corpus, "held")
    assert (copies, different) == ([], [])
