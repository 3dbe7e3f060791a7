"""cleanup.restore: one journal entry put back only when it is still the file that was trashed."""

# Bytes paths on purpose (exact file names): os.path, not pathlib.
# ruff: noqa: PTH102, PTH104, PTH105, PTH108, PTH110, PTH120

from __future__ import annotations

import dataclasses
import errno
import os
from pathlib import Path

import pytest

from photodedup.core.cleanup import trash
from photodedup.core.cleanup.journal import PENDING, TRASHED, JournalEntry
from photodedup.core.cleanup.restore import (
    MOVED_FOLDER,
    NOT_THE_FILE,
    NOT_THE_MOVED_FILE,
    OCCUPIED,
    RestoreOutcome,
    restore_entry,
)
from photodedup.core.decode.image import content_key
from photodedup.core.messages import Message
from photodedup.core.types import FileIdentity
from tests.core.cleanup.safety_helpers import trash_names, trashinfo_names, write

DATA = b"pixels of a photo" * 10


def _entry(path: str, *, keyed: bool = True) -> JournalEntry:
    """What the journal records about ``path`` just before it is trashed."""
    return JournalEntry(
        number=0,
        group_id=1,
        path=path,
        identity=FileIdentity.from_stat(os.lstat(path)),
        keeper="/elsewhere/keeper.jpg",
        content_key=content_key(Path(path).read_bytes()) if keyed else "",
        parent=os.path.realpath(os.path.dirname(path)),
    )


def _trashed(tmp_path: Path, *, keyed: bool = True, name: str = "IMG_1.jpg") -> JournalEntry:
    """A file trashed by a clean-up, as its journal entry says when done."""
    path = write(tmp_path / "u" / "d" / name, DATA)
    os.utime(path, ns=(1_600_000_000_000_000_000, 1_500_000_000_123_456_789))
    entry = _entry(path, keyed=keyed)
    item = trash.send_to_trash(path)
    assert item is not None
    return dataclasses.replace(
        entry, state=TRASHED, trash_file=item.trash_file, info_file=item.info_file
    )


def _is_back(entry: JournalEntry) -> bool:
    st = os.lstat(entry.path)
    return (Path(entry.path).read_bytes(), st.st_ino, st.st_mtime_ns) == (
        DATA,
        entry.identity.ino,
        entry.identity.mtime_ns,
    )


def test_a_trashed_file_comes_back_unchanged(tmp_path: Path) -> None:
    entry = _trashed(tmp_path)
    assert restore_entry(entry) == RestoreOutcome(entry.path, True, "")
    assert _is_back(entry)
    assert trash_names() == [] and trashinfo_names() == []


def test_a_pending_entry_is_found_in_the_trash_by_name(tmp_path: Path) -> None:
    """Killed after the move, before "done": no trash file recorded."""
    entry = dataclasses.replace(_trashed(tmp_path), state=PENDING, trash_file="", info_file="")
    assert restore_entry(entry).restored
    assert _is_back(entry)


def test_a_pending_entry_whose_file_never_moved(tmp_path: Path) -> None:
    path = write(tmp_path / "u" / "IMG_1.jpg", DATA)
    outcome = restore_entry(_entry(path))
    assert outcome == RestoreOutcome(path, False, "was never trashed (still in place)")
    assert Path(path).read_bytes() == DATA


def test_a_file_not_in_the_trash(tmp_path: Path) -> None:
    entry = dataclasses.replace(_trashed(tmp_path), trash_file="", info_file="")
    os.unlink(trash.locate(entry.path, entry.identity).trash_file)  # emptied
    assert restore_entry(entry) == RestoreOutcome(entry.path, False, "not found in the trash")


def test_a_recorded_entry_emptied_from_the_trash(tmp_path: Path) -> None:
    entry = _trashed(tmp_path)
    os.unlink(entry.trash_file)
    assert restore_entry(entry) == RestoreOutcome(entry.path, False, "no longer in the trash")
    assert not os.path.lexists(entry.path)


def test_an_undo_stopped_between_link_and_unlink_is_finished(tmp_path: Path) -> None:
    entry = _trashed(tmp_path)
    os.link(entry.trash_file, entry.path)  # the earlier undo got this far
    assert restore_entry(entry) == RestoreOutcome(entry.path, True)
    assert _is_back(entry)
    assert trash_names() == [] and trashinfo_names() == []


def test_something_at_the_original_path_is_never_overwritten(tmp_path: Path) -> None:
    entry = _trashed(tmp_path)
    write(entry.path, b"a new photo the user made since")
    assert restore_entry(entry) == RestoreOutcome(entry.path, False, OCCUPIED)
    assert Path(entry.path).read_bytes() == b"a new photo the user made since"
    assert Path(entry.trash_file).read_bytes() == DATA


def test_a_folder_swapped_for_a_symlink_is_not_followed(tmp_path: Path) -> None:
    entry = _trashed(tmp_path)
    folder = tmp_path / "u" / "d"
    folder.rmdir()
    (tmp_path / "attacker").mkdir()
    folder.symlink_to(tmp_path / "attacker")
    outcome = restore_entry(entry)
    assert not outcome.restored
    assert outcome.reason == MOVED_FOLDER.format(folder=str(tmp_path / "attacker"))
    assert list((tmp_path / "attacker").iterdir()) == []
    assert Path(entry.trash_file).read_bytes() == DATA


def test_a_removed_folder_is_made_again(tmp_path: Path) -> None:
    entry = _trashed(tmp_path)
    (tmp_path / "u" / "d").rmdir()
    assert restore_entry(entry).restored
    assert _is_back(entry)


def test_another_file_under_the_recorded_trash_name_stays(tmp_path: Path) -> None:
    entry = _trashed(tmp_path)
    unrelated = write(tmp_path / "unrelated.jpg", DATA)  # made while the entry exists
    os.replace(unrelated, entry.trash_file)  # emptied, then trashed under that name
    os.utime(entry.trash_file, ns=(entry.identity.mtime_ns, entry.identity.mtime_ns))
    outcome = restore_entry(entry)
    assert outcome == RestoreOutcome(entry.path, False, NOT_THE_FILE.format(changes="inode"))
    assert not os.path.lexists(entry.path)
    assert os.path.exists(entry.trash_file)


@pytest.mark.parametrize(("keyed", "restored"), [(True, False), (False, True)])
def test_bytes_edited_in_the_trash_are_caught_by_the_content_key(
    tmp_path: Path, keyed: bool, restored: bool
) -> None:
    entry = _trashed(tmp_path, keyed=keyed)
    with open(entry.trash_file, "r+b") as fh:  # same size, same inode ...
        fh.write(b"X")
    os.utime(entry.trash_file, ns=(entry.identity.mtime_ns, entry.identity.mtime_ns))  # ... mtime
    outcome = restore_entry(entry)
    assert outcome.restored is restored
    if not restored:
        assert outcome.reason == NOT_THE_FILE.format(changes="content")
        assert os.path.exists(entry.trash_file) and not os.path.lexists(entry.path)


def test_size_and_mtime_changes_are_named(tmp_path: Path) -> None:
    entry = _trashed(tmp_path)
    with open(entry.trash_file, "ab") as fh:
        fh.write(b"more")
    outcome = restore_entry(entry)
    assert outcome.reason == NOT_THE_FILE.format(changes="size, mtime")


def test_a_trash_entry_that_is_no_regular_file_stays(tmp_path: Path) -> None:
    entry = _trashed(tmp_path)
    os.mkdir(tmp_path / "folder")  # made while the entry exists: another inode
    os.unlink(entry.trash_file)
    os.rename(tmp_path / "folder", entry.trash_file)
    outcome = restore_entry(entry)
    assert not outcome.restored
    assert outcome.reason.startswith(NOT_THE_FILE.format(changes="not a regular file, ")[:-30])
    assert "(not a regular file, inode" in outcome.reason
    assert not os.path.lexists(entry.path)


def test_a_failed_restore_says_why_and_leaves_the_trash_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry = _trashed(tmp_path)

    def io_error(*_a: object, **_k: object) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "link", io_error)
    monkeypatch.setattr(trash, "_copy_exclusive", io_error)  # the fallback copy fails too
    outcome = restore_entry(entry)
    assert outcome == RestoreOutcome(entry.path, False, "could not restore: Input/output error")
    assert Path(entry.trash_file).read_bytes() == DATA
    assert trashinfo_names() == [b"IMG_1.jpg.trashinfo"]


def test_a_version_1_entry_without_a_recorded_folder_is_restored(tmp_path: Path) -> None:
    entry = dataclasses.replace(_trashed(tmp_path), parent="")
    assert restore_entry(entry).restored
    assert _is_back(entry)


def test_a_moved_file_is_said_to_stay_in_its_folder_in_the_words_of_the_move(
    tmp_path: Path,
) -> None:
    """The reasons about the trash, said of a file moved into a chosen folder: the same
    English as before (the trash's words replaced), and a template of their own."""
    entry = dataclasses.replace(_trashed(tmp_path), moved=True)
    with open(entry.trash_file, "ab") as fh:
        fh.write(b"more")
    reason = restore_entry(entry).reason
    assert reason == (
        "the moved file is not the file that was moved (size, mtime); left in the folder it "
        "was moved to"
    )
    assert isinstance(reason, Message) and reason.template == NOT_THE_MOVED_FILE
    os.unlink(entry.trash_file)
    assert restore_entry(entry).reason == "no longer in the folder"
