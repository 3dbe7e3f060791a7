"""Fingerprints in bulk: the hash cache to and from Parquet (needs ``pyarrow``).

One row per file, the columns of :data:`photodedup.core.decode.single.RECORD_FIELDS`
(what :func:`~photodedup.core.decode.single.fingerprint_record` returns, so a cluster job
mapping that function writes files this module reads):

* ``export_cache(cache, dest, roots=None)``: every cached photo (and cached failure),
  optionally only under ``roots``, with its full identity.
* ``import_records(cache, source, path_map=(), check=True)``: rows into the hash cache.
  Identity on shared storage: another machine sees another ``st_dev`` (and some file
  systems other inodes and ctimes), and an engine may give mtimes in ms or us.  So with
  ``check`` each file is ``lstat``-ed here (after ``path_map`` prefix rewrites, e.g.
  ``/mnt/archive`` -> ``/Volumes/archive``) and a row is taken only when the size and the
  mtime (to the row's own precision) match; it is stored with *this* machine's identity,
  so the next scan here reads it from the cache.  Without ``check`` a row's own identity
  (all five fields needed) is stored as it is (a cache moved between machines that see the
  same file system the same way).
* ``read_fingerprints(source)``: paths, :class:`FingerprintArrays` and content keys
  straight from the columns (no per-photo Python object), to group millions of
  fingerprints on one node whether or not the files are reachable from it
  (:mod:`photodedup.core.group.bulk`); ``photos_at(source, rows)`` the full records of
  the few rows that end up in groups, ``read_failures(source)`` the failed ones.

Rows of another fingerprint algorithm (``algo``) are skipped, never mixed in.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from photodedup.core.decode.single import RECORD_FIELDS, Record
from photodedup.core.store import rows as cache_rows
from photodedup.core.store.hashes import CACHED_ERROR_KINDS, HashCache
from photodedup.core.types import ErrorKind, FileIdentity, ImageInfo, Photo, PhotoFile, ScanError
from photodedup.core.versions import ALGO_ID

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt
    import pyarrow as pa

    from photodedup.core.fingerprint import FingerprintArrays

ROWS_PER_GROUP = 65_536
STORE_CHUNK = 50_000
_PRECISIONS = (10**9, 10**6, 10**3, 1)  # an mtime's own precision: s, ms, us, ns


def schema() -> pa.Schema:
    """The Parquet schema of fingerprint records."""
    import pyarrow as pa

    from photodedup.core.fingerprint import FINGERPRINT_BYTES

    types = {
        "path": pa.binary(),
        "algo": pa.string(),
        "size": pa.int64(),
        "mtime_ns": pa.int64(),
        "ctime_ns": pa.int64(),
        "ino": pa.uint64(),
        "dev": pa.uint64(),
        "width": pa.int32(),
        "height": pa.int32(),
        "format": pa.string(),
        "taken": pa.string(),
        "camera": pa.string(),
        "content_key": pa.string(),
        "notes": pa.string(),
        "fingerprint": pa.binary(FINGERPRINT_BYTES),
        "error": pa.string(),
        "message": pa.string(),
    }
    fields = [pa.field(name, types[name]) for name in RECORD_FIELDS]
    return pa.schema(fields, metadata={"photodedup.algo": ALGO_ID})


def write_records(records: Iterable[Record], dest: str | Path) -> int:
    """Write fingerprint records (dicts) to a Parquet file; the number of rows."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    target = schema()
    written = 0
    with pq.ParquetWriter(str(dest), target, compression="zstd") as writer:
        batch: list[Record] = []
        for record in records:
            path = record.get("path")
            batch.append({**record, "path": os.fsencode(path) if isinstance(path, str) else path})
            if len(batch) >= ROWS_PER_GROUP:
                writer.write_table(pa.Table.from_pylist(batch, schema=target))
                written, batch = written + len(batch), []
        if batch:
            writer.write_table(pa.Table.from_pylist(batch, schema=target))
            written += len(batch)
    return written


def export_cache(
    cache: HashCache, dest: str | Path, roots: Sequence[str] | None = None
) -> tuple[int, int]:
    """Write the cache's photos and failures (under ``roots``, default all) to ``dest``;
    (photos, failures) written."""
    absolute = [os.path.abspath(r) for r in roots] if roots else ["/"]  # noqa: PTH100
    records, failures = cache.load_roots(absolute)
    counts = [0, 0]

    def rows() -> Iterator[Record]:
        for path, blob in records.items():
            record = cache_rows.unpack(blob)
            if record is not None:
                counts[0] += 1
                yield _photo_record(path, record)
        for row in failures.values():
            if cache_rows.failure_ok(row):
                counts[1] += 1
                yield _failure_record(row)

    write_records(rows(), dest)
    return counts[0], counts[1]


def _photo_record(path: bytes, record: cache_rows.Record) -> Record:
    (dev, ino, size, mtime_ns, ctime_ns), fingerprint, info, content_key, notes = record
    width, height, fmt, taken, camera = info
    values = (
        *(path, ALGO_ID, size, mtime_ns, ctime_ns, ino, dev, width, height, fmt, taken),
        *(camera, content_key, notes, fingerprint, None, None),
    )
    return dict(zip(RECORD_FIELDS, values, strict=True))


def _failure_record(row: Sequence[Any]) -> Record:
    path, dev, ino, size, mtime_ns, ctime_ns, kind, message = row
    u64 = 1 << 64  # failure rows keep dev/ino >= 2**63 as negative numbers
    record = dict.fromkeys(RECORD_FIELDS)
    record.update(path=path, algo=ALGO_ID, size=size, mtime_ns=mtime_ns, ctime_ns=ctime_ns)
    record.update(ino=ino % u64, dev=dev % u64, error=kind, message=message)
    return record


@dataclass
class ImportCounts:
    """What an import did with the rows it read."""

    photos: int = 0
    failures: int = 0
    missing: int = 0  # not found here (after path_map)
    changed: int = 0  # size or mtime differ from the row's: decoded again by a scan
    skipped: int = 0  # another algorithm, a damaged row, or no identity to trust


def import_records(
    cache: HashCache,
    source: str | Path,
    *,
    path_map: Sequence[tuple[str, str]] = (),
    check: bool = True,
) -> ImportCounts:
    """Store the rows of a Parquet file of fingerprint records in ``cache``."""
    import pyarrow.parquet as pq

    from photodedup.core.fingerprint import FINGERPRINT_BYTES

    counts = ImportCounts()
    parquet = pq.ParquetFile(str(source))
    present = [name for name in RECORD_FIELDS if name in parquet.schema_arrow.names]
    for batch in parquet.iter_batches(batch_size=ROWS_PER_GROUP, columns=present):
        columns = batch.to_pydict()
        rows = [
            dict(zip(columns, values, strict=True))
            for values in zip(*columns.values(), strict=True)
        ]
        photos: list[Photo] = []
        notes: dict[str, list[str]] = {}
        failures: list[tuple[PhotoFile, ScanError]] = []
        for row in rows:
            file = _file_here(row, path_map, check, counts)
            if file is None:
                continue
            if row.get("error"):
                kind = ErrorKind(row["error"])
                if kind in CACHED_ERROR_KINDS:
                    failures.append((file, ScanError(file.path, kind, row.get("message") or "")))
                    counts.failures += 1
                continue
            fingerprint = row.get("fingerprint")
            if not isinstance(fingerprint, bytes) or len(fingerprint) != FINGERPRINT_BYTES:
                counts.skipped += 1
                continue
            info = ImageInfo(
                int(row["width"]), int(row["height"]), row.get("format") or "",
                row.get("taken"), row.get("camera"),
            )  # fmt: skip
            photos.append(Photo(file, info, fingerprint, row.get("content_key") or ""))
            if row.get("notes"):
                notes[file.path] = row["notes"].split("\n")
            counts.photos += 1
        for start in range(0, len(photos), STORE_CHUNK):
            cache.store_many(photos[start : start + STORE_CHUNK], notes)
        cache.store_errors(failures)
    return counts


def _file_here(
    row: Record, path_map: Sequence[tuple[str, str]], check: bool, counts: ImportCounts
) -> PhotoFile | None:
    """The row's file as this machine sees it, or None (counted) when it cannot be used."""
    if row.get("algo") not in (None, ALGO_ID) or row.get("path") is None:
        counts.skipped += 1
        return None
    path = local_path(row["path"], path_map)
    if not check:
        fields = [row.get(name) for name in ("dev", "ino", "size", "mtime_ns", "ctime_ns")]
        numbers = [int(value) for value in fields if value is not None]
        if len(numbers) < len(fields):
            counts.skipped += 1
            return None
        return PhotoFile(path, FileIdentity(*numbers), root="")
    try:
        st = os.lstat(path)
    except OSError:
        counts.missing += 1
        return None
    here = FileIdentity.from_stat(st)
    recorded = row.get("mtime_ns")
    if (
        not stat.S_ISREG(st.st_mode)
        or recorded is None
        or here.size != row.get("size")
        or not same_mtime(here.mtime_ns, int(recorded))
    ):
        counts.changed += 1
        return None
    return PhotoFile(path, here, root="")


def same_mtime(here_ns: int, recorded_ns: int) -> bool:
    """Whether an mtime seen here is the recorded one, to the recorded one's precision
    (an engine may keep milli- or microseconds)."""
    for unit in _PRECISIONS:
        if recorded_ns % unit == 0:
            return here_ns // unit == recorded_ns // unit
    return here_ns == recorded_ns


def local_path(path: str | bytes, path_map: Sequence[tuple[str, str]] = ()) -> str:
    """A row's path as a local path: ``file:`` URLs unwrapped, the first matching
    ``(old prefix, new prefix)`` of ``path_map`` applied."""
    text = os.fsdecode(path)
    if text.startswith("file:"):
        text = "/" + text[len("file:") :].lstrip("/")
    for old, new in path_map:
        if text == old or text.startswith(old.rstrip("/") + "/"):
            return new.rstrip("/") + text[len(old.rstrip("/")) :]
    return text


@dataclass
class Fingerprints:
    """Fingerprints read in bulk: ``paths[k]``'s fingerprint is row k of ``arrays``, read
    from row ``rows[k]`` of the file."""

    paths: list[str]
    arrays: FingerprintArrays
    content_keys: list[str]
    rows: npt.NDArray[np.int64]


@dataclass
class FingerprintColumns:
    """:class:`Fingerprints` with the paths and content keys left as Arrow columns (no
    Python object per photo: ~3x less memory for millions of rows)."""

    paths: pa.ChunkedArray  # binary
    arrays: FingerprintArrays
    content_keys: pa.ChunkedArray  # string, may hold nulls
    rows: npt.NDArray[np.int64]


def read_columns(source: str | Path) -> FingerprintColumns:
    """The photos (rows with a fingerprint of this algorithm) of a Parquet file, the
    fingerprints parsed straight from the column's buffer."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    from photodedup.core.fingerprint import FingerprintArrays

    table = pq.read_table(str(source), columns=["path", "algo", "content_key"])
    file = pq.ParquetFile(str(source))
    fields: dict[str, np.ndarray[Any, Any]] = {}
    rows: list[npt.NDArray[np.int64]] = []
    done = seen = 0
    # Batch by batch into arrays made once: the whole column read at once would hold
    # ~0.5 KB a row twice (Arrow's and the parsed arrays).
    for batch in file.iter_batches(batch_size=ROWS_PER_GROUP, columns=["algo", "fingerprint"]):
        usable = pc.and_(pc.is_valid(batch["fingerprint"]), pc.equal(batch["algo"], ALGO_ID))
        usable = pc.fill_null(usable, False)
        picked = np.flatnonzero(usable.to_numpy(zero_copy_only=False))
        rows.append(picked.astype(np.int64) + seen)
        seen += len(batch)
        column = batch["fingerprint"].filter(usable)
        width = column.type.byte_width
        data = np.frombuffer(column.buffers()[1], dtype=np.uint8)
        start = column.offset * width
        parsed = FingerprintArrays.from_matrix(data[start : start + len(column) * width])
        for name, values in _present(parsed).items():
            if name not in fields:  # room for every row: pages never written cost nothing
                fields[name] = np.empty((file.metadata.num_rows, *values.shape[1:]), values.dtype)
            fields[name][done : done + len(values)] = values
        done += len(column)
    if fields:
        arrays = FingerprintArrays(**{name: values[:done] for name, values in fields.items()})
    else:
        arrays = FingerprintArrays.from_matrix(np.empty(0, dtype=np.uint8))
    where = np.concatenate(rows) if rows else np.empty(0, dtype=np.int64)
    keep = pa.array(where, type=pa.int64())
    paths, keys = table["path"].take(keep), table["content_key"].take(keep)
    return FingerprintColumns(paths, arrays, keys, where)


def _present(arrays: FingerprintArrays) -> dict[str, np.ndarray[Any, Any]]:
    """The arrays of ``arrays`` that are present, by field name."""
    names = ("keys", "centre_keys", "thumbs", "figures", "turned", "colour", "chroma")
    return {n: getattr(arrays, n) for n in names if getattr(arrays, n) is not None}


def read_fingerprints(source: str | Path) -> Fingerprints:
    """:func:`read_columns` with the paths and content keys as lists of ``str``."""
    got = read_columns(source)
    paths = [os.fsdecode(p) for p in got.paths.to_pylist()]
    keys = [k or "" for k in got.content_keys.to_pylist()]
    return Fingerprints(paths, got.arrays, keys, got.rows)


def read_failures(source: str | Path) -> list[ScanError]:
    """The rows of a Parquet file that record a failure (``error`` set), as scan errors."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    table = pq.read_table(str(source), columns=["path", "algo", "error", "message"])
    failed = pc.and_(pc.is_valid(table["error"]), pc.equal(table["algo"], ALGO_ID))
    table = table.filter(pc.fill_null(failed, False)).to_pydict()
    rows = zip(table["path"], table["error"], table["message"], strict=True)
    return [ScanError(os.fsdecode(p), ErrorKind(e), m or "") for p, e, m in rows]


def photos_at(
    source: str | Path, rows: Sequence[int], path_map: Sequence[tuple[str, str]] = ()
) -> tuple[list[Photo], list[bool], dict[str, list[str]]]:
    """The photos of ``rows`` (row numbers of the file, e.g. :attr:`Fingerprints.rows`):
    each with this machine's identity where its file is here unchanged (same size and
    mtime, after ``path_map``), else with the row's own; whether each file is here; the
    decoders' notes per path."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pq.read_table(str(source)).take(pa.array(rows, type=pa.int64())).to_pylist()
    photos: list[Photo] = []
    here: list[bool] = []
    notes: dict[str, list[str]] = {}
    for row in table:
        file = _file_here(row, path_map, True, ImportCounts())
        here.append(file is not None)
        if file is None:
            file = _file_here(row, path_map, False, ImportCounts())
        if file is None:  # an engine's record without inode (bytes in): matches no file
            size, mtime = int(row.get("size") or 0), int(row.get("mtime_ns") or 0)
            file = PhotoFile(
                local_path(row["path"], path_map), FileIdentity(0, 0, size, mtime, 0), ""
            )
        info = ImageInfo(
            int(row["width"] or 0), int(row["height"] or 0), row.get("format") or "",
            row.get("taken"), row.get("camera"),
        )  # fmt: skip
        photos.append(Photo(file, info, row["fingerprint"], row.get("content_key") or ""))
        if row.get("notes"):
            notes[file.path] = row["notes"].split("\n")
    return photos, here, notes
