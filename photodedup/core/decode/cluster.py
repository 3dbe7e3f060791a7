"""Decode and fingerprint on a Dask cluster (``photodedup scan --dask ADDRESS``).

:class:`DaskDecoder` is a :class:`photodedup.core.pipeline.Decoder`: discovery, the hash
cache, grouping, keepers and the report stay on this machine; only the batches of files
the cache did not know go to the cluster's workers, which must see every file at the same
path (a shared mount).

* Isolation is a local scan's: each worker thread runs its batches through its own
  :class:`~photodedup.core.decode.pool.DecodePool` (one decoder process, long-lived), so a
  file that crashes, hangs or exhausts a decoder costs that file (``CRASHED``/``TIMEOUT``,
  as locally), never the Dask worker.
* Identity: a file seen through another machine's mount has another ``st_dev`` (and on
  some file systems another inode and ctime).  A worker decodes a file whose size and
  mtime (to the nanosecond) are what discovery saw, checked again while it is read; the
  result carries the client's identity, so the local cache and a warm rescan work as
  after a local scan.
* A lost worker (killed, out of memory, a node gone) costs no photo: the scheduler runs
  its batches elsewhere; a batch that still fails is submitted again once, then each of
  its files is reported ``CRASHED``.
* Cancel reaches the workers: each run has a :class:`distributed.Event`; cancelling sets
  it and cancels the batches not started yet, and a running batch checks it between
  files (every ``cluster_worker.STOP_POLL_SECONDS``), stops its decoder and returns the
  files it finished.  The client waits up to ``STOP_SECONDS`` for those answers and
  yields them (they are cached like any other), then cancels whatever is left: nothing
  finished is lost, and the workers are free for the next scan at once.

``ADDRESS`` is a scheduler address (``tcp://10.0.0.5:8786``) or ``local`` / ``local:N``
(a :class:`distributed.LocalCluster` of N one-thread worker processes on this machine).
Nothing here imports Dask until a decoder starts.  The workers' side (the task a batch
runs) is :mod:`photodedup.core.decode.cluster_worker`.
"""

from __future__ import annotations

import logging
import math
import queue
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from photodedup.core.config import ScanOptions
from photodedup.core.decode.cluster_worker import Answer, decode_batch
from photodedup.core.fingerprint.picture import ThumbBudget
from photodedup.core.progress import CancelToken
from photodedup.core.types import ErrorKind, Photo, PhotoFile, ScanError
from photodedup.core.versions import ALGO_ID

log = logging.getLogger(__name__)

POLL_SECONDS = 0.1  # how often cancel is checked while waiting for the cluster
BATCH_SECONDS = 2.0  # about this much work per task, once per-file times are known...
FIRST_BATCH = 8  # ...and this many files per task until then
MAX_BATCH = 256
BATCHES_PER_THREAD = 4  # never fewer batches than this per worker thread (balance)
IN_FLIGHT_PER_THREAD = 2  # tasks queued per worker thread
RESUBMITS = 1  # a batch whose task failed is submitted again this many times
InFlight = dict[Any, tuple[list[tuple[PhotoFile, bool]], int]]  # future -> (batch, tries)
STOP_SECONDS = 5.0  # after a cancel, wait this long for the running batches' answers
CALL_STACK_SECONDS = 5.0  # ... and at most this long to learn which batches are running
CONNECT_SECONDS = 30.0
WORKERS_SECONDS = 60.0  # wait this long for a first worker


class ClusterError(RuntimeError):
    """The cluster cannot be used (unreachable, no workers, another photodedup)."""


class DaskDecoder:
    """Isolated decode + fingerprint of :class:`PhotoFile` s on Dask workers."""

    def __init__(
        self,
        options: ScanOptions,
        address: str,
        *,
        batch_size: int = 0,
        analyse: Callable[..., Any] | None = None,
    ) -> None:
        """``analyse``: the workers' per-file function (picklable; None: the real one, see
        :class:`~photodedup.core.decode.pool.DecodePool`)."""
        self._options = options
        self._analyse = analyse
        self._address = address
        self._fixed_batch = batch_size
        self._client: Any = None
        self._cluster: Any = None
        self._threads = 1
        self._threads_checked = 0.0
        self.warnings: list[ScanError] = []
        self.structure_thumbs: dict[str, bytes] = {}
        self._thumb_budget = ThumbBudget()
        self.seconds_per_file: float | None = None
        self._done: queue.SimpleQueue[Any] = queue.SimpleQueue()  # finished futures
        self._stop_name = ""  # this run's distributed.Event: set when it is cancelled

    # -- the Decoder protocol --------------------------------------------------------------
    def start(self) -> None:
        """Connect to the scheduler (or start the local cluster) and wait for a worker."""
        if self._client is not None:
            return
        try:
            from distributed import Client
        except ImportError as exc:
            raise ClusterError("Dask is not installed: pip install 'photodedup[cluster]'") from exc
        try:
            if self._address.split(":", 1)[0] == "local":
                self._cluster = start_local_cluster(self._address, self._options)
                self._client = Client(self._cluster, set_as_default=False)
            else:
                self._client = Client(self._address, timeout=CONNECT_SECONDS, set_as_default=False)
            self._client.wait_for_workers(1, timeout=WORKERS_SECONDS)
        except (OSError, TimeoutError, ValueError) as exc:
            self.close()
            raise ClusterError(f"cannot use the Dask cluster {self._address}: {exc}") from exc
        self._refresh_threads(force=True)

    def process(
        self,
        files: Iterable[PhotoFile],
        cancel: CancelToken | None = None,
        *,
        hash_content: Callable[[PhotoFile], bool] | None = None,
    ) -> Iterator[Photo | ScanError]:
        """Yield one ``Photo`` or ``ScanError`` per file, in completion order (per batch)."""
        self.start()
        want = hash_content or _always
        todo = deque((f, want(f)) for f in files)
        in_flight: InFlight = {}
        self._stop_name = f"photodedup-stop-{uuid.uuid4().hex}"
        try:
            while todo or in_flight:
                if cancel is not None and cancel.cancelled:
                    yield from self._stop(in_flight)
                    return
                self._submit(todo, in_flight)
                for future in self._finished(in_flight):
                    batch, tries = in_flight.pop(future)
                    yield from self._answers(future, batch, tries, todo)
        finally:
            if in_flight and self._client is not None:
                self._client.cancel(list(in_flight))

    def close(self) -> None:
        """Disconnect (and stop the local cluster, if this decoder started one)."""
        client, cluster = self._client, self._cluster
        self._client = self._cluster = None
        for part in (client, cluster):
            if part is not None:
                try:
                    part.close()
                except Exception as exc:  # a cluster that is gone already
                    log.debug("closing %s: %s", type(part).__name__, exc)

    def keep_thumb(self, path: str, thumb: bytes) -> None:
        """Hold a structure thumbnail (and picture) for this run's grouping, within budget."""
        kept = self._thumb_budget.fit(thumb)
        if kept is not None:
            self.structure_thumbs[path] = kept

    # -- the client's side -----------------------------------------------------------------
    def _refresh_threads(self, *, force: bool = False) -> None:
        now = time.monotonic()
        if force or now - self._threads_checked > 5.0:
            self._threads = max(1, sum(self._client.nthreads().values()))
            self._threads_checked = now

    def _batch_size(self, left: int) -> int:
        if self._fixed_batch > 0:
            return self._fixed_batch
        share = math.ceil(left / (BATCHES_PER_THREAD * self._threads))
        if self.seconds_per_file is None:
            return max(1, min(FIRST_BATCH, share))
        by_time = int(BATCH_SECONDS / max(self.seconds_per_file, 1e-4))
        return max(1, min(MAX_BATCH, by_time, share))

    def _submit(self, todo: deque[tuple[PhotoFile, bool]], in_flight: InFlight) -> None:
        self._refresh_threads()
        while todo and len(in_flight) < IN_FLIGHT_PER_THREAD * self._threads:
            size = self._batch_size(len(todo))
            batch = [todo.popleft() for _ in range(min(size, len(todo)))]
            self._send(batch, 0, in_flight)

    def _send(self, batch: list[tuple[PhotoFile, bool]], tries: int, in_flight: InFlight) -> None:
        future = self._client.submit(
            decode_batch, batch, self._options, self._analyse, self._stop_name, pure=False
        )
        in_flight[future] = (batch, tries)
        future.add_done_callback(self._done.put)  # from the client's thread

    def _finished(self, in_flight: InFlight) -> list[Any]:
        """Futures of ``in_flight`` done so far, waiting up to POLL_SECONDS for one."""
        done = []
        try:
            done.append(self._done.get(timeout=POLL_SECONDS))
            while True:
                done.append(self._done.get_nowait())
        except queue.Empty:
            pass
        return [f for f in done if f in in_flight]  # not those of an abandoned run

    def _stop(self, in_flight: InFlight) -> Iterator[Photo | ScanError]:
        """Cancel the run on the cluster: set its event, cancel the batches that have not
        started, and yield what the running ones finished (up to STOP_SECONDS)."""
        from distributed import Event

        try:
            Event(self._stop_name, client=self._client).set()
        except Exception as exc:  # the scheduler is gone: nothing more will come back
            log.warning("cannot tell the cluster to stop (%s); leaving its batches", exc)
            return
        running = self._running(in_flight)
        idle = [f for f in in_flight if f.key not in running]
        if idle:
            self._client.cancel(idle)
            for future in idle:
                in_flight.pop(future)
        deadline = time.monotonic() + STOP_SECONDS
        while in_flight and time.monotonic() < deadline:
            for future in self._finished(in_flight):
                batch, _ = in_flight.pop(future)
                if future.status == "finished":
                    yield from self._results(batch, future.result()[2], complete=False)

    def _running(self, in_flight: InFlight) -> set[Any]:
        """Keys of the batches some worker is running now (every batch when the scheduler
        does not tell within CALL_STACK_SECONDS: a cancel never hangs on it)."""
        client = self._client
        keys = [f.key for f in in_flight]
        try:  # Client.call_stack with a timeout (it takes none)
            stacks = client.sync(
                client.scheduler.call_stack, keys=keys, callback_timeout=CALL_STACK_SECONDS
            )
        except Exception as exc:  # a worker gone, no answer: treat every batch as running
            log.debug("call_stack: %s", exc)
            return set(keys)
        return {key for worker in stacks.values() for key in worker}

    def _answers(
        self,
        future: Any,
        batch: list[tuple[PhotoFile, bool]],
        tries: int,
        todo: deque[tuple[PhotoFile, bool]],
    ) -> Iterator[Photo | ScanError]:
        try:
            algo, seconds, answers, complete = future.result()
        except Exception as exc:  # KilledWorker, a lost connection, an error in the task
            if tries < RESUBMITS:
                log.warning(
                    "a batch of %d files failed on the cluster (%s); again", len(batch), exc
                )
                todo.extendleft(reversed(batch))  # submitted again by the next _submit
                return
            message = f"the cluster could not decode it ({type(exc).__name__}: {exc})"
            for file, _ in batch:
                yield ScanError(file.path, ErrorKind.CRASHED, message)
            return
        if algo != ALGO_ID:
            raise ClusterError(
                f"the workers fingerprint with {algo}, this photodedup with {ALGO_ID}: "
                "install the same version on every worker"
            )
        self._learn_speed(seconds / max(1, len(batch)))
        yield from self._results(batch, answers, complete=complete)

    def _results(
        self, batch: list[tuple[PhotoFile, bool]], answers: list[Answer], *, complete: bool
    ) -> Iterator[Photo | ScanError]:
        """The batch's answers as this machine's results; files a stopped batch did not
        reach are left out (not done: the next scan decodes them)."""
        ours = {f.path: f for f, _ in batch}
        for answer, notes, thumb in answers:
            file = ours.pop(answer.path, None)
            if isinstance(answer, Photo):
                if file is not None:
                    answer = answer._replace(file=file)  # noqa: PLW2901 - the identity seen here
                if thumb is not None:
                    self.keep_thumb(answer.path, thumb)
                self.warnings.extend(ScanError(answer.path, ErrorKind.WARNING, n) for n in notes)
            yield answer
        if not complete:
            return
        for path in ours:  # never expected: the worker's pool answers every file
            yield ScanError(path, ErrorKind.CRASHED, "the cluster returned no result for it")

    def _learn_speed(self, seconds: float) -> None:
        avg = self.seconds_per_file
        self.seconds_per_file = seconds if avg is None else 0.7 * avg + 0.3 * seconds


def dask_decoders(address: str) -> Callable[[ScanOptions], DaskDecoder]:
    """A ``run_scan(decoders=...)`` factory decoding on the Dask cluster at ``address``."""

    def make(options: ScanOptions) -> DaskDecoder:
        return DaskDecoder(options, address)

    return make


def start_local_cluster(address: str, options: ScanOptions) -> Any:
    """A LocalCluster for ``local`` (one worker per core, or ``--workers``) or ``local:N``."""
    import dask
    from distributed import LocalCluster

    _, _, count = address.partition(":")
    try:
        workers = int(count) if count else options.worker_count()
    except ValueError:
        raise ValueError(f"'{address}' is not local or local:N") from None
    with dask.config.set({"distributed.worker.daemon": False}):  # workers start decoders
        return LocalCluster(
            n_workers=max(1, workers),
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        )


def _always(_file: PhotoFile) -> bool:
    return True
