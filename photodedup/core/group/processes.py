"""Grouping's per-pair work on every core: a pool of worker processes.

The structure check's thumbnail verdicts (:func:`photodedup.core.group.thumbs.thumb_verdict`)
are many small numpy and OpenCV steps that hold the GIL: on two threads they ran 1.04x as
fast as on one (``corpus2``'s 25,000 pairs: 179 s).  A :class:`PairProcesses` runs them on
processes and on the caller's thread at once, as pure functions of picklable jobs (the
64-px thumbnails of both pictures, ~3 KB each: trusted data the decoders made, not files).
So do the verdicts on the larger pictures (``structure._on_pictures``: the features of both,
~300 KB a pair), which decide the pairs the thumbnails cannot, and every pair where the
decoders' thumbnails are not at hand.

The processes fork from the decoders' fork server on Linux
(:func:`photodedup.core.decode.context.worker_context`: numpy and OpenCV already imported,
~40 ms to start); elsewhere they are spawned (~1 s of imports each).  So the pool starts only
for a batch of at least :func:`start_pairs` jobs, then serves every batch of ``MIN_PAIRS``
or more until :meth:`PairProcesses.close`; smaller work stays on the caller's threads.  One
core less than the machine has: the caller's thread works too (and each process costs
~45 MB).  A pool that cannot start or breaks is given up for the caller's threads: the
results are the same either way (pure functions, tested).
"""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.connection
import os
import threading
import weakref
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

from photodedup.core.decode.context import forking, worker_context

log = logging.getLogger(__name__)

FORKED_START = 64  # jobs in one batch that start the pool where workers fork (Linux)
SPAWNED_START = 256  # ... where each worker starts a fresh interpreter (Windows, macOS)
MIN_PAIRS = 16  # fewer jobs than this stay on the caller's threads
MAX_PROCESSES = 8  # ~45 MB each: more would cost memory for little (batches are <= 256 jobs)
_TASKS_PER_WORKER = 4  # a batch is cut into this many tasks per process (balance)

_J = TypeVar("_J")
_R = TypeVar("_R")


def available_cores() -> int:
    """The cores this process may run on (its affinity where the platform tells it)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # Windows, macOS
        return max(1, os.cpu_count() or 1)


def start_pairs() -> int:
    """Jobs in one batch worth starting the processes for on this platform."""
    return FORKED_START if forking() else SPAWNED_START


def _worker_start() -> None:
    """Process initializer: OpenCV computes on this process's one core, and the process
    ends when the process that started it does (:func:`_end_with_parent`)."""
    import cv2

    cv2.setNumThreads(1)
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_end_with_parent, args=(parent.sentinel,), daemon=True).start()


def _end_with_parent(sentinel: int) -> None:
    """Wait until the parent is gone, then end this process.  An executor's worker waits
    for its next job on a queue whose other end it holds itself; when the scan is killed
    (a signal, a crash) it would wait for ever, and with it the fork server."""
    multiprocessing.connection.wait([sentinel])
    os._exit(0)


def _run_chunk(work: Callable[[_J], _R], jobs: list[_J]) -> list[_R]:
    return [work(job) for job in jobs]


class PairProcesses:
    """A pool of ``workers`` processes (default: one less than the cores, the caller's
    thread being the last worker) for batches of pure per-pair work, started on first
    worthwhile use, shared by a structure check and its subsets.  Not for use from two
    threads at once."""

    def __init__(self, workers: int | None = None) -> None:
        default = min(MAX_PROCESSES, available_cores() - 1)
        self._workers = workers if workers is not None else default
        self._pool: ProcessPoolExecutor | None = None
        self._failed = self._workers < 1

    @property
    def workers(self) -> int:
        """The processes the pool runs when started (the caller's thread works too)."""
        return self._workers

    @property
    def started(self) -> bool:
        """Whether the processes are running."""
        return self._pool is not None

    def map(self, work: Callable[[_J], _R], jobs: Sequence[_J]) -> list[_R] | None:
        """``work`` of each job in order, on the processes and on the caller's thread
        (which takes chunks from the back while the processes take them from the front);
        None where the processes are not worth it (too few jobs, one core) or not
        available: the caller runs the jobs itself."""
        if self._failed or len(jobs) < (MIN_PAIRS if self._pool else start_pairs()):
            return None
        size = max(1, -(-len(jobs) // ((self._workers + 1) * _TASKS_PER_WORKER)))
        chunks = [list(jobs[k : k + size]) for k in range(0, len(jobs), size)]
        try:
            done = self._shared(work, chunks)
        except (BrokenProcessPool, OSError) as exc:
            log.warning("grouping's worker processes failed (%s): going on with threads", exc)
            self._failed = True
            self.close()
            return None
        return [result for k in range(len(chunks)) for result in done[k]]

    def _shared(self, work: Callable[[_J], _R], chunks: list[list[_J]]) -> dict[int, list[_R]]:
        """Each chunk's results by its index: at most two chunks a process in flight, the
        caller working through the others from the back meanwhile."""
        pool = self._started()
        done: dict[int, list[_R]] = {}
        flying: dict[Future[list[_R]], int] = {}
        front, back = 0, len(chunks)
        while front < back or flying:
            while front < back and len(flying) < 2 * self._workers:
                flying[pool.submit(_run_chunk, work, chunks[front])] = front
                front += 1
            if front < back:
                back -= 1
                done[back] = _run_chunk(work, chunks[back])
            finished, _ = wait(
                flying, timeout=0 if front < back else None, return_when=FIRST_COMPLETED
            )
            for future in finished:
                done[flying.pop(future)] = future.result()
        return done

    def close(self) -> None:
        """Stop the processes, if they were started (idempotent)."""
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)

    def _started(self) -> ProcessPoolExecutor:
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                self._workers, mp_context=worker_context(), initializer=_worker_start
            )
            weakref.finalize(self, self._pool.shutdown, wait=False, cancel_futures=True)
            log.info("structure check: %d worker processes and this thread", self._workers)
        return self._pool
