"""``scan --dask``: a real Dask scheduler and two worker processes on the loopback address.

The workers run under nannies (daemonic worker processes, Dask's default); the scan sends
them a faulty per-file function (tests/faults.py), so a file that crashes the decoder is
checked not to take a Dask worker down; a worker killed mid-scan must cost no photo.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("distributed")

from distributed import Client

from photodedup.cli.dispatch import main
from photodedup.core.config import ScanOptions
from photodedup.core.decode import cluster
from photodedup.core.decode.cluster import DaskDecoder
from photodedup.core.pipeline import run_scan
from photodedup.core.progress import STAGE_HASH, CancelToken, Progress
from photodedup.core.store.hashes import HashCache
from photodedup.core.types import ErrorKind, ScanResult
from tests.faults import Faulty, Slow, faulty_decoders
from tests.photos import build_library, save_jpeg, textured_image

REPO = Path(__file__).resolve().parents[3]
FAULTS = {"crashme": "segv"}


def _start(*args: str, env: dict[str, str], cwd: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", *args],
        env=env,
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The address of a scheduler with two one-thread workers (each under a nanny)."""
    work = tmp_path_factory.mktemp("dask")
    info = work / "scheduler.json"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    common = ("--no-dashboard", "--scheduler-file", str(info), "--host", "127.0.0.1")
    procs = [_start("distributed.cli.dask_scheduler", "--port", "0", *common, env=env, cwd=work)]
    try:
        deadline = time.monotonic() + 30
        while not info.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        for n in range(2):
            worker = ("distributed.cli.dask_worker", "--nthreads", "1", "--name", f"w{n}")
            procs.append(_start(*worker, *common, env=env, cwd=work))
        address = json.loads(info.read_text())["address"]
        with Client(address, set_as_default=False) as client:
            client.wait_for_workers(2, timeout=60)
        yield address
    finally:
        if info.exists():  # the quick way down: the scheduler stops its workers
            with (
                contextlib.suppress(Exception),
                Client(
                    info.read_text() and json.loads(info.read_text())["address"],
                    set_as_default=False,
                    timeout=5,
                ) as client,
            ):
                client.shutdown()
        for proc in reversed(procs):
            if proc.poll() is None:
                proc.terminate()
        for proc in procs:
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()


def _groups(result: ScanResult) -> list[list[str]]:
    return sorted(sorted(result.photos[m.photo].path for m in g.members) for g in result.groups)


def _json_groups(doc: dict) -> list[list[str]]:
    return sorted(sorted(m["path"] for m in g["members"]) for g in doc["groups"])


def test_a_dask_scan_finds_what_a_local_scan_finds_and_fills_the_cache(
    scheduler: str, tmp_path: Path
) -> None:
    lib = build_library(tmp_path / "lib", originals=3)
    save_jpeg(textured_image(7), lib.root / "crashme.jpg")
    warm = tmp_path / "warm.json"
    root = str(lib.root)
    expected = run_scan(
        ScanOptions(roots=(root,), use_cache=False), decoders=faulty_decoders(FAULTS)
    )
    got = run_scan(
        ScanOptions(roots=(root,)),  # fills this machine's cache
        decoders=lambda o: DaskDecoder(o, scheduler, analyse=Faulty(FAULTS)),
    )
    assert _groups(got) == _groups(expected)
    assert len(got.groups) == 3
    assert got.errors == expected.errors
    crashed = [e for e in got.errors if e.kind is ErrorKind.CRASHED]
    assert [Path(e.path).name for e in crashed] == ["crashme.jpg"]
    with Client(scheduler, set_as_default=False) as client:
        assert len(client.nthreads()) == 2  # the crash cost a decoder, not a Dask worker
    # Results went into this machine's cache with its identities: a warm local scan
    # decodes only the crashing file (crashes are never cached).
    assert main(["scan", root, "--json", str(warm)]) == 0
    again = json.loads(warm.read_text())
    assert again["stats"]["decoded"] == 1
    assert _json_groups(again) == _groups(expected)


def test_scan_dask_on_the_command_line_groups_like_a_local_scan(
    scheduler: str, tmp_path: Path
) -> None:
    lib = build_library(tmp_path / "lib", originals=3)
    local, remote = tmp_path / "local.json", tmp_path / "dask.json"
    root = str(lib.root)
    assert main(["scan", root, "--no-cache", "--json", str(local)]) == 0
    assert main(["scan", root, "--no-cache", "--dask", scheduler, "--json", str(remote)]) == 0
    expected, got = (json.loads(p.read_text()) for p in (local, remote))
    assert _json_groups(got) == _json_groups(expected) and len(got["groups"]) == 3
    assert got["errors"] == expected["errors"]


def test_a_worker_killed_mid_scan_costs_no_photo(scheduler: str, tmp_path: Path) -> None:
    lib = build_library(tmp_path / "lib", originals=4, bad=False)
    for n in range(12):  # enough work that both workers are busy when one dies
        save_jpeg(textured_image(900 + n, size=(1600, 1200)), lib.root / f"big{n}.jpg")
    options = ScanOptions(roots=(str(lib.root),), use_cache=False)
    expected = run_scan(options)
    with Client(scheduler, set_as_default=False) as client:
        pids = client.run(os.getpid)
    victim = next(iter(pids.values()))
    killed: list[int] = []

    def kill_one(event: Progress) -> None:
        if event.stage == STAGE_HASH and event.done >= 1 and not killed:
            os.kill(victim, signal.SIGKILL)
            killed.append(victim)

    result = run_scan(
        options,
        progress=kill_one,
        decoders=lambda o: DaskDecoder(o, scheduler, batch_size=2),
    )
    assert killed
    assert [p.path for p in result.photos] == [p.path for p in expected.photos]
    assert [p.fingerprint for p in result.photos] == [p.fingerprint for p in expected.photos]
    assert result.errors == expected.errors == []
    assert _groups(result) == _groups(expected)
    with Client(scheduler, set_as_default=False) as client:  # the nanny restarts it
        client.wait_for_workers(2, timeout=30)


def test_cancel_stops_running_batches_and_keeps_what_they_finished(
    scheduler: str, tmp_path: Path
) -> None:
    root = tmp_path / "lib"
    root.mkdir()
    for n in range(20):
        save_jpeg(textured_image(500 + n, size=(160, 120)), root / f"p{n:02d}.jpg")
    options = ScanOptions(roots=(str(root),))
    token = CancelToken()
    cancelled_at: list[float] = []

    def cancel() -> None:
        cancelled_at.append(time.monotonic())
        token.cancel()

    def cancel_during_the_second_batches(event: Progress) -> None:
        if event.stage == STAGE_HASH and event.done == 8 and event.current:
            threading.Timer(1.0, cancel).start()

    # Batches of four 0.6-s files: two run while two wait (and one more is queued once
    # the first ones are back); the cancel comes ~1 s into the second ones.
    with HashCache(tmp_path / "cache.db") as cache:
        partial = run_scan(
            options,
            cache=cache,
            cancel=token,
            progress=cancel_during_the_second_batches,
            decoders=lambda o: DaskDecoder(o, scheduler, batch_size=4, analyse=Slow(0.6)),
        )
        returned = time.monotonic()
        assert partial.cancelled and cancelled_at
        assert returned - cancelled_at[0] < 3.0
        with Client(scheduler, set_as_default=False) as client:
            # The running batches stopped: both workers take new work at once.
            started = time.monotonic()
            client.gather(client.map(time.sleep, [0.0, 0.0], pure=False))
            assert time.monotonic() - started < 1.5
        photos, _ = cache.load_roots([str(root)])
        finished = {p.path for p in partial.photos}
        # Left to run, the second batches would have finished all but the queued one.
        assert 8 <= len(finished) < 16
        assert {os.fsdecode(p) for p in photos} == finished  # exactly what was finished
        rest = run_scan(options, cache=cache)  # a local rescan completes the rest
    assert rest.stats.decoded == 20 - len(finished)
    assert len(rest.photos) == 20 and not rest.errors


def test_an_unreachable_scheduler_is_one_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cluster, "CONNECT_SECONDS", 1.0)
    shutil.copy(save_jpeg(textured_image(1), tmp_path / "a.jpg"), tmp_path / "b.jpg")
    code = main(["scan", str(tmp_path), "--dask", "tcp://127.0.0.1:9"])
    assert code == 1
    assert "cannot use the Dask cluster tcp://127.0.0.1:9" in capsys.readouterr().err


def test_a_cancel_does_not_wait_long_for_a_scheduler_that_stays_silent(
    scheduler: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Which batches are running is asked of the scheduler after a cancel; one that does
    not answer costs at most CALL_STACK_SECONDS, and every batch counts as running."""

    class Silent:
        async def call_stack(self, keys: object = None) -> dict:
            await asyncio.sleep(60)
            return {}

    monkeypatch.setattr(cluster, "CALL_STACK_SECONDS", 0.5)
    decoder = DaskDecoder(ScanOptions(), scheduler)
    decoder.start()
    try:
        client = decoder._client
        assert client is not None
        future = client.submit(time.sleep, 2, pure=False)
        assert decoder._running({future: ([], 0)}) in ({future.key}, set())  # it answers
        with monkeypatch.context() as patch:
            patch.setattr(client, "scheduler", Silent())
            started = time.monotonic()
            assert decoder._running({future: ([], 0)}) == {future.key}
            assert time.monotonic() - started < 3.0
    finally:
        decoder.close()
