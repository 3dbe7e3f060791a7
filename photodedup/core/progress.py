"""Progress events and cooperative cancellation, in plain Python (no Qt)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass


class Cancelled(Exception):  # noqa: N818 - reads better at call sites than CancelledError
    """Raised inside core work when the user asked to stop."""


@dataclass(frozen=True, slots=True)
class Progress:
    """One progress event: which stage, how far, and what is being worked on.

    ``total`` is None while it is not known yet (during discovery).
    """

    stage: str
    done: int
    total: int | None = None
    current: str = ""

    @property
    def fraction(self) -> float | None:
        """Share of the stage done, or None when the total is unknown."""
        if not self.total:
            return None
        return min(1.0, self.done / self.total)


ProgressCallback = Callable[[Progress], None]


def ignore_progress(_event: Progress) -> None:
    """A progress callback that does nothing (the default)."""


def throttled(progress: ProgressCallback, interval: float = 0.1) -> ProgressCallback:
    """Wrap ``progress`` so it gets at most ~1/interval events per second.

    A change of stage and the last event of a stage (done == total) always pass.
    """
    last_time, last_stage = 0.0, ""

    def emit(event: Progress) -> None:
        nonlocal last_time, last_stage
        now = time.monotonic()
        final = event.total is not None and event.done >= event.total
        if final or event.stage != last_stage or now - last_time >= interval:
            last_time, last_stage = now, event.stage
            progress(event)

    return emit


class CancelToken:
    """A thread-safe flag the UI sets and the core polls between items."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Ask the running work to stop at the next item boundary."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        """True once cancel() was called."""
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        """Raise Cancelled when cancel() was called."""
        if self._event.is_set():
            raise Cancelled


# Stage names shared by the pipeline, the CLI and the GUI.
STAGE_DISCOVER = "discover"
STAGE_HASH = "hash"
STAGE_GROUP = "group"
STAGE_TRASH = "trash"
STAGE_RESTORE = "restore"
