"""The trash on macOS: ``NSFileManager`` moves the file and names the entry.

``trashItemAtURL:resultingItemURL:error:`` through pyobjc, else through the Objective-C
runtime with ctypes (send2trash calls it without asking for the resulting URL).  The
resulting URL is the entry (``~/.Trash/IMG 2.jpg``, ``/Volumes/X/.Trashes/<uid>/IMG
10.42.13.jpg``); without it the file's trash folders are searched for a name starting
with the file's stem (compared case-insensitively, as APFS and HFS+ do by default) that
is the same inode (a same-volume move keeps it).
"""

# Paths stay str here: the macOS and Windows APIs take Unicode paths (send2trash's too).
# ruff: noqa: PTH100, PTH116, PTH118, PTH119, PTH120, PTH122

from __future__ import annotations

import contextlib
import ctypes
import errno
import importlib
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from photodedup.core.cleanup.trash_entry import (
    NOT_FOUND,
    TrashedItem,
    commit_and_find,
    listing,
    regular,
    same_inode,
)
from photodedup.core.types import FileIdentity

__all__ = ["MacTrash"]

log = logging.getLogger(__name__)


def _objc_trash_item(path: str) -> str:  # pragma: no cover - macOS only
    """``NSFileManager trashItemAtURL:resultingItemURL:error:``: the resulting path."""
    try:
        foundation: Any = importlib.import_module("Foundation")
    except ImportError:
        return _ctypes_trash_item(path)
    url = foundation.NSURL.fileURLWithPath_(path)
    manager = foundation.NSFileManager.defaultManager()
    ok, result, error = manager.trashItemAtURL_resultingItemURL_error_(url, None, None)
    if not ok:
        reason = error.localizedDescription() if error is not None else "unknown error"
        raise OSError(errno.EIO, str(reason), path)
    return str(result.path()) if result is not None else ""


def _ctypes_trash_item(path: str) -> str:  # pragma: no cover - macOS only
    """The same call through the Objective-C runtime (no pyobjc): ``objc_msgSend`` cast
    to each method's exact prototype (required on arm64)."""
    from ctypes import POINTER, byref, c_bool, c_char_p, c_void_p
    from ctypes.util import find_library

    objc = ctypes.cdll.LoadLibrary(find_library("objc") or "libobjc.dylib")
    ctypes.cdll.LoadLibrary(find_library("Foundation") or "Foundation")
    objc.objc_getClass.restype = c_void_p
    objc.objc_getClass.argtypes = [c_char_p]
    objc.sel_registerName.restype = c_void_p
    objc.sel_registerName.argtypes = [c_char_p]
    send = ctypes.cast(objc.objc_msgSend, c_void_p).value or 0

    def call(restype: Any, receiver: Any, selector: bytes, *args: tuple[Any, Any]) -> Any:
        proto = ctypes.CFUNCTYPE(restype, c_void_p, c_void_p, *(a[0] for a in args))
        return proto(send)(receiver, objc.sel_registerName(selector), *(a[1] for a in args))

    def cls(name: bytes) -> Any:
        return objc.objc_getClass(name)

    pool = call(c_void_p, call(c_void_p, cls(b"NSAutoreleasePool"), b"alloc"), b"init")
    try:
        from_path = b"fileURLWithFileSystemRepresentation:isDirectory:relativeToURL:"
        url = call(
            c_void_p, cls(b"NSURL"), from_path,
            (c_char_p, os.fsencode(path)), (c_bool, False), (c_void_p, None),
        )  # fmt: skip
        manager = call(c_void_p, cls(b"NSFileManager"), b"defaultManager")
        result, error = c_void_p(), c_void_p()
        ok = call(
            c_bool, manager, b"trashItemAtURL:resultingItemURL:error:",
            (c_void_p, url), (POINTER(c_void_p), byref(result)), (POINTER(c_void_p), byref(error)),
        )  # fmt: skip
        if not ok:
            reason = b"unknown error"
            if error.value:
                text = call(c_void_p, error, b"localizedDescription")
                reason = call(c_char_p, text, b"UTF8String") or reason
            raise OSError(errno.EIO, reason.decode("utf-8", "replace"), path)
        if not result.value:
            return ""
        resulting = call(c_char_p, result, b"fileSystemRepresentation")
        return os.fsdecode(resulting) if resulting else ""
    finally:
        call(None, pool, b"drain")


def _volume_top(path: str) -> str:
    """The mount point of the volume holding ``path``'s folder."""
    top = os.path.realpath(os.path.dirname(path))
    dev = os.stat(top).st_dev
    while True:
        parent = os.path.dirname(top)
        if parent == top or os.stat(parent).st_dev != dev:
            return top
        top = parent


def _mac_trash_dirs(path: str) -> list[str]:
    """The trash folders a file from ``path`` can be in: ``~/.Trash`` (the boot volume's),
    and its own volume's ``.Trashes/<uid>``."""
    dirs = [os.path.join(os.path.expanduser("~"), ".Trash")]  # noqa: PTH111
    with contextlib.suppress(OSError):
        dirs.append(os.path.join(_volume_top(path), ".Trashes", str(os.getuid())))
    return dirs


@dataclass
class MacTrash:
    """macOS: ``NSFileManager`` moves the file and names the entry.

    ``trash_item`` does the move and returns the resulting path ("" if not told);
    ``trash_dirs`` lists the trash folders to search.  Both are seams for tests.
    """

    trash_item: Callable[[str], str] = _objc_trash_item
    trash_dirs: Callable[[str], list[str]] = _mac_trash_dirs
    name: str = "macos"

    def claim(self, path: str) -> TrashedItem:
        regular(os.path.abspath(path))
        return NOT_FOUND

    def commit(self, path: str, item: TrashedItem, identity: FileIdentity | None) -> TrashedItem:
        return commit_and_find(path, identity, self.trash_item, self._find)

    def _find(self, src: str, st: os.stat_result, _started: float, hint: str) -> TrashedItem | None:
        if hint and same_inode(hint, st.st_dev, st.st_ino):
            return TrashedItem(hint, "")
        if hint:
            log.warning("the trash named %s, which is not the file trashed", hint)
        return self._search(src, st.st_dev, st.st_ino)

    def _search(self, src: str, dev: int, ino: int) -> TrashedItem | None:
        """An entry of the trash folders named like ``src`` ("IMG 2.jpg", "IMG 10.42.13.jpg",
        any case) that is that inode; only names starting with the stem are checked."""
        stem = os.path.splitext(os.path.basename(src))[0].casefold()
        for folder in self.trash_dirs(src):
            for entry in listing(folder):
                if entry.name.casefold().startswith(stem) and same_inode(entry.path, dev, ino):
                    return TrashedItem(entry.path, "")
        return None

    def locate(self, path: str, identity: FileIdentity) -> TrashedItem | None:
        return self._search(os.path.abspath(path), identity.dev, identity.ino)
