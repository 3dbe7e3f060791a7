"""The workers' side of ``photodedup scan --dask``: what a Dask task runs on a batch.

:func:`decode_batch` decodes a batch of files through this worker thread's own
:class:`~photodedup.core.decode.pool.DecodePool` (one isolated decoder process, kept
between tasks), with the client's file identities mapped to this machine's, and stops
between files once the run's :class:`distributed.Event` is set (see
:mod:`photodedup.core.decode.cluster`).
"""

from __future__ import annotations

import math
import multiprocessing as mp
import os
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from photodedup.core.config import ScanOptions
from photodedup.core.decode.pool import DecodePool
from photodedup.core.fingerprint.picture import thumb_length
from photodedup.core.progress import CancelToken
from photodedup.core.types import FileIdentity, Photo, PhotoFile, ScanError
from photodedup.core.versions import ALGO_ID

STOP_POLL_SECONDS = 0.2  # a running batch asks the scheduler this often whether to stop

Answer = tuple[Photo | ScanError, tuple[str, ...], bytes | None]
BatchResult = tuple[str, float, list[Answer], bool]  # algo, seconds, answers, complete

_local = threading.local()  # each worker thread's own DecodePool


def decode_batch(
    batch: list[tuple[PhotoFile, bool]],
    options: ScanOptions,
    analyse: Callable[..., Any] | None = None,
    stop: str = "",
) -> BatchResult:
    """Runs on a Dask worker: ``(ALGO_ID, seconds, answers, complete)`` for a batch of
    ``(file, want its content key)``, one answer ``(Photo | ScanError, warnings,
    structure thumbnail)`` per file, in completion order.

    ``stop`` names the run's :class:`distributed.Event`: once it is set the batch stops
    between files and returns what it finished (``complete`` False).
    """
    started = time.perf_counter()
    token = _StopToken(stop) if stop else None
    if token is not None and token.cancelled:  # the run was cancelled while this waited
        return ALGO_ID, 0.0, [], False
    pool = _pool(options, analyse)
    here = [_as_seen_here(f) for f, _ in batch]
    wanted = {f.path: want for f, (_, want) in zip(here, batch, strict=True)}
    pool.warnings.clear()
    pool.structure_thumbs.clear()
    results = list(pool.process(here, token, hash_content=lambda f: wanted[f.path]))
    notes: dict[str, list[str]] = {}
    for warning in pool.warnings:
        notes.setdefault(warning.path, []).append(warning.message)
    answers: list[Answer] = [
        (r, tuple(notes.get(r.path, ())), pool.structure_thumbs.get(r.path)) for r in results
    ]
    pool.structure_thumbs.clear()
    return ALGO_ID, time.perf_counter() - started, answers, len(results) == len(batch)


class _StopToken(CancelToken):
    """A cancel token set by the run's :class:`distributed.Event` (asked at most every
    STOP_POLL_SECONDS: each question is a round trip to the scheduler)."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name
        self._asked = -math.inf

    @property
    def cancelled(self) -> bool:
        now = time.monotonic()
        if not self._event.is_set() and now - self._asked >= STOP_POLL_SECONDS:
            from distributed import Event

            self._asked = now
            if Event(self._name).is_set():
                self._event.set()
        return self._event.is_set()


class _BatchPool(DecodePool):
    """A DecodePool whose thumbnails are handed back per batch (no run-wide budget), without
    the larger pictures: ~77 KB a camera photo is more to send over the network than the
    client's own decode of the few files grouping checks closely."""

    def keep_thumb(self, path: str, thumb: bytes) -> None:
        self.structure_thumbs[path] = thumb[: thumb_length(thumb)]


def _pool(options: ScanOptions, analyse: Callable[..., Any] | None) -> DecodePool:
    """This thread's decoder pool (one isolated decoder process), made on first use."""
    if getattr(_local, "made_for", None) != (options, analyse):
        old = getattr(_local, "pool", None)
        if old is not None:
            old.close()
        _allow_children()
        _local.pool = _BatchPool(replace(options, workers=1), analyse=analyse)
        _local.made_for = (options, analyse)
    pool: DecodePool = _local.pool
    return pool


def _allow_children() -> None:
    """Let a daemonic Dask worker process (a nanny's default) start decoder processes.

    multiprocessing forbids children of daemonic processes so that none outlive their
    parent; the pool's decoders are daemonic themselves and exit when their pipe closes,
    so they cannot.
    """
    process = mp.current_process()
    if process.daemon:
        process.daemon = False  # allowed in the child itself (its _popen is None)


def _as_seen_here(file: PhotoFile) -> PhotoFile:
    """``file`` with this machine's identity when size and mtime are what discovery saw
    (another mount: another st_dev); otherwise as given (the read reports the change)."""
    try:
        st = os.lstat(file.path)
    except OSError:
        return file
    here = FileIdentity.from_stat(st)
    seen = file.identity
    if here.size == seen.size and here.mtime_ns == seen.mtime_ns:
        return file._replace(identity=here)
    return file
