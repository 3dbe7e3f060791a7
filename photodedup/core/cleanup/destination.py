"""Move to a folder: the alternative to the trash, journaled and undoable like trashing.

A :class:`Destination` is a folder the user chose.  It is refused when it is not a real
folder, lies inside a trash can or photodedup's own folders (``scope.is_out_of_scope``)
or inside a reference folder.  It plays the trash's part in ``execute``:

* :meth:`Destination.claim` picks a free name in the folder (``name.jpg``, then
  ``name 1.jpg``, ``name 2.jpg``... as the trash does) after re-checking that the folder
  still resolves to the folder that was checked; nothing is reserved on disk;
* :meth:`Destination.commit` moves the file there without ever overwriting: ``link()``
  the file to the chosen name (it fails atomically with ``EEXIST`` if anything appeared
  there), check the new name is the same inode, then unlink the old name.  On a file
  system without hard links (FAT, some shares) the name is reserved with an ``O_EXCL``
  empty file that is then renamed over, after checking it is still our empty file.
  A destination on *another* file system is refused ("on another drive"): photodedup
  never copies a photo and removes the original.
* undo is ``trash.restore``: link back to the original path (never overwriting), then
  unlink the name in the destination.

A kill between ``link`` and ``unlink`` leaves the photo under both names (one file):
``journal.clean_orphans`` removes the name in the destination on the next run.
"""

# Paths are bytes-exact here (G21): os.path, not pathlib.
# ruff: noqa: PTH100, PTH104, PTH108, PTH116, PTH118, PTH119, PTH120, PTH122

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Iterable

from photodedup.core.cleanup.trash import fsync_dir
from photodedup.core.cleanup.trash_entry import CHANGED_BEFORE, NOT_REGULAR, TrashedItem
from photodedup.core.discover.scope import is_out_of_scope
from photodedup.core.messages import Message
from photodedup.core.types import FileIdentity, display_path

__all__ = ["OTHER_DRIVE", "Destination", "DestinationError", "destination_problem"]

MAX_PROBES = 100_000
# What the folder or a move into it cannot do (Messages: translated where shown).
OTHER_DRIVE = Message(
    "the folder is on another drive: photodedup moves files only within one drive "
    "(it never copies a photo and deletes the original)"
)
NO_FREE_NAME = Message("no free name in the folder")
NAME_TAKEN = Message("the name was taken at the destination")
_NO_LINKS = frozenset({errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK, errno.ENOSYS})


class DestinationError(ValueError):
    """The chosen folder cannot receive moved files (the message says why)."""


def _real(folder: str) -> bytes:
    return os.path.realpath(os.fsencode(os.path.abspath(folder)))


def _under(real: bytes, folders: Iterable[bytes]) -> bool:
    return any(real == f or real.startswith(f.rstrip(b"/") + b"/") for f in folders)


def destination_problem(folder: str, reference_roots: Iterable[str] = ()) -> str:
    """Why ``folder`` cannot receive moved files, or ""."""
    path_b = os.fsencode(os.path.abspath(folder))
    try:
        st = os.stat(path_b)
    except OSError as exc:
        return Message("the folder cannot be used ({error})", error=exc.strerror or str(exc))
    if not stat.S_ISDIR(st.st_mode):
        return Message("not a folder")
    real = os.path.realpath(path_b)
    inside = os.fsdecode(os.path.join(real, b"x"))
    if is_out_of_scope(os.fsdecode(os.path.join(path_b, b"x"))) or is_out_of_scope(inside):
        return Message("the folder is inside a trash or photodedup's own folders")
    if _under(real, (_real(r) for r in reference_roots)):
        return Message(
            "the folder is inside a reference folder (reference photos are never touched)"
        )
    if not os.access(real, os.W_OK | os.X_OK):
        return Message("the folder is not writable")
    return ""


class Destination:
    """A checked folder that victims are moved into, never overwriting anything there."""

    def __init__(self, folder: str, reference_roots: Iterable[str] = ()) -> None:
        roots = tuple(reference_roots)
        problem = destination_problem(folder, roots)
        if problem:
            raise DestinationError(
                Message("{folder}: {problem}", folder=display_path(folder), problem=problem)
            )
        self.folder = os.fsdecode(_real(folder))
        self.reference_roots = roots
        self._dev = os.stat(os.fsencode(self.folder)).st_dev

    def __repr__(self) -> str:
        return f"Destination({self.folder!r})"

    # ------------------------------------------------------------------ execute's seam
    def claim(self, path: str) -> TrashedItem:
        """A free name in the folder for ``path`` (checked again right before acting)."""
        folder_b = os.fsencode(self.folder)
        problem = destination_problem(self.folder, self.reference_roots)
        if not problem and _real(self.folder) != folder_b:
            problem = Message("the folder now leads elsewhere (a symlink was swapped in)")
        if problem:
            folder = display_path(self.folder)
            words = Message("cannot move into {folder}: {problem}", folder=folder, problem=problem)
            raise OSError(errno.EINVAL, words)
        src = os.fsencode(os.path.abspath(path))
        if os.lstat(src).st_dev != self._dev:
            raise OSError(errno.EXDEV, OTHER_DRIVE)
        stem, ext = os.path.splitext(os.path.basename(src))
        for counter in range(MAX_PROBES):
            name = os.path.basename(src) if not counter else stem + b" %d" % counter + ext
            target = os.path.join(folder_b, name)
            if not os.path.lexists(target):
                return TrashedItem(os.fsdecode(target), "")
        raise OSError(errno.EEXIST, NO_FREE_NAME, self.folder)

    def commit(self, path: str, item: TrashedItem, identity: FileIdentity | None = None) -> None:
        """Move ``path`` to ``item``'s name; raises ``OSError`` (the file stays) on failure."""
        src = os.fsencode(os.path.abspath(path))
        dst = os.fsencode(item.trash_file)
        st = os.lstat(src)
        if identity is not None and (st.st_dev, st.st_ino) != (identity.dev, identity.ino):
            raise OSError(errno.ESTALE, CHANGED_BEFORE, path)
        if not stat.S_ISREG(st.st_mode):
            raise OSError(errno.EINVAL, NOT_REGULAR, path)
        try:
            os.link(src, dst, follow_symlinks=False)  # atomic: EEXIST if the name is taken
        except FileExistsError as exc:
            raise FileExistsError(errno.EEXIST, NAME_TAKEN) from exc
        except OSError as exc:
            if exc.errno == errno.EXDEV:
                raise OSError(errno.EXDEV, OTHER_DRIVE) from exc
            if exc.errno not in _NO_LINKS:
                raise
            _rename_reserved(src, dst, st)
        else:
            _drop_source(src, dst, st)
        fsync_dir(os.path.dirname(dst))
        fsync_dir(os.path.dirname(src))

    def release(self, item: TrashedItem) -> None:
        """Nothing was reserved on disk (kept for the trash's interface)."""


def _same(a: os.stat_result, b: os.stat_result) -> bool:
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def _drop_source(src: bytes, dst: bytes, st: os.stat_result) -> None:
    """After ``link(src, dst)``: unlink ``src`` only if both names are the one file."""
    if not _same(os.lstat(dst), st) or not _same(os.lstat(src), st):
        changed = Message("the file changed during the move")
        raise OSError(errno.ESTALE, changed, os.fsdecode(src))
    try:
        os.unlink(src)  # the file stays under its new name (same inode, checked above)
    except OSError:
        with contextlib.suppress(OSError):
            if _same(os.lstat(dst), st) and _same(os.lstat(src), st):
                os.unlink(dst)  # roll back our own extra name; the photo is at src
        raise


def _rename_reserved(src: bytes, dst: bytes, st: os.stat_result) -> None:
    """No hard links here: reserve ``dst`` with ``O_EXCL``, then rename over our own
    empty reservation (checked to be it right before)."""
    fd = os.open(dst, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    reserved = os.fstat(fd)
    os.close(fd)
    try:
        now = os.lstat(dst)
        if not (_same(now, reserved) and now.st_size == 0 and stat.S_ISREG(now.st_mode)):
            raise FileExistsError(errno.EEXIST, NAME_TAKEN)
        if not _same(os.lstat(src), st):
            raise OSError(errno.ESTALE, CHANGED_BEFORE)
        os.rename(src, dst)
    except BaseException:
        with contextlib.suppress(OSError):
            if _same(os.lstat(dst), reserved):
                os.unlink(dst)  # our own empty reservation, never a user file
        raise


def undo_half_move(path: str, moved_to: str) -> bool:
    """A kill between link and unlink: both names are one file; drop the new name.

    True if that was the case (the photo is at ``path`` alone again).
    """
    try:
        a, b = os.lstat(os.fsencode(path)), os.lstat(os.fsencode(moved_to))
    except OSError:
        return False
    if not _same(a, b):
        return False
    os.unlink(os.fsencode(moved_to))  # the same inode stays at ``path``
    return True
