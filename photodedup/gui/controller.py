"""ScanController: the GUI's wrapper of the review, with threads, signals and settings.

The rules of a review (what may be marked, bulk rules, keepers, staleness, the trash
plan, what trash and undo did) are the Qt-free :class:`photodedup.core.review.Review`'s.
The controller adds what the GUI needs around it: scans, regroups, trash and undo run
through :mod:`photodedup.gui.workers`; the folders and settings are kept and saved; and
signals tell the views what changed (``marks_changed`` or ``result_changed``, following
the review's protocol).  The core modules of a scan are imported when a job needs them,
so the window opens without loading numpy.
"""

from __future__ import annotations

import copy
import io
import logging
import os
from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from photodedup.core.config import Settings, load_settings, save_settings
from photodedup.core.messages import from_error
from photodedup.core.progress import CancelToken, Progress
from photodedup.core.review import Review, Rule, Stale
from photodedup.core.types import ScanResult
from photodedup.gui.workers import Job, Runner

if TYPE_CHECKING:
    from photodedup.core.cleanup.execute import ActionOutcome
    from photodedup.core.cleanup.journal import Session
    from photodedup.core.cleanup.plan import TrashPlan
    from photodedup.core.cleanup.restore import RestoreOutcome

log = logging.getLogger(__name__)

MAX_RECENT = 10
WARM_UP_KEYS = 4_000  # enough for the index to pick its chunked search
ProgressFn = Callable[[Progress], None]


def _tiny_jpeg() -> bytes:
    """A 16 x 16 JPEG, to load the decoders once."""
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (16, 16), "gray").save(buffer, "JPEG")
    return buffer.getvalue()


class Busy(StrEnum):
    """What the controller is doing in the background."""

    IDLE = ""
    SCAN = "scan"
    TRASH = "trash"
    UNDO = "undo"


class ScanController(QObject):
    """Drives the core from the GUI; every handler runs on the GUI thread."""

    state_changed = Signal()  # folders, busy state or settings changed
    progress = Signal(object)  # Progress
    result_changed = Signal()  # new groups: scan, regroup, trash or undo
    marks_changed = Signal()  # marks or keepers changed within the same groups
    scan_finished = Signal(object)  # ScanResult
    trash_finished = Signal(object)  # list[ActionOutcome]
    undo_finished = Signal(object)  # list[RestoreOutcome]
    failed = Signal(str)  # a background task raised
    warmed_up = Signal()  # the core's modules and compiled kernels are loaded

    def __init__(self, runner: Runner | None = None, settings: Settings | None = None) -> None:
        super().__init__()
        self.runner = runner or Runner(max_threads=2)
        self._saver = Runner(max_threads=1, synchronous=self.runner.synchronous)  # serial writes
        self.settings = settings if settings is not None else load_settings()
        self.review = Review()
        self.has_result = False
        self.busy = Busy.IDLE
        self.undo_summary: str | None = None  # the last clean-up; None: nothing to undo
        self._job: Job | None = None
        self._regroup_seq = 0

    def warm_up(self) -> Job:
        """Load the core (imports, compiled kernels) in the background at start-up.

        The first imports (numpy, Pillow's plugins, the pipeline) hold the GIL in long C
        calls; doing them while the user picks a folder keeps the scan itself smooth.
        """

        def work(_p: ProgressFn, _c: CancelToken) -> None:
            import numpy as np

            # Everything a scan, a regroup or a clean-up imports, so that the GUI thread never
            # pays an import (~0.1 s for the pipeline) when the user starts one.
            from photodedup.core import pipeline, report  # noqa: F401
            from photodedup.core.cleanup import execute as actions  # noqa: F401
            from photodedup.core.cleanup import journal, plan  # noqa: F401
            from photodedup.core.decode import image as imaging
            from photodedup.core.group import verify
            from photodedup.core.group.index import HammingIndex

            imaging.open_oriented(_tiny_jpeg(), min_side=8)  # registers the decoders
            rng = np.random.default_rng(0)
            for count in (64, WARM_UP_KEYS):  # small sets search all pairs, big ones by chunks
                keys = rng.integers(0, 2**63, count, dtype=np.uint64)
                HammingIndex(keys).pairs_within(self.settings.threshold)
            verify.warm_up()  # imports the compiled pair verification of large regroups

        return self.runner.submit(
            work, on_result=lambda _r: self.warmed_up.emit(), on_error=self._warm_up_failed
        )

    def _warm_up_failed(self, error: BaseException) -> None:
        log.warning("warm-up failed (the scan will load the core itself): %s", error)
        self.warmed_up.emit()

    # ---------------------------------------------------------------- folders
    @property
    def stale(self) -> Stale:
        """Why the results shown may no longer match the disk (FRESH: no results yet)."""
        return self.review.stale if self.has_result else Stale.FRESH

    @property
    def stale_count(self) -> int:
        """Files restored outside the results (``Stale.RESTORED``)."""
        return self.review.stale_count if self.has_result else 0

    @property
    def folders(self) -> list[str]:
        """Folders to scan, in the order added."""
        return list(self.settings.roots)

    def is_reference(self, folder: str) -> bool:
        """True for a reference folder (its photos are never trashed)."""
        return folder in self.settings.reference_roots

    def add_folder(self, folder: str) -> bool:
        """Add a folder to scan; False if it was already there."""
        folder = os.path.abspath(folder)  # noqa: PTH100 - str paths, no symlink resolution
        recent = [folder] + [r for r in self.settings.recent_roots if r != folder]
        self.settings.recent_roots = recent[:MAX_RECENT]
        added = folder not in self.settings.roots
        if added:
            self.settings.roots.append(folder)
            self.review.folder_added()
        self._settings_changed()
        return added

    def remove_folder(self, folder: str) -> None:
        """Stop scanning a folder; its photos leave the results at once."""
        self.settings.roots = [r for r in self.settings.roots if r != folder]
        self.settings.reference_roots = [r for r in self.settings.reference_roots if r != folder]
        if self.review.folder_removed(folder):
            self.result_changed.emit()
        self._settings_changed()

    def set_reference(self, folder: str, reference: bool) -> None:
        """Make a folder a reference folder (never trashed) or a normal one."""
        refs = [r for r in self.settings.reference_roots if r != folder]
        self.settings.reference_roots = [*refs, folder] if reference else refs
        self.review.reference_changed(folder, reference)
        if self.has_result and reference:  # its photos may no longer be marked
            self.marks_changed.emit()
        self._settings_changed()

    def update_settings(self, settings: Settings) -> None:
        """Take edited settings (from the settings dialog)."""
        scan_changed = (settings.min_size, settings.excludes) != (
            self.settings.min_size,
            self.settings.excludes,
        )
        regroup = (list(settings.keep_rules), settings.rotations) != (
            list(self.settings.keep_rules),
            self.settings.rotations,
        )
        self.settings = settings
        if scan_changed:
            self.review.scan_settings_changed()
        self._settings_changed()
        if regroup and self.has_result and self.busy != Busy.SCAN:
            self._regroup(settings.threshold)  # keepers, reasons and turned copies follow

    def save_settings_now(self) -> None:
        """Write the settings synchronously (application exit)."""
        save_settings(self.settings)

    def _settings_changed(self) -> None:
        snapshot = copy.deepcopy(self.settings)
        self._saver.submit(lambda _p, _c: save_settings(snapshot), on_error=self._report_error)
        self.state_changed.emit()

    # ------------------------------------------------------------------- scan
    def start_scan(self) -> bool:
        """Scan the folders in the background; False if busy or there is nothing to scan."""
        if self.busy or not self.settings.roots:
            return False
        from photodedup.core import pipeline

        options = self.settings.scan_options()

        def work(progress: ProgressFn, cancel: CancelToken) -> ScanResult:
            return pipeline.run_scan(options, progress=progress, cancel=cancel)

        self._start(Busy.SCAN, work, self._scan_done)
        return True

    def cancel(self) -> None:
        """Ask the running scan (or trash) to stop; what was done is kept."""
        if self._job is not None:
            self._job.cancel()

    def _scan_done(self, result: ScanResult) -> None:
        self.show_result(result)
        if result.cancelled and result.photos:
            self._regroup(self.settings.threshold)  # show what was hashed before the stop

    def show_result(self, result: ScanResult) -> None:
        """Review this result (a finished scan, or one built by a benchmark)."""
        self.review = Review(result)
        self.has_result = True
        self._set_idle()
        self.result_changed.emit()
        self.scan_finished.emit(result)

    # ---------------------------------------------------------------- regroup
    def set_threshold(self, threshold: int) -> None:
        """Regroup the cached fingerprints at a new threshold (no decoding, no rescan)."""
        if threshold == self.settings.threshold:
            return
        self.settings.threshold = threshold
        self._settings_changed()
        if self.has_result and self.busy != Busy.SCAN:
            self._regroup(threshold)

    def regroup(self) -> None:
        """Group the fingerprints again at the current settings (e.g. after the "not a
        duplicate" list changed); not while a scan runs (it groups with the new list)."""
        if self.has_result and self.busy != Busy.SCAN:
            self._regroup(self.settings.threshold)

    def _regroup(self, threshold: int) -> None:
        from photodedup.core import pipeline

        self._regroup_seq += 1
        seq, result = self._regroup_seq, self.review.result
        rules, turns = tuple(self.settings.keep_rules), self.settings.rotations
        self.runner.submit(
            lambda _p, _c: pipeline.regroup(
                result, threshold, rules, remember=True, rotations=turns
            ),
            on_result=lambda regrouped: self._regroup_done(seq, regrouped),
            on_error=self._report_error,
        )

    def _regroup_done(self, seq: int, result: ScanResult) -> None:
        if seq != self._regroup_seq or result.photos is not self.review.result.photos:
            return  # a newer regroup or a new scan superseded this one
        self.review.replace_result(result)
        self.result_changed.emit()

    # ------------------------------------------------------------ decisions
    def set_marked(self, photo: int, marked: bool) -> bool:
        """Mark or unmark one photo for the trash."""
        changed = self.review.set_marked(photo, marked)
        if changed:
            self.marks_changed.emit()
        return changed

    def set_keeper(self, photo: int) -> None:
        """Keep this photo in its group instead of the suggested one."""
        self.review.set_keeper(photo)
        self.result_changed.emit()

    def mark_lower_resolution(self) -> int:
        """Mark, in every group, each copy with fewer pixels than its keeper."""
        return self.mark_by_rule(Rule.LOWER_RESOLUTION)

    def clear_marks(self) -> None:
        """Unmark every photo."""
        self.review.clear_marks()
        self.marks_changed.emit()

    def mark_by_rule(self, rule: Rule, group_ids: list[int] | None = None, folder: str = "") -> int:
        """Mark what a Select-menu rule picks (groups of copies only); count newly marked."""
        count = self.review.mark_by_rule(rule, group_ids, folder)
        self.marks_changed.emit()
        return count

    def mark_all_but_keeper(self, group_ids: list[int] | None = None) -> int:
        """Mark every photo but the keeper (groups of copies, outside reference folders)."""
        return self.mark_by_rule(Rule.ALL_BUT_KEEPER, group_ids)

    def unmark_groups(self, group_ids: list[int]) -> None:
        """Unmark every photo of these groups."""
        self.review.unmark_groups(group_ids)
        self.marks_changed.emit()

    # ------------------------------------------------------------------ trash
    def make_trash_plan(self) -> TrashPlan:
        """The core's TrashPlan for the marked photos (pure data, nothing is touched)."""
        return self.review.trash_plan()

    def execute_trash(self, trash_plan: TrashPlan, move_to: str | None = None) -> bool:
        """Move the plan's victims to the trash in the background, one file at a time;
        ``move_to``: into that folder instead (checked again in the worker: a folder that
        became unusable fails every file with the reason, nothing moves)."""
        if self.busy:
            return False
        from photodedup.core.cleanup import execute as actions
        from photodedup.core.cleanup.destination import Destination, DestinationError

        refs = list(self.settings.reference_roots)

        def work(progress: ProgressFn, cancel: CancelToken) -> list[ActionOutcome]:
            folder = None
            if move_to is not None:
                try:
                    folder = Destination(move_to, refs)
                except DestinationError as exc:
                    failed = actions.Outcome.FAILED
                    return [
                        actions.ActionOutcome(v.path, g.group_id, failed, from_error(exc))
                        for g in trash_plan.groups
                        for v in g.victims
                    ]
            return actions.execute(trash_plan, progress=progress, cancel=cancel, destination=folder)

        self._start(Busy.TRASH, work, self._trash_done)
        return True

    def _trash_done(self, outcomes: list[ActionOutcome]) -> None:
        self.review.record_trash(outcomes)
        self._set_idle()
        self.result_changed.emit()
        self.trash_finished.emit(outcomes)
        self.refresh_undo()

    # ------------------------------------------------------------------- undo
    def fetch_undo_summary(self, handler: Callable[[str | None], None]) -> None:
        """Read what the last clean-up did (off the GUI thread) and pass it to ``handler``."""
        from photodedup.core.cleanup import journal

        self.runner.submit(
            lambda _p, _c: journal.last_cleanup_summary(),
            on_result=handler,
            on_error=self._report_error,
        )

    def fetch_history(self, handler: Callable[[list[Session]], None]) -> None:
        """Every clean-up of the journal, oldest first (read off the GUI thread)."""
        from photodedup.core.cleanup import journal

        self.runner.submit(
            lambda _p, _c: journal.load_sessions(), on_result=handler, on_error=self._report_error
        )

    def refresh_undo(self) -> None:
        """Find out (off the GUI thread) whether there is a clean-up to undo."""

        def store(summary: str | None) -> None:
            self.undo_summary = summary
            self.state_changed.emit()

        self.fetch_undo_summary(store)

    def fetch_interrupted_files(self, handler: Callable[[list[str]], None]) -> None:
        """Find files an interrupted clean-up left in the trash (off the GUI thread)."""
        from photodedup.core.cleanup import journal

        self.runner.submit(
            lambda _p, _c: journal.interrupted_files(),
            on_result=handler,
            on_error=self._report_error,
        )

    def undo_last(self) -> bool:
        """Restore the files of the last clean-up from the trash, in the background."""
        if self.busy:
            return False
        from photodedup.core.cleanup import journal

        self._start(Busy.UNDO, lambda p, _c: journal.undo_last(progress=p), self._undo_done)
        return True

    def undo_session(self, session_id: str) -> bool:
        """Restore the files of the clean-up ``session_id`` (any, not only the last)."""
        if self.busy:
            return False
        from photodedup.core.cleanup import journal

        def work(progress: ProgressFn, _c: CancelToken) -> list[RestoreOutcome]:
            return journal.undo_session(session_id, progress=progress)

        self._start(Busy.UNDO, work, self._undo_done)
        return True

    def _undo_done(self, outcomes: list[RestoreOutcome]) -> None:
        self.review.record_undo(outcomes)
        self._set_idle()
        self.result_changed.emit()
        self.refresh_undo()
        self.undo_finished.emit(outcomes)

    # ------------------------------------------------------------------ export
    def export(self, path: str, fmt: str, handler: Callable[[str], None]) -> None:
        """Write the visible groups as ``fmt`` ("json" or "csv") to ``path`` in the background."""
        from photodedup.gui import export

        work = export.job(self.review, self.settings.scan_options(), path, fmt)
        self.runner.submit(work, on_result=handler, on_error=self._report_error)

    # ---------------------------------------------------------------- plumbing
    def _start(self, busy: Busy, work: Callable[..., Any], done: Callable[[Any], None]) -> None:
        self.busy = busy
        self.state_changed.emit()
        self._job = self.runner.submit(
            work, on_result=done, on_error=self._job_failed, on_progress=self.progress.emit
        )

    def _job_failed(self, error: BaseException) -> None:
        self._set_idle()
        self._report_error(error)

    def _report_error(self, error: BaseException) -> None:
        self.failed.emit(f"{type(error).__name__}: {error}")

    def _set_idle(self) -> None:
        self.busy = Busy.IDLE
        self._job = None
        self.state_changed.emit()

    def shutdown(self) -> None:
        """Cancel background work and save the settings (application exit)."""
        self.cancel()
        self.runner.shutdown(3000)
        self._saver.shutdown(3000)
        self.save_settings_now()
