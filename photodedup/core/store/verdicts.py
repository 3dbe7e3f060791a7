"""Structure-check verdicts remembered between runs (SQLite in the cache folder).

A verdict (:class:`photodedup.core.group.align.Verdict`) costs two decodes and a keypoint
match; a rescan after one file changed regroups the whole library and would pay them again.
Each verdict is stored under a digest of ``STRUCTURE_VERSION``, both files' paths and
identities (device, inode, size, modification time) and the turn, so an edited or replaced
file is a miss.  Each row also names its version, and the first use after an update that
bumps it drops the others' rows (the database's ``user_version`` says which version it
last held; a store from before that column counts its rows as the current version's).
Like the group memo, the store only remembers: a damaged database is deleted and rebuilt,
and any SQLite error turns it off for the run.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path

from photodedup.core import paths
from photodedup.core.store.sqlite import MemoryStore
from photodedup.core.versions import STRUCTURE_VERSION

__all__ = ["STRUCTURE_VERSION", "VerdictStore", "identity_bytes", "pair_key"]

_VERSION_COLUMN = f"version INTEGER NOT NULL DEFAULT {STRUCTURE_VERSION}"
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS verdicts (key BLOB PRIMARY KEY, distance INTEGER, "
    f"overlap REAL, inliers INTEGER, {_VERSION_COLUMN}) WITHOUT ROWID"
)
_CHUNK = 500
Row = tuple[int, float, int]


def pair_key(first: bytes, second: bytes, turn: int, method: str = "") -> bytes:
    """The store key of a pair from each file's identity bytes (:func:`identity_bytes`);
    ``method`` names a check other than the aligned residual (``"points"``)."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{STRUCTURE_VERSION}|{turn}|".encode())
    if method:
        digest.update(f"{method}|".encode())
    digest.update(first + b"\0\0" + second)
    return digest.digest()


def identity_bytes(path: str, identity: Iterable[int]) -> bytes:
    """A file's path and identity numbers, as the store keys them."""
    numbers = ":".join(str(int(v)) for v in identity)
    return path.encode("utf-8", "surrogateescape") + b"\0" + numbers.encode()


class VerdictStore:
    """Remembered verdicts, looked up and added in batches."""

    def __init__(self, path: Path | None = None) -> None:
        self._store = MemoryStore(
            path or paths.cache_dir() / "verdicts.sqlite3", _SCHEMA, "verdict store"
        )
        self.path = self._store.path
        self._current = False  # the rows of other versions are gone

    def _db(self) -> sqlite3.Connection:
        """The open database, holding this STRUCTURE_VERSION's verdicts only."""
        db = self._store.connect()
        if not self._current:
            if db.execute("PRAGMA user_version").fetchone()[0] != STRUCTURE_VERSION:
                columns = {row[1] for row in db.execute("PRAGMA table_info(verdicts)")}
                with db:
                    if "version" not in columns:
                        db.execute(f"ALTER TABLE verdicts ADD COLUMN {_VERSION_COLUMN}")
                    db.execute("DELETE FROM verdicts WHERE version != ?", (STRUCTURE_VERSION,))
                    db.execute(f"PRAGMA user_version = {STRUCTURE_VERSION}")
            self._current = True
        return db

    def get_many(self, keys: Sequence[bytes]) -> dict[bytes, Row]:
        """The stored verdicts among ``keys``."""
        found: dict[bytes, Row] = {}
        try:
            db = self._db()
            for start in range(0, len(keys), _CHUNK):
                chunk = list(keys[start : start + _CHUNK])
                marks = ",".join("?" * len(chunk))
                rows = db.execute(
                    f"SELECT key, distance, overlap, inliers FROM verdicts WHERE key IN ({marks})",
                    chunk,
                )
                found.update({row[0]: (int(row[1]), float(row[2]), int(row[3])) for row in rows})
        except (sqlite3.Error, OSError) as exc:
            self._store.give_up(exc)
        return found

    def put_many(self, rows: dict[bytes, Row]) -> None:
        """Remember verdicts."""
        if not rows:
            return
        try:
            db = self._db()
            with db:
                db.executemany(
                    "INSERT OR REPLACE INTO verdicts VALUES (?, ?, ?, ?, ?)",
                    [(key, *value, STRUCTURE_VERSION) for key, value in rows.items()],
                )
        except (sqlite3.Error, OSError) as exc:
            self._store.give_up(exc)

    def close(self) -> None:
        """Close the database (reopened when used again)."""
        self._store.close()
        self._current = False
