"""Discovery: extensions, symlinks, loops, hardlinks, nested roots, trash, excludes, sizes."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from photodedup.core import paths
from photodedup.core.config import ScanOptions
from photodedup.core.discover import walker as discover_mod
from photodedup.core.discover.walker import PROGRESS_EVERY, discover, discover_all
from photodedup.core.progress import STAGE_DISCOVER, Cancelled, CancelToken, Progress
from photodedup.core.store.folders import by_folder
from photodedup.core.types import ErrorKind, ScanError


def _touch(path: Path, data: bytes = b"x" * 10) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _run(*roots: Path, **kw: object) -> tuple[list[str], list[ScanError]]:
    errors: list[ScanError] = []
    options = ScanOptions(roots=tuple(str(r) for r in roots), **kw)  # type: ignore[arg-type]
    return [f.path for f in discover(options, errors)], errors


def test_image_extensions_case_insensitive_sorted_and_regular_only(tmp_path: Path) -> None:
    for name in ("b.JPG", "a.png", "c.HeIc", "d.txt", "e.jpeg.bak", "noext"):
        _touch(tmp_path / name)
    _touch(tmp_path / "sub" / "f.webp")
    os.mkfifo(tmp_path / "fifo.jpg")
    (tmp_path / "dir.jpg").mkdir()
    found, errors = _run(tmp_path)
    assert [Path(p).relative_to(tmp_path).as_posix() for p in found] == [
        "a.png",
        "b.JPG",
        "c.HeIc",
        "sub/f.webp",
    ]
    assert errors == []


def test_identity_and_root_are_recorded(tmp_path: Path) -> None:
    photo = _touch(tmp_path / "a.jpg", b"12345")
    errors: list[ScanError] = []
    (item,) = discover(ScanOptions(roots=(str(tmp_path),)), errors)
    st = photo.stat()
    assert (item.identity.dev, item.identity.ino, item.size) == (st.st_dev, st.st_ino, 5)
    assert item.identity.mtime_ns == st.st_mtime_ns
    assert item.root == str(tmp_path)
    assert not item.protected


def test_symlinks_never_followed_and_loops_end(tmp_path: Path) -> None:
    real = _touch(tmp_path / "lib" / "a.jpg")
    (tmp_path / "lib" / "link.jpg").symlink_to(real)
    (tmp_path / "lib" / "dangling.jpg").symlink_to(tmp_path / "missing.jpg")
    (tmp_path / "lib" / "loop").symlink_to(tmp_path / "lib")
    _touch(tmp_path / "outside" / "o.jpg")
    (tmp_path / "lib" / "elsewhere").symlink_to(tmp_path / "outside")
    found, errors = _run(tmp_path / "lib")
    assert found == [str(real)]
    assert errors == []


def test_hardlinks_nested_roots_and_root_twice_list_each_file_once(tmp_path: Path) -> None:
    a = _touch(tmp_path / "lib" / "a.jpg")
    os.link(a, tmp_path / "lib" / "b.jpg")
    c = _touch(tmp_path / "lib" / "sub" / "c.jpg")
    found, _ = _run(tmp_path / "lib", tmp_path / "lib" / "sub", tmp_path / "lib")
    assert found == [str(a), str(c)]


def test_a_file_root_inside_a_folder_root_is_listed_once_in_either_order(tmp_path: Path) -> None:
    a = _touch(tmp_path / "lib" / "a.jpg")
    b = _touch(tmp_path / "lib" / "b.jpg")
    assert _run(tmp_path / "lib", a)[0] == [str(a), str(b)]
    assert _run(a, tmp_path / "lib")[0] == [str(a), str(b)]
    assert _run(tmp_path / "lib", tmp_path / "lib" / "." / "b.jpg")[0] == [str(a), str(b)]


def test_names_that_are_only_an_extension_are_not_images(tmp_path: Path) -> None:
    _touch(tmp_path / ".jpg")
    _touch(tmp_path / ".PNG")
    keep = _touch(tmp_path / "..jpg")
    assert _run(tmp_path)[0] == [str(keep)]


def test_reference_roots_are_walked_first_and_protected(tmp_path: Path) -> None:
    _touch(tmp_path / "lib" / "a.jpg")
    ref = _touch(tmp_path / "lib" / "ref" / "r.jpg")
    errors: list[ScanError] = []
    options = ScanOptions(roots=(str(tmp_path / "lib"),), reference_roots=(str(ref.parent),))
    files = list(discover(options, errors))
    assert [(Path(f.path).name, f.protected) for f in files] == [("r.jpg", True), ("a.jpg", False)]


def test_trash_and_own_dirs_are_skipped(tmp_path: Path, isolated_dirs: Path) -> None:
    home = isolated_dirs
    keep = _touch(home / "Pictures" / "a.jpg")
    _touch(home / ".local" / "share" / "Trash" / "files" / "a.jpg")
    _touch(home / ".cache" / "thumbnails" / "large" / "t.png")
    _touch(home / "Pictures" / ".Trash-1000" / "files" / "x.jpg")
    _touch(home / "Pictures" / ".Trash" / "x.jpg")
    _touch(paths.cache_dir() / "c.jpg")
    _touch(paths.data_dir() / "d.jpg")
    found, _ = _run(home)
    assert found == [str(keep)]


def test_excludes_match_names_and_full_paths_and_prune_dirs(tmp_path: Path) -> None:
    keep = _touch(tmp_path / "a.jpg")
    _touch(tmp_path / "a_thumb.jpg")
    _touch(tmp_path / "private" / "b.jpg")
    found, _ = _run(tmp_path, excludes=("*_thumb.jpg", str(tmp_path / "priv*")))
    assert found == [str(keep)]


def test_min_size_skips_small_files_and_empty_files_are_errors(tmp_path: Path) -> None:
    _touch(tmp_path / "small.jpg", b"x" * 10)
    big = _touch(tmp_path / "big.jpg", b"x" * 100)
    empty = _touch(tmp_path / "empty.jpg", b"")
    found, errors = _run(tmp_path, min_size=50)
    assert found == [str(big)]
    assert errors == [ScanError(str(empty), ErrorKind.EMPTY, "empty file (0 bytes)")]


def test_files_over_the_size_limit_are_errors_not_candidates(tmp_path: Path) -> None:
    ok = _touch(tmp_path / "ok.jpg", b"x" * 100)
    huge = _touch(tmp_path / "huge.jpg", b"x" * 101)
    found, errors = _run(tmp_path, max_file_bytes=100)
    assert found == [str(ok)]
    assert [(e.path, e.kind) for e in errors] == [(str(huge), ErrorKind.TOO_LARGE)]


def test_roots_are_made_absolute_without_dot_dot(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    photo = _touch(tmp_path / "lib" / "a.jpg")
    _touch(tmp_path / "lib" / "notes.txt", b"")
    monkeypatch.chdir(tmp_path / "lib")
    errors: list[ScanError] = []
    options = ScanOptions(roots=("../lib", "notes.txt"))
    (item,) = discover(options, errors)
    assert (item.path, item.root) == (str(photo), str(tmp_path / "lib"))
    assert errors == []  # a non-image file given as a root is ignored, even when empty


def test_missing_root_is_an_error_and_file_root_is_listed(tmp_path: Path) -> None:
    photo = _touch(tmp_path / "a.jpg")
    found, errors = _run(tmp_path / "missing", photo)
    assert found == [str(photo)]
    assert [(e.path, e.kind) for e in errors] == [(str(tmp_path / "missing"), ErrorKind.VANISHED)]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads chmod 000 folders anyway")
def test_unreadable_folder_is_reported_and_the_walk_goes_on(tmp_path: Path) -> None:
    keep = _touch(tmp_path / "a.jpg")
    locked = tmp_path / "locked"
    _touch(locked / "b.jpg")
    locked.chmod(0)
    try:
        found, errors = _run(tmp_path)
    finally:
        locked.chmod(0o755)
    assert found == [str(keep)]
    assert [(e.path, e.kind) for e in errors] == [(str(locked), ErrorKind.PERMISSION)]


def test_unreadable_folder_error_via_scandir_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keep = _touch(tmp_path / "a.jpg")
    _touch(tmp_path / "locked" / "b.jpg")
    real_scandir, real_open = os.scandir, os.open

    def refuse(real: Any) -> Any:
        def call(path: Any, *args: Any) -> Any:
            if isinstance(path, str) and Path(path).name == "locked":
                raise PermissionError(13, "Permission denied", path)
            return real(path, *args)

        return call

    monkeypatch.setattr(os, "scandir", refuse(real_scandir))  # folders listed by path
    monkeypatch.setattr(os, "open", refuse(real_open))  # or opened, then listed by fd
    found, errors = _run(tmp_path)
    assert found == [str(keep)]
    assert [(Path(e.path).name, e.kind) for e in errors] == [("locked", ErrorKind.PERMISSION)]


def test_undecodable_names_survive_as_lossless_str(tmp_path: Path) -> None:
    raw = os.fsencode(str(tmp_path)) + b"/IMG_\xff.jpg"
    with open(raw, "wb") as fh:
        fh.write(b"data")
    found, _ = _run(tmp_path)
    assert [os.fsencode(p) for p in found] == [raw]


def test_progress_and_cancel(tmp_path: Path) -> None:
    for n in range(450):
        _touch(tmp_path / f"{n:03}.jpg")
    events: list[Progress] = []
    errors: list[ScanError] = []
    options = ScanOptions(roots=(str(tmp_path),))
    found = list(discover(options, errors, events.append))
    assert len(found) == 450
    assert all(e.stage == STAGE_DISCOVER and e.total is None for e in events)
    assert [e.done for e in events] == [200, 400, 450]
    token = CancelToken()
    walk = discover(options, errors, cancel=token)
    next(walk)
    token.cancel()
    more = 0
    with pytest.raises(Cancelled):
        for _ in walk:
            more += 1
    assert more < PROGRESS_EVERY  # stops within a few hundred files at most


@pytest.mark.parametrize("by_fd", [True, False])  # False: platforms without scandir(fd)
def test_discover_all_is_the_generator_as_a_list_with_the_same_events(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, by_fd: bool
) -> None:
    monkeypatch.setattr(discover_mod, "_BY_FD", by_fd and discover_mod._BY_FD)
    for n in range(230):
        _touch(tmp_path / "big" / f"{n:03}.jpg")
    for n in range(190):
        _touch(tmp_path / "small" / f"{n:03}.png")
    _touch(tmp_path / "small" / "empty.jpg", b"")
    os.link(tmp_path / "big" / "000.jpg", tmp_path / "small" / "hardlink.jpg")
    options = ScanOptions(roots=(str(tmp_path),), reference_roots=(str(tmp_path / "small"),))
    runs = []
    for walk in (discover, discover_all):
        events: list[Progress] = []
        errors: list[ScanError] = []
        runs.append((list(walk(options, errors, events.append)), errors, events))
    (files, errors, events), again = runs
    assert again == runs[0]
    assert len(files) == 420 and [e.kind for e in errors] == [ErrorKind.EMPTY]
    assert [e.done for e in events] == [200, 400, 420]
    assert [e.current for e in events[:2]] == [files[199].path, files[399].path]
    listed = discover_all(options, [])
    assert listed.folders == by_folder(listed)  # the walk's folder runs, no step per file
    single = discover_all(ScanOptions(roots=(str(tmp_path / "big" / "007.jpg"), str(tmp_path))), [])
    assert single.folders == by_folder(single)  # a file root, then its folder: one run
    assert [folder for folder, _ in single.folders] == [
        str(tmp_path / "big"),
        str(tmp_path / "small"),
    ]


def test_discover_all_stops_on_cancel(tmp_path: Path) -> None:
    for n in range(450):
        _touch(tmp_path / f"{n:03}.jpg")
    token = CancelToken()

    def cancel_at_first_event(_event: Progress) -> None:
        token.cancel()

    with pytest.raises(Cancelled):
        discover_all(ScanOptions(roots=(str(tmp_path),)), [], cancel_at_first_event, token)


# -- property: random trees of folders, files, hard links and symlinks ---------------------

_NAMES = st.sampled_from(["a", "b", "c.jpg", "d.png", "e.JPG", "f.txt"])


@st.composite
def _tree_ops(draw: st.DrawFn) -> list[tuple[str, int, str, int]]:
    """Operations (kind, parent index, name, target index) building a tree."""
    ops = []
    for _ in range(draw(st.integers(3, 25))):
        kind = draw(st.sampled_from(["dir", "file", "file", "hardlink", "symlink"]))
        ops.append((kind, draw(st.integers(0, 50)), draw(_NAMES), draw(st.integers(0, 50))))
    return ops


def _build(base: Path, ops: list[tuple[str, int, str, int]]) -> tuple[list[Path], list[Path]]:
    dirs, files = [base], []
    for n, (kind, parent_i, name, target_i) in enumerate(ops):
        path = dirs[parent_i % len(dirs)] / f"{n}{name}"
        if kind == "dir":
            path.mkdir()
            dirs.append(path)
        elif kind == "file":
            path.write_bytes(b"x" * (n + 1))
            files.append(path)
        elif kind == "hardlink" and files:
            os.link(files[target_i % len(files)], path)
            files.append(path)
        elif kind == "symlink":
            targets = dirs + files
            path.symlink_to(targets[target_i % len(targets)])
    return dirs, files


def _expected_inodes(roots: list[Path]) -> set[tuple[int, int]]:
    """Inodes of image files reachable from the roots without following any symlink."""
    found = set()
    for root in roots:
        for folder, subdirs, names in os.walk(root):  # os.walk does not follow symlinks
            for name in names + subdirs:
                path = Path(folder) / name
                st_ = path.lstat()
                if stat.S_ISREG(st_.st_mode) and path.suffix.lower() in {".jpg", ".png"}:
                    found.add((st_.st_dev, st_.st_ino))
    return found


@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,  # the same examples on every run
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(ops=_tree_ops(), root_picks=st.lists(st.integers(0, 50), min_size=1, max_size=4))
def test_random_trees_list_each_reachable_image_once_without_symlinks(
    tmp_path: Path, ops: list[tuple[str, int, str, int]], root_picks: list[int]
) -> None:
    base = Path(tempfile.mkdtemp(dir=tmp_path)).resolve()
    dirs, _ = _build(base, ops)
    roots = [dirs[i % len(dirs)] for i in root_picks]  # nested and repeated roots too
    errors: list[ScanError] = []
    found = list(discover(ScanOptions(roots=tuple(str(r) for r in roots)), errors))
    inodes = [(f.identity.dev, f.identity.ino) for f in found]
    assert len(inodes) == len(set(inodes))  # each file once (hard links, nested roots)
    assert set(inodes) == _expected_inodes(roots)
    for item in found:  # never reached through a symlink
        assert os.path.realpath(item.path) == item.path
    assert errors == []
