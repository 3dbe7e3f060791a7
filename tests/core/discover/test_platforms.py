"""Discovery with other platforms' documented behaviour simulated on Linux (issue #15).

* Windows: ``os.DirEntry.stat()`` gives ``st_dev = st_ino = st_nlink = 0`` (CPython docs),
  ``os.scandir`` takes no descriptor, and there is no ``fork``.  Simulated by wrapping the
  real entries: everything else (names, types, sizes, times) stays the real file's.
* Case-insensitive names (macOS and Windows default filesystems): ``Photos`` and
  ``PHOTOS`` are one folder, with one identity.  Simulated by an alias (symlink) given as
  a root: roots are resolved once, as the OS resolves a name in another case.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from photodedup.core import pipeline
from photodedup.core.config import ScanOptions
from photodedup.core.discover import file_ids
from photodedup.core.discover import fork as discover_split
from photodedup.core.discover import walker as discover_mod
from photodedup.core.discover.scope import is_trash_dir_name
from photodedup.core.discover.walker import discover_all
from photodedup.core.types import ErrorKind, FileIdentity, ScanError
from tests.photos import WindowsEntry, build_library, save_jpeg, textured_image, zero_ids

_real_scandir = os.scandir


class _WindowsListing:
    def __init__(self, path: Any) -> None:
        assert not isinstance(path, int), "Windows has no scandir(fd)"
        self._it = _real_scandir(path)

    def __enter__(self) -> _WindowsListing:
        return self

    def __exit__(self, *exc: object) -> None:
        self._it.close()

    def __iter__(self) -> Iterator[WindowsEntry]:
        return map(WindowsEntry, self._it)


def _simulate_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "scandir", _WindowsListing)
    monkeypatch.setattr(discover_mod, "_BY_FD", False)
    monkeypatch.setattr(discover_split, "ENABLED", False)


@pytest.fixture
def windows_entries(monkeypatch: pytest.MonkeyPatch) -> None:
    """Directory listings as on Windows (see the module docstring)."""
    _simulate_windows(monkeypatch)


def _touch(path: Path, data: bytes = b"x" * 10) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _discover(*roots: Path) -> tuple[list[str], list[ScanError], list[FileIdentity]]:
    errors: list[ScanError] = []
    found = discover_all(ScanOptions(roots=tuple(map(str, roots))), errors)
    return [f.path for f in found], errors, [f.identity for f in found]


def _fstat_identity(path: str) -> FileIdentity:
    """What the decoder compares a listed file with ("changed since it was listed")."""
    fd = os.open(path, os.O_RDONLY)
    try:
        return FileIdentity.from_stat(os.fstat(fd))
    finally:
        os.close(fd)


def test_the_simulated_entries_have_no_identity(tmp_path: Path, windows_entries: None) -> None:
    photo = _touch(tmp_path / "lib" / "a.jpg")
    with os.scandir(photo.parent) as it:
        (entry,) = list(it)
    st = entry.stat(follow_symlinks=False)
    assert (st.st_dev, st.st_ino, st.st_nlink) == (0, 0, 0)
    assert st.st_size == 10 and entry.inode() == photo.stat().st_ino


def test_windows_entries_every_photo_in_every_folder_with_fstat_identity(
    tmp_path: Path, windows_entries: None
) -> None:
    made = [_touch(tmp_path / folder / f"{n}.jpg") for folder in "abcd" for n in range(4)]
    _touch(tmp_path / "a" / "deep" / "er" / "x.png")
    os.link(made[0], tmp_path / "b" / "hardlink.jpg")  # one file, two names: listed once
    paths, errors, identities = _discover(tmp_path, tmp_path / "b", tmp_path)
    assert errors == []
    expected = sorted(map(str, [*made, tmp_path / "a" / "deep" / "er" / "x.png"]))
    assert sorted(paths) == expected
    assert identities == [_fstat_identity(p) for p in paths]  # never "changed since listed"
    assert all(i.dev and i.ino for i in identities)


def test_windows_entries_full_scan_finds_and_groups_like_linux(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = build_library(tmp_path / "photos", originals=2, singles=1, bad=False)
    (tmp_path / "photos" / "more").mkdir()
    save_jpeg(textured_image(seed=100), tmp_path / "photos" / "more" / "again.jpg", quality=80)
    options = ScanOptions(roots=(str(library.root),), workers=1, use_cache=False)
    linux = pipeline.run_scan(options)
    _simulate_windows(monkeypatch)
    windows = pipeline.run_scan(options)
    found = {p.file.path for p in windows.photos}
    assert found == {
        str(p) for p in [*library.good_files, tmp_path / "photos" / "more" / "again.jpg"]
    }
    assert not [e for e in windows.errors if e.kind is ErrorKind.UNSTABLE]
    assert windows.errors == linux.errors == []

    def groups(result: Any) -> list[set[str]]:
        return sorted(
            ({result.photos[m.photo].file.path for m in g.members} for g in result.groups),
            key=sorted,
        )

    assert groups(windows) == groups(linux)
    assert len(windows.groups) == 2 and sum(len(g.members) for g in windows.groups) >= 6


def test_folders_without_any_inode_are_still_told_apart(
    tmp_path: Path, windows_entries: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A filesystem whose ``lstat`` too gives inode 0: folders keyed by path, not (0, 0)."""

    def no_ids(path: str) -> os.stat_result:
        return zero_ids(os.lstat(path))

    monkeypatch.setattr(discover_mod, "identity_stat", no_ids)
    monkeypatch.setattr(file_ids, "identity_stat", no_ids)
    made = [_touch(tmp_path / folder / sub / "p.jpg") for folder in "ab" for sub in "xy"]
    paths, errors, _ = _discover(tmp_path, tmp_path / "a")
    assert errors == []
    assert paths == list(map(str, made))


def test_a_root_named_in_another_case_is_the_same_folder(
    tmp_path: Path, windows_entries: None
) -> None:
    photos = tmp_path / "Photos"
    made = [_touch(photos / "IMG_0001.JPG"), _touch(photos / "Trip" / "img_0002.Jpeg")]
    (tmp_path / "PHOTOS").symlink_to(photos)  # what a case-insensitive lookup resolves to
    (tmp_path / "TRIP").symlink_to(photos / "Trip")
    paths, errors, identities = _discover(photos, tmp_path / "PHOTOS", tmp_path / "TRIP")
    assert errors == []
    assert paths == list(map(str, made))
    assert identities == [_fstat_identity(p) for p in paths]


@pytest.mark.parametrize(
    "name",
    [
        "$RECYCLE.BIN",
        "$Recycle.Bin",
        ".Trashes",
        ".TRASHES",
        "System Volume Information",
        "system volume information",
        ".Trash",
        ".Trash-1000",
    ],
)
def test_other_systems_trash_and_volume_folders_are_skipped(tmp_path: Path, name: str) -> None:
    keep = _touch(tmp_path / "photos" / "a.jpg")
    _touch(tmp_path / "photos" / name / "S-1-5-21" / "$RXYZ.jpg")
    assert is_trash_dir_name(name)
    paths, errors, _ = _discover(tmp_path)
    assert (paths, errors) == ([str(keep)], [])


@pytest.mark.parametrize("name", ["Trash", "recycle.bin", "Trashes", "trash-1000", "System"])
def test_ordinary_folders_named_nearly_so_are_walked(tmp_path: Path, name: str) -> None:
    inside = _touch(tmp_path / name / "a.jpg")
    assert not is_trash_dir_name(name)
    assert _discover(tmp_path)[0] == [str(inside)]
