"""What runs inside a decoder worker process (see :mod:`photodedup.core.decode.supervisor`).

A worker is initialised once (memory limit, decoder plugins, bomb warnings as errors),
then receives its job (the per-file function; ``None``: the real one) and answers READY.
A scan worker (:func:`worker_main`) then loops: receive a batch of
``(task_id, PhotoFile, want_content_key)``, answer each with
``(task_id, Photo | ScanError, warnings, seconds spent)``; a preview worker
(:func:`preview_worker_main`) answers one request at a time.  ``None`` (or a closed pipe)
ends either.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import time
import warnings
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any

from photodedup.core.config import ScanOptions
from photodedup.core.decode.numeric import one_numeric_thread
from photodedup.core.types import ErrorKind, ScanError

READY = "ready"
OOM_EXIT_CODE = 3
WORKER_NICENESS = 5

Task = tuple[int, Any, bool]  # (task id, PhotoFile, compute its content key)


def worker_main(conn: Connection, options: ScanOptions, memory_limit: int) -> None:
    """Entry point of a :class:`~photodedup.core.decode.pool.DecodePool` worker process.

    Its job (the parent's first message) has the signature of
    :func:`~photodedup.core.decode.image.analyse_file_full` (``None``: that one).
    """
    try:
        analyse = _start(conn, options, memory_limit, _real_analyse)
    except (EOFError, OSError):
        return
    while True:
        try:
            batch: list[Task] | None = conn.recv()
        except (EOFError, OSError):
            return
        if batch is None:
            return
        for task_id, file, want_key in batch:
            started = time.perf_counter()
            result, out_of_memory = _run_one(analyse, file, options, want_key)
            conn.send((task_id, *result, time.perf_counter() - started))
            if out_of_memory:  # the heap may be in a bad state: let the pool replace us
                conn.close()
                sys.exit(OOM_EXIT_CODE)


def preview_worker_main(conn: Connection, options: ScanOptions, memory_limit: int) -> None:
    """Entry point of an :class:`~photodedup.core.decode.isolated.IsolatedDecoder` process.

    Its job (the parent's first message) has the signature of
    :func:`~photodedup.core.decode.image.open_oriented` (``None``: that one).  Requests are
    ``(path, min_side, max_side)``; answers ``("ok", mode, size, pixels, info)`` or
    ``("error", kind, message)``.
    """
    try:
        open_image = _start(conn, options, memory_limit, _real_open)
    except (EOFError, OSError):
        return
    while True:
        try:
            request: tuple[str, int | None, int | None] | None = conn.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        conn.send(_preview_one(open_image, *request, options=options))


def _start(
    conn: Connection, options: ScanOptions, memory_limit: int, real: Callable[[], Any]
) -> Any:
    """Set the worker up, then take its job (``None``: ``real()``) and say READY.

    The job is received only now, so whatever it imports comes after the set-up.
    """
    _init(options, memory_limit)
    job = conn.recv()
    if job is None:
        job = real()
    conn.send(READY)
    return job


def _real_analyse() -> Any:
    from photodedup.core.decode.image import analyse_file_full

    return analyse_file_full


def _real_open() -> Any:
    from photodedup.core.decode.image import open_oriented

    return open_oriented


def _preview_one(
    open_image: Any,
    path: str,
    min_side: int | None,
    max_side: int | None,
    *,
    options: ScanOptions,
) -> tuple[Any, ...]:
    from PIL import Image

    from photodedup.core.decode.files import DecodeError

    try:
        image, info = open_image(path, max_pixels=options.max_pixels, min_side=min_side)
        if max_side:
            image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
        if image.mode in ("P", "PA"):
            image = image.convert("RGBA")
        pixels = image.tobytes()
    except DecodeError as exc:
        return ("error", exc.kind, exc.message)
    except MemoryError:
        return ("error", ErrorKind.TOO_LARGE, "not enough memory to decode")
    except Exception as exc:
        return ("error", ErrorKind.UNREADABLE, f"{type(exc).__name__}: {exc}")
    return ("ok", image.mode, image.size, pixels, info)


Answer = tuple[Any, tuple[str, ...], bytes | None]  # (Photo | ScanError, warnings, thumbnail)


def _run_one(analyse: Any, file: Any, options: ScanOptions, want_key: bool) -> tuple[Answer, bool]:
    """((Photo | ScanError, warnings, structure thumbnail), ran_out_of_memory) for one
    file; never raises."""
    from photodedup.core.decode.files import DecodeError

    try:
        photo, notes, thumb = analyse(file, options, with_content_key=want_key)
    except DecodeError as exc:
        return (ScanError(file.path, exc.kind, exc.message), (), None), False
    except MemoryError:
        message = "the decoder ran out of memory"
        return (ScanError(file.path, ErrorKind.CRASHED, message), (), None), True
    except Exception as exc:  # an unexpected decoder error costs only this file
        message = f"{type(exc).__name__}: {exc}"
        return (ScanError(file.path, ErrorKind.UNREADABLE, message), (), None), False
    return (photo, notes, thumb), False


def _init(options: ScanOptions, memory_limit: int) -> None:
    """One-time worker setup: limits, plugins, warnings-as-errors."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _lower_priority()
    # One worker per core already; BLAS thread pools would also reserve address space
    # that counts against RLIMIT_AS.
    one_numeric_thread(force=True)
    _limit_memory(memory_limit)
    from PIL import Image

    from photodedup.core.decode.image import setup_decoders

    setup_decoders(decode_threads=1)
    Image.MAX_IMAGE_PIXELS = options.max_pixels
    warnings.simplefilter("error", Image.DecompressionBombWarning)
    _warm_up()


def _lower_priority() -> None:
    """Yield the CPU to the app's own process (GUI thread, cache writer) under load."""
    with contextlib.suppress(AttributeError, OSError):  # os.nice is POSIX-only
        os.nice(WORKER_NICENESS)


def _warm_up() -> None:
    """Import and run what the first fingerprint would (numpy), so no file pays for it."""
    from PIL import Image

    from photodedup.core.fingerprint import fingerprint_image

    fingerprint_image(Image.new("L", (64, 64)))


def _limit_memory(limit: int) -> None:
    if limit <= 0:
        return
    try:
        import resource
    except ImportError:  # Windows: no RLIMIT_AS; timeouts still apply
        return
    try:
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ValueError, OSError):
        pass
