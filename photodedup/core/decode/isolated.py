"""``open_oriented`` in helper processes, for callers that must survive any file (the GUI).

Thumbnails and previews decode the same untrusted files as a scan.  A corrupt HEIC can
segfault libheif (pillow_heif#79), which would take the whole app down when decoded in a GUI
thread.  :class:`IsolatedDecoder` runs each decode in one of a few long-lived spawn workers
(:class:`~photodedup.core.decode.supervisor.WorkerProcess`, with the same limits as
:class:`~photodedup.core.decode.pool.DecodePool`'s): a crash or hang raises
``DecodeError(CRASHED | TIMEOUT)`` for that picture and the worker is replaced.

It is thread-safe: each call borrows a free worker, so ``workers`` calls run at once.
"""

from __future__ import annotations

import queue
from collections.abc import Callable
from dataclasses import dataclass
from types import TracebackType
from typing import Any

from PIL import Image

from photodedup.core.config import DEFAULT_MAX_PIXELS, ScanOptions
from photodedup.core.decode.files import DecodeError
from photodedup.core.decode.supervisor import STARTUP_TIMEOUT, WorkerProcess, default_memory_limit
from photodedup.core.decode.worker import preview_worker_main
from photodedup.core.types import ErrorKind, ImageInfo


@dataclass(eq=False)
class _Slot:
    worker: WorkerProcess | None = None


class IsolatedDecoder:
    """Decode pictures upright in helper processes; a context manager.

    ``open_image`` is what the helpers run on each picture, with the signature of
    :func:`~photodedup.core.decode.image.open_oriented` (the default, ``None``); it must
    be picklable, e.g. a test's fault injector.
    """

    def __init__(
        self,
        *,
        workers: int = 2,
        timeout: float = 30.0,
        max_pixels: int = DEFAULT_MAX_PIXELS,
        memory_limit: int | None = None,
        open_image: Callable[..., tuple[Image.Image, ImageInfo]] | None = None,
    ) -> None:
        self._options = ScanOptions(max_pixels=max_pixels)
        self._open_image = open_image
        self._timeout = timeout
        self._memory_limit = (
            default_memory_limit(self._options) if memory_limit is None else memory_limit
        )
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
        except DecodeError:  # it crashed or hung: the supervisor reaped it
            slot.worker = None
            raise
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

    def _ask(self, slot: _Slot, request: tuple[str, int | None, int | None]) -> Any:
        worker = self._ensure_started(slot)
        try:
            worker.send(request)
        except OSError:
            _stop(slot)
            raise DecodeError(ErrorKind.CRASHED, "the decoder process is gone") from None
        return worker.receive(self._timeout)

    def _ensure_started(self, slot: _Slot) -> WorkerProcess:
        if slot.worker is not None and slot.worker.is_alive():
            return slot.worker
        _stop(slot)
        slot.worker = WorkerProcess(
            preview_worker_main,
            self._options,
            self._memory_limit,
            self._open_image,
            name="photodedup-preview",
        )
        slot.worker.wait_ready(STARTUP_TIMEOUT)
        return slot.worker


def _stop(slot: _Slot) -> None:
    """Kill, reap and forget a slot's process."""
    if slot.worker is not None:
        slot.worker.reap()
    slot.worker = None
