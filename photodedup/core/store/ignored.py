"""The "not a duplicate" memory: pairs and whole groups the user said are not copies.

Contract:

* ``IgnoreList(path=None)`` (default ``paths.data_dir() / "ignored.sqlite3"``: user data,
  kept with the journal, not in the cache folder).  ``add(files, *, whole_group)`` records
  that ``files`` (two for a pair, more for a group) are not duplicates of each other;
  ``entries()`` lists what was recorded, newest first; ``remove(ids)`` and ``clear()``
  forget.  ``cuts(photos)`` gives the pairs of photo indices that must not share a group;
  ``not_duplicates(photos, ignored=None)`` the same from the user's list by default.
* Every file is keyed by its path and identity (device, inode, size, mtime in ns) as the
  scan saw it: a file edited or replaced since (or another file at that path) is no
  longer covered, so a changed file is compared again.
* The healing policy of :mod:`photodedup.core.store.sqlite`: a damaged database is moved
  aside (``ignored.sqlite3.corrupt-<timestamp>``, kept: it is the user's) and started anew;
  any other SQLite or file-system error turns the list off for the run (nothing ignored,
  writes raise :class:`IgnoreListError` so the GUI can say so), logged once.
"""

from __future__ import annotations

import itertools
import json
import os
import sqlite3
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

from photodedup.core import paths
from photodedup.core.store.sqlite import MemoryStore
from photodedup.core.types import Photo, PhotoFile

_SCHEMA = """CREATE TABLE IF NOT EXISTS ignored (
    id INTEGER PRIMARY KEY, added REAL NOT NULL, whole_group INTEGER NOT NULL,
    members TEXT NOT NULL)"""
Key = tuple[str, int, int, int, int]  # path, dev, ino, size, mtime_ns


class IgnoreListError(Exception):
    """The list could not be read or written (shown to the user)."""


class IgnoredEntry(NamedTuple):
    """One recorded decision: these files are not duplicates of each other."""

    id: int
    added: float  # seconds since the epoch
    whole_group: bool  # a whole group (else one pair)
    paths: tuple[str, ...]


def file_key(file: PhotoFile) -> Key:
    """What identifies ``file`` in the list (path and identity without ctime)."""
    ident = file.identity
    return (file.path, ident.dev, ident.ino, ident.size, ident.mtime_ns)


def _encode(keys: Sequence[Key]) -> str:
    return json.dumps([[os.fsencode(k[0]).hex(), *k[1:]] for k in keys])


def _decode(text: str) -> list[Key]:
    rows = json.loads(text)
    keys: list[Key] = []
    for path, dev, ino, size, mtime in rows:
        keys.append((os.fsdecode(bytes.fromhex(path)), int(dev), int(ino), int(size), int(mtime)))
    return keys


class IgnoreList:
    """The persistent "not a duplicate" list (see the module docstring)."""

    def __init__(self, path: Path | None = None) -> None:
        self._store = MemoryStore(
            path or paths.data_dir() / "ignored.sqlite3", _SCHEMA, "ignore list"
        )
        self.path = self._store.path

    def __enter__(self) -> IgnoreList:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _rows(self) -> list[tuple[int, float, int, str]]:
        if not self._store.is_open() and not self.path.exists():
            return []  # nothing recorded yet: no file is created by reading
        try:
            db = self._store.connect()
            sql = "SELECT id, added, whole_group, members FROM ignored ORDER BY id DESC"
            return [(int(r[0]), float(r[1]), int(r[2]), str(r[3])) for r in db.execute(sql)]
        except (sqlite3.Error, OSError) as exc:
            self._store.give_up(exc)
            return []

    def _keys(self) -> list[tuple[IgnoredEntry, list[Key]]]:
        found = []
        for number, added, whole, members in self._rows():
            try:
                keys = _decode(members)
            except (ValueError, TypeError):
                continue  # a damaged row is skipped
            entry = IgnoredEntry(number, added, bool(whole), tuple(k[0] for k in keys))
            found.append((entry, keys))
        return found

    def entries(self) -> list[IgnoredEntry]:
        """Every recorded decision, newest first."""
        return [entry for entry, _ in self._keys()]

    def add(self, files: Sequence[PhotoFile], *, whole_group: bool = False) -> int:
        """Record that ``files`` (at least two; for a pair, the keeper first) are not
        duplicates of each other; returns
        the entry's id.  Raises :class:`IgnoreListError` if it could not be written."""
        keys = list(dict.fromkeys(map(file_key, files)))
        if len(keys) < 2:
            raise ValueError("at least two files are needed")
        return int(
            self._write(
                "INSERT INTO ignored (added, whole_group, members) VALUES (?, ?, ?)",
                (time.time(), int(whole_group), _encode(keys)),
            )
        )

    def remove(self, ids: Iterable[int]) -> None:
        """Forget the entries ``ids``."""
        for number in ids:
            self._write("DELETE FROM ignored WHERE id = ?", (number,))

    def clear(self) -> None:
        """Forget every entry."""
        self._write("DELETE FROM ignored", ())

    def _write(self, sql: str, args: tuple[object, ...]) -> int:
        try:
            db = self._store.connect()
            with db:
                return db.execute(sql, args).lastrowid or 0
        except (sqlite3.Error, OSError) as exc:
            self._store.give_up(exc)
            raise IgnoreListError(str(exc)) from exc

    def cuts(self, photos: Sequence[Photo]) -> frozenset[tuple[int, int]]:
        """Pairs ``(i, j)`` of indices into ``photos`` that must not be in one group: both
        files are in one entry, unchanged since it was recorded; ``i`` comes first in the
        entry (for a pair: the keeper, which stays; ``j`` is the photo that leaves)."""
        entries = self._keys()
        if not entries:
            return frozenset()
        index = {file_key(p.file): i for i, p in enumerate(photos)}
        pairs: set[tuple[int, int]] = set()
        for _, keys in entries:
            present = list(dict.fromkeys(index[k] for k in keys if k in index))
            pairs.update(itertools.combinations(present, 2))
        return frozenset(pairs)

    def close(self) -> None:
        """Close the database (reopened when used again)."""
        self._store.close()


def not_duplicates(
    photos: Sequence[Photo], ignored: IgnoreList | None = None
) -> frozenset[tuple[int, int]]:
    """:meth:`IgnoreList.cuts` of ``ignored``, or of the user's list when None."""
    if not photos:
        return frozenset()
    if ignored is not None:
        return ignored.cuts(photos)
    with IgnoreList() as default:
        return default.cuts(photos)
