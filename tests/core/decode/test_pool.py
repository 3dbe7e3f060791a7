"""DecodePool: isolation of crashing/hanging/greedy decoders, cancel, clean shutdown."""

from __future__ import annotations

import io
import multiprocessing as mp
import os
import threading
import time
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from photodedup.core.config import ScanOptions
from photodedup.core.decode.image import analyse_file
from photodedup.core.decode.pool import DecodePool
from photodedup.core.progress import CancelToken
from photodedup.core.types import ErrorKind, FileIdentity, Photo, PhotoFile, ScanError
from tests.faults import Faulty


def noise_jpeg(seed: int, size: tuple[int, int] = (96, 72)) -> bytes:
    rng = np.random.default_rng(seed)
    arr = (rng.random((size[1], size[0], 3)) * 255).astype(np.uint8)
    buf = io.BytesIO()
    Image.fromarray(arr).save(buf, "JPEG")
    return buf.getvalue()


def make_files(folder: Path, names: list[str], data: dict[str, bytes] | None = None) -> list:
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for seed, name in enumerate(names):
        path = folder / name
        path.write_bytes((data or {}).get(name, noise_jpeg(seed)))
        files.append(PhotoFile(str(path), FileIdentity.from_stat(os.lstat(path)), str(folder)))
    return files


def by_name(results: list[Photo | ScanError]) -> dict[str, Photo | ScanError]:
    return {Path(r.path).name: r for r in results}


def decoder_children() -> list:
    return [p for p in mp.active_children() if p.name == "photodedup-decoder"]


def test_faulty_decoders_cost_only_their_file(tmp_path: Path) -> None:
    faults = Faulty({"segv": "segv", "hang": "hang", "alloc": "alloc"})
    good = [f"good{i}.jpg" for i in range(8)]
    files = make_files(tmp_path, ["a_segv.jpg", *good[:4], "b_hang.jpg", "c_alloc.jpg", *good[4:]])
    options = ScanOptions(workers=2, decode_timeout=2.0)  # margin for a loaded CI box
    started = time.monotonic()

    with DecodePool(options, memory_limit=1 << 30, analyse=faults) as pool:
        raw = list(pool.process(files))
        again = list(pool.process(files[1:3]))  # still usable afterwards

    assert time.monotonic() - started < 30  # ~3 s on an idle 2-core box
    results = by_name(raw)
    assert len(raw) == len(results) == len(files)
    kinds = {name: r.kind for name, r in results.items() if isinstance(r, ScanError)}
    assert kinds == {
        "a_segv.jpg": ErrorKind.CRASHED,
        "b_hang.jpg": ErrorKind.TIMEOUT,
        "c_alloc.jpg": ErrorKind.CRASHED,
    }
    assert "SIGSEGV" in results["a_segv.jpg"].message
    assert all(isinstance(results[name], Photo) for name in good)
    assert [type(r) for r in again] == [Photo, Photo]
    assert decoder_children() == []


def encoded(fmt: str) -> bytes:
    from photodedup.core.decode.image import setup_decoders

    setup_decoders()
    buf = io.BytesIO()
    Image.open(io.BytesIO(noise_jpeg(99, (160, 120)))).save(buf, fmt)
    return buf.getvalue()


def test_results_match_in_process_decoding_one_per_file(tmp_path: Path) -> None:
    other = {"h.heic": encoded("HEIF"), "w.webp": encoded("WEBP"), "p.png": encoded("PNG")}
    good = [*(f"p{i}.jpg" for i in range(5)), *other]
    bad = {"empty.jpg": b"", "text.jpg": b"not an image at all" * 3}
    files = make_files(tmp_path, [*good, *bad], data={**other, **bad})
    os.mkfifo(tmp_path / "fifo.jpg")
    fifo = PhotoFile(
        str(tmp_path / "fifo.jpg"), FileIdentity.from_stat(os.lstat(tmp_path / "fifo.jpg")), ""
    )
    options = ScanOptions(workers=2)

    with DecodePool(options) as pool:
        pool.start(2)  # eager start: these same workers then do the work
        started = {p.pid for p in decoder_children()}
        raw = list(pool.process(iter([*files, fifo])))
        used = {p.pid for p in decoder_children()}

    assert len(started) == 2
    assert used == started
    assert decoder_children() == []
    results = by_name(raw)
    assert len(raw) == len(results) == len(files) + 1
    for file in files[: len(good)]:
        expected = analyse_file(file, options)
        assert results[Path(file.path).name] == expected
    assert results["empty.jpg"].kind is ErrorKind.EMPTY  # type: ignore[union-attr]
    assert results["text.jpg"].kind is ErrorKind.UNREADABLE  # type: ignore[union-attr]
    assert results["fifo.jpg"].kind is ErrorKind.NOT_REGULAR  # type: ignore[union-attr]


def test_content_hashing_can_be_skipped_per_file(tmp_path: Path) -> None:
    files = make_files(tmp_path, ["dup_a.jpg", "solo.jpg"])

    with DecodePool(ScanOptions(workers=1)) as pool:
        results = by_name(list(pool.process(files, hash_content=lambda f: "dup" in f.path)))

    full = analyse_file(files[1], ScanOptions())
    assert results["dup_a.jpg"].content_key  # type: ignore[union-attr]
    assert results["solo.jpg"].content_key == ""  # type: ignore[union-attr]
    assert results["solo.jpg"].fingerprint == full.fingerprint  # type: ignore[union-attr]


def test_an_abandoned_run_does_not_leak_into_the_next(tmp_path: Path) -> None:
    files = make_files(tmp_path, [f"p{i}.jpg" for i in range(8)])

    with DecodePool(ScanOptions(workers=1)) as pool:
        first = pool.process(files)
        next(first)  # the caller walks away with work in flight (generator not closed)
        raw = list(pool.process(files[:3]))
        first.close()

    assert sorted(r.path for r in raw) == sorted(f.path for f in files[:3])


def test_cancel_stops_within_a_second_and_leaves_no_processes(tmp_path: Path) -> None:
    files = make_files(tmp_path, [f"hang{i}.jpg" for i in range(6)])
    cancel = CancelToken()
    pool = DecodePool(ScanOptions(workers=2, decode_timeout=60), analyse=Faulty({"hang": "hang"}))
    timer = threading.Timer(1.0, cancel.cancel)
    timer.start()

    results = list(pool.process(files, cancel))
    stopped = time.monotonic()
    pool.close()
    pool.close()  # idempotent

    assert results == []
    assert cancel.cancelled
    assert time.monotonic() - stopped < 1.0
    assert decoder_children() == []
    with pytest.raises(RuntimeError):
        list(pool.process(files))


def test_cancel_latency_is_under_a_second(tmp_path: Path) -> None:
    files = make_files(tmp_path, ["hang.jpg"])
    cancel = CancelToken()

    fired_at: list[float] = []

    def fire() -> None:
        fired_at.append(time.monotonic())
        cancel.cancel()

    options = ScanOptions(workers=1, decode_timeout=60)
    with DecodePool(options, analyse=Faulty({"hang": "hang"})) as pool:
        gen = pool.process(files, cancel)
        threading.Timer(0.8, fire).start()
        assert list(gen) == []
        latency = time.monotonic() - fired_at[0]

    assert latency < 1.0


def read_peak_rss(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmHWM")


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc")
def test_one_bit_bomb_is_too_large_with_bounded_worker_memory(tmp_path: Path) -> None:
    from tests.core.decode.test_image import one_bit_bomb

    files = make_files(tmp_path, ["bomb.png", "ok.jpg"], data={"bomb.png": one_bit_bomb(20000)})

    with DecodePool(ScanOptions(workers=1)) as pool:
        results = by_name(list(pool.process(files)))
        peak = read_peak_rss(pool._workers[0].process.pid)  # type: ignore[arg-type]

    assert results["bomb.png"].kind is ErrorKind.TOO_LARGE  # type: ignore[union-attr]
    assert isinstance(results["ok.jpg"], Photo)
    assert peak < 512 << 20


def test_isolated_decoder_survives_crashes_and_hangs(tmp_path: Path) -> None:
    from photodedup.core.decode.image import DecodeError, open_oriented
    from photodedup.core.decode.isolated import IsolatedDecoder

    faults = Faulty({"segv": "segv", "hang": "hang"}, open_oriented)
    files = make_files(tmp_path, ["ok.jpg", "x_segv.jpg", "x_hang.jpg"])
    ok, segv, hang = (f.path for f in files)

    with IsolatedDecoder(workers=1, timeout=2.0, open_image=faults) as decoder:
        image, info = decoder.open_oriented(ok, max_side=48)
        kinds = []
        for path in (segv, hang):
            with pytest.raises(DecodeError) as error:
                decoder.open_oriented(path)
            kinds.append(error.value.kind)
        again, _ = decoder.open_oriented(ok)

    expected, expected_info = open_oriented(ok)
    assert kinds == [ErrorKind.CRASHED, ErrorKind.TIMEOUT]
    assert info == expected_info and max(image.size) == 48
    assert again.tobytes() == expected.tobytes()
    assert [p for p in mp.active_children() if p.name == "photodedup-preview"] == []
