"""Cancel mid-scan (fast, keeps the hashes) and threshold regrouping without decoding."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from photodedup.core import pipeline
from photodedup.core.config import Settings
from photodedup.core.decode import image as imaging
from photodedup.core.decode.pool import DecodePool
from photodedup.core.progress import STAGE_HASH, CancelToken, Progress
from photodedup.core.types import ScanResult
from photodedup.gui.controller import Busy, ScanController
from photodedup.gui.main_window import MainWindow
from photodedup.gui.workers import Runner
from tests.faults import faulty_decoders
from tests.photos import Library, save_jpeg, textured_image

CANCEL_LIMIT_S = 1.0


@pytest.fixture
def threaded_controller() -> Iterator[ScanController]:
    """A controller running its work in a real thread pool."""
    controller = ScanController(runner=Runner(), settings=Settings())
    yield controller
    controller.shutdown()


def _many_photos(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True)
    for n in range(count):
        save_jpeg(textured_image(seed=n, size=(160, 120)), folder / f"p{n:03d}.jpg")
    return folder


def _cancel_after(controller: ScanController, hashed: int) -> list[float]:
    """Cancel once ``hashed`` files were hashed; returns [time of cancel]."""
    when: list[float] = []

    def on_progress(event: Progress) -> None:
        if not when and event.stage == STAGE_HASH and event.done >= hashed:
            when.append(time.monotonic())
            controller.cancel()

    controller.progress.connect(on_progress)
    return when


def test_cancel_real_scan_is_fast_and_keeps_hashes(  # type: ignore[no-untyped-def]
    qtbot, threaded_controller: ScanController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One decoder hangs, so the scan cannot finish on its own before the cancel lands
    # (on a quiet machine 120 small photos take well under a second).
    hanging = tmp_path / "p060 hangs"
    hanging.touch()
    monkeypatch.setattr(
        pipeline, "local_decoders", faulty_decoders({"p060": "hang"}, active_while=hanging)
    )
    controller = threaded_controller
    controller.add_folder(str(_many_photos(tmp_path / "many", 120)))
    cancelled_at = _cancel_after(controller, 3)
    with qtbot.waitSignal(controller.scan_finished, timeout=60_000) as blocker:
        assert controller.start_scan()
    finished = time.monotonic()
    result: ScanResult = blocker.args[0]
    assert result.cancelled
    assert finished - cancelled_at[0] < CANCEL_LIMIT_S
    assert 0 < len(result.photos) < 120
    assert controller.busy == Busy.IDLE
    hanging.unlink()  # new workers decode p060 normally
    with qtbot.waitSignal(controller.scan_finished, timeout=60_000) as again:
        controller.start_scan()
    assert again.args[0].stats.from_cache >= len(result.photos)  # the partial work was kept


def _slow_scan(options: object, *, progress, cancel: CancelToken, **_kw) -> ScanResult:  # type: ignore[no-untyped-def]
    """A fake core scan: 1000 files at 20 ms each, polling the cancel token per file."""
    result = ScanResult()
    for done in range(1000):
        if cancel.cancelled:
            result.cancelled = True
            break
        progress(Progress(STAGE_HASH, done, 1000, f"file{done}"))
        time.sleep(0.02)
    return result


def test_cancel_button_stops_within_a_second(  # type: ignore[no-untyped-def]
    qtbot, threaded_controller: ScanController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "run_scan", _slow_scan)
    window = MainWindow(threaded_controller)
    qtbot.addWidget(window)
    window.add_folders([str(tmp_path)])
    window.acts.scan.trigger()
    qtbot.waitUntil(lambda: not window.progress_panel.isHidden(), timeout=5000)
    assert "of 1,000" in window.progress_panel.bar.format().replace("%v", "")
    assert not window.acts.scan.isEnabled()
    started = time.monotonic()
    with qtbot.waitSignal(threaded_controller.scan_finished, timeout=5000) as blocker:
        window.progress_panel.cancel_button.click()
    assert time.monotonic() - started < CANCEL_LIMIT_S
    assert blocker.args[0].cancelled
    assert window.progress_panel.isHidden()
    assert window.acts.scan.isEnabled()
    window.thumbnails.shutdown()


def _forbid_decoding(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("regrouping must not decode")

    for name in ("open_oriented", "decode", "analyse_file", "analyse_file_ex"):
        monkeypatch.setattr(imaging, name, fail)
    monkeypatch.setattr(DecodePool, "__init__", fail)


def test_threshold_slider_regroups_without_decoding(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.add_folders([str(library.root)])
    with qtbot.waitSignal(window.controller.scan_finished, timeout=60_000):
        window.acts.scan.trigger()
    review = window.controller.review
    photos = review.result.photos
    _forbid_decoding(monkeypatch)
    for threshold in (0, 24):
        with qtbot.waitSignal(window.controller.result_changed, timeout=5000):
            window.threshold.slider.setValue(threshold)
        qtbot.wait(1)
        review = window.controller.review
        assert review.result.threshold == threshold
        assert review.result.photos is photos
        expected = pipeline.regroup(review.result, threshold).groups
        assert [g.members for g in review.groups] == [g.members for g in expected]
        assert window.results.cluster_model.rowCount() == len(expected)
    assert window.controller.settings.threshold == 24
