"""Decode and fingerprint photos in isolated worker processes.

``concurrent.futures.ProcessPoolExecutor`` breaks for good when one worker dies, and a
native decoder (libheif, libjpeg, libwebp...) can segfault, hang or eat memory on a bad
file.  :class:`DecodePool` is a small supervisor over ``multiprocessing`` (spawn):

* one worker per core, each with its own duplex pipe, an ``RLIMIT_AS`` memory cap and
  bomb warnings promoted to errors (its life: :mod:`photodedup.core.decode.supervisor`;
  the code it runs: :mod:`photodedup.core.decode.worker`);
* files go out in small batches (amortised IPC) and come back one result at a time, so
  the pool always knows which file each worker is on; batches are sized from the measured
  per-file time (~50 ms of work each, 1-32 files), so tiny files cost few messages and
  big ones leave at most about one file of imbalance between workers at the end;
* a worker that dies costs its current file (``CRASHED``), one that takes longer than
  ``options.decode_timeout`` on a file is killed (``TIMEOUT``); either way its other files
  are re-queued and a fresh worker is started;
* cancelling stops within ~0.1 s; :meth:`DecodePool.close` kills and reaps every worker.
"""

from __future__ import annotations

import contextlib
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import count, islice
from types import TracebackType
from typing import TYPE_CHECKING, cast

from photodedup.core.config import ScanOptions
from photodedup.core.decode.context import forking, prepare_workers
from photodedup.core.decode.supervisor import (
    STARTUP_TIMEOUT,
    WorkerProcess,
    death_message,
    default_memory_limit,
    timeout_message,
    wait_any,
)
from photodedup.core.decode.worker import OOM_EXIT_CODE, worker_main
from photodedup.core.progress import CancelToken
from photodedup.core.types import ErrorKind, Photo, PhotoFile, ScanError

if TYPE_CHECKING:  # the fingerprint modules load numpy: only once the workers are starting
    from photodedup.core.fingerprint.picture import ThumbBudget

BATCH_SIZE = 4  # files per message to a worker until per-file times are known...
MAX_BATCH_SIZE = 32
BATCH_SECONDS = 0.05  # ...then about this much work per message (2 messages in flight)
POLL_SECONDS = 0.1  # how often cancel and timeouts are checked
MAX_START_FAILURES = 3  # consecutive workers dying before ready -> give up

Task = tuple[int, PhotoFile]
Analyse = Callable[..., tuple[Photo, tuple[str, ...], bytes | None]]


# (task id, Photo | ScanError, warnings, structure thumbnail, seconds spent)
_Answer = tuple[int, Photo | ScanError, tuple[str, ...], bytes | None, float]


@dataclass(eq=False)
class _Worker:
    process: WorkerProcess
    tasks: deque[Task] = field(default_factory=deque)
    head_started: float = 0.0  # when it began its current (first queued) file


class DecodePool:
    """Isolated, parallel decode+fingerprint of :class:`PhotoFile` s (a context manager).

    ``warnings`` collects non-fatal notes (e.g. bad EXIF) as ``ScanError(kind=WARNING)``
    for files that were still hashed.  ``analyse`` is what the workers run on each file,
    with the signature of :func:`~photodedup.core.decode.image.analyse_file_full` (the
    default, ``None``); it must be picklable, e.g. a test's fault injector.
    """

    def __init__(
        self,
        options: ScanOptions,
        *,
        memory_limit: int | None = None,
        batch_size: int = BATCH_SIZE,
        analyse: Analyse | None = None,
    ) -> None:
        self._options = options
        self._analyse = analyse
        self._memory_limit = default_memory_limit(options) if memory_limit is None else memory_limit
        self._batch = max(1, batch_size)
        self._workers: list[_Worker] = []
        self._ids = count()
        self._start_failures = 0
        self._closed = False
        self.warnings: list[ScanError] = []
        self.structure_thumbs: dict[str, bytes] = {}  # this run's, see keep_thumb
        self._thumb_budget: ThumbBudget | None = None  # made on the first thumbnail

    def __enter__(self) -> DecodePool:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def start(self, workers: int | None = None) -> None:
        """Start the workers' start-up now, e.g. while discovery still runs: ``workers``
        workers (default: all), or, where workers fork from a fork server and no number is
        given, only the server (~0.2 s of imports, once; a worker then forks in
        milliseconds), so that this returns at once.

        Optional: :meth:`process` starts workers on demand.
        """
        if self._closed:
            raise RuntimeError("DecodePool is closed")
        if workers is None and forking():
            prepare_workers()
            return
        wanted = self._options.worker_count() if workers is None else workers
        while len(self._workers) < min(wanted, self._options.worker_count()):
            self._spawn()

    def process(
        self,
        files: Iterable[PhotoFile],
        cancel: CancelToken | None = None,
        *,
        hash_content: Callable[[PhotoFile], bool] | None = None,
    ) -> Iterator[Photo | ScanError]:
        """Yield one ``Photo`` or ``ScanError`` per file, in completion order.

        Files are pulled from ``files`` lazily.  When ``cancel`` is set, returns within
        about ``POLL_SECONDS`` without yielding the rest; busy workers are killed.
        ``hash_content(file)`` False skips hashing that file's bytes (empty
        ``Photo.content_key``), e.g. for a size no other file has; default: hash all.
        """
        if self._closed:
            raise RuntimeError("DecodePool is closed")
        self._kill_busy_workers()  # left over from a run whose generator was dropped
        run = _Run(self, iter(files), hash_content or _always)
        try:
            while not (cancel is not None and cancel.cancelled):
                if not run.step():
                    return
                yield from run.take_results()
        finally:
            self._kill_busy_workers()

    def keep_thumb(self, path: str, thumb: bytes) -> None:
        """Hold a structure thumbnail (and picture) for this run's grouping, within budget."""
        if self._thumb_budget is None:
            from photodedup.core.fingerprint.picture import ThumbBudget

            self._thumb_budget = ThumbBudget()
        kept = self._thumb_budget.fit(thumb)
        if kept is not None:
            self.structure_thumbs[path] = kept

    def close(self) -> None:
        """Stop and reap every worker (idempotent).

        Workers hold no state worth a clean exit, so they are killed at once: waiting for
        their interpreters to shut down (~0.1 s) would sit at the end of every scan.
        """
        if self._closed:
            return
        self._closed = True
        for worker in self._workers:
            worker.process.kill()
        for worker in list(self._workers):
            self._discard(worker)

    # -- worker management (used by _Run) ---------------------------------------------

    def _spawn(self) -> _Worker:
        process = WorkerProcess(
            worker_main, self._options, self._memory_limit, self._analyse, name="photodedup-decoder"
        )
        worker = _Worker(process)
        self._workers.append(worker)
        return worker

    def _discard(self, worker: _Worker) -> None:
        """Kill (if alive), reap and forget a worker."""
        worker.process.reap()
        if worker in self._workers:
            self._workers.remove(worker)

    def _kill_busy_workers(self) -> None:
        for worker in [w for w in self._workers if w.tasks]:
            worker.tasks.clear()
            self._discard(worker)


class _Run:
    """The state of one :meth:`DecodePool.process` call."""

    def __init__(
        self,
        pool: DecodePool,
        source: Iterator[PhotoFile],
        hash_content: Callable[[PhotoFile], bool],
    ) -> None:
        self.pool = pool
        self.hash_content = hash_content
        self.source: Iterator[PhotoFile] | None = source
        self.pending: deque[Task] = deque()
        self.results: list[Photo | ScanError] = []
        self.batch = pool._batch
        self.seconds_per_file: float | None = None  # moving average

    def take_results(self) -> list[Photo | ScanError]:
        """Results gathered since the last call."""
        out, self.results = self.results, []
        return out

    def step(self) -> bool:
        """Dispatch, wait briefly, collect. False once everything is done."""
        self._refill()
        if not self.pending and not any(w.tasks for w in self.pool._workers):
            return bool(self.results)
        self._ensure_workers()
        self._dispatch()
        self._collect()
        self._enforce_timeouts()
        return True

    def _refill(self) -> None:
        want = 2 * MAX_BATCH_SIZE * self.pool._options.worker_count()
        if self.source is None or len(self.pending) >= want:
            return
        new = list(islice(self.source, want - len(self.pending)))
        if len(new) < want - len(self.pending):
            self.source = None
        self.pending.extend((next(self.pool._ids), f) for f in new)

    def _ensure_workers(self) -> None:
        pool = self.pool
        wanted = min(pool._options.worker_count(), len(self.pending) + _busy(pool))
        while len(pool._workers) < wanted:
            pool._spawn()

    def _dispatch(self) -> None:
        pool = self.pool
        for worker in sorted(pool._workers, key=lambda w: len(w.tasks)):
            if not self.pending:
                return
            if len(worker.tasks) > self.batch or not worker.process.is_alive():
                continue  # busy enough, or died idle (_collect reaps it; no file to blame)
            batch = [self.pending.popleft() for _ in range(min(self.batch, len(self.pending)))]
            if not worker.tasks:
                worker.head_started = time.monotonic()
            worker.tasks.extend(batch)
            with contextlib.suppress(OSError):  # if it died, _collect re-queues the batch
                worker.process.send([(tid, f, self.hash_content(f)) for tid, f in batch])

    def _collect(self) -> None:
        by_process = {w.process: w for w in self.pool._workers}
        talking, dead = wait_any(list(by_process), POLL_SECONDS)
        for process in talking:
            self._drain(by_process[process])
        for process in dead:
            worker = by_process[process]
            self._drain(worker)
            self._on_death(worker)

    def _drain(self, worker: _Worker) -> None:
        was_ready = worker.process.ready
        messages = worker.process.drain()
        if worker.process.ready and not was_ready:
            worker.head_started = time.monotonic()
            self.pool._start_failures = 0
        for message in messages:
            self._on_message(worker, message)

    def _on_message(self, worker: _Worker, message: object) -> None:
        now = time.monotonic()
        task_id, result, notes, thumb, seconds = cast(_Answer, message)
        self._learn_speed(seconds)
        worker.head_started = now
        if not _remove_task(worker, task_id):
            return  # a leftover from an abandoned run: not ours to report
        self.results.append(result)
        if thumb is not None and isinstance(result, Photo):
            self.pool.keep_thumb(result.path, thumb)
        if notes and isinstance(result, Photo):
            self.pool.warnings.extend(
                ScanError(result.path, ErrorKind.WARNING, note) for note in notes
            )

    def _learn_speed(self, seconds: float) -> None:
        """Size batches to ~BATCH_SECONDS of work: few messages for tiny files, and for big
        ones at most about one file of imbalance between workers at the end."""
        avg = self.seconds_per_file
        avg = seconds if avg is None else 0.8 * avg + 0.2 * seconds
        self.seconds_per_file = avg
        self.batch = max(1, min(MAX_BATCH_SIZE, int(BATCH_SECONDS / max(avg, 1e-4))))

    def _on_death(self, worker: _Worker) -> None:
        code = worker.process.exit_code()
        self.pool._discard(worker)
        if not worker.process.ready:
            self._on_start_failure(worker, code)
            return
        if worker.tasks and code != OOM_EXIT_CODE:  # that one already reported its file
            _task_id, file = worker.tasks.popleft()
            self.results.append(ScanError(file.path, ErrorKind.CRASHED, death_message(code)))
        self.pending.extendleft(reversed(worker.tasks))

    def _on_start_failure(self, worker: _Worker, code: int | None) -> None:
        pool = self.pool
        pool._start_failures += 1
        self.pending.extendleft(reversed(worker.tasks))
        if pool._start_failures < MAX_START_FAILURES:
            return
        message = f"decoder processes fail to start ({death_message(code)})"
        self._fail_everything(message)

    def _fail_everything(self, message: str) -> None:
        if self.source is not None:
            self.pending.extend((next(self.pool._ids), f) for f in self.source)
            self.source = None
        while self.pending:
            _task_id, file = self.pending.popleft()
            self.results.append(ScanError(file.path, ErrorKind.CRASHED, message))

    def _enforce_timeouts(self) -> None:
        pool = self.pool
        now = time.monotonic()
        for worker in list(pool._workers):
            if not worker.tasks:
                continue
            limit = pool._options.decode_timeout
            if worker.process.ready and limit > 0 and now - worker.head_started > limit:
                self._drain(worker)
                if worker.tasks:
                    self._on_timeout(worker)
            elif not worker.process.ready and now - worker.process.started > STARTUP_TIMEOUT:
                pool._discard(worker)
                self._on_start_failure(worker, None)

    def _on_timeout(self, worker: _Worker) -> None:
        _task_id, file = worker.tasks.popleft()
        limit = self.pool._options.decode_timeout
        self.results.append(ScanError(file.path, ErrorKind.TIMEOUT, timeout_message(limit)))
        self.pending.extendleft(reversed(worker.tasks))
        worker.tasks.clear()
        self.pool._discard(worker)


def _always(_file: PhotoFile) -> bool:
    return True


def _busy(pool: DecodePool) -> int:
    return sum(1 for w in pool._workers if w.tasks)


def _remove_task(worker: _Worker, task_id: int) -> bool:
    """Forget a finished task; False if the worker was not holding it."""
    if worker.tasks and worker.tasks[0][0] == task_id:
        worker.tasks.popleft()
        return True
    for task in list(worker.tasks):
        if task[0] == task_id:
            worker.tasks.remove(task)
            return True
    return False
