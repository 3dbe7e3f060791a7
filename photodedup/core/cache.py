"""Persistent SQLite cache of fingerprints, so unchanged files are never decoded twice.

Contract: ``HashCache(path=None)`` (default ``paths.cache_db_path()``):

* ``lookup(file) -> Photo | None`` and ``lookup_many(files) -> (photos, errors, misses)``
  (bulk: ``load_roots`` reads every row under the files' roots into dicts, one indexed
  range query per root and table, not one query per file).
* ``store_many(photos, notes=None)`` / ``store_errors(pairs)``: one transaction per call;
  ``notes`` are decoder warnings per path, returned by ``lookup_many`` as WARNING errors.
* ``all_photos(roots=None) -> list[Photo]`` (for ``photodedup find``).

The key is the path bytes (``os.fsencode``) + ``hashing.ALGO_ID`` with the file identity
(dev, ino, size, mtime_ns, ctime_ns) that must match exactly: content replaced with the
same size and mtime still changes ctime, and a file renamed over another path changes
the inode, so both are re-hashed (safety G18).  Deterministic decode failures
(truncated, unreadable, unsupported) are cached the same way.

Self-healing (G19/G20, bad input #35/#36): a corrupt, other-version or foreign-layout
database is closed, moved aside together with its ``-wal``/``-shm`` files
(``*.corrupt-<timestamp>``) and rebuilt; a read-only or full disk turns the cache off
for this run.  Each logs one
warning.  One connection per thread (never shared across ``fork``); WAL journal with a
fallback to DELETE; ``busy_timeout`` 5 s.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import operator
import os
import sqlite3
import sys
import threading
import time
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from photodedup.core import paths
from photodedup.core.hashing import ALGO_ID
from photodedup.core.types import (
    ErrorKind,
    FileIdentity,
    ImageInfo,
    Photo,
    PhotoFile,
    ScanError,
)

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2  # 2: photos.notes
CACHED_ERROR_KINDS = frozenset({ErrorKind.TRUNCATED, ErrorKind.UNREADABLE, ErrorKind.UNSUPPORTED})
_ID_COLUMNS = "dev, ino, size, mtime_ns, ctime_ns"
_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS photos (
    path BLOB NOT NULL, algo TEXT NOT NULL, {_ID_COLUMNS},
    fingerprint BLOB NOT NULL, width INTEGER, height INTEGER, format TEXT,
    taken TEXT, camera TEXT, content_key TEXT, notes TEXT,
    PRIMARY KEY (path, algo)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS failures (
    path BLOB NOT NULL, algo TEXT NOT NULL, {_ID_COLUMNS}, kind TEXT, message TEXT,
    PRIMARY KEY (path, algo)) WITHOUT ROWID;
"""
_PHOTO_COLS = "path, dev, ino, size, mtime_ns, ctime_ns, fingerprint, width, height, "
_PHOTO_COLS += "coalesce(format, ''), taken, camera, coalesce(content_key, ''), notes"
_U64 = 1 << 64
_FS_ENCODING, _FS_ERRORS = sys.getfilesystemencoding(), sys.getfilesystemencodeerrors()
_encode = str.encode
_first = operator.itemgetter(0)
_new_info = functools.partial(tuple.__new__, ImageInfo)  # ImageInfo from row[7:12], in C


# What ``HashCache.load_roots`` returns: (photo rows, failure rows), keyed by path bytes.
CachedRows = tuple[dict[bytes, Any], dict[bytes, Any]]


class CacheBroken(Exception):  # noqa: N818 - internal signal
    """The database file is unusable (corrupt or unknown schema)."""


def _signed(value: int) -> int:
    """Fit an unsigned 64-bit dev/ino into SQLite's signed INTEGER."""
    return value - _U64 if value >= 1 << 63 else value


def _same(stored: tuple[int, ...], identity: FileIdentity) -> bool:
    """Whether a row's (dev, ino, size, mtime_ns, ctime_ns) is ``identity``.

    The plain tuple comparison is enough unless dev/ino needed ``_signed`` (stored < 0).
    """
    if stored == identity:
        return True
    return (stored[0] < 0 or stored[1] < 0) and stored == _identity_row(identity)


def _identity_row(identity: FileIdentity) -> tuple[int, ...]:
    return (
        _signed(identity.dev),
        _signed(identity.ino),
        identity.size,
        identity.mtime_ns,
        identity.ctime_ns,
    )


def _prefix_range(root: str) -> tuple[bytes, bytes]:
    """Byte range [lo, hi) holding every path under ``root``."""
    prefix = os.fsencode(root.rstrip("/") + "/")
    return prefix, prefix[:-1] + bytes([prefix[-1] + 1])


class HashCache:
    """Fingerprints and decode failures keyed by path + file identity + algorithm."""

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else paths.cache_db_path()
        self.enabled = True
        self._local = threading.local()
        self._lock = threading.Lock()
        self._connections: list[sqlite3.Connection] = []
        self._warned = False
        with contextlib.suppress(CacheBroken):
            self._conn()

    # -- connection management -------------------------------------------------------------

    def _conn(self) -> sqlite3.Connection | None:
        if not self.enabled:
            return None
        conn = getattr(self._local, "conn", None)
        if conn is not None and self._local.pid == os.getpid():
            return conn
        for attempt in range(2):
            try:
                conn = self._open()
            except sqlite3.OperationalError as exc:
                self._disable(f"cannot open the hash cache {self.path}: {exc}")
                return None
            except (sqlite3.DatabaseError, CacheBroken) as exc:
                if attempt or not self._set_aside(exc):
                    self._disable(f"cannot rebuild the hash cache {self.path}: {exc}")
                    return None
                continue
            self._local.conn, self._local.pid = conn, os.getpid()
            return conn
        return None

    def _open(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise sqlite3.OperationalError(str(exc)) from exc
        conn = sqlite3.connect(  # used by one thread; closable from any (close())
            self.path, timeout=5.0, isolation_level=None, check_same_thread=False
        )
        with self._lock:
            self._connections.append(conn)  # closed by _close_all, also on failure below
        conn.execute("PRAGMA busy_timeout = 5000")
        _set_journal_mode(conn)
        _check_schema(conn)
        return conn

    def _set_aside(self, exc: BaseException) -> bool:
        """Move the broken database and its -wal/-shm aside, then close every connection.

        Renaming first matters: closing the last connection would delete the -wal file.
        """
        stamp = time.strftime("%Y%m%d-%H%M%S")
        try:
            for suffix in ("", "-wal", "-shm"):
                src = Path(f"{self.path}{suffix}")
                if src.exists():
                    src.replace(f"{self.path}.corrupt-{stamp}{suffix}")
        except OSError as move_exc:
            self._disable(f"hash cache {self.path} is broken and cannot be moved: {move_exc}")
            return False
        finally:
            self._close_all()
        self._warn(f"hash cache {self.path} was unusable ({exc}); moved aside and rebuilt")
        return True

    def _disable(self, message: str) -> None:
        self.enabled = False
        self._close_all()
        self._warn(message + "; running without a cache")

    def _warn(self, message: str) -> None:
        if not self._warned:
            log.warning("%s", message)
            self._warned = True

    def _close_all(self) -> None:
        with self._lock:
            for conn in self._connections:
                with contextlib.suppress(sqlite3.Error):
                    conn.close()
            self._connections.clear()
        self._local = threading.local()

    def close(self) -> None:
        """Close every connection this cache opened."""
        self._close_all()

    def __enter__(self) -> HashCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _run(self, action: str, work: Any) -> Any:
        """Run ``work(conn)``; heal or disable the cache on database errors."""
        conn = self._conn()
        if conn is None:
            return None
        try:
            return work(conn)
        except sqlite3.OperationalError as exc:
            if _is_schema_error(exc):  # e.g. "no such column": a foreign layout
                self._set_aside(exc)
            else:  # disk full, read-only, locked...: go on without a cache
                self._disable(f"hash cache {action} failed: {exc}")
        except sqlite3.DatabaseError as exc:
            self._set_aside(exc)
        return None

    # -- reads -----------------------------------------------------------------------------

    def lookup(self, file: PhotoFile) -> Photo | None:
        """The cached photo for ``file`` if its identity is unchanged, else None."""
        sql = f"SELECT {_PHOTO_COLS} FROM photos WHERE path = ? AND algo = ?"
        for row in self._select(sql, (os.fsencode(file.path), ALGO_ID)):
            if row[1:6] == _identity_row(file.identity):
                return _photo_from_row(file, row)
        return None

    def lookup_many(
        self, files: Sequence[PhotoFile]
    ) -> tuple[list[Photo], list[ScanError], list[PhotoFile]]:
        """Split ``files`` into cached photos, cached failures and misses (bulk reads)."""
        photo_rows, failure_rows = self.load_roots({f.root for f in files})
        photos: list[Photo] = []
        errors: list[ScanError] = []
        misses: list[PhotoFile] = []
        for file in files:
            key = _encode(file.path, _FS_ENCODING, _FS_ERRORS)  # os.fsencode, inlined
            row = photo_rows.get(key)
            if row is not None and (row[1:6] == file.identity or _same(row[1:6], file.identity)):
                photos.append(Photo(file, _new_info(row[7:12]), row[6], row[12]))
                if row[13]:
                    errors.extend(_notes_as_errors(file.path, row[13]))
                continue
            failure = failure_rows.get(key) if failure_rows else None
            if failure is not None and _same(failure[1:6], file.identity):
                errors.append(ScanError(file.path, ErrorKind(failure[6]), failure[7]))
                continue
            misses.append(file)
        return photos, errors, misses

    def _select(self, sql: str, args: tuple[Any, ...]) -> list[Any]:
        return self._run("read", lambda c: c.execute(sql, args).fetchall()) or []

    def load_roots(self, roots: Iterable[str]) -> CachedRows:
        """Photo and failure rows at or under the (absolute) ``roots``, keyed by path bytes.

        One indexed range read per table and root.
        """
        photo_rows: dict[bytes, Any] = {}
        failure_rows: dict[bytes, Any] = {}
        photo_sql = _under_root_sql(_PHOTO_COLS, "photos")
        failure_sql = _under_root_sql(f"path, {_ID_COLUMNS}, kind, message", "failures")
        for root in _outermost(roots):
            lo, hi = _prefix_range(root)
            args = (lo, hi, ALGO_ID, os.fsencode(root), ALGO_ID)
            photo_rows.update(_by_path(self._select(photo_sql, args)))
            failure_rows.update(_by_path(self._select(failure_sql, args)))
        return photo_rows, failure_rows

    def all_photos(self, roots: Iterable[str] | None = None) -> list[Photo]:
        """Every cached photo (optionally only under ``roots``), as last seen."""
        if roots is not None:
            absolute = [os.path.abspath(r) for r in roots]  # noqa: PTH100 - lexical, no symlinks
            rows = list(self.load_roots(absolute)[0].values())
        else:
            sql = f"SELECT {_PHOTO_COLS} FROM photos WHERE algo = ?"
            rows = self._select(sql, (ALGO_ID,))
        photos = []
        for row in rows:
            path = os.fsdecode(row[0])
            identity = FileIdentity(*(v % _U64 if i < 2 else v for i, v in enumerate(row[1:6])))
            photos.append(_photo_from_row(PhotoFile(path, identity, root=""), row))
        return sorted(photos, key=lambda p: p.path)

    def __len__(self) -> int:
        count = self._run("read", lambda c: c.execute("SELECT COUNT(*) FROM photos").fetchone())
        return int(count[0]) if count else 0

    def is_empty(self) -> bool:
        """True when no photo is cached (one row read, unlike ``len``)."""
        row = self._run("read", lambda c: c.execute("SELECT 1 FROM photos LIMIT 1").fetchone())
        return not row

    # -- writes ----------------------------------------------------------------------------

    def store_many(
        self, photos: Iterable[Photo], notes: Mapping[str, Sequence[str]] | None = None
    ) -> None:
        """Insert or replace these photos in one transaction.

        ``notes``: decoder warnings per path (e.g. damaged EXIF), given back by
        ``lookup_many`` as ``ErrorKind.WARNING`` errors so a warm scan equals a cold one.
        """
        notes = notes or {}
        rows = [
            (os.fsencode(p.path), ALGO_ID, *_identity_row(p.file.identity), p.fingerprint,
             p.info.width, p.info.height, p.info.format, p.info.taken, p.info.camera,
             p.content_key, "\n".join(notes.get(p.path, ())) or None)
            for p in photos
        ]  # fmt: skip
        sql = f"INSERT OR REPLACE INTO photos (path, algo, {_ID_COLUMNS}, fingerprint, width, "
        sql += "height, format, taken, camera, content_key, notes) VALUES ("
        sql += ",".join("?" * 15) + ")"
        if rows:
            self._run("write", lambda c: _in_transaction(c, sql, rows))

    def store_errors(self, failures: Iterable[tuple[PhotoFile, ScanError]]) -> None:
        """Remember deterministic decode failures (other kinds are not cached)."""
        rows = [
            (os.fsencode(f.path), ALGO_ID, *_identity_row(f.identity), e.kind.value, e.message)
            for f, e in failures
            if e.kind in CACHED_ERROR_KINDS
        ]
        sql = f"INSERT OR REPLACE INTO failures (path, algo, {_ID_COLUMNS}, kind, message) "
        sql += "VALUES (?,?,?,?,?,?,?,?,?)"
        if rows:
            self._run("write", lambda c: _in_transaction(c, sql, rows))


def _under_root_sql(columns: str, table: str) -> str:
    """Rows in [lo, hi) plus the root itself (a file root); no OR, so no dedup pass."""
    one = f"SELECT {columns} FROM {table} WHERE "
    return f"{one}path >= ? AND path < ? AND algo = ? UNION ALL {one}path = ? AND algo = ?"


def _outermost(roots: Iterable[str]) -> list[str]:
    """``roots`` without those inside another one (their rows are loaded already)."""
    kept: list[str] = []
    for root in sorted(set(roots)):
        if not any(root.startswith(k.rstrip("/") + "/") for k in kept):
            kept.append(root)
    return kept


def _by_path(rows: list[Any]) -> dict[bytes, Any]:
    """Rows keyed by their first column (the path), built without a Python step per row."""
    return dict(zip(map(_first, rows), rows, strict=True))


def _is_schema_error(exc: sqlite3.OperationalError) -> bool:
    return getattr(exc, "sqlite_errorname", "") == "SQLITE_ERROR" and "no such" in str(exc)


def _in_transaction(conn: sqlite3.Connection, sql: str, rows: list[tuple[Any, ...]]) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.executemany(sql, rows)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _notes_as_errors(path: str, notes: str) -> list[ScanError]:
    return [ScanError(path, ErrorKind.WARNING, note) for note in notes.split("\n")]


def _photo_from_row(file: PhotoFile, row: Sequence[Any]) -> Photo:
    return Photo(file, _new_info(row[7:12]), row[6], row[12])


def _set_journal_mode(conn: sqlite3.Connection) -> None:
    try:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    except sqlite3.OperationalError:
        mode = ""
    if str(mode).lower() != "wal":
        conn.execute("PRAGMA journal_mode = DELETE")


def _check_schema(conn: sqlite3.Connection) -> None:
    conn.executescript(_SCHEMA)
    rows = conn.execute("SELECT version FROM schema_version").fetchall()
    if not rows:
        conn.execute("INSERT INTO schema_version (version) VALUES (?)", (SCHEMA_VERSION,))
    elif len(rows) != 1 or rows[0][0] != SCHEMA_VERSION:
        raise CacheBroken(f"unknown cache schema {rows}")
