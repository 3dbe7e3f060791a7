"""The cache forgets the rows of files that are gone, and only those.

Real scans of real JPEGs in ``tmp_path`` (one decoder worker); the device and permission
cases, which need a second disk or a non-root user, are simulated with a ``stat``.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from photodedup.core import pipeline
from photodedup.core.config import ScanOptions
from photodedup.core.progress import CancelToken
from photodedup.core.store import folders as cache_folders
from photodedup.core.store.gone import Candidate, GoneFinder, is_gone
from photodedup.core.store.hashes import HashCache
from tests.photos import save_jpeg, textured_image


def _library(root: Path) -> Path:
    for n, folder in enumerate(("2019", "2020", "2020/party", "2021")):
        (root / folder).mkdir(parents=True)
        for k in range(2):
            save_jpeg(textured_image(10 * n + k, (96, 72)), root / folder / f"img{k}.jpg")
    (root / "2021" / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 not a photo")
    return root


def _scan(root: Path, cache_path: Path, **kw: object) -> None:
    options = ScanOptions(roots=(str(root),), workers=1)
    with HashCache(cache_path) as cache:
        result = pipeline.run_scan(options, cache=cache, **kw)  # type: ignore[arg-type]
    assert not result.cancelled or "cancel" in kw


def _rows(cache_path: Path) -> dict[str, set[str]]:
    db = sqlite3.connect(cache_path)
    try:
        return {
            table: {os.fsdecode(p) for (p,) in db.execute(f"SELECT path FROM {table}")}
            for table in ("photos", "failures", "folders")
        }
    finally:
        db.close()


@pytest.fixture
def scanned(tmp_path: Path) -> tuple[Path, Path]:
    root = _library(tmp_path / "lib")
    cache_path = tmp_path / "cache.sqlite3"
    _scan(root, cache_path)
    rows = _rows(cache_path)
    assert len(rows["photos"]) == 8 and len(rows["failures"]) == 1
    assert str(root / "2020" / "party") in rows["folders"]
    return root, cache_path


def test_deleted_files_and_folders_are_forgotten(scanned: tuple[Path, Path]) -> None:
    root, cache_path = scanned
    (root / "2019" / "img0.jpg").unlink()  # one file of a folder
    shutil.rmtree(root / "2020" / "party")  # a whole folder
    (root / "2021" / "broken.jpg").unlink()  # a cached failure
    _scan(root, cache_path)
    rows = _rows(cache_path)
    left = ("2019/img1.jpg", "2020/img0.jpg", "2020/img1.jpg", "2021/img0.jpg", "2021/img1.jpg")
    assert rows["photos"] == {str(root / f) for f in left}
    assert rows["failures"] == set()
    assert str(root / "2020" / "party") not in rows["folders"]
    assert str(root / "2019") in rows["folders"]  # written again for what is left


def test_moved_file_is_forgotten_at_its_old_path(scanned: tuple[Path, Path]) -> None:
    root, cache_path = scanned
    (root / "2019" / "img0.jpg").rename(root / "2021" / "moved.jpg")
    _scan(root, cache_path)
    rows = _rows(cache_path)["photos"]
    assert str(root / "2019" / "img0.jpg") not in rows
    assert str(root / "2021" / "moved.jpg") in rows


def test_files_outside_the_scan_or_still_there_are_kept(
    scanned: tuple[Path, Path], tmp_path: Path
) -> None:
    root, cache_path = scanned
    before = _rows(cache_path)
    _scan(root / "2020", cache_path)  # a scan of one folder lists none of the others
    assert _rows(cache_path)["photos"] >= before["photos"]
    other = _library(tmp_path / "other")
    _scan(other, cache_path)
    shutil.rmtree(root / "2019")
    _scan(other, cache_path)  # 2019 is gone, but this scan did not look there
    assert str(root / "2019" / "img1.jpg") in _rows(cache_path)["photos"]


def test_cancelled_scan_forgets_nothing(scanned: tuple[Path, Path]) -> None:
    root, cache_path = scanned
    shutil.rmtree(root / "2020" / "party")
    cancel = CancelToken()
    cancel.cancel()
    _scan(root, cache_path, cancel=cancel)
    assert str(root / "2020" / "party" / "img0.jpg") in _rows(cache_path)["photos"]


def _fake_stat(devices: dict[str, int], denied: tuple[str, ...] = ()) -> Callable[[str], object]:
    """``lstat`` over a made-up tree: path -> st_dev; paths under ``denied`` are refused."""

    def stat(path: str) -> object:
        if any(path.startswith(d) for d in denied):
            raise PermissionError(13, "Permission denied", path)
        if path not in devices:
            raise FileNotFoundError(2, "No such file", path)
        return os.stat_result((0o40755, 1, devices[path], 1, 0, 0, 0, 0, 0, 0))

    return stat


def test_an_unplugged_drive_or_unmounted_share_keeps_its_rows() -> None:
    tree = {"/": 1, "/media": 1, "/media/usb": 1, "/home": 1, "/home/me": 1}
    stat = _fake_stat(tree)
    # The drive (device 7) is unplugged: /media/usb is its empty mount point on disk 1.
    assert not is_gone("/media/usb/2020/a.jpg", 7, stat)  # type: ignore[arg-type]
    # A file of disk 1 deleted from a folder that is still there: gone.
    assert is_gone("/home/me/a.jpg", 1, stat)  # type: ignore[arg-type]
    # A deleted folder of disk 1: gone too (the nearest folder that exists is disk 1's).
    assert is_gone("/home/me/trip/day1/a.jpg", 1, stat)  # type: ignore[arg-type]
    # Failure rows store devices past 2**63 as negative numbers.
    big = {**tree, "/big": (1 << 64) - 5}
    assert is_gone("/big/a.jpg", -5, _fake_stat(big))  # type: ignore[arg-type]


def test_unreadable_or_present_files_are_not_gone() -> None:
    tree = {"/": 1, "/home": 1, "/home/me": 1, "/home/me/a.jpg": 1}
    stat = _fake_stat(tree, denied=("/home/me/private",))
    assert not is_gone("/home/me/a.jpg", 1, stat)  # type: ignore[arg-type]
    assert not is_gone("/home/me/private/b.jpg", 1, stat)  # type: ignore[arg-type]


def test_finder_forgets_a_snapshot_only_when_all_its_files_are_gone(tmp_path: Path) -> None:
    root = _library(tmp_path / "lib")
    cache_path = tmp_path / "c.sqlite3"
    _scan(root, cache_path)
    db = sqlite3.connect(cache_path)
    blob = db.execute(
        "SELECT record FROM folders WHERE path = ?", (os.fsencode(str(root / "2019")),)
    ).fetchone()[0]
    db.close()
    paths, _ = cache_folders.contents(blob)  # type: ignore[misc]
    finder = GoneFinder()
    finder.unlisted_folder(str(root / "2019"), blob)  # e.g. excluded by a pattern
    assert finder.decide().folders == []  # its files are there: nothing is forgotten
    Path(paths[0]).unlink()
    finder = GoneFinder()
    finder.unlisted_folder(str(root / "2019"), blob)
    gone = finder.decide()
    assert (gone.files, gone.folders) == ([paths[0]], [])
    Path(paths[1]).unlink()
    finder = GoneFinder()
    finder.unlisted_folder(str(root / "2019"), blob)
    assert finder.decide().folders == [str(root / "2019")]
    finder = GoneFinder()
    finder.unlisted_folder(str(root / "2020"), b"damaged")
    finder.unlisted_files([Candidate(str(root / "2020" / "img0.jpg"), 0)])
    assert finder.decide() == ([], [])  # a damaged snapshot is no evidence; a present file stays
