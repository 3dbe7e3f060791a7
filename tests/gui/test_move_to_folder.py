"""Move Marked to Folder… (#14): mark, choose a folder, confirm, move; undo brings them back."""

from __future__ import annotations

from pathlib import Path

import pytest

from photodedup.gui.dialogs import confirm_trash
from photodedup.gui.main_window import MainWindow
from tests.gui.helpers import scan, settle, trash_files
from tests.photos import Library


def test_move_marked_to_folder_then_undo(  # type: ignore[no-untyped-def]
    qtbot,
    window: MainWindow,
    library: Library,
    *,
    isolated_dirs: Path,
    move_destination: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[tuple[int, str]] = []

    def accept_move(_parent: object, plan: object, folder: str) -> bool:
        asked.append((plan.file_count, folder))  # type: ignore[attr-defined]
        return True

    monkeypatch.setattr(confirm_trash, "choose_folder", lambda _p: str(move_destination))
    monkeypatch.setattr(confirm_trash, "confirm_move", accept_move)
    monkeypatch.setattr(confirm_trash, "confirm_undo", lambda _p, summary: bool(summary))
    scan(qtbot, window, library.root)
    review = window.controller.review
    group = review.groups[0]
    victims = [review.photo(m.photo).path for m in group.members[1:3]]
    for member in group.members[1:3]:
        assert window.controller.set_marked(member.photo, True)
    changed = Path(victims[1])
    with changed.open("ab") as f:  # edited after the scan: must not move (G3, G7)
        f.write(b"\0")
    before = Path(victims[0]).read_bytes()
    assert window.acts.move_marked.isEnabled()
    with qtbot.waitSignal(window.controller.trash_finished, timeout=30_000) as blocker:
        window.acts.move_marked.trigger()
    settle(qtbot, window)
    assert asked == [(2, str(move_destination))]
    outcomes = {o.path: str(o.outcome) for o in blocker.args[0]}
    assert outcomes == {victims[0]: "moved", victims[1]: "changed"}
    assert [p.name for p in move_destination.iterdir()] == [Path(victims[0]).name]
    assert trash_files(isolated_dirs) == []
    assert not Path(victims[0]).exists() and changed.exists()
    message = window.status.currentMessage()
    assert "Moved 1 file" in message and str(move_destination) in message
    failed = review.index_of(victims[1])
    assert failed in review.marked and failed in review.failures  # listed like trashing
    assert window.error_panel.count() == 1
    from photodedup.core.cleanup.journal import load_sessions
    from photodedup.gui.dialogs.history_dialog import entry_state

    [entry] = [e for e in load_sessions()[-1].entries if e.path == victims[0]]
    assert entry_state(entry) == f"moved to {move_destination}"

    with qtbot.waitSignal(window.controller.undo_finished, timeout=30_000):
        window.acts.undo.trigger()
    settle(qtbot, window)
    assert Path(victims[0]).read_bytes() == before
    assert list(move_destination.iterdir()) == []


def test_a_folder_inside_a_reference_folder_is_refused(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    scan(qtbot, window, library.root)
    review = window.controller.review
    member = review.groups[0].members[1]
    window.controller.set_marked(member.photo, True)
    reference = library.root.parent / "ref"
    reference.mkdir()
    window.controller.settings.reference_roots = [str(reference)]
    warned: list[str] = []
    monkeypatch.setattr(confirm_trash, "choose_folder", lambda _p: str(reference))
    monkeypatch.setattr(confirm_trash, "confirm_move", lambda *_a: pytest.fail("asked"))
    from photodedup.gui import cleanup_flow

    monkeypatch.setattr(
        cleanup_flow.QMessageBox, "warning", lambda _p, _t, text: warned.append(text)
    )
    window.acts.move_marked.trigger()
    assert warned and "reference folder" in warned[0]
    assert Path(review.photo(member.photo).path).exists()
