"""The user's decisions written out: JSON for ``photodedup apply``, CSV for spreadsheets.

Both follow the marks, not the scan's suggestions: a member is ``trash`` only when it is
marked.  The CSV tells the keeper (``keep``) from copies left unmarked (``undecided``);
the JSON keeps the two values ``apply`` accepts.  Qt-free.
"""

from __future__ import annotations

import copy
import csv
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from photodedup.core import report
from photodedup.core.config import ScanOptions
from photodedup.core.review import Review
from photodedup.core.types import Action, ScanResult

UNDECIDED = "undecided"


def decided_result(review: Review) -> ScanResult:
    """The visible groups, with ``trash`` on the marked members and ``keep`` elsewhere."""
    groups = []
    for group in review.groups:
        members = tuple(
            m._replace(action=Action.TRASH if m.photo in review.marked else Action.KEEP)
            for m in group.members
        )
        groups.append(replace(group, members=members))
    return replace(review.view_result(), groups=groups)


def job(
    review: Review, options: ScanOptions, path: str, fmt: str
) -> Callable[[object, object], str]:
    """Background work writing ``fmt`` ("json" or "csv"), over a snapshot of the marks."""
    snapshot = copy.copy(review)
    snapshot.marked = set(review.marked)

    def work(_progress: object, _cancel: object) -> str:
        if fmt == "json":
            document = report.scan_document(decided_result(snapshot), options)
            report.write_json(document, path)
        else:
            write_csv(snapshot, path)
        return path

    return work


def write_csv(review: Review, path: str | Path) -> None:
    """One row per member; ``action`` is keep (the keeper), trash (marked) or undecided."""
    result = decided_result(review)
    keepers = {g.members[0].photo for g in result.groups}
    marked = review.marked
    rows = list(report.csv_rows(result))
    members = [m.photo for g in result.groups for m in g.members]
    for row, photo in zip(rows, members, strict=True):
        if photo not in keepers and photo not in marked:
            row["action"] = UNDECIDED
    with Path(path).open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=report.CSV_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
