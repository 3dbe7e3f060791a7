"""Labels and pair metrics shared by the accuracy benchmark scripts."""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
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
    scene: str = ""  # shared by distinct originals of one scene; else the original
    split: str = "tune"  # "tune" or "held", from a hash of the scene


def split_of(scene: str) -> str:
    """'tune' or 'held' from a stable hash of the scene (variants never straddle the split)."""
    return "tune" if hashlib.sha256(scene.encode()).digest()[0] % 2 == 0 else "held"


def _label(name: str, v: dict[str, str]) -> Label:
    scene = v.get("scene", v["original"])
    split = v.get("split", split_of(scene))
    return Label(name, v["original"], v["kind"], v["class"], v["family"], scene, split)


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
        labels = tuple(_label(name, v) for name, v in sorted(doc["files"].items()))
        return cls(root, labels, tuple(doc["must"]), tuple(doc["may"]))

    def indices(self, split: str) -> list[int]:
        """Indices of the files of one split ("tune", "held"), or of all files ("all")."""
        return [i for i, lab in enumerate(self.labels) if split in ("all", lab.split)]


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
    per_family: dict[str, float] = field(default_factory=dict)
    false_by_family: dict[str, int] = field(default_factory=dict)
    wrong_trash: int = 0  # members marked trash whose original differs from the keeper's
    wrong_trash_lowres: int = 0  # the same after "trash lower-resolution copies"


@dataclass
class ShotScores:
    """The similar-shots tier: groups shown for review only."""

    groups: int = 0
    mixed_scenes: int = 0  # groups holding two scenes: an error
    same_scene: int = 0  # distinct originals of one scene: what the tier is for
    one_original: int = 0  # copies of one original that landed in the shots tier


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


def _family_recall(labels: Sequence[Label], must: set[tuple[int, int]], found: set) -> dict:
    total: Counter[str] = Counter(labels[a].family for a, _ in must)
    hit: Counter[str] = Counter(labels[a].family for a, _ in must & found)
    return {f: hit[f] / n for f, n in total.items()}


def score(labels: Sequence[Label], groups: Sequence[Sequence[int]]) -> Scores:
    """Pair precision, must-match pair recall, F1, per-kind and per-family recall, false
    pairs per family (a false pair counts for both members' families) and mixed groups."""
    predicted = _pairs(groups)
    false = {p for p in predicted if labels[p[0]].original != labels[p[1]].original}
    must = must_pairs(labels)
    precision = 1.0 - len(false) / len(predicted) if predicted else 1.0
    recall = len(must & predicted) / len(must) if must else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    per_kind = {k: len(v & predicted) / len(v) for k, v in kind_pairs(labels).items()}
    mixed = sum(1 for g in groups if len({labels[i].original for i in g}) > 1)
    out = Scores(precision, recall, f1, mixed, len(groups), len(predicted), len(false), per_kind)
    out.per_family = _family_recall(labels, must, predicted)
    by_family: Counter[str] = Counter()
    for a, b in false:
        by_family.update({labels[a].family, labels[b].family})
    out.false_by_family = dict(by_family)
    return out


def score_shots(labels: Sequence[Label], groups: Sequence[Sequence[int]]) -> ShotScores:
    """Count the similar-shots groups: mixing scenes (error), one scene, one original."""
    out = ShotScores(groups=len(groups))
    for g in groups:
        if len({labels[i].scene for i in g}) > 1:
            out.mixed_scenes += 1
        elif len({labels[i].original for i in g}) > 1:
            out.same_scene += 1
        else:
            out.one_original += 1
    return out


def wrong_trash(
    labels: Sequence[Label], groups: Iterable[tuple[int, Sequence[tuple[int, bool]]]]
) -> int:
    """Members marked trash whose original differs from the keeper's.

    ``groups``: (keeper, [(member, marked trash)]) with indices into ``labels``."""
    return sum(
        1
        for keeper, members in groups
        for m, trash in members
        if trash and labels[m].original != labels[keeper].original
    )


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
