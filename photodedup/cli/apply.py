"""``photodedup apply``: trash the members marked ``trash`` in a scan document (or, with
``--move-to DIR``, move them into that folder; journaled and undoable the same way)."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from typing import TYPE_CHECKING

from photodedup.cli.common import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_PROBLEM,
    EXIT_USAGE,
    TerminalProgress,
    ctrl_c_cancels,
    shown,
)
from photodedup.cli.text import core, later, ntr, tr
from photodedup.core.cleanup.execute import Outcome
from photodedup.core.cleanup.plan import TrashPlan
from photodedup.core.group.shots import ROLE_LIVE_PHOTO, ROLE_SHOT, ROLE_SIDECAR, follower_role
from photodedup.core.messages import from_error
from photodedup.core.progress import CancelToken
from photodedup.core.units import human_bytes

if TYPE_CHECKING:
    from photodedup.core.cleanup.destination import Destination

_FOLLOWER_TEXT = {
    ROLE_SIDECAR: later("sidecar of {owners}"),
    ROLE_SHOT: later("same shot as {owners}"),
    ROLE_LIVE_PHOTO: later("Live Photo movie of {owners}"),
}
_OUTCOMES = {
    Outcome.TRASHED: later("trashed"),
    Outcome.MOVED: later("moved"),
    Outcome.CHANGED: later("changed"),
    Outcome.FAILED: later("failed"),
    Outcome.SKIPPED: later("skipped"),
}


def print_plan(plan: TrashPlan, move: bool = False) -> None:
    """What a clean-up would trash (or ``move``) and keep, and what it refuses."""
    verb = tr("move") if move else tr("trash")
    for group in plan.groups:
        keepers = ", ".join(shown(k.path) for k in group.keepers)
        print(tr("group {id}: keep {keepers}", id=group.group_id, keepers=keepers))
        for victim in group.victims:
            print(f"  {verb} {shown(victim.path)}")
    for sidecar in plan.sidecars:
        owners = ", ".join(shown(o) for o in sidecar.owners)
        what = tr(_FOLLOWER_TEXT[follower_role(sidecar.file.path)], owners=owners)
        print(f"  {verb} {shown(sidecar.file.path)} ({what})")
    for refusal in plan.refused:
        print(tr("refused {path}: {reason}", path=shown(refusal.path), reason=core(refusal.reason)))
    for kept in plan.kept_sidecars:
        print(tr("kept sidecar {path}: {reason}", path=shown(kept.path), reason=core(kept.reason)))


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
        print("photodedup: " + core(from_error(exc)), file=sys.stderr)  # what is wrong
        return EXIT_USAGE
    if note := report.trust_note(doc):
        print(core(note))
    folder: Destination | None = None
    if getattr(args, "move_to", None):
        try:
            folder = Destination(args.move_to, doc.get("reference_roots") or [])
        except DestinationError as exc:
            error = core(from_error(exc))
            print("photodedup: " + tr("cannot move there: {error}", error=error), file=sys.stderr)
            return EXIT_USAGE
    trash_plan = plan.make_plan(report.candidates_from_document(doc))
    print_plan(trash_plan, move=folder is not None)
    size = human_bytes(trash_plan.total_bytes)
    count = trash_plan.file_count + len(trash_plan.sidecars)
    if not args.yes:
        if folder is None:
            text = ntr(
                "Dry run: would move %n file ({size}) to the trash.",
                "Dry run: would move %n files ({size}) to the trash.",
                count,
                size=size,
            )
        else:
            text = ntr(
                "Dry run: would move %n file ({size}) to {folder}.",
                "Dry run: would move %n files ({size}) to {folder}.",
                count,
                size=size,
                folder=shown(folder.folder),
            )
        print(text + " " + tr("Run again with --yes to do it."))
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
        reason = f": {core(outcome.reason)}" if outcome.reason else ""
        if elsewhere and outcome.outcome in (Outcome.CHANGED, Outcome.SKIPPED):
            reason += " " + tr("(grouped from fingerprints: scan the files on this machine first)")
        print(f"{tr(_OUTCOMES[outcome.outcome])} {shown(outcome.path)}{reason}")
    counts = Counter(o.outcome for o in outcomes)
    done = Outcome.TRASHED if folder is None else Outcome.MOVED
    kinds = [k for k in Outcome if k is done or k not in actions.DONE]
    print(", ".join(_counted(kind, counts[kind]) for kind in kinds))
    if token.cancelled:
        print("photodedup: " + _interrupted(counts[done], folder), file=sys.stderr)
        return EXIT_INTERRUPTED
    return EXIT_PROBLEM if counts[actions.Outcome.FAILED] else EXIT_OK


def _interrupted(moved: int, folder: Destination | None) -> str:
    """What an interrupted clean-up did (``moved`` files to the trash or ``folder``)."""
    if folder is None:
        return ntr(
            "interrupted: %n file moved to the trash before stopping (listed above); "
            "'photodedup undo' puts them back",
            "interrupted: %n files moved to the trash before stopping (listed above); "
            "'photodedup undo' puts them back",
            moved,
        )
    return ntr(
        "interrupted: %n file moved to {folder} before stopping (listed above); "
        "'photodedup undo' puts them back",
        "interrupted: %n files moved to {folder} before stopping (listed above); "
        "'photodedup undo' puts them back",
        moved,
        folder=shown(folder.folder),
    )


def _counted(kind: Outcome, count: int) -> str:
    """E.g. "3 trashed" in the user's language."""
    if kind is Outcome.TRASHED:
        return ntr("%n trashed", "%n trashed", count)
    if kind is Outcome.MOVED:
        return ntr("%n moved", "%n moved", count)
    if kind is Outcome.CHANGED:
        return ntr("%n changed", "%n changed", count)
    if kind is Outcome.FAILED:
        return ntr("%n failed", "%n failed", count)
    return ntr("%n skipped", "%n skipped", count)
