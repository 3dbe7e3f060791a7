"""HashCache: identity-keyed hits, re-hash on change, bulk lookups, self-healing."""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

import pytest

from photodedup.core import paths
from photodedup.core.store import hashes as cache_mod
from photodedup.core.store import rows as cache_rows
from photodedup.core.store.hashes import HashCache
from photodedup.core.types import ErrorKind, FileIdentity, ImageInfo, Photo, PhotoFile, ScanError


def _file(path: Path, root: Path) -> PhotoFile:
    return PhotoFile(str(path), FileIdentity.from_stat(path.lstat()), str(root))


def _photo(file: PhotoFile, key: int = 7) -> Photo:
    info = ImageInfo(40, 30, "JPEG", taken="2020-01-01T00:00:00", camera="Cam X")
    return Photo(file, info, key.to_bytes(8, "little") + b"thumb", "ck")


@pytest.fixture
def photo_file(tmp_path: Path) -> PhotoFile:
    path = tmp_path / "lib" / "a.jpg"
    path.parent.mkdir()
    path.write_bytes(b"0123456789")
    return _file(path, tmp_path / "lib")


def test_default_location_round_trip_and_persistence(photo_file: PhotoFile) -> None:
    with HashCache() as cache:
        assert cache.lookup(photo_file) is None
        cache.store_many([_photo(photo_file)])
    assert paths.cache_db_path().exists()
    with HashCache() as cache:
        assert cache.lookup(photo_file) == _photo(photo_file)
        assert len(cache) == 1


def test_changed_size_mtime_or_ctime_misses(photo_file: PhotoFile, tmp_path: Path) -> None:
    cache = HashCache(tmp_path / "c.db")
    cache.store_many([_photo(photo_file)])
    ident = photo_file.identity
    for change in (
        {"size": ident.size + 1},
        {"mtime_ns": ident.mtime_ns + 1},
        {"ctime_ns": ident.ctime_ns + 1},
        {"ino": ident.ino + 1},
    ):
        changed = FileIdentity(**{**_as_dict(ident), **change})
        moved = PhotoFile(photo_file.path, changed, photo_file.root)
        assert cache.lookup(moved) is None
        assert cache.lookup_many([moved])[2] == [moved]


def _as_dict(ident: FileIdentity) -> dict[str, int]:
    return {k: getattr(ident, k) for k in ("dev", "ino", "size", "mtime_ns", "ctime_ns")}


def test_content_replaced_with_same_size_and_mtime_is_rehashed(
    photo_file: PhotoFile, tmp_path: Path
) -> None:
    cache = HashCache(tmp_path / "c.db")
    cache.store_many([_photo(photo_file)])
    path = Path(photo_file.path)
    old = path.stat()
    path.write_bytes(b"9876543210")  # same size
    os.utime(path, ns=(old.st_atime_ns, old.st_mtime_ns))  # same mtime; ctime moves on
    again = _file(path, Path(photo_file.root))
    assert again.identity.mtime_ns == photo_file.identity.mtime_ns
    assert cache.lookup(again) is None


def test_file_renamed_over_another_path_is_rehashed(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    a, b = lib / "a.jpg", lib / "b.jpg"
    a.write_bytes(b"A" * 10)
    b.write_bytes(b"B" * 10)
    cache = HashCache(tmp_path / "c.db")
    cache.store_many([_photo(_file(a, lib), 1), _photo(_file(b, lib), 2)])
    b.replace(a)
    assert cache.lookup(_file(a, lib)) is None


def test_lookup_many_splits_hits_failures_and_misses(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    (lib / "sub").mkdir(parents=True)
    files = []
    for name in ("a.jpg", "sub/b.jpg", "c.jpg", "d.jpg"):
        (lib / name).write_bytes(name.encode())
        files.append(_file(lib / name, lib))
    (tmp_path / "lib2").mkdir()
    (tmp_path / "lib2" / "x.jpg").write_bytes(b"x")
    other = _file(tmp_path / "lib2" / "x.jpg", tmp_path / "lib2")
    cache = HashCache(tmp_path / "c.db")
    cache.store_many([_photo(files[0]), _photo(files[1]), _photo(other)])
    cache.store_errors(
        [
            (files[2], ScanError(files[2].path, ErrorKind.TRUNCATED, "cut")),
            (files[3], ScanError(files[3].path, ErrorKind.TIMEOUT, "slow")),  # not cached
        ]
    )
    photos, errors, misses = cache.lookup_many(files)
    assert [p.path for p in photos] == [files[0].path, files[1].path]
    assert errors == [ScanError(files[2].path, ErrorKind.TRUNCATED, "cut")]
    assert misses == [files[3]]


def test_prefix_siblings_are_not_loaded_for_a_root(tmp_path: Path) -> None:
    for folder in ("lib", "lib-other"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "a.jpg").write_bytes(b"a")
    cache = HashCache(tmp_path / "c.db")
    files = [_file(tmp_path / f / "a.jpg", tmp_path / f) for f in ("lib", "lib-other")]
    cache.store_many([_photo(f) for f in files])
    assert [p.path for p in cache.all_photos([str(tmp_path / "lib")])] == [files[0].path]
    everything = {p.path: p.file.identity for p in cache.all_photos()}
    assert everything == {f.path: f.identity for f in files}


def test_load_roots_reads_nested_and_file_roots_once(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    (lib / "nested").mkdir(parents=True)
    files = []
    for name in ("a.jpg", "nested/b.jpg", "c.jpg"):
        (lib / name).write_bytes(name.encode())
        files.append(_file(lib / name, lib))
    file_root = _file(lib / "c.jpg", lib / "c.jpg")  # a single file given as a root
    cache = HashCache(tmp_path / "c.db")
    cache.store_many([_photo(f) for f in files])
    rows = cache.load_roots([str(lib), str(lib / "nested"), file_root.root])  # nested: once
    assert sorted(rows[0]) == sorted(os.fsencode(f.path) for f in files)
    assert cache_rows.unpack(rows[0][os.fsencode(file_root.path)])[0] == file_root.identity
    assert cache.lookup_many([file_root])[0] == [_photo(file_root)]
    assert [p.path for p in cache.lookup_many(files)[0]] == [f.path for f in files]


def test_dev_and_ino_beyond_63_bits_still_hit(tmp_path: Path) -> None:
    ident = FileIdentity(2**64 - 5, 2**63 + 7, 10, 123, 456)
    file = PhotoFile("/big/a.jpg", ident, "/big")
    cache = HashCache(tmp_path / "c.db")
    cache.store_many([_photo(file)])
    assert cache.lookup_many([file]) == ([_photo(file)], [], [])
    moved = PhotoFile(file.path, ident._replace(ino=2**63 + 8), file.root)
    assert cache.lookup_many([moved]) == ([], [], [moved])


def test_same_size_new_mtime_on_disk_misses(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    path = lib / "a.jpg"
    path.write_bytes(b"0123456789")
    cache = HashCache(tmp_path / "c.db")
    cache.store_many([_photo(_file(path, lib))])
    st = path.stat()
    path.write_bytes(b"9876543210")  # same size
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    fresh = _file(path, lib)
    assert cache.lookup_many([fresh]) == ([], [], [fresh])


def test_undecodable_path_bytes_round_trip(tmp_path: Path) -> None:
    raw = os.fsencode(str(tmp_path)) + b"/IMG_\xff.jpg"
    with open(raw, "wb") as fh:
        fh.write(b"data")
    file = _file(Path(os.fsdecode(raw)), tmp_path)
    cache = HashCache(tmp_path / "c.db")
    cache.store_many([_photo(file)])
    assert [os.fsencode(p.path) for p in cache.all_photos()] == [raw]
    assert cache.lookup_many([file])[0] == [_photo(file)]


def _corrupt_random(db: Path) -> None:
    db.write_bytes(os.urandom(8192))


def _corrupt_truncated(db: Path) -> None:
    db.write_bytes(db.read_bytes()[:1500])


def _corrupt_future_schema(db: Path) -> None:
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE schema_version SET version = 999")
    conn.close()


@pytest.mark.parametrize("corrupt", [_corrupt_random, _corrupt_truncated, _corrupt_future_schema])
def test_broken_cache_is_moved_aside_with_wal_and_shm_and_rebuilt(
    corrupt: object, photo_file: PhotoFile, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db = tmp_path / "c.db"
    with HashCache(db) as cache:
        cache.store_many([_photo(photo_file, n) for n in range(1)])
        many = [_photo(PhotoFile(f"/x/{n}.jpg", photo_file.identity, "/x")) for n in range(300)]
        cache.store_many(many)
    corrupt(db)  # type: ignore[operator]
    Path(f"{db}-wal").write_bytes(b"stale wal")
    with caplog.at_level(logging.WARNING), HashCache(db) as cache:
        assert cache.enabled
        assert cache.lookup(photo_file) is None
        cache.store_many([_photo(photo_file)])
        assert cache.lookup(photo_file) == _photo(photo_file)
    aside = sorted(p.name for p in tmp_path.iterdir() if ".corrupt-" in p.name)
    base = next(n for n in aside if not n.endswith(("-wal", "-shm")))
    assert (tmp_path / f"{base}-wal").read_bytes() == b"stale wal"  # moved together, intact
    assert len([r for r in caplog.records if r.levelno == logging.WARNING]) == 1


def test_corruption_found_while_in_use_heals(photo_file: PhotoFile, tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    cache = HashCache(db)
    cache.store_many([_photo(photo_file)])

    def malformed(_conn: sqlite3.Connection) -> None:
        raise sqlite3.DatabaseError("database disk image is malformed")

    assert cache._run("read", malformed) is None
    assert any(".corrupt-" in p.name for p in tmp_path.iterdir())
    assert cache.enabled
    assert cache.lookup_many([photo_file])[2] == [photo_file]  # fresh, empty cache
    cache.store_many([_photo(photo_file)])
    assert cache.lookup(photo_file) is not None


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to read-only folders")
def test_read_only_cache_dir_runs_without_cache(photo_file: PhotoFile, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        cache = HashCache(folder / "c.db")
        cache.store_many([_photo(photo_file)])
        assert not cache.enabled
        assert cache.lookup(photo_file) is None
    finally:
        folder.chmod(0o755)


def test_unusable_cache_location_runs_without_cache(
    photo_file: PhotoFile, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "file"
    blocker.write_bytes(b"")
    with caplog.at_level(logging.WARNING):
        cache = HashCache(blocker / "sub" / "c.db")  # parent is a file: cannot create
        cache.store_many([_photo(photo_file)])
        assert cache.lookup(photo_file) is None
        assert cache.lookup_many([photo_file]) == ([], [], [photo_file])
    assert not cache.enabled
    assert len(caplog.records) == 1


def test_disk_full_while_writing_turns_cache_off_once(
    photo_file: PhotoFile, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    cache = HashCache(tmp_path / "c.db")

    def full(*_args: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    original = cache_mod._in_transaction
    cache_mod._in_transaction = full  # type: ignore[assignment]
    try:
        with caplog.at_level(logging.WARNING):
            cache.store_many([_photo(photo_file)])
            cache.store_many([_photo(photo_file)])
    finally:
        cache_mod._in_transaction = original
    assert not cache.enabled
    assert len(caplog.records) == 1
    assert not any(".corrupt-" in p.name for p in tmp_path.iterdir())


def test_wal_mode_and_busy_timeout(tmp_path: Path) -> None:
    cache = HashCache(tmp_path / "c.db")
    conn = cache._conn()
    assert conn is not None
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000


def test_one_connection_per_thread(photo_file: PhotoFile, tmp_path: Path) -> None:
    import threading

    cache = HashCache(tmp_path / "c.db")
    cache.store_many([_photo(photo_file)])
    results: list[object] = []
    thread = threading.Thread(target=lambda: results.append(cache.lookup(photo_file)))
    thread.start()
    thread.join()
    assert results == [_photo(photo_file)]
    assert len(cache._connections) == 2
    worker_conn = cache._connections[1]
    cache.close()  # also closes the worker thread's connection
    assert cache._connections == []
    with pytest.raises(sqlite3.ProgrammingError, match="closed"):
        worker_conn.execute("SELECT 1")


def test_decoder_notes_come_back_as_warnings(photo_file: PhotoFile, tmp_path: Path) -> None:
    cache = HashCache(tmp_path / "c.db")
    notes = {photo_file.path: ["damaged EXIF (x)", "invalid EXIF orientation 9 ignored"]}
    cache.store_many([_photo(photo_file)], notes)
    photos, errors, misses = cache.lookup_many([photo_file])
    assert (photos, misses) == ([_photo(photo_file)], [])
    assert errors == [
        ScanError(photo_file.path, ErrorKind.WARNING, "damaged EXIF (x)"),
        ScanError(photo_file.path, ErrorKind.WARNING, "invalid EXIF orientation 9 ignored"),
    ]


def test_two_writers_at_once_do_not_lock_each_other_out(tmp_path: Path) -> None:
    import threading

    db = tmp_path / "c.db"
    ident = FileIdentity(1, 2, 3, 4, 5)
    problems: list[BaseException] = []

    def write(prefix: str) -> None:
        try:
            cache = HashCache(db)  # its own connection, like a second app instance
            for start in range(0, 2000, 200):
                batch = [
                    PhotoFile(f"/{prefix}/{n}.jpg", ident, "/") for n in range(start, start + 200)
                ]
                cache.store_many([_photo(f) for f in batch])
            assert cache.enabled
            cache.close()
        except BaseException as exc:  # reported below, in the test thread
            problems.append(exc)

    threads = [threading.Thread(target=write, args=(p,)) for p in ("a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert problems == []
    with HashCache(db) as cache:
        assert len(cache) == 4000
        conn = cache._conn()
        assert conn is not None
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_processes_creating_a_new_cache_at_once_agree_on_one_schema(tmp_path: Path) -> None:
    import threading

    for trial in range(40):  # the race this guards against showed in ~1 of 8 trials
        db = tmp_path / f"c{trial}.db"
        barrier = threading.Barrier(4)
        caches: list[HashCache] = []

        def open_cache(
            path: Path = db, start: threading.Barrier = barrier, out: list[HashCache] = caches
        ) -> None:
            start.wait()
            out.append(HashCache(path))

        threads = [threading.Thread(target=open_cache) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert all(cache.enabled for cache in caches)
        for cache in caches:
            cache.close()
        with sqlite3.connect(db) as conn:
            assert conn.execute("SELECT version FROM schema_version").fetchall() == [
                (cache_mod.SCHEMA_VERSION,)
            ]
        conn.close()
    assert not [p for p in tmp_path.iterdir() if "corrupt" in p.name]


def test_older_layout_is_rebuilt_not_disabled(photo_file: PhotoFile, tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    with sqlite3.connect(db) as conn:  # same schema version, a table missing a column
        conn.executescript(
            "CREATE TABLE schema_version (version INTEGER NOT NULL);"
            f"INSERT INTO schema_version VALUES ({cache_mod.SCHEMA_VERSION});"
            "CREATE TABLE photos (path BLOB, algo TEXT, PRIMARY KEY (path, algo));"
        )
    conn.close()
    cache = HashCache(db)
    assert cache.lookup_many([photo_file]) == ([], [], [photo_file])
    cache.store_many([_photo(photo_file)])
    assert cache.enabled
    assert cache.lookup(photo_file) == _photo(photo_file)
    assert any(".corrupt-" in p.name for p in tmp_path.iterdir())


def test_older_schema_version_is_rebuilt(photo_file: PhotoFile, tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    with HashCache(db) as cache:
        cache.store_many([_photo(photo_file)])
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE schema_version SET version = 1")
    conn.close()
    with HashCache(db) as cache:
        assert cache.enabled and cache.lookup(photo_file) is None


def test_is_empty_until_a_photo_is_stored(tmp_path: Path) -> None:
    from tests.core.group.test_cluster import photo
    from tests.core.test_fingerprint import textured

    with HashCache(tmp_path / "c.db") as cache:
        assert cache.is_empty()
        cache.store_many([photo(textured(1), "a.jpg")])
        assert not cache.is_empty()


def test_a_new_fingerprint_version_replaces_the_old_rows_of_the_files_it_stores(
    photo_file: PhotoFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After an update bumps ALGO_ID every file is fingerprinted again; the rows the old
    version left for those files go (the cache held the library twice), and the rows of
    files not scanned again yet stay until they are."""
    other = tmp_path / "lib" / "b.jpg"
    other.write_bytes(b"abcdefghij")
    other_file = _file(other, tmp_path / "lib")
    cache = HashCache(tmp_path / "c.db")
    monkeypatch.setattr(cache_mod, "ALGO_ID", "pd-old")
    cache.store_many([_photo(photo_file), _photo(other_file)])
    failed = ScanError(str(other), ErrorKind.TRUNCATED, "cut short")
    cache.store_errors([(other_file, failed)])
    assert len(cache) == 2
    monkeypatch.setattr(cache_mod, "ALGO_ID", "pd-new")
    assert cache.lookup(photo_file) is None
    cache.store_many([_photo(photo_file, key=8)])
    cache.store_errors([(other_file, failed)])
    assert len(cache) == 2  # a.jpg's new row; b.jpg's old photo row is not touched yet
    assert cache.lookup(photo_file) == _photo(photo_file, key=8)
    with sqlite3.connect(tmp_path / "c.db") as conn:
        rows = conn.execute("SELECT path, algo FROM photos ORDER BY path").fetchall()
        failures = conn.execute("SELECT algo FROM failures").fetchall()
    assert rows == [(os.fsencode(photo_file.path), "pd-new"), (os.fsencode(str(other)), "pd-old")]
    assert failures == [("pd-new",)]
    monkeypatch.setattr(cache_mod, "ALGO_ID", "pd-old")  # the old version finds a.jpg gone
    assert cache.lookup(photo_file) is None
    cache.close()
