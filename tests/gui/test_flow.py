"""The full desktop flow on real photos: add folder, scan, bulk-trash, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from photodedup.gui import cleanup_flow
from photodedup.gui.main_window import PAGE_EMPTY, PAGE_RESULTS, MainWindow
from tests.gui.helpers import scan, settle, trash_files
from tests.photos import Library


def test_empty_state_then_groups_appear(qtbot, window: MainWindow, library: Library) -> None:  # type: ignore[no-untyped-def]
    assert window.pages.currentIndex() == PAGE_EMPTY
    assert "Add a folder" in window.empty_state.title.text()
    assert not window.acts.scan.isEnabled()
    scan(qtbot, window, library.root)
    assert window.pages.currentIndex() == PAGE_RESULTS
    review = window.controller.review
    groups = [{review.photo(m.photo).path for m in g.members} for g in review.groups]
    expected = [library.group_of(original) for original in library.originals]
    assert sorted(map(sorted, groups)) == sorted(map(sorted, expected))
    assert window.results.cluster_model.rowCount() == len(expected)
    assert window.results.member_model.rowCount() == 4  # first group selected, its cards shown
    assert len(window.results.group_view.cards) == 4
    assert not review.marked  # G17: nothing is marked until the user asks


def test_bulk_trash_lower_resolution_then_undo(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, library: Library, isolated_dirs: Path, accept_dialogs: list
) -> None:
    scan(qtbot, window, library.root)
    resized = [c for cs in library.copies.values() for c in cs if "resized" in c.name]
    changed = resized[0]
    with changed.open("ab") as f:  # edited after the scan: must not be trashed (G3, G7)
        f.write(b"\0")
    with qtbot.waitSignal(window.controller.trash_finished, timeout=30_000) as blocker:
        window.acts.trash_lower.trigger()
    settle(qtbot, window)
    plan = accept_dialogs[0]
    assert plan.file_count == len(resized)  # type: ignore[attr-defined]
    outcomes = {o.path: str(o.outcome) for o in blocker.args[0]}
    assert outcomes == {str(resized[0]): "changed", str(resized[1]): "trashed"}
    assert trash_files(isolated_dirs) == [resized[1].name]
    assert changed.exists() and not resized[1].exists()
    review = window.controller.review
    failed = review.index_of(str(changed))
    assert failed in review.marked and failed in review.failures  # stays listed and marked
    assert window.error_panel.count() == 1
    assert str(changed) in window.error_panel.model.problems[0][0]
    assert not window.error_dock.isHidden()
    with qtbot.waitSignal(window.controller.undo_finished, timeout=30_000):
        window.acts.undo.trigger()
    settle(qtbot, window)
    assert resized[1].exists()
    assert trash_files(isolated_dirs) == []
    assert review.index_of(str(resized[1])) in {m.photo for g in review.groups for m in g.members}


def test_reference_folder_is_never_marked(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, library: Library, accept_dialogs: list
) -> None:
    window.add_folders([str(library.root)])
    window.folder_panel.tree.topLevelItem(0).setCheckState(1, Qt.CheckState.Checked)
    assert window.controller.is_reference(str(library.root))
    with qtbot.waitSignal(window.controller.scan_finished, timeout=60_000):
        window.acts.scan.trigger()
    settle(qtbot, window)
    assert window.controller.mark_lower_resolution() == 0
    card = window.results.group_view.cards[1]
    assert not card.mark_box.isEnabled()
    assert "reference" in card.reason.text().lower()


def test_keep_another_photo_and_mark_with_keyboard(
    qtbot, window: MainWindow, library: Library
) -> None:  # type: ignore[no-untyped-def]
    scan(qtbot, window, library.root)
    review = window.controller.review
    group_id = window.results.selected_group_id()
    old_keeper = review.group(group_id).members[0].photo
    current = window.results.group_view.current
    assert current is not None and current != old_keeper
    window.acts.keep_current.trigger()
    settle(qtbot, window)
    group = review.group(group_id)
    assert group.members[0].photo == current
    assert group.reason == "chosen by you"
    assert window.results.group_view.cards[0].photo_index == current
    assert "chosen by you" in window.results.group_view.cards[0].reason.text()
    window.results.group_view.set_current(old_keeper)
    window.acts.toggle_mark.trigger()
    assert old_keeper in review.marked
    assert window.results.group_view.cards[1].mark_box.isChecked()
    window.acts.toggle_mark.trigger()
    assert old_keeper not in review.marked


def test_compare_view_keys(qtbot, window: MainWindow, library: Library) -> None:  # type: ignore[no-untyped-def]
    window.show()
    scan(qtbot, window, library.root)
    window.acts.compare.trigger()
    view = window.results.compare_view
    assert window.results.detail_stack.currentWidget() is view
    left, right = view.left, view.right
    assert window.controller.review.is_keeper(left)
    qtbot.keyClick(view, Qt.Key.Key_S)
    assert (view.left, view.right) == (right, left)
    qtbot.keyClick(view, Qt.Key.Key_S)
    assert "1 of 3" in view.position_label.text()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.right != right and "2 of 3" in view.position_label.text()
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.right == right
    view.zoom_by(2.0)
    transforms = [pane.transform().m11() for pane in view.panes]
    assert transforms[0] == transforms[1] and not view._fit  # zoomed together
    bar = view.panes[0].horizontalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    assert (
        view.panes[1].horizontalScrollBar().value() == view.panes[0].horizontalScrollBar().value()
    )
    qtbot.keyClick(view, Qt.Key.Key_M)
    assert right in window.controller.review.marked
    first_group = window.results.selected_group_id()
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert window.results.selected_group_id() != first_group
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.results.detail_stack.currentWidget() is window.results.group_view
    window.results.step_group(-1)
    assert window.results.selected_group_id() == first_group


def test_interrupted_cleanup_is_announced_at_start(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from photodedup.core.cleanup import journal

    warnings: list[str] = []
    monkeypatch.setattr(
        cleanup_flow.QMessageBox, "warning", lambda _w, _t, text: warnings.append(text)
    )
    window.cleanup.warn_if_cleanup_was_interrupted()  # nothing pending: silent
    qtbot.wait(50)
    monkeypatch.setattr(journal, "interrupted_files", lambda: ["/p/a.jpg", "/p/b.jpg"])
    window.cleanup.warn_if_cleanup_was_interrupted()
    qtbot.waitUntil(lambda: len(warnings) == 1)
    assert "2 files" in warnings[0] and "Undo" in warnings[0]
