"""Issue #13 defect 5: a clean-up that empties the group list must not crash the window."""

from __future__ import annotations

from pathlib import Path

from photodedup.gui.main_window import PAGE_EMPTY, MainWindow
from tests.gui.helpers import scan
from tests.photos import Library


def test_trashing_every_copy_empties_the_list_without_crash(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, library: Library, accept_dialogs: list
) -> None:
    scan(qtbot, window, library.root)
    review = window.controller.review
    for group in review.groups:
        for member in group.members[1:]:
            assert window.controller.set_marked(member.photo, True)
    marked = {review.photo(i).path for i in review.marked}
    with qtbot.waitSignal(window.controller.trash_finished, timeout=30_000):
        window.acts.trash_marked.trigger()
    qtbot.wait(20)
    assert all(not Path(p).exists() for p in marked)
    assert review.groups == []
    assert window.results.cluster_model.rowCount() == 0
    assert window.results.selected_group_id() is None
    assert window.pages.currentIndex() == PAGE_EMPTY
    assert "Moved 6 files" in window.status.currentMessage()
