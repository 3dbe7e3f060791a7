"""What a trash entry is, and the parts the macOS and Windows trash backends share.

:class:`TrashedItem` says where one trashed file is; :class:`TrashBackend` is the seam a
platform's trash implements (``platform_trash.py`` picks one).  :func:`commit_and_find`
is the per-file truth both platforms share: let the platform move the file, then find it
in the trash *on disk* (same device and inode) or report no entry.
"""

# Paths stay str here: the macOS and Windows APIs take Unicode paths (send2trash's too).
# ruff: noqa: PTH100

from __future__ import annotations

import errno
import logging
import os
import stat
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from photodedup.core.messages import Message
from photodedup.core.types import FileIdentity

__all__ = ["NOT_FOUND", "TrashBackend", "TrashedItem", "commit_and_find"]

log = logging.getLogger(__name__)
# Why a move did not start (an OSError's words: Messages, translated where shown).
NOT_REGULAR = Message("not a regular file")
CHANGED_BEFORE = Message("the file changed just before the move")


@dataclass(frozen=True, slots=True)
class TrashedItem:
    """Where one file went: its entry under ``files/`` and its ``.trashinfo``.

    macOS: the entry, no info file (""); Windows: the ``$R`` file and its ``$I`` record;
    both "" before the move there (the platform names the entry).
    """

    trash_file: str
    info_file: str


NOT_FOUND = TrashedItem("", "")  # the platform named no entry that could be checked


class TrashBackend(Protocol):
    """One platform's trash: move a file there and learn where it went."""

    name: str

    def claim(self, path: str) -> TrashedItem:
        """Check ``path`` can be trashed here; reserves nothing (raises ``OSError``)."""

    def commit(self, path: str, item: TrashedItem, identity: FileIdentity | None) -> TrashedItem:
        """Trash ``path``; the checked entry, or :data:`NOT_FOUND` (raises ``OSError``)."""

    def locate(self, path: str, identity: FileIdentity) -> TrashedItem | None:
        """The entry of a file trashed from ``path`` that is still ``identity``'s inode."""


def regular(path: str) -> os.stat_result:
    """``lstat`` of ``path``; ``OSError`` unless it is a regular file."""
    st = os.lstat(path)
    if not stat.S_ISREG(st.st_mode):
        raise OSError(errno.EINVAL, NOT_REGULAR, path)
    return st


def same_inode(path: str, dev: int, ino: int) -> os.stat_result | None:
    """``lstat`` of ``path`` if it is a regular file with that device and inode."""
    try:
        st = os.lstat(path)
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode) or (st.st_dev, st.st_ino) != (dev, ino):
        return None
    return st


def fold(path: str) -> str:
    """A path as a case-insensitive file system compares it (NTFS, APFS, HFS+)."""
    return os.path.normpath(path).casefold()


def listing(folder: str) -> list[os.DirEntry[str]]:
    """The entries of ``folder`` ([] if it cannot be read or is missing)."""
    try:
        with os.scandir(folder) as entries:
            return list(entries)
    except OSError:
        return []


def commit_and_find(
    path: str,
    identity: FileIdentity | None,
    move: Callable[[str], str],
    find: Callable[[str, os.stat_result, float, str], TrashedItem | None],
) -> TrashedItem:
    """Check, let the platform move the file, then find where it went (per-file truth)."""
    src = os.path.abspath(path)
    st = regular(src)
    if identity is not None and (st.st_dev, st.st_ino) != (identity.dev, identity.ino):
        raise OSError(errno.ESTALE, CHANGED_BEFORE, path)
    started = time.time()
    try:
        hint = move(src)
    except OSError as exc:
        found = None if os.path.lexists(src) else find(src, st, started, "")
        if found is None:
            raise
        log.warning("the trash reported %s, but %s is in the trash", exc, found.trash_file)
        return found
    return find(src, st, started, hint) or NOT_FOUND
