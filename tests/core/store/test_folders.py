"""Folder snapshots: an unchanged folder is answered in one read; anything else falls back."""

from __future__ import annotations

import os
import sqlite3
import zlib
from pathlib import Path

import pytest

from photodedup.core import pipeline
from photodedup.core.config import ScanOptions
from photodedup.core.discover.walker import discover_all
from photodedup.core.store import folders as cache_folders
from photodedup.core.store import hashes as cache_mod
from photodedup.core.store.hashes import HashCache
from photodedup.core.types import ErrorKind, FileIdentity, ImageInfo, Photo, PhotoFile, ScanError
from tests.photos import save_jpeg, textured_image


def _library(tmp_path: Path) -> Path:
    root = tmp_path / "lib"
    for folder, count in (("a", 3), ("b", 2), ("b/c", 2)):
        (root / folder).mkdir(parents=True)
        for n in range(count):
            (root / folder / f"{n}.jpg").write_bytes(f"{folder}{n}".encode() * (n + 1))
    return root


def _files(root: Path) -> list[PhotoFile]:
    return discover_all(ScanOptions(roots=(str(root),)), [])


def _photo(file: PhotoFile) -> Photo:
    info = ImageInfo(40, 30, "JPEG", taken=None, camera="Cam é")
    return Photo(file, info, os.fsencode(file.path)[-8:].rjust(8, b"-") + b"thumb", "")


def _stored(tmp_path: Path, root: Path) -> HashCache:
    """A cache holding every photo of ``root`` and every folder's snapshot."""
    cache = HashCache(tmp_path / "c.db")
    files = _files(root)
    cache.store_many([_photo(f) for f in files])
    answer = cache.lookup_library(files)
    assert (answer.misses, len(answer.unsaved)) == ([], 3)  # rows, but no snapshots yet
    cache.store_folders(answer.unsaved, answer.photos, set())
    return cache


def _split_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = cache_mod.cache_rows.split

    def counted(files, *rest):  # type: ignore[no-untyped-def]
        calls.append(len(files))
        return real(files, *rest)

    monkeypatch.setattr(cache_mod.cache_rows, "split", counted)
    return calls


def test_unchanged_folders_are_answered_from_their_snapshots(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _library(tmp_path)
    with _stored(tmp_path, root) as cache:
        calls = _split_calls(monkeypatch)
        files = _files(root)
        answer = cache.lookup_library(files)
        assert calls == []  # no photo row read at all
        assert (answer.errors, answer.misses, answer.unsaved) == ([], [], [])
        assert sorted(answer.photos) == sorted(_photo(f) for f in files)
        assert all(p.file is f for p, f in zip(answer.photos, files, strict=True))


def test_a_changed_added_or_removed_file_sends_only_its_folder_to_the_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _library(tmp_path)
    with _stored(tmp_path, root) as cache:
        calls = _split_calls(monkeypatch)
        os.utime(root / "a" / "1.jpg", ns=(1, 1))  # touched: a new identity
        (root / "b" / "c" / "new.jpg").write_bytes(b"new")
        (root / "b" / "0.jpg").unlink()
        files = _files(root)
        answer = cache.lookup_library(files)
        assert [folder for folder, _ in answer.unsaved] == [
            str(root / "a"),
            str(root / "b"),
            str(root / "b" / "c"),
        ]
        assert sorted(f.path for f in answer.misses) == [
            str(root / "a" / "1.jpg"),
            str(root / "b" / "c" / "new.jpg"),
        ]
        assert len(answer.photos) == len(files) - 2
        os.utime(root / "a" / "1.jpg")  # back to a real time, and store the three folders
        files = _files(root)
        missed = {f.path for f in answer.misses}
        cache.store_many([_photo(f) for f in files if f.path in missed])
        again = cache.lookup_library(files)
        assert again.misses == []
        cache.store_folders(again.unsaved, again.photos, set())
        calls.clear()
        final = cache.lookup_library(files)
        assert (calls, final.misses, final.unsaved) == ([], [], [])
        assert sorted(final.photos) == sorted(_photo(f) for f in files)


def test_a_folder_with_a_problem_gets_no_snapshot(tmp_path: Path) -> None:
    root = _library(tmp_path)
    with HashCache(tmp_path / "c.db") as cache:
        files = _files(root)
        broken = next(f for f in files if f.path.endswith("/b/1.jpg"))
        cache.store_many([_photo(f) for f in files if f is not broken])
        cache.store_errors([(broken, ScanError(broken.path, ErrorKind.TRUNCATED, "cut"))])
        answer = cache.lookup_library(files)
        cache.store_folders(answer.unsaved, answer.photos, {e.path for e in answer.errors})
        warned = str(root / "a" / "0.jpg")
        again = cache.lookup_library(files)
        assert [folder for folder, _ in again.unsaved] == [str(root / "b")]
        assert [e.kind for e in again.errors] == [ErrorKind.TRUNCATED]  # still from its row
        cache.store_folders(again.unsaved, again.photos, {warned})  # a warning: the same
        assert len(cache.lookup_library(files).unsaved) == 1


@pytest.mark.parametrize(
    "damage",
    [
        lambda blob: blob[:4] + blob[5:],  # a byte lost
        lambda blob: blob[:-1] + bytes([blob[-1] ^ 1]),  # a bit flipped
        lambda blob: blob.replace(b"thumb", b"thumc"),  # a fingerprint changed: still loads
        lambda blob: b"junk",
        lambda blob: b"",
        lambda blob: _signed(b"\x00garbage"),  # checksum right, not marshal data
        lambda blob: _signed(b"\xe9\x05\x00\x00\x00"),  # checksum right, an int
    ],
)
def test_a_damaged_snapshot_is_ignored_and_the_rows_answer(tmp_path: Path, damage) -> None:  # type: ignore[no-untyped-def]
    root = _library(tmp_path)
    with _stored(tmp_path, root) as cache:
        db = sqlite3.connect(tmp_path / "c.db")
        with db:
            for path, blob in db.execute("SELECT path, record FROM folders").fetchall():
                db.execute("UPDATE folders SET record = ? WHERE path = ?", (damage(blob), path))
        db.close()
        files = _files(root)
        answer = cache.lookup_library(files)
        assert (answer.misses, len(answer.unsaved)) == ([], 3)
        assert sorted(answer.photos) == sorted(_photo(f) for f in files)


def _signed(body: bytes) -> bytes:
    return zlib.crc32(body).to_bytes(4, "little") + body


def test_a_snapshot_of_another_layout_is_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _library(tmp_path)
    with _stored(tmp_path, root) as cache:
        monkeypatch.setattr(cache_folders, "LAYOUT", "2:5")
        assert len(cache.lookup_library(_files(root)).unsaved) == 3


def test_snapshots_follow_the_path_order_discovery_gives(tmp_path: Path) -> None:
    files = [
        PhotoFile(f"/x/{name}", FileIdentity(1, n, 5, 6, 7), "/x")
        for n, name in enumerate(["a.jpg", "b/c.jpg", "b/d.jpg", "e.jpg"])
    ]
    assert [(f, [p.path for p in g]) for f, g in cache_folders.by_folder(files)] == [
        ("/x", ["/x/a.jpg"]),
        ("/x/b", ["/x/b/c.jpg", "/x/b/d.jpg"]),
        ("/x", ["/x/e.jpg"]),
    ]
    blob = cache_folders.pack([_photo(f) for f in files[:1]])
    assert cache_folders.match(blob, files[:1]) == [_photo(files[0])]
    assert cache_folders.match(blob, files[:2]) is None
    assert cache_folders.match(blob, [files[0]._replace(path="/x/z.jpg")]) is None


def test_few_files_are_read_by_path_and_many_by_range_with_the_same_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _library(tmp_path)
    with _stored(tmp_path, root) as cache:
        files = _files(root)
        by_path = cache.lookup_many(files)
        monkeypatch.setattr(cache_mod, "POINT_LOOKUPS", 0)
        assert cache.lookup_many(files) == by_path
        assert sorted(by_path[0]) == sorted(_photo(f) for f in files)


def test_scans_write_snapshots_and_a_warm_scan_equals_the_cold_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "lib"
    for folder in ("x", "y"):
        (root / folder).mkdir(parents=True)
        for seed in range(2):
            save_jpeg(textured_image(seed=seed), root / folder / f"{seed}.jpg", quality=80)
    options = ScanOptions(roots=(str(root),), workers=1)
    with HashCache(tmp_path / "c.db") as cache:
        cold = pipeline.run_scan(options, cache=cache)
        calls = _split_calls(monkeypatch)
        warm = pipeline.run_scan(options, cache=cache)
        assert calls == []  # every folder from its snapshot
        assert (warm.photos, warm.groups, warm.errors) == (cold.photos, cold.groups, cold.errors)
        assert warm.stats.from_cache == 4


def test_a_folder_listed_twice_gets_each_files_own_photo(tmp_path: Path) -> None:
    """A file root inside a folder root lists that folder twice: one snapshot cannot hold
    both lists, so each file is answered once, with its own photo."""
    root = _library(tmp_path)
    with _stored(tmp_path, root) as cache:
        files = _files(root)
        a = [f for f in files if Path(f.path).parent == root / "a"]
        rest = [f for f in files if f not in a]
        twice = [(str(root / "a"), a[:1]), (str(root / "a"), a[1:])]
        twice += cache_folders.by_folder(rest)
        cache.store_folders(twice, [_photo(f) for f in files], set())  # "a" holds a[1:] now
        listed = [f for _, group in twice for f in group]
        answer = cache.lookup_library(listed, twice)
        assert answer.misses == []
        assert sorted(answer.photos) == sorted(_photo(f) for f in listed)
