"""How decoder workers start: forked from a fork server that imported what they run (Linux),
spawned elsewhere and in a frozen build."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from photodedup.core.config import ScanOptions
from photodedup.core.decode import context, supervisor
from photodedup.core.decode.pool import DecodePool
from photodedup.core.types import Photo
from tests.core.decode.probe import PROBED, report_imports
from tests.core.decode.test_pool import decoder_children, make_files


@pytest.mark.parametrize(
    ("platform", "frozen", "method"),
    [
        ("linux", False, "forkserver"),
        ("linux", True, "spawn"),  # a bundle re-runs its own executable for children
        ("win32", False, "spawn"),
        ("darwin", False, "spawn"),
    ],
)
def test_workers_fork_from_a_server_on_linux_only(
    monkeypatch: pytest.MonkeyPatch, platform: str, frozen: bool, method: str
) -> None:
    monkeypatch.setattr(context, "_contexts", {})
    monkeypatch.setattr(sys, "platform", platform)
    if frozen:
        monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert context.worker_context().get_start_method() == method


@pytest.mark.skipif(sys.platform != "linux", reason="the fork server is used on Linux")
def test_a_forked_worker_finds_the_decoder_imported_and_one_blas_thread() -> None:
    options = ScanOptions()
    worker = supervisor.WorkerProcess(report_imports, options, 0, name="photodedup-probe")
    try:
        imported, blas_threads = worker.receive(30.0)  # type: ignore[misc]
    finally:
        worker.reap()
    assert imported == list(PROBED)  # preloaded: the probe itself imports none of them
    assert blas_threads == "1"  # set before numpy loaded


@pytest.mark.skipif(sys.platform != "linux", reason="the fork server is used on Linux")
def test_an_early_start_returns_at_once_and_the_workers_fork_on_demand(tmp_path: Path) -> None:
    files = make_files(tmp_path, [f"p{i}.jpg" for i in range(6)])
    with DecodePool(ScanOptions(workers=2)) as pool:
        pool.start()  # only the fork server: no worker yet, nothing to wait for
        assert decoder_children() == []
        results = list(pool.process(files))
        assert len(decoder_children()) == 2
    assert sorted(Path(r.path).name for r in results) == sorted(Path(f.path).name for f in files)
    assert all(isinstance(r, Photo) for r in results)
