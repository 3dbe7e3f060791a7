"""paths: platformdirs locations under HOME/XDG, each overridable by PHOTODEDUP_*_DIR."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from photodedup import APP_NAME
from photodedup.core import paths

DIRS: list[tuple[str, Callable[[], Path], str]] = [
    ("CACHE", paths.cache_dir, ".cache"),
    ("DATA", paths.data_dir, ".local/share"),
    ("CONFIG", paths.config_dir, ".config"),
    ("LOG", paths.log_dir, ".local/state"),
]


@pytest.mark.parametrize(("kind", "func", "xdg"), DIRS, ids=[d[0] for d in DIRS])
def test_default_is_the_xdg_folder_of_the_app(
    kind: str, func: Callable[[], Path], xdg: str, isolated_dirs: Path
) -> None:
    result = func()
    assert isinstance(result, Path)
    assert result.is_relative_to(isolated_dirs / xdg)
    assert APP_NAME in result.parts


@pytest.mark.parametrize(("kind", "func", "xdg"), DIRS, ids=[d[0] for d in DIRS])
def test_environment_overrides_each_folder(
    kind: str,
    func: Callable[[], Path],
    xdg: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(f"PHOTODEDUP_{kind}_DIR", str(tmp_path / f"own-{kind}"))
    assert func() == tmp_path / f"own-{kind}"
    others = [f() for k, f, _ in DIRS if k != kind]
    assert all(tmp_path / f"own-{kind}" != other for other in others)


def test_an_empty_override_means_the_default(
    monkeypatch: pytest.MonkeyPatch, isolated_dirs: Path
) -> None:
    monkeypatch.setenv("PHOTODEDUP_CACHE_DIR", "")
    assert paths.cache_dir().is_relative_to(isolated_dirs / ".cache")


def test_locations_follow_the_environment_at_call_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = paths.data_dir()
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "elsewhere"))
    assert paths.data_dir() != first
    assert paths.data_dir().is_relative_to(tmp_path / "elsewhere")


def test_files_inside_the_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PHOTODEDUP_CACHE_DIR", str(tmp_path / "c"))
    monkeypatch.setenv("PHOTODEDUP_DATA_DIR", str(tmp_path / "d"))
    assert paths.cache_db_path() == tmp_path / "c" / "hashes.sqlite3"
    assert paths.journal_dir() == tmp_path / "d" / "journal"


def test_asking_for_a_folder_creates_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PHOTODEDUP_CACHE_DIR", str(tmp_path / "c"))
    monkeypatch.setenv("PHOTODEDUP_DATA_DIR", str(tmp_path / "d"))
    paths.cache_db_path()
    paths.journal_dir()
    assert not (tmp_path / "c").exists()
    assert not (tmp_path / "d").exists()
