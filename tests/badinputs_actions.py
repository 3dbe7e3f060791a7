"""Bad-input corpus, second part: rows the clean-up acts on and rows needing their own scan.

See :mod:`tests.badinputs` (``build_corpus`` calls both parts).
"""

# Bytes paths on purpose (exact file names): os.path, not pathlib.
# ruff: noqa: PTH116

from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path

from tests.badinputs import IS_ROOT, ROOT_SKIP, Case, make_case, write_jpeg, write_pair
from tests.photos import save_jpeg, textured_image


def build_action_cases(root: Path, cases: dict[int, Case]) -> None:
    """Rows 22, 23, 27, 28, 30, 31, 39: duplicates the clean-up tests act on."""
    for number, slug, seed in (
        (22, "readonly-dir", 2222),
        (23, "readonly-file", 2323),
        (27, "victim-modified", 2727),
        (28, "keeper-changed", 2828),
        (30, "unplugged", 3030),
        (31, "network-share", 3131),
    ):
        c = cases[number] = make_case(root, number, slug)
        write_pair(c, seed)
    if IS_ROOT:
        cases[22].notes.append(f"chmod 555 {ROOT_SKIP}; the rename failure is injected")
        cases[23].notes.append(
            "os.access() is always true for root; send2trash's check is emulated"
        )
    cases[30].notes.append("unplugging is emulated by moving the folder away after the scan")
    cases[31].notes.append("a share without a usable trash is emulated (TrashPermissionError)")
    c = cases[39] = make_case(root, 39, "same-names")
    img = textured_image(3939)
    c.add("keeper", save_jpeg(img, c.folder / "IMG_0001_original.JPG", quality=95))
    for i in range(30):
        (c.folder / f"d{i:02d}").mkdir()
        c.add(f"copy{i:02d}", save_jpeg(img, c.folder / f"d{i:02d}" / "IMG_0001.JPG", quality=60))


def build_separate_cases(root: Path, cases: dict[int, Case], many_files: int) -> None:
    """Rows 25, 26, 29, 34-38: each needs its own scan or set-up."""
    for number, slug, seed in (
        (25, "vanishes", 2525),
        (26, "rewritten", 2626),
        (38, "ctime", 3838),
    ):
        c = cases[number] = make_case(root, number, slug, "separate")
        c.add("photo", write_jpeg(c.folder / "photo.jpg", seed))
        c.add("other", write_jpeg(c.folder / "other.jpg", seed + 1))
    c = cases[29] = make_case(root, 29, "other-filesystem", "separate")
    write_pair(c, 2929)
    second = second_filesystem(c.folder)
    if second is None:
        c.notes.append("no second writable file system found; a fake volume is used instead")
    else:
        other = Path(tempfile.mkdtemp(prefix="photodedup-corpus-", dir=second))
        c.add("other_fs_dir", other)
        c.add("other_fs_copy", save_jpeg(textured_image(2929), other / "copy.jpg", quality=70))
    c = cases[34] = make_case(root, 34, "many-files", "separate")
    for i in range(many_files):
        (c.folder / f"IMG_{i:06d}.jpg").write_bytes(b"\xff\xd8\xff\xe0 tiny")
    c.add("count", str(many_files))
    for number, slug in ((35, "corrupt-cache"), (36, "unusable-cache"), (37, "two-instances")):
        c = cases[number] = make_case(root, number, slug, "separate")
        (c.folder / "photos").mkdir()
        c.add("photo", write_jpeg(c.folder / "photos" / "photo.jpg", 3500 + number))
        c.add("copy", write_jpeg(c.folder / "photos" / "copy.jpg", 3500 + number, quality=60))
    _cache_files(cases[35], cases[36])


def _cache_files(corrupt: Case, unusable: Case) -> None:
    (corrupt.folder / "random.sqlite3").write_bytes(os.urandom(8192))
    corrupt.add("random", corrupt.folder / "random.sqlite3")
    (corrupt.folder / "truncated.sqlite3").write_bytes(b"SQLite format 3\x00" + b"\x10\x00")
    corrupt.add("truncated", corrupt.folder / "truncated.sqlite3")
    with sqlite3.connect(corrupt.folder / "future.sqlite3") as conn:
        conn.execute("CREATE TABLE schema_version (version INTEGER)")
        conn.execute("INSERT INTO schema_version VALUES (999)")
    conn.close()
    corrupt.add("future", corrupt.folder / "future.sqlite3")
    (unusable.folder / "not_a_dir").write_bytes(b"a file where the cache folder should be")
    unusable.add("cache", unusable.folder / "not_a_dir" / "cache.sqlite3")
    unusable.notes.append(f"read-only cache dir {ROOT_SKIP}" if IS_ROOT else "")


def second_filesystem(near: Path) -> Path | None:
    """A writable directory on another device than ``near`` (env override, else /dev/shm)."""
    candidates = [os.environ.get("PHOTODEDUP_SECOND_FS", ""), "/dev/shm"]
    for candidate in filter(None, candidates):
        try:
            if os.stat(candidate).st_dev != os.stat(near).st_dev and os.access(candidate, os.W_OK):
                return Path(candidate)
        except OSError:
            continue
    return None
