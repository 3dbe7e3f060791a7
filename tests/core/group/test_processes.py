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
