"""The only module that crosses threads.

Core callables run in a :class:`QThreadPool`; their progress, result or error comes back
on the GUI thread through queued signals, so no widget is ever touched from a worker.
Progress events are throttled (at most one per ``PROGRESS_INTERVAL`` seconds, plus the
first and last of each stage) so a fast core cannot flood the event loop.

A :class:`Runner` built with ``synchronous=True`` calls everything inline: tests use it
for determinism (the same trick as Picard's ``FakeThreadPool``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from photodedup.core.progress import CancelToken, Progress, throttled

log = logging.getLogger(__name__)

PROGRESS_INTERVAL = 0.05  # seconds between two progress signals of one job

# A background callable receives a progress callback and a cancel token.
Work = Callable[[Callable[[Progress], None], CancelToken], Any]
ResultHandler = Callable[[Any], None]
ErrorHandler = Callable[[BaseException], None]
ProgressHandler = Callable[[Progress], None]


class _Relay(QObject):
    """Signals emitted from the worker thread; the Job receives them on the GUI thread."""

    progress = Signal(object)
    succeeded = Signal(object)
    failed = Signal(object)


class Job(QObject):
    """A handle on one background call; lives on the GUI thread.

    ``finished`` is emitted (on the GUI thread) after the result or error handler ran.
    """

    finished = Signal()

    def __init__(
        self,
        on_result: ResultHandler | None,
        on_error: ErrorHandler | None,
        on_progress: ProgressHandler | None,
    ) -> None:
        super().__init__()
        self.cancel_token = CancelToken()
        self.done = False
        self._on_result = on_result
        self._on_error = on_error
        self._on_progress = on_progress
        self._relay = _Relay()
        self._relay.progress.connect(self._deliver_progress)
        self._relay.succeeded.connect(self._deliver_result)
        self._relay.failed.connect(self._deliver_error)

    def cancel(self) -> None:
        """Ask the work to stop at its next item boundary (thread-safe)."""
        self.cancel_token.cancel()

    def run_here(self, work: Work, *, throttle: bool = True) -> None:
        """Run ``work`` in the calling thread, reporting through the relay signals."""
        send = self._relay.progress.emit
        report: Callable[[Progress], None] = (
            throttled(send, PROGRESS_INTERVAL) if throttle else send
        )
        try:
            result = work(report, self.cancel_token)
        except Exception as exc:
            log.exception("background task failed")
            self._emit(self._relay.failed, exc)
        else:
            self._emit(self._relay.succeeded, result)

    @staticmethod
    def _emit(signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the receiver was destroyed (application exit): nobody waits
            log.debug("result of a background task dropped at exit")

    @Slot(object)
    def _deliver_progress(self, event: Progress) -> None:
        if self._on_progress is not None and not self.done:
            self._on_progress(event)

    @Slot(object)
    def _deliver_result(self, result: object) -> None:
        self.done = True
        if self._on_result is not None:
            self._on_result(result)
        self.finished.emit()

    @Slot(object)
    def _deliver_error(self, error: BaseException) -> None:
        self.done = True
        if self._on_error is not None:
            self._on_error(error)
        self.finished.emit()


class _Task(QRunnable):
    def __init__(self, job: Job, work: Work) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._job = job
        self._work = work

    def run(self) -> None:
        self._job.run_here(self._work)


class Runner:
    """Starts work in a thread pool (or inline when ``synchronous``) and tracks live jobs."""

    def __init__(self, *, max_threads: int = 2, synchronous: bool = False) -> None:
        self.synchronous = synchronous
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(max_threads)
        self._live: dict[int, tuple[Job, _Task | None]] = {}

    def submit(
        self,
        work: Work,
        *,
        on_result: ResultHandler | None = None,
        on_error: ErrorHandler | None = None,
        on_progress: ProgressHandler | None = None,
        priority: int = 0,
    ) -> Job:
        """Run ``work(progress, cancel)`` in the background; handlers run on the GUI thread.

        Queued jobs with a higher ``priority`` start first.
        """
        job = Job(on_result, on_error, on_progress)
        if self.synchronous:
            job.run_here(work, throttle=False)
            return job
        task = _Task(job, work)
        key = id(job)
        self._live[key] = (job, task)
        job.finished.connect(lambda: self._live.pop(key, None))
        self._pool.start(task, priority)
        return job

    def active_jobs(self) -> list[Job]:
        """Jobs started and not finished yet."""
        return [job for job, _task in self._live.values() if not job.done]

    def shutdown(self, timeout_ms: int = 3000) -> bool:
        """Cancel every job and wait for them; True if all ended in time."""
        for job in self.active_jobs():
            job.cancel()
        return self._pool.waitForDone(timeout_ms)
