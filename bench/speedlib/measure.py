"""Run a command in a fresh process and measure its wall time and peak memory.

Memory is the high-water mark of the summed resident set of the process and all its
descendants (decoder workers included), sampled every 20 ms with psutil.  Summed RSS
counts shared library pages once per process, so it overstates the real use a little.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[2]
_SAMPLE_SECONDS = 0.02


@dataclass(frozen=True)
class Measured:
    """What one run cost."""

    seconds: float
    peak_rss: int  # bytes, process tree
    stdout: str


def _tree_rss(proc: psutil.Process) -> int:
    total = 0
    try:
        procs = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return 0
    for p in procs:
        with contextlib.suppress(psutil.Error):
            total += p.memory_info().rss
    return total


def run(args: list[str], env: dict[str, str] | None = None, cwd: Path = REPO) -> Measured:
    """Run ``args``; raise if it fails.  ``env`` entries are added to this environment."""
    full_env = {**os.environ, **(env or {})}
    started = time.perf_counter()
    popen = subprocess.Popen(
        args, env=full_env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        proc = psutil.Process(popen.pid)
        while not done.is_set():
            peak = max(peak, _tree_rss(proc))
            done.wait(_SAMPLE_SECONDS)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = popen.communicate()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    if popen.returncode != 0:
        raise RuntimeError(f"{args[:4]} failed ({popen.returncode}):\n{err[-3000:]}")
    return Measured(seconds, peak, out)


def python(module: str, *args: str, env: dict[str, str] | None = None) -> Measured:
    """Run ``python -m module args`` with this interpreter."""
    return run([sys.executable, "-m", module, *args], env=env)
