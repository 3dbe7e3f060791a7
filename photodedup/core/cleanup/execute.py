"""Carry out a :class:`~photodedup.core.cleanup.plan.TrashPlan`: trash only, verified, journaled.

Everything runs serially in the calling thread (G9: no two trash moves race for a name).
For each victim, right before acting:

1. every keeper of its group is re-verified (still there, a regular file, same dev/ino/
   size/mtime/ctime as scanned, not in a trash or photodedup folder, not the victim's
   inode or real path); if one fails, the rest of the group is SKIPPED ("keeper changed");
2. the victim is re-verified (same identity, regular file, same real path); else
   CHANGED.  When the scan recorded a content hash, the bytes of keepers and victims are
   re-hashed too (rmlint ``-p``); a victim of an exact group (or of a result without
   trustworthy content keys) must also have the same bytes as a keeper, now;
3. a trash entry is claimed on the file's own file system, an intent line naming it is
   fsync'd to the journal (or nothing moves), the file is renamed into the trash, and the
   result is checked on disk: gone from its path *and* at its trash entry, else FAILED
   (per-file truth, G7); the journal gets the outcome.

No code here removes or renames a user file itself.

``execute(plan, destination=Destination(folder))`` moves the victims into a folder the
user chose instead (:mod:`~photodedup.core.cleanup.destination`): the same re-checks, the
intent (naming the file's new path) before the move, never overwriting there, confirmed on
disk (gone from its path, the same inode at its new one); outcome MOVED.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from photodedup.core.cleanup import reasons, trash
from photodedup.core.cleanup.destination import Destination
from photodedup.core.cleanup.journal import Journal, clean_orphans
from photodedup.core.cleanup.plan import (
    OUT_OF_SCOPE,
    Candidate,
    PlannedGroup,
    PlannedSidecar,
    TrashPlan,
)
from photodedup.core.cleanup.trash import is_out_of_scope
from photodedup.core.decode.files import DecodeError, read_path
from photodedup.core.decode.image import content_key
from photodedup.core.messages import Message
from photodedup.core.progress import (
    STAGE_TRASH,
    CancelToken,
    Progress,
    ProgressCallback,
    ignore_progress,
)
from photodedup.core.types import FileIdentity, display_path

log = logging.getLogger(__name__)


class Outcome(StrEnum):
    """What happened to one victim."""

    TRASHED = "trashed"
    MOVED = "moved"  # into the folder the user chose (execute's ``destination``)
    CHANGED = "changed"
    FAILED = "failed"
    SKIPPED = "skipped"


DONE = frozenset({Outcome.TRASHED, Outcome.MOVED})  # the file left its place as asked


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
        return Message("no longer exists")
    except OSError as exc:
        return Message("cannot be checked ({error})", error=exc.strerror or str(exc))
    if not stat.S_ISREG(st.st_mode):
        return Message("no longer a regular file")
    now = FileIdentity.from_stat(st)
    changed = [f for f in _FIELDS if getattr(now, f) != getattr(candidate.identity, f)]
    if changed:  # the identity's field names, as the journal and the JSON spell them
        return Message("modified ({fields})", fields=", ".join(changed))
    return _place_problem(candidate)


def _place_problem(candidate: Candidate) -> str:
    """Empty if the file is still outside trash/app folders, at the same real path."""
    if is_out_of_scope(candidate.path):
        return OUT_OF_SCOPE
    if candidate.real_path and trash.real_path(candidate.path) != candidate.real_path:
        return Message("its folder now leads elsewhere (a symlink was swapped in)")
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
            problem = Message("is the same file as the one to trash")
        if problem:
            return reasons.keeper_changed(keeper.path, problem)
    return ""


def _current_key(candidate: Candidate) -> str | DecodeError:
    """The content key of the file's bytes now (each file is read and hashed once)."""
    try:
        return content_key(read_path(candidate.path, max(candidate.identity.size, 1)))
    except DecodeError as exc:
        return exc


def _victim_bytes_problem(victim: Candidate, keeper_keys: list[str]) -> str:
    """The victim's bytes now: as the scan hashed them, and (exact copies) a keeper's."""
    if not (victim.content_key or victim.match_keeper):
        return ""
    key = _current_key(victim)
    if isinstance(key, DecodeError):
        return reasons.unreadable(key)
    if victim.content_key and key != victim.content_key:
        return reasons.CONTENT_DIFFERS
    if victim.match_keeper and key not in keeper_keys:
        return Message("its bytes differ from the keeper's (not an exact copy)")
    return ""


def _trash_one(
    group: PlannedGroup,
    victim: Candidate,
    journal: Journal,
    keeper_keys: list[str],
    destination: Destination | None = None,
) -> ActionOutcome:
    gid = group.group_id
    changed = check_unchanged(victim) or _victim_bytes_problem(victim, keeper_keys)
    if changed:
        return ActionOutcome(victim.path, gid, Outcome.CHANGED, reasons.changed(changed))
    problem = keeper_problem(group.keepers, victim)
    if problem:
        return ActionOutcome(victim.path, gid, Outcome.SKIPPED, problem)
    intent = _Intent(gid, group.keepers[0].path, content=victim.content_key)
    if destination is not None:
        return _journaled_move_to(victim, intent, journal, destination)
    return _journaled_move(victim, intent, journal)


@dataclass(frozen=True, slots=True)
class _Intent:
    """What the journal's intent line says besides the file: its group, its keeper, the
    bytes' key, and for a sidecar the photo it follows."""

    group_id: int
    keeper: str
    content: str = ""
    sidecar_of: str = ""


def _journaled_move(file: Candidate, intent: _Intent, journal: Journal) -> ActionOutcome:
    """Claim a trash entry, write the intent (write-ahead: no complete journal line, no
    trashing), move, confirm on disk, then journal the outcome."""
    gid = intent.group_id
    try:
        item = trash.claim(file.path)
    except OSError as exc:
        return ActionOutcome(file.path, gid, Outcome.FAILED, _error_text(exc))
    try:
        entry = journal.intent(gid, file.path, file.identity, intent.keeper,
                               content=intent.content, item=item,
                               sidecar_of=intent.sidecar_of)  # fmt: skip
    except OSError as exc:
        trash.release(item)
        reason: str = reasons.journal_unwritable(exc, moved=False)
        return ActionOutcome(file.path, gid, Outcome.FAILED, reason)
    reason, item = _move(file, item)
    _journal_outcome(journal, entry, item, reason, file)
    if reason:
        return ActionOutcome(file.path, gid, Outcome.FAILED, reason)
    return ActionOutcome(file.path, gid, Outcome.TRASHED)


def _journal_outcome(
    journal: Journal, entry: int, item: trash.TrashedItem, reason: str, file: Candidate
) -> None:
    """The intent's outcome line: done (with where the file went) or failed and why."""
    try:
        if reason:
            journal.failed(entry, reason)
        else:
            journal.done(entry, item)
    except OSError as exc:  # the file's fate is known; only the journal line is missing
        log.error("journal not updated for %s: %s", display_path(file.path), exc)


def _journaled_move_to(
    file: Candidate, intent: _Intent, journal: Journal, destination: Destination
) -> ActionOutcome:
    """As :func:`_journaled_move`, into the chosen folder: pick a free name there, write
    the intent naming it, move (never overwriting), confirm on disk, journal the outcome."""
    gid = intent.group_id
    try:
        item = destination.claim(file.path)
    except OSError as exc:
        return ActionOutcome(file.path, gid, Outcome.FAILED, reasons.move_error(exc))
    try:
        entry = journal.intent(gid, file.path, file.identity, intent.keeper,
                               content=intent.content, item=item,
                               sidecar_of=intent.sidecar_of, moved=True)  # fmt: skip
    except OSError as exc:
        reason: str = reasons.journal_unwritable(exc, moved=True)
        return ActionOutcome(file.path, gid, Outcome.FAILED, reason)
    reason = ""
    try:
        destination.commit(file.path, item, file.identity)
    except OSError as exc:
        if not _arrived(file, item):
            reason = reasons.move_error(exc)
    if not reason and os.path.lexists(file.path):
        reason = Message("still in place after moving")
    if not reason and not _arrived(file, item):
        reason = Message("moved away, but not found in the destination folder")
    _journal_outcome(journal, entry, item, reason, file)
    if reason:
        return ActionOutcome(file.path, gid, Outcome.FAILED, reason)
    return ActionOutcome(file.path, gid, Outcome.MOVED, display_path(item.trash_file))


def _move(victim: Candidate, item: trash.TrashedItem) -> tuple[str, trash.TrashedItem]:
    """Rename into the claimed entry, then the truth on disk: "" or why it failed, and
    where the file went (on macOS and Windows the platform names the entry)."""
    try:
        item = trash.commit(victim.path, item, victim.identity) or item  # None: a wrapper
    except OSError as exc:
        if not _arrived(victim, item):
            trash.release(item)  # no orphan .trashinfo, whatever failed
            return _error_text(exc), item
        log.warning("trash reported %s but %s arrived", exc, display_path(victim.path))
    reason = _confirm(victim, item)
    if reason:
        trash.release(item)
    return reason, item


def _arrived(victim: Candidate, item: trash.TrashedItem) -> bool:
    """The file left its path and its trash entry is the same inode."""
    if os.path.lexists(victim.path):
        return False
    try:
        st = os.lstat(item.trash_file)
    except OSError:
        return False
    return (st.st_dev, st.st_ino) == (victim.identity.dev, victim.identity.ino)


def _confirm(victim: Candidate, item: trash.TrashedItem) -> str:
    """Per-file truth: the file left its path and is in the trash."""
    if os.path.lexists(victim.path):
        return Message("still in place after trashing (the trash reported success)")
    if not _arrived(victim, item):
        return Message("moved away, but not found in the trash")
    return ""


def _error_text(exc: OSError) -> str:
    return reasons.trash_error(exc, no_trash=isinstance(exc, trash.TrashPermissionError))


def _keeper_content_problem(group: PlannedGroup, keeper_keys: list[str]) -> str:
    """The keepers' bytes are hashed once, before the first victim: they must still match
    the scan's content keys; their keys are kept for the exact-copy comparison."""
    if not any(c.content_key or c.match_keeper for c in group.keepers + group.victims):
        return ""
    for keeper in group.keepers:
        key = _current_key(keeper)
        if isinstance(key, DecodeError):
            return reasons.keeper_changed(keeper.path, reasons.unreadable(key))
        if keeper.content_key and key != keeper.content_key:
            return reasons.keeper_changed(keeper.path, reasons.CONTENT_DIFFERS)
        keeper_keys.append(key)
    return ""


def _run_group(
    group: PlannedGroup,
    journal: Journal,
    cancel: CancelToken | None,
    destination: Destination | None = None,
) -> Iterator[ActionOutcome]:
    refuse = ""
    keeper_keys: list[str] = []  # the keepers' current content keys, hashed on demand
    for index, victim in enumerate(group.victims):
        if cancel is not None and cancel.cancelled:
            refuse = refuse or reasons.CANCELLED
        refuse = refuse or keeper_problem(group.keepers)
        if index == 0:
            refuse = refuse or _keeper_content_problem(group, keeper_keys)
        if refuse:
            yield ActionOutcome(victim.path, group.group_id, Outcome.SKIPPED, refuse)
        else:
            yield _trash_one(group, victim, journal, keeper_keys, destination)


def _clean_orphans(journal: Journal) -> None:
    try:
        clean_orphans(journal.directory)
    except OSError as exc:  # an unreadable journal folder: the intents will fail anyway
        log.warning("cannot check the journal for interrupted clean-ups: %s", exc)


def execute(
    plan: TrashPlan,
    *,
    journal: Journal | None = None,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
    destination: Destination | None = None,
) -> list[ActionOutcome]:
    """Trash the plan's victims; one outcome per victim, in plan order.

    ``journal`` None writes to the default journal directory.  Cancelling stops before the
    next file; the files not reached are SKIPPED with reason "cancelled".  With a
    ``destination`` the victims (and their sidecars) are moved into that folder instead
    (outcome MOVED, its reason the new path), undoable like trashing.
    """
    journal = journal if journal is not None else Journal()
    total = plan.file_count + len(plan.sidecars)
    outcomes: list[ActionOutcome] = []
    progress(Progress(STAGE_TRASH, 0, total))
    with trash.exclusive_lock():
        _clean_orphans(journal)
        for group in plan.groups:
            for outcome in _run_group(group, journal, cancel, destination):
                outcomes.append(outcome)
                progress(Progress(STAGE_TRASH, len(outcomes), total, display_path(outcome.path)))
        for outcome in trash_sidecars(plan, outcomes, journal, cancel, destination):
            outcomes.append(outcome)
            progress(Progress(STAGE_TRASH, len(outcomes), total, display_path(outcome.path)))
    return outcomes


def trash_sidecars(
    plan: TrashPlan,
    outcomes: Sequence[ActionOutcome],
    journal: Journal,
    cancel: CancelToken | None = None,
    destination: Destination | None = None,
) -> Iterator[ActionOutcome]:
    """One outcome per planned sidecar (or other follower: a shot's file, a Live Photo's
    movie), after the photos' ``outcomes``: it is trashed only if all its owners were
    trashed in this run (photos, or followers before it), then exactly as a photo is
    (re-checked right before acting, bytes too when the scan hashed them, claimed,
    journaled with ``sidecar_of``, moved, confirmed)."""
    state = {o.path: o.outcome for o in outcomes}
    for sidecar in plan.sidecars:
        path, gid = sidecar.file.path, sidecar.group_id
        staying = [o for o in sidecar.owners if state.get(o) not in DONE]
        if staying:
            reason = reasons.owner_stays(staying[0], moved=destination is not None)
            outcome = ActionOutcome(path, gid, Outcome.SKIPPED, reason)
        elif cancel is not None and cancel.cancelled:
            outcome = ActionOutcome(path, gid, Outcome.SKIPPED, reasons.CANCELLED)
        else:
            outcome = _trash_sidecar(sidecar, journal, destination)
        state[path] = outcome.outcome  # a follower's own sidecars come after it
        yield outcome


def _trash_sidecar(
    sidecar: PlannedSidecar, journal: Journal, destination: Destination | None = None
) -> ActionOutcome:
    """Re-check, claim, journal, move, confirm: as for a photo (execute._trash_one)."""
    file, gid = sidecar.file, sidecar.group_id
    changed = check_unchanged(file) or _victim_bytes_problem(file, [])
    if changed:
        return ActionOutcome(file.path, gid, Outcome.CHANGED, reasons.changed(changed))
    intent = _Intent(gid, sidecar.keeper, file.content_key, sidecar_of=sidecar.owners[0])
    if destination is not None:
        return _journaled_move_to(file, intent, journal, destination)
    return _journaled_move(file, intent, journal)
