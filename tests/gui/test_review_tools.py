"""Issue #14 tools: context menus, select by rule, similar shots never bulk-marked."""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QContextMenuEvent, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QMenu

from photodedup.core.review import Rule, looks_like_a_copy
from photodedup.core.types import GroupKind
from photodedup.gui.dialogs.shortcuts_dialog import action_rows, menu_actions
from photodedup.gui.group_query import SortKey
from photodedup.gui.main_window import MainWindow
from photodedup.gui.models.cluster_model import GroupIdRole, SubtitleRole
from tests.gui.helpers import scan, settle
from tests.photos import Library


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record what the app asks the desktop to open (nothing is launched)."""
    urls: list[str] = []

    def record(url: QUrl) -> bool:
        urls.append(url.toLocalFile())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", record)
    return urls


@pytest.fixture
def popups(monkeypatch: pytest.MonkeyPatch) -> list[QMenu]:
    """Menus popped up (recorded instead of shown)."""
    shown: list[QMenu] = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, _pos, _at=None: shown.append(menu))
    return shown


def _action(menu: QMenu, words: str):  # type: ignore[no-untyped-def]
    found = [a for a in menu.actions() if words in a.text().replace("&", "")]
    assert found, [a.text() for a in menu.actions()]
    return found[0]


def _right_click(widget) -> None:  # type: ignore[no-untyped-def]
    pos = widget.rect().center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, widget.mapToGlobal(pos))
    QApplication.sendEvent(widget, event)


def test_card_context_menu_opens_shows_copies_marks_and_keeps(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, library: Library, opened: list[str], popups: list[QMenu]
) -> None:
    scan(qtbot, window, library.root)
    review = window.controller.review
    card = window.results.group_view.cards[2]
    _right_click(card)
    assert popups and popups[-1].objectName() == "photo-menu"
    assert window.results.group_view.current == card.photo_index
    menu = popups[-1]
    _action(menu, "Open").trigger()
    assert opened == [card.path]
    _action(menu, "Show in Folder").trigger()  # no file manager on the bus: the folder opens
    assert opened[-1] == str(Path(card.path).parent)
    _action(menu, "Copy Path").trigger()
    assert QGuiApplication.clipboard().text() == card.path
    _action(menu, "Mark for Trash").trigger()
    assert card.photo_index in review.marked
    again = window.menus.photo_menu(card.photo_index)
    _action(again, "Unmark").trigger()
    assert card.photo_index not in review.marked
    keeper_menu = window.menus.photo_menu(window.results.group_view.cards[0].photo_index)
    assert not _action(keeper_menu, "Keep This Photo").isEnabled()
    assert not _action(keeper_menu, "Mark for Trash").isEnabled()
    _action(window.menus.photo_menu(card.photo_index), "Keep This Photo").trigger()
    settle(qtbot, window)
    assert review.is_keeper(card.photo_index)


def test_group_row_and_compare_menus(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, library: Library, popups: list[QMenu]
) -> None:
    window.show()
    scan(qtbot, window, library.root)
    review = window.controller.review
    lst = window.results.group_list
    rect = lst.visualRect(window.results.cluster_model.index(1))
    lst.customContextMenuRequested.emit(rect.center())
    assert window.results.selected_group_id() == review.groups[1].id
    menu = popups[-1]
    assert menu.objectName() == "group-menu"
    _action(menu, "Mark All but the Keeper").trigger()
    group = review.group(window.results.selected_group_id())
    assert {m.photo for m in group.members[1:]} <= review.marked
    _action(window.menus.group_menu(group.id), "Unmark This Group").trigger()
    assert not review.marked
    window.acts.compare.trigger()
    view = window.results.compare_view
    _right_click(view.panes[1].viewport())
    assert popups[-1].objectName() == "photo-menu"
    _action(popups[-1], "Mark for Trash").trigger()
    assert view.right in review.marked
    assert "TRASH" in view.captions[1].text()


@pytest.fixture
def rich_library(library: Library) -> Library:
    """The library plus a "(1)" copy, an older copy and a Backup folder with copies."""
    original = library.originals[0]
    shutil.copy(original, library.root / "photo0 (1).jpg")
    backup = library.root / "Backup"
    backup.mkdir()
    for copy in library.copies[library.originals[1]][:2]:
        shutil.copy(copy, backup / copy.name)
    old = library.copies[original][1]
    os.utime(old, (1_000_000_000, 1_000_000_000))
    return library


def test_select_by_rule_on_a_real_library(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, rich_library: Library
) -> None:
    lib = rich_library
    scan(qtbot, window, lib.root)
    review = window.controller.review
    menu = window.select_menu

    def marked_paths() -> set[str]:
        return {review.photo(i).path for i in review.marked}

    menu.rule_actions[Rule.NAMED_LIKE_COPIES].trigger()
    assert marked_paths() == {str(lib.root / "photo0 (1).jpg")}
    window.acts.clear_marks.trigger()
    menu.rule_actions[Rule.OLDER_FILES].trigger()
    assert str(lib.copies[lib.originals[0]][1]) in marked_paths()
    window.acts.clear_marks.trigger()
    menu.apply(Rule.IN_FOLDER, str(lib.root / "Backup"))
    assert marked_paths() and all("/Backup/" in p for p in marked_paths())
    window.acts.clear_marks.trigger()
    menu.rule_actions[Rule.SMALLER_FILES].trigger()
    for index in review.marked:
        keeper = review.group(review.group_of(index)).keeper
        assert review.photo(index).file.size < review.photo(keeper).file.size
    window.acts.clear_marks.trigger()
    menu.selected_only.setChecked(True)
    menu.rule_actions[Rule.ALL_BUT_KEEPER].trigger()
    selected = review.group(window.results.selected_group_id())
    assert review.marked == {m.photo for m in selected.members[1:]}
    assert "marked" in window.status.currentMessage()
    menu.selected_only.setChecked(False)
    menu.rule_actions[Rule.ALL_BUT_KEEPER].trigger()
    keepers = {g.keeper for g in review.groups}
    assert review.marked == {m.photo for g in review.groups for m in g.members} - keepers


def test_copy_names() -> None:
    for name in ("a (1).jpg", "a copy.jpg", "a - Copy (2).jpg", "Copy of a.jpg", "a_kopie.png"):
        assert looks_like_a_copy(f"/p/{name}"), name
    for name in ("IMG_0001.jpg", "copyright.jpg", "a-1.jpg", "photocopy.jpg"):
        assert not looks_like_a_copy(f"/p/{name}"), name


def test_similar_shots_are_labelled_and_never_bulk_marked(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, library: Library
) -> None:
    scan(qtbot, window, library.root)
    controller = window.controller
    result = controller.review.result
    shots = replace(result.groups[0], kind=GroupKind.SHOTS)
    controller.review.replace_result(replace(result, groups=[shots, *result.groups[1:]]))
    controller.result_changed.emit()
    settle(qtbot, window)
    window.results.select_group(shots.id)
    settle(qtbot, window)
    assert "Similar shots" in window.results.group_header.text()
    row = window.results.cluster_model.row_of_group(shots.id)
    index = window.results.cluster_model.index(row)
    assert "Similar shots" in window.results.group_list.itemDelegate().chip(index)[0]
    assert "Similar shots" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    # The others are photos of their own, not copies: said on the cards and in the list.
    assert [c.badge.text() for c in window.results.group_view.cards[1:]] == ["SHOT"] * (
        len(shots.members) - 1
    )
    assert "in other shots" in index.data(SubtitleRole)
    members = {m.photo for m in shots.members}
    window.acts.mark_lower.trigger()
    for rule in Rule:
        window.select_menu.apply(rule, str(library.root / "copies"))
    window.controller.mark_all_but_keeper()
    assert not members & controller.review.marked
    assert controller.review.marked  # the other group of copies was marked
    assert not _action(window.menus.group_menu(shots.id), "Mark All but the Keeper").isEnabled()
    copy = shots.members[1].photo
    assert controller.set_marked(copy, True)  # by hand, one by one: allowed


def test_search_sort_and_filter_groups(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, library: Library
) -> None:
    scan(qtbot, window, library.root)
    review, model, bar = (
        window.controller.review,
        window.results.cluster_model,
        window.results.group_filter,
    )
    assert model.rowCount() == 2
    window.acts.find.trigger()
    qtbot.keyClicks(bar.search, "PHOTO1_")  # case-insensitive, names and folders
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    shown = review.group(window.results.selected_group_id())
    assert str(library.originals[1]) in {review.photo(m.photo).path for m in shown.members}
    assert "Group 1 of 1" in window.results.group_header.text()
    bar.search.clear()
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    bar.set_sort(SortKey.SPACE)
    groups = [review.group(model.index(row).data(GroupIdRole)) for row in range(2)]
    spaces = [sum(review.photo(m.photo).file.size for m in g.members[1:]) for g in groups]
    assert spaces == sorted(spaces, reverse=True)
    bar.only_marked.setChecked(True)
    assert model.rowCount() == 0
    bar.only_marked.setChecked(False)
    window.controller.mark_all_but_keeper([review.groups[1].id])
    bar.only_marked.setChecked(True)
    assert model.rowCount() == 1
    assert window.results.selected_group_id() == review.groups[1].id
    window.controller.unmark_groups([review.groups[1].id])
    assert model.rowCount() == 0


def test_keyboard_shortcuts_dialog_and_user_guide(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, opened: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toString()))
    window.acts.shortcuts_help.trigger()
    dialog = window.dialogs.shortcuts_dialog
    assert dialog is not None and dialog.isVisible()
    text = dialog.browser.toPlainText()
    for keys, what in action_rows(menu_actions(window)):
        assert keys in text and what in text
    expected = ("Ctrl+R, F5", "Space", "PgDown", "Ctrl+F", "Ctrl+Shift+M", "Swap the two sides")
    assert all(keys in text for keys in expected)
    assert window.acts.user_guide.shortcut().toString() == "F1"
    window.acts.user_guide.trigger()
    assert urls and urls[-1].endswith("docs/gui.md")
    dialog.close()


def test_accessible_names_of_the_review(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, library: Library
) -> None:
    scan(qtbot, window, library.root)
    named = [
        window.results.group_list,
        window.results.group_view,
        window.threshold.slider,
        window.folder_panel.tree,
        window.error_panel.view,
        window.results.group_filter.search,
        *window.results.compare_view.panes,
    ]
    assert all(widget.accessibleName() for widget in named)
    card = window.results.group_view.cards[1]
    assert card.accessibleName() == Path(card.path).name
    assert card.badge.accessibleName() in ("COPY", "TRASH")
    assert "COPY" in card.accessibleDescription()
    keeper = window.results.group_view.cards[0]
    assert "KEEP" in keeper.accessibleDescription()
    row = window.results.cluster_model.index(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "photos" in row and "copies" in row.lower()


def test_keeper_rules_are_edited_in_settings_and_followed(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, library: Library
) -> None:
    from photodedup.gui.dialogs.settings_dialog import SettingsDialog

    copy = next(c for c in library.copies[library.originals[0]] if "recompressed" in c.name)
    os.utime(copy, (1_000_000_000, 1_000_000_000))  # the oldest file of its group
    scan(qtbot, window, library.root)
    review = window.controller.review
    group_id = review.group_of(review.index_of(str(copy)))
    assert review.photo(review.group(group_id).keeper).path != str(copy)
    dialog = SettingsDialog(window.controller.settings, window)
    qtbot.addWidget(dialog)
    editor = dialog.keep_rules
    assert editor.rules()[:3] == ["raw", "pixels", "bytes"]
    names = [editor.list.item(i).data(Qt.ItemDataRole.UserRole + 1) for i in range(5)]
    editor.list.setCurrentRow(names.index("oldest"))
    for _ in range(3):
        editor.move(-1)
    assert editor.rules()[0] == "oldest"
    window.controller.update_settings(dialog.settings())
    settle(qtbot, window)
    assert window.controller.settings.keep_rules[0] == "oldest"
    group = review.group(review.group_of(review.index_of(str(copy))))
    assert review.photo(group.keeper).path == str(copy)
    assert group.reason.startswith("oldest file")


def test_the_last_review_reopens_after_a_restart(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, library: Library
) -> None:
    from photodedup.gui.controller import ScanController
    from photodedup.gui.thumbnails import ThumbnailLoader
    from photodedup.gui.workers import Runner

    scan(qtbot, window, library.root)
    review = window.controller.review
    first, second = review.groups[0], review.groups[1]
    kept = review.photo(first.members[2].photo).path
    window.controller.set_keeper(first.members[2].photo)
    marked = review.photo(second.members[1].photo).path
    changed = review.photo(second.members[2].photo).path
    window.controller.set_marked(second.members[1].photo, True)
    window.controller.set_marked(second.members[2].photo, True)
    window.close()
    with Path(changed).open("ab") as f:  # edited while the app was closed
        f.write(b"\0")
    controller = ScanController(runner=Runner(synchronous=True))  # settings from disk
    again = MainWindow(controller, ThumbnailLoader())
    qtbot.addWidget(again)
    with qtbot.waitSignal(controller.scan_finished, timeout=60_000):
        pass  # the rescan starts by itself once the window is up
    settle(qtbot, again)
    new = controller.review
    assert {new.photo(i).path for i in new.marked} == {marked}
    assert new.is_keeper(new.index_of(kept))
    assert "2 decisions restored" in again.status.currentMessage()
    assert "1 dropped" in again.status.currentMessage()
    again.thumbnails.shutdown()


def test_clean_up_history_and_undo_step_by_step(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, library: Library, accept_dialogs: list
) -> None:
    scan(qtbot, window, library.root)
    review = window.controller.review
    first = review.photo(review.groups[0].members[1].photo).path
    second = review.photo(review.groups[1].members[1].photo).path
    for path in (first, second):  # two clean-ups, one file each
        window.controller.set_marked(review.index_of(path), True)
        with qtbot.waitSignal(window.controller.trash_finished, timeout=30_000):
            window.acts.trash_marked.trigger()
    window.acts.history.trigger()
    dialog = window.dialogs.history_dialog
    tree = dialog.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 2)
    newest = tree.topLevelItem(0)
    assert "1 file moved" in newest.text(0) and "undone" not in newest.text(0)
    assert newest.child(0).text(0) == second and newest.child(0).text(1) == "in the trash"
    for expected_back in (second, first):
        with qtbot.waitSignal(window.controller.undo_finished, timeout=30_000):
            dialog.undo_button.click()
        assert Path(expected_back).exists()
    qtbot.waitUntil(lambda: "undone" in tree.topLevelItem(1).text(0))
    assert tree.topLevelItem(0).child(0).text(1) == "restored"
    assert not dialog.undo_button.isEnabled()
    assert not window.acts.undo.isEnabled()
    dialog.close()


def test_history_undoes_a_chosen_older_clean_up(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, library: Library, accept_dialogs: list
) -> None:
    from PySide6.QtTest import QTest

    scan(qtbot, window, library.root)
    review = window.controller.review
    first = review.photo(review.groups[0].members[1].photo).path
    second = review.photo(review.groups[1].members[1].photo).path
    for path in (first, second):  # two clean-ups, one file each
        window.controller.set_marked(review.index_of(path), True)
        with qtbot.waitSignal(window.controller.trash_finished, timeout=30_000):
            window.acts.trash_marked.trigger()
    window.acts.history.trigger()
    dialog = window.dialogs.history_dialog
    tree = dialog.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 2)
    assert tree.currentItem() is tree.topLevelItem(0)  # the newest, undoable
    older = tree.topLevelItem(1)
    older.setExpanded(True)
    tree.scrollToItem(older.child(0))
    rect = tree.visualItemRect(older.child(0))  # a click on one of its files chooses it
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.selected_session() == older.data(0, Qt.ItemDataRole.UserRole + 1)
    assert dialog.undo_button.isEnabled()
    with qtbot.waitSignal(window.controller.undo_finished, timeout=30_000):
        dialog.undo_button.click()
    assert Path(first).exists() and not Path(second).exists()
    qtbot.waitUntil(lambda: "undone" in tree.topLevelItem(1).text(0))
    assert "undone" not in tree.topLevelItem(0).text(0)
    assert tree.currentItem() is tree.topLevelItem(0)  # the one still undoable
    tree.setCurrentItem(tree.topLevelItem(1))
    assert not dialog.undo_button.isEnabled()  # an undone clean-up cannot be undone again
    tree.setCurrentItem(tree.topLevelItem(0))
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    tree.setFocus()
    with qtbot.waitSignal(window.controller.undo_finished, timeout=30_000):
        QTest.keyClick(tree, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # the mnemonic
    assert Path(second).exists()
    assert not window.acts.undo.isEnabled()
    dialog.close()
