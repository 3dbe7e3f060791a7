"""One list of what photodedup never enters nor touches, for discovery and clean-up."""

from __future__ import annotations

from pathlib import Path

import pytest

from photodedup.core.config import ScanOptions
from photodedup.core.discover import scope
from photodedup.core.discover.walker import discover_all
from tests.photos import save_jpeg, textured_image


@pytest.mark.parametrize(
    "folder", ["$RECYCLE.BIN", ".Trashes", ".Trash-1000", "System Volume Information"]
)
def test_other_systems_trash_is_out_of_scope_for_acting_too(tmp_path: Path, folder: str) -> None:
    inside = tmp_path / folder / "S-1-5-21" / "a.jpg"
    assert scope.is_out_of_scope(str(inside))
    assert not scope.is_out_of_scope(str(tmp_path / "photos" / "a.jpg"))


def test_what_discovery_skips_is_what_the_clean_up_refuses(tmp_path: Path) -> None:
    for folder in scope.never_touched_dirs():
        folder.mkdir(parents=True, exist_ok=True)
        save_jpeg(textured_image(1), folder / "inside.jpg")
        assert scope.is_out_of_scope(str(folder / "inside.jpg"))
    outside = tmp_path / "library"
    outside.mkdir()
    save_jpeg(textured_image(2), outside / "kept.jpg")
    roots = (str(outside), *(str(f) for f in scope.never_touched_dirs()))
    found = discover_all(ScanOptions(roots=roots), [], lambda _e: None, None)
    assert [Path(f.path).name for f in found] == ["kept.jpg"]
