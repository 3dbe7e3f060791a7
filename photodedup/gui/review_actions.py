"""What the main window's actions do: wiring of signals to controller calls and dialogs.

Kept apart from ``main_window`` (layout and state) so each file stays small.  The
confirmation dialogs are looked up on :mod:`dialogs.confirm_trash` at call time so tests
can auto-accept them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

from photodedup import APP_DISPLAY_NAME
from photodedup.core.review import Rule
from photodedup.core.types import display_path
from photodedup.gui import window_dialogs
from photodedup.gui.controller import Busy
from photodedup.gui.dialogs import confirm_trash
from photodedup.gui.dialogs.shortcuts_dialog import open_user_guide
from photodedup.gui.formatting import human_bytes
from photodedup.gui.navigation import (
    STATUS_MS,
    close_compare,
    keep,
    open_compare,
    step_group,
    step_photo,
    toggle_mark,
)
from photodedup.gui.wording import outcome_sentence, outcome_title

if TYPE_CHECKING:
    from photodedup.gui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def connect(w: MainWindow) -> None:
    """Wire every action and signal of the window."""
    c, a = w.controller, w.acts
    a.add_folder.triggered.connect(w.choose_folder)
    a.scan.triggered.connect(lambda: start_scan(w))
    a.cancel.triggered.connect(c.cancel)
    a.export_csv.triggered.connect(lambda: export(w, "csv"))
    a.export_json.triggered.connect(lambda: export(w, "json"))
    a.settings.triggered.connect(lambda: edit_settings(w))
    a.quit.triggered.connect(w.close)
    a.undo.triggered.connect(lambda: undo(w))
    a.trash_lower.triggered.connect(lambda: trash_lower_resolution(w))
    a.mark_lower.triggered.connect(lambda: mark_lower_resolution(w))
    a.trash_marked.triggered.connect(lambda: trash_marked(w))
    a.clear_marks.triggered.connect(c.clear_marks)
    a.compare.triggered.connect(lambda: open_compare(w, w.group_view.current))
    a.next_group.triggered.connect(lambda: step_group(w, 1))
    a.previous_group.triggered.connect(lambda: step_group(w, -1))
    a.next_photo.triggered.connect(lambda: step_photo(w, 1))
    a.previous_photo.triggered.connect(lambda: step_photo(w, -1))
    a.keep_current.triggered.connect(lambda: keep(w, w.group_view.current))
    a.toggle_mark.triggered.connect(lambda: toggle_mark(w, w.group_view.current))
    a.show_problems.toggled.connect(w.error_dock.setVisible)
    a.larger_thumbnails.triggered.connect(lambda: w.group_view.zoom(1))
    a.smaller_thumbnails.triggered.connect(lambda: w.group_view.zoom(-1))
    a.fit_thumbnails.triggered.connect(lambda: w.group_view.set_fixed_side(None))
    a.about.triggered.connect(lambda: window_dialogs.show_about(w))
    a.shortcuts_help.triggered.connect(lambda: window_dialogs.show_shortcuts(w))
    a.history.triggered.connect(lambda: window_dialogs.show_history(w, lambda: undo(w)))
    a.user_guide.triggered.connect(open_user_guide)
    w.status.problems_button.toggled.connect(a.show_problems.setChecked)
    w.error_dock.visibilityChanged.connect(a.show_problems.setChecked)
    w.error_dock.visibilityChanged.connect(w.status.problems_button.setChecked)
    _connect_panels(w)
    _connect_controller(w)


def _connect_panels(w: MainWindow) -> None:
    c = w.controller
    w.folder_panel.add_requested.connect(w.choose_folder)
    w.folder_panel.folders_dropped.connect(w.add_folders)
    w.folder_panel.remove_requested.connect(lambda f: (c.remove_folder(f), w.refresh_folders()))
    w.folder_panel.reference_toggled.connect(c.set_reference)
    w.empty_state.action_clicked.connect(lambda: empty_state_clicked(w))
    w.stale_banner.rescan_requested.connect(lambda: start_scan(w))
    w.group_filter.query_changed.connect(lambda query: query_changed(w, query))
    w.acts.find.triggered.connect(
        lambda: (w.group_filter.search.setFocus(), w.group_filter.search.selectAll())
    )
    w.threshold.threshold_changed.connect(c.set_threshold)
    w.progress_panel.cancel_requested.connect(c.cancel)
    w.group_list.selectionModel().currentChanged.connect(
        lambda _cur, _prev: w.show_group(w.selected_group_id())
    )
    w.group_view.keep_requested.connect(lambda photo: keep(w, photo))
    w.group_view.compare_requested.connect(lambda photo: open_compare(w, photo))
    w.group_view.current_changed.connect(lambda _photo: w._update_actions())
    cv = w.compare_view
    cv.back_requested.connect(lambda: close_compare(w))
    cv.next_group.connect(lambda: (step_group(w, 1), open_compare(w, None)))
    cv.previous_group.connect(lambda: (step_group(w, -1), open_compare(w, None)))
    cv.keep_requested.connect(lambda photo: (keep(w, photo), open_compare(w, None)))
    cv.mark_toggled.connect(lambda photo: (toggle_mark(w, photo), cv.refresh()))


def _connect_controller(w: MainWindow) -> None:
    c = w.controller
    c.state_changed.connect(lambda: busy_changed(w))
    c.progress.connect(w.progress_panel.update_progress)
    c.result_changed.connect(lambda: result_changed(w))
    c.marks_changed.connect(lambda: marks_changed(w))
    c.scan_finished.connect(lambda result: scan_finished(w, result))
    c.trash_finished.connect(lambda outcomes: trash_finished(w, outcomes))
    c.undo_finished.connect(lambda outcomes: undo_finished(w, outcomes))
    c.failed.connect(lambda text: task_failed(w, text))


# ---------------------------------------------------------------- state changes
def busy_changed(w: MainWindow) -> None:
    """Show or hide the progress panel and refresh enabled states."""
    if w.controller.busy == Busy.IDLE:
        w.progress_panel.finish()
    elif not w.progress_panel.running:
        w.progress_panel.start()
    w.update_pages()


def result_changed(w: MainWindow) -> None:
    """New groups: reload the list, keep the selected group if it still exists."""
    selected = w.selected_group_id()
    w.cluster_model.set_review(w.controller.review)
    w.update_pages()
    # Build the cards and the problem list in later event-loop turns: no single long stall.
    QTimer.singleShot(0, lambda: w.select_group(selected))
    QTimer.singleShot(0, lambda: w.set_problems(problems(w)))


def query_changed(w: MainWindow, query: Any) -> None:
    """Search / sort / filter changed: reload the list, keep the selection when shown."""
    selected = w.selected_group_id()
    w.cluster_model.set_query(query)
    w.select_group(selected)


def marks_changed(w: MainWindow) -> None:
    """Same groups, different marks: repaint; an earlier message about marks is stale."""
    w.status.clearMessage()
    if w.cluster_model.query.only_marked:
        query_changed(w, w.cluster_model.query)
    w.cluster_model.refresh()
    w.member_model.refresh()
    w._update_actions()


def problems(w: MainWindow) -> list[tuple[str, str, str]]:
    """Scan errors plus files that could not be trashed."""
    review = w.controller.review
    rows = [(e.path, str(e.kind), e.message) for e in review.result.errors]
    rows += [
        (review.photo(i).path, outcome_title(outcome), outcome_sentence(outcome, reason))
        for i, (outcome, reason) in review.failures.items()
    ]
    return rows


def scan_finished(w: MainWindow, result: Any) -> None:
    """Say what the scan found."""
    groups = len(w.controller.review.groups)
    photos = len(result.photos)
    if result.cancelled:
        text = QCoreApplication.translate(
            "MainWindow",
            "Scan stopped: %n photo(s) read (kept in the cache for next time)",
            None,
            photos,
        )
    else:
        text = _tr("Scan finished: {photos}, {groups}, {errors}").format(
            photos=QCoreApplication.translate("MainWindow", "%n photo(s)", None, photos),
            groups=QCoreApplication.translate("MainWindow", "%n group(s)", None, groups),
            errors=QCoreApplication.translate(
                "MainWindow", "%n problem(s)", None, len(result.errors)
            ),
        )
    w.status.showMessage(text, STATUS_MS)
    QTimer.singleShot(0, w.group_list.setFocus)  # after the deferred group selection


def task_failed(w: MainWindow, text: str) -> None:
    """A background task raised: one message, not one per file."""
    w.status.showMessage(_tr("Error: {text}").format(text=text), STATUS_MS)
    QMessageBox.warning(w, APP_DISPLAY_NAME, _tr("Something went wrong:\n{text}").format(text=text))


# -------------------------------------------------------------------- actions
def start_scan(w: MainWindow) -> None:
    """Start scanning the folders."""
    close_compare(w)
    if w.controller.start_scan():
        w.status.showMessage(_tr("Scanning…"))


def empty_state_clicked(w: MainWindow) -> None:
    """The empty state's button: add a folder, or scan."""
    if w.controller.folders and w.controller.busy == Busy.IDLE:
        start_scan(w)
    else:
        w.choose_folder()


def fill_empty_state(w: MainWindow) -> None:
    """Tell the user what to do next."""
    c = w.controller
    if c.busy == Busy.SCAN:
        title, body, button = _tr("Scanning…"), _tr("Groups appear here when the scan ends."), None
    elif not c.folders:
        title = _tr("Add a folder to start")
        body = _tr(
            "Photo Dedup finds resized, re-saved, converted and lightly edited copies of your "
            "photos. Drop a folder anywhere on this window, or click the button below. "
            "Nothing is ever deleted: copies go to the trash, and you can undo."
        )
        button = _tr("Add Folder…")
    elif c.has_result and c.review.result.cancelled:
        title = _tr("Scan stopped")
        body = QCoreApplication.translate(
            "MainWindow",
            "%n photo(s) read before the scan was stopped, and no duplicates among them yet. "
            "Scan again to read the rest: what was read is kept.",
            None,
            len(c.review.result.photos),
        )
        button = _tr("Scan Again")
    elif c.has_result:
        title = _tr("No duplicates found")
        body = QCoreApplication.translate(
            "MainWindow",
            "%n photo(s) checked. Move the similarity slider towards Loose to find more.",
            None,
            len(c.review.result.photos),
        )
        button = _tr("Scan Again")
    else:
        title = _tr("Ready to scan")
        body = QCoreApplication.translate(
            "MainWindow",
            "%n folder(s) selected. Tick Reference for folders whose photos must stay.",
            None,
            len(c.folders),
        )
        button = _tr("Scan Now")
    w.empty_state.show_state(title, body, button, None)


def fill_recent_menu(w: MainWindow) -> None:
    """Recent folders, one action each."""
    menu = w.acts.recent_menu
    menu.clear()
    for folder in w.controller.settings.recent_roots:
        action = menu.addAction(display_path(folder))
        action.triggered.connect(lambda _=False, f=folder: w.add_folders([f]))


def mark_lower_resolution(w: MainWindow) -> int:
    """Mark lower-resolution copies in every group (or the selected one) and say how many."""
    count = w.controller.mark_by_rule(Rule.LOWER_RESOLUTION, w.select_menu.scope())
    text = QCoreApplication.translate(
        "MainWindow", "%n lower-resolution copy(s) marked", None, count
    )
    w.status.showMessage(text, STATUS_MS)
    return count


def trash_lower_resolution(w: MainWindow) -> None:
    """Mark every lower-resolution copy, then confirm and trash the marked files."""
    mark_lower_resolution(w)
    trash_marked(w)


def trash_marked(w: MainWindow) -> None:
    """Plan, confirm, then trash the marked files in the background."""
    plan = w.controller.make_trash_plan()
    if plan.file_count == 0:
        QMessageBox.information(w, APP_DISPLAY_NAME, _tr("Nothing to move to the trash."))
        return
    if confirm_trash.confirm_trash(w, plan):
        w.controller.execute_trash(plan)


def trash_finished(w: MainWindow, outcomes: list[Any]) -> None:
    """Report per-file outcomes; failures stay listed and marked."""
    trashed = [o for o in outcomes if str(o.outcome) == "trashed"]
    size = sum(o_size(w, o.path) for o in trashed)
    text = QCoreApplication.translate(
        "MainWindow", "Moved %n file(s) ({size}) to the trash.", None, len(trashed)
    ).format(size=human_bytes(size))
    left = len(outcomes) - len(trashed)
    if left:
        text += " " + QCoreApplication.translate(
            "MainWindow", "%n file(s) not moved: see Problems.", None, left
        )
        w.error_dock.show()
    w.status.showMessage(text, STATUS_MS * 2)


def o_size(w: MainWindow, path: str) -> int:
    """Size recorded at scan time for a path."""
    index = w.controller.review.index_of(path)
    return w.controller.review.photo(index).file.size if index is not None else 0


def undo(w: MainWindow) -> None:
    """Confirm with the last clean-up's summary, then restore it in the background."""

    def ask(summary: str | None) -> None:
        if summary is None:
            QMessageBox.information(w, APP_DISPLAY_NAME, _tr("There is no clean-up to undo."))
        elif confirm_trash.confirm_undo(w, summary):
            w.controller.undo_last()

    w.controller.fetch_undo_summary(ask)


def warn_if_cleanup_was_interrupted(w: MainWindow) -> None:
    """At start-up: say so when the last clean-up stopped midway, and how to undo it."""

    def tell(paths: list[str]) -> None:
        if paths:
            QMessageBox.warning(
                w,
                APP_DISPLAY_NAME,
                QCoreApplication.translate(
                    "MainWindow",
                    "The last clean-up was interrupted. %n file(s) were moved to the trash "
                    "but not recorded as done. Use Edit → Undo Last Clean-up to put them back.",
                    None,
                    len(paths),
                ),
            )

    w.controller.fetch_interrupted_files(tell)


def undo_finished(w: MainWindow, outcomes: list[Any]) -> None:
    """Say how many files came back."""
    restored = sum(1 for o in outcomes if o.restored)
    text = QCoreApplication.translate(
        "MainWindow", "Restored {n} of %n file(s) from the trash.", None, len(outcomes)
    ).format(n=restored)
    w.status.showMessage(text, STATUS_MS)


def export(w: MainWindow, fmt: str) -> None:
    """Ask where to save, then export in the background."""
    title = _tr("Export Groups as CSV") if fmt == "csv" else _tr("Export Groups as JSON")
    pattern = "CSV (*.csv)" if fmt == "csv" else "JSON (*.json)"
    start = Path(w.export_folder or Path.home()) / f"photodedup.{fmt}"
    path, _ = QFileDialog.getSaveFileName(w, title, str(start), pattern)
    if path:
        w.export_folder = str(Path(path).parent)
        w.controller.export(
            path,
            fmt,
            lambda p: w.status.showMessage(
                _tr("Saved {path}").format(path=display_path(p)), STATUS_MS
            ),
        )


def edit_settings(w: MainWindow) -> None:
    """Open the settings dialog."""
    from photodedup.gui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(w.controller.settings, w)
    if dialog.exec():
        w.controller.update_settings(dialog.settings())
