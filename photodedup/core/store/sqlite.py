"""A small SQLite file that only remembers (the group memo, the structure verdicts).

Everything in such a store can be computed again, so it heals by forgetting: a damaged
database is moved aside (:func:`set_aside`, the healing policy of every store here, the
hash cache included) and created anew, and any SQLite or file-system error turns the store
off for the rest of the run (every read is then a miss, every write is dropped).
"""

from __future__ import annotations

import logging
import sqlite3
import time
from pathlib import Path

log = logging.getLogger(__name__)


def set_aside(path: Path) -> None:
    """Move a broken database and its ``-wal``/``-shm`` files aside
    (``NAME.corrupt-<timestamp>``), so that it can be created anew; raises OSError.

    Close connections only after this: closing the last one would delete the -wal file.
    """
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for suffix in ("", "-wal", "-shm"):
        src = Path(f"{path}{suffix}")
        if src.exists():
            src.replace(f"{path}.corrupt-{stamp}{suffix}")


class MemoryStore:
    """Lazily opened SQLite database with one schema statement; see the module docstring."""

    def __init__(self, path: Path, schema: str, name: str) -> None:
        self.path = path
        self._schema = schema
        self._name = name
        self._db: sqlite3.Connection | None = None
        self._broken = False

    def connect(self) -> sqlite3.Connection:
        """The open database (raises sqlite3.Error once the store is off)."""
        if self._broken:
            raise sqlite3.OperationalError(f"{self._name} disabled for this run")
        if self._db is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, timeout=5)
            try:
                db.execute(self._schema)
            except sqlite3.DatabaseError as exc:
                db.close()  # first: Windows cannot rename an open file
                try:
                    set_aside(self.path)  # only remembered data: rebuilt
                except OSError as move_exc:
                    raise sqlite3.OperationalError(str(move_exc)) from exc
                db = sqlite3.connect(self.path, timeout=5)
                db.execute(self._schema)
            self._db = db
        return self._db

    def is_open(self) -> bool:
        """True while a connection is open."""
        return self._db is not None

    def give_up(self, exc: Exception) -> None:
        """Turn the store off for this run after ``exc`` (logged once)."""
        if not self._broken:
            log.warning("%s off for this run (%s): %s", self._name, self.path, exc)
        self._broken = True
        self.close()

    def close(self) -> None:
        """Close the database (reopened when used again, unless the store is off)."""
        if self._db is not None:
            self._db.close()
            self._db = None
