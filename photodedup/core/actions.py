"""Carry out a :class:`~photodedup.core.plan.TrashPlan`: trash only, verified, journaled.

Everything runs serially in the calling thread (G9: no two trash moves race for a name).
For each victim, right before acting:

1. every keeper of its group is re-verified (still there, a regular file, same dev/ino/
   size/mtime/ctime as scanned, not in a trash or photodedup folder, not the victim's
   inode or real path); if one fails, the rest of the group is SKIPPED ("keeper changed");
2. the victim is re-verified (same identity, regular file); else CHANGED.  When the
   scan recorded a content hash, the bytes of keepers and victims are re-hashed too
   (rmlint ``-p``);
3. an intent line is fsync'd to the journal, the file goes to the trash with
   send2trash, and the result is checked on disk: gone from its path *and* found in the
   trash, else FAILED (per-file truth, G7); the journal gets the outcome.

No code here removes or renames a user file itself.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from photodedup.core import trash
from photodedup.core.decode_io import DecodeError, read_path
from photodedup.core.imaging import content_key
from photodedup.core.journal import Journal
from photodedup.core.plan import Candidate, PlannedGroup, TrashPlan
from photodedup.core.progress import (
    STAGE_TRASH,
    CancelToken,
    Progress,
    ProgressCallback,
    ignore_progress,
)
from photodedup.core.trash import is_out_of_scope
from photodedup.core.types import FileIdentity, display_path

log = logging.getLogger(__name__)


class Outcome(StrEnum):
    """What happened to one victim."""

    TRASHED = "trashed"
    CHANGED = "changed"
    FAILED = "failed"
    SKIPPED = "skipped"


@dataclass(frozen=True, slots=True)
class ActionOutcome:
    """One victim's outcome, with a reason a person can read."""

    path: str
    group_id: int
    outcome: Outcome
    reason: str = ""


_FIELDS = ("dev", "ino", "size", "mtime_ns", "ctime_ns")


def check_unchanged(candidate: Candidate) -> str:
    """Empty if ``candidate`` is on disk exactly as scanned, else what differs."""
    try:
        st = os.lstat(candidate.path)
    except FileNotFoundError:
        return "no longer exists"
    except OSError as exc:
        return f"cannot be checked ({exc.strerror or exc})"
    if not stat.S_ISREG(st.st_mode):
        return "no longer a regular file"
    now = FileIdentity.from_stat(st)
    changed = [f for f in _FIELDS if getattr(now, f) != getattr(candidate.identity, f)]
    if changed:
        return "modified (" + ", ".join(changed) + ")"
    if is_out_of_scope(candidate.path):
        return "inside a trash or photodedup folder"
    return ""


def content_changed(candidate: Candidate) -> str:
    """Empty if the bytes still hash to the scan's content key (or none was recorded)."""
    if not candidate.content_key:
        return ""
    try:
        data = read_path(candidate.path, max(candidate.identity.size, 1))
    except DecodeError as exc:
        return f"cannot be re-read ({exc})"
    if content_key(data) != candidate.content_key:
        return "content differs from the scan"
    return ""


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.realpath(a) == os.path.realpath(b) or Path(a).samefile(b)
    except OSError:
        return False


def keeper_problem(keepers: tuple[Candidate, ...], victim: Candidate | None = None) -> str:
    """Empty if every keeper is as scanned (and not the same file as ``victim``)."""
    for keeper in keepers:
        problem = check_unchanged(keeper)
        if not problem and victim is not None and _same_file(keeper.path, victim.path):
            problem = "is the same file as the one to trash"
        if problem:
            return f"keeper changed: {display_path(keeper.path)} {problem}"
    return ""


def _trash_one(group: PlannedGroup, victim: Candidate, journal: Journal) -> ActionOutcome:
    gid = group.group_id
    changed = check_unchanged(victim) or content_changed(victim)
    if changed:
        return ActionOutcome(victim.path, gid, Outcome.CHANGED, f"changed since scan: {changed}")
    problem = keeper_problem(group.keepers, victim)
    if problem:
        return ActionOutcome(victim.path, gid, Outcome.SKIPPED, problem)
    try:  # write-ahead: no journal line, no trashing
        entry = journal.intent(gid, victim.path, victim.identity, group.keepers[0].path,
                               victim.content_key)  # fmt: skip
    except OSError as exc:
        reason = f"not trashed: the undo journal cannot be written ({exc.strerror or exc})"
        return ActionOutcome(victim.path, gid, Outcome.FAILED, reason)
    item, reason = _move(victim)
    try:
        if item is None:
            journal.failed(entry, reason)
        else:
            journal.done(entry, item)
    except OSError as exc:  # the file's fate is known; only the journal line is missing
        log.error("journal not updated for %s: %s", display_path(victim.path), exc)
    if item is None:
        return ActionOutcome(victim.path, gid, Outcome.FAILED, reason)
    return ActionOutcome(victim.path, gid, Outcome.TRASHED)


def _move(victim: Candidate) -> tuple[trash.TrashedItem | None, str]:
    """send2trash, then the truth on disk: (where it went, "") or (None, why not)."""
    try:
        item = trash.send_to_trash(victim.path)
    except OSError as exc:
        item = _moved_despite(victim, exc)
        if item is None:
            return None, _error_text(exc)
    reason = _confirm(victim, item)
    return (None, reason) if reason or item is None else (item, "")


def _moved_despite(victim: Candidate, exc: OSError) -> trash.TrashedItem | None:
    """After an error: the file may still have reached the trash (report the truth)."""
    if os.path.lexists(victim.path):
        return None
    log.warning("trash reported %s but %s left its folder", exc, display_path(victim.path))
    return trash.locate(victim.path, victim.identity)


def _confirm(victim: Candidate, item: trash.TrashedItem | None) -> str:
    """Per-file truth: the file left its path and is in the trash."""
    if os.path.lexists(victim.path):
        return "still in place after trashing (the trash reported success)"
    if item is None:
        return "moved away, but not found in the trash"
    return ""


def _error_text(exc: OSError) -> str:
    if isinstance(exc, trash.TrashPermissionError):
        return f"no usable trash on this drive ({exc.filename or exc}); file left in place"
    detail = exc.strerror or str(exc) or type(exc).__name__
    return f"could not trash: {detail}" + (f" [errno {exc.errno}]" if exc.errno else "")


def _keeper_content_problem(group: PlannedGroup) -> str:
    """The keepers' bytes are re-hashed once, before the first victim."""
    for keeper in group.keepers:
        if problem := content_changed(keeper):
            return f"keeper changed: {display_path(keeper.path)} {problem}"
    return ""


def _run_group(
    group: PlannedGroup, journal: Journal, cancel: CancelToken | None
) -> Iterator[ActionOutcome]:
    refuse = ""
    for index, victim in enumerate(group.victims):
        if cancel is not None and cancel.cancelled:
            refuse = refuse or "cancelled"
        refuse = refuse or keeper_problem(group.keepers)
        if index == 0:
            refuse = refuse or _keeper_content_problem(group)
        if refuse:
            yield ActionOutcome(victim.path, group.group_id, Outcome.SKIPPED, refuse)
        else:
            yield _trash_one(group, victim, journal)


def execute(
    plan: TrashPlan,
    *,
    journal: Journal | None = None,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> list[ActionOutcome]:
    """Trash the plan's victims; one outcome per victim, in plan order.

    ``journal`` None writes to the default journal directory.  Cancelling stops before the
    next file; the files not reached are SKIPPED with reason "cancelled".
    """
    journal = journal if journal is not None else Journal()
    total = plan.file_count
    outcomes: list[ActionOutcome] = []
    progress(Progress(STAGE_TRASH, 0, total))
    with trash.exclusive_lock():
        for group in plan.groups:
            for outcome in _run_group(group, journal, cancel):
                outcomes.append(outcome)
                progress(Progress(STAGE_TRASH, len(outcomes), total, display_path(outcome.path)))
    return outcomes
