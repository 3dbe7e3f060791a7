"""The hash cache's rows: packed photo records, failure rows, the bulk split, the upgrade.

A photo row is ``(path BLOB, algo TEXT, record BLOB)`` where ``record`` is
``marshal.dumps((identity, fingerprint, (width, height, format, taken, camera),
content_key, notes), 4)``: ``identity`` is (dev, ino, size, mtime_ns, ctime_ns) exactly
as ``lstat`` gave them (Python ints, no sign trick) and ``notes`` the decoder warnings
joined by newlines, or None.  Reading a row costs SQLite two columns and Python one
``marshal.loads``, where schema 2 (fourteen columns) built fourteen objects per row.

Damaged records (not unmarshallable, wrong shape or types) must never crash a scan:
:func:`split` checks cheaply what a hit hands out and raises on a damaged row (its
caller then drops every row :func:`unpack` / :func:`failure_ok` reject and splits
again); everything else reads through :func:`unpack`, where a damaged record is None.
A Python whose ``marshal`` could not read these bytes would see misses, not wrong data.

Failure rows keep schema 2's columns, dev/ino >= 2**63 stored as negative numbers.
"""

from __future__ import annotations

import logging
import marshal
import os
import sqlite3
import sys
import time
from collections.abc import Sequence
from typing import Any

from photodedup.core.types import (
    ErrorKind,
    FileIdentity,
    Photo,
    PhotoFile,
    ScanError,
    new_info,
    new_photo,
)

log = logging.getLogger(__name__)

MARSHAL_VERSION = 4  # readable by every Python since 3.4
PHOTOS_TABLE = """CREATE TABLE IF NOT EXISTS photos (
    path BLOB NOT NULL, algo TEXT NOT NULL, record BLOB NOT NULL,
    PRIMARY KEY (path, algo)) WITHOUT ROWID"""
_OPTIONAL_STR = (str, type(None))
_KINDS = frozenset(kind.value for kind in ErrorKind)
_U64 = 1 << 64
_V2_FIELDS = "dev, ino, size, mtime_ns, ctime_ns, fingerprint, width, height, format, "
_V2_FIELDS += "taken, camera, content_key, notes"
_FS_ENCODING, _FS_ERRORS = sys.getfilesystemencoding(), sys.getfilesystemencodeerrors()
_encode = str.encode
_loads = marshal.loads

Identity = tuple[int, int, int, int, int]
Info = tuple[int, int, str, str | None, str | None]
Record = tuple[Identity, bytes, Info, str, str | None]

# -- photo records -------------------------------------------------------------------------


def pack(photo: Photo, notes: Sequence[str] = ()) -> bytes:
    """The record stored for ``photo`` (``notes``: its decoder warnings)."""
    info = photo.info
    image = (info.width, info.height, info.format or "", info.taken, info.camera)
    record = (tuple(photo.file.identity), photo.fingerprint, image, photo.content_key or "")
    return marshal.dumps((*record, "\n".join(notes) or None), MARSHAL_VERSION)


def unpack(blob: object) -> Record | None:
    """The record in ``blob``, or None when it is damaged in any way (the careful path)."""
    try:
        record = marshal.loads(blob)  # type: ignore[arg-type]
    except Exception:  # whatever marshal raises on damaged bytes
        return None
    return record if valid(record) else None


def valid(record: Any) -> bool:
    """Whether ``record`` has exactly the shape and types of a :data:`Record`."""
    try:
        identity, fingerprint, info, content_key, notes = record
        width, height, fmt, taken, camera = info
    except (TypeError, ValueError):
        return False
    return (
        record.__class__ is tuple
        and identity.__class__ is tuple
        and len(identity) == 5
        and all(value.__class__ is int for value in identity)
        and fingerprint.__class__ is bytes
        and info.__class__ is tuple
        and width.__class__ is int
        and height.__class__ is int
        and fmt.__class__ is str
        and all(value.__class__ in _OPTIONAL_STR for value in (taken, camera, notes))
        and content_key.__class__ is str
    )


def photo(file: PhotoFile, record: Record) -> Photo:
    """The cached photo of ``file`` (whose identity is ``record``'s)."""
    return new_photo((file, new_info(record[2]), record[1], record[3]))


def file_of(path: bytes, record: Record) -> PhotoFile:
    """The file a record was stored for, as last seen (no root)."""
    return PhotoFile(os.fsdecode(path), FileIdentity(*record[0]), root="")


# -- failure rows --------------------------------------------------------------------------


def identity_row(identity: FileIdentity) -> tuple[int, ...]:
    """``identity`` as failure rows store it (dev/ino fitted into SQLite's signed INTEGER)."""
    return (
        _signed(identity.dev),
        _signed(identity.ino),
        identity.size,
        identity.mtime_ns,
        identity.ctime_ns,
    )


def _signed(value: int) -> int:
    return value - _U64 if value >= 1 << 63 else value


def _same(stored: tuple[int, ...], identity: FileIdentity) -> bool:
    """Whether a failure row's (dev, ino, size, mtime_ns, ctime_ns) is ``identity``.

    The plain tuple comparison is enough unless dev/ino needed ``_signed`` (stored < 0).
    """
    if stored == identity:
        return True
    return (stored[0] < 0 or stored[1] < 0) and stored == identity_row(identity)


def failure_ok(row: Sequence[Any]) -> bool:
    """Whether a failure row is usable: integer identity, known kind, text message."""
    identity_ok = all(value.__class__ is int for value in row[1:6])
    return identity_ok and row[6] in _KINDS and row[7].__class__ is str


# -- lookup_many's loop --------------------------------------------------------------------


def split(
    files: Sequence[PhotoFile], records: dict[bytes, bytes], failures: dict[bytes, Any]
) -> tuple[list[Photo], list[ScanError], list[PhotoFile]]:
    """``files`` as cached photos, cached failures and misses; raises on a damaged row.

    ``records`` and ``failures`` are keyed by path bytes (``HashCache.load_roots``).
    The hot loop of a warm rescan: one dict lookup and one ``marshal.loads`` per file;
    the type checks are :func:`valid`'s, inlined, for what a hit hands out.
    """
    photos: list[Photo] = []
    errors: list[ScanError] = []
    misses: list[PhotoFile] = []
    get = records.get
    for file in files:
        key = _encode(file.path, _FS_ENCODING, _FS_ERRORS)  # os.fsencode, inlined
        blob = get(key)
        if blob is not None:
            identity, fingerprint, info, content_key, notes = _loads(blob)
            if identity == file.identity:
                width, height, fmt, taken, camera = info
                if (
                    fingerprint.__class__ is not bytes
                    or width.__class__ is not int
                    or height.__class__ is not int
                    or fmt.__class__ is not str
                    or content_key.__class__ is not str
                    or taken.__class__ not in _OPTIONAL_STR
                    or camera.__class__ not in _OPTIONAL_STR
                    or notes.__class__ not in _OPTIONAL_STR
                ):
                    raise ValueError("damaged hash cache record")
                photos.append(new_photo((file, new_info(info), fingerprint, content_key)))
                if notes:
                    errors.extend(_warnings(file.path, notes))
                continue
        failure = failures.get(key) if failures else None
        if failure is not None and _same(failure[1:6], file.identity):
            errors.append(ScanError(file.path, ErrorKind(failure[6]), failure[7]))
            continue
        misses.append(file)
    return photos, errors, misses


def _warnings(path: str, notes: str) -> list[ScanError]:
    return [ScanError(path, ErrorKind.WARNING, note) for note in notes.split("\n")]


# -- the upgrade from schema 2 -------------------------------------------------------------


def migrate_v2(conn: sqlite3.Connection) -> None:
    """Rewrite a schema-2 ``photos`` table as packed records, in one transaction.

    Another process may have upgraded it meanwhile: the version is read again once the
    write lock is held.  Rows that do not make a valid record are dropped (decoded again).
    """
    start = time.perf_counter()
    conn.create_function("pack_v2", 13, _pack_v2, deterministic=True)
    conn.execute("BEGIN IMMEDIATE")
    try:
        upgrade = conn.execute("SELECT version FROM schema_version").fetchall() == [(2,)]
        kept = _rewrite_v2(conn) if upgrade else 0
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    if upgrade:
        seconds = time.perf_counter() - start
        log.info("hash cache upgraded to schema 3 (%d photos) in %.1f s", kept, seconds)


def _rewrite_v2(conn: sqlite3.Connection) -> int:
    """Pack every row into a temporary table, then refill ``photos`` from it.

    Dropping the old table before writing the new one lets the new rows reuse its
    pages, so the file does not double in size.
    """
    packed = f"SELECT path, algo, pack_v2({_V2_FIELDS}) AS record FROM photos"
    conn.execute(f"CREATE TEMP TABLE packed_v2 AS SELECT * FROM ({packed}) WHERE record NOT NULL")
    conn.execute("DROP TABLE photos")
    conn.execute(PHOTOS_TABLE)
    kept = conn.execute("INSERT INTO photos SELECT * FROM packed_v2").rowcount
    conn.execute("DROP TABLE packed_v2")
    conn.execute("UPDATE schema_version SET version = 3")
    return kept


def _pack_v2(*row: Any) -> bytes | None:
    """A schema-2 row's fields as a record; None if they do not make a valid one."""
    dev, ino, size, mtime_ns, ctime_ns, fingerprint, width, height, fmt, taken, camera = row[:11]
    if dev.__class__ is not int or ino.__class__ is not int:
        return None
    identity = (dev % _U64, ino % _U64, size, mtime_ns, ctime_ns)  # undo the sign trick
    info = (width, height, fmt or "", taken, camera)
    record = (identity, fingerprint, info, row[11] or "", row[12] or None)
    return marshal.dumps(record, MARSHAL_VERSION) if valid(record) else None
