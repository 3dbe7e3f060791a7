"""The system trash (freedesktop.org spec on Linux): send files there, find them, bring them back.

A file always goes to a trash on *its own file system*, so the move is a ``rename()``
and never a copy: the home trash (``$XDG_DATA_HOME/Trash``) when its ``files/`` folder is
on the file's device, else ``$topdir/.Trash/$uid`` (an admin-made, sticky, non-symlink
``.Trash``) or ``$topdir/.Trash-$uid`` (created 0700, never a symlink, owned by us) of the
file's mount point.  When none is usable the file stays where it is and
``TrashPermissionError`` is raised: photodedup never copies a photo into a trash on
another file system (a copy interrupted by a kill or a full disk would leave a piece).

Trashing is two steps, so the journal can record the destination before the move:

* :func:`claim` picks a free name and reserves it by creating its ``.trashinfo`` with
  ``O_EXCL`` (written and fsync'd; nothing is listed: names are probed one by one, so a
  trash with 30,000 entries costs nothing);
* :func:`commit` re-checks the file (same device and inode, writable) and renames it to
  the claimed ``files/`` entry; on any failure the claimed ``.trashinfo`` is removed
  (:func:`release`), so no orphan stays behind.  An orphan left by a kill between the two
  steps is removed the next time that name is probed, or by the journal's clean-up.

:func:`restore` never overwrites: it hard-links the trashed file to the original path
(``link()`` fails atomically with ``EEXIST``), then removes the trash entry; without hard
links it copies into a file opened with ``O_EXCL``, keeping the mtime.

macOS and Windows: the platform's own API moves the file and names the entry;
``platform_trash.py`` learns where it went (one :class:`~.platform_trash.TrashBackend` per
platform, chosen by ``sys.platform``).  :func:`claim`, :func:`commit`, :func:`release`,
:func:`send_to_trash` and :func:`locate` hand over to it there; :func:`restore` is the
same everywhere.
"""

# Paths are handled as bytes here (exact file names, G21); pathlib cannot hold bytes.
# ruff: noqa: PTH100, PTH102, PTH103, PTH104, PTH108, PTH116, PTH118, PTH119, PTH120
# ruff: noqa: PTH122

from __future__ import annotations

import contextlib
import errno
import itertools
import logging
import os
import shutil
import stat
import sys
from collections.abc import Iterator
from datetime import datetime
from urllib.parse import quote_from_bytes, unquote_to_bytes

from send2trash.exceptions import TrashPermissionError

from photodedup.core import paths
from photodedup.core.cleanup import platform_trash
from photodedup.core.cleanup.trash_entry import (
    CHANGED_BEFORE,
    NOT_REGULAR,
    TrashBackend,
    TrashedItem,
)
from photodedup.core.discover.scope import (
    data_home,
    home_trash,
    is_inside_trash,
    is_out_of_scope,
    real_path,
)
from photodedup.core.messages import Message
from photodedup.core.types import FileIdentity

__all__ = [
    "TrashPermissionError",
    "TrashedItem",
    "claim",
    "commit",
    "exclusive_lock",
    "home_trash",
    "is_inside_trash",
    "is_out_of_scope",
    "locate",
    "real_path",
    "release",
    "restore",
    "send_to_trash",
]

log = logging.getLogger(__name__)
TRASH_LOCK = "trash.lock"
INFO_SUFFIX = b".trashinfo"
NATIVE = not sys.platform.startswith(("darwin", "win"))  # the freedesktop trash is used
MAX_PROBES = 100_000  # "name 2.jpg", "name 3.jpg", ...: far more than any trash holds


def _platform() -> TrashBackend | None:
    """The macOS or Windows backend; None for the freedesktop trash below."""
    return platform_trash.active()


# ----------------------------------------------------------------- choosing a trash
def _device(path: bytes) -> int:
    """``st_dev`` of ``path`` (symlinks followed); a seam for tests faking a volume."""
    return os.stat(path).st_dev


def _mount_point(path_b: bytes) -> bytes:
    """The top directory of the file system holding ``path_b``'s folder."""
    top = os.path.realpath(os.path.dirname(path_b))
    dev = _device(top)
    while top != b"/":
        parent = os.path.dirname(top)
        if _device(parent) != dev:
            break
        top = parent
    return top


def _make_dir(folder: bytes) -> None:
    """Create ``folder`` 0700 if missing; it must be a real folder (not a symlink)."""
    with contextlib.suppress(FileExistsError):
        os.mkdir(folder, 0o700)
    st = os.lstat(folder)
    if not stat.S_ISDIR(st.st_mode):
        raise TrashPermissionError(os.fsdecode(folder))


def _usable(root: bytes, dev: int, *, home: bool) -> bool:
    """Make ``root/files`` and ``root/info``; True if both are on device ``dev``."""
    subs = [os.path.join(root, sub) for sub in (b"files", b"info")]
    try:
        if home:
            for sub in subs:
                os.makedirs(sub, 0o700, exist_ok=True)
        else:
            _make_dir(root)
            if os.lstat(root).st_uid != os.getuid():
                return False
            for sub in subs:
                _make_dir(sub)
        return all(_device(sub) == dev for sub in subs)
    except OSError:
        return False


def _admin_trash(top: bytes) -> bytes | None:
    """``$topdir/.Trash/$uid`` when ``$topdir/.Trash`` is a sticky, real folder."""
    try:
        st = os.lstat(os.path.join(top, b".Trash"))
    except OSError:
        return None
    if stat.S_ISDIR(st.st_mode) and st.st_mode & stat.S_ISVTX:
        return os.path.join(top, b".Trash", str(os.getuid()).encode())
    return None


def _trash_root(path_b: bytes, dev: int) -> tuple[bytes, bytes]:
    """(trash folder, top dir for relative ``Path=``) on the file's own file system.

    The home trash gets absolute paths; a volume's trash paths relative to its top dir
    (the volume may be mounted elsewhere next time).
    """
    home = os.path.join(data_home(), b"Trash")
    if _usable(home, dev, home=True):
        return home, b"/"
    try:
        top = _mount_point(path_b)
    except OSError as exc:
        raise TrashPermissionError(os.fsdecode(path_b)) from exc
    admin = _admin_trash(top)
    if admin is not None and _usable(admin, dev, home=False):
        return admin, top
    own = os.path.join(top, b".Trash-" + str(os.getuid()).encode())
    if _usable(own, dev, home=False):
        return own, top
    raise TrashPermissionError(os.fsdecode(own))


# ------------------------------------------------------------------ trash names
def _names(base: bytes) -> Iterator[bytes]:
    """``base``, then ``stem 1.ext``, ``stem 2.ext``, ... (send2trash's scheme)."""
    stem, ext = os.path.splitext(base)
    yield base
    for counter in range(1, MAX_PROBES):
        yield stem + b" " + str(counter).encode() + ext


def _info_text(path_b: bytes, top: bytes) -> bytes:
    if top != b"/" and path_b.startswith(top.rstrip(b"/") + b"/"):
        shown = os.path.relpath(path_b, top)
    else:
        shown = path_b
    date = datetime.now().strftime("%Y-%m-%dT%H:%M:%S").encode()
    return (
        b"[Trash Info]\nPath="
        + quote_from_bytes(shown, b"/").encode()
        + (b"\nDeletionDate=" + date + b"\n")
    )


def _info_path_bytes(info_file: bytes, topdir: bytes) -> bytes | None:
    try:
        with open(info_file, "rb") as fh:
            text = fh.read(64 * 1024)
    except OSError:
        return None
    for line in text.splitlines():
        if line.startswith(b"Path="):
            value = unquote_to_bytes(line[5:].strip())
            return value if value.startswith(b"/") else os.path.join(topdir, value)
    return None


def _orphan(info_file: bytes, trash_file: bytes, path_b: bytes, top: bytes) -> bool:
    """An info file of ``path_b`` (or empty: a full disk) whose file never arrived."""
    if os.path.lexists(trash_file):
        return False
    try:
        if os.lstat(info_file).st_size == 0:
            return True
    except OSError:
        return False
    return _info_path_bytes(info_file, top) == path_b


def _write_info(info_file: bytes, text: bytes) -> bool:
    """Create ``info_file`` exclusively with ``text``, fsync'd; False if it exists."""
    try:
        fd = os.open(info_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    except FileExistsError:
        return False
    try:
        view = memoryview(text)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        os.unlink(info_file)  # our own half-written .trashinfo, never a user file
        raise
    os.close(fd)
    return True


def claim(path: str) -> TrashedItem:
    """Reserve a trash entry for ``path`` on its own file system; nothing is moved yet.

    Raises ``OSError`` (``TrashPermissionError`` when no trash can be used there).
    """
    if (backend := _platform()) is not None:
        return backend.claim(path)
    path_b = os.fsencode(os.path.abspath(path))
    if not stat.S_ISREG(os.lstat(path_b).st_mode):
        raise OSError(errno.EINVAL, NOT_REGULAR, path)
    root, top = _trash_root(path_b, _device(path_b))
    text = _info_text(path_b, top)
    for name in _names(os.path.basename(path_b)):
        info_file = os.path.join(root, b"info", name + INFO_SUFFIX)
        trash_file = os.path.join(root, b"files", name)
        if os.path.lexists(trash_file):
            continue
        if os.path.lexists(info_file):
            if not _orphan(info_file, trash_file, path_b, top):
                continue
            os.unlink(info_file)  # an orphan .trashinfo (killed, full disk): never a photo
        if _write_info(info_file, text):
            return TrashedItem(os.fsdecode(trash_file), os.fsdecode(info_file))
    raise OSError(errno.EEXIST, Message("no free name in the trash"), os.fsdecode(path_b))


def release(item: TrashedItem) -> None:
    """Remove a claimed ``.trashinfo`` whose file never arrived (no orphan stays)."""
    if _platform() is not None:
        return  # macOS, Windows: nothing was reserved; the platform's entries are its own
    if not os.path.lexists(os.fsencode(item.trash_file)):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(os.fsencode(item.info_file))


def fsync_dir(folder: str | bytes | os.PathLike[str]) -> None:
    """Make a rename or a new file in ``folder`` durable (best effort: some systems cannot
    open a folder, e.g. Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def commit(path: str, item: TrashedItem, identity: FileIdentity | None = None) -> TrashedItem:
    """Rename ``path`` into its claimed entry (same file system: never a copy).

    ``identity``: the file must still be that device and inode.  On failure the claim is
    released and ``OSError`` raised; the file stays where it was.  Returns where the file
    went: ``item`` here; on macOS and Windows the entry the platform made, checked on
    disk (an item with no path if it cannot be found there).
    """
    if (backend := _platform()) is not None:
        return backend.commit(path, item, identity)
    src = os.fsencode(os.path.abspath(path))
    dst = os.fsencode(item.trash_file)
    try:
        st = os.lstat(src)
        if identity is not None and (st.st_dev, st.st_ino) != (identity.dev, identity.ino):
            raise OSError(errno.ESTALE, CHANGED_BEFORE, path)
        if not os.access(src, os.W_OK):
            denied = Message("Permission denied: {path}", path=os.fsdecode(src))
            raise PermissionError(errno.EACCES, denied)
        if os.path.lexists(dst):
            raise FileExistsError(errno.EEXIST, Message("trash entry taken"), item.trash_file)
        os.rename(src, dst)
    except BaseException:
        release(item)
        raise
    fsync_dir(os.path.dirname(dst))
    fsync_dir(os.path.dirname(src))
    return item


def send_to_trash(path: str) -> TrashedItem | None:
    """Move ``path`` to the trash in one call; where it went (None if not found there)."""
    item = commit(path, claim(path))
    return item if item.trash_file else None


# --------------------------------------------------------------- finding, restoring
def _candidate_roots(path_b: bytes) -> list[tuple[bytes, bytes]]:
    roots = [(os.path.join(data_home(), b"Trash"), data_home())]
    try:
        top = _mount_point(path_b)
    except OSError:
        return roots
    uid = str(os.getuid()).encode()
    roots += [(os.path.join(top, b".Trash", uid), top), (os.path.join(top, b".Trash-" + uid), top)]
    return roots


def locate(path: str, identity: FileIdentity) -> TrashedItem | None:
    """Find a file trashed from ``path`` without listing the trash: probe its names.

    The entry must say ``Path=path`` and be the same device and inode.  Probing stops
    after eight free names in a row.  macOS, Windows: the platform backend searches.
    """
    if (backend := _platform()) is not None:
        return backend.locate(path, identity)
    path_b = os.fsencode(os.path.abspath(path))
    for root, top in _candidate_roots(path_b):
        free = 0
        for name in itertools.islice(_names(os.path.basename(path_b)), MAX_PROBES):
            info_file = os.path.join(root, b"info", name + INFO_SUFFIX)
            trash_file = os.path.join(root, b"files", name)
            if not os.path.lexists(info_file):
                free += 1
                if free >= 8:
                    break
                continue
            free = 0
            if _info_path_bytes(info_file, top) != path_b:
                continue
            with contextlib.suppress(OSError):
                st = os.lstat(trash_file)
                if (st.st_dev, st.st_ino) == (identity.dev, identity.ino):
                    return TrashedItem(os.fsdecode(trash_file), os.fsdecode(info_file))
    return None


def restore(item: TrashedItem, original: str) -> None:
    """Move a trashed file back to ``original`` without ever overwriting anything there.

    Raises ``FileExistsError`` if ``original`` exists, ``FileNotFoundError`` if the trash
    entry is gone, other ``OSError`` on failure (the trash entry is then left in place).
    """
    src = os.fsencode(item.trash_file)
    dst = os.fsencode(original)
    os.makedirs(os.path.dirname(dst) or b".", exist_ok=True)
    try:
        os.link(src, dst, follow_symlinks=False)
    except OSError as exc:
        if exc.errno in (errno.EEXIST, errno.ENOENT):
            raise
        _copy_exclusive(src, dst)
    finish_restore(item)


def finish_restore(item: TrashedItem) -> None:
    """Remove the trash entry of a file already back in place (and its ``.trashinfo``)."""
    with contextlib.suppress(FileNotFoundError):
        os.unlink(os.fsencode(item.trash_file))
    if item.info_file:  # none on macOS
        with contextlib.suppress(FileNotFoundError):
            os.unlink(os.fsencode(item.info_file))


def _copy_exclusive(src: bytes, dst: bytes) -> None:
    """Copy ``src`` to a new file ``dst`` (O_EXCL: fails if ``dst`` exists), keep times."""
    with open(src, "rb") as fin:
        fd = os.open(dst, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "wb") as fout:
                shutil.copyfileobj(fin, fout)
                fout.flush()
                os.fsync(fout.fileno())
            shutil.copystat(src, dst)
        except BaseException:
            os.unlink(dst)  # the partial copy we created ourselves, never a user file
            raise


@contextlib.contextmanager
def exclusive_lock() -> Iterator[None]:
    """Serialize trashing and restoring across processes (G9).

    An exclusive ``flock`` on ``data_dir()/trash.lock``; without fcntl (Windows) or a
    writable data dir it goes on unlocked.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: the shell API names trash entries
        yield
        return
    lock_path = paths.data_dir() / TRASH_LOCK
    try:
        lock_path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        log.warning("cannot take the trash lock %s: %s", lock_path, exc)
        yield
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock
