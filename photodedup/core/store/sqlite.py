"""A small SQLite file that only remembers (the group memo, the structure verdicts).

Everything in such a store can be computed again, so it heals by forgetting: a damaged
database is deleted and created anew, and any SQLite or file-system error turns the store
off for the rest of the run (every read is then a miss, every write is dropped).
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

log = logging.getLogger(__name__)


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
            except sqlite3.DatabaseError:
                db.close()
                self.path.unlink(missing_ok=True)  # only remembered data: rebuilt
                db = sqlite3.connect(self.path, timeout=5)
                db.execute(self._schema)
            self._db = db
        return self._db

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
