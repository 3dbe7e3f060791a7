"""Persistent SQLite cache of fingerprints, so unchanged files are never decoded twice.

Contract: ``HashCache(path=None)`` (default ``paths.cache_db_path()``):

* ``lookup(file) -> Photo | None`` and ``lookup_many(files) -> (photos, errors, misses)``
  (bulk: ``load_roots`` reads every row under the files' roots into dicts, one indexed
  range query per root and table; up to ``POINT_LOOKUPS`` files are read by path).
* ``lookup_library(files) -> LibraryAnswer`` (what a scan uses): unchanged folders come
  from their snapshots (:mod:`photodedup.core.store.folders`), the rest from
  ``lookup_many``; ``store_folders(answer.unsaved, photos, troubled)`` writes the
  snapshots of the folders that had none once their photos are known.
* ``store_many(photos, notes=None)`` / ``store_errors(pairs)``: one transaction per call;
  ``notes`` are decoder warnings per path, returned by ``lookup_many`` as WARNING errors.
* ``all_photos(roots=None) -> list[Photo]`` (for ``photodedup find``).
* ``forget(answer.gone.decide())``: drop the rows of files that are gone
  (:mod:`photodedup.core.store.gone`; what ``lookup_library`` saw and the scan did not list).

The key is the path bytes (``os.fsencode``) + ``hashing.ALGO_ID`` with the file identity
(dev, ino, size, mtime_ns, ctime_ns) that must match exactly: content replaced with the
same size and mtime still changes ctime, and a file renamed over another path changes
the inode, so both are re-hashed (safety G18).  Deterministic decode failures
(truncated, unreadable, unsupported) are cached the same way.  Writing a path's row drops
the rows other fingerprint versions left for it (an update that bumps ``ALGO_ID`` would
otherwise leave the whole library's old rows behind).

Schema 3 stores each photo as one packed record (:mod:`photodedup.core.store.rows`); a
schema-2 database is upgraded in place when opened.  A damaged record (does not
unmarshal, wrong shape or types) is a miss for its file, logged once.

The SQLite layout, its version and the schema-2 upgrade live in
:mod:`photodedup.core.store.schema`.

Self-healing (G19/G20, bad input #35/#36): a corrupt, unknown-version or foreign-layout
database is closed, moved aside together with its ``-wal``/``-shm`` files
(``*.corrupt-<timestamp>``) and rebuilt; a read-only or full disk turns the cache off
for this run.  Each logs one
warning.  One connection per thread (never shared across ``fork``); WAL journal with a
fallback to DELETE; ``busy_timeout`` 5 s.
"""

from __future__ import annotations

import contextlib
import logging
import operator
import os
import sqlite3
import threading
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from photodedup.core import paths
from photodedup.core.store import folders as cache_folders
from photodedup.core.store import ranges
from photodedup.core.store import rows as cache_rows
from photodedup.core.store.folders import Folders, LibraryAnswer
from photodedup.core.store.gone import Candidate, GoneFinder, GoneRows, forget_rows, unlisted
from photodedup.core.store.schema import (  # SCHEMA_VERSION: re-exported
    ID_COLUMNS,
    SCHEMA_VERSION,  # noqa: F401
    CacheBroken,
    check_schema,
    is_schema_error,
    set_journal_mode,
)
from photodedup.core.store.sqlite import set_aside
from photodedup.core.types import ErrorKind, Photo, PhotoFile, ScanError
from photodedup.core.versions import ALGO_ID

log = logging.getLogger(__name__)

CACHED_ERROR_KINDS = frozenset({ErrorKind.TRUNCATED, ErrorKind.UNREADABLE, ErrorKind.UNSUPPORTED})
_first = operator.itemgetter(0)


# What ``HashCache.load_roots`` returns, keyed by path bytes: (packed photo records,
# failure rows (path, dev, ino, size, mtime_ns, ctime_ns, kind, message)).
CachedRows = tuple[dict[bytes, bytes], dict[bytes, Any]]
POINT_LOOKUPS = 4096  # up to this many files are looked up by path, not by a range read


class HashCache:
    """Fingerprints and decode failures keyed by path + file identity + algorithm."""

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else paths.cache_db_path()
        self.enabled = True
        self._local = threading.local()
        self._lock = threading.Lock()
        self._connections: list[sqlite3.Connection] = []
        self._warned = False
        self._warned_damaged = False
        with contextlib.suppress(CacheBroken):
            self._conn()

    # -- connection management -------------------------------------------------------------

    def _conn(self) -> sqlite3.Connection | None:
        if not self.enabled:
            return None
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
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
        set_journal_mode(conn)
        check_schema(conn)
        return conn

    def _set_aside(self, exc: BaseException) -> bool:
        """Move the broken database and its -wal/-shm aside, then close every connection.

        Renaming first matters: closing the last connection would delete the -wal file.
        """
        try:
            set_aside(self.path)
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
            if is_schema_error(exc):  # e.g. "no such column": a foreign layout
                self._set_aside(exc)
            else:  # disk full, read-only, locked...: go on without a cache
                self._disable(f"hash cache {action} failed: {exc}")
        except sqlite3.DatabaseError as exc:
            self._set_aside(exc)
        return None

    # -- reads -----------------------------------------------------------------------------

    def lookup(self, file: PhotoFile) -> Photo | None:
        """The cached photo for ``file`` if its identity is unchanged, else None."""
        sql = "SELECT record FROM photos WHERE path = ? AND algo = ?"
        for (blob,) in self._select(sql, (os.fsencode(file.path), ALGO_ID)):
            record = self._unpack(blob)
            if record is not None and record[0] == file.identity:
                return cache_rows.photo(file, record)
        return None

    def lookup_library(
        self, files: Sequence[PhotoFile], folders: Folders | None = None
    ) -> LibraryAnswer:
        """:meth:`lookup_many`, with every folder whose snapshot is current answered from
        it (:mod:`photodedup.core.store.folders`): one row per unchanged folder.

        ``folders``: ``cache_folders.by_folder(files)`` if the caller has it already
        (``discover.FileList.folders``)."""
        listed = cache_folders.by_folder(files) if folders is None else folders
        roots = {f.root for f in files}
        gone = GoneFinder()
        answered = self._match_snapshots(roots, listed, gone)
        gone.unlisted_files(self._unlisted_failures(roots, listed))
        photos: list[Photo] = []
        rest: list[PhotoFile] = []
        unsaved: Folders = []
        for n, (folder, group) in enumerate(listed):
            found = answered.get(n)
            if found is None:
                rest += group
                unsaved.append((folder, group))
            else:
                photos += found
        more, errors, misses = self.lookup_many(rest) if rest else ([], [], [])
        return LibraryAnswer(photos + more, errors, misses, unsaved, gone)

    def store_folders(self, folders: Folders, photos: Iterable[Photo], troubled: set[str]) -> None:
        """Write the snapshot of each of ``folders`` whose files are all among ``photos``
        and none among the ``troubled`` paths (one transaction)."""
        if not folders:
            return
        rows = [
            (folder, ALGO_ID, blob)
            for folder, blob in cache_folders.snapshots_to_write(folders, photos, troubled)
        ]
        sql = "INSERT OR REPLACE INTO folders (path, algo, record) VALUES (?, ?, ?)"
        if rows:
            self._run("write", lambda c: _in_transaction(c, sql, rows, "folders"))

    def _match_snapshots(
        self, roots: Iterable[str], listed: Folders, gone: GoneFinder
    ) -> dict[int, list[Photo]]:
        """Position in ``listed`` -> the photos of that folder's files, for each folder
        whose snapshot under ``roots`` is current; the snapshots are read one at a time as
        the query yields them (~760 bytes a photo: 76 MB for 100,000 photos never held at
        once).  A folder listed twice (a file root inside a folder root) is not answered:
        one snapshot cannot hold both lists.  Snapshots of folders not listed, or that no
        longer match, tell ``gone`` which files may be gone."""
        sql = ranges.under_root_sql("path, record", "folders")
        where = ranges.positions(listed)
        found: dict[int, list[Photo]] = {}

        def read(conn: sqlite3.Connection, args: tuple[Any, ...]) -> None:
            for path, blob in conn.execute(sql, args):
                folder = os.fsdecode(path)
                n = where.get(folder)
                if n is None:
                    gone.unlisted_folder(folder, blob)
                    continue
                photos = None if n < 0 else cache_folders.match(blob, listed[n][1])
                if photos is not None:
                    found[n] = photos
                elif n >= 0:
                    gone.changed_folder(blob, [f.path for f in listed[n][1]])

        for args in ranges.root_args(roots, ALGO_ID):
            self._run("read", lambda conn, args=args: read(conn, args))
        return found

    def _unlisted_failures(self, roots: Iterable[str], listed: Folders) -> list[Candidate]:
        """Cached decode failures under ``roots`` whose files are not ``listed``."""
        sql = ranges.under_root_sql("path, dev", "failures")
        rows: list[Any] = []
        for args in ranges.root_args(roots, ALGO_ID):
            rows += self._select(sql, args)
        return unlisted(rows, listed, ranges.positions(listed)) if rows else []

    def forget(self, rows: GoneRows) -> None:
        """Drop every version's rows of these gone files and folder snapshots."""
        if not rows.files and not rows.folders:
            return
        log.info("forgetting %d gone files, %d folders", len(rows.files), len(rows.folders))
        self._run("write", lambda conn: forget_rows(conn, rows))

    def lookup_many(
        self, files: Sequence[PhotoFile]
    ) -> tuple[list[Photo], list[ScanError], list[PhotoFile]]:
        """Split ``files`` into cached photos, cached failures and misses (bulk reads:
        a range read per root, or reads by path for up to ``POINT_LOOKUPS`` files)."""
        if len(files) <= POINT_LOOKUPS:
            records, failures = self._load_paths([os.fsencode(f.path) for f in files])
        else:
            records, failures = self.load_roots({f.root for f in files})
        try:
            return cache_rows.split(files, records, failures)
        except Exception:  # a damaged row: drop every damaged one, then split again
            records = {k: b for k, b in records.items() if self._unpack(b) is not None}
            usable = {k: r for k, r in failures.items() if cache_rows.failure_ok(r)}
            if len(usable) < len(failures):
                self._warn_damaged()
            return cache_rows.split(files, records, usable)

    def _unpack(self, blob: object) -> cache_rows.Record | None:
        """``cache_rows.unpack(blob)``; a damaged record is logged (once per cache)."""
        record = cache_rows.unpack(blob)
        if record is None:
            self._warn_damaged()
        return record

    def _warn_damaged(self) -> None:
        if not self._warned_damaged:
            self._warned_damaged = True
            log.warning("hash cache %s: damaged rows ignored (files decoded again)", self.path)

    def _select(self, sql: str, args: tuple[Any, ...]) -> list[Any]:
        return self._run("read", lambda c: c.execute(sql, args).fetchall()) or []

    def load_roots(self, roots: Iterable[str]) -> CachedRows:
        """Photo and failure rows at or under the (absolute) ``roots``, keyed by path bytes.

        One indexed range read per table and root.
        """
        records: dict[bytes, bytes] = {}
        failure_rows: dict[bytes, Any] = {}
        photo_sql = ranges.under_root_sql("path, record", "photos")
        failure_sql = ranges.under_root_sql(f"path, {ID_COLUMNS}, kind, message", "failures")
        for args in ranges.root_args(roots, ALGO_ID):
            records.update(self._select(photo_sql, args))  # (path, record) pairs
            failure_rows.update(_by_path(self._select(failure_sql, args)))
        return records, failure_rows

    def _load_paths(self, keys: Sequence[bytes]) -> CachedRows:
        """Photo records and failure rows of these paths (path bytes), keyed by path."""
        records: dict[bytes, bytes] = {}
        failure_rows: dict[bytes, Any] = {}
        for start in range(0, len(keys), 500):  # SQLite's bound-parameter limit is >= 999
            chunk = tuple(keys[start : start + 500])
            where = f"algo = ? AND path IN ({','.join('?' * len(chunk))})"
            records.update(self._select(f"SELECT path, record FROM photos WHERE {where}",
                                        (ALGO_ID, *chunk)))  # fmt: skip
            failures = f"SELECT path, {ID_COLUMNS}, kind, message FROM failures WHERE {where}"
            failure_rows.update(_by_path(self._select(failures, (ALGO_ID, *chunk))))
        return records, failure_rows

    def all_photos(self, roots: Iterable[str] | None = None) -> list[Photo]:
        """Every cached photo (optionally only under ``roots``), as last seen."""
        if roots is not None:
            absolute = [os.path.abspath(r) for r in roots]  # noqa: PTH100 - lexical, no symlinks
            found = list(self.load_roots(absolute)[0].items())
        else:
            found = self._select("SELECT path, record FROM photos WHERE algo = ?", (ALGO_ID,))
        photos = []
        for path, blob in found:
            record = self._unpack(blob)
            if record is not None:
                photos.append(cache_rows.photo(cache_rows.file_of(path, record), record))
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
        packed = [
            (os.fsencode(p.path), ALGO_ID, cache_rows.pack(p, notes.get(p.path, ())))
            for p in photos
        ]
        sql = "INSERT OR REPLACE INTO photos (path, algo, record) VALUES (?, ?, ?)"
        if packed:
            self._run("write", lambda c: _in_transaction(c, sql, packed, "photos"))

    def store_errors(self, failures: Iterable[tuple[PhotoFile, ScanError]]) -> None:
        """Remember deterministic decode failures (other kinds are not cached)."""
        identity_row = cache_rows.identity_row
        rows = [
            (os.fsencode(f.path), ALGO_ID, *identity_row(f.identity), e.kind.value, e.message)
            for f, e in failures
            if e.kind in CACHED_ERROR_KINDS
        ]
        sql = f"INSERT OR REPLACE INTO failures (path, algo, {ID_COLUMNS}, kind, message) "
        sql += "VALUES (?,?,?,?,?,?,?,?,?)"
        if rows:
            self._run("write", lambda c: _in_transaction(c, sql, rows, "failures"))


def _by_path(rows: list[Any]) -> dict[bytes, Any]:
    """Rows keyed by their first column (the path), built without a Python step per row."""
    return dict(zip(map(_first, rows), rows, strict=True))


def _in_transaction(
    conn: sqlite3.Connection, sql: str, rows: list[tuple[Any, ...]], table: str
) -> None:
    """Write ``rows`` ((path, algo, ...) into ``table``) with ``sql``; the rows that other
    fingerprint versions (``ALGO_ID``) left for those paths go (after an update bumps it,
    the cache would otherwise hold the whole library twice)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        stale = f"DELETE FROM {table} WHERE path = ? AND algo != ?"  # table: our own names
        conn.executemany(stale, [row[:2] for row in rows])
        conn.executemany(sql, rows)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
