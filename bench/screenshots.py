"""Take the README screenshots from a real scan of generated sample photos.

    xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python bench/screenshots.py [--photos DIR]

Writes docs/images/main-window.png, main-window-dark.png (dark palette), context-menu.png,
select-menu.png, narrow.png (900 px wide), compare.png, difference.png (Compare's D view),
empty-state.png and scanning.png.
Run it under Xvfb: the menus are grabbed from the screen.
Settings, cache and journal go to a temporary directory (the user's are never touched).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "images"
SIZE = (1400, 860)
NARROW = (900, 700)
MAX_BYTES = 480_000


def _isolate(tmp: Path) -> None:
    for kind in ("CACHE", "DATA", "CONFIG", "LOG"):
        os.environ[f"PHOTODEDUP_{kind}_DIR"] = str(tmp / kind.lower())


def _grab_while_hashing(window: object, event: object) -> None:
    """Save scanning.png once, when about 40 % of the photos are hashed (the window has
    shown this progress event already: its own slot was connected first)."""
    from photodedup.core.progress import STAGE_HASH

    total, done, stage = event.total, event.done, event.stage  # type: ignore[attr-defined]
    target = OUT / "scanning.png"
    if stage == STAGE_HASH and total and done >= 0.4 * total and not getattr(window, "_shot", 0):
        window._shot = 1  # type: ignore[attr-defined]
        window.grab().save(str(target))  # type: ignore[attr-defined]


def _pick_group(window: object) -> None:
    """Select the richest group (most photos, then a mix of formats) for the picture."""
    review = window.controller.review  # type: ignore[attr-defined]
    best = max(review.groups, key=lambda g: (len(g.members), -g.id))
    window.results.select_group(best.id)  # type: ignore[attr-defined]


def _settle(ms: int) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _grab_screen(window: object, name: str) -> None:
    """Save the screen area of the window (popup menus included, unlike ``grab()``)."""
    from PySide6.QtWidgets import QApplication

    frame = window.frameGeometry()  # type: ignore[attr-defined]
    screen = QApplication.primaryScreen()
    pixmap = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
    if pixmap.isNull() or QApplication.platformName() == "offscreen":
        pixmap = window.grab()  # type: ignore[attr-defined]
    pixmap.save(str(OUT / name))


def _scan(window: object, photos: Path) -> None:
    from PySide6.QtCore import QEventLoop

    window.add_folders(  # type: ignore[attr-defined]
        [str(photos / "Camera"), str(photos / "Exports"), str(photos / "Backup 2019")]
    )
    window.controller.set_reference(str(photos / "Camera"), True)  # type: ignore[attr-defined]
    window.scans.refresh_folders()
    done = QEventLoop()
    window.controller.scan_finished.connect(lambda _r: done.quit())  # type: ignore[attr-defined]
    window.controller.progress.connect(  # type: ignore[attr-defined]
        lambda event: _grab_while_hashing(window, event)
    )
    window.controller.start_scan()  # type: ignore[attr-defined]
    done.exec()


def _menus(window: object) -> None:
    """context-menu.png (a copy's right-click menu) and select-menu.png."""
    group_view = window.results.group_view  # type: ignore[attr-defined]
    card = group_view.cards[-1]
    group_view.set_current(card.photo_index)
    menu = window.menus.photo_menu(card.photo_index)  # type: ignore[attr-defined]
    menu.popup(card.mapToGlobal(card.thumb.geometry().center()))
    _settle(400)
    _grab_screen(window, "context-menu.png")
    menu.close()
    select = window.select_menu  # type: ignore[attr-defined]
    bar = window.menuBar()  # type: ignore[attr-defined]
    select.popup(bar.mapToGlobal(bar.actionGeometry(select.menuAction()).bottomLeft()))
    _settle(400)
    _grab_screen(window, "select-menu.png")
    select.close()


def _results(photos: Path, size: tuple[int, int]) -> object:
    """A shown main window over a real scan, richest group selected, lower-res marked."""

    from photodedup.gui.main_window import MainWindow

    window = MainWindow()
    window.resize(*size)
    window.show()
    _settle(300)
    if not getattr(_results, "empty_done", False):
        _results.empty_done = True  # type: ignore[attr-defined]
        window.grab().save(str(OUT / "empty-state.png"))
    _scan(window, photos)
    _pick_group(window)
    window.cleanup.mark_lower_resolution()  # type: ignore[attr-defined]
    _settle(2500)  # thumbnails decode in the background
    return window


def _shoot(photos: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from photodedup.gui import colors
    from photodedup.gui.app import create_application, install_plural_forms

    app = create_application([sys.argv[0]])
    app.setStyle("Fusion")  # the same look under Xvfb whatever the desktop
    install_plural_forms(app)
    window = _results(photos, SIZE)
    window.grab().save(str(OUT / "main-window.png"))  # type: ignore[attr-defined]
    _menus(window)
    review = window.controller.review  # type: ignore[attr-defined]
    marked = [
        m.photo
        for m in review.group(window.results.selected_group_id()).members  # type: ignore[attr-defined]
        if m.photo in review.marked
    ]
    window.results.open_compare(marked[0] if marked else None)  # type: ignore[attr-defined]
    _settle(2500)
    window.results.compare_view.zoom_by(1.6)  # type: ignore[attr-defined]
    _settle(300)
    window.grab().save(str(OUT / "compare.png"))  # type: ignore[attr-defined]
    window.results.compare_view.set_mode("difference")  # type: ignore[attr-defined]
    _settle(300)
    window.grab().save(str(OUT / "difference.png"))  # type: ignore[attr-defined]
    window.close()  # type: ignore[attr-defined]
    narrow = _results(photos, NARROW)
    narrow.grab().save(str(OUT / "narrow.png"))  # type: ignore[attr-defined]
    narrow.close()  # type: ignore[attr-defined]
    QApplication.setPalette(colors.dark_palette())
    dark = _results(photos, SIZE)
    dark.grab().save(str(OUT / "main-window-dark.png"))  # type: ignore[attr-defined]
    dark.close()  # type: ignore[attr-defined]
    app.quit()


def main() -> None:
    """Generate photos (unless given), scan them in the real window, save screenshots."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--photos", type=Path, help="existing sample folder (default: generate)")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="photodedup-shots-") as tmp:
        _isolate(Path(tmp))
        photos = args.photos
        if photos is None:
            sys.path.insert(0, str(Path(__file__).parent))
            from sample_photos import build

            photos = Path(tmp) / "Pictures"
            build(photos, 40)
        _shoot(photos)
    for png in OUT.glob("*.png"):
        _shrink(png)
    print(f"screenshots written to {OUT}")


def _shrink(png: Path) -> None:
    """Keep each screenshot under MAX_BYTES (palette PNG when the full-colour one is too big)."""
    from PIL import Image

    if png.stat().st_size > MAX_BYTES:
        with Image.open(png) as img:
            small = img.convert("RGB").quantize(
                256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE
            )
        small.save(png, optimize=True)


if __name__ == "__main__":
    main()
