"""Labels and pair metrics shared by the accuracy benchmark scripts."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path


@dataclass(frozen=True)
class Label:
    """What the corpus says about one file."""

    name: str
    original: str
    kind: str  # "original" or an edit kind
    cls: str  # "original", "must" or "may"
    family: str


@dataclass(frozen=True)
class Corpus:
    """The labelled files, sorted by name, and the edit kinds."""

    root: Path
    labels: tuple[Label, ...]
    must_kinds: tuple[str, ...]
    may_kinds: tuple[str, ...]

    @classmethod
    def load(cls, root: Path) -> Corpus:
        """Read ``labels.json`` from a corpus directory."""
        doc = json.loads((root / "labels.json").read_text())
        labels = tuple(
            Label(name, v["original"], v["kind"], v["class"], v["family"])
            for name, v in sorted(doc["files"].items())
        )
        return cls(root, labels, tuple(doc["must"]), tuple(doc["may"]))


@dataclass
class Scores:
    """Pair precision/recall figures of one grouping of the corpus."""

    precision: float
    recall: float
    f1: float
    mixed_groups: int
    groups: int
    predicted_pairs: int
    false_pairs: int
    per_kind: dict[str, float] = field(default_factory=dict)


def _pairs(groups: Iterable[Sequence[int]]) -> set[tuple[int, int]]:
    out = set()
    for group in groups:
        out.update(combinations(sorted(group), 2))
    return out


def must_pairs(labels: Sequence[Label]) -> set[tuple[int, int]]:
    """All pairs among an original and its must-match copies (copy-copy pairs included)."""
    families: dict[str, list[int]] = defaultdict(list)
    for i, lab in enumerate(labels):
        if lab.cls in ("original", "must"):
            families[lab.original].append(i)
    return _pairs(f for f in families.values() if len(f) > 1)


def kind_pairs(labels: Sequence[Label]) -> dict[str, set[tuple[int, int]]]:
    """For each edit kind: the (original, edited copy) pairs."""
    original_at = {lab.original: i for i, lab in enumerate(labels) if lab.cls == "original"}
    out: dict[str, set[tuple[int, int]]] = defaultdict(set)
    for i, lab in enumerate(labels):
        if lab.cls != "original":
            j = original_at[lab.original]
            out[lab.kind].add((min(i, j), max(i, j)))
    return out


def score(labels: Sequence[Label], groups: Sequence[Sequence[int]]) -> Scores:
    """Pair precision, must-match pair recall, F1, per-kind recall and mixed groups."""
    predicted = _pairs(groups)
    false = {p for p in predicted if labels[p[0]].original != labels[p[1]].original}
    must = must_pairs(labels)
    precision = 1.0 - len(false) / len(predicted) if predicted else 1.0
    recall = len(must & predicted) / len(must) if must else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    per_kind = {k: len(v & predicted) / len(v) for k, v in kind_pairs(labels).items()}
    mixed = sum(1 for g in groups if len({labels[i].original for i in g}) > 1)
    return Scores(precision, recall, f1, mixed, len(groups), len(predicted), len(false), per_kind)


def connected_components(n: int, pairs: Iterable[tuple[int, int]]) -> list[list[int]]:
    """Connected components (size >= 2) of an undirected graph on 0..n-1."""
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    comps: dict[int, list[int]] = defaultdict(list)
    for x in range(n):
        comps[find(x)].append(x)
    return [c for c in comps.values() if len(c) > 1]
