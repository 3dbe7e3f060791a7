"""Hash cache schema 3: packed records, the in-place upgrade from schema 2, damaged rows."""

from __future__ import annotations

import logging
import marshal
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from photodedup.core.fingerprint import ALGO_ID
from photodedup.core.store import rows as cache_rows
from photodedup.core.store.hashes import HashCache
from photodedup.core.types import ErrorKind, FileIdentity, ImageInfo, Photo, PhotoFile, ScanError

# Schema 2 exactly as photodedup wrote it before packed records.
_V2_SCHEMA = """
CREATE TABLE schema_version (version INTEGER NOT NULL);
INSERT INTO schema_version VALUES (2);
CREATE TABLE photos (
    path BLOB NOT NULL, algo TEXT NOT NULL, dev, ino, size, mtime_ns, ctime_ns,
    fingerprint BLOB NOT NULL, width INTEGER, height INTEGER, format TEXT,
    taken TEXT, camera TEXT, content_key TEXT, notes TEXT,
    PRIMARY KEY (path, algo)) WITHOUT ROWID;
CREATE TABLE failures (
    path BLOB NOT NULL, algo TEXT NOT NULL, dev, ino, size, mtime_ns, ctime_ns, kind TEXT,
    message TEXT, PRIMARY KEY (path, algo)) WITHOUT ROWID;
"""
_BIG = FileIdentity(2**64 - 5, 2**63 + 7, 10, 123, 456)  # stored signed by schema 2
_SMALL = FileIdentity(1, 2, 3, 4, 5)
_V2_COLUMNS = "path algo dev ino size mtime_ns ctime_ns fingerprint width height format taken"
_V2_COLUMNS += " camera content_key notes"


def _file(name: str, identity: FileIdentity = _SMALL) -> PhotoFile:
    return PhotoFile(f"/lib/{name}", identity, "/lib")


def _photo(file: PhotoFile, fmt: str = "JPEG", key: str = "ck") -> Photo:
    info = ImageInfo(40, 30, fmt, taken="2020-01-01T00:00:00", camera="Cam X")
    return Photo(file, info, b"fp-" + file.path.encode(), key)


def _v2_row(photo: Photo, **changes: object) -> dict[str, object]:
    ident = photo.file.identity
    signed = [v - 2**64 if v >= 2**63 else v for v in ident[:2]]  # what schema 2 stored
    values = (photo.path.encode(), ALGO_ID, *signed, *ident[2:], photo.fingerprint, *photo.info)
    row = dict(zip(_V2_COLUMNS.split(), (*values, photo.content_key, None), strict=True))
    return {**row, **changes}


def _make_v2(db: Path, rows: list[dict[str, object]], failures: list[tuple[object, ...]]) -> None:
    conn = sqlite3.connect(db)
    with conn:
        conn.executescript(_V2_SCHEMA)
        columns = ", ".join(rows[0])
        marks = ", ".join(f":{name}" for name in rows[0])
        conn.executemany(f"INSERT INTO photos ({columns}) VALUES ({marks})", rows)
        conn.executemany(f"INSERT INTO failures VALUES ({', '.join('?' * 9)})", failures)
    conn.close()


def _columns(db: Path, table: str) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
    finally:
        conn.close()


def test_schema_2_database_is_upgraded_in_place(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    plain, noted, big, nulls, broken, failed = (
        _file("a.jpg"), _file("b.jpg"), _file("big.jpg", _BIG), _file("n.jpg"),
        _file("broken.jpg"), _file("cut.jpg"),
    )  # fmt: skip
    db = tmp_path / "c.db"
    rows = [
        _v2_row(_photo(plain)),
        _v2_row(_photo(noted), notes="damaged EXIF (x)\nbad orientation"),
        _v2_row(_photo(big)),
        _v2_row(_photo(nulls), format=None, content_key=None),  # NULLs read back as ""
        _v2_row(_photo(broken), width=None),  # not a valid record: dropped, decoded again
        _v2_row(_photo(plain), algo="an-older-algorithm"),
    ]
    failure = (failed.path.encode(), ALGO_ID, *failed.identity, "truncated", "cut short")
    _make_v2(db, rows, [failure])
    with caplog.at_level(logging.INFO), HashCache(db) as cache:
        files = [plain, noted, big, nulls, broken, failed]
        photos, errors, misses = cache.lookup_many(files)
        assert cache.lookup(big) == _photo(big)
        assert len(cache) == 5
    assert photos == [_photo(plain), _photo(noted), _photo(big), _photo(nulls, "", "")]
    assert errors == [
        ScanError(noted.path, ErrorKind.WARNING, "damaged EXIF (x)"),
        ScanError(noted.path, ErrorKind.WARNING, "bad orientation"),
        ScanError(failed.path, ErrorKind.TRUNCATED, "cut short"),
    ]
    assert misses == [broken]
    assert _columns(db, "photos") == ["path", "algo", "record"]
    assert not list(tmp_path.glob("*.corrupt-*"))
    assert [r.levelno for r in caplog.records] == [logging.INFO]  # "upgraded", no warning


def test_upgraded_database_keeps_working(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    old = _file("a.jpg")
    _make_v2(db, [_v2_row(_photo(old))], [])
    HashCache(db).close()
    with HashCache(db) as cache:  # second open: already schema 3, nothing to do
        new = _file("new.jpg")
        cache.store_many([_photo(new)], {new.path: ["note"]})
        assert cache.lookup_many([old, new])[0] == [_photo(old), _photo(new)]
        assert [p.path for p in cache.all_photos()] == [old.path, new.path]
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT version FROM schema_version").fetchall() == [(3,)]
    conn.close()


def test_upgrade_checks_the_version_again_under_the_write_lock(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    file = _file("a.jpg")
    with HashCache(db) as cache:
        cache.store_many([_photo(file)])
    conn = sqlite3.connect(db, isolation_level=None)
    cache_rows.migrate_v2(conn)  # another process upgraded it first: a no-op
    conn.close()
    with HashCache(db) as cache:
        assert cache.lookup(file) == _photo(file)


def test_schema_2_with_a_foreign_layout_is_set_aside(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    with sqlite3.connect(db) as conn:
        conn.executescript(
            "CREATE TABLE schema_version (version INTEGER NOT NULL);"
            "INSERT INTO schema_version VALUES (2);"
            "CREATE TABLE photos (path BLOB, algo TEXT, PRIMARY KEY (path, algo));"
        )
    conn.close()
    file = _file("a.jpg")
    with HashCache(db) as cache:
        assert cache.enabled and cache.lookup_many([file]) == ([], [], [file])
        cache.store_many([_photo(file)])
        assert cache.lookup(file) == _photo(file)
    assert list(tmp_path.glob("c.db.corrupt-*"))


def _garbage(blob: bytes) -> bytes:
    return b"\xff\x00garbage"


def _truncated(blob: bytes) -> bytes:
    return blob[: len(blob) // 2]


def _repacked(change: Callable[[list[object]], None]) -> Callable[[bytes], bytes]:
    def damage(blob: bytes) -> bytes:
        record = [list(part) if isinstance(part, tuple) else part for part in marshal.loads(blob)]
        change(record)
        return marshal.dumps(tuple(tuple(p) if isinstance(p, list) else p for p in record))

    return damage


_DAMAGES = {
    "garbage": _garbage,
    "truncated": _truncated,
    "not a tuple": lambda blob: marshal.dumps("a string"),
    "too short": lambda blob: marshal.dumps(marshal.loads(blob)[:4]),
    "fingerprint is text": _repacked(lambda r: r.__setitem__(1, "text")),
    "width is text": _repacked(lambda r: r[2].__setitem__(0, "40")),  # type: ignore[union-attr]
    "info too long": _repacked(lambda r: r[2].append(None)),  # type: ignore[union-attr]
    "content key is None": _repacked(lambda r: r.__setitem__(3, None)),
    "notes are a number": _repacked(lambda r: r.__setitem__(4, 7)),
}


@pytest.mark.parametrize("damage", list(_DAMAGES.values()), ids=list(_DAMAGES))
def test_damaged_record_is_a_miss_logged_once(
    damage: Callable[[bytes], bytes], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db = tmp_path / "c.db"
    files = [_file(name) for name in ("a.jpg", "b.jpg", "c.jpg")]
    cache = HashCache(db)
    cache.store_many([_photo(f) for f in files])
    conn = sqlite3.connect(db)
    with conn:
        path = files[1].path.encode()
        (blob,) = conn.execute("SELECT record FROM photos WHERE path = ?", (path,)).fetchone()
        conn.execute("UPDATE photos SET record = ? WHERE path = ?", (damage(blob), path))
    conn.close()
    with caplog.at_level(logging.WARNING):
        assert cache.lookup_many(files) == ([_photo(files[0]), _photo(files[2])], [], [files[1]])
        assert cache.lookup(files[1]) is None
        assert [p.path for p in cache.all_photos()] == [files[0].path, files[2].path]
    assert len(caplog.records) == 1 and "damaged" in caplog.text
    cache.store_many([_photo(files[1])])  # decoded again: the record is whole again
    assert cache.lookup_many(files)[0] == [_photo(f) for f in files]
    cache.close()


def test_damaged_failure_row_is_a_miss(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    db = tmp_path / "c.db"
    cut, odd = _file("cut.jpg"), _file("odd.jpg")
    cache = HashCache(db)
    cache.store_errors([(f, ScanError(f.path, ErrorKind.TRUNCATED, "cut")) for f in (cut, odd)])
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE failures SET kind = 'no-such-kind' WHERE path = ?", (b"/lib/odd.jpg",))
    conn.close()
    with caplog.at_level(logging.WARNING):
        errors, misses = cache.lookup_many([cut, odd])[1:]
    assert (errors, misses) == ([ScanError(cut.path, ErrorKind.TRUNCATED, "cut")], [odd])
    assert len(caplog.records) == 1
    cache.close()


def test_pack_round_trip_and_validation() -> None:
    photo = _photo(_file("big.jpg", _BIG))
    record = cache_rows.unpack(cache_rows.pack(photo, ["one", "two"]))
    assert record is not None
    assert record == (tuple(_BIG), photo.fingerprint, tuple(photo.info), "ck", "one\ntwo")
    assert cache_rows.photo(photo.file, record) == photo
    assert type(cache_rows.photo(photo.file, record).info) is ImageInfo
    assert cache_rows.unpack(cache_rows.pack(photo))[4] is None  # type: ignore[index]
    good = list(record)
    for bad in ((True, *_BIG[1:]), (1, 2, 3, 4)):  # a bool is not an int here
        assert not cache_rows.valid((bad, *good[1:]))
    assert not cache_rows.valid([*good])  # a list is not a record
    assert cache_rows.unpack(None) is None
