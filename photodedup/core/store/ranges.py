"""Reading the hash cache's rows by path range: every row at or under a scan's roots."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from photodedup.core.store.folders import Folders


def prefix_range(root: str) -> tuple[bytes, bytes]:
    """Byte range [lo, hi) holding every path under ``root``."""
    prefix = os.fsencode(root.rstrip("/") + "/")
    return prefix, prefix[:-1] + bytes([prefix[-1] + 1])


def under_root_sql(columns: str, table: str) -> str:
    """Rows in [lo, hi) plus the root itself (a file root); no OR, so no dedup pass."""
    one = f"SELECT {columns} FROM {table} WHERE "
    return f"{one}path >= ? AND path < ? AND algo = ? UNION ALL {one}path = ? AND algo = ?"


def outermost(roots: Iterable[str]) -> list[str]:
    """``roots`` without those inside another one (their rows are loaded already)."""
    kept: list[str] = []
    for root in sorted(set(roots)):
        if not any(root.startswith(k.rstrip("/") + "/") for k in kept):
            kept.append(root)
    return kept


def root_args(roots: Iterable[str], algo: str) -> Iterator[tuple[bytes, bytes, str, bytes, str]]:
    """The arguments of :func:`under_root_sql` for each of the outermost ``roots``."""
    for root in outermost(roots):
        lo, hi = prefix_range(root)
        yield lo, hi, algo, os.fsencode(root), algo


def positions(listed: Folders) -> dict[str, int]:
    """Folder -> its position in ``listed``; -1 for a folder listed twice."""
    where: dict[str, int] = {}
    for n, (folder, _) in enumerate(listed):
        where[folder] = -1 if folder in where else n
    return where
