"""Sidecar files (``.xmp``, ``.aae``, ``NAME.EXT.json``, ``.pp3``) follow their photo to the
trash, and back with undo.

Planning (:func:`attach_sidecars`, called by :func:`~photodedup.core.cleanup.plan.make_plan`):
a victim's sidecar, as the scan listed it (path and identity, see
:mod:`photodedup.core.discover.sidecars`), is planned only if *every* file it describes
(its owners: ``IMG_1.xmp`` describes ``IMG_1.CR3`` and ``IMG_1.JPG``) is a victim of the
plan; a sidecar shared with a file that stays, stays (``TrashPlan.kept_sidecars`` says
why).  Nothing the scan did not list is ever planned.

Acting (:func:`trash_sidecars`, called by :func:`~photodedup.core.cleanup.execute.execute`
after the photos): a sidecar is trashed only if all its owners were trashed in this run;
then, like a photo, it is re-checked right before acting (still the regular file the scan
saw: dev, ino, size, mtime, ctime; same real folder), its trash entry is claimed, an
fsync'd journal intent (marked ``sidecar_of``) is written, it is moved and the move is
checked on disk.  ``undo`` restores it with the rest of the session.
"""

# Paths are bytes-exact here (G21): os.path, not pathlib.
# ruff: noqa: PTH118, PTH119, PTH120

from __future__ import annotations

import dataclasses
import logging
import os
from collections.abc import Iterator, Sequence

from photodedup.core.cleanup import trash
from photodedup.core.cleanup.execute import (
    ActionOutcome,
    Outcome,
    _error_text,
    _move,
    check_unchanged,
)
from photodedup.core.cleanup.journal import Journal
from photodedup.core.cleanup.plan import Candidate, PlannedSidecar, Refusal, TrashPlan
from photodedup.core.progress import CancelToken
from photodedup.core.types import display_path

log = logging.getLogger(__name__)

SHARED = "shared with a file that stays"
OWNER_NOT_TRASHED = "its photo was not trashed: {}"


def attach_sidecars(plan: TrashPlan) -> TrashPlan:
    """``plan`` with its victims' sidecars planned (all owners are victims) or kept."""
    victims = {v.path for g in plan.groups for v in g.victims}
    planned: list[PlannedSidecar] = []
    kept: list[Refusal] = []
    seen: set[str] = set()
    for group in plan.groups:
        for victim in group.victims:
            for sidecar in victim.sidecars:
                if sidecar.path in seen or sidecar.path in victims:
                    continue
                seen.add(sidecar.path)
                staying = [owner for owner in sidecar.owners if owner not in victims]
                if staying or not sidecar.owners:
                    detail = f"{SHARED} ({display_path(staying[0])})" if staying else SHARED
                    kept.append(Refusal(sidecar.path, detail, group.group_id))
                    continue
                real = ""
                if victim.real_path:  # the sidecar lies in its photo's (resolved) folder
                    name = os.path.basename(sidecar.path)
                    real = os.path.join(os.path.dirname(victim.real_path), name)
                file = Candidate(sidecar.path, sidecar.identity, keep=False, real_path=real)
                keeper = group.keepers[0].path
                planned.append(PlannedSidecar(file, sidecar.owners, group.group_id, keeper))
    if not planned and not kept:
        return plan
    return dataclasses.replace(plan, sidecars=tuple(planned), kept_sidecars=tuple(kept))


def trash_sidecars(
    plan: TrashPlan,
    outcomes: Sequence[ActionOutcome],
    journal: Journal,
    cancel: CancelToken | None = None,
) -> Iterator[ActionOutcome]:
    """One outcome per planned sidecar, after the photos' ``outcomes``."""
    state = {o.path: o.outcome for o in outcomes}
    for sidecar in plan.sidecars:
        path, gid = sidecar.file.path, sidecar.group_id
        staying = [o for o in sidecar.owners if state.get(o) is not Outcome.TRASHED]
        if staying:
            reason = OWNER_NOT_TRASHED.format(display_path(staying[0]))
            yield ActionOutcome(path, gid, Outcome.SKIPPED, reason)
        elif cancel is not None and cancel.cancelled:
            yield ActionOutcome(path, gid, Outcome.SKIPPED, "cancelled")
        else:
            yield _trash_one(sidecar, journal)


def _trash_one(sidecar: PlannedSidecar, journal: Journal) -> ActionOutcome:
    """Re-check, claim, journal, move, confirm: as for a photo (execute._trash_one)."""
    file, gid = sidecar.file, sidecar.group_id
    changed = check_unchanged(file)
    if changed:
        return ActionOutcome(file.path, gid, Outcome.CHANGED, f"changed since scan: {changed}")
    try:
        item = trash.claim(file.path)
    except OSError as exc:
        return ActionOutcome(file.path, gid, Outcome.FAILED, _error_text(exc))
    try:  # write-ahead: no complete journal line, no trashing
        entry = journal.intent(
            gid, file.path, file.identity, sidecar.keeper, item=item, sidecar_of=sidecar.owners[0]
        )
    except OSError as exc:
        trash.release(item)
        reason = f"not trashed: the undo journal cannot be written ({exc.strerror or exc})"
        return ActionOutcome(file.path, gid, Outcome.FAILED, reason)
    reason = _move(file, item)
    try:
        if reason:
            journal.failed(entry, reason)
        else:
            journal.done(entry, item)
    except OSError as exc:
        log.error("journal not updated for %s: %s", display_path(file.path), exc)
    if reason:
        return ActionOutcome(file.path, gid, Outcome.FAILED, reason)
    return ActionOutcome(file.path, gid, Outcome.TRASHED)
