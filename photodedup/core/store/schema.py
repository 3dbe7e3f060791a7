"""The hash cache's SQLite layout: tables, schema version and upgrades, journal mode."""

from __future__ import annotations

import sqlite3

from photodedup.core.store import folders as cache_folders
from photodedup.core.store import rows as cache_rows

SCHEMA_VERSION = 3  # 2: photos.notes; 3: photos as packed records (cache_rows)
ID_COLUMNS = "dev, ino, size, mtime_ns, ctime_ns"
SCHEMA = f"""
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
{cache_rows.PHOTOS_TABLE};
{cache_folders.FOLDERS_TABLE};
CREATE TABLE IF NOT EXISTS failures (
    path BLOB NOT NULL, algo TEXT NOT NULL, {ID_COLUMNS}, kind TEXT, message TEXT,
    PRIMARY KEY (path, algo)) WITHOUT ROWID;
"""


TABLES = frozenset({"schema_version", "photos", "folders", "failures"})


class CacheBroken(Exception):  # noqa: N818 - internal signal
    """The database file is unusable (corrupt or unknown schema)."""


def is_schema_error(exc: sqlite3.OperationalError) -> bool:
    """Whether ``exc`` says the database has another layout ("no such table/column")."""
    return getattr(exc, "sqlite_errorname", "") == "SQLITE_ERROR" and "no such" in str(exc)


def set_journal_mode(conn: sqlite3.Connection) -> None:
    """WAL where the file system allows it, else DELETE."""
    try:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    except sqlite3.OperationalError:
        mode = ""
    if str(mode).lower() != "wal":
        conn.execute("PRAGMA journal_mode = DELETE")


def check_schema(conn: sqlite3.Connection) -> None:
    """Create missing tables, upgrade schema 2; raise ``CacheBroken`` for another version.

    An up-to-date database is only read (it may be read-only); creating the tables and
    the version row happens in one write transaction, so processes opening a new cache at
    the same moment cannot both add a version row (which made the cache look foreign).
    """
    if _up_to_date(conn):
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        for statement in SCHEMA.split(";"):
            if statement.strip():
                conn.execute(statement)
        rows = conn.execute("SELECT version FROM schema_version").fetchall()
        if not rows:
            conn.execute("INSERT INTO schema_version (version) VALUES (?)", (SCHEMA_VERSION,))
            rows = [(SCHEMA_VERSION,)]
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    if rows == [(2,)]:
        _upgrade(conn)
    elif rows != [(SCHEMA_VERSION,)]:
        raise CacheBroken(f"unknown cache schema {rows}")


def _up_to_date(conn: sqlite3.Connection) -> bool:
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables >= TABLES:
        return False
    return conn.execute("SELECT version FROM schema_version").fetchall() == [(SCHEMA_VERSION,)]


def _upgrade(conn: sqlite3.Connection) -> None:
    """Migrate schema 2 in place; a layout it cannot read is broken (set aside)."""
    try:
        cache_rows.migrate_v2(conn)
    except sqlite3.OperationalError as exc:
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_ERROR":  # e.g. "no such column"
            raise CacheBroken(f"cannot upgrade the cache: {exc}") from exc
        raise  # locked, disk full...: no cache for this run, upgrade next time
