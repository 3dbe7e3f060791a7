"""Decoders that break like native ones, to test the decode stage's isolation for real.

``Faulty({"name part": "segv" | "hang" | "alloc" | "exit"}, analyse)`` wraps a worker's
per-file function (``analyse_file_full`` for a :class:`DecodePool`, ``open_oriented`` for
an :class:`IsolatedDecoder`): on a file whose name contains a key it kills its process
with SIGSEGV, hangs, allocates until ``RLIMIT_AS`` says no, or exits; other files go to
``analyse``.  With ``active_while=<path>`` it misbehaves only while that file exists, so
a test can let later workers decode the same file normally.

It is picklable: spawned workers import this module by name (pytest's rootdir is on
``sys.path``, which spawn passes on to the children).
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable
from pathlib import Path, PurePath
from typing import Any

from photodedup.core.config import ScanOptions
from photodedup.core.decode.image import analyse_file_full
from photodedup.core.decode.pool import DecodePool

FAULTS = ("segv", "hang", "alloc", "exit")


class Faulty:
    """``analyse``, except on files whose name contains one of ``faults``' keys."""

    def __init__(
        self,
        faults: dict[str, str],
        analyse: Callable[..., Any] = analyse_file_full,
        *,
        active_while: Path | str | None = None,
    ) -> None:
        unknown = set(faults.values()) - set(FAULTS)
        if unknown:
            raise ValueError(f"unknown faults {sorted(unknown)}")
        self.faults = dict(faults)
        self.analyse = analyse
        self.active_while = None if active_while is None else str(active_while)

    def _key(self) -> tuple[Any, ...]:
        return (tuple(sorted(self.faults.items())), self.analyse, self.active_while)

    def __eq__(self, other: object) -> bool:  # equal after a round trip through pickle
        return isinstance(other, Faulty) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __call__(self, target: Any, *args: Any, **kwargs: Any) -> Any:
        """``target`` is a ``PhotoFile`` or a path."""
        if self.active_while is None or Path(self.active_while).exists():
            name = PurePath(getattr(target, "path", target)).name
            for pattern, fault in self.faults.items():
                if pattern in name:
                    misbehave(fault)
        return self.analyse(target, *args, **kwargs)


def faulty_decoders(
    faults: dict[str, str], *, active_while: Path | str | None = None
) -> Callable[[ScanOptions], DecodePool]:
    """A decoder factory for ``run_scan`` (or ``pipeline.local_decoders``) with faults."""

    def decoders(options: ScanOptions) -> DecodePool:
        return DecodePool(options, analyse=Faulty(faults, active_while=active_while))

    return decoders


def misbehave(fault: str) -> None:
    """Do what a broken native decoder does, in this (worker) process."""
    if fault == "segv":
        os.kill(os.getpid(), signal.SIGSEGV)
        time.sleep(5)
    elif fault == "hang":
        while True:
            time.sleep(1)
    elif fault == "alloc":  # reserve address space until RLIMIT_AS says no
        import numpy as np

        hog = []
        while True:
            hog.append(np.empty(256 << 20, dtype=np.uint8))
    elif fault == "exit":
        os._exit(1)


class Slow:
    """``analyse``, taking at least ``seconds`` a file (a camera's 12-MP photos on a busy
    machine), to test what happens to work in progress.  Picklable like :class:`Faulty`."""

    def __init__(self, seconds: float, analyse: Callable[..., Any] = analyse_file_full) -> None:
        self.seconds = seconds
        self.analyse = analyse

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Slow) and (self.seconds, self.analyse) == (
            other.seconds,
            other.analyse,
        )

    def __hash__(self) -> int:
        return hash((self.seconds, self.analyse))

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        time.sleep(self.seconds)
        return self.analyse(*args, **kwargs)
