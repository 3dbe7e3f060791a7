"""cleanup.trash: the freedesktop trash: claim, commit, locate, restore; never a copy out."""

# Bytes paths on purpose (exact file names): os.path, not pathlib.
# ruff: noqa: PTH103, PTH104, PTH105, PTH108, PTH110, PTH119

from __future__ import annotations

import errno
import fcntl
import logging
import os
import stat
import threading
from pathlib import Path

import pytest

from photodedup.core import paths
from photodedup.core.cleanup import trash
from photodedup.core.cleanup.trash import TrashedItem, TrashPermissionError, home_trash
from photodedup.core.types import FileIdentity
from tests.core.cleanup.safety_helpers import (
    fake_volume,
    no_trash_under,
    trash_names,
    trashinfo_names,
    write,
)


def _identity(path: str) -> FileIdentity:
    return FileIdentity.from_stat(os.lstat(path))


def _info(item: TrashedItem) -> bytes:
    with open(os.fsencode(item.info_file), "rb") as fh:
        return fh.read()


# ------------------------------------------------------------------------- claim
def test_claim_reserves_a_trashinfo_and_moves_nothing(tmp_path: Path) -> None:
    photo = write(tmp_path / "u" / "IMG_1.jpg", b"pixels")
    item = trash.claim(photo)
    assert item == TrashedItem(
        str(home_trash() / "files" / "IMG_1.jpg"),
        str(home_trash() / "info" / "IMG_1.jpg.trashinfo"),
    )
    assert Path(photo).read_bytes() == b"pixels" and not os.path.lexists(item.trash_file)
    lines = _info(item).splitlines()
    assert lines[:2] == [b"[Trash Info]", f"Path={photo}".encode()]
    assert lines[2].startswith(b"DeletionDate=") and len(lines[2]) == len("DeletionDate=") + 19
    assert stat.S_IMODE(os.lstat(item.info_file).st_mode) == 0o600


def test_claim_takes_the_next_free_name(tmp_path: Path) -> None:
    first = write(tmp_path / "a" / "IMG.2.jpg", b"a")
    second = write(tmp_path / "b" / "IMG.2.jpg", b"b")
    third = write(tmp_path / "c" / "IMG.2.jpg", b"c")
    trash.send_to_trash(first)
    claimed = trash.claim(second)  # claimed but not moved: the name is taken already
    assert os.path.basename(claimed.trash_file) == "IMG.2 1.jpg"
    assert os.path.basename(trash.claim(third).trash_file) == "IMG.2 2.jpg"


def test_claim_names_and_encodes_bytes_exactly(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path / "u")
    os.makedirs(folder)
    raw = write(folder + b"/100%25 \xff.jpg", b"x")
    item = trash.claim(raw)
    assert os.fsencode(os.path.basename(item.trash_file)) == b"100%25 \xff.jpg"
    assert b"/100%2525%20%FF.jpg\n" in _info(item)


@pytest.mark.parametrize("kind", ["folder", "symlink"])
def test_only_regular_files_are_claimed(tmp_path: Path, kind: str) -> None:
    target = write(tmp_path / "u" / "real.jpg", b"x")
    odd = tmp_path / "u" / "odd.jpg"
    if kind == "folder":
        odd.mkdir()
    else:
        odd.symlink_to(target)
    with pytest.raises(OSError) as info:
        trash.claim(str(odd))
    assert info.value.errno == errno.EINVAL
    assert trashinfo_names() == []
    with pytest.raises(FileNotFoundError):
        trash.claim(str(tmp_path / "u" / "missing.jpg"))


def test_an_orphan_trashinfo_of_the_same_file_is_reused(tmp_path: Path) -> None:
    photo = write(tmp_path / "u" / "IMG_1.jpg", b"x")
    orphan = trash.claim(photo)  # killed before the move, last time
    again = trash.claim(photo)
    assert again == orphan
    assert trashinfo_names() == [b"IMG_1.jpg.trashinfo"]


def test_an_empty_trashinfo_is_an_orphan_and_anothers_is_not(tmp_path: Path) -> None:
    mine = write(tmp_path / "u" / "IMG_1.jpg", b"x")
    other = write(tmp_path / "v" / "IMG_1.jpg", b"y")
    info = home_trash() / "info"
    info.mkdir(parents=True)
    (info / "IMG_1.jpg.trashinfo").write_bytes(b"")  # a full disk, last time
    assert os.path.basename(trash.claim(mine).trash_file) == "IMG_1.jpg"
    held = (info / "IMG_1.jpg.trashinfo").read_bytes()
    assert os.path.basename(trash.claim(other).trash_file) == "IMG_1 1.jpg"
    assert (info / "IMG_1.jpg.trashinfo").read_bytes() == held  # another file's claim kept


# ------------------------------------------------------------------------- commit
def test_commit_renames_into_the_claimed_entry(tmp_path: Path) -> None:
    photo = write(tmp_path / "u" / "IMG_1.jpg", b"pixels")
    before = os.lstat(photo)
    item = trash.claim(photo)
    trash.commit(photo, item, _identity(photo))
    after = os.lstat(item.trash_file)
    assert not os.path.lexists(photo)
    assert (after.st_dev, after.st_ino, after.st_mtime_ns) == (
        before.st_dev,
        before.st_ino,
        before.st_mtime_ns,
    )
    assert trash_names() == [b"IMG_1.jpg"] and trashinfo_names() == [b"IMG_1.jpg.trashinfo"]


def test_commit_refuses_another_file_and_releases_its_claim(tmp_path: Path) -> None:
    photo = write(tmp_path / "u" / "IMG_1.jpg", b"pixels")
    scanned = _identity(photo)
    item = trash.claim(photo)
    newer = write(tmp_path / "u" / "new.jpg", b"a new file under the same name")
    os.replace(newer, photo)  # made while the old one existed: another inode
    with pytest.raises(OSError) as info:
        trash.commit(photo, item, scanned)
    assert info.value.errno == errno.ESTALE
    assert Path(photo).read_bytes() == b"a new file under the same name"
    assert trash_names() == [] and trashinfo_names() == []


def test_commit_of_a_vanished_file_releases_its_claim(tmp_path: Path) -> None:
    photo = write(tmp_path / "u" / "IMG_1.jpg", b"pixels")
    item = trash.claim(photo)
    os.unlink(photo)
    with pytest.raises(FileNotFoundError):
        trash.commit(photo, item)
    assert trashinfo_names() == []


def test_commit_never_replaces_a_taken_entry(tmp_path: Path) -> None:
    photo = write(tmp_path / "u" / "IMG_1.jpg", b"pixels")
    item = trash.claim(photo)
    write(item.trash_file, b"someone else's")  # another program used the name meanwhile
    with pytest.raises(FileExistsError):
        trash.commit(photo, item)
    assert Path(photo).read_bytes() == b"pixels"
    assert Path(item.trash_file).read_bytes() == b"someone else's"


def test_release_keeps_the_trashinfo_of_a_file_that_arrived(tmp_path: Path) -> None:
    a = write(tmp_path / "u" / "a.jpg", b"a")
    b = write(tmp_path / "u" / "b.jpg", b"b")
    moved = trash.send_to_trash(a)
    assert moved is not None
    trash.release(moved)
    assert trashinfo_names() == [b"a.jpg.trashinfo"]
    claimed = trash.claim(b)
    trash.release(claimed)
    trash.release(claimed)  # twice: fine
    assert trashinfo_names() == [b"a.jpg.trashinfo"]


# ------------------------------------------------------------- other file systems
def test_a_file_on_another_volume_goes_to_its_own_trash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    volume = tmp_path / "volume"
    photo = write(volume / "photos" / "v.jpg", b"v")
    fake_volume(monkeypatch, volume)
    item = trash.send_to_trash(photo)
    assert item is not None
    own = volume / f".Trash-{os.getuid()}"
    assert item.trash_file == str(own / "files" / "v.jpg")
    assert b"\nPath=photos/v.jpg\n" in _info(item)  # relative to the volume's top
    assert stat.S_IMODE(own.stat().st_mode) == 0o700
    assert trash_names() == []
    assert trash.locate(photo, _identity(item.trash_file)) == item


def test_an_admin_made_sticky_trash_is_preferred(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    volume = tmp_path / "volume"
    photo = write(volume / "v.jpg", b"v")
    (volume / ".Trash").mkdir()
    (volume / ".Trash").chmod(0o1777)
    fake_volume(monkeypatch, volume)
    item = trash.send_to_trash(photo)
    assert item is not None
    assert item.trash_file == str(volume / ".Trash" / str(os.getuid()) / "files" / "v.jpg")
    assert not (volume / f".Trash-{os.getuid()}").exists()


def test_a_trash_without_the_sticky_bit_or_a_symlinked_one_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    volume = tmp_path / "volume"
    photo = write(volume / "v.jpg", b"v")
    (volume / ".Trash").mkdir(mode=0o777)  # not sticky: anyone could swap entries
    (tmp_path / "elsewhere").mkdir()
    (volume / f".Trash-{os.getuid()}").symlink_to(tmp_path / "elsewhere")
    fake_volume(monkeypatch, volume)
    with pytest.raises(TrashPermissionError):
        trash.claim(photo)
    assert Path(photo).read_bytes() == b"v"
    assert list((tmp_path / "elsewhere").iterdir()) == []
    assert not (volume / ".Trash" / str(os.getuid())).exists()


def test_no_usable_trash_raises_and_copies_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    volume = tmp_path / "volume"
    photo = write(volume / "v.jpg", b"v")
    fake_volume(monkeypatch, volume)
    no_trash_under(monkeypatch, volume)
    with pytest.raises(TrashPermissionError):
        trash.send_to_trash(photo)
    assert Path(photo).read_bytes() == b"v"
    assert trash_names() == [] and not list(volume.rglob("*.trashinfo"))


# ------------------------------------------------------------------------ locate
def test_locate_finds_the_entry_by_path_and_identity(tmp_path: Path) -> None:
    names = [write(tmp_path / d / "IMG_1.jpg", d.encode()) for d in ("a", "b", "c")]
    identities = [_identity(p) for p in names]
    items = [trash.send_to_trash(p) for p in names]
    for path, identity, item in zip(names, identities, items, strict=True):
        assert trash.locate(path, identity) == item
    other = identities[0]._replace(ino=identities[0].ino + 10**6)
    assert trash.locate(names[0], other) is None  # same path, another file
    assert trash.locate(str(tmp_path / "d" / "IMG_1.jpg"), identities[0]) is None


def test_locate_gives_up_after_eight_free_names(tmp_path: Path) -> None:
    photo = write(tmp_path / "u" / "IMG_1.jpg", b"x")
    identity = _identity(photo)
    item = trash.send_to_trash(photo)
    assert item is not None
    for n in (7, 8):
        name = f"IMG_1 {n}.jpg"
        os.rename(item.trash_file, home_trash() / "files" / name)
        os.rename(item.info_file, home_trash() / "info" / f"{name}.trashinfo")
        item = TrashedItem(
            str(home_trash() / "files" / name), str(home_trash() / "info" / f"{name}.trashinfo")
        )
        found = trash.locate(photo, identity)
        assert found == (item if n == 7 else None), n  # 7 free names before it, then 8


# ----------------------------------------------------------------------- restore
def test_restore_refuses_even_if_destination_appears_late(tmp_path: Path) -> None:
    """The restore itself is atomic against an existing path (link(), not check-then-rename)."""
    v1 = write(tmp_path / "u" / "d1" / "IMG_1.jpg", b"pixels" * 2)
    identity = _identity(v1)
    trash.send_to_trash(v1)
    item = trash.locate(v1, identity)
    assert item is not None and identity.size == 12
    write(v1, b"late")
    with pytest.raises(FileExistsError):
        trash.restore(item, v1)
    assert Path(v1).read_bytes() == b"late" and os.path.exists(item.trash_file)


def test_restore_brings_the_same_file_back_and_empties_the_entry(tmp_path: Path) -> None:
    photo = write(tmp_path / "u" / "deep" / "IMG_1.jpg", b"pixels")
    os.utime(photo, ns=(1_600_000_000_123_456_789, 1_500_000_000_987_654_321))
    before = os.lstat(photo)
    item = trash.send_to_trash(photo)
    assert item is not None
    (tmp_path / "u" / "deep").rmdir()  # the user tidied the empty folder
    trash.restore(item, photo)
    after = os.lstat(photo)
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    assert Path(photo).read_bytes() == b"pixels"
    assert trash_names() == [] and trashinfo_names() == []


def test_restore_of_a_vanished_entry_raises_and_creates_nothing(tmp_path: Path) -> None:
    photo = write(tmp_path / "u" / "IMG_1.jpg", b"pixels")
    item = trash.send_to_trash(photo)
    assert item is not None
    os.unlink(item.trash_file)  # emptied
    with pytest.raises(FileNotFoundError):
        trash.restore(item, photo)
    assert not os.path.lexists(photo)
    assert trashinfo_names() == [b"IMG_1.jpg.trashinfo"]


def test_restore_without_hard_links_copies_exclusively_keeping_the_mtime(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    photo = write(tmp_path / "u" / "IMG_1.jpg", b"pixels" * 1000)
    os.utime(photo, ns=(1_600_000_000_000_000_000, 1_500_000_000_000_000_001))
    item = trash.send_to_trash(photo)
    assert item is not None

    def no_links(*_a: object, **_k: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    trash.restore(item, photo)
    assert Path(photo).read_bytes() == b"pixels" * 1000
    assert os.lstat(photo).st_mtime_ns == 1_500_000_000_000_000_001
    assert trash_names() == [] and trashinfo_names() == []
    # the copy never overwrites either
    item = trash.send_to_trash(photo)
    assert item is not None
    write(photo, b"new")
    with pytest.raises(FileExistsError):
        trash.restore(item, photo)
    assert Path(photo).read_bytes() == b"new" and os.path.exists(item.trash_file)


def test_finish_restore_removes_what_is_left(tmp_path: Path) -> None:
    photo = write(tmp_path / "u" / "IMG_1.jpg", b"pixels")
    item = trash.send_to_trash(photo)
    assert item is not None
    os.link(item.trash_file, photo)  # killed between link and unlink
    trash.finish_restore(item)
    trash.finish_restore(item)  # twice: fine
    assert Path(photo).read_bytes() == b"pixels"
    assert trash_names() == [] and trashinfo_names() == []


# -------------------------------------------------------------------------- lock
def test_exclusive_lock_serialises_holders(tmp_path: Path) -> None:
    order: list[str] = []
    lock = paths.data_dir() / trash.TRASH_LOCK
    lock.parent.mkdir(parents=True, exist_ok=True)
    with lock.open("w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # another instance is trashing

        def second() -> None:
            with trash.exclusive_lock():
                order.append("second")

        worker = threading.Thread(target=second)
        worker.start()
        worker.join(0.3)
        assert worker.is_alive() and order == []
        order.append("first done")
        fcntl.flock(held, fcntl.LOCK_UN)
    worker.join(10)
    assert order == ["first done", "second"]
    with trash.exclusive_lock():  # released on exit: can be taken again
        pass


def test_exclusive_lock_without_a_usable_data_dir_goes_on_unlocked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "a_file").write_bytes(b"")
    monkeypatch.setenv("PHOTODEDUP_DATA_DIR", str(tmp_path / "a_file" / "data"))
    ran = False
    with caplog.at_level(logging.WARNING), trash.exclusive_lock():
        ran = True
    assert ran
    assert "cannot take the trash lock" in caplog.text
