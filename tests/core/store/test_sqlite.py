"""store.sqlite: stores that only remember heal by forgetting, and never fail the run."""

from __future__ import annotations

import logging
import sqlite3
import time
from pathlib import Path

import pytest

from photodedup.core.store.sqlite import MemoryStore, set_aside

SCHEMA = "CREATE TABLE IF NOT EXISTS facts (key TEXT PRIMARY KEY, value TEXT)"


def _aside(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".corrupt-" in p.name)


def test_set_aside_moves_the_database_and_its_wal_and_shm_together(tmp_path: Path) -> None:
    db = tmp_path / "groups.sqlite3"
    for suffix, data in (("", b"db"), ("-wal", b"wal"), ("-shm", b"shm")):
        Path(f"{db}{suffix}").write_bytes(data)
    set_aside(db)
    names = _aside(tmp_path)
    assert len(names) == 3 and not db.exists()
    (base,) = [n for n in names if not n.endswith(("-wal", "-shm"))]
    assert base.startswith("groups.sqlite3.corrupt-")
    stamp = base.removeprefix("groups.sqlite3.corrupt-")
    time.strptime(stamp, "%Y%m%d-%H%M%S")
    assert (tmp_path / base).read_bytes() == b"db"
    assert (tmp_path / f"{base}-wal").read_bytes() == b"wal"
    assert (tmp_path / f"{base}-shm").read_bytes() == b"shm"


def test_set_aside_of_missing_files_does_nothing(tmp_path: Path) -> None:
    set_aside(tmp_path / "none.sqlite3")
    (tmp_path / "only.sqlite3").write_bytes(b"x")
    set_aside(tmp_path / "only.sqlite3")
    assert len(_aside(tmp_path)) == 1


def test_set_aside_raises_when_it_cannot_move(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "m.sqlite3"
    db.write_bytes(b"x")
    monkeypatch.setattr(time, "strftime", lambda _fmt: "STAMP")
    (tmp_path / "m.sqlite3.corrupt-STAMP" / "busy").mkdir(parents=True)  # in the way
    with pytest.raises(OSError):
        set_aside(db)
    assert db.read_bytes() == b"x"


def test_the_store_opens_lazily_and_creates_its_folder(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "m.sqlite3"
    store = MemoryStore(path, SCHEMA, "test memo")
    assert not path.parent.exists()
    db = store.connect()
    assert db is store.connect()  # one connection, reused
    db.execute("INSERT INTO facts VALUES ('a', '1')")
    db.commit()
    store.close()
    store.close()  # twice: fine
    again = store.connect()
    assert again is not db
    assert again.execute("SELECT value FROM facts").fetchall() == [("1",)]
    store.close()


def test_a_damaged_file_is_set_aside_and_made_anew(tmp_path: Path) -> None:
    path = tmp_path / "m.sqlite3"
    path.write_bytes(b"this is not a database" * 500)
    store = MemoryStore(path, SCHEMA, "test memo")
    db = store.connect()
    assert db.execute("SELECT count(*) FROM facts").fetchone() == (0,)
    (aside,) = _aside(tmp_path)
    assert (tmp_path / aside).read_bytes().startswith(b"this is not a database")
    store.close()


def test_a_database_with_a_clashing_layout_is_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "m.sqlite3"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE t (a)")
    other.execute("CREATE INDEX facts ON t (a)")  # the schema statement cannot run
    other.commit()
    other.close()
    store = MemoryStore(path, SCHEMA, "test memo")
    store.connect().execute("INSERT INTO facts VALUES ('k', 'v')")
    assert len(_aside(tmp_path)) == 1
    store.close()


def test_when_the_damaged_file_cannot_be_moved_the_store_reports_an_operational_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "m.sqlite3"
    path.write_bytes(b"this is not a database" * 500)
    monkeypatch.setattr(time, "strftime", lambda _fmt: "STAMP")
    (tmp_path / "m.sqlite3.corrupt-STAMP" / "busy").mkdir(parents=True)
    store = MemoryStore(path, SCHEMA, "test memo")
    with pytest.raises(sqlite3.OperationalError):  # callers treat it as a miss
        store.connect()
    assert path.read_bytes().startswith(b"this is not a database")  # left alone


def test_give_up_turns_the_store_off_for_the_run_logged_once(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = MemoryStore(tmp_path / "m.sqlite3", SCHEMA, "test memo")
    db = store.connect()
    with caplog.at_level(logging.WARNING):
        store.give_up(sqlite3.OperationalError("database or disk is full"))
        store.give_up(sqlite3.OperationalError("again"))
    with pytest.raises(sqlite3.ProgrammingError):
        db.execute("SELECT 1")  # closed
    with pytest.raises(sqlite3.OperationalError, match="test memo disabled"):
        store.connect()
    (record,) = caplog.records
    assert "test memo off for this run" in record.getMessage()
    assert "disk is full" in record.getMessage()
    next_run = MemoryStore(tmp_path / "m.sqlite3", SCHEMA, "test memo")
    assert next_run.connect().execute("SELECT count(*) FROM facts").fetchone() == (0,)
    next_run.close()
