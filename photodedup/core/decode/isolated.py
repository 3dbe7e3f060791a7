"""``open_oriented`` in helper processes, for callers that must survive any file (the GUI).

Thumbnails and previews decode the same untrusted files as a scan.  A corrupt HEIC can
segfault libheif (pillow_heif#79), which would take the whole app down when decoded in a GUI
thread.  :class:`IsolatedDecoder` runs each decode in one of a few long-lived spawn workers
(same limits as :class:`~photodedup.core.decode.pool.DecodePool`): a crash or hang raises
``DecodeError(CRASHED | TIMEOUT)`` for that picture and the worker is replaced.

It is thread-safe: each call borrows a free worker, so ``workers`` calls run at once.
"""

from __future__ import annotations

import multiprocessing as mp
import queue
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from types import TracebackType

from PIL import Image

from photodedup.core.config import DEFAULT_MAX_PIXELS, ScanOptions
from photodedup.core.decode.files import DecodeError
from photodedup.core.decode.pool import STARTUP_TIMEOUT, death_message, default_memory_limit
from photodedup.core.decode.worker import READY, preview_worker_main
from photodedup.core.types import ErrorKind, ImageInfo


@dataclass(eq=False)
class _Slot:
    process: BaseProcess | None = None
    conn: Connection | None = None


class IsolatedDecoder:
    """Decode pictures upright in helper processes; a context manager."""

    def __init__(
        self,
        *,
        workers: int = 2,
        timeout: float = 30.0,
        max_pixels: int = DEFAULT_MAX_PIXELS,
        memory_limit: int | None = None,
    ) -> None:
        self._options = ScanOptions(max_pixels=max_pixels)
        self._timeout = timeout
        self._memory_limit = (
            default_memory_limit(self._options) if memory_limit is None else memory_limit
        )
        self._ctx = mp.get_context("spawn")
        self._all = [_Slot() for _ in range(max(1, workers))]
        self._free: queue.SimpleQueue[_Slot] = queue.SimpleQueue()
        for slot in self._all:
            self._free.put(slot)
        self._closed = False

    def __enter__(self) -> IsolatedDecoder:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def open_oriented(
        self, path: str, *, min_side: int | None = None, max_side: int | None = None
    ) -> tuple[Image.Image, ImageInfo]:
        """Like :func:`photodedup.core.decode.image.open_oriented` on a path, out of process.

        ``max_side`` shrinks the result (LANCZOS) to fit a ``max_side`` square before it is
        sent back.  Raises :class:`DecodeError`, including ``CRASHED`` and ``TIMEOUT``.
        """
        if self._closed:
            raise RuntimeError("IsolatedDecoder is closed")
        slot = self._free.get()
        try:
            reply = self._ask(slot, (path, min_side, max_side))
        except (OSError, ValueError):  # close() pulled the pipe from under us
            _stop(slot)
            raise DecodeError(ErrorKind.CRASHED, "the decoder was shut down") from None
        finally:
            self._free.put(slot)
        if reply[0] == "error":
            raise DecodeError(reply[1], reply[2])
        _ok, mode, size, pixels, info = reply
        return Image.frombytes(mode, size, pixels), info

    def close(self) -> None:
        """Stop every helper process (idempotent)."""
        self._closed = True
        for slot in self._all:
            _stop(slot)

    def _ask(self, slot: _Slot, request: tuple[str, int | None, int | None]) -> tuple:
        conn = self._ensure_started(slot)
        try:
            conn.send(request)
        except OSError:
            _stop(slot)
            raise DecodeError(ErrorKind.CRASHED, "the decoder process is gone") from None
        return self._await_reply(slot, self._timeout)

    def _ensure_started(self, slot: _Slot) -> Connection:
        if slot.process is not None and slot.process.is_alive() and slot.conn is not None:
            return slot.conn
        _stop(slot)
        parent_conn, child_conn = self._ctx.Pipe(duplex=True)
        slot.process = self._ctx.Process(
            target=preview_worker_main,
            args=(child_conn, self._options, self._memory_limit),
            name="photodedup-preview",
            daemon=True,
        )
        slot.process.start()
        child_conn.close()
        slot.conn = parent_conn
        if self._await_reply(slot, STARTUP_TIMEOUT) != READY:
            _stop(slot)
            raise DecodeError(ErrorKind.CRASHED, "the decoder process did not start")
        return parent_conn

    def _await_reply(self, slot: _Slot, timeout: float) -> object:
        assert slot.process is not None and slot.conn is not None
        deadline = time.monotonic() + timeout if timeout > 0 else None
        while True:
            left = None if deadline is None else max(0.0, deadline - time.monotonic())
            wait([slot.conn, slot.process.sentinel], left)
            if slot.conn.poll():
                try:
                    return slot.conn.recv()
                except (EOFError, OSError):
                    pass
            if not slot.process.is_alive() or slot.conn.closed:
                slot.process.join(1.0)
                message = death_message(slot.process.exitcode)
                _stop(slot)
                raise DecodeError(ErrorKind.CRASHED, message)
            if deadline is not None and time.monotonic() >= deadline:
                _stop(slot)
                raise DecodeError(ErrorKind.TIMEOUT, f"decoding took longer than {timeout:g} s")


def _stop(slot: _Slot) -> None:
    """Kill, reap and forget a slot's process."""
    if slot.process is not None:
        if slot.process.is_alive():
            slot.process.kill()
        slot.process.join(2.0)
        if slot.process.exitcode is not None:
            slot.process.close()
    if slot.conn is not None:
        slot.conn.close()
    slot.process, slot.conn = None, None
