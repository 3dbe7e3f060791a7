"""store.schema: the hash cache's tables, version row, upgrade from 2, journal mode."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from photodedup.core.store.schema import (
    SCHEMA_VERSION,
    TABLES,
    CacheBroken,
    check_schema,
    is_schema_error,
    set_journal_mode,
)
from tests.core.store.test_rows import _V2_SCHEMA


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "hashes.sqlite3"


@pytest.fixture
def conn(db: Path) -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(db, isolation_level=None)  # as the hash cache opens it
    yield connection
    connection.close()


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _versions(conn: sqlite3.Connection) -> list[tuple[int]]:
    return conn.execute("SELECT version FROM schema_version").fetchall()


def test_a_new_database_gets_every_table_and_one_version_row(conn: sqlite3.Connection) -> None:
    check_schema(conn)
    assert _tables(conn) == TABLES
    assert _versions(conn) == [(SCHEMA_VERSION,)]
    check_schema(conn)  # again: nothing added
    assert _versions(conn) == [(SCHEMA_VERSION,)]
    assert not conn.in_transaction


def test_an_up_to_date_database_is_only_read(conn: sqlite3.Connection, db: Path) -> None:
    check_schema(conn)
    conn.close()
    read_only = sqlite3.connect(f"file:{db}?mode=ro", uri=True, isolation_level=None)
    try:
        check_schema(read_only)  # would raise "readonly database" on any write
    finally:
        read_only.close()


def test_a_missing_table_is_created_and_rows_are_kept(conn: sqlite3.Connection) -> None:
    check_schema(conn)
    conn.execute("INSERT INTO photos VALUES (x'61', 'algo', x'00')")
    conn.execute("DROP TABLE failures")
    check_schema(conn)
    assert _tables(conn) == TABLES
    assert conn.execute("SELECT count(*) FROM photos").fetchone() == (1,)
    assert _versions(conn) == [(SCHEMA_VERSION,)]


@pytest.mark.parametrize("rows", [[(999,)], [(1,)], [(SCHEMA_VERSION,), (SCHEMA_VERSION,)]])
def test_another_version_is_broken(conn: sqlite3.Connection, rows: list[tuple[int]]) -> None:
    check_schema(conn)
    conn.execute("DELETE FROM schema_version")
    conn.executemany("INSERT INTO schema_version VALUES (?)", rows)
    with pytest.raises(CacheBroken, match="unknown cache schema"):
        check_schema(conn)


def test_schema_2_is_upgraded_in_place(conn: sqlite3.Connection) -> None:
    conn.executescript(_V2_SCHEMA)
    check_schema(conn)
    assert _versions(conn) == [(SCHEMA_VERSION,)]
    columns = [r[1] for r in conn.execute("PRAGMA table_info(photos)")]
    assert columns == ["path", "algo", "record"]
    assert _tables(conn) == TABLES


def test_schema_2_in_a_layout_it_cannot_read_is_broken(conn: sqlite3.Connection) -> None:
    conn.executescript(
        "CREATE TABLE schema_version (version INTEGER NOT NULL);"
        "INSERT INTO schema_version VALUES (2);"
        "CREATE TABLE photos (path BLOB, algo TEXT, PRIMARY KEY (path, algo));"
    )
    with pytest.raises(CacheBroken, match="cannot upgrade"):
        check_schema(conn)
    assert _versions(conn) == [(2,)]  # the failed upgrade was rolled back
    assert not conn.in_transaction


def test_a_failed_creation_is_rolled_back(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE other (a)")
    conn.execute("CREATE INDEX failures ON other (a)")  # the name a table needs
    with pytest.raises(sqlite3.OperationalError, match="already an index named failures"):
        check_schema(conn)
    assert not conn.in_transaction
    assert _tables(conn) == {"other"}  # nothing half-made


def test_creation_takes_the_write_lock_first(db: Path, conn: sqlite3.Connection) -> None:
    other = sqlite3.connect(db, isolation_level=None, timeout=0)
    try:
        other.execute("BEGIN IMMEDIATE")  # another process is creating it right now
        conn.execute("PRAGMA busy_timeout = 0")
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            check_schema(conn)
        other.execute("ROLLBACK")
    finally:
        other.close()
    check_schema(conn)
    assert _versions(conn) == [(SCHEMA_VERSION,)]


def test_journal_mode_is_wal_on_a_file(conn: sqlite3.Connection) -> None:
    set_journal_mode(conn)
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_journal_mode_falls_back_where_wal_is_refused(conn: sqlite3.Connection, db: Path) -> None:
    check_schema(conn)
    conn.close()
    read_only = sqlite3.connect(f"file:{db}?mode=ro", uri=True, isolation_level=None)
    try:
        set_journal_mode(read_only)  # WAL needs a write: refused, no exception
        assert read_only.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    finally:
        read_only.close()


def _error(conn: sqlite3.Connection, sql: str) -> sqlite3.OperationalError:
    with pytest.raises(sqlite3.OperationalError) as info:
        conn.execute(sql)
    return info.value


def test_is_schema_error_tells_another_layout_from_other_failures(
    conn: sqlite3.Connection, db: Path
) -> None:
    check_schema(conn)
    assert is_schema_error(_error(conn, "SELECT * FROM no_table"))
    assert is_schema_error(_error(conn, "SELECT no_column FROM photos"))
    assert not is_schema_error(_error(conn, "SELEC 1"))  # a bug, not a layout
    conn.close()
    read_only = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        assert not is_schema_error(_error(read_only, "DELETE FROM photos"))
    finally:
        read_only.close()
    assert not is_schema_error(sqlite3.OperationalError("no such table: x"))  # no error name
