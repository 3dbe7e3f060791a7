"""Find candidate photo files under the scan roots.

Contract: ``discover(options, errors, progress, cancel) -> Iterator[PhotoFile]``.

* Walks ``options.reference_roots`` first (their files are ``protected``), then
  ``options.roots``; each directory in sorted name order (deterministic).
* Never follows symlinks inside the tree (files or dirs, dangling or not); a root given
  as a symlink is resolved once, because the user named it.
* Directories are tracked by (dev, ino), so loops, nested roots and a root given twice
  end; a file is listed once per (dev, ino) (hardlinks too).
* Regular files only (``lstat`` + ``S_ISREG``), image extensions from
  ``config.IMAGE_EXTENSIONS`` (case-insensitive), ``options.excludes`` (fnmatch on the
  full path or the name, for files and directories), ``options.min_size``.
* A zero-byte image file is reported as a ``ScanError`` (EMPTY), one larger than
  ``options.max_file_bytes`` as TOO_LARGE; neither is yielded (nor ever decoded).
* Skipped by default (safety G23): the user's Trash, any ``.Trash``/``.Trash-*`` dir,
  photodedup's own cache/data dirs and the thumbnail cache.
* Unreadable directories become ``ScanError`` entries and the walk goes on.
* Emits ``Progress(STAGE_DISCOVER, n_found, None, path)`` every few files and checks
  ``cancel`` between directories and files (raises ``Cancelled``).
"""

from __future__ import annotations

import fnmatch
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from photodedup.core import paths
from photodedup.core.config import IMAGE_EXTENSIONS, ScanOptions
from photodedup.core.progress import (
    STAGE_DISCOVER,
    CancelToken,
    Progress,
    ProgressCallback,
    ignore_progress,
)
from photodedup.core.types import ErrorKind, FileIdentity, PhotoFile, ScanError

PROGRESS_EVERY = 200


def _xdg_dir(variable: str, fallback: str) -> Path:
    value = os.environ.get(variable)
    return Path(value) if value and Path(value).is_absolute() else Path.home() / fallback


def default_skip_dirs() -> list[Path]:
    """Directories never scanned: the trash, our own cache/data, the thumbnail cache."""
    return [
        _xdg_dir("XDG_DATA_HOME", ".local/share") / "Trash",
        _xdg_dir("XDG_CACHE_HOME", ".cache") / "thumbnails",
        paths.cache_dir(),
        paths.data_dir(),
    ]


def normalise_root(root: str) -> str:
    """Absolute, with ``.``/``..`` removed lexically; symlinks are not resolved."""
    return os.path.abspath(root)  # noqa: PTH100 - Path.resolve() would follow symlinks


def is_trash_dir_name(name: str) -> bool:
    """True for per-volume trash folders (``.Trash``, ``.Trash-1000``)."""
    return name == ".Trash" or name.startswith(".Trash-")


def _dir_key(path: str) -> tuple[int, int] | None:
    try:
        st = Path(path).stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


@dataclass
class _Walker:
    """State of one discovery run (seen dirs and files, errors, progress)."""

    options: ScanOptions
    errors: list[ScanError]
    progress: ProgressCallback
    cancel: CancelToken | None
    seen_dirs: set[tuple[int, int]] = field(default_factory=set)
    seen_files: set[tuple[int, int]] = field(default_factory=set)
    found: int = 0

    def __post_init__(self) -> None:
        for skip in default_skip_dirs():
            key = _dir_key(str(skip))
            if key is not None:
                self.seen_dirs.add(key)  # pre-marked as seen: never entered
        self.extensions = frozenset(e.lower() for e in IMAGE_EXTENSIONS)

    def excluded(self, path: str, name: str) -> bool:
        return any(
            fnmatch.fnmatch(path, pat) or fnmatch.fnmatch(name, pat)
            for pat in self.options.excludes
        )

    def check_cancel(self) -> None:
        if self.cancel is not None:
            self.cancel.raise_if_cancelled()

    def walk_root(self, root: str, protected: bool) -> Iterator[PhotoFile]:
        root = normalise_root(root)
        try:
            st = Path(root).stat()
        except OSError as exc:
            self.errors.append(ScanError(root, _error_kind(exc), f"root not usable: {exc}"))
            return
        if stat.S_ISREG(st.st_mode):  # a single file given as a root
            name = Path(root).name
            if _extension(name) in self.extensions:
                item = self.consider_file(root, name, os.lstat(root), root, protected)
                yield from (item,) if item is not None else ()
            return
        if not stat.S_ISDIR(st.st_mode) or is_trash_dir_name(Path(root).name):
            return
        yield from self.walk_dir(root, (st.st_dev, st.st_ino), root, protected)

    def walk_dir(
        self, top: str, key: tuple[int, int], root: str, protected: bool
    ) -> Iterator[PhotoFile]:
        stack = [(top, key)]
        while stack:
            self.check_cancel()
            folder, folder_key = stack.pop()
            if folder_key in self.seen_dirs:
                continue
            self.seen_dirs.add(folder_key)
            subdirs: list[tuple[str, tuple[int, int]]] = []
            for entry in self.list_dir(folder):
                if entry.is_dir(follow_symlinks=False):  # False for symlinks (d_type)
                    sub = self.subdir_key(entry)
                    if sub is not None:
                        subdirs.append((entry.path, sub))
                elif _extension(entry.name) in self.extensions:
                    item = self.consider_entry(entry, root, protected)
                    if item is not None:
                        yield item
            stack.extend(reversed(subdirs))  # pop() then visits them in sorted order

    def list_dir(self, folder: str) -> list[os.DirEntry[str]]:
        try:
            with os.scandir(folder) as it:
                return sorted(it, key=lambda e: e.name)
        except OSError as exc:
            self.errors.append(ScanError(folder, _error_kind(exc), f"cannot list folder: {exc}"))
            return []

    def subdir_key(self, entry: os.DirEntry[str]) -> tuple[int, int] | None:
        if is_trash_dir_name(entry.name) or self.excluded(entry.path, entry.name):
            return None
        try:
            st = entry.stat(follow_symlinks=False)
        except OSError as exc:
            self.errors.append(ScanError(entry.path, _error_kind(exc), str(exc)))
            return None
        return (st.st_dev, st.st_ino)

    def consider_entry(
        self, entry: os.DirEntry[str], root: str, protected: bool
    ) -> PhotoFile | None:
        try:
            st = entry.stat(follow_symlinks=False)  # the one stat per file (lstat)
        except OSError as exc:
            self.errors.append(ScanError(entry.path, _error_kind(exc), str(exc)))
            return None
        return self.consider_file(entry.path, entry.name, st, root, protected)

    def consider_file(
        self, path: str, name: str, st: os.stat_result, root: str, protected: bool
    ) -> PhotoFile | None:
        """A PhotoFile for a regular image file not seen before (symlinks fail S_ISREG)."""
        if not stat.S_ISREG(st.st_mode) or (self.options.excludes and self.excluded(path, name)):
            return None
        inode = (st.st_dev, st.st_ino)
        if inode in self.seen_files:
            return None
        self.seen_files.add(inode)
        if st.st_size == 0:
            self.errors.append(ScanError(path, ErrorKind.EMPTY, "empty file (0 bytes)"))
            return None
        if st.st_size < self.options.min_size:
            return None
        if st.st_size > self.options.max_file_bytes:  # rejected here: never sent to decode
            limit = self.options.max_file_bytes
            self.errors.append(ScanError(path, ErrorKind.TOO_LARGE, f"larger than {limit} bytes"))
            return None
        self.found += 1
        if self.found % PROGRESS_EVERY == 0:
            self.check_cancel()
            self.progress(Progress(STAGE_DISCOVER, self.found, None, path))
        return PhotoFile(path, FileIdentity.from_stat(st), root, protected)


def _extension(name: str) -> str:
    """Lower-case suffix with its dot ("" when none); cheaper than Path.suffix."""
    dot = name.rfind(".")
    return name[dot:].lower() if dot > 0 else ""


def _error_kind(exc: OSError) -> ErrorKind:
    if isinstance(exc, PermissionError):
        return ErrorKind.PERMISSION
    if isinstance(exc, FileNotFoundError):
        return ErrorKind.VANISHED
    return ErrorKind.UNREADABLE


def discover(
    options: ScanOptions,
    errors: list[ScanError],
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> Iterator[PhotoFile]:
    """Yield each candidate photo file once; problems are appended to ``errors``."""
    walker = _Walker(options, errors, progress, cancel)
    for root in options.reference_roots:
        yield from walker.walk_root(root, protected=True)
    for root in options.roots:
        yield from walker.walk_root(root, protected=False)
    progress(Progress(STAGE_DISCOVER, walker.found, None, ""))
