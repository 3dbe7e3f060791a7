"""Measure how long the GUI thread stalls while a real scan runs (must-show: < 100 ms).

Generates N small photos (default 2,000; a third of them with copies), opens the real main
window (offscreen unless a display is set), starts a scan from the controller and probes
the event loop with a 10 ms QTimer.  Each probe's lateness is one sample; the report gives
the worst stall, the 99th percentile and the scan time.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/gui_stall.py [--photos 2000] [--dir DIR]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

AFTER_MS = 1500  # keep probing while results and thumbnails appear
BASELINE_MS = 2000
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.gui.stall_probe import StallProbe  # noqa: E402 - after the path set-up


def make_photos(folder: Path, count: int) -> None:
    """``count`` small JPEGs, every third one with a resized copy (groups to show)."""
    from tests.photos import save_jpeg, textured_image

    folder.mkdir(parents=True, exist_ok=True)
    made = 0
    seed = 0
    while made < count:
        img = textured_image(seed, (480, 360))
        save_jpeg(img, folder / f"IMG_{seed:05d}.jpg", quality=88)
        made += 1
        if seed % 3 == 0 and made < count:
            save_jpeg(img.resize((240, 180)), folder / f"IMG_{seed:05d}_small.jpg", quality=80)
            made += 1
        seed += 1


def run_scan_with_probe(folder: Path) -> tuple[StallProbe, float, int]:
    """Scan ``folder`` from the real window; returns the probe, seconds and groups found."""
    from PySide6.QtCore import QEventLoop, QTimer

    from photodedup.core.config import Settings
    from photodedup.gui.app import create_application
    from photodedup.gui.controller import ScanController
    from photodedup.gui.main_window import MainWindow

    app = create_application([sys.argv[0]])
    window = MainWindow(ScanController(settings=Settings()))
    window.show()
    window.add_folders([str(folder)])
    probe = StallProbe()
    timer = probe.start()
    warm = QEventLoop()  # the app warms the core up at start-up, while the user picks folders
    window.controller.warmed_up.connect(warm.quit)
    window.controller.warm_up()
    warm.exec()
    print(f"start-up warm-up: worst stall {probe.worst():.1f} ms (idle window, once per run)")
    probe.reset()
    idle = QEventLoop()
    QTimer.singleShot(BASELINE_MS, idle.quit)
    idle.exec()
    print(
        f"baseline, idle window for {BASELINE_MS} ms: worst stall {probe.worst():.1f} ms, "
        f"p99 {probe.percentile(0.99):.1f} ms (machine load: {os.getloadavg()[0]:.1f})"
    )
    probe.reset()
    loop = QEventLoop()
    window.controller.progress.connect(lambda event: setattr(probe, "stage", event.stage))
    window.controller.scan_finished.connect(lambda _r: setattr(probe, "stage", "results"))
    window.controller.scan_finished.connect(lambda _r: QTimer.singleShot(AFTER_MS, loop.quit))
    started = time.perf_counter()
    window.controller.start_scan()
    loop.exec()
    seconds = time.perf_counter() - started - AFTER_MS / 1000
    timer.stop()  # type: ignore[attr-defined]
    groups = len(window.controller.review.groups)
    window.close()
    app.processEvents()
    return probe, seconds, groups


def main() -> None:
    """Generate photos, scan them from the GUI and print the event-loop stalls."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--photos", type=int, default=2000)
    parser.add_argument("--dir", type=Path, help="reuse / create photos here (default: temp)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="photodedup-stall-") as tmp:
        for kind in ("CACHE", "DATA", "CONFIG", "LOG"):
            os.environ[f"PHOTODEDUP_{kind}_DIR"] = str(Path(tmp) / kind.lower())
        folder = args.dir or Path(tmp) / "photos"
        if not folder.is_dir() or not any(folder.iterdir()):
            started = time.perf_counter()
            make_photos(folder, args.photos)
            print(f"generated {args.photos} photos in {time.perf_counter() - started:.1f} s")
        probe, seconds, groups = run_scan_with_probe(folder)
    print(
        f"scan of {args.photos} photos: {seconds:.1f} s, {groups} groups; "
        f"event-loop probes: {len(probe.samples)}; "
        f"worst stall {probe.worst():.1f} ms; p99 {probe.percentile(0.99):.1f} ms; "
        f"p50 {probe.percentile(0.5):.1f} ms; "
        f"most GUI-thread CPU in one gap {probe.worst_cpu():.1f} ms"
    )
    print(f"longest stalls (s after start, stage, ms): {probe.worst_moments()}")


if __name__ == "__main__":
    main()
