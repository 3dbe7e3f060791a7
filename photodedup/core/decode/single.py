"""One file in, one fingerprint record out: the per-file step any engine can map over.

:func:`fingerprint_record` is pure (no cache, no global state beyond the decoders'
one-time plugin set-up) and never raises on a bad picture: the failure is in the record.
It runs the same decoding and fingerprinting as a local scan
(:func:`photodedup.core.decode.image.analyse_file_full`, minus the structure thumbnail),
*in the calling process*: a native decoder crash takes that process with it.  A scan's
isolation comes from :class:`photodedup.core.decode.pool.DecodePool`; an engine mapping
this function should run it in worker processes it can lose (Spark's Python workers,
Dask workers with a nanny), see ``docs/scale.md``.

A record is a plain ``dict`` with the columns of
:data:`photodedup.core.store.parquet.SCHEMA` (:data:`RECORD_FIELDS`), so records can be
written straight to Parquet and read back by ``photodedup cache import``::

    >>> from photodedup.core.decode.single import fingerprint_record
    >>> record = fingerprint_record("/photos/a.jpg")          # doctest: +SKIP
    >>> record["width"], record["error"], len(record["fingerprint"])  # doctest: +SKIP
    (4000, None, 468)
"""

from __future__ import annotations

import os
from typing import Any

from photodedup.core.config import ScanOptions
from photodedup.core.types import ErrorKind, FileIdentity, PhotoFile
from photodedup.core.versions import ALGO_ID

RECORD_FIELDS = (
    "path",  # bytes (os.fsencode) from a path; str as given by an engine
    "algo",  # the fingerprint algorithm (photodedup.core.versions.ALGO_ID)
    "size",
    "mtime_ns",  # None when unknown (bytes in, no mtime given)
    "ctime_ns",
    "ino",
    "dev",
    "width",
    "height",
    "format",
    "taken",
    "camera",
    "content_key",
    "notes",  # decoder warnings joined by newlines, or None
    "fingerprint",  # FINGERPRINT_BYTES bytes, None on failure
    "error",  # None, or an ErrorKind value
    "message",
)

Record = dict[str, Any]


def fingerprint_record(
    source: bytes | str | os.PathLike[str],
    *,
    path: str | bytes | None = None,
    mtime_ns: int | None = None,
    options: ScanOptions | None = None,
    content_key: bool = True,
) -> Record:
    """The fingerprint record of one photo, given as its bytes or a path.

    ``source``: the file's bytes (e.g. Spark's ``binaryFile`` ``content``) or a local
    path (read safely: no symlinks, FIFOs or devices; checked not to change while read).
    ``path`` / ``mtime_ns`` label a record made from bytes (a path source fills them from
    ``lstat``).  ``options``: the pixel and byte limits (default: a scan's).
    ``content_key`` False leaves the byte hash empty (saves ~10 %; an empty key never
    labels a group exact).  Never raises for a bad picture: ``error``/``message`` say
    what went wrong and ``fingerprint`` is None.
    """
    options = options or ScanOptions()
    record: Record = dict.fromkeys(RECORD_FIELDS)
    record["algo"] = ALGO_ID
    try:
        data = _read(source, options, record)
        if path is not None:
            record["path"] = path
        if mtime_ns is not None:
            record["mtime_ns"] = int(mtime_ns)
        record["size"] = len(data)
        _fill(record, data, options, content_key)
    except Exception as exc:
        _fail(record, exc)
    return record


def _read(source: bytes | str | os.PathLike[str], options: ScanOptions, record: Record) -> bytes:
    from photodedup.core.decode.files import DecodeError, read_stable

    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        if len(data) > options.max_file_bytes:
            raise DecodeError(ErrorKind.TOO_LARGE, f"over the {options.max_file_bytes} byte limit")
        return data
    text = os.fspath(source)
    record["path"] = os.fsencode(text)
    try:
        st = os.lstat(text)
    except FileNotFoundError:
        raise DecodeError(ErrorKind.VANISHED, "the file no longer exists") from None
    except PermissionError:
        raise DecodeError(ErrorKind.PERMISSION, "permission denied") from None
    identity = FileIdentity.from_stat(st)
    record.update(
        size=identity.size,
        mtime_ns=identity.mtime_ns,
        ctime_ns=identity.ctime_ns,
        ino=identity.ino,
        dev=identity.dev,
    )
    return read_stable(PhotoFile(text, identity, root=text), options.max_file_bytes)


def _fill(record: Record, data: bytes, options: ScanOptions, with_key: bool) -> None:
    from photodedup.core import fingerprint as hashing
    from photodedup.core.decode.image import content_key, decode

    decoded = decode(
        data, max_pixels=options.max_pixels, min_side=hashing.DECODE_MIN_SIDE, ycc=True
    )
    info = decoded.info
    record.update(
        width=info.width,
        height=info.height,
        format=info.format,
        taken=info.taken,
        camera=info.camera,
        content_key=content_key(data) if with_key else "",
        notes="\n".join(decoded.warnings) or None,
        fingerprint=hashing.fingerprint_image(decoded.image, captured=decoded.captured).to_bytes(),
    )


def _fail(record: Record, exc: BaseException) -> None:
    from photodedup.core.decode.files import DecodeError

    if isinstance(exc, DecodeError):
        kind, message = exc.kind, exc.message
    elif isinstance(exc, MemoryError):
        kind, message = ErrorKind.TOO_LARGE, "not enough memory to decode"
    else:  # an unexpected decoder error costs only this file
        kind, message = ErrorKind.UNREADABLE, f"{type(exc).__name__}: {exc}"
    record.update(error=kind.value, message=message, fingerprint=None)
