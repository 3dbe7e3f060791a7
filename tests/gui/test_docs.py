"""docs/gui.md lists every shortcut of the menus (issue #14: "docs/gui.md lists every shortcut")."""

from __future__ import annotations

from pathlib import Path

import pytest

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


def test_photodedup_with_a_folder_opens_the_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import photodedup.__main__ as entry
    from photodedup.cli import dispatch
    from photodedup.gui import app

    photos = tmp_path / "Pictures"
    photos.mkdir()
    opened: list[list[str]] = []
    ran: list[list[str]] = []
    monkeypatch.setattr(app, "main", lambda argv: opened.append(argv) or 0)
    monkeypatch.setattr(dispatch, "main", lambda argv, **_: ran.append(argv) or 0)
    entry.main([str(photos)])
    entry.main([str(tmp_path / "missing")])  # not a folder: the CLI says what is wrong
    entry.main(["scan", str(photos)])
    monkeypatch.chdir(tmp_path)
    (tmp_path / "undo").mkdir()  # a folder named like a subcommand still runs it
    entry.main(["undo"])
    assert opened == [[str(photos)]]
    assert ran == [[str(tmp_path / "missing")], ["scan", str(photos)], ["undo"]]


def test_every_subcommand_is_known_to_the_entry_point() -> None:
    import argparse

    from photodedup.__main__ import SUBCOMMANDS
    from photodedup.cli.dispatch import build_parser

    sub = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    assert set(sub.choices) <= SUBCOMMANDS
