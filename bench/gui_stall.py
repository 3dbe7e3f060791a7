"""Measure how long the GUI thread stalls while a real scan runs (must-show: < 100 ms).

Generates N small photos (default 2,000; a third of them with copies), opens the real main
window (offscreen unless a display is set), starts a scan from the controller and probes
the event loop with a 10 ms QTimer.  Each probe's lateness is one sample; the report gives
the worst stall, the 99th percentile and the scan time.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/gui_stall.py [--photos 2000] [--dir DIR]

``--groups 10000`` instead shows a synthetic 10,000-group result and times the review
tools (sort, search, select by rule, filter, group steps) on the GUI thread.
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


def synthetic_result(groups: int) -> object:
    """A result of ``groups`` groups of 3 photos (paths need not exist: thumbnails fail)."""
    from photodedup.core.types import (
        Action,
        FileIdentity,
        Group,
        GroupKind,
        ImageInfo,
        Member,
        Photo,
        PhotoFile,
        ScanResult,
    )

    photos, built = [], []
    for g in range(groups):
        members = []
        for k, (side, name) in enumerate(((4000, "IMG"), (2000, "IMG"), (4000, "IMG copy"))):
            index = len(photos)
            path = f"/nonexistent/{'Backup' if k == 2 else 'Camera'}/{name}_{g:05d}.jpg"
            identity = FileIdentity(1, index, side * 100 + g, 10**18 + index, 0)
            info = ImageInfo(side, side * 3 // 4, "JPEG", f"2020-01-{1 + g % 28:02d}")
            photos.append(Photo(PhotoFile(path, identity, "/nonexistent"), info, b"\0" * 8))
            members.append(Member(index, 0 if k == 0 else 4 + g % 5, Action.KEEP))
        kind = GroupKind.SHOTS if g % 10 == 0 else GroupKind.SIMILAR
        built.append(Group(g, kind, tuple(members), "most pixels"))
    return ScanResult(photos=photos, groups=built, threshold=16)


def run_review_tools(groups: int) -> None:
    """Show a ``groups``-group result and time the review tools on the GUI thread."""
    from PySide6.QtCore import QEventLoop, QTimer

    from photodedup.core.config import Settings
    from photodedup.core.review import Rule
    from photodedup.gui.app import create_application
    from photodedup.gui.controller import ScanController
    from photodedup.gui.group_query import GroupQuery, SortKey
    from photodedup.gui.main_window import MainWindow

    app = create_application([sys.argv[0]])
    window = MainWindow(ScanController(settings=Settings()))
    window.show()
    result = synthetic_result(groups)
    probe = StallProbe()
    timer = probe.start()

    def settle(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    steps = (
        ("show the result", lambda: window.controller.show_result(result)),
        ("sort by space", lambda: window.results.group_filter.set_sort(SortKey.SPACE)),
        (
            "search 'copy_0999'",
            lambda: window.results.cluster_model.set_query(GroupQuery("copy_0999")),
        ),
        ("clear the search", lambda: window.results.group_filter.search.setText("")),
        ("mark all but keeper", lambda: window.select_menu.apply(Rule.ALL_BUT_KEEPER)),
        ("only with marks", lambda: window.results.group_filter.only_marked.setChecked(True)),
        ("mark names like copies", lambda: window.select_menu.apply(Rule.NAMED_LIKE_COPIES)),
        ("clear all marks", window.acts.clear_marks.trigger),
        ("next group x20", lambda: [window.acts.next_group.trigger() for _ in range(20)]),
    )
    print(f"review tools on {groups:,} groups (machine load {os.getloadavg()[0]:.1f}):")
    for name, step in steps:
        probe.reset()
        started = time.perf_counter()
        step()
        took = (time.perf_counter() - started) * 1000
        settle(400)
        print(f"  {name}: {took:.1f} ms on the GUI thread; worst stall {probe.worst():.1f} ms")
    timer.stop()  # type: ignore[attr-defined]
    window.close()
    app.processEvents()


def main() -> None:
    """Generate photos, scan them from the GUI and print the event-loop stalls."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--photos", type=int, default=2000)
    parser.add_argument("--dir", type=Path, help="reuse / create photos here (default: temp)")
    parser.add_argument(
        "--groups", type=int, help="instead of a scan: time the review tools on N groups"
    )
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.groups:
        with tempfile.TemporaryDirectory(prefix="photodedup-stall-") as tmp:
            for kind in ("CACHE", "DATA", "CONFIG", "LOG"):
                os.environ[f"PHOTODEDUP_{kind}_DIR"] = str(Path(tmp) / kind.lower())
            run_review_tools(args.groups)
        return
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
