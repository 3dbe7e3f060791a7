"""Remembered groupings: an unchanged library at the same settings is not regrouped.

Contract:

* ``memo_key(photos, threshold, keep_rules, damaged, *, rotations, apart) -> bytes``: a
  digest of everything the groups depend on: each photo's path, file identity (dev, ino,
  size, mtimes), content key and reference flag, in order; the threshold, keeper rules,
  damaged paths and the "not a duplicate" pairs (:mod:`photodedup.core.store.ignored`);
  the fingerprint algorithm and the grouping version.
* ``GroupMemo(path=None)`` (default ``paths.cache_dir() / "groups.sqlite3"``):
  ``get(key) -> list[Group] | None`` and ``put(key, groups)``; the ``KEEP`` most recently
  stored groupings are kept.  Any database problem (corrupt, read-only, full) makes the
  memo a miss, logged once; it never fails a scan.

Why fingerprints are not in the key: like the hash cache, the memo trusts that a file
whose path and identity are unchanged still holds what was decoded from it under the
same ``ALGO_ID`` (fingerprint, size, EXIF facts); the cache serves those photos on that
same promise, and any change to a file changes its ctime.  Keying on identities (~40
bytes a photo) instead of fingerprints (~280) keeps a warm rescan's key cheap.
"""

from __future__ import annotations

import hashlib
import itertools
import logging
import marshal
import sqlite3
import struct
import time
import zlib
from collections.abc import Collection, Sequence
from pathlib import Path

from photodedup.core import paths
from photodedup.core.messages import from_data, to_data
from photodedup.core.store.sqlite import MemoryStore
from photodedup.core.types import Action, Group, GroupKind, Photo, new_member
from photodedup.core.versions import ALGO_ID, GROUPING_VERSION

log = logging.getLogger(__name__)

_FORMAT = 5  # of the stored rows (part of the key: other formats are never read)
KEEP = 8  # groupings remembered (a few libraries x a few slider positions)
_SCHEMA = """CREATE TABLE IF NOT EXISTS groupings (
    key BLOB PRIMARY KEY, stored REAL NOT NULL, clusters BLOB NOT NULL)"""
_IDENTITY = "QQqqq"  # dev, ino, size, mtime_ns, ctime_ns (little endian)
_CHUNK = 5_000  # photos hashed per step (small buffers, reused: few page faults)
_KINDS = {kind.value: kind for kind in GroupKind}
_ACTIONS = {action.value: action for action in Action}


def memo_key(
    photos: Sequence[Photo],
    threshold: int,
    keep_rules: Sequence[str],
    damaged: Collection[str] = (),
    *,
    rotations: bool = False,
    apart: Collection[tuple[int, int]] = (),
) -> bytes:
    """Digest of the groups' inputs (order matters: groups hold positions); ``apart``: the
    pairs of photo indices the user said are not duplicates (the ignore list's cuts)."""
    files = [p.file for p in photos]
    digest = hashlib.sha256()
    turned = "turns" if rotations else "plain"
    head = [_FORMAT, ALGO_ID, GROUPING_VERSION, threshold, turned, len(photos), *keep_rules, "|"]
    digest.update("\0".join(map(str, [*head, *sorted(damaged)])).encode(errors="surrogateescape"))
    _update_joined(digest, [f.path for f in files])
    for start in range(0, len(files), _CHUNK):
        digest.update(_packed_identities([f.identity for f in files[start : start + _CHUNK]]))
    digest.update(bytes([f.protected for f in files]))
    _update_joined(digest, [p.content_key for p in photos])
    if apart:  # an empty list keeps the keys remembered before the ignore list existed
        digest.update(b"apart" + b"".join(struct.pack("<QQ", i, j) for i, j in sorted(apart)))
    return digest.digest()


def _update_joined(digest: hashlib._Hash, texts: list[str]) -> None:
    """``digest.update`` of ``"\\0".join(texts)`` (UTF-8, surrogateescape), fed a chunk at a
    time: no copy of 100,000 paths (~10 MB, each page of it a fault) is ever made."""
    for start in range(0, len(texts), _CHUNK):
        if start:
            digest.update(b"\0")
        chunk = "\0".join(texts[start : start + _CHUNK])
        digest.update(chunk.encode(errors="surrogateescape"))


def _packed_identities(identities: Sequence[tuple[int, ...]]) -> bytes:
    """The identities as ``<QQqqq`` records, end to end, in one ``struct`` call (half the
    time of one call each)."""
    fields = itertools.chain.from_iterable(identities)
    return struct.pack("<" + _IDENTITY * len(identities), *fields)


def _encode(groups: Sequence[Group]) -> bytes:
    rows = [
        (g.kind.value, to_data(g.reason), tuple(m.photo for m in g.members),
         tuple(m.distance for m in g.members), tuple(m.action.value for m in g.members))
        for g in groups
    ]  # fmt: skip
    return zlib.compress(marshal.dumps(rows), 1)


def _decode(blob: bytes) -> list[Group]:
    """Groups from a stored row; raises ValueError/TypeError/KeyError... if damaged."""
    groups = []
    for gid, (kind, reason, photos, distances, actions) in enumerate(
        marshal.loads(zlib.decompress(blob))
    ):
        states = [_ACTIONS[a] for a in actions]
        members = tuple(map(new_member, zip(photos, distances, states, strict=True)))
        if not members:
            raise TypeError("not a group")
        groups.append(Group(gid, _KINDS[kind], members, from_data(reason)))
    return groups


class GroupMemo:
    """A small SQLite table of recent groupings, keyed by :func:`memo_key`."""

    def __init__(self, path: Path | None = None) -> None:
        self._store = MemoryStore(
            path or paths.cache_dir() / "groups.sqlite3", _SCHEMA, "group memo"
        )
        self.path = self._store.path

    def get(self, key: bytes) -> list[Group] | None:
        """The groups stored under ``key``, or None."""
        try:
            db = self._store.connect()
            row = db.execute("SELECT clusters FROM groupings WHERE key = ?", (key,)).fetchone()
        except (sqlite3.Error, OSError) as exc:
            self._store.give_up(exc)
            return None
        try:
            return _decode(row[0]) if row else None
        except (ValueError, TypeError, KeyError, EOFError, zlib.error):  # damaged: a miss
            log.warning("group memo: unreadable entry ignored")
            return None

    def put(self, key: bytes, groups: Sequence[Group]) -> None:
        """Remember ``groups`` under ``key``; keep the KEEP newest."""
        try:
            db = self._store.connect()
            with db:
                db.execute(
                    "INSERT OR REPLACE INTO groupings VALUES (?, ?, ?)",
                    (key, time.time(), _encode(groups)),
                )
                db.execute(
                    "DELETE FROM groupings WHERE key NOT IN "
                    "(SELECT key FROM groupings ORDER BY stored DESC LIMIT ?)",
                    (KEEP,),
                )
        except (sqlite3.Error, OSError) as exc:
            self._store.give_up(exc)

    def close(self) -> None:
        """Close the database (the memo reopens it when used again)."""
        self._store.close()
