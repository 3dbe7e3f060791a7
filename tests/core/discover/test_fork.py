"""Discovery on two processes gives exactly what the serial walk gives."""

from __future__ import annotations

import inspect
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from photodedup.core.config import ScanOptions
from photodedup.core.discover import fork as discover_split
from photodedup.core.discover.walker import discover_all
from photodedup.core.progress import Cancelled, CancelToken, Progress
from photodedup.core.types import ScanError
from tests.core.discover.test_walker import _build, _tree_ops

pytestmark = pytest.mark.skipif(not discover_split.ENABLED, reason="splits only on Linux")


@pytest.fixture(autouse=True)
def _fork_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    """This test process runs idle helper threads (numpy's BLAS pool); the walk only forks
    from a single-threaded process, which the tests stand in for."""
    monkeypatch.setattr(discover_split, "one_thread", lambda: True)


def test_a_second_thread_of_any_kind_rules_the_fork_out() -> None:
    probe = (
        "import threading\n"
        "from photodedup.core.discover import fork as d\n"
        "print(d.worth_splitting())\n"
        "stop = threading.Event()\n"
        "other = threading.Thread(target=stop.wait)\n"
        "other.start()\n"
        "print(d.worth_splitting())\n"
        "stop.set()\n"
        "other.join()\n"
        "import numpy\n"  # its BLAS pool: threads Python does not know of
        "print(threading.active_count(), d.worth_splitting())\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["True", "False", "1", "False"]


def _record_forks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The pids of the children the split walks start from now on."""
    pids: list[int] = []
    real_start = discover_split._Child.start

    def recorded(*args: object) -> discover_split._Child:
        child = real_start(*args)  # type: ignore[arg-type]
        pids.append(child.pid)
        return child

    monkeypatch.setattr(discover_split._Child, "start", recorded)
    return pids


def _walk(options: ScanOptions, split: bool, monkeypatch: pytest.MonkeyPatch) -> tuple:
    monkeypatch.setattr(discover_split, "ENABLED", split)
    errors: list[ScanError] = []
    events: list[Progress] = []
    found = discover_all(options, errors, events.append)
    return found, found.folders, errors, [e.done for e in events]


def _library(tmp_path: Path) -> Path:
    root = tmp_path / "lib"
    for n, folder in enumerate(["a", "a/x", "b", "c", "c/y/z", "d"]):
        (root / folder).mkdir(parents=True, exist_ok=True)
        for k in range(3 + n * 90):
            (root / folder / f"{k:03}.jpg").write_bytes(b"x" * (k + 1))
    (root / "c" / "empty.jpg").write_bytes(b"")  # an error in the child's half
    (root / "top.png").write_bytes(b"top")
    os.link(root / "a" / "000.jpg", root / "d" / "link-to-a.jpg")  # across the halves
    os.link(root / "d" / "001.jpg", root / "d" / "link-in-d.jpg")  # both in the child's half
    return root


def test_split_walk_equals_the_serial_walk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _library(tmp_path)
    forks = _record_forks(monkeypatch)
    for options in (
        ScanOptions(roots=(str(root),)),
        ScanOptions(roots=(str(root / "c"), str(root)), reference_roots=(str(root / "b"),)),
        ScanOptions(roots=(str(root / "d" / "002.jpg"), str(root))),  # a file root
    ):
        serial = _walk(options, False, monkeypatch)
        split = _walk(options, True, monkeypatch)
        assert split == serial
    paths = [f.path for f in serial[0]]
    assert str(root / "d" / "link-to-a.jpg") not in paths  # the hardlink: listed once
    assert len(serial[3]) >= 3  # progress came for the child's files too
    assert len(forks) >= 3  # each walk did split


def test_a_chain_of_single_subfolders_splits_where_it_branches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "Pictures"
    for branch in ("x", "y", "z"):
        (root / "only" / "Camera" / branch).mkdir(parents=True)
        for k in range(5):
            (root / "only" / "Camera" / branch / f"{k}.jpg").write_bytes(b"p" * (k + 1))
    (root / "only" / "top.jpg").write_bytes(b"top")
    forks = _record_forks(monkeypatch)
    options = ScanOptions(roots=(str(root),))
    split = _walk(options, True, monkeypatch)
    assert len(forks) == 1
    assert split == _walk(options, False, monkeypatch)
    assert len(split[0]) == 16
    deep = tmp_path / "deep"
    chain = deep.joinpath(*["d"] * 300)
    for branch in ("x", "y"):
        (chain / branch).mkdir(parents=True)
        (chain / branch / "p.jpg").write_bytes(branch.encode())
    deep_options = ScanOptions(roots=(str(deep),))
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(len(inspect.stack()) + 100)  # the chain is deeper than this
    try:
        deep_split = _walk(deep_options, True, monkeypatch)
    finally:
        sys.setrecursionlimit(limit)
    assert deep_split == _walk(deep_options, False, monkeypatch)
    assert len(forks) == 2


def test_a_failing_child_is_replaced_by_walking_its_part_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _library(tmp_path)
    options = ScanOptions(roots=(str(root),))
    serial = _walk(options, False, monkeypatch)

    def broken(*_args: object) -> None:
        raise RuntimeError("the child fails")

    monkeypatch.setattr(discover_split, "_walk_part", broken)
    assert _walk(options, True, monkeypatch) == serial


def test_cancelling_during_a_split_walk_stops_the_child(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _library(tmp_path)
    monkeypatch.setattr(discover_split, "ENABLED", True)
    token = CancelToken()
    pids = _record_forks(monkeypatch)

    def cancel_soon(event: Progress) -> None:
        token.cancel()

    with pytest.raises(Cancelled):
        discover_all(ScanOptions(roots=(str(root),)), [], cancel_soon, token)
    assert len(pids) == 1
    with pytest.raises(ChildProcessError):  # killed and reaped
        os.waitpid(pids[0], os.WNOHANG)


@settings(
    max_examples=20,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(ops=_tree_ops(), root_picks=st.lists(st.integers(0, 50), min_size=1, max_size=3))
def test_random_trees_split_as_serial(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    ops: list[tuple[str, int, str, int]],
    root_picks: list[int],
) -> None:
    base = Path(tempfile.mkdtemp(dir=tmp_path)).resolve()
    dirs, _ = _build(base, ops)
    roots = [dirs[i % len(dirs)] for i in root_picks]  # nested and repeated roots too
    options = ScanOptions(roots=tuple(str(r) for r in roots))
    assert _walk(options, True, monkeypatch) == _walk(options, False, monkeypatch)
