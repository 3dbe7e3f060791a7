"""docs/gui.md lists every shortcut of the menus (issue #14: "docs/gui.md lists every shortcut")."""

from __future__ import annotations

from pathlib import Path

from photodedup.gui.app import folders_from
from photodedup.gui.dialogs.shortcuts_dialog import action_rows, menu_actions
from photodedup.gui.main_window import MainWindow

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "gui.md"


def test_every_menu_shortcut_is_documented(window: MainWindow) -> None:
    table = GUIDE.read_text(encoding="utf-8").split("## Keyboard shortcuts", 1)[1]
    missing = []
    for keys, what in action_rows(menu_actions(window)):
        first = keys.split(", ")[0]
        if first not in table or what.split(" ")[0] not in table:
            missing.append((keys, what))
    assert not missing


def test_folders_given_on_the_command_line(tmp_path: Path) -> None:
    photos = tmp_path / "Pictures"
    photos.mkdir()
    (tmp_path / "file.jpg").write_bytes(b"x")
    args = [str(photos), str(tmp_path / "file.jpg"), str(tmp_path / "missing"), ""]
    assert folders_from(args) == [str(photos)]
