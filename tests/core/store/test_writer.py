"""store.writer: a scan's cache writes, batched by count or by time."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from photodedup.core.store import writer as writer_mod
from photodedup.core.store.hashes import HashCache
from photodedup.core.store.writer import STORE_BATCH, CacheWriter
from photodedup.core.types import ErrorKind, FileIdentity, ImageInfo, Photo, PhotoFile, ScanError


@pytest.fixture
def library(tmp_path: Path) -> list[PhotoFile]:
    """STORE_BATCH + 10 small files, as discovery lists them."""
    root = tmp_path / "lib"
    root.mkdir()
    found = []
    for n in range(STORE_BATCH + 10):
        path = root / f"{n}.jpg"
        path.write_bytes(n.to_bytes(4, "little"))
        found.append(PhotoFile(str(path), FileIdentity.from_stat(path.lstat()), str(root)))
    return found


def _photo(file: PhotoFile) -> Photo:
    return Photo(file, ImageInfo(40, 30, "JPEG"), b"fp" + file.path.encode(), "ck")


def _stored(db: Path) -> int:
    """Rows another connection sees (committed writes only)."""
    with HashCache(db) as reader:
        return len(reader)


def test_nothing_is_written_until_a_batch_is_full(library: list[PhotoFile], tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    with HashCache(db) as cache:
        writer = CacheWriter(cache)
        for file in library[: STORE_BATCH - 1]:
            writer.add_photo(_photo(file), [])
        assert _stored(db) == 0
        writer.add_photo(_photo(library[STORE_BATCH - 1]), [])
        assert _stored(db) == STORE_BATCH
        assert (writer.photos, writer.errors, writer.notes) == ([], [], {})
        for file in library[STORE_BATCH:]:
            writer.add_photo(_photo(file), [])
        assert _stored(db) == STORE_BATCH
        writer.flush()
        assert _stored(db) == len(library)
        assert cache.lookup_many(library)[0] == [_photo(f) for f in library]


def test_errors_count_towards_the_batch_and_are_cached(
    library: list[PhotoFile], tmp_path: Path
) -> None:
    db = tmp_path / "c.db"
    half = STORE_BATCH // 2
    with HashCache(db) as cache:
        writer = CacheWriter(cache)
        for file in library[:half]:
            writer.add_photo(_photo(file), [])
        for file in library[half : STORE_BATCH - 1]:
            writer.add_error(file, ScanError(file.path, ErrorKind.TRUNCATED, "cut"))
        assert _stored(db) == 0 and len(writer.errors) == STORE_BATCH - 1 - half
        bad = library[STORE_BATCH - 1]
        writer.add_error(bad, ScanError(bad.path, ErrorKind.UNSUPPORTED, "psd"))
        assert writer.errors == []
        photos, errors, misses = cache.lookup_many(library[:STORE_BATCH])
    assert len(photos) == half and misses == []
    assert [e.path for e in errors] == [f.path for f in library[half:STORE_BATCH]]
    assert errors[-1] == ScanError(bad.path, ErrorKind.UNSUPPORTED, "psd")


def test_an_error_without_a_file_is_not_cached(tmp_path: Path) -> None:
    with HashCache(tmp_path / "c.db") as cache:
        writer = CacheWriter(cache)
        writer.add_error(None, ScanError("/gone", ErrorKind.PERMISSION, "folder unreadable"))
        assert writer.errors == []
        writer.flush()
        assert len(cache) == 0


def test_a_slow_scan_is_written_every_interval(
    library: list[PhotoFile], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(writer_mod, "STORE_INTERVAL", 0.5)
    db = tmp_path / "c.db"
    with HashCache(db) as cache:
        writer = CacheWriter(cache)
        writer.add_photo(_photo(library[0]), [])
        assert _stored(db) == 0
        time.sleep(0.55)
        writer.add_photo(_photo(library[1]), [])  # the interval passed: both written
        assert _stored(db) == 2
        writer.add_photo(_photo(library[2]), [])  # the clock started again
        assert _stored(db) == 2


def test_decoder_notes_are_stored_with_their_photo(
    library: list[PhotoFile], tmp_path: Path
) -> None:
    with HashCache(tmp_path / "c.db") as cache:
        writer = CacheWriter(cache)
        writer.add_photo(_photo(library[0]), ["damaged EXIF (x)"])
        writer.add_photo(_photo(library[1]), [])
        assert writer.notes == {library[0].path: ["damaged EXIF (x)"]}
        writer.flush()
        assert writer.notes == {}
        _, errors, _ = cache.lookup_many(library[:2])
    assert errors == [ScanError(library[0].path, ErrorKind.WARNING, "damaged EXIF (x)")]


def test_without_a_cache_batches_are_dropped(library: list[PhotoFile]) -> None:
    writer = CacheWriter(None)
    for file in library:
        writer.add_photo(_photo(file), ["note"])
        writer.add_error(file, ScanError(file.path, ErrorKind.TRUNCATED, "cut"))
    assert len(writer.photos) + len(writer.errors) < STORE_BATCH  # flushed on the way
    writer.flush()
    assert (writer.photos, writer.errors, writer.notes) == ([], [], {})
