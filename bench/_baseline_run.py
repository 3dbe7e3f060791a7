"""Group the corpus with another revision of photodedup (run with PYTHONPATH at its tree).

    python bench/_baseline_run.py job.json > groups.json

``job.json``: {"root", "names", "splits": {name: [indices]}, "threshold", "cache"}.  Prints
{split: {"clusters": [[kind, copies, [members]]], "trash": [[keeper, [[member, trash]]]],
"trash_lowres": [...]}} with indices into ``names``.  Uses only that revision's own
``imaging.analyse_file``, ``cluster.find_clusters`` and ``rules``; fingerprints are cached
in ``cache`` (a pickle only that revision reads).
"""

from __future__ import annotations

import json
import os
import pickle
import sys
import time
from pathlib import Path
from typing import Any

from photodedup.core.config import ScanOptions
from photodedup.core.types import FileIdentity, PhotoFile

try:  # the layout since the stage packages (issue #17)
    from photodedup.core.decode import image as imaging
    from photodedup.core.group import cluster
    from photodedup.core.group import keepers as rules
except ImportError:  # earlier revisions: flat modules in photodedup.core
    from photodedup.core import cluster, imaging, rules  # type: ignore[no-redef, attr-defined]


def _photos(root: str, names: list[str], cache: Path) -> list[Any]:
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    options, photos = ScanOptions(), []
    start = time.perf_counter()
    for name in names:
        path = str(Path(root) / name)
        file = PhotoFile(path, FileIdentity.from_stat(os.lstat(path)), root)
        photos.append(imaging.analyse_file(file, options))
    print(f"baseline fingerprints: {time.perf_counter() - start:.1f} s", file=sys.stderr)
    cache.write_bytes(pickle.dumps(photos))
    return photos


def _trash(groups: list[Any], rows: list[int]) -> list[list[Any]]:
    return [
        [rows[g.members[0].photo], [[rows[m.photo], m.action == "trash"] for m in g.members[1:]]]
        for g in groups
    ]


def _split(photos: list[Any], rows: list[int], threshold: int) -> dict[str, Any]:
    sub = [photos[i] for i in rows]
    clusters = cluster.find_clusters(sub, threshold)
    groups = rules.choose_keepers(sub, clusters)
    lowres = getattr(rules, "suggest_trash_lower_resolution", None)
    out = {
        "clusters": [
            [str(c.kind), bool(getattr(c.kind, "copies", True)), [rows[m] for m in c.members]]
            for c in clusters
        ],
        "trash": _trash(groups, rows),
    }
    if lowres is not None:
        out["trash_lowres"] = _trash(lowres(sub, groups), rows)
    return out


def main() -> int:
    """Read the job, print the groups of every split as JSON."""
    job = json.loads(Path(sys.argv[1]).read_text())
    photos = _photos(job["root"], job["names"], Path(job["cache"]))
    result = {name: _split(photos, rows, job["threshold"]) for name, rows in job["splits"].items()}
    json.dump(result, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
