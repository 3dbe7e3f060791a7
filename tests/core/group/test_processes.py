"""group.processes: grouping's thumbnail verdicts on worker processes give the verdicts the
caller's own thread gives; small work, one core or a broken pool stay on threads."""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
from pathlib import Path

import pytest
from PIL import Image

from photodedup.core.fingerprint import TURNS
from photodedup.core.fingerprint.picture import structure_thumb
from photodedup.core.group.processes import (
    FORKED_START,
    MAX_PROCESSES,
    MIN_PAIRS,
    SPAWNED_START,
    PairProcesses,
    available_cores,
    start_pairs,
)
from photodedup.core.group.structure import StructureCheck
from photodedup.core.group.thumbs import ThumbJob, thumb_verdict
from tests.core.group.test_structure import _files


def _thumbs(tmp_path: Path) -> tuple[list[str], dict[str, bytes]]:
    paths = _files(tmp_path)  # copies (resized, cropped, mirrored) and look-alike logos
    thumbs = {}
    for path in paths:
        with Image.open(path) as img:
            thumbs[path] = structure_thumb(img)
    return paths, thumbs


def _all_pairs(count: int) -> tuple[list[int], list[int], list[int]]:
    """Every ordered pair of ``count`` photos, as it is and under every turn."""
    found = [
        (a, b, t) for a in range(count) for b in range(count) if a != b for t in range(-1, TURNS)
    ]
    return [a for a, _, _ in found], [b for _, b, _ in found], [t for _, _, t in found]


def _jobs(tmp_path: Path) -> list[ThumbJob]:
    paths, thumbs = _thumbs(tmp_path)
    first, second, turns = _all_pairs(len(paths))
    pairs = zip(first, second, turns, strict=True)
    return [(thumbs[paths[a]], thumbs[paths[b]], t) for a, b, t in pairs]


def _die(job: ThumbJob) -> None:
    if multiprocessing.parent_process() is not None:
        os._exit(3)  # a worker process that dies under its task (the caller's thread lives)


def test_thumbnail_verdicts_on_processes_are_the_ones_on_the_callers_thread(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    jobs = _jobs(tmp_path)
    processes = PairProcesses(workers=2)
    try:
        with caplog.at_level(logging.INFO):
            found = processes.map(thumb_verdict, jobs)
        assert processes.started and "2 worker processes and this thread" in caplog.text
    finally:
        processes.close()
    assert len(jobs) >= start_pairs() and found == [thumb_verdict(job) for job in jobs]
    assert any(v is not None and v.distance <= 8 for v, _ in found)  # real comparisons
    assert any(v is not None and v.distance > 30 for v, _ in found)


def test_a_check_on_processes_gives_the_verdicts_of_a_check_on_threads(tmp_path: Path) -> None:
    paths, thumbs = _thumbs(tmp_path)
    first, second, turns = _all_pairs(len(paths))
    with StructureCheck(paths, thumbs=thumbs, processes=PairProcesses(workers=0)) as threads:
        expected = threads.verdicts(first, second, turns)
    processes = PairProcesses(workers=2)
    with StructureCheck(paths, thumbs=thumbs, processes=processes) as check:
        found = check.verdicts(first, second, turns)
        assert processes.started
    assert not processes.started  # closed with the check
    assert found == expected


def test_verdicts_on_the_larger_pictures_on_processes_are_the_ones_on_threads(
    tmp_path: Path,
) -> None:
    paths = _files(tmp_path)  # no decoder thumbnails: every pair is compared on the pictures
    first, second, turns = _all_pairs(len(paths))
    with StructureCheck(paths, processes=PairProcesses(workers=0)) as threads:
        expected = threads.verdicts(first, second, turns)
    processes = PairProcesses(workers=2)
    with StructureCheck(paths, processes=processes) as check:
        found = check.verdicts(first, second, turns)
        assert processes.started
    assert found == expected and min(v.distance for v in found) <= 8


def test_few_jobs_or_one_core_stay_on_the_callers_threads(tmp_path: Path) -> None:
    jobs = _jobs(tmp_path)
    assert PairProcesses(workers=2).map(thumb_verdict, jobs[: start_pairs() - 1]) is None
    assert PairProcesses(workers=0).map(thumb_verdict, jobs) is None  # one core: no processes
    processes = PairProcesses(workers=1)
    try:
        assert processes.map(thumb_verdict, jobs) is not None
        small = jobs[:MIN_PAIRS]  # once running, smaller batches are served too
        assert processes.map(thumb_verdict, small) == [thumb_verdict(job) for job in small]
        assert processes.map(thumb_verdict, jobs[: MIN_PAIRS - 1]) is None
    finally:
        processes.close()


def test_a_broken_pool_is_given_up_for_threads(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    jobs = _jobs(tmp_path)
    processes = PairProcesses(workers=2)
    with caplog.at_level(logging.WARNING):
        assert processes.map(_die, jobs) is None
    assert "going on with threads" in caplog.text and not processes.started
    assert processes.map(thumb_verdict, jobs) is None  # given up: the caller's threads


def test_closed_processes_start_again_for_the_next_large_batch(tmp_path: Path) -> None:
    jobs = _jobs(tmp_path)
    processes = PairProcesses(workers=2)
    try:
        first = processes.map(thumb_verdict, jobs)
        processes.close()
        processes.close()  # idempotent
        assert not processes.started
        assert processes.map(thumb_verdict, jobs) == first and processes.started
    finally:
        processes.close()


def test_where_workers_are_spawned_only_a_full_batch_starts_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from photodedup.core.decode import context

    monkeypatch.setattr(context, "_contexts", {})
    monkeypatch.setattr(sys, "platform", "win32")  # Windows and macOS spawn each worker
    assert start_pairs() == SPAWNED_START > FORKED_START
    monkeypatch.delattr(os, "sched_getaffinity", raising=False)  # not on Windows or macOS
    monkeypatch.setattr(os, "cpu_count", lambda: 12)
    assert available_cores() == 12
    assert PairProcesses().workers == MAX_PROCESSES  # one core left to the caller, capped


_ORPHAN = """
import os, signal, sys
from photodedup.core.group.processes import PairProcesses
processes = PairProcesses(workers=2)
pool = processes._started()
pids = {pool.submit(os.getpid).result() for _ in range(8)}
print(" ".join(map(str, sorted(pids))), flush=True)
os.kill(os.getpid(), signal.SIGKILL)  # killed mid-scan: no close(), no finalizer
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return Path(f"/proc/{pid}").exists() and "Z" not in _state(pid)


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return "Z"


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc")
def test_worker_processes_end_when_the_scan_is_killed() -> None:
    """A scan killed while its pool runs (a signal, a crash) left the workers waiting for
    jobs for ever, and with them the fork server (seen: idle workers of killed runs still
    there an hour later)."""
    import signal
    import subprocess
    import time

    # Not subprocess.run: orphaned workers would hold its output pipe open for ever.
    child = subprocess.Popen(
        [sys.executable, "-c", _ORPHAN], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
    )
    assert child.stdout is not None
    with child.stdout:
        workers = [int(pid) for pid in child.stdout.readline().split()]
    assert child.wait(timeout=60) == -signal.SIGKILL
    assert workers and os.getpid() not in workers
    deadline = time.monotonic() + 15
    while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [pid for pid in workers if _alive(pid)]
    for pid in left:  # a failing run leaves no process behind either
        os.kill(pid, signal.SIGKILL)
    assert not left
