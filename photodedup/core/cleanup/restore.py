"""Undo, one journal entry at a time: restore a trashed file only if it is still the one.

:func:`restore_entry` brings a file back to its original path when

* its trash entry is found (recorded in the journal, else probed by name);
* an earlier undo killed between ``link`` and ``unlink`` is finished, not misreported;
* its folder still resolves to the real folder recorded when it was trashed (no folder
  swapped for a symlink since);
* the trash entry is the very file that was trashed: same device, inode, size and mtime,
  and the same bytes when the content key is known (a file emptied from the trash and an
  unrelated one trashed under the same name, or one edited inside the trash, stay there);
* nothing is at the original path (``trash.restore`` never overwrites).

Otherwise it says why and leaves the file where it is.  A file moved into a folder the
user chose (``entry.moved``) comes back from its recorded new path the same way.
"""

# Paths are bytes-exact here (G21): os.path, not pathlib.
# ruff: noqa: PTH100, PTH120

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from typing import TYPE_CHECKING

from photodedup.core.cleanup import trash
from photodedup.core.messages import Message
from photodedup.core.types import display_path

if TYPE_CHECKING:
    from photodedup.core.cleanup.journal import JournalEntry

PENDING = "pending"


@dataclass(frozen=True, slots=True)
class RestoreOutcome:
    """What undo did with one file."""

    path: str
    restored: bool
    reason: str = ""


# Why a file stays (Messages: translated where the GUI or the command line shows them).
OCCUPIED = Message("a file already exists at the original path")
NOT_THE_FILE = "the trash entry is not the file that was trashed ({changes}); left in the trash"
MOVED_FOLDER = "its folder now leads elsewhere ({folder}); left in the trash"
NOT_IN_TRASH = Message("no longer in the trash")
# ... of a file moved into a folder the user chose (undo brings it back from there)
NOT_THE_MOVED_FILE = (
    "the moved file is not the file that was moved ({changes}); left in the folder it was moved to"
)
MOVED_FOLDER_MOVED = "its folder now leads elsewhere ({folder}); left in the folder it was moved to"
NOT_IN_FOLDER = Message("no longer in the folder")


def _trash_item(entry: JournalEntry) -> trash.TrashedItem | str:
    """Where the entry's file is in the trash, or why it cannot be restored."""
    if entry.state == PENDING and os.path.lexists(entry.path) and not entry.trash_file:
        return Message("was never trashed (still in place)")
    if entry.moved and not entry.trash_file:
        return Message("its new path is not recorded")
    if entry.trash_file:
        return trash.TrashedItem(entry.trash_file, entry.info_file)
    return trash.locate(entry.path, entry.identity) or Message("not found in the trash")


def _identity_problem(entry: JournalEntry, item: trash.TrashedItem) -> str:
    """Empty if the trash entry is the very file that was trashed, with the same bytes."""
    try:
        st = os.lstat(os.fsencode(item.trash_file))
    except FileNotFoundError:
        return NOT_IN_TRASH
    except OSError as exc:
        return Message("cannot be checked in the trash ({error})", error=exc.strerror or str(exc))
    ident = entry.identity
    now = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)
    names = ("device", "inode", "size", "mtime")  # as they are: an identity's parts
    changed = [n for n, a, b in zip(names, now, ident[:4], strict=True) if a != b]
    if not stat.S_ISREG(st.st_mode):
        changed.insert(0, "not a regular file")
    if (
        not changed
        and entry.content_key
        and _content_key_of(item.trash_file, st.st_size) != (entry.content_key)
    ):
        changed.append("content")
    return Message(NOT_THE_FILE, changes=", ".join(changed)) if changed else ""


def _content_key_of(path: str, size: int) -> str:
    from photodedup.core.decode.files import DecodeError, read_path
    from photodedup.core.decode.image import content_key

    try:
        return content_key(read_path(path, max(size, 1)))
    except DecodeError:
        return ""


def _folder_problem(entry: JournalEntry) -> str:
    """Empty if the original folder still resolves to where the file was (no symlink swap)."""
    folder = os.path.dirname(os.fsencode(os.path.abspath(entry.path)))
    now = os.fsdecode(os.path.realpath(folder))
    expected = entry.parent or os.fsdecode(folder)
    return "" if now == expected else Message(MOVED_FOLDER, folder=display_path(now))


def _already_back(entry: JournalEntry, item: trash.TrashedItem) -> bool:
    """True after an undo killed between link and unlink: both names are one file."""
    try:
        a, b = os.lstat(os.fsencode(entry.path)), os.lstat(os.fsencode(item.trash_file))
    except OSError:
        return False
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def restore_entry(entry: JournalEntry) -> RestoreOutcome:
    """Restore one entry's file, or say why it stays where it is."""
    item = _trash_item(entry)
    if isinstance(item, str):
        return RestoreOutcome(entry.path, False, item)
    if _already_back(entry, item):  # an earlier undo was stopped half-way: finish it
        trash.finish_restore(item)
        return RestoreOutcome(entry.path, True)
    problem = _folder_problem(entry) or _identity_problem(entry, item)
    if not problem and os.path.lexists(entry.path):
        problem = OCCUPIED
    problem = problem or _put_back(item, entry.path)
    if problem and entry.moved:  # say where it is: the folder it was moved to
        problem = _for_moved(problem)
    return RestoreOutcome(entry.path, not problem, problem)


def _for_moved(problem: str) -> str:
    """A reason about the trash said of a file moved into a folder (same arguments)."""
    if problem == NOT_IN_TRASH:
        return NOT_IN_FOLDER
    if not isinstance(problem, Message):
        return problem
    if problem.template == NOT_THE_FILE:
        return Message(NOT_THE_MOVED_FILE, **problem.args)
    if problem.template == MOVED_FOLDER:
        return Message(MOVED_FOLDER_MOVED, **problem.args)
    return problem


def _put_back(item: trash.TrashedItem, path: str) -> str:
    """Restore; "" or why not."""
    try:
        trash.restore(item, path)
    except FileExistsError:
        return OCCUPIED
    except FileNotFoundError:
        return NOT_IN_TRASH
    except OSError as exc:
        return Message("could not restore: {error}", error=exc.strerror or str(exc))
    return ""
