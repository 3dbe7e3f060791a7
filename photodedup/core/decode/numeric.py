"""The numeric libraries' thread count, set before numpy loads (imports only ``os``, so
that an entry point can call it first)."""

from __future__ import annotations

import os
from collections.abc import MutableMapping

# One thread for the numeric libraries (OpenBLAS, OpenMP, MKL).  photodedup parallelises by
# process, one decoder worker per core; its own numeric work is small arrays (fingerprints,
# 320-px pictures) that a BLAS thread pool never speeds up.  Such a pool still costs:
# OpenBLAS starts a thread per core when numpy loads, and those threads spin on a core for
# a while (~0.25 s of CPU in a cold scan's process), taken from the decoders.  The limits
# are read once, when the library loads, so they are set before numpy is imported: by the
# app's entry points and in every decoder worker.
THREAD_ENV = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


def one_numeric_thread(
    environ: MutableMapping[str, str] = os.environ, *, force: bool = False
) -> None:
    """Ask the numeric libraries for one thread (``force=False``: unless the user set a
    number for them)."""
    for name in THREAD_ENV:
        if force or name not in environ:
            environ[name] = "1"
