"""Where decoder workers start: ``multiprocessing``'s fork server on Linux, else spawn.

Kept apart from :mod:`photodedup.core.decode.supervisor` and light to import (only
``multiprocessing``), so that a command that will decode can start the fork server
(:func:`prepare_workers`) before its own imports: the server's start-up is what the first
worker waits for.
"""

from __future__ import annotations

import multiprocessing as mp
import sys
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:  # ForkServerContext does not exist on Windows
    Context = mp.context.SpawnContext | mp.context.ForkServerContext

_PRELOAD = ["photodedup.core.decode.preload"]
_contexts: dict[str, Context] = {}


def worker_context() -> Context:
    """The ``multiprocessing`` context workers start in: the fork server on Linux (unless
    frozen: a bundle re-runs its executable for children), else spawn."""
    method = (
        "forkserver" if sys.platform == "linux" and not getattr(sys, "frozen", False) else "spawn"
    )
    if method not in _contexts:
        ctx = cast("Context", mp.get_context(method))
        if method == "forkserver":
            ctx.set_forkserver_preload(_PRELOAD)
        _contexts[method] = ctx
    return _contexts[method]


def forking() -> bool:
    """Whether workers fork from the fork server (:func:`worker_context`)."""
    return worker_context().get_start_method() == "forkserver"


def prepare_workers() -> None:
    """Begin what every worker's start shares, without waiting: the fork server's start-up
    and imports (~0.2 s), so that the workers started later fork at once.  Nothing to do
    where workers are spawned."""
    if forking():
        from multiprocessing import forkserver

        forkserver.ensure_running()
