"""Issue #14: "Not a duplicate" from the context menus, the list dialog, and forgetting."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from photodedup.core import pipeline
from photodedup.core.config import ScanOptions
from photodedup.core.store.ignored import IgnoreList
from photodedup.gui.main_window import MainWindow
from tests.gui.helpers import scan, settle
from tests.photos import Library


@pytest.fixture
def popups(monkeypatch: pytest.MonkeyPatch) -> list[QMenu]:
    shown: list[QMenu] = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, _pos, _at=None: shown.append(menu))
    return shown


def _action(menu: QMenu, words: str):  # type: ignore[no-untyped-def]
    found = [a for a in menu.actions() if words in a.text().replace("&", "")]
    assert found, [a.text() for a in menu.actions()]
    return found[0]


def _paths(window: MainWindow) -> list[set[str]]:
    review = window.controller.review
    return [{review.photo(m.photo).path for m in g.members} for g in review.groups]


def test_not_a_duplicate_from_a_card_splits_the_group_for_good(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, library: Library, popups: list[QMenu]
) -> None:
    scan(qtbot, window, library.root)
    review = window.controller.review
    before = len(review.groups[0].members)
    keeper_card, _, card = window.results.group_view.cards[:3]
    path = card.path
    pos = card.rect().center()
    QApplication.sendEvent(
        card, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, card.mapToGlobal(pos))
    )
    menu = popups[-1]
    assert not _action(
        window.menus.photo_menu(keeper_card.photo_index), "Not a Duplicate"
    ).isEnabled()
    with qtbot.waitSignal(window.not_duplicates.changed, timeout=10_000):
        _action(menu, "Not a Duplicate").trigger()
    settle(qtbot, window)
    group = next(g for g in _paths(window) if keeper_card.path in g)
    assert path not in group and len(group) == before - 1
    assert "not be grouped again" in window.status.currentMessage()
    # The core remembers it: a scan from the command line's side honours it too.
    options = ScanOptions(roots=(str(library.root),), workers=1)
    result = pipeline.run_scan(options)
    grouped = [{result.photos[m.photo].path for m in g.members} for g in result.groups]
    assert not any({path, keeper_card.path} <= g for g in grouped)


def test_a_whole_group_disappears_and_the_dialog_forgets_it(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, library: Library, popups: list[QMenu]
) -> None:
    window.show()
    scan(qtbot, window, library.root)
    review = window.controller.review
    count = len(review.groups)
    hidden = _paths(window)[1]
    lst = window.results.group_list
    rect = lst.visualRect(window.results.cluster_model.index(1))
    lst.customContextMenuRequested.emit(rect.center())
    with qtbot.waitSignal(window.not_duplicates.changed, timeout=10_000):
        _action(popups[-1], "Not Duplicates").trigger()
    qtbot.waitUntil(lambda: len(review.groups) == count - 1)
    assert hidden not in _paths(window)
    window.acts.not_duplicates.trigger()  # Edit → Not Duplicates…
    dialog = window.dialogs.ignored_dialog
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 1)
    row = dialog.tree.topLevelItem(0)
    assert row.text(0).startswith(f"Group of {len(hidden)}: ")
    assert set(row.toolTip(0).splitlines()) == hidden
    QTest.mouseClick(
        dialog.tree.viewport(),
        Qt.MouseButton.LeftButton,
        pos=dialog.tree.visualItemRect(row).center(),
    )
    assert dialog.forget_button.isEnabled()
    with qtbot.waitSignal(window.not_duplicates.changed, timeout=10_000):
        dialog.forget_button.click()
    qtbot.waitUntil(lambda: len(review.groups) == count)
    assert hidden in _paths(window)
    assert dialog.tree.topLevelItemCount() == 0 and dialog.empty.isVisible()
    assert not dialog.clear_button.isEnabled()
    with IgnoreList() as ignored:
        assert ignored.entries() == []
    assert "can be grouped again" in window.status.currentMessage()
    dialog.close()


def test_forget_all(qtbot, window: MainWindow, library: Library) -> None:  # type: ignore[no-untyped-def]
    scan(qtbot, window, library.root)
    count = len(window.controller.review.groups)
    for _ in range(2):
        with qtbot.waitSignal(window.not_duplicates.changed, timeout=10_000):
            window.not_duplicates.not_duplicates(window.controller.review.groups[0].id)
        settle(qtbot, window)
    assert len(window.controller.review.groups) == count - 2
    window.dialogs.show_ignored()
    dialog = window.dialogs.ignored_dialog
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 2)
    with qtbot.waitSignal(window.not_duplicates.changed, timeout=10_000):
        dialog.clear_button.click()
    qtbot.waitUntil(lambda: len(window.controller.review.groups) == count)
    assert Path(IgnoreList().path).exists()
