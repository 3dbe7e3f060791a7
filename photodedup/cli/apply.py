"""``photodedup apply``: trash the members marked ``trash`` in a scan document (or, with
``--move-to DIR``, move them into that folder; journaled and undoable the same way)."""

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
from photodedup.core.group.shots import ROLE_LIVE_PHOTO, ROLE_SHOT, ROLE_SIDECAR, follower_role
from photodedup.core.progress import CancelToken
from photodedup.core.units import human_bytes

_FOLLOWER_TEXT = {
    ROLE_SIDECAR: "sidecar of",
    ROLE_SHOT: "same shot as",
    ROLE_LIVE_PHOTO: "Live Photo movie of",
}


def print_plan(plan: TrashPlan, verb: str = "trash") -> None:
    """What a clean-up would trash (``verb``: or "move") and keep, and what it refuses."""
    for group in plan.groups:
        keepers = ", ".join(shown(k.path) for k in group.keepers)
        print(f"group {group.group_id}: keep {keepers}")
        for victim in group.victims:
            print(f"  {verb} {shown(victim.path)}")
    for sidecar in plan.sidecars:
        owners = ", ".join(shown(o) for o in sidecar.owners)
        what = _FOLLOWER_TEXT[follower_role(sidecar.file.path)]
        print(f"  {verb} {shown(sidecar.file.path)} ({what} {owners})")
    for refusal in plan.refused:
        print(f"refused {shown(refusal.path)}: {refusal.reason}")
    for kept in plan.kept_sidecars:
        print(f"kept sidecar {shown(kept.path)}: {kept.reason}")


def cmd_apply(args: argparse.Namespace) -> int:
    """Trash the ``trash`` members of a (possibly edited) scan result; dry run without --yes.

    The whole document is validated before anything moves (exit 2 if it is invalid).
    ``--move-to DIR``: move into ``DIR`` instead (refused, exit 2, inside a trash,
    photodedup's folders or a reference folder).
    """
    from photodedup.core import report
    from photodedup.core.cleanup import execute as actions
    from photodedup.core.cleanup import plan
    from photodedup.core.cleanup.destination import Destination, DestinationError

    try:
        doc = report.read_document(args.result)
    except report.ReportError as exc:
        print(f"photodedup: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if note := report.trust_note(doc):
        print(note)
    folder: Destination | None = None
    if getattr(args, "move_to", None):
        try:
            folder = Destination(args.move_to, doc.get("reference_roots") or [])
        except DestinationError as exc:
            print(f"photodedup: cannot move there: {exc}", file=sys.stderr)
            return EXIT_USAGE
    trash_plan = plan.make_plan(report.candidates_from_document(doc))
    print_plan(trash_plan, "trash" if folder is None else "move")
    size = human_bytes(trash_plan.total_bytes)
    where = "the trash" if folder is None else shown(folder.folder)
    if not args.yes:
        print(
            f"Dry run: would move {trash_plan.file_count + len(trash_plan.sidecars)} files "
            f"({size}) to {where}. "
            "Run again with --yes to do it."
        )
        return EXIT_OK
    token = CancelToken()
    bar = TerminalProgress()
    try:
        with ctrl_c_cancels(token):
            outcomes = actions.execute(trash_plan, progress=bar, cancel=token, destination=folder)
    finally:
        bar.close()
    elsewhere = doc.get("pixels_checked") is False  # photodedup group: files maybe not here
    for outcome in outcomes:
        reason = f": {outcome.reason}" if outcome.reason else ""
        if elsewhere and outcome.outcome in (actions.Outcome.CHANGED, actions.Outcome.SKIPPED):
            reason += " (grouped from fingerprints: scan the files on this machine first)"
        print(f"{outcome.outcome.value} {shown(outcome.path)}{reason}")
    counts = Counter(o.outcome for o in outcomes)
    done = actions.Outcome.TRASHED if folder is None else actions.Outcome.MOVED
    kinds = [k for k in actions.Outcome if k is done or k not in actions.DONE]
    print(", ".join(f"{counts[kind]} {kind.value}" for kind in kinds))
    if token.cancelled:
        moved = counts[done]
        print(
            f"photodedup: interrupted: {moved} file{'s' if moved != 1 else ''} moved to "
            f"{where} before stopping (listed above); 'photodedup undo' puts them back",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    return EXIT_PROBLEM if counts[actions.Outcome.FAILED] else EXIT_OK
