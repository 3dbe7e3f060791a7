"""Detection accuracy on the labelled corpus: photodedup vs its previous version and the classic
approach, on the corpus's tune half, its held half and all files.

    .venv/bin/python bench/accuracy.py [--corpus bench/_data/corpus2] [--build] [--sweep]
        [--rotations] [--baseline REV | --no-baseline] [--only tune|held]

Every file goes through the real decode path (``imaging.analyse_file``), then
``cluster.find_clusters`` groups each split on its own at ``config.DEFAULT_THRESHOLD``.
Copies tier (groups whose ``kind.copies``): pair precision, must-match pair recall (copy-copy
pairs included), F1, groups mixing two originals, recall per edit kind and per family, and
members marked "trash" whose original differs from the keeper's (``rules.choose_keepers``,
then ``rules.suggest_trash_lower_resolution``).  Similar-shots tier: groups mixing scenes
(an error) vs distinct originals of one scene (intended).  The previous version
(``--baseline``, default 9e2f04b) runs from a ``git archive`` of that commit in a
subprocess; the classic approach is imagehash pHash + connected components at its best
threshold (by F1 on the tune half).  Fingerprints are cached in the corpus dir per ALGO_ID
(and per baseline commit).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import pickle
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import imagehash
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _common import (
    Corpus,
    Label,
    Scores,
    ShotScores,
    connected_components,
    score,
    score_shots,
    wrong_trash,
)
from corpus import DEFAULT_OUT, N_EDITED, build

from photodedup.core import fingerprint as hashing
from photodedup.core.config import DEFAULT_THRESHOLD, MAX_THRESHOLD, ScanOptions
from photodedup.core.decode import image as imaging
from photodedup.core.group import cluster
from photodedup.core.group import keepers as rules
from photodedup.core.group.index import HammingIndex
from photodedup.core.types import Action, Cluster, FileIdentity, Photo, PhotoFile

REPO = Path(__file__).resolve().parents[1]
BASELINE_REV = "9e2f04b"
CLASSIC_SWEEP = range(0, 25)
CLASSIC_GIANT = 200  # the sweep stops at the first threshold with a component this large
SPLITS = ("tune", "held", "all")
ROTATION_KINDS = (
    "mirror",
    "rotate90_no_exif",
    "rotate180_no_exif",
    "rotate270_no_exif",
    "mirror_rotate90",
)
ROTATION_TARGET = 0.95


@dataclass
class Run:
    """One method on one split: both tiers and the grouping time."""

    copies: Scores
    shots: ShotScores
    seconds: float = 0.0
    errors: list[tuple[str, list[str]]] = field(default_factory=list)  # tier, file names


# --- photodedup (this tree) --------------------------------------------------------------


# The decoders' structure thumbnails (path -> bytes), as a scan hands them to grouping.
THUMBS: dict[str, bytes] = {}


def fingerprint_corpus(corpus: Corpus, use_cache: bool = True) -> tuple[list[Photo], float]:
    """Photos of every corpus file via the pipeline's decode+fingerprint step; seconds.

    Also fills :data:`THUMBS` (what the decoders keep for the structure check in a scan).
    """
    cache = corpus.root / f".photos-{hashing.ALGO_ID}.pkl"
    if use_cache and cache.exists():
        photos, seconds, thumbs = pickle.loads(cache.read_bytes())
        photos, thumbs = _rebased(corpus.root, photos, thumbs)
        THUMBS.update(thumbs)
        return photos, seconds
    options, photos, thumbs = ScanOptions(), [], {}
    start = time.perf_counter()
    for label in corpus.labels:
        path = str(corpus.root / label.name)
        file = PhotoFile(path, FileIdentity.from_stat(os.lstat(path)), str(corpus.root))
        photo, _, thumb = imaging.analyse_file_full(file, options)
        photos.append(photo)
        thumbs[path] = thumb
    seconds = time.perf_counter() - start
    cache.write_bytes(pickle.dumps((photos, seconds, thumbs)))
    THUMBS.update(thumbs)
    return photos, seconds


def _rebased(
    root: Path, photos: list[Photo], thumbs: dict[str, bytes]
) -> tuple[list[Photo], dict[str, bytes]]:
    """Cached photos and thumbnails with their paths under ``root`` as given now: the cache
    holds the paths of the run that made it (``bench/_data/...`` from the main tree), and a
    run from another tree or folder could not open those files again (the structure check
    decodes PNG, WebP and HEIC files itself): it lost those copies without a word."""
    moved = {p.file.path: str(root / Path(p.file.path).name) for p in photos}
    rebased = [p._replace(file=p.file._replace(path=moved[p.file.path])) for p in photos]
    return rebased, {moved.get(k, k): v for k, v in thumbs.items()}


def _find(photos: Sequence[Photo], threshold: int, rotations: bool) -> list[Cluster]:
    return cluster.find_clusters(photos, threshold, rotations=rotations, thumbs=THUMBS)


def _trash_rows(groups: Sequence) -> list[tuple[int, list[tuple[int, bool]]]]:
    return [
        (g.keeper, [(m.photo, m.action == Action.TRASH) for m in g.members[1:]]) for g in groups
    ]


def evaluate(
    labels: Sequence[Label],
    clusters: Sequence[tuple[bool, Sequence[int]]],
    trash: Sequence | None = None,
    trash_lowres: Sequence | None = None,
) -> Run:
    """Both tiers of one grouping: ``clusters`` are (is copies tier, members)."""
    copies = score(labels, [m for is_copy, m in clusters if is_copy])
    shots = score_shots(labels, [m for is_copy, m in clusters if not is_copy])
    copies.wrong_trash = -1 if trash is None else wrong_trash(labels, trash)
    copies.wrong_trash_lowres = -1 if trash_lowres is None else wrong_trash(labels, trash_lowres)
    return Run(copies, shots, errors=_errors(labels, clusters))


def _errors(
    labels: Sequence[Label], clusters: Sequence[tuple[bool, Sequence[int]]]
) -> list[tuple[str, list[str]]]:
    """Copy groups mixing two originals and shots groups mixing two scenes, by file name."""
    out = []
    for is_copy, members in clusters:
        key = "original" if is_copy else "scene"
        if len({getattr(labels[m], key) for m in members}) > 1:
            out.append(("copies" if is_copy else "shots", [labels[m].name for m in members]))
    return out


def print_errors(run: Run, limit: int) -> None:
    """The first ``limit`` wrong groups of one run, largest first."""
    print(f"\nwrong groups ({len(run.errors)}; the first {limit}, largest first):")
    for tier, names in sorted(run.errors, key=lambda e: -len(e[1]))[:limit]:
        by_original: dict[str, list[str]] = {}
        for name in names:  # corpus names are ORIGINAL__EDIT.ext
            original, _, edit = name.partition("__")
            by_original.setdefault(original, []).append(edit.rsplit(".", 1)[0])
        shown = "; ".join(
            f"{original} ({len(edits)}: {', '.join(edits[:4])}{', ...' if len(edits) > 4 else ''})"
            for original, edits in by_original.items()
        )
        print(f"- {tier}, {len(names)} files: {shown}")


def ours(
    corpus: Corpus, photos: list[Photo], rows: list[int], threshold: int, rotations: bool
) -> Run:
    """This tree's photodedup on the files ``rows`` (grouped on their own)."""
    sub = [photos[i] for i in rows]
    start = time.perf_counter()
    clusters = _find(sub, threshold, rotations)
    seconds = time.perf_counter() - start
    groups = rules.choose_keepers(sub, clusters, thumbs=THUMBS)
    lowres = rules.suggest_trash_lower_resolution(sub, groups)
    run = evaluate(
        [corpus.labels[i] for i in rows],
        [(c.kind.copies, c.members) for c in clusters],
        _trash_rows(groups),
        _trash_rows(lowres),
    )
    run.seconds = seconds
    return run


# --- the previous version ----------------------------------------------------------------


def _git(*args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(REPO), *args], check=True, capture_output=True, text=True
    ).stdout.strip()


def baseline_groups(corpus: Corpus, rev: str, threshold: int) -> tuple[dict, str]:
    """Groups of every split by photodedup at commit ``rev`` (its own code, a subprocess)."""
    commit = _git("rev-parse", "--verify", f"{rev}^{{commit}}")
    names = [lab.name for lab in corpus.labels]
    splits = {s: corpus.indices(s) for s in SPLITS}
    with tempfile.TemporaryDirectory(prefix="photodedup-baseline-") as tmp:
        archive = subprocess.run(
            ["git", "-C", str(REPO), "archive", commit], check=True, capture_output=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        job = {
            "root": str(corpus.root.resolve()),  # the runner works in another folder
            "names": names,
            "splits": splits,
            "threshold": threshold,
            "cache": str(corpus.root.resolve() / f".baseline-{commit[:12]}.pkl"),
        }
        job_path = Path(tmp) / "job.json"
        job_path.write_text(json.dumps(job))
        env = {**os.environ, "PYTHONPATH": tmp}
        runner = Path(__file__).resolve().parent / "_baseline_run.py"
        out = subprocess.run(
            [sys.executable, str(runner), str(job_path)],
            env=env,
            cwd=tmp,
            check=False,
            capture_output=True,
            text=True,
        )
    if out.returncode != 0:  # say why: the runner's own traceback, not only its exit status
        raise SystemExit(f"the {rev} baseline run failed:\n{out.stderr[-4000:]}")
    return json.loads(out.stdout), commit[:7]


def _local(items: list, pos: dict[int, int]) -> list[tuple[int, list[tuple[int, bool]]]]:
    return [(pos[k], [(pos[m], t) for m, t in ms]) for k, ms in items]


def baseline_runs(corpus: Corpus, groups: dict) -> dict[str, Run]:
    """Score the previous version's groups on each split."""
    runs = {}
    for split, result in groups.items():
        rows = corpus.indices(split)
        pos = {g: k for k, g in enumerate(rows)}

        clusters = [
            (copies, [pos[m] for m in members]) for _, copies, members in result["clusters"]
        ]
        lowres = _local(result["trash_lowres"], pos) if "trash_lowres" in result else None
        labels = [corpus.labels[i] for i in rows]
        runs[split] = evaluate(labels, clusters, _local(result["trash"], pos), lowres)
    return runs


# --- the classic approach ----------------------------------------------------------------


def classic_hashes(corpus: Corpus) -> tuple[np.ndarray, float]:
    """imagehash pHash (64 bits) of every file's full, oriented decode; seconds."""
    cache = corpus.root / ".classic-phash.npy"
    if cache.exists():
        return np.load(cache), float("nan")
    start = time.perf_counter()
    keys = []
    for label in corpus.labels:
        img, _ = imaging.open_oriented(str(corpus.root / label.name))
        keys.append(int(str(imagehash.phash(img)), 16))
    arr = np.array(keys, dtype=np.uint64)
    np.save(cache, arr)
    return arr, time.perf_counter() - start


def classic_at(corpus: Corpus, keys: np.ndarray, rows: list[int], threshold: int) -> Run:
    """pHash + all pairs + connected components at one threshold, on the files ``rows``."""
    i, j, _ = HammingIndex(keys[rows]).pairs_within(threshold)
    groups = connected_components(len(rows), zip(i.tolist(), j.tolist(), strict=True))
    return evaluate([corpus.labels[r] for r in rows], [(True, g) for g in groups])


def classic_sweep(corpus: Corpus, keys: np.ndarray, rows: list[int]) -> dict[int, Run]:
    """pHash + all pairs + connected components at each threshold, on the files ``rows``."""
    sub = keys[rows]
    i, j, d = HammingIndex(sub).pairs_within(max(CLASSIC_SWEEP))
    labels = [corpus.labels[r] for r in rows]
    out = {}
    for t in CLASSIC_SWEEP:
        m = d <= t
        groups = connected_components(len(sub), zip(i[m].tolist(), j[m].tolist(), strict=True))
        if out and max(map(len, groups), default=0) > CLASSIC_GIANT:
            break  # chained into a giant component: precision only falls from here
        out[t] = evaluate(labels, [(True, g) for g in groups])
    return out


# --- report ------------------------------------------------------------------------------


def _seconds(value: float) -> str:
    if value < 0:
        return "skipped"
    return "cached" if math.isnan(value) else f"{value:.1f} s"


def _ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _trash_cell(s: Scores) -> str:
    def fmt(n: int) -> str:
        return "-" if n < 0 else str(n)

    return f"{fmt(s.wrong_trash)} / {fmt(s.wrong_trash_lowres)}"


def print_overall(methods: dict[str, dict[str, Run]], splits: Sequence[str]) -> None:
    """Copies tier, one row per method and split."""
    print(
        "| method | split | pair precision | must-match pair recall | F1 | groups mixing two "
        "originals | copy groups | false pairs | wrong trash (default / lower-res) |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for name, runs in methods.items():
        for split in splits:
            s = runs[split].copies
            print(
                f"| {name} | {split} | {s.precision:.4f} | {s.recall:.4f} | {s.f1:.4f} "
                f"| {s.mixed_groups} | {s.groups} | {s.false_pairs} | {_trash_cell(s)} |"
            )


def _columns(methods: dict[str, dict[str, Run]], splits: Sequence[str]) -> list[tuple[str, Run]]:
    first, *rest = methods
    cols = [(f"{first} {s}", methods[first][s]) for s in splits]
    return cols + [(f"{name} {splits[-1]}", methods[name][splits[-1]]) for name in rest]


def print_kinds(corpus: Corpus, methods: dict[str, dict[str, Run]], splits: Sequence[str]) -> None:
    """Recall per edit kind (original-copy pairs)."""
    cols = _columns(methods, splits)
    print("\n| edit kind | class | " + " | ".join(c for c, _ in cols) + " |")
    print("|---|---|" + "---|" * len(cols))
    for cls, kinds in (("must", corpus.must_kinds), ("may", corpus.may_kinds)):
        for kind in kinds:
            cells = " | ".join(_ratio(r.copies.per_kind.get(kind)) for _, r in cols)
            print(f"| {kind} | {cls} | {cells} |")


def print_families(
    corpus: Corpus, methods: dict[str, dict[str, Run]], splits: Sequence[str]
) -> None:
    """Must-match recall and false pairs per family."""
    cols = _columns(methods, splits)
    originals: dict[str, int] = {}
    for lab in corpus.labels:
        if lab.cls == "original":
            originals[lab.family] = originals.get(lab.family, 0) + 1
    head = " | ".join(f"{c} R / false pairs" for c, _ in cols)
    print(f"\n| family | originals | {head} |")
    print("|---|---|" + "---|" * len(cols))
    for fam in sorted(originals):
        cells = " | ".join(
            f"{_ratio(r.copies.per_family.get(fam))} / {r.copies.false_by_family.get(fam, 0)}"
            for _, r in cols
        )
        print(f"| {fam} | {originals[fam]} | {cells} |")


def print_shots(methods: dict[str, dict[str, Run]], splits: Sequence[str]) -> None:
    """The similar-shots tier per method and split."""
    print(
        "\n| method | split | shots groups | mixing scenes (error) | one scene, distinct "
        "originals (intended) | copies of one original |"
    )
    print("|---|---|---|---|---|---|")
    for name, runs in methods.items():
        for split in splits:
            s = runs[split].shots
            print(
                f"| {name} | {split} | {s.groups} | {s.mixed_scenes} | {s.same_scene} "
                f"| {s.one_original} |"
            )


def print_rotations(runs: dict[str, Run], splits: Sequence[str]) -> None:
    """May-edit recall for mirror and rotations (with --rotations), against the target."""
    print(f"\n| rotation option: may edit | {' | '.join(splits)} | target |")
    print("|---|" + "---|" * len(splits) + "---|")
    for kind in ROTATION_KINDS:
        cells = " | ".join(_ratio(runs[s].copies.per_kind.get(kind)) for s in splits)
        print(f"| {kind} | {cells} | >= {ROTATION_TARGET} |")


def print_slider(
    corpus: Corpus, photos: list[Photo], splits: Sequence[str], rotations: bool
) -> None:
    """photodedup across the slider range, per split."""
    head = " | ".join(f"{s} P | {s} R | {s} mixed | {s} shots mixing scenes" for s in splits)
    print(f"\n| threshold | {head} |")
    print("|---|" + "---|---|---|---|" * len(splits))
    for t in range(0, MAX_THRESHOLD + 1, 2):
        cells = []
        for split in splits:
            r = ours(corpus, photos, corpus.indices(split), t, rotations)
            c = r.copies
            cells.append(
                f"{c.precision:.4f} | {c.recall:.4f} | {c.mixed_groups} | {r.shots.mixed_scenes}"
            )
        mark = " (default)" if t == DEFAULT_THRESHOLD else ""
        print(f"| {t}{mark} | " + " | ".join(cells) + " |")


# --- main --------------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--build", action="store_true", help="build the corpus if missing")
    parser.add_argument("--no-cache", action="store_true", help="re-fingerprint every file")
    parser.add_argument("--sweep", action="store_true", help="also sweep the threshold")
    parser.add_argument("--rotations", action="store_true", help="find_clusters(rotations=True)")
    parser.add_argument("--baseline", default=BASELINE_REV, help="previous version (git rev)")
    parser.add_argument("--no-baseline", action="store_true", help="skip the previous version")
    parser.add_argument("--only", choices=("tune", "held"), help="report one split only")
    parser.add_argument(
        "--show-errors", type=int, default=0, metavar="N", help="list N wrong groups (ours)"
    )
    return parser


def _classic(corpus: Corpus, splits: Sequence[str]) -> tuple[dict[str, Run], int, float]:
    """The classic approach on each split at its best threshold by F1 on the tune half."""
    keys, seconds = classic_hashes(corpus)
    sweeps = {s: classic_sweep(corpus, keys, corpus.indices(s)) for s in {*splits, "tune"}}
    best = max(sweeps["tune"], key=lambda t: (sweeps["tune"][t].copies.f1, -t))
    runs = {}
    for s in splits:  # the sweep may have stopped below ``best`` on a bigger split
        rows = corpus.indices(s)
        runs[s] = sweeps[s].get(best) or classic_at(corpus, keys, rows, best)
    return runs, best, seconds


def _header(corpus: Corpus, splits: Sequence[str], rotations: bool) -> None:
    for split in splits:
        rows = corpus.indices(split)
        n_orig = sum(1 for i in rows if corpus.labels[i].cls == "original")
        n_scenes = len({corpus.labels[i].scene for i in rows})
        print(f"{split}: {len(rows)} files, {n_orig} originals, {n_scenes} scenes")
    print(f"corpus: {corpus.root}; threshold {DEFAULT_THRESHOLD}; rotations {rotations}\n")


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    args = _parser().parse_args(argv)
    if not (args.corpus / "labels.json").exists():
        if not args.build:
            print(f"no corpus at {args.corpus}; run with --build", file=sys.stderr)
            return 2
        build(args.corpus, n_edited=N_EDITED, seed=1)
    corpus = Corpus.load(args.corpus)
    splits = (args.only,) if args.only else SPLITS
    photos, t_fp = fingerprint_corpus(corpus, use_cache=not args.no_cache)
    name = "photodedup" + (" --rotations" if args.rotations else "")
    methods = {
        name: {
            s: ours(corpus, photos, corpus.indices(s), DEFAULT_THRESHOLD, args.rotations)
            for s in splits
        }
    }
    start = time.perf_counter()
    if not args.no_baseline:
        groups, commit = baseline_groups(corpus, args.baseline, DEFAULT_THRESHOLD)
        runs = baseline_runs(corpus, groups)
        methods[f"previous ({commit})"] = {s: runs[s] for s in splits}
    t_base = time.perf_counter() - start if not args.no_baseline else -1.0
    classic, t_best, t_classic = _classic(corpus, splits)
    methods[f"classic pHash (t={t_best})"] = classic
    _header(corpus, splits, args.rotations)
    print_overall(methods, splits)
    print_kinds(corpus, methods, splits)
    print_families(corpus, methods, splits)
    print_shots(methods, splits)
    if args.rotations:
        print_rotations(methods[name], splits)
    if args.show_errors:
        print_errors(methods[name][splits[-1]], args.show_errors)
    t_group = methods[name][splits[-1]].seconds
    print(
        f"\ntimings: decode+fingerprint {t_fp:.1f} s ({1000 * t_fp / len(photos):.1f} ms/file),"
        f" grouping ({splits[-1]}) {t_group:.2f} s; previous version {_seconds(t_base)}; "
        f"classic full decode+pHash {_seconds(t_classic)}"
    )
    if args.sweep:
        print_slider(corpus, photos, splits, args.rotations)
    return 0


if __name__ == "__main__":
    sys.exit(main())
