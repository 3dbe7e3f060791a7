"""Grouping fingerprints without their files: Parquet records in, a scan-like result out.

A cluster job (``photodedup scan --dask`` elsewhere, ``photodedup cache export``, or any
engine mapping :func:`photodedup.core.decode.single.fingerprint_record`) writes
fingerprints to Parquet; :func:`group_parquet` groups them on this machine with the
scan's own clustering (:func:`photodedup.core.group.cluster.find_clusters_arrays`), the
fingerprints parsed straight from the columns (no object per photo), whether or not the
files can be read from here.

Pairs are decided by the fingerprints alone (no structure check, ``check=None``): a pair
a scan would verify on the pictures is a copy only when the fingerprint distance is within
the threshold and the colours agree (see :mod:`photodedup.core.group.decide`).  The result
says so (:attr:`BulkResult.pixels_checked` False, in the JSON ``pixels_checked: false``).
Only the photos that end up in groups become :class:`Photo` records: each with this
machine's identity when its file is here unchanged (after ``path_map``), else with the
record's, which ``apply`` then never finds unchanged.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from photodedup.core.fingerprint import FIELDS, FingerprintArrays
from photodedup.core.group import keepers
from photodedup.core.group.shots import separate_shots
from photodedup.core.store import parquet
from photodedup.core.types import Cluster, ErrorKind, Photo, ScanError, ScanResult

if TYPE_CHECKING:
    import pyarrow as pa

I64 = npt.NDArray[np.int64]


@dataclass
class BulkResult:
    """A result grouped from fingerprints: ``result.photos`` holds the grouped photos only."""

    result: ScanResult
    fingerprints: int  # photos read (each path once)
    here: int  # grouped photos whose file is on this machine, unchanged
    roots: list[str]  # the folder holding every grouped photo (this machine's paths)
    pixels_checked: bool = False


Origin = list[tuple[int, I64]]  # per source: its first position and its rows


def group_parquet(
    sources: Sequence[str | Path],
    threshold: int,
    *,
    keep_rules: Sequence[str] = (),
    rotations: bool = False,
    path_map: Sequence[tuple[str, str]] = (),
) -> BulkResult:
    """Group the fingerprints of the Parquet files ``sources``; see the module docstring."""
    from photodedup.core.group.cluster import find_clusters_arrays

    arrays, keys, origin = _read_all(sources)
    clusters = find_clusters_arrays(arrays, threshold, keys, rotations=rotations)
    del arrays  # ~0.5 KB a photo: gone before the records are built
    members = sorted({m for c in clusters for m in c.members})
    photos, here, notes = _photos(sources, origin, members, path_map)
    position = {m: k for k, m in enumerate(members)}
    clusters = [Cluster(c.kind, tuple(position[m] for m in c.members)) for c in clusters]
    errors = [e for s in sources for e in parquet.read_failures(s)]
    errors += [ScanError(path, ErrorKind.WARNING, n) for path, ns in notes.items() for n in ns]
    damaged = set(notes)
    clusters = separate_shots(photos, clusters, keep_rules, damaged)
    result = ScanResult(photos=photos, errors=sorted(errors, key=lambda e: e.path))
    result.threshold, result.rotations = threshold, rotations
    result.groups = keepers.choose_keepers(
        photos, clusters, keep_rules, damaged=damaged, structure=False
    )
    result.stats.files_found = len(keys) + sum(e.kind is not ErrorKind.WARNING for e in errors)
    result.stats.errors = len(result.errors)
    return BulkResult(result, len(keys), sum(here), _common_root(photos))


def _read_all(sources: Sequence[str | Path]) -> tuple[FingerprintArrays, list[str], Origin]:
    """Every source's fingerprints end to end, each path once (its first record), and
    the content keys that more than one photo has ("" for the others: a unique key
    groups nothing, and 10 million of them as ``str`` would take ~1 GB)."""
    import pyarrow as pa

    parts = [parquet.read_columns(s) for s in sources]
    fresh = _first_records([p.paths for p in parts])
    origin: Origin = []
    picks: list[FingerprintArrays] = []
    keys: list[pa.ChunkedArray] = []
    first = 0
    for part, mine in zip(parts, fresh, strict=True):
        origin.append((first, part.rows[mine]))
        first += len(mine)
        whole = len(mine) == len(part.rows)
        picks.append(part.arrays if whole else part.arrays.subset(mine))
        keys.append(part.content_keys if whole else part.content_keys.take(pa.array(mine)))
    parts.clear()  # the unpicked fingerprints and the paths go now
    return _concatenate(picks), _shared_keys(keys), origin


def _first_records(paths: list[pa.ChunkedArray]) -> list[I64]:
    """Per source, the positions of its paths not seen in it or an earlier source."""
    import pyarrow as pa
    import pyarrow.compute as pc

    sizes = [len(p) for p in paths]
    if len(paths) == 1:
        return [np.arange(sizes[0], dtype=np.int64)]
    every = pa.chunked_array([c for p in paths for c in p.chunks], type=pa.binary())
    codes = pc.dictionary_encode(every).combine_chunks().indices.to_numpy()
    _, firsts = np.unique(codes, return_index=True)
    keep = np.zeros(len(codes), dtype=bool)
    keep[firsts] = True
    bounds = np.cumsum([0, *sizes])
    return [np.flatnonzero(keep[a:b]).astype(np.int64) for a, b in itertools.pairwise(bounds)]


def _shared_keys(columns: list[pa.ChunkedArray]) -> list[str]:
    """The content keys (one column per source, end to end) that at least two photos
    share; "" for every other photo."""
    import pyarrow as pa
    import pyarrow.compute as pc

    every = pa.chunked_array([c for col in columns for c in col.chunks], type=pa.string())
    encoded = pc.dictionary_encode(pc.fill_null(every, "")).combine_chunks()
    codes = encoded.indices.to_numpy()
    counts = np.bincount(codes, minlength=len(encoded.dictionary))
    repeated = np.flatnonzero(counts > 1)
    words = encoded.dictionary.take(pa.array(repeated)).to_pylist()
    shared = dict(zip(repeated.tolist(), words, strict=True))
    keys = [""] * len(codes)
    for pos in np.flatnonzero(counts[codes] > 1).tolist():
        keys[pos] = shared[int(codes[pos])]
    return keys


def _concatenate(parts: list[FingerprintArrays]) -> FingerprintArrays:
    if len(parts) == 1:
        return parts[0]
    joined: dict[str, Any] = {}
    for name in FIELDS:
        values = [getattr(p, name) for p in parts]
        joined[name] = None if any(v is None for v in values) else np.concatenate(values)
    return FingerprintArrays(**joined)


def _photos(
    sources: Sequence[str | Path],
    origin: Origin,
    members: list[int],
    path_map: Sequence[tuple[str, str]],
) -> tuple[list[Photo], list[bool], dict[str, list[str]]]:
    """The records of the grouped photos (positions ``members``, in order)."""
    photos: list[Photo] = []
    here: list[bool] = []
    notes: dict[str, list[str]] = {}
    wanted = np.array(members, dtype=np.int64)
    for k, (source, (first, rows)) in enumerate(zip(sources, origin, strict=True)):
        end = origin[k + 1][0] if k + 1 < len(origin) else first + len(rows)
        mine = wanted[(wanted >= first) & (wanted < end)] - first
        if len(mine):
            got, found, said = parquet.photos_at(source, rows[mine].tolist(), path_map)
            photos += got
            here += found
            notes.update(said)
    return photos, here, notes


def _common_root(photos: Sequence[Photo]) -> list[str]:
    folders = {str(Path(p.path).parent) for p in photos}
    if not folders:
        return []
    try:
        return [os.path.commonpath(sorted(folders))]
    except ValueError:  # relative and absolute paths mixed: no common folder
        return []
