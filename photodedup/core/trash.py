"""The system trash: send files there (send2trash), find where they went, bring them back.

On Linux the freedesktop backend (``send2trash.plat_other``) is pinned: the gio backend
raises errno-less errors, and we need to know exactly where each file went.  send2trash
returns nothing, so :func:`send_to_trash` finds the new ``.trashinfo`` whose ``Path`` is
the original bytes and whose ``files/`` entry is the same inode (a same-device trash is a
rename) or, after a cross-device copy, the same size.  send2trash writes the
``.trashinfo`` before the rename; if the move then fails we remove that orphan.

:func:`restore` never overwrites: it hard-links the trashed file to the original path
(``link()`` fails atomically with ``EEXIST`` if anything is there, so there is no window
between the check and the act), then removes the trash entry.  On file systems without
hard links it copies into a file opened with ``O_EXCL`` (again atomic against an existing
path), keeping the mtime, and only then removes the trash entry.
"""

# Paths are handled as bytes here (exact file names, G21); pathlib cannot hold bytes.
# ruff: noqa: PTH100, PTH103, PTH108, PTH111, PTH118, PTH119, PTH120, PTH122

from __future__ import annotations

import contextlib
import errno
import functools
import logging
import os
import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from urllib.parse import unquote_to_bytes

from send2trash.exceptions import TrashPermissionError

from photodedup.core import paths
from photodedup.core.types import FileIdentity

__all__ = [
    "TrashPermissionError",
    "TrashedItem",
    "exclusive_lock",
    "home_trash",
    "is_inside_trash",
    "is_out_of_scope",
    "locate",
    "restore",
    "send_to_trash",
]

log = logging.getLogger(__name__)
TRASH_LOCK = "trash.lock"
INFO_SUFFIX = b".trashinfo"


@dataclass(frozen=True, slots=True)
class TrashedItem:
    """Where one file went: its entry under ``files/`` and its ``.trashinfo``."""

    trash_file: str
    info_file: str


def _data_home() -> bytes:
    env = os.environb.get(b"XDG_DATA_HOME") or b"~/.local/share"
    return os.path.expanduser(env)


def home_trash() -> Path:
    """The user's home trash directory (``$XDG_DATA_HOME/Trash``)."""
    return Path(os.fsdecode(os.path.join(_data_home(), b"Trash")))


_SCOPE_ENV = (
    "HOME",
    "XDG_DATA_HOME",
    "XDG_CACHE_HOME",
    "XDG_CONFIG_HOME",
    "PHOTODEDUP_CACHE_DIR",
    "PHOTODEDUP_DATA_DIR",
    "PHOTODEDUP_CONFIG_DIR",
)


@functools.lru_cache(maxsize=8)
def _excluded_prefixes(_env: tuple[str | None, ...]) -> tuple[bytes, ...]:
    """Home trash and photodedup's folders as ``b".../"`` prefixes (cached per environment)."""
    folders = (home_trash(), paths.cache_dir(), paths.data_dir(), paths.config_dir())
    return tuple(os.fsencode(os.path.abspath(f)).rstrip(b"/") + b"/" for f in folders)


def _prefixes() -> tuple[bytes, ...]:
    return _excluded_prefixes(tuple(os.environ.get(name) for name in _SCOPE_ENV))


def _has_trash_part(path_b: bytes) -> bool:
    parts = path_b.split(b"/")[:-1]
    for i, part in enumerate(parts):
        if part.startswith(b".Trash-") or part == b".Trash":
            return True
        if part == b"Trash" and i + 1 < len(parts) and parts[i + 1] in (b"files", b"info"):
            return True
    return False


def is_inside_trash(path: str) -> bool:
    """True when ``path`` lies inside a trash can (home trash, ``.Trash-$uid``, ``.Trash``)."""
    path_b = os.fsencode(os.path.abspath(path))
    return path_b.startswith(_prefixes()[0]) or _has_trash_part(path_b)


def is_out_of_scope(path: str) -> bool:
    """True for paths inside a trash can or photodedup's cache/data/config folders (G23)."""
    path_b = os.fsencode(os.path.abspath(path))
    return path_b.startswith(_prefixes()) or _has_trash_part(path_b)


def _backend() -> ModuleType | None:
    """send2trash's freedesktop module with its import-time trash location refreshed."""
    if sys.platform.startswith(("darwin", "win")):
        return None
    from send2trash import plat_other

    # plat_other reads XDG_DATA_HOME once, at import; honour the current environment.
    plat_other.XDG_DATA_HOME = _data_home()
    plat_other.HOMETRASH_B = os.path.join(plat_other.XDG_DATA_HOME, b"Trash")
    plat_other.HOMETRASH = os.fsdecode(plat_other.HOMETRASH_B)
    return plat_other


def _candidate_trash_roots(path_b: bytes) -> list[bytes]:
    roots = [os.path.join(_data_home(), b"Trash")]
    backend = _backend()
    if backend is not None:
        try:
            top = backend.find_mount_point(path_b)
        except OSError:
            return roots
        uid = str(os.getuid()).encode()
        roots += [os.path.join(top, b".Trash", uid), os.path.join(top, b".Trash-" + uid)]
    return roots


def _info_entries(root: bytes, base: bytes) -> set[bytes]:
    """Names in ``root/info`` that could belong to a file named ``base``."""
    stem = os.path.splitext(base)[0]
    try:
        with os.scandir(os.path.join(root, b"info")) as it:
            return {e.name for e in it if e.name.startswith(stem)}
    except OSError:
        return set()


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


def _topdir_of(root: bytes) -> bytes:
    parent = os.path.dirname(root)
    if os.path.basename(root) == b"Trash":  # home trash: topdir is XDG_DATA_HOME
        return parent
    if os.path.basename(parent) == b".Trash":  # $topdir/.Trash/$uid
        return os.path.dirname(parent)
    return parent  # $topdir/.Trash-$uid


def _snapshot(path_b: bytes) -> dict[bytes, set[bytes]]:
    base = os.path.basename(path_b)
    return {root: _info_entries(root, base) for root in _candidate_trash_roots(path_b)}


def _new_entries(
    path_b: bytes, before: dict[bytes, set[bytes]]
) -> Iterator[tuple[bytes, bytes, bool]]:
    """Yield (info_file, trash_file, whether its Path is ``path_b``) for new .trashinfo files."""
    base = os.path.basename(path_b)
    for root, old in before.items():
        for name in sorted(_info_entries(root, base) - old):
            info_file = os.path.join(root, b"info", name)
            matches = _info_path_bytes(info_file, _topdir_of(root)) == path_b
            yield info_file, os.path.join(root, b"files", name[: -len(INFO_SUFFIX)]), matches


def _remove_orphans(path_b: bytes, before: dict[bytes, set[bytes]]) -> None:
    for info_file, trash_file, matches in list(_new_entries(path_b, before)):
        if matches and not os.path.lexists(trash_file):
            os.unlink(info_file)  # our own orphan .trashinfo, never a user file


def _find_trashed(
    path_b: bytes, before: dict[bytes, set[bytes]], identity: tuple[int, int, int], *,
    trust_new: bool,
) -> TrashedItem | None:  # fmt: skip
    """The trash entry for ``path_b``: same inode (a rename), else same size (a copy).

    ``trust_new``: entries created during our own send2trash call count even if their
    ``Path`` was written differently (e.g. relative to a symlinked top dir).
    """
    dev, ino, size = identity
    fallback = None
    for info_file, trash_file, matches in _new_entries(path_b, before):
        try:
            tst = os.lstat(trash_file)
        except OSError:
            continue
        item = TrashedItem(os.fsdecode(trash_file), os.fsdecode(info_file))
        if (tst.st_dev, tst.st_ino) == (dev, ino) and (matches or trust_new):
            return item
        if matches and tst.st_size == size and fallback is None:
            fallback = item  # moved across devices: a copy
    return fallback


def locate(path: str, identity: FileIdentity) -> TrashedItem | None:
    """Find a file trashed from ``path`` (its .trashinfo ``Path`` and inode, else size)."""
    path_b = os.fsencode(os.path.abspath(path))
    everything: dict[bytes, set[bytes]] = {r: set() for r in _candidate_trash_roots(path_b)}
    ident = (identity.dev, identity.ino, identity.size)
    return _find_trashed(path_b, everything, ident, trust_new=False)


def _call_send2trash(path_b: bytes) -> None:
    backend = _backend()
    if backend is None:  # pragma: no cover - macOS / Windows
        from send2trash import send2trash

        send2trash(os.fsdecode(path_b))
    else:
        backend.send2trash(path_b)


def send_to_trash(path: str) -> TrashedItem | None:
    """Move ``path`` to the trash; return where it went (None if it cannot be located).

    Raises ``OSError`` (including ``TrashPermissionError``) when the file was not trashed;
    a ``.trashinfo`` left behind by a failed move is removed.
    """
    path_b = os.fsencode(os.path.abspath(path))
    st = os.lstat(path_b)
    before = _snapshot(path_b)
    try:
        _call_send2trash(path_b)
    except BaseException:
        _remove_orphans(path_b, before)
        raise
    return _find_trashed(path_b, before, (st.st_dev, st.st_ino, st.st_size), trust_new=True)


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
    os.unlink(src)
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
    """Serialize trashing and restoring across processes (G9: send2trash picks names racily).

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
