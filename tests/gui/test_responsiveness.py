"""The window keeps its event loop turning during a real scan (G22, must-show 3).

The wall-clock stall depends on how loaded the machine is (a shared 2-core CI runner can
deschedule the whole process), so the hard bound is on the GUI thread's *own* work between
two probe ticks (its CPU time), and the event loop must keep ticking through the scan.
``bench/gui_stall.py`` reports the wall-clock figures on 2,000 photos.
"""

from __future__ import annotations

import time
from pathlib import Path

from photodedup.core.config import Settings
from photodedup.gui.controller import ScanController
from photodedup.gui.main_window import MainWindow
from tests.gui.stall_probe import PROBE_MS, StallProbe
from tests.photos import save_jpeg, textured_image

GUI_WORK_LIMIT_MS = 100
PHOTOS = 120


def test_gui_thread_never_blocks_during_a_scan(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "photos"
    folder.mkdir()
    for n in range(PHOTOS):
        img = textured_image(n, (320, 240))
        save_jpeg(img, folder / f"p{n:03d}.jpg")
        if n % 4 == 0:
            save_jpeg(img.resize((160, 120)), folder / f"p{n:03d}_small.jpg")
    controller = ScanController(settings=Settings())
    window = MainWindow(controller)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(controller.warmed_up, timeout=60_000):
        controller.warm_up()
    window.add_folders([str(folder)])
    probe = StallProbe()
    timer = probe.start()
    started = time.perf_counter()
    with qtbot.waitSignal(controller.scan_finished, timeout=120_000):
        controller.start_scan()
    seconds = time.perf_counter() - started
    qtbot.wait(1000)  # results, cards and thumbnails appear
    timer.stop()  # type: ignore[attr-defined]
    print(
        f"\n{PHOTOS} photos scanned in {seconds:.1f} s; worst wall-clock stall "
        f"{probe.worst():.0f} ms, p99 {probe.percentile(0.99):.0f} ms; "
        f"most GUI-thread CPU between two ticks {probe.worst_cpu():.0f} ms"
    )
    assert len(controller.review.groups) == PHOTOS // 4
    assert probe.worst_cpu() < GUI_WORK_LIMIT_MS
    expected_ticks = (seconds + 1.0) * 1000 / PROBE_MS
    assert len(probe.samples) > expected_ticks / 4  # the loop kept turning all along
    controller.shutdown()
    window.thumbnails.shutdown()
