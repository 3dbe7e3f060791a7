"""Folder snapshots: one hash-cache row per folder, so an unchanged folder is answered
with one read and a few C-level comparisons instead of a row and a loop step per photo.

A snapshot is written for a folder whose every discovered photo file was hashed without
a problem, and holds, in discovery order, each file's path and identity (dev, ino, size,
mtime_ns, ctime_ns) with its image facts, fingerprint and content key.  It answers a
later scan only if that scan discovers exactly the same paths with exactly the same
identities in that folder: the promise the per-photo rows make (an unchanged identity
means unchanged content), checked for the whole folder at once.  Anything else (a file
added, removed, renamed or touched, a photo with a problem) falls back to the per-photo
rows, and the folder's snapshot is written again at the end of the scan.

Stored form: ``crc32 (4 bytes, little endian) + marshal.dumps((LAYOUT, paths, identities,
infos, fingerprints, content_keys), 4)``; a damaged snapshot (checksum, unmarshal, shape)
or one of another layout is ignored, never trusted.
"""

from __future__ import annotations

import itertools
import marshal
import os
import zlib
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from photodedup.core.discover.walker import folder_of
from photodedup.core.types import ImageInfo, Photo, PhotoFile, ScanError, new_info, new_photo

if TYPE_CHECKING:
    from photodedup.core.store.gone import GoneFinder

FOLDERS_TABLE = """CREATE TABLE IF NOT EXISTS folders (
    path BLOB NOT NULL, algo TEXT NOT NULL, record BLOB NOT NULL,
    PRIMARY KEY (path, algo)) WITHOUT ROWID"""
MARSHAL_VERSION = 4
LAYOUT = f"1:{len(ImageInfo._fields)}"  # bump the number whenever the tuple below changes


Folders = list[tuple[str, list[PhotoFile]]]  # (folder, its files), as by_folder gives them


class LibraryAnswer(NamedTuple):
    """What the cache knows of a scan's files (``HashCache.lookup_library``)."""

    photos: list[Photo]
    errors: list[ScanError]
    misses: list[PhotoFile]
    unsaved: Folders  # folders without a current snapshot: for ``HashCache.store_folders``
    gone: GoneFinder | None = None  # cached rows whose files the scan did not list


def by_folder(files: Iterable[PhotoFile]) -> list[tuple[str, list[PhotoFile]]]:
    """Runs of consecutive ``files`` in one folder (discovery lists a folder at a time)."""
    return [(folder, list(run)) for folder, run in itertools.groupby(files, key=folder_of)]


def pack(photos: Sequence[Photo]) -> bytes:
    """The snapshot of a folder whose photos are ``photos`` (in discovery order)."""
    files = [p.file for p in photos]
    body = marshal.dumps(
        (
            LAYOUT,
            [f.path for f in files],
            [tuple(f.identity) for f in files],
            [tuple(p.info) for p in photos],
            [p.fingerprint for p in photos],
            [p.content_key for p in photos],
        ),
        MARSHAL_VERSION,
    )
    return zlib.crc32(body).to_bytes(4, "little") + body


def match(blob: Any, files: list[PhotoFile]) -> list[Photo] | None:
    """The photos of ``files`` if ``blob`` is their folder's intact, current snapshot."""
    snapshot = _unpacked(blob)
    if snapshot is None:
        return None
    _, paths, identities, infos, fingerprints, content_keys = snapshot
    if paths != [f.path for f in files] or identities != [f.identity for f in files]:
        return None
    try:
        images = map(new_info, infos)
        return list(map(new_photo, zip(files, images, fingerprints, content_keys, strict=True)))
    except (TypeError, ValueError):  # not a snapshot's fields
        return None


def contents(blob: Any) -> tuple[list[str], list[tuple[int, ...]]] | None:
    """The paths and identities an intact snapshot of the current layout lists, else None."""
    snapshot = _unpacked(blob)
    if snapshot is None or len(snapshot[1]) != len(snapshot[2]):
        return None
    return snapshot[1], snapshot[2]


def _unpacked(blob: Any) -> tuple[Any, ...] | None:
    """The six fields of an intact snapshot of the current layout, else None."""
    try:
        body = blob[4:]
        if zlib.crc32(body) != int.from_bytes(blob[:4], "little"):
            return None
        fields = marshal.loads(body)
        if len(fields) != 6 or fields[0] != LAYOUT:
            return None
    except (TypeError, ValueError, EOFError):  # not a snapshot at all
        return None
    return tuple(fields)


def snapshots_to_write(
    folders: Folders,
    photos: Iterable[Photo],
    troubled: set[str],
) -> list[tuple[bytes, bytes]]:
    """(folder path bytes, snapshot) for each of ``folders`` whose every file is among
    ``photos`` and none among the ``troubled`` paths (errors, warnings)."""
    found = {p.file.path: p for p in photos}
    rows = []
    for folder, files in folders:
        chosen = [found.get(f.path) for f in files]
        if all(p is not None and p.path not in troubled for p in chosen):
            rows.append((os.fsencode(folder), pack(chosen)))  # type: ignore[arg-type]
    return rows
