"""The life of one decoder worker process, shared by the decode stage's two supervisors.

:class:`~photodedup.core.decode.pool.DecodePool` (the scan: batches, timeouts, respawn,
cancel) and :class:`~photodedup.core.decode.isolated.IsolatedDecoder` (the GUI: one
request, one answer) differ only in what they ask and when.  A :class:`WorkerProcess`
owns everything else about a worker:

* start: a daemon process running an entry point of :mod:`photodedup.core.decode.worker`
  with the options and an ``RLIMIT_AS`` cap (:func:`default_memory_limit`), one duplex
  pipe.  On Linux it is forked from ``multiprocessing``'s fork server, which imported what
  every worker runs once (:mod:`photodedup.core.decode.preload`): a worker is ready in
  milliseconds instead of ~0.2 s of imports each, and the server never holds a thread or a
  Qt object (it is a fresh interpreter, started on first use).  Elsewhere, and in a frozen
  build, each worker is spawned
  (:func:`~photodedup.core.decode.context.worker_context`);
* the job: the per-file function the worker runs (``None``: the real one), sent as the
  first message, so that it is unpickled (its module imported) only after the worker's
  set-up (thread limits, memory cap, decoder plugins), whatever it is;
* the ready handshake (:attr:`WorkerProcess.ready`), sending, receiving: without waiting
  (:meth:`WorkerProcess.drain`), by a deadline (:meth:`WorkerProcess.receive`), or for
  many workers at once (:func:`wait_any`);
* kill, reap (idempotent), and how a death or a timeout reads in an error
  (:func:`death_message`, :func:`timeout_message`).
"""

from __future__ import annotations

import contextlib
import logging
import signal
import time
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection, wait

from photodedup.core.config import ScanOptions
from photodedup.core.decode.context import worker_context
from photodedup.core.decode.files import DecodeError
from photodedup.core.decode.worker import OOM_EXIT_CODE, READY
from photodedup.core.types import ErrorKind

log = logging.getLogger(__name__)

BASE_MEMORY_LIMIT = 1536 << 20  # address-space cap per worker...
BYTES_PER_ALLOWED_PIXEL = 8  # ...plus room for the largest allowed image
STARTUP_TIMEOUT = 60.0  # a worker not ready by then is replaced

Entry = Callable[[Connection, ScanOptions, int], None]


def default_memory_limit(options: ScanOptions) -> int:
    """Address-space limit for one worker, scaled with the pixel limit."""
    return BASE_MEMORY_LIMIT + BYTES_PER_ALLOWED_PIXEL * options.max_pixels


class WorkerProcess:
    """One worker process running ``entry(conn, options, memory_limit)`` on ``job``.

    ``job`` must be picklable (a module-level function, or an instance of a module-level
    class); ``None`` lets the entry point use the real decoder.
    """

    def __init__(
        self,
        entry: Entry,
        options: ScanOptions,
        memory_limit: int,
        job: Callable[..., object] | None = None,
        *,
        name: str,
    ) -> None:
        ctx = worker_context()
        parent_conn, child_conn = ctx.Pipe(duplex=True)
        self.process = ctx.Process(
            target=entry, args=(child_conn, options, memory_limit), name=name, daemon=True
        )
        self.process.start()
        child_conn.close()
        self.conn = parent_conn
        self.started = time.monotonic()
        self.ready = False  # set once the worker said READY (its set-up is done)
        self._reaped = False
        with contextlib.suppress(OSError):  # died already: its sentinel will say so
            parent_conn.send(job)

    @property
    def pid(self) -> int | None:
        return self.process.pid

    @property
    def sentinel(self) -> int:
        return self.process.sentinel

    def is_alive(self) -> bool:
        return not self._reaped and self.process.is_alive()

    def send(self, message: object) -> None:
        """Send a request; raises ``OSError`` (or ``ValueError`` once reaped) if it is gone."""
        self.conn.send(message)

    def drain(self) -> list[object]:
        """The messages already waiting, without blocking (the handshake sets ``ready``)."""
        messages: list[object] = []
        try:
            while self.conn.poll():
                message = self.conn.recv()
                if not self._handshake(message):
                    messages.append(message)
        except (EOFError, OSError):
            pass
        return messages

    def wait_ready(self, timeout: float) -> None:
        """Block until the worker is set up.

        Raises :class:`DecodeError` (``CRASHED`` or ``TIMEOUT``) and reaps the worker if it
        dies, says something else or is not ready within ``timeout`` seconds.
        """
        deadline = _deadline(timeout)
        while not self.ready:
            if not self._handshake(self._next(deadline, timeout)):
                self.reap()
                raise DecodeError(ErrorKind.CRASHED, "the decoder process did not start")

    def receive(self, timeout: float) -> object:
        """The next answer, waiting at most ``timeout`` seconds (0: no limit).

        Raises :class:`DecodeError` (``CRASHED`` with :func:`death_message`, or ``TIMEOUT``)
        and reaps the worker if it dies or takes longer.
        """
        deadline = _deadline(timeout)
        while True:
            message = self._next(deadline, timeout)
            if not self._handshake(message):
                return message

    def exit_code(self) -> int | None:
        """The exit status of a dead worker (its sentinel fires just before it is ready)."""
        self.process.join(1.0)
        return self.process.exitcode

    def kill(self) -> None:
        """SIGKILL now (a worker holds nothing worth a clean exit); :meth:`reap` it after."""
        if self.is_alive():
            self.process.kill()

    def reap(self) -> None:
        """Kill (if alive), join and release the process and its pipe (idempotent)."""
        if self._reaped:
            return
        self.kill()
        self._reaped = True
        self.process.join(2.0)
        self.conn.close()
        try:
            self.process.close()
        except ValueError:  # still running after SIGKILL + 2 s: leave it to the OS
            log.warning("decoder worker %s did not exit", self.process.pid)

    def _handshake(self, message: object) -> bool:
        """True (and ``ready`` set) if ``message`` is the worker's READY."""
        if not self.ready and message == READY:
            self.ready = True
            return True
        return False

    def _next(self, deadline: float | None, timeout: float) -> object:
        while True:
            left = None if deadline is None else max(0.0, deadline - time.monotonic())
            wait([self.conn, self.sentinel], left)
            if self.conn.poll():
                try:
                    return self.conn.recv()
                except (EOFError, OSError):
                    pass
            if not self.process.is_alive() or self.conn.closed:
                message = death_message(self.exit_code())
                self.reap()
                raise DecodeError(ErrorKind.CRASHED, message)
            if deadline is not None and time.monotonic() >= deadline:
                self.reap()
                raise DecodeError(ErrorKind.TIMEOUT, timeout_message(timeout))


def wait_any(
    workers: Sequence[WorkerProcess], timeout: float
) -> tuple[list[WorkerProcess], list[WorkerProcess]]:
    """Wait up to ``timeout`` s for any worker: (those with messages, those that died)."""
    conns = {w.conn: w for w in workers}
    sentinels = {w.sentinel: w for w in workers}
    ready = wait([*conns, *sentinels], timeout=timeout)
    talking = [conns[r] for r in ready if r in conns]
    dead = [sentinels[r] for r in ready if r in sentinels]
    return talking, dead


def death_message(exitcode: int | None) -> str:
    """How a worker's exit code reads in an error message."""
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        return f"the decoder crashed ({name})"
    if exitcode == OOM_EXIT_CODE:
        return "the decoder ran out of memory"
    return f"the decoder exited unexpectedly (code {exitcode})"


def timeout_message(limit: float) -> str:
    """How a worker killed for taking longer than ``limit`` seconds reads in an error."""
    return f"decoding took longer than {limit:g} s"


def _deadline(timeout: float) -> float | None:
    return time.monotonic() + timeout if timeout > 0 else None
