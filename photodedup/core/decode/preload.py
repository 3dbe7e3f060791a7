"""What the decoder workers' fork server imports once, so that no worker pays for it.

On Linux the workers are forked from ``multiprocessing``'s fork server
(:func:`photodedup.core.decode.supervisor.worker_context`) instead of each starting a fresh
interpreter.  This module, imported there first, sets the thread limits of a worker
(:data:`photodedup.core.decode.worker.THREAD_ENV`) before numpy loads, then imports what
every worker runs.  A worker's own set-up (priority, memory cap, decoder plugins, warnings)
still happens in the worker, after the fork (:func:`photodedup.core.decode.worker.worker_main`).
"""

from __future__ import annotations

import os

from photodedup.core.decode.worker import THREAD_ENV  # imports neither numpy nor Pillow

for _name in THREAD_ENV:
    os.environ[_name] = "1"

import numpy  # noqa: E402, F401
from PIL import Image  # noqa: E402, F401

import photodedup.core.decode.image  # noqa: E402
import photodedup.core.fingerprint  # noqa: E402, F401
