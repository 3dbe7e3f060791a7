"""Find candidate photo files under the scan roots.

Contract: ``discover(options, errors, progress, cancel) -> Iterator[PhotoFile]``, and
``discover_all(...) -> list[PhotoFile]``, the same list built a folder at a time.

* Walks ``options.reference_roots`` first (their files are ``protected``), then
  ``options.roots``; each directory in sorted name order (deterministic).
* Never follows symlinks inside the tree (files or dirs, dangling or not); a root given
  as a symlink is resolved once, because the user named it.
* Directories are tracked by (dev, ino), so loops, nested roots and a root given twice
  end; a file is listed once per (dev, ino): files with more than one link (hardlinks)
  and files given as roots are tracked by it (a file with one link has one path, and
  its folder is walked once).  Where (dev, ino) comes from is platform-specific
  (Windows directory entries give 0): ``file_ids`` is the seam.
* One ``lstat`` per candidate file, relative to the open folder (``fstatat``) where the
  OS allows (on Windows an ``os.lstat`` after the listing, for the identity);
  files are built a folder at a time (``discover_all``: no per-file generator).
* Regular files only (``lstat`` + ``S_ISREG``), image extensions from
  ``config.IMAGE_EXTENSIONS`` (case-insensitive), ``options.excludes`` (fnmatch on the
  full path or the name, for files and directories), ``options.min_size``.
* A zero-byte image file is reported as a ``ScanError`` (EMPTY), one larger than
  ``options.max_file_bytes`` as TOO_LARGE; neither is yielded (nor ever decoded).
* Skipped by default (safety G23): the user's Trash, any ``.Trash``/``.Trash-*`` dir,
  ``$RECYCLE.BIN``, ``.Trashes`` and ``System Volume Information`` (any case),
  photodedup's own cache/data dirs and the thumbnail cache.
* Unreadable directories become ``ScanError`` entries and the walk goes on.
* Emits ``Progress(STAGE_DISCOVER, n_found, None, path)`` every few files and checks
  ``cancel`` between directories and files (raises ``Cancelled``).
"""

from __future__ import annotations

import fnmatch
import operator
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from photodedup.core.config import IMAGE_EXTENSIONS, ScanOptions
from photodedup.core.discover import fork as discover_split
from photodedup.core.discover import scope
from photodedup.core.discover.file_ids import Key, entry_stat, identity_stat, key_of
from photodedup.core.discover.sidecars import FOLLOWER_ENDINGS
from photodedup.core.progress import (
    STAGE_DISCOVER,
    CancelToken,
    Progress,
    ProgressCallback,
    ignore_progress,
)
from photodedup.core.types import (
    ErrorKind,
    FileIdentity,
    PhotoFile,
    ScanError,
    new_file,
    new_identity,
)

PROGRESS_EVERY = 200
S_ISREG, S_ISDIR = stat.S_ISREG, stat.S_ISDIR
_NAME = operator.attrgetter("name")
# List folders by descriptor (entries stat'ed with fstatat) where the OS supports it.
_BY_FD = os.scandir in os.supports_fd and hasattr(os, "O_DIRECTORY")
_DIR_FLAGS = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0)


def normalise_root(root: str) -> str:
    """Absolute, with ``.``/``..`` removed lexically; symlinks are not resolved."""
    return os.path.abspath(root)  # noqa: PTH100 - Path.resolve() would follow symlinks


def _dir_key(path: str) -> Key | None:
    try:
        st = Path(path).stat()
    except OSError:
        return None
    return key_of(st, path)


@dataclass
class Walker:
    """State of one discovery run (seen dirs and files, errors, progress).

    Its public members are what :mod:`photodedup.core.discover.fork` uses to walk part of
    a tree in a child process and merge it back: ``scan_folder``, ``walk_folders``,
    ``check_cancel``, ``count``, ``seen_dirs``, ``seen_files``, ``errors``, ``progress``,
    ``cancel``.
    """

    options: ScanOptions
    errors: list[ScanError]
    progress: ProgressCallback
    cancel: CancelToken | None
    seen_dirs: set[Key] = field(default_factory=set)
    seen_files: set[Key] = field(default_factory=set)  # hardlinks, file roots
    sidecar_dirs: set[str] = field(default_factory=set)  # folders holding a sidecar name
    found: int = 0

    def __post_init__(self) -> None:
        for skip in scope.never_touched_dirs():
            key = _dir_key(str(skip))
            if key is not None:
                self.seen_dirs.add(key)  # pre-marked as seen: never entered
        self.extensions = frozenset(e.lower() for e in IMAGE_EXTENSIONS)
        self.suffixes = tuple(self.extensions)  # for str.endswith
        roots = [*self.options.reference_roots, *self.options.roots]
        file_roots = [r for r in roots if Path(r).is_file()]
        self.track_all = bool(file_roots)  # a file root: track every file
        self.sidecar_dirs.update(os.path.dirname(r) for r in file_roots)  # noqa: PTH120 - unlisted

    def excluded(self, path: str, name: str) -> bool:
        return any(
            fnmatch.fnmatch(path, pat) or fnmatch.fnmatch(name, pat)
            for pat in self.options.excludes
        )

    def check_cancel(self) -> None:
        if self.cancel is not None:
            self.cancel.raise_if_cancelled()

    def walk_root(self, root: str, protected: bool) -> Iterator[list[PhotoFile]]:
        """The root's files, one list per folder."""
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
                yield [item] if item is not None else []
            return
        if not stat.S_ISDIR(st.st_mode) or scope.is_trash_dir_name(Path(root).name):
            return
        yield from self.walk_dir(root, key_of(st, root), root, protected)

    def batches(self) -> Iterator[list[PhotoFile]]:
        """Every root's files, reference roots first; then the final progress event."""
        for root in self.options.reference_roots:
            yield from self.walk_root(root, protected=True)
        for root in self.options.roots:
            yield from self.walk_root(root, protected=False)
        self.progress(Progress(STAGE_DISCOVER, self.found, None, ""))

    def walk_dir(self, top: str, key: Key, root: str, protected: bool) -> Iterator[list[PhotoFile]]:
        """One list of files per folder, depth first, each folder in sorted name order;
        on Linux, a big enough tree is walked by two processes (``discover_split``)."""
        if discover_split.worth_splitting():
            yield from discover_split.walk_dir_split(self, top, key, root, protected)
        else:
            for _, files in self.walk_folders([(top, key)], root, protected):
                yield files

    def walk_folders(
        self, stack: list[tuple[str, Key]], root: str, protected: bool
    ) -> Iterator[tuple[Key, list[PhotoFile]]]:
        """(folder key, files) of each not-yet-seen folder under the ``stack`` entries
        (visited last first), depth first, each folder's subfolders in name order."""
        while stack:
            self.check_cancel()
            folder, folder_key = stack.pop()
            if folder_key in self.seen_dirs:
                continue
            self.seen_dirs.add(folder_key)
            files, subdirs = self.scan_folder(folder, root, protected)
            if files:
                yield folder_key, files
            stack.extend(reversed(subdirs))  # pop() then visits them in sorted order

    def scan_folder(
        self, folder: str, root: str, protected: bool
    ) -> tuple[list[PhotoFile], list[tuple[str, Key]]]:
        """The folder's photo files and its subfolders (path, key), each in name order.

        Where the OS allows, the folder is opened once and its entries are stat'ed relative
        to it (``fstatat``), which spares the kernel a full path lookup per file.
        """
        try:
            handle: int | str = os.open(folder, _DIR_FLAGS) if _BY_FD else folder
        except OSError as exc:
            self.errors.append(ScanError(folder, _error_kind(exc), f"cannot list folder: {exc}"))
            return [], []
        try:
            entries = self.list_dir(handle, folder)
            prefix = folder if folder.endswith(os.sep) else folder + os.sep  # as DirEntry.path
            files: list[PhotoFile] = []
            subdirs: list[tuple[str, Key]] = []
            for start in range(0, len(entries), PROGRESS_EVERY):  # progress, cancel
                before = len(files)
                chunk = entries[start : start + PROGRESS_EVERY]
                self.sort_entries(chunk, prefix, (root, protected), files, subdirs)
                self.count(files, before)
            return files, subdirs
        finally:
            if isinstance(handle, int):
                os.close(handle)

    def list_dir(self, handle: int | str, folder: str) -> list[os.DirEntry[str]]:
        """The folder's entries sorted by name ([] and an error if it cannot be listed)."""
        try:
            with os.scandir(handle) as it:
                return sorted(it, key=_NAME)
        except OSError as exc:
            self.errors.append(ScanError(folder, _error_kind(exc), f"cannot list folder: {exc}"))
            return []

    def subdir_key(self, path: str, entry: os.DirEntry[str]) -> Key | None:
        if scope.is_trash_dir_name(entry.name) or self.excluded(path, entry.name):
            return None
        try:
            st = entry_stat(entry, path)
        except OSError as exc:
            self.errors.append(ScanError(path, _error_kind(exc), str(exc)))
            return None
        return key_of(st, path)

    def sort_entries(
        self,
        entries: list[os.DirEntry[str]],
        prefix: str,
        where: tuple[str, bool],
        out: list[PhotoFile],
        subdirs: list[tuple[str, Key]],
    ) -> None:
        """Append a PhotoFile per usable image entry (one ``lstat`` each) and (path, key)
        per subfolder; ``where`` is (root, protected).  The hot loop of a scan."""
        seen, options, suffixes, track_all = (
            self.seen_files,
            self.options,
            self.suffixes,
            self.track_all,
        )
        excludes, high = options.excludes, options.max_file_bytes
        low = max(options.min_size, 1)
        for entry in entries:
            name = entry.name
            lower = name.lower()
            if not lower.endswith(suffixes) or lower in self.extensions:  # ".jpg": no suffix
                if entry.is_dir(follow_symlinks=False):  # d_type; False for symlinks
                    self.add_subdir(prefix + name, entry, subdirs)
                elif lower.endswith(FOLLOWER_ENDINGS):  # .xmp, .aae, .mov...: listed later
                    self.sidecar_dirs.add(os.path.dirname(prefix + name))  # noqa: PTH120
                continue
            path = prefix + name
            try:
                st = entry.stat(follow_symlinks=False)  # the one stat per file (lstat)
                if not st.st_ino:  # Windows: the entry's stat has no identity (file_ids)
                    st = identity_stat(path)
            except OSError as exc:
                self.errors.append(ScanError(path, _error_kind(exc), str(exc)))
                continue
            if not S_ISREG(st.st_mode):
                if S_ISDIR(st.st_mode):  # a folder named like a photo ("2019.jpg/")
                    self.add_subdir(path, entry, subdirs)
                continue
            if excludes and self.excluded(path, name):
                continue
            if st.st_nlink > 1 or track_all:
                inode = key_of(st, path)
                if inode in seen:
                    continue
                seen.add(inode)
            size = st.st_size
            if not low <= size <= high:
                self.reject(path, size)
                continue
            identity = new_identity((st.st_dev, st.st_ino, size, st.st_mtime_ns, st.st_ctime_ns))
            out.append(new_file((path, identity, *where)))

    def add_subdir(
        self, path: str, entry: os.DirEntry[str], subdirs: list[tuple[str, Key]]
    ) -> None:
        """Queue a subfolder to walk, unless it is a trash folder or excluded."""
        key = self.subdir_key(path, entry)
        if key is not None:
            subdirs.append((path, key))

    def consider_file(
        self, path: str, name: str, st: os.stat_result, root: str, protected: bool
    ) -> PhotoFile | None:
        """A PhotoFile for a regular image file not seen before (symlinks fail S_ISREG)."""
        if not S_ISREG(st.st_mode) or (self.options.excludes and self.excluded(path, name)):
            return None
        inode = key_of(st, path)
        if inode in self.seen_files:
            return None
        self.seen_files.add(inode)
        size = st.st_size
        if size < self.options.min_size or size == 0 or size > self.options.max_file_bytes:
            self.reject(path, size)
            return None
        file = PhotoFile(path, FileIdentity.from_stat(st), root, protected)
        self.count([file], 0)
        return file

    def reject(self, path: str, size: int) -> None:
        """Record why a file of this (unusable) size is not a candidate."""
        if size == 0:
            self.errors.append(ScanError(path, ErrorKind.EMPTY, "empty file (0 bytes)"))
        elif size > self.options.max_file_bytes and size >= self.options.min_size:
            limit = self.options.max_file_bytes  # rejected here: never sent to decode
            self.errors.append(ScanError(path, ErrorKind.TOO_LARGE, f"larger than {limit} bytes"))

    def count(self, files: list[PhotoFile], before: int) -> None:
        """Count ``files[before:]``; report progress every PROGRESS_EVERY and check cancel."""
        start = self.found
        self.found += len(files) - before
        first = (start // PROGRESS_EVERY + 1) * PROGRESS_EVERY
        for mark in range(first, self.found + 1, PROGRESS_EVERY):
            self.check_cancel()
            path = files[before + mark - start - 1].path  # the mark-th file found
            self.progress(Progress(STAGE_DISCOVER, mark, None, path))


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
    walker = Walker(options, errors, progress, cancel)
    for batch in walker.batches():
        for item in batch:
            yield item
            walker.check_cancel()  # a folder's list is built ahead: stop within it too


def folder_of(file: PhotoFile) -> str:
    """The folder holding ``file`` (its path up to the last separator)."""
    return file.path.rpartition(os.sep)[0]


class FileList(list[PhotoFile]):
    """Discovered files, with ``folders``: the runs of consecutive files that share a folder,
    as (folder, files), known from the walk without a step per file."""

    folders: list[tuple[str, list[PhotoFile]]]
    sidecar_dirs: set[str]  # the folders where a sidecar file (.xmp, .aae...) may lie


def discover_all(
    options: ScanOptions,
    errors: list[ScanError],
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
) -> FileList:
    """``list(discover(...))`` without a generator step per file (cancel: per 200 files)."""
    walker = Walker(options, errors, progress, cancel)
    found = FileList()
    found.folders = []
    found.sidecar_dirs = walker.sidecar_dirs
    for batch in walker.batches():
        if not batch:
            continue
        found += batch
        folder = folder_of(batch[0])  # a batch is one folder's files
        if found.folders and found.folders[-1][0] == folder:  # e.g. a file root, then its folder
            found.folders[-1][1].extend(batch)
        else:
            found.folders.append((folder, batch))  # the walk's own list: no copy
    return found
