"""File and folder identity during discovery, right on every platform: the one seam.

Discovery lists each folder with ``os.scandir`` and stats each candidate through its
``os.DirEntry``.  What that stat holds depends on the platform (CPython, ``DirEntry.stat``):

* POSIX (Linux, macOS, the BSDs): an ``lstat`` (``fstatat`` relative to the open folder on
  Linux) whose ``st_dev``, ``st_ino`` and ``st_nlink`` are the file's.  It is used as is:
  no extra system call and no Python call per file (the warm rescan is a speed target).
* Windows: built from the directory listing, with ``st_dev``, ``st_ino`` and ``st_nlink``
  always 0.  ``os.lstat`` gives the volume serial number and the file index, exactly as
  the ``os.fstat`` with which the decoder checks that a file is the one listed
  (``DirEntry.inode()`` gives the index but not the volume: one ``lstat`` gives both).

The hot loop tests ``st.st_ino`` inline (no real file has inode 0 on POSIX) and calls
:func:`identity_stat` only when it is 0.  Folders and tracked files (hardlinks, file roots)
are told apart by :func:`key_of`: (dev, ino), or (dev, normalised path) where even
``lstat`` gives inode 0 (some network filesystems), so that nothing is ever keyed (0, 0).
"""

from __future__ import annotations

import os

Key = tuple[int, int | str]  # (st_dev, st_ino), or (st_dev, path) when st_ino is 0

__all__ = ["Key", "entry_stat", "identity_stat", "key_of"]


def identity_stat(path: str) -> os.stat_result:
    """The ``lstat`` of ``path``, for an entry whose own stat has no identity (Windows)."""
    return os.lstat(path)


def entry_stat(entry: os.DirEntry[str], path: str) -> os.stat_result:
    """The ``lstat`` of a directory entry at ``path``, with the file's device and inode.

    For entries off the hot loop (folders); the file loop inlines the same test.
    """
    st = entry.stat(follow_symlinks=False)
    return st if st.st_ino else identity_stat(path)


def key_of(st: os.stat_result, path: str) -> Key:
    """What tells this folder or file apart from every other: (dev, ino), never (0, 0)."""
    if st.st_ino:
        return (st.st_dev, st.st_ino)
    return (st.st_dev, os.path.normcase(os.path.abspath(path)))  # noqa: PTH100
