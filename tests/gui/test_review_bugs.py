"""Issue #14 bugs seen by a new user: stale results and messages, wording, plurals, dialogs."""

from __future__ import annotations

import csv
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from photodedup.core import pipeline
from photodedup.core.config import Settings
from photodedup.gui.controller import ScanController
from photodedup.gui.dialogs.settings_dialog import SettingsDialog
from photodedup.gui.main_window import MainWindow
from photodedup.gui.thumbnails import ThumbnailLoader
from photodedup.gui.workers import Runner
from tests.faults import faulty_decoders
from tests.gui.helpers import scan, settle
from tests.photos import Library, save_jpeg, textured_image


@pytest.fixture
def threaded_window(qtbot) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """A window whose controller works in a real thread pool (so a scan can be cancelled)."""
    controller = ScanController(runner=Runner(), settings=Settings())
    win = MainWindow(controller, ThumbnailLoader())
    qtbot.addWidget(win)
    yield win
    controller.shutdown()
    win.thumbnails.shutdown()


def _copies(library: Library) -> list[Path]:
    return [c for cs in library.copies.values() for c in cs]


def test_cancelled_scan_says_it_stopped(  # type: ignore[no-untyped-def]
    qtbot, threaded_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "local_decoders", faulty_decoders({"p030": "hang"}))
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(40):
        save_jpeg(textured_image(seed=n, size=(96, 72)), folder / f"p{n:03d}.jpg")
    window = threaded_window
    window.add_folders([str(folder)])
    window.controller.progress.connect(lambda _event: window.controller.cancel())
    with qtbot.waitSignal(window.controller.scan_finished, timeout=60_000):
        window.acts.scan.trigger()
    qtbot.wait(20)
    assert window.controller.review.result.cancelled
    assert window.empty_state.title.text() == "Scan stopped"
    assert "Loose" not in window.empty_state.body.text()
    assert "Scan again" in window.empty_state.body.text()


def test_removing_a_folder_drops_its_photos_and_offers_a_rescan(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, library: Library, tmp_path: Path
) -> None:
    other = tmp_path / "home" / "Other"
    other.mkdir()
    extra = other / "copy-of-original.jpg"
    shutil.copy(library.originals[0], extra)
    window.add_folders([str(other)])
    scan(qtbot, window, library.root)
    review = window.controller.review
    assert review.index_of(str(extra)) in {m.photo for g in review.groups for m in g.members}
    assert window.stale_banner.isHidden()
    window.folder_panel.remove_requested.emit(str(other))
    settle(qtbot, window)
    members = {review.photo(m.photo).path for g in review.groups for m in g.members}
    assert str(extra) not in members
    assert not review.can_mark(review.index_of(str(extra)))
    assert not window.stale_banner.isHidden()
    assert "folders changed" in window.stale_banner.label.text()
    with qtbot.waitSignal(window.controller.scan_finished, timeout=60_000):
        window.stale_banner.button.click()
    settle(qtbot, window)
    assert window.stale_banner.isHidden()


def test_undo_after_a_restart_offers_to_show_restored_files(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, library: Library, accept_dialogs: list
) -> None:
    scan(qtbot, window, library.root)
    victim = _copies(library)[0]
    window.controller.set_marked(window.controller.review.index_of(str(victim)), True)
    with qtbot.waitSignal(window.controller.trash_finished, timeout=30_000):
        window.acts.trash_marked.trigger()
    assert not victim.exists()
    restarted = MainWindow(
        ScanController(runner=Runner(synchronous=True), settings=Settings()), ThumbnailLoader()
    )
    qtbot.addWidget(restarted)
    scan(qtbot, restarted, library.root)  # the victim is in the trash: not in these results
    assert restarted.acts.undo.isEnabled()
    with qtbot.waitSignal(restarted.controller.undo_finished, timeout=30_000):
        restarted.acts.undo.trigger()
    settle(qtbot, restarted)
    assert victim.exists()
    assert not restarted.stale_banner.isHidden()
    assert "1 restored file is not" in restarted.stale_banner.label.text()
    with qtbot.waitSignal(restarted.controller.scan_finished, timeout=60_000):
        restarted.stale_banner.button.click()
    review = restarted.controller.review
    assert review.index_of(str(victim)) in {m.photo for g in review.groups for m in g.members}
    restarted.thumbnails.shutdown()


def test_long_names_are_elided_with_the_full_path_shown(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, library: Library
) -> None:
    long_name = library.root / ("holiday-" + "very-long-name-" * 12 + "copy.jpg")
    shutil.copy(library.originals[0], long_name)
    window.resize(1200, 800)
    window.show()
    scan(qtbot, window, library.root)
    review = window.controller.review
    window.results.select_group(review.group_of(review.index_of(str(long_name))))
    settle(qtbot, window)
    card = next(c for c in window.results.group_view.cards if c.path == str(long_name))
    qtbot.waitUntil(lambda: card.name.width() < 600)
    assert "…" in card.name.text()
    assert card.name.toolTip() == str(long_name)
    assert card.toolTip() == str(long_name)
    window.acts.compare.trigger()
    view = window.results.compare_view
    assert window.width() == 1200
    assert str(library.root) in " ".join(c.text() for c in view.captions)


def test_status_messages_do_not_go_stale(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, library: Library, accept_dialogs: list
) -> None:
    scan(qtbot, window, library.root)
    status = window.status
    keeper = window.results.group_view.cards[0].photo_index
    window.results.group_view.set_current(keeper)
    window.acts.toggle_mark.trigger()
    assert "cannot be marked" in status.currentMessage()
    window.results.group_view.set_current(window.results.group_view.cards[1].photo_index)
    window.acts.toggle_mark.trigger()
    assert status.currentMessage() == ""
    window.acts.mark_lower.trigger()
    assert "lower-resolution" in status.currentMessage()
    window.acts.clear_marks.trigger()
    assert status.currentMessage() == ""
    photos = len(window.controller.review.result.photos)
    assert f"{photos} photos" in status.counts.text()
    window.controller.set_marked(window.results.group_view.cards[1].photo_index, True)
    with qtbot.waitSignal(window.controller.trash_finished, timeout=30_000):
        window.acts.trash_marked.trigger()
    assert f"{photos - 1} photos" in status.counts.text()


def test_plural_forms(qtbot, window: MainWindow, library: Library) -> None:  # type: ignore[no-untyped-def]
    window.add_folders([str(library.root)])
    assert "1 folder selected" in window.empty_state.body.text()
    assert "1 folder to scan" in window.status.counts.text()
    window.set_problems([("/p/a.jpg", "empty", "empty file (0 bytes)")])
    assert window.status.problems_button.text() == "⚠ 1 problem"
    window.set_problems([("/p/a.jpg", "empty", "x"), ("/p/b.jpg", "empty", "y")])
    assert window.status.problems_button.text() == "⚠ 2 problems"
    from photodedup.gui.dialogs.confirm_trash import plan_summary

    class Plan:
        file_count, total_bytes = 1, 2048

    assert plan_summary(Plan()).startswith("Move 1 file (")
    Plan.file_count = 3
    assert plan_summary(Plan()).startswith("Move 3 files (")


def test_clean_up_failures_are_explained_in_words(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, library: Library, accept_dialogs: list
) -> None:
    scan(qtbot, window, library.root)
    victim = _copies(library)[0]
    review = window.controller.review
    window.controller.set_marked(review.index_of(str(victim)), True)
    with victim.open("ab") as f:
        f.write(b"\0")
    with qtbot.waitSignal(window.controller.trash_finished, timeout=30_000):
        window.acts.trash_marked.trigger()
    settle(qtbot, window)
    window.results.select_group(review.group_of(review.index_of(str(victim))))
    settle(qtbot, window)
    card = next(c for c in window.results.group_view.cards if c.path == str(victim))
    text = card.failure.text()
    assert "edited or replaced after the scan" in text
    for jargon in ("mtime_ns", "ctime_ns", "changed: changed", "since scan:"):
        assert jargon not in text
    assert card.failure.toolTip().startswith("changed since scan: modified (")  # the core's
    model = window.error_panel.model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    problem, details = (model.index(0, c).data() for c in (1, 2))
    assert problem == "Changed since the scan"
    assert details and problem not in details and "mtime_ns" not in details


def test_problem_details_do_not_repeat_the_problem(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.set_problems([("/p/a.jpg", "empty", "empty file (0 bytes)")])
    model = window.error_panel.model
    assert model.index(0, 1).data() == "Empty file"
    assert model.index(0, 2).data() == "(0 bytes)"


def test_undo_is_disabled_with_nothing_to_undo(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, library: Library, accept_dialogs: list
) -> None:
    assert not window.acts.undo.isEnabled()
    scan(qtbot, window, library.root)
    assert not window.acts.undo.isEnabled()
    window.acts.mark_lower.trigger()
    with qtbot.waitSignal(window.controller.trash_finished, timeout=30_000):
        window.acts.trash_marked.trigger()
    assert window.acts.undo.isEnabled()
    with qtbot.waitSignal(window.controller.undo_finished, timeout=30_000):
        window.acts.undo.trigger()
    assert not window.acts.undo.isEnabled()


def test_file_dialogs_start_in_pictures_or_home(  # type: ignore[no-untyped-def]
    qtbot,
    window: MainWindow,
    library: Library,
    monkeypatch: pytest.MonkeyPatch,
    isolated_dirs: Path,
) -> None:
    asked: list[str] = []

    def folder(_parent: object, _title: str, start: str) -> str:
        asked.append(start)
        return ""

    def save(_parent: object, _title: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", folder)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save)
    window.scans.choose_folder()
    assert asked[-1] == str(library.root)  # ~/Pictures
    window.dialogs.export("csv")
    assert asked[-1] == str(isolated_dirs / "photodedup.csv")
    shutil.rmtree(library.root)
    window.scans.choose_folder()
    assert asked[-1] == str(isolated_dirs)


def test_settings_show_no_disabled_box_and_no_zero_kb(qtbot) -> None:  # type: ignore[no-untyped-def]
    settings = Settings()
    settings.min_size = 1
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert all(w.isEnabled() for w in dialog.findChildren(type(dialog.min_size)))
    assert dialog.min_size.text() == "No minimum"
    assert "QComboBox" not in {type(w).__name__ for w in dialog.findChildren(object)}
    assert dialog.settings().min_size == 1


def test_csv_export_tells_the_keeper_from_undecided_copies(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, library: Library, tmp_path: Path
) -> None:
    scan(qtbot, window, library.root)
    review = window.controller.review
    group = review.groups[0]
    marked = group.members[1].photo
    window.controller.set_marked(marked, True)
    out = tmp_path / "groups.csv"
    with qtbot.waitSignal(window.status.messageChanged, timeout=10_000):
        window.controller.export(str(out), "csv", window.status.showMessage)
    rows = [r for r in csv.DictReader(out.open()) if int(r["group"]) == group.id]
    actions = {r["path"]: r["action"] for r in rows}
    assert actions[review.photo(group.members[0].photo).path] == "keep"
    assert actions[review.photo(marked).path] == "trash"
    assert set(list(actions.values())[2:]) == {"undecided"}


def test_ticking_reference_after_the_scan_unmarks_and_protects(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, library: Library
) -> None:
    scan(qtbot, window, library.root)
    review = window.controller.review
    window.acts.mark_lower.trigger()
    assert review.marked
    window.folder_panel.tree.topLevelItem(0).setCheckState(1, Qt.CheckState.Checked)
    assert not review.marked
    copy = window.results.group_view.cards[1].photo_index
    assert not window.controller.set_marked(copy, True)
    assert not window.results.group_view.cards[1].mark_box.isEnabled()
    assert not window.stale_banner.isHidden()
    assert window.controller.make_trash_plan().file_count == 0
