"""Reading a photo's bytes safely: no symlinks, no FIFOs/devices, size cap, change detection.

A file is opened ``O_RDONLY | O_NOFOLLOW | O_NONBLOCK`` (a FIFO or device named ``x.jpg``
never blocks us), ``fstat``-checked to be a regular file, read once, and ``fstat``-ed
again: if anything moved meanwhile the read is ``UNSTABLE`` and the caller retries later.
"""

from __future__ import annotations

import errno
import os
import stat

from photodedup.core.config import DEFAULT_MAX_FILE_BYTES
from photodedup.core.types import ErrorKind, FileIdentity, PhotoFile

_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)
_CHUNK = 1 << 20


class DecodeError(Exception):
    """A file could not be decoded; ``kind`` says why in a stable, machine-readable way."""

    def __init__(self, kind: ErrorKind, message: str) -> None:
        super().__init__(kind, message)
        self.kind = kind
        self.message = message

    def __str__(self) -> str:
        return f"{self.kind.value}: {self.message}"

    def __reduce__(self) -> tuple[type[DecodeError], tuple[ErrorKind, str]]:
        return (type(self), (self.kind, self.message))


def read_stable(file: PhotoFile, max_bytes: int = DEFAULT_MAX_FILE_BYTES) -> bytes:
    """The file's bytes, if it is still the regular file discovery saw and stays so."""
    fd = _open(file.path)
    try:
        before = os.fstat(fd)
        _check_regular(before)
        if FileIdentity.from_stat(before) != file.identity:
            raise DecodeError(ErrorKind.UNSTABLE, "the file changed since it was listed")
        data = _read_capped(fd, before.st_size, max_bytes)
        after = os.fstat(fd)
    finally:
        os.close(fd)
    if FileIdentity.from_stat(after) != FileIdentity.from_stat(before) or len(data) != (
        after.st_size
    ):
        raise DecodeError(ErrorKind.UNSTABLE, "the file changed while it was read")
    return data


def read_path(path: str, max_bytes: int = DEFAULT_MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file at ``path`` (no symlinks, FIFOs or devices), size-capped."""
    fd = _open(path)
    try:
        st = os.fstat(fd)
        _check_regular(st)
        return _read_capped(fd, st.st_size, max_bytes)
    finally:
        os.close(fd)


def _open(path: str) -> int:
    try:
        return os.open(path, _OPEN_FLAGS)
    except FileNotFoundError:
        raise DecodeError(ErrorKind.VANISHED, "the file no longer exists") from None
    except PermissionError:
        raise DecodeError(ErrorKind.PERMISSION, "permission denied") from None
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.ENXIO, errno.ENODEV, errno.EOPNOTSUPP):
            raise DecodeError(ErrorKind.NOT_REGULAR, "not a regular file") from None
        if exc.errno == errno.ENOTDIR:
            raise DecodeError(ErrorKind.VANISHED, "the file no longer exists") from None
        raise DecodeError(ErrorKind.UNREADABLE, exc.strerror or str(exc)) from None


def _check_regular(st: os.stat_result) -> None:
    if not stat.S_ISREG(st.st_mode):
        raise DecodeError(ErrorKind.NOT_REGULAR, "not a regular file")


def _read_capped(fd: int, size: int, max_bytes: int) -> bytes:
    """Read the whole file, refusing (without reading) one over ``max_bytes``."""
    if size > max_bytes:
        raise DecodeError(ErrorKind.TOO_LARGE, f"{size} bytes is over the {max_bytes} limit")
    if size == 0:
        raise DecodeError(ErrorKind.EMPTY, "the file is empty")
    chunks: list[bytes] = []
    total = 0
    try:
        while total <= max_bytes:
            chunk = os.read(fd, min(max(size + 1 - total, _CHUNK), max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise DecodeError(ErrorKind.UNREADABLE, exc.strerror or str(exc)) from None
    if total > max_bytes:
        raise DecodeError(ErrorKind.TOO_LARGE, f"over the {max_bytes} byte limit")
    return b"".join(chunks)
