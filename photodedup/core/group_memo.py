"""Remembered groupings: an unchanged library at the same threshold is not regrouped.

Contract:

* ``memo_key(fingerprints, content_keys, threshold) -> bytes``: a digest of everything
  :func:`photodedup.core.cluster.find_clusters` depends on (the fingerprints and content
  keys in order, the threshold, the fingerprint algorithm and the grouping version).
* ``GroupMemo(path=None)`` (default ``paths.cache_dir() / "groups.sqlite3"``):
  ``get(key) -> Remembered | None`` and ``put(key, clusters, distances)``, where
  ``distances`` maps every pair ``(a, b)``, ``a < b``, of members of one cluster to their
  distance (``cluster.member_distances``); the ``KEEP`` most recently stored groupings
  are kept.  Any database problem (corrupt, read-only, full)
  makes the memo a miss, logged once; it never fails a scan.

Clusters and their members' distances are remembered; keepers are chosen afresh (they
depend on the files' metadata and on damage warnings, both cheap).  A change to any
photo changes the key, so a stale grouping is never served.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import logging
import marshal
import sqlite3
import time
import zlib
from collections.abc import Sequence
from pathlib import Path

from photodedup.core import paths
from photodedup.core.types import Cluster, GroupKind
from photodedup.core.versions import ALGO_ID, GROUPING_VERSION

log = logging.getLogger(__name__)

_FORMAT = 3  # of the stored rows (part of the key: other formats are never read)
KEEP = 8  # groupings remembered (a few libraries x a few slider positions)
Distances = dict[tuple[int, int], int]
Remembered = tuple[list[Cluster], Distances]
_SCHEMA = """CREATE TABLE IF NOT EXISTS groupings (
    key BLOB PRIMARY KEY, stored REAL NOT NULL, clusters BLOB NOT NULL)"""


def memo_key(fingerprints: Sequence[bytes], content_keys: Sequence[str], threshold: int) -> bytes:
    """Digest of the grouping's inputs (order matters: clusters hold positions)."""
    digest = hashlib.sha256()  # SHA-NI / ARMv8 SHA: ~2x blake2b over 30 MB of fingerprints
    head = f"{_FORMAT}|{ALGO_ID}|{GROUPING_VERSION}|{threshold}|{len(fingerprints)}|"
    digest.update(head.encode())
    digest.update(b"".join(fingerprints))
    digest.update("\0".join(content_keys).encode("utf-8", "surrogateescape"))
    return digest.digest()


_pairs = functools.partial(itertools.combinations, r=2)  # (a, b), a before b in members


def _encode(clusters: Sequence[Cluster], distances: Distances) -> bytes:
    rows = [(c.kind.value, c.members, [distances[p] for p in _pairs(c.members)]) for c in clusters]
    return zlib.compress(marshal.dumps(rows), 1)


def _decode(blob: bytes) -> Remembered:
    """Clusters and distances from a stored row; raises ValueError/TypeError/... if damaged."""
    clusters, distances = [], {}
    kinds = {kind.value: kind for kind in GroupKind}
    for kind, members, dists in marshal.loads(zlib.decompress(blob)):
        if type(members) is not tuple:
            raise TypeError("members")
        clusters.append(Cluster(kinds[kind], members))
        distances.update(zip(_pairs(members), dists, strict=True))
    return clusters, distances


class GroupMemo:
    """A small SQLite table of recent groupings, keyed by :func:`memo_key`."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.cache_dir() / "groups.sqlite3"
        self._db: sqlite3.Connection | None = None
        self._broken = False

    def get(self, key: bytes) -> Remembered | None:
        """The clusters and member distances stored under ``key``, or None."""
        try:
            db = self._connect()
            row = db.execute("SELECT clusters FROM groupings WHERE key = ?", (key,)).fetchone()
        except (sqlite3.Error, OSError) as exc:
            self._give_up(exc)
            return None
        try:
            return _decode(row[0]) if row else None
        except (ValueError, TypeError, KeyError, EOFError, zlib.error):  # damaged: a miss
            log.warning("group memo: unreadable entry ignored")
            return None

    def put(self, key: bytes, clusters: Sequence[Cluster], distances: Distances) -> None:
        """Remember ``clusters`` and ``distances`` under ``key``; keep the KEEP newest."""
        try:
            db = self._connect()
            with db:
                db.execute(
                    "INSERT OR REPLACE INTO groupings VALUES (?, ?, ?)",
                    (key, time.time(), _encode(clusters, distances)),
                )
                db.execute(
                    "DELETE FROM groupings WHERE key NOT IN "
                    "(SELECT key FROM groupings ORDER BY stored DESC LIMIT ?)",
                    (KEEP,),
                )
        except (sqlite3.Error, OSError) as exc:
            self._give_up(exc)

    def close(self) -> None:
        """Close the database (the memo reopens it when used again)."""
        if self._db is not None:
            self._db.close()
            self._db = None

    def _connect(self) -> sqlite3.Connection:
        if self._broken:
            raise sqlite3.OperationalError("group memo disabled for this run")
        if self._db is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, timeout=5)
            try:
                db.execute(_SCHEMA)
            except sqlite3.DatabaseError:
                db.close()
                self.path.unlink(missing_ok=True)  # only remembered groupings: rebuilt
                db = sqlite3.connect(self.path, timeout=5)
                db.execute(_SCHEMA)
            self._db = db
        return self._db

    def _give_up(self, exc: Exception) -> None:
        if not self._broken:
            log.warning("group memo off for this run (%s): %s", self.path, exc)
        self._broken = True
        self.close()
