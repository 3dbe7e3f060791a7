"""file_ids: every candidate's stat carries its device and inode, on every platform."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from photodedup.core.discover import file_ids
from tests.photos import WindowsEntry, zero_ids


def _entries(folder: Path) -> dict[str, os.DirEntry[str]]:
    with os.scandir(folder) as it:
        return {e.name: e for e in it}


def test_key_of_is_dev_ino_or_the_path_never_zero_zero(tmp_path: Path) -> None:
    st = os.lstat(tmp_path)
    assert file_ids.key_of(st, str(tmp_path)) == (st.st_dev, st.st_ino)
    zero = zero_ids(st)
    assert file_ids.key_of(zero, str(tmp_path)) == (0, os.path.normcase(str(tmp_path)))
    assert file_ids.key_of(zero, str(tmp_path / "a")) != file_ids.key_of(zero, str(tmp_path))


def test_key_of_without_inode_is_one_key_per_folder_however_it_is_spelled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    zero = zero_ids(os.lstat(tmp_path / "a"))
    monkeypatch.chdir(tmp_path)
    spelled = ["a", "./a", "a/b/..", str(tmp_path / "a"), str(tmp_path / "a") + "/"]
    assert {file_ids.key_of(zero, s) for s in spelled} == {(0, str(tmp_path / "a"))}


def test_hardlinks_share_a_key_and_other_files_do_not(tmp_path: Path) -> None:
    (tmp_path / "a.jpg").write_bytes(b"a")
    (tmp_path / "c.jpg").write_bytes(b"a")
    os.link(tmp_path / "a.jpg", tmp_path / "b.jpg")
    keys = {
        n: file_ids.key_of(os.lstat(tmp_path / f"{n}.jpg"), str(tmp_path / f"{n}.jpg"))
        for n in "abc"
    }
    assert keys["a"] == keys["b"] != keys["c"]


def test_entry_stat_on_posix_is_the_entry_lstat(tmp_path: Path) -> None:
    (tmp_path / "photo.jpg").write_bytes(b"12345")
    (tmp_path / "link.jpg").symlink_to(tmp_path / "photo.jpg")
    (tmp_path / "sub").mkdir()
    entries = _entries(tmp_path)
    for name in ("photo.jpg", "link.jpg", "sub"):
        path = str(tmp_path / name)
        st = file_ids.entry_stat(entries[name], path)
        real = os.lstat(path)
        assert (st.st_dev, st.st_ino, st.st_size, st.st_mode) == (
            real.st_dev,
            real.st_ino,
            real.st_size,
            real.st_mode,
        ), name
    link = file_ids.entry_stat(entries["link.jpg"], str(tmp_path / "link.jpg"))
    assert link.st_ino != (tmp_path / "photo.jpg").stat().st_ino  # the link, not its target


def test_entry_stat_fills_in_the_identity_a_windows_entry_lacks(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "photo.jpg").write_bytes(b"12345")
    for name, entry in _entries(tmp_path).items():
        windows = WindowsEntry(entry)
        assert windows.stat(follow_symlinks=False).st_ino == 0
        path = str(tmp_path / name)
        st = file_ids.entry_stat(windows, path)  # type: ignore[arg-type]
        real = os.lstat(path)
        assert (st.st_dev, st.st_ino) == (real.st_dev, real.st_ino) != (0, 0)
        assert file_ids.key_of(st, path) == (real.st_dev, real.st_ino)


def test_identity_stat_never_follows_links(tmp_path: Path) -> None:
    (tmp_path / "dangling.jpg").symlink_to(tmp_path / "missing.jpg")
    st = file_ids.identity_stat(str(tmp_path / "dangling.jpg"))
    assert st.st_ino == os.lstat(tmp_path / "dangling.jpg").st_ino
    with pytest.raises(FileNotFoundError):
        file_ids.identity_stat(str(tmp_path / "missing.jpg"))
