"""Forget the hash cache's rows of files that are gone (deleted, moved away, trashed).

The cache is keyed by path and identity, so a gone file's row is never read again, but it
stayed in the database for good: a library cleaned up by half kept its whole cache.  A
scan now finds such rows where it already looks (no extra read on an unchanged library):

* a folder snapshot under the scan's roots whose folder the scan did not list: each of
  its files is a candidate, and the snapshot goes once every one of them is gone;
* a snapshot that no longer matches its folder: the files it lists that the scan did not;
* a cached decode failure under the roots whose file the scan did not list.

A candidate is forgotten only when :func:`is_gone` says so: the file does not exist *and*
the disk that held it is here, i.e. the nearest folder above it that exists is on the
device the cached identity names.  An unplugged drive, an unmounted share (its mount
point is an empty folder of the disk above) or a folder the scan could not read
(permission denied) keeps its rows, so plugging the drive back in finds them again.
Excluded files and folders exist, so they keep theirs too.  A cancelled scan forgets
nothing (its listing may be partial).

Not found this way (left until a fingerprint version change replaces them): photos of a
folder that never had a snapshot (it holds a file with a problem) and the structure
verdicts (:mod:`photodedup.core.store.verdicts`, keyed by a digest of both files).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterable
from typing import NamedTuple

from photodedup.core.store import folders as cache_folders
from photodedup.core.store.folders import Folders

Stat = Callable[[str], os.stat_result]


class Candidate(NamedTuple):
    """A cached path the scan did not list, with the device its cached identity names."""

    path: str
    dev: int


class GoneRows(NamedTuple):
    """What the cache should forget: file paths and folder snapshots (path strings)."""

    files: list[str]
    folders: list[str]


def is_gone(path: str, dev: int, stat: Stat = os.lstat) -> bool:
    """Whether ``path`` no longer exists on a disk that is still here.

    False while anything says the file may come back: it exists, it cannot be looked at
    (permission denied, I/O error), or the nearest existing folder above it is on another
    device than ``dev`` (the file's disk is unmounted or unplugged)."""
    try:
        stat(path)
    except (FileNotFoundError, NotADirectoryError):
        pass
    except OSError:
        return False
    else:
        return False
    folder = os.path.dirname(path)  # noqa: PTH120 - lexical, on strings
    while True:
        try:
            return stat(folder).st_dev == _unsigned(dev)
        except (FileNotFoundError, NotADirectoryError):
            parent = os.path.dirname(folder)  # noqa: PTH120
            if parent == folder:
                return False
            folder = parent
        except OSError:
            return False


def _unsigned(dev: int) -> int:
    """A device number as ``stat`` gives it (failure rows store large ones negative)."""
    return dev + (1 << 64) if dev < 0 else dev


def snapshot_candidates(blob: object, listed: Iterable[str] = ()) -> list[Candidate] | None:
    """The files a folder snapshot lists that are not among ``listed``; None if it is
    damaged (then it is not evidence of anything)."""
    contents = cache_folders.contents(blob)
    if contents is None:
        return None
    paths, identities = contents
    seen = set(listed)
    return [
        Candidate(path, int(identity[0]))
        for path, identity in zip(paths, identities, strict=True)
        if path not in seen
    ]


class GoneFinder:
    """Collects candidates while the cache answers a scan; decides at the end."""

    def __init__(self, stat: Stat = os.lstat) -> None:
        self._stat = stat
        self._files: list[Candidate] = []
        self._folders: list[tuple[str, list[Candidate]]] = []

    def unlisted_folder(self, folder: str, blob: object) -> None:
        """A snapshot under the roots of a folder the scan did not list."""
        found = snapshot_candidates(blob)
        if found is not None:
            self._folders.append((folder, found))

    def changed_folder(self, blob: object, listed: Iterable[str]) -> None:
        """A snapshot that no longer matches its folder's ``listed`` files."""
        self._files += snapshot_candidates(blob, listed) or []

    def unlisted_files(self, found: Iterable[Candidate]) -> None:
        """Cached rows (e.g. failures) under the roots whose files the scan did not list."""
        self._files += found

    def __bool__(self) -> bool:
        return bool(self._files or self._folders)

    def decide(self) -> GoneRows:
        """The rows to forget: candidates that are gone, and the snapshots of folders
        whose every file is gone."""
        gone = self._gone_files(self._files)
        folders = []
        for folder, files in self._folders:
            dead = self._gone_files(files)
            gone += dead
            if len(dead) == len(files):
                folders.append(folder)
        return GoneRows(sorted(set(gone)), folders)

    def _gone_files(self, candidates: Iterable[Candidate]) -> list[str]:
        return [c.path for c in candidates if is_gone(c.path, c.dev, self._stat)]


def unlisted(
    rows: Iterable[tuple[bytes, int]], listed: Folders, where: dict[str, int]
) -> list[Candidate]:
    """Rows (path bytes, device) whose files are not among the ``listed`` folders' files
    (``where``: folder -> its position in ``listed``, -1 if listed twice)."""
    found = []
    for path, dev in rows:
        name = os.fsdecode(path)
        n = where.get(name.rpartition(os.sep)[0], -1)
        if n < 0 or name not in {f.path for f in listed[n][1]}:
            found.append(Candidate(name, int(dev)))
    return found


def forget_rows(conn: sqlite3.Connection, rows: GoneRows) -> None:
    """Delete every fingerprint version's rows of ``rows`` (one transaction)."""
    work = (("photos", rows.files), ("failures", rows.files), ("folders", rows.folders))
    conn.execute("BEGIN IMMEDIATE")
    try:
        for table, paths in work:  # table: our own names
            keys = [os.fsencode(p) for p in paths]
            for start in range(0, len(keys), 500):  # SQLite's parameter limit is >= 999
                chunk = keys[start : start + 500]
                marks = ",".join("?" * len(chunk))
                conn.execute(f"DELETE FROM {table} WHERE path IN ({marks})", chunk)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
