"""Fingerprints in bulk: the per-file record, Parquet export/import, bulk reading."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("pyarrow")

from photodedup.cli.dispatch import main
from photodedup.core.config import ScanOptions
from photodedup.core.decode.single import RECORD_FIELDS, fingerprint_record
from photodedup.core.fingerprint import FINGERPRINT_BYTES, FingerprintArrays
from photodedup.core.pipeline import run_scan
from photodedup.core.store import parquet
from photodedup.core.store.hashes import HashCache
from photodedup.core.types import ErrorKind
from photodedup.core.versions import ALGO_ID
from tests.photos import build_library


def test_the_per_file_record_is_a_local_scans_fingerprint(tmp_path: Path) -> None:
    lib = build_library(tmp_path / "lib", originals=1, kinds=("png", "rotated"), singles=0)
    scanned = run_scan(ScanOptions(roots=(str(lib.root),), use_cache=False))
    by_path = {p.path: p for p in scanned.photos}
    for path in lib.good_files:
        from_path = fingerprint_record(path)
        from_bytes = fingerprint_record(path.read_bytes(), path=str(path), mtime_ns=1)
        photo = by_path[str(path)]
        assert set(from_path) == set(RECORD_FIELDS)
        assert from_path["fingerprint"] == from_bytes["fingerprint"] == photo.fingerprint
        assert (from_path["width"], from_path["height"]) == (photo.info.width, photo.info.height)
        assert from_path["mtime_ns"] == path.stat().st_mtime_ns
    truncated = fingerprint_record(lib.bad[1])
    assert truncated["error"] == ErrorKind.TRUNCATED.value
    assert truncated["fingerprint"] is None
    assert fingerprint_record(tmp_path / "gone.jpg")["error"] == ErrorKind.VANISHED.value


def test_export_then_import_elsewhere_makes_a_warm_scan(tmp_path: Path) -> None:
    lib = build_library(tmp_path / "lib", originals=2)
    options = ScanOptions(roots=(str(lib.root),))
    with HashCache(tmp_path / "cluster.sqlite3") as cache:
        first = run_scan(options, cache=cache, memo=None)
        photos, failures = parquet.export_cache(cache, tmp_path / "fp.parquet", [str(lib.root)])
    assert photos == len(first.photos)
    assert failures == 2  # truncated and not a picture; the empty file is not decoded
    with HashCache(tmp_path / "desktop.sqlite3") as cache:
        counts = parquet.import_records(cache, tmp_path / "fp.parquet")
        assert (counts.photos, counts.failures, counts.missing) == (photos, failures, 0)
        again = run_scan(options, cache=cache)
    assert again.stats.decoded == 0
    assert [p.fingerprint for p in again.photos] == [p.fingerprint for p in first.photos]
    assert again.errors == first.errors


def test_engine_records_with_urls_coarse_mtimes_and_other_mounts_import(tmp_path: Path) -> None:
    lib = build_library(tmp_path / "lib", originals=1, kinds=("png",), singles=1, bad=False)
    records = []
    for path in lib.good_files:  # what a Spark job on another mount would write
        st = path.stat()
        elsewhere = "file:/mnt/archive/" + path.relative_to(lib.root).as_posix()
        ms = st.st_mtime_ns // 10**6 * 10**6  # Hadoop's FileStatus keeps milliseconds
        records.append(fingerprint_record(path.read_bytes(), path=elsewhere, mtime_ns=ms))
    records[0] = {**records[0], "size": records[0]["size"] + 1}  # changed since
    assert parquet.write_records(records, tmp_path / "job.parquet") == len(records)
    with HashCache(tmp_path / "c.sqlite3") as cache:
        mapping = [("/mnt/archive", str(lib.root))]
        counts = parquet.import_records(cache, tmp_path / "job.parquet", path_map=mapping)
        assert (counts.photos, counts.changed) == (len(records) - 1, 1)
        again = run_scan(ScanOptions(roots=(str(lib.root),)), cache=cache)
    assert again.stats.decoded == 1


def test_fingerprints_are_read_in_bulk_from_the_column(tmp_path: Path) -> None:
    lib = build_library(tmp_path / "lib", originals=1, kinds=("png", "webp"), singles=1)
    records = [fingerprint_record(p) for p in [*lib.good_files, *lib.bad]]
    parquet.write_records(records, tmp_path / "fp.parquet")
    got = parquet.read_fingerprints(tmp_path / "fp.parquet")
    good = [r for r in records if r["fingerprint"] is not None]
    assert got.paths == [os.fsdecode(r["path"]) for r in good]
    expected = FingerprintArrays.from_bytes([r["fingerprint"] for r in good])
    for name in ("keys", "centre_keys", "thumbs", "figures", "turned", "colour", "chroma"):
        assert np.array_equal(getattr(got.arrays, name), getattr(expected, name))


def test_the_cache_command_exports_and_imports(tmp_path: Path) -> None:
    lib = build_library(tmp_path / "lib", originals=1, kinds=("png",), singles=0, bad=False)
    out = tmp_path / "scan.json"
    assert main(["scan", str(lib.root), "--json", str(out)]) == 0
    assert main(["cache", "export", str(tmp_path / "fp.parquet")]) == 0
    assert main(["cache", "import", str(tmp_path / "fp.parquet"), "--map", "bad"]) == 2
    assert main(["cache", "import", str(tmp_path / "fp.parquet")]) == 0
    assert json.loads(out.read_text())["stats"]["decoded"] == 2


@pytest.mark.parametrize(
    ("here", "recorded", "same"),
    [
        (1_700_000_000_123_456_789, 1_700_000_000_123_456_789, True),
        (1_700_000_000_123_456_789, 1_700_000_000_123_000_000, True),  # ms
        (1_700_000_000_123_456_789, 1_700_000_000_123_456_000, True),  # us
        (1_700_000_000_124_456_789, 1_700_000_000_123_000_000, False),
        (1_700_000_000_123_456_789, 1_700_000_000_123_456_788, False),
    ],
)
def test_mtimes_compare_to_the_recorded_precision(here: int, recorded: int, same: bool) -> None:
    assert parquet.same_mtime(here, recorded) is same


def test_paths_are_unwrapped_and_mapped() -> None:
    assert parquet.local_path("file:///mnt/a/x.jpg") == "/mnt/a/x.jpg"
    assert parquet.local_path(b"/mnt/a/x.jpg", [("/mnt/a", "/Volumes/a")]) == "/Volumes/a/x.jpg"
    assert parquet.local_path("/mnt/ab/x.jpg", [("/mnt/a", "/V")]) == "/mnt/ab/x.jpg"


def test_fingerprints_are_read_batch_by_batch_skipping_failures_and_other_algorithms(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parquet, "ROWS_PER_GROUP", 2)  # several batches, written and read
    rng = np.random.default_rng(3)
    records = []
    for n in range(7):
        record = dict.fromkeys(RECORD_FIELDS)
        blob = rng.integers(0, 256, FINGERPRINT_BYTES, dtype=np.uint8).tobytes()
        record.update(path=f"/a/{n}.jpg", algo=ALGO_ID, fingerprint=blob, content_key=f"k{n}")
        records.append(record)
    records[2].update(fingerprint=None, error=ErrorKind.TRUNCATED.value, message="cut")
    records[5]["algo"] = "another"
    parquet.write_records(records, tmp_path / "fp.parquet")
    got = parquet.read_columns(tmp_path / "fp.parquet")
    good = [0, 1, 3, 4, 6]
    assert got.rows.tolist() == good
    assert got.paths.to_pylist() == [f"/a/{n}.jpg".encode() for n in good]
    assert got.content_keys.to_pylist() == [f"k{n}" for n in good]
    expected = FingerprintArrays.from_bytes([records[n]["fingerprint"] for n in good])
    for name in ("keys", "centre_keys", "thumbs", "figures", "turned", "colour", "chroma"):
        assert np.array_equal(getattr(got.arrays, name), getattr(expected, name))
    assert [e.path for e in parquet.read_failures(tmp_path / "fp.parquet")] == ["/a/2.jpg"]
    parquet.write_records([records[2]], tmp_path / "none.parquet")
    assert len(parquet.read_columns(tmp_path / "none.parquet").arrays) == 0
