"""``photodedup apply``: trash the members marked ``trash`` in a scan document."""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from photodedup.cli.common import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_PROBLEM,
    EXIT_USAGE,
    TerminalProgress,
    ctrl_c_cancels,
    shown,
)
from photodedup.core.cleanup.plan import TrashPlan
from photodedup.core.progress import CancelToken
from photodedup.core.units import human_bytes


def print_plan(plan: TrashPlan) -> None:
    """What a clean-up would trash and keep, and what it refuses."""
    for group in plan.groups:
        keepers = ", ".join(shown(k.path) for k in group.keepers)
        print(f"group {group.group_id}: keep {keepers}")
        for victim in group.victims:
            print(f"  trash {shown(victim.path)}")
    for sidecar in plan.sidecars:
        owners = ", ".join(shown(o) for o in sidecar.owners)
        print(f"  trash {shown(sidecar.file.path)} (sidecar of {owners})")
    for refusal in plan.refused:
        print(f"refused {shown(refusal.path)}: {refusal.reason}")
    for kept in plan.kept_sidecars:
        print(f"kept sidecar {shown(kept.path)}: {kept.reason}")


def cmd_apply(args: argparse.Namespace) -> int:
    """Trash the ``trash`` members of a (possibly edited) scan result; dry run without --yes.

    The whole document is validated before anything moves (exit 2 if it is invalid).
    """
    from photodedup.core import report
    from photodedup.core.cleanup import execute as actions
    from photodedup.core.cleanup import plan

    try:
        doc = report.read_document(args.result)
    except report.ReportError as exc:
        print(f"photodedup: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if note := report.trust_note(doc):
        print(note)
    trash_plan = plan.make_plan(report.candidates_from_document(doc))
    print_plan(trash_plan)
    size = human_bytes(trash_plan.total_bytes)
    if not args.yes:
        print(
            f"Dry run: would move {trash_plan.file_count + len(trash_plan.sidecars)} files "
            f"({size}) to the trash. "
            "Run again with --yes to do it."
        )
        return EXIT_OK
    token = CancelToken()
    bar = TerminalProgress()
    try:
        with ctrl_c_cancels(token):
            outcomes = actions.execute(trash_plan, progress=bar, cancel=token)
    finally:
        bar.close()
    for outcome in outcomes:
        reason = f": {outcome.reason}" if outcome.reason else ""
        print(f"{outcome.outcome.value} {shown(outcome.path)}{reason}")
    counts = Counter(o.outcome for o in outcomes)
    print(", ".join(f"{counts[kind]} {kind.value}" for kind in actions.Outcome))
    if token.cancelled:
        moved = counts[actions.Outcome.TRASHED]
        print(
            f"photodedup: interrupted: {moved} file{'s' if moved != 1 else ''} moved to the "
            "trash before stopping (listed above); 'photodedup undo' puts them back",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    return EXIT_PROBLEM if counts[actions.Outcome.FAILED] else EXIT_OK
