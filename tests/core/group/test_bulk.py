"""Grouping Parquet fingerprints without the files (photodedup.core.group.bulk)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

pytest.importorskip("pyarrow")

from photodedup.core.config import DEFAULT_THRESHOLD, ScanOptions
from photodedup.core.decode.single import fingerprint_record
from photodedup.core.group.bulk import group_parquet
from photodedup.core.group.cluster import find_clusters
from photodedup.core.pipeline import run_scan
from photodedup.core.store import parquet
from photodedup.core.types import ErrorKind, GroupKind
from tests.photos import Library, build_library


def _library(root: Path) -> Library:
    lib = build_library(root, originals=3)
    shutil.copy(lib.singles[0], root / "exact copy.jpg")
    return lib


def _paths(groups: list[list[str]]) -> list[list[str]]:
    return sorted(sorted(g) for g in groups)


def test_fingerprints_group_as_a_scan_groups_them_without_the_pictures(tmp_path: Path) -> None:
    lib = _library(tmp_path / "lib")
    scanned = run_scan(ScanOptions(roots=(str(lib.root),), use_cache=False))
    files = sorted(p for p in lib.root.rglob("*") if p.is_file())
    half = len(files) // 2  # two files, a path in both: read once
    parquet.write_records(map(fingerprint_record, files[: half + 1]), tmp_path / "a.parquet")
    parquet.write_records(map(fingerprint_record, files[half:]), tmp_path / "b.parquet")
    bulk = group_parquet([tmp_path / "a.parquet", tmp_path / "b.parquet"], DEFAULT_THRESHOLD)
    # The scan's clustering with no structure check: the same groups, the same keepers.
    photos = scanned.photos
    expected = [
        [photos[m].path for m in c.members]
        for c in find_clusters(photos, DEFAULT_THRESHOLD, structure=False)
    ]
    result = bulk.result
    got = [[result.photos[m.photo].path for m in g.members] for g in result.groups]
    assert _paths(got) == _paths(expected) and len(got) >= 3
    assert bulk.fingerprints == len(photos) and not bulk.pixels_checked
    assert bulk.here == len(result.photos) and bulk.roots == [str(lib.root)]
    (exact,) = [g for g in result.groups if g.kind is GroupKind.EXACT]
    assert {result.photos[m.photo].path for m in exact.members} == {
        str(lib.singles[0]),
        str(lib.root / "exact copy.jpg"),
    }
    assert [m.action.value for m in exact.members] == ["keep", "trash"]
    by_path = {p.path: p for p in photos}
    for photo in result.photos:  # this machine's identity: apply can re-check them
        assert photo.file.identity == by_path[photo.path].file.identity
        assert photo.info == by_path[photo.path].info
    failed = {e.path: e.kind for e in result.errors if e.kind is not ErrorKind.WARNING}
    assert failed == {e.path: e.kind for e in scanned.errors if e.kind in failed.values()}


def test_files_elsewhere_keep_the_recorded_identity_and_a_map_finds_them(
    tmp_path: Path,
) -> None:
    lib = _library(tmp_path / "cluster-mount")
    records = [fingerprint_record(p) for p in lib.good_files]
    parquet.write_records(records, tmp_path / "fp.parquet")
    moved = tmp_path / "here"
    lib.root.rename(moved)
    away = group_parquet([tmp_path / "fp.parquet"], DEFAULT_THRESHOLD)
    assert away.here == 0 and len(away.result.groups) >= 3
    assert all(p.path.startswith(str(lib.root)) for p in away.result.photos)
    mapped = group_parquet(
        [tmp_path / "fp.parquet"], DEFAULT_THRESHOLD, path_map=[(str(lib.root), str(moved))]
    )
    assert mapped.here == len(mapped.result.photos) > 0
    for photo in mapped.result.photos:
        assert photo.file.identity.dev == os.lstat(photo.path).st_dev
    assert mapped.roots == [str(moved)]
