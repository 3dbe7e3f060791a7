"""The trash on Windows: the shell recycles the file; its ``$I`` record says which ``$R``.

``IFileOperation`` with ``FOFX_RECYCLEONDELETE`` through pywin32, with a progress sink
that cancels any delete the shell could not recycle (a network drive, a file too large
for the Recycle Bin): a file is never deleted for good.  Without pywin32 nothing is
trashed (``SHFileOperationW`` would silently delete where there is no Recycle Bin).

The Recycle Bin (``<volume>\\$Recycle.Bin\\<SID>``) keeps ``$R<random>.<ext>`` (the file)
and ``$I<same>.<ext>`` (version 2: header 2, size, deletion FILETIME, path length, the
original path in UTF-16; version 1, Vista to 8.1: a fixed 520-byte path).  The entry is
the ``$R`` whose ``$I`` names the original path (case-insensitively, as NTFS compares),
the same size and a deletion time after the move began, and which is the same file
(volume serial and file index, kept by the same-volume move).  Unlike the freedesktop
trash, this folder is listed (``$I*`` names with the file's extension only): the shell's
names are random.  Undo (``trash.restore``) links the ``$R`` back and removes it and its
``$I``: what Explorer's Restore does.
"""

# Paths stay str here: the macOS and Windows APIs take Unicode paths (send2trash's too).
# ruff: noqa: PTH100, PTH118, PTH119, PTH120, PTH122

from __future__ import annotations

import contextlib
import ctypes
import errno
import importlib
import math
import os
import stat
import struct
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from photodedup.core.cleanup.trash_entry import (
    NOT_FOUND,
    TrashedItem,
    commit_and_find,
    fold,
    listing,
    regular,
)
from photodedup.core.messages import Message
from photodedup.core.types import FileIdentity

__all__ = ["RecycleRecord", "WindowsTrash", "parse_recycle_record", "recycle_record_bytes"]

CLOCK_SLACK_S = 2.0  # a $I deletion time may be this much before our clock said "start"
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
        return Message("pywin32 is needed to move files to the Recycle Bin safely")
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
            refused = Message("the Recycle Bin refused the file (not recyclable)")
            raise OSError(errno.EIO, refused, path)
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
    return [e.path for e in listing(bin_root) if e.name.upper().startswith("S-1-")]


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
        regular(os.path.abspath(path))
        reason = self.unavailable()
        if reason:
            raise OSError(errno.ENOSYS, reason, path)
        return NOT_FOUND

    def commit(self, path: str, item: TrashedItem, identity: FileIdentity | None) -> TrashedItem:
        return commit_and_find(path, identity, self.recycle, self._find)

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
            for entry in listing(folder):
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
    if fold(record.path) != fold(wanted.path):
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
