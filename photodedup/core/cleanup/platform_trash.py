"""The trash on macOS and Windows: the platform moves the file, photodedup learns where.

On Linux (and the BSDs) photodedup runs its own freedesktop trash (``trash.py``) and
:func:`active` is None.  On macOS and Windows the platform's own API must do the move (its
trash keeps the bookkeeping the Finder's "Put Back" and Explorer's "Restore" rely on),
and names the trash entry itself, so a :class:`TrashBackend` is the one seam:

* ``claim(path)`` checks the file and that the platform call is available; it reserves
  nothing (the platform picks the name) and returns an item with no path yet;
* ``commit(path, item, identity)`` makes the platform call and returns where the file
  went, *checked on disk*: the entry must be the same file (device and inode, which a
  same-volume move keeps; size).  When the platform reports an error but the file moved
  anyway, the entry is looked for all the same; when it cannot be found the returned item
  has no path and the caller reports the file as FAILED, never as trashed;
* ``locate(path, identity)`` finds an entry after the fact (an undo after a kill between
  the move and the journal's ``done`` line).

Undo is the same everywhere (``trash.restore``): hard-link the entry back to its original
path (fails if anything is there: nothing is overwritten), then remove the entry (and on
Windows its ``$I`` record, which is what Explorer's Restore does).

macOS (:class:`MacTrash`): ``NSFileManager trashItemAtURL:resultingItemURL:error:``
through pyobjc, else through the Objective-C runtime with ctypes (send2trash calls it
without asking for the resulting URL).  The resulting URL is the entry (``~/.Trash/IMG
2.jpg``, ``/Volumes/X/.Trashes/<uid>/IMG 10.42.13.jpg``); without it the file's trash
folders are searched for a name starting with the file's stem (compared case-insensitively,
as APFS and HFS+ do by default) that is the same inode.

Windows (:class:`WindowsTrash`): ``IFileOperation`` with ``FOFX_RECYCLEONDELETE`` through
pywin32, with a progress sink that cancels any delete the shell could not recycle (a
network drive, a file too large for the Recycle Bin): a file is never deleted for good.
Without pywin32 nothing is trashed (``SHFileOperationW`` would silently delete where
there is no Recycle Bin).  The Recycle Bin keeps ``$R<random>.<ext>`` (the file) and
``$I<same>.<ext>`` (header 2, size, deletion FILETIME, original path); the entry is the
``$R`` whose ``$I`` names the original path (case-insensitively, as NTFS does), the same
size and a deletion time after the move began, and which is the same file (volume serial
and file index).  Unlike the freedesktop trash, this folder is listed (``$I*`` names with
the file's extension only): the shell's names are random.
"""

# Paths stay str here: the macOS and Windows APIs take Unicode paths (send2trash's too).
# ruff: noqa: PTH100, PTH116, PTH118, PTH119, PTH120, PTH122

from __future__ import annotations

import contextlib
import ctypes
import errno
import importlib
import logging
import math
import os
import stat
import struct
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple, Protocol

from photodedup.core.cleanup.trash import TrashedItem
from photodedup.core.types import FileIdentity

__all__ = [
    "MacTrash",
    "RecycleRecord",
    "TrashBackend",
    "WindowsTrash",
    "active",
    "for_platform",
    "parse_recycle_record",
    "recycle_record_bytes",
]

log = logging.getLogger(__name__)
NOT_FOUND = TrashedItem("", "")  # the platform named no entry that could be checked
CLOCK_SLACK_S = 2.0  # a $I deletion time may be this much before our clock said "start"


class TrashBackend(Protocol):
    """One platform's trash: move a file there and learn where it went."""

    name: str

    def claim(self, path: str) -> TrashedItem:
        """Check ``path`` can be trashed here; reserves nothing (raises ``OSError``)."""

    def commit(self, path: str, item: TrashedItem, identity: FileIdentity | None) -> TrashedItem:
        """Trash ``path``; the checked entry, or :data:`NOT_FOUND` (raises ``OSError``)."""

    def locate(self, path: str, identity: FileIdentity) -> TrashedItem | None:
        """The entry of a file trashed from ``path`` that is still ``identity``'s inode."""


_ACTIVE: list[TrashBackend | None] = []  # chosen once; tests put a backend here


def for_platform(platform: str = sys.platform) -> TrashBackend | None:
    """The backend for ``platform``; None where the freedesktop trash is used."""
    if platform == "darwin":
        return MacTrash()
    if platform == "win32":
        return WindowsTrash()
    return None


def active() -> TrashBackend | None:
    """This platform's backend (None: ``trash.py``'s own freedesktop trash)."""
    if not _ACTIVE:
        _ACTIVE.append(for_platform())
    return _ACTIVE[0]


# ----------------------------------------------------------------------- common parts
def _regular(path: str) -> os.stat_result:
    st = os.lstat(path)
    if not stat.S_ISREG(st.st_mode):
        raise OSError(errno.EINVAL, "not a regular file", path)
    return st


def _same_inode(path: str, dev: int, ino: int) -> os.stat_result | None:
    """``lstat`` of ``path`` if it is a regular file with that device and inode."""
    try:
        st = os.lstat(path)
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode) or (st.st_dev, st.st_ino) != (dev, ino):
        return None
    return st


def _fold(path: str) -> str:
    """A path as a case-insensitive file system compares it (NTFS, APFS, HFS+)."""
    return os.path.normpath(path).casefold()


def _listing(folder: str) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(folder) as entries:
            return list(entries)
    except OSError:
        return []


def _commit(
    path: str,
    identity: FileIdentity | None,
    move: Callable[[str], str],
    find: Callable[[str, os.stat_result, float, str], TrashedItem | None],
) -> TrashedItem:
    """Check, let the platform move the file, then find where it went (per-file truth)."""
    src = os.path.abspath(path)
    st = _regular(src)
    if identity is not None and (st.st_dev, st.st_ino) != (identity.dev, identity.ino):
        raise OSError(errno.ESTALE, "the file changed just before the move", path)
    started = time.time()
    try:
        hint = move(src)
    except OSError as exc:
        found = None if os.path.lexists(src) else find(src, st, started, "")
        if found is None:
            raise
        log.warning("the trash reported %s, but %s is in the trash", exc, found.trash_file)
        return found
    return find(src, st, started, hint) or NOT_FOUND


# ----------------------------------------------------------------------------- macOS
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
        _regular(os.path.abspath(path))
        return NOT_FOUND

    def commit(self, path: str, item: TrashedItem, identity: FileIdentity | None) -> TrashedItem:
        return _commit(path, identity, self.trash_item, self._find)

    def _find(self, src: str, st: os.stat_result, _started: float, hint: str) -> TrashedItem | None:
        if hint and _same_inode(hint, st.st_dev, st.st_ino):
            return TrashedItem(hint, "")
        if hint:
            log.warning("the trash named %s, which is not the file trashed", hint)
        return self._search(src, st.st_dev, st.st_ino)

    def _search(self, src: str, dev: int, ino: int) -> TrashedItem | None:
        """An entry of the trash folders named like ``src`` ("IMG 2.jpg", "IMG 10.42.13.jpg",
        any case) that is that inode; only names starting with the stem are checked."""
        stem = os.path.splitext(os.path.basename(src))[0].casefold()
        for folder in self.trash_dirs(src):
            for entry in _listing(folder):
                if entry.name.casefold().startswith(stem) and _same_inode(entry.path, dev, ino):
                    return TrashedItem(entry.path, "")
        return None

    def locate(self, path: str, identity: FileIdentity) -> TrashedItem | None:
        return self._search(os.path.abspath(path), identity.dev, identity.ino)


# --------------------------------------------------------------------------- Windows
FILETIME_UNIX_EPOCH = 116_444_736_000_000_000  # 1970-01-01 in 100 ns ticks since 1601
_V1_PATH_BYTES = 520  # Vista to 8.1: MAX_PATH UTF-16 characters, fixed


class RecycleRecord(NamedTuple):
    """What a ``$I`` file says: the original path, its size, when it was deleted."""

    path: str
    size: int
    deleted: float  # Unix time


def recycle_record_bytes(path: str, size: int, deleted: float) -> bytes:
    """A version-2 ``$I`` record (Windows 10 and later), as the shell writes it."""
    text = (path + "\0").encode("utf-16-le")
    ticks = int(deleted * 10_000_000) + FILETIME_UNIX_EPOCH
    return struct.pack("<qqqI", 2, size, ticks, len(text) // 2) + text


def parse_recycle_record(data: bytes) -> RecycleRecord | None:
    """Read a ``$I`` record (version 1 or 2); None if it is not one."""
    if len(data) < 24:
        return None
    version, size, ticks = struct.unpack_from("<qqq", data)
    if version == 2 and len(data) >= 28:
        (count,) = struct.unpack_from("<I", data, 24)
        raw = data[28 : 28 + 2 * count]
    elif version == 1:
        raw = data[24 : 24 + _V1_PATH_BYTES]
    else:
        return None
    path = raw.decode("utf-16-le", "replace").split("\0", 1)[0]
    if not path or size < 0:
        return None
    return RecycleRecord(path, size, (ticks - FILETIME_UNIX_EPOCH) / 10_000_000)


def _read_record(path: str) -> RecycleRecord | None:
    try:
        with open(path, "rb") as fh:
            return parse_recycle_record(fh.read(64 * 1024))
    except OSError:
        return None


def _pywin32_missing() -> str:
    """Why the shell cannot be asked safely ("" when pywin32 is there)."""
    try:
        importlib.import_module("pythoncom")
        importlib.import_module("win32com.shell.shell")
    except ImportError:
        return "pywin32 is needed to move files to the Recycle Bin safely"
    return ""


def _recycle_only_sink() -> Any:  # pragma: no cover - Windows only
    """send2trash's progress sink (it records the new item), made to *raise* in
    ``PreDeleteItem`` when the shell could not recycle (``TSF_DELETE_RECYCLE_IF_POSSIBLE``
    unset: a permanent delete): pywin32 passes a method's return value nowhere, an
    exception becomes the failing HRESULT that cancels the delete."""
    shellcon: Any = importlib.import_module("win32com.shell.shellcon")
    winerror: Any = importlib.import_module("winerror")
    exception: Any = importlib.import_module("win32com.server.exception")
    sinks: Any = importlib.import_module("send2trash.win.IFileOperationProgressSink")

    class RecycleOnlySink(sinks.FileOperationProgressSink):  # type: ignore[misc]
        def PreDeleteItem(self, flags: int, item: Any) -> int:  # noqa: N802 - COM name
            if not flags & shellcon.TSF_DELETE_RECYCLE_IF_POSSIBLE:
                raise exception.COMException(hresult=winerror.E_ABORT, desc="not recyclable")
            return 0

    return RecycleOnlySink()


def _shell_recycle(path: str) -> str:  # pragma: no cover - Windows only
    """``IFileOperation`` with ``FOFX_RECYCLEONDELETE`` (send2trash's flags) and a sink that
    cancels any delete the shell could not recycle; the new item's path if the shell says."""
    pythoncom: Any = importlib.import_module("pythoncom")
    pywintypes: Any = importlib.import_module("pywintypes")
    shell: Any = importlib.import_module("win32com.shell.shell")
    shellcon: Any = importlib.import_module("win32com.shell.shellcon")
    pythoncom.CoInitialize()
    try:
        fileop = pythoncom.CoCreateInstance(
            shell.CLSID_FileOperation, None, pythoncom.CLSCTX_ALL, shell.IID_IFileOperation
        )
        flags = shellcon.FOF_NOCONFIRMATION | shellcon.FOF_NOERRORUI | shellcon.FOF_SILENT
        flags |= shellcon.FOFX_EARLYFAILURE | shellcon.FOF_ALLOWUNDO
        flags |= 0x20000000 | 0x00080000  # FOFX_ADDUNDORECORD, FOFX_RECYCLEONDELETE (Win 8+)
        fileop.SetOperationFlags(flags)
        sink_object = _recycle_only_sink()
        sink = pythoncom.WrapObject(sink_object, shell.IID_IFileOperationProgressSink)
        try:
            item = shell.SHCreateItemFromParsingName(path, None, shell.IID_IShellItem)
            fileop.DeleteItem(item, sink)
            result = fileop.PerformOperations()
            aborted = fileop.GetAnyOperationsAborted()
        except pywintypes.com_error as exc:
            raise OSError(errno.EIO, str(exc.strerror), path) from exc
        if result or aborted:
            raise OSError(errno.EIO, "the Recycle Bin refused the file (not recyclable)", path)
        return str(sink_object.newItem or "")
    finally:
        pythoncom.CoUninitialize()


def _windows_recycle_bins(path: str) -> list[str]:  # pragma: no cover - Windows only
    """``<volume>\\$Recycle.Bin\\<SID>`` of the current user (every readable SID folder if
    the SID cannot be read)."""
    kernel32: Any = getattr(ctypes, "windll").kernel32  # noqa: B009 - Windows only
    buffer = ctypes.create_unicode_buffer(1024)
    if not kernel32.GetVolumePathNameW(path, buffer, len(buffer)):
        return []
    bin_root = os.path.join(buffer.value, "$Recycle.Bin")
    with contextlib.suppress(Exception):  # no pywin32, or the token cannot be read
        security: Any = importlib.import_module("win32security")
        api: Any = importlib.import_module("win32api")
        token = security.OpenProcessToken(api.GetCurrentProcess(), security.TOKEN_QUERY)
        sid = security.GetTokenInformation(token, security.TokenUser)[0]
        return [os.path.join(bin_root, security.ConvertSidToStringSid(sid))]
    return [e.path for e in _listing(bin_root) if e.name.upper().startswith("S-1-")]


@dataclass
class WindowsTrash:
    """Windows: the shell recycles the file; its ``$I`` record tells which ``$R`` it is.

    ``recycle`` does the move (returns the new item's path or ""), ``recycle_bins`` lists
    the ``$Recycle.Bin\\<SID>`` folders for a path, ``unavailable`` says why the shell
    cannot be used safely (""): seams for tests.
    """

    recycle: Callable[[str], str] = _shell_recycle
    recycle_bins: Callable[[str], list[str]] = _windows_recycle_bins
    unavailable: Callable[[], str] = _pywin32_missing
    name: str = "windows"
    _slack: float = field(default=CLOCK_SLACK_S, repr=False)

    def claim(self, path: str) -> TrashedItem:
        _regular(os.path.abspath(path))
        reason = self.unavailable()
        if reason:
            raise OSError(errno.ENOSYS, reason, path)
        return NOT_FOUND

    def commit(self, path: str, item: TrashedItem, identity: FileIdentity | None) -> TrashedItem:
        return _commit(path, identity, self.recycle, self._find)

    def _find(self, src: str, st: os.stat_result, started: float, hint: str) -> TrashedItem | None:
        wanted = _Wanted(src, st.st_size, st.st_dev, st.st_ino, started - self._slack)
        if hint and os.path.basename(hint).upper().startswith("$R"):
            info = os.path.join(os.path.dirname(hint), "$I" + os.path.basename(hint)[2:])
            if _deleted_at(info, hint, wanted) is not None:
                return TrashedItem(hint, info)
        return self._search(wanted)

    def _search(self, wanted: _Wanted) -> TrashedItem | None:
        """The newest ``$I`` with the file's extension that matches, and its ``$R``."""
        ext = os.path.splitext(wanted.path)[1].casefold()
        found: list[tuple[float, TrashedItem]] = []
        for folder in self.recycle_bins(wanted.path):
            for entry in _listing(folder):
                name = entry.name
                if not name.upper().startswith("$I") or os.path.splitext(name)[1].casefold() != ext:
                    continue
                r_path = os.path.join(folder, "$R" + name[2:])
                deleted = _deleted_at(entry.path, r_path, wanted)
                if deleted is not None:
                    found.append((deleted, TrashedItem(r_path, entry.path)))
        return max(found, key=lambda pair: pair[0])[1] if found else None

    def locate(self, path: str, identity: FileIdentity) -> TrashedItem | None:
        src = os.path.abspath(path)
        return self._search(_Wanted(src, identity.size, identity.dev, identity.ino, -math.inf))


class _Wanted(NamedTuple):
    """The file looked for in the Recycle Bin."""

    path: str
    size: int
    dev: int
    ino: int  # 0: the volume has no file IDs (then path and size decide)
    since: float  # deleted no earlier than this (Unix time)


def _deleted_at(info: str, entry: str, wanted: _Wanted) -> float | None:
    """When ``wanted`` was deleted, if ``info`` records its path (any case), size and a
    deletion since ``wanted.since``, and ``entry`` is that file; else None."""
    record = _read_record(info)
    if record is None or record.size != wanted.size or record.deleted < wanted.since:
        return None
    if _fold(record.path) != _fold(wanted.path):
        return None
    try:
        st = os.lstat(entry)
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode) or st.st_size != wanted.size:
        return None
    if wanted.ino and (st.st_dev, st.st_ino) != (wanted.dev, wanted.ino):
        return None
    return record.deleted


@contextlib.contextmanager
def using(backend: TrashBackend | None) -> Iterator[None]:
    """Use ``backend`` (None: the freedesktop trash) inside the block (tests, tools)."""
    saved = list(_ACTIVE)
    _ACTIVE[:] = [backend]
    try:
        yield
    finally:
        _ACTIVE[:] = saved
