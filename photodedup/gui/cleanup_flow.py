"""The clean-up as the user goes through it: mark, confirm, trash, report; undo.

:class:`CleanupFlow` asks the controller for the plan, shows the confirmation, starts the
trash or the undo and says what happened in the status bar (failures open the Problems
dock).  The confirmation dialogs are looked up on :mod:`dialogs.confirm_trash` at call
time so tests can auto-accept them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDockWidget, QMessageBox, QStatusBar, QWidget

from photodedup import APP_DISPLAY_NAME
from photodedup.core.cleanup.destination import destination_problem
from photodedup.core.review import Review, Rule, trashed
from photodedup.core.types import display_path
from photodedup.gui.controller import ScanController
from photodedup.gui.core_text import core_text
from photodedup.gui.dialogs import confirm_trash
from photodedup.gui.formatting import human_bytes
from photodedup.gui.status import STATUS_MS
from photodedup.gui.wording import outcome_sentence, outcome_title

if TYPE_CHECKING:
    from photodedup.core.cleanup.execute import ActionOutcome
    from photodedup.core.cleanup.restore import RestoreOutcome


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def problem_rows(review: Review) -> list[tuple[str, str, str]]:
    """Scan errors plus files that could not be trashed, as rows of the Problems panel."""
    rows = [(e.path, str(e.kind), e.message) for e in review.result.errors]
    rows += [
        (review.photo(i).path, outcome_title(outcome), outcome_sentence(outcome, reason))
        for i, (outcome, reason) in review.failures.items()
    ]
    rows += [
        (path, outcome_title(outcome), outcome_sentence(outcome, reason))
        for path, (outcome, reason) in review.sidecar_failures.items()
    ]
    return rows


class CleanupFlow:
    """Trash and undo with their confirmations and reports, for one window."""

    def __init__(
        self,
        controller: ScanController,
        parent: QWidget,
        *,
        status: QStatusBar,
        problems_dock: QDockWidget,
        scope: Callable[[], list[int] | None],
    ) -> None:
        """``parent`` owns the dialogs; ``scope`` gives the groups a bulk mark acts on."""
        self.controller = controller
        self._parent = parent
        self._status = status
        self._problems_dock = problems_dock
        self._scope = scope
        self._move_folder = ""  # the folder of the running "Move to Folder", else ""
        controller.trash_finished.connect(self.trash_finished)
        controller.undo_finished.connect(self.undo_finished)

    def mark_lower_resolution(self) -> int:
        """Mark lower-resolution copies in every group (or the selected one) and say how many."""
        count = self.controller.mark_by_rule(Rule.LOWER_RESOLUTION, self._scope())
        text = QCoreApplication.translate(
            "MainWindow", "%n lower-resolution copy(s) marked", None, count
        )
        self._status.showMessage(text, STATUS_MS)
        return count

    def trash_lower_resolution(self) -> None:
        """Mark every lower-resolution copy, then confirm and trash the marked files."""
        self.mark_lower_resolution()
        self.trash_marked()

    def trash_marked(self) -> None:
        """Plan, confirm, then trash the marked files in the background."""
        plan = self.controller.make_trash_plan()
        if plan.file_count == 0:
            QMessageBox.information(
                self._parent, APP_DISPLAY_NAME, _tr("Nothing to move to the trash.")
            )
            return
        if confirm_trash.confirm_trash(self._parent, plan):
            self._move_folder = ""
            self.controller.execute_trash(plan)

    def move_marked(self) -> None:
        """Ask for a folder, plan, confirm, then move the marked files there in the
        background (journaled and undoable like trashing)."""
        plan = self.controller.make_trash_plan()
        if plan.file_count == 0:
            QMessageBox.information(self._parent, APP_DISPLAY_NAME, _tr("Nothing to move."))
            return
        folder = confirm_trash.choose_folder(self._parent)
        if not folder:
            return
        problem = destination_problem(folder, self.controller.settings.reference_roots)
        if problem:
            QMessageBox.warning(
                self._parent,
                APP_DISPLAY_NAME,
                _tr("Cannot move files to {folder}: {reason}").format(
                    folder=display_path(folder), reason=core_text(problem)
                ),
            )
            return
        if confirm_trash.confirm_move(self._parent, plan, folder):
            self._move_folder = folder
            self.controller.execute_trash(plan, move_to=folder)

    def trash_finished(self, outcomes: list[ActionOutcome]) -> None:
        """Report per-file outcomes; failures stay listed and marked."""
        moved = trashed(outcomes)
        size = sum(self.controller.review.size_of(o.path) for o in moved)
        if self._move_folder:
            text = QCoreApplication.translate(
                "MainWindow", "Moved %n file(s) ({size}) to {folder}.", None, len(moved)
            ).format(size=human_bytes(size), folder=display_path(self._move_folder))
        else:
            text = QCoreApplication.translate(
                "MainWindow", "Moved %n file(s) ({size}) to the trash.", None, len(moved)
            ).format(size=human_bytes(size))
        left = len(outcomes) - len(moved)
        if left:
            text += " " + QCoreApplication.translate(
                "MainWindow", "%n file(s) not moved: see Problems.", None, left
            )
            self._problems_dock.show()
        self._status.showMessage(text, STATUS_MS * 2)

    def undo(self) -> None:
        """Confirm with the last clean-up's summary, then restore it in the background."""

        def ask(summary: str | None) -> None:
            if summary is None:
                QMessageBox.information(
                    self._parent, APP_DISPLAY_NAME, _tr("There is no clean-up to undo.")
                )
            elif confirm_trash.confirm_undo(self._parent, summary):
                self.controller.undo_last()

        self.controller.fetch_undo_summary(ask)

    def undo_session(self, session_id: str, summary: str) -> None:
        """Confirm, then restore the clean-up chosen in the history."""
        if confirm_trash.confirm_undo_session(self._parent, summary):
            self.controller.undo_session(session_id)

    def undo_finished(self, outcomes: list[RestoreOutcome]) -> None:
        """Say how many files came back."""
        restored = sum(1 for o in outcomes if o.restored)
        text = QCoreApplication.translate(
            "MainWindow", "Restored {n} of %n file(s) from the trash.", None, len(outcomes)
        ).format(n=restored)
        self._status.showMessage(text, STATUS_MS)

    def warn_if_cleanup_was_interrupted(self) -> None:
        """At start-up: say so when the last clean-up stopped midway, and how to undo it."""

        def tell(paths: list[str]) -> None:
            if paths:
                QMessageBox.warning(
                    self._parent,
                    APP_DISPLAY_NAME,
                    QCoreApplication.translate(
                        "MainWindow",
                        "The last clean-up was interrupted. %n file(s) were moved to the trash "
                        "but not recorded as done. Use Edit → Undo Last Clean-up to put them back.",
                        None,
                        len(paths),
                    ),
                )

        self.controller.fetch_interrupted_files(tell)
