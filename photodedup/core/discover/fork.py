"""Discovery on two cores: a forked process walks the second half of a folder's subfolders
while this one walks the first half.

A rescan of an unchanged library is mostly discovery (one ``lstat`` per file plus the
Python objects for it), and one process uses one core.  Splitting a tree between two
processes gives the same result as the serial walk:

* Order: this process walks the top folder and its first subfolders, the child the
  rest; the child's folders follow, as in the serial depth-first order.
* Seen folders and files: a folder (dev, ino) or a tracked file (hardlink, file root)
  that this process's part met is dropped from the child's part (the serial walk meets
  it here first); the child's seen sets are merged before the walk goes on.
* Errors keep their order; progress for the child's files is reported when they arrive.
* Cancelling kills the child; a child that fails in any way is replaced by walking its
  part here.

Only on Linux, in a process with no other OS thread (``fork`` copies only the calling
thread, and a lock another thread held would stay locked in the child; the GUI, and any
process that imported numpy, walks serially), and from the first folder down the tree
that has two subfolders or more.  The
child exits with ``os._exit``: it never touches the open hash cache or anything else.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import signal
import sys
from collections.abc import Iterator
from itertools import repeat
from pathlib import Path
from typing import TYPE_CHECKING, Any

from photodedup.core.discover.file_ids import Key
from photodedup.core.progress import ignore_progress
from photodedup.core.types import (
    ErrorKind,
    PhotoFile,
    ScanError,
    new_file,
    new_identity,
)

if TYPE_CHECKING:
    from photodedup.core.discover.walker import Walker

Subdirs = list[tuple[str, Key]]
ENABLED = sys.platform == "linux" and hasattr(os, "fork")


def worth_splitting() -> bool:
    """Whether a walk may fork: Linux, and no other thread running in this process."""
    return ENABLED and one_thread()


def one_thread() -> bool:
    """Whether this process runs a single OS thread: counted by the kernel, so threads
    that Python does not know of (Qt's, a BLAS pool's) count too."""
    try:
        return len(list(Path("/proc/self/task").iterdir())) == 1
    except OSError:
        return False


def walk_dir_split(
    walker: Walker, top: str, key: Key, root: str, protected: bool
) -> Iterator[list[PhotoFile]]:
    """``walker.walk_dir`` of ``top``, its subfolders shared with a child process."""
    subdirs = [(top, key)]
    while len(subdirs) == 1:  # down a chain of single subfolders (Pictures/Camera/...)
        ((folder, folder_key),) = subdirs
        walker.check_cancel()
        if folder_key in walker.seen_dirs:
            return
        walker.seen_dirs.add(folder_key)
        files, subdirs = walker.scan_folder(folder, root, protected)
        if files:
            yield files
    if not subdirs:
        return
    mine, theirs = subdirs[: len(subdirs) // 2], subdirs[len(subdirs) // 2 :]
    try:
        child = _Child.start(walker, theirs, root, protected)
    except OSError:  # cannot fork now (process limit, memory): walk it all here
        for _, found in walker.walk_folders(list(reversed(subdirs)), root, protected):
            yield found
        return
    try:
        for _, found in walker.walk_folders(list(reversed(mine)), root, protected):
            yield found
        part = child.result()
    finally:
        child.stop()
    if part is None:  # the child failed: walk its part here
        for _, found in walker.walk_folders(list(reversed(theirs)), root, protected):
            yield found
    else:
        yield from _merge(walker, part, root, protected)


class _Child:
    """A forked process walking ``subdirs``; its findings come back as one marshal blob."""

    def __init__(self, pid: int, read_end: int) -> None:
        self.pid, self.read_end = pid, read_end

    @classmethod
    def start(cls, walker: Walker, subdirs: Subdirs, root: str, protected: bool) -> _Child:
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: walk, send, and leave without any clean-up
            code = 1
            with contextlib.suppress(BaseException):
                os.close(read_end)
                _send(write_end, _walk_part(walker, subdirs, root, protected))
                code = 0
            os._exit(code)
        os.close(write_end)
        return cls(pid, read_end)

    def result(self) -> Any:
        """The child's part (see ``_walk_part``), or None if it failed."""
        chunks = []
        while chunk := os.read(self.read_end, 1 << 20):
            chunks.append(chunk)
        _, status = os.waitpid(self.pid, 0)
        self.pid = 0
        if status != 0:
            return None
        try:
            return marshal.loads(b"".join(chunks))
        except (ValueError, EOFError, TypeError):
            return None

    def stop(self) -> None:
        """Kill and reap the child if it still runs; close the pipe."""
        if self.pid:
            with contextlib.suppress(OSError):
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            self.pid = 0
        os.close(self.read_end)


def _walk_part(walker: Walker, subdirs: Subdirs, root: str, protected: bool) -> tuple[Any, ...]:
    """(batches, errors, new seen folders, new seen files, sidecar folders) of the child's
    walk, as plain data: a batch is (folder key, paths, identities)."""
    walker.progress, walker.cancel = ignore_progress, None
    seen_dirs, seen_files = set(walker.seen_dirs), set(walker.seen_files)
    walker.errors = []
    batches = [
        (key, [f.path for f in files], [tuple(f.identity) for f in files])
        for key, files in walker.walk_folders(list(reversed(subdirs)), root, protected)
    ]
    errors = [(e.path, e.kind.value, e.message) for e in walker.errors]
    return (
        batches,
        errors,
        list(walker.seen_dirs - seen_dirs),
        list(walker.seen_files - seen_files),
        list(walker.sidecar_dirs),
    )


def _send(fd: int, part: tuple[Any, ...]) -> None:
    data = memoryview(marshal.dumps(part))
    while data:
        data = data[os.write(fd, data) :]
    os.close(fd)


def _photo_files(
    paths: list[str], identities: list[tuple[int, ...]], tracked: set[Key], where: tuple[str, bool]
) -> list[PhotoFile]:
    """PhotoFiles (``where``: root, protected) of the child's files not in ``tracked``."""
    if tracked:
        kept = [(p, i) for p, i in zip(paths, identities, strict=True) if i[:2] not in tracked]
        paths, identities = [p for p, _ in kept], [i for _, i in kept]
    made = zip(paths, map(new_identity, identities), repeat(where[0]), repeat(where[1]))
    return list(map(new_file, made))


def _merge(walker: Walker, part: Any, root: str, protected: bool) -> Iterator[list[PhotoFile]]:
    """The child's batches as this process's walk would have listed them."""
    batches, errors, seen_dirs, seen_files, sidecar_dirs = part
    tracked = walker.seen_files  # met here first: the serial walk would skip them
    for key, paths, identities in batches:
        if tuple(key) in walker.seen_dirs:
            continue
        files = _photo_files(paths, identities, tracked, (root, protected))
        if files:
            walker.check_cancel()
            walker.count(files, 0)
            yield files
    walker.errors.extend(ScanError(path, ErrorKind(kind), text) for path, kind, text in errors)
    walker.seen_dirs.update(map(tuple, seen_dirs))
    walker.seen_files.update(map(tuple, seen_files))
    walker.sidecar_dirs.update(sidecar_dirs)
