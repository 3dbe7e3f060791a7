"""Take the README screenshots from a real scan of generated sample photos.

    xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python bench/screenshots.py [--photos DIR]

Writes docs/images/main-window.png, compare.png, empty-state.png and scanning.png.
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
    window.select_group(best.id)  # type: ignore[attr-defined]


def _shoot(photos: Path) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    from photodedup.gui import review_actions
    from photodedup.gui.app import create_application
    from photodedup.gui.main_window import MainWindow

    app = create_application([sys.argv[0]])
    window = MainWindow()
    window.resize(*SIZE)
    window.show()

    def settle(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    settle(300)
    window.grab().save(str(OUT / "empty-state.png"))
    window.add_folders(
        [str(photos / "Camera"), str(photos / "Exports"), str(photos / "Backup 2019")]
    )
    window.controller.set_reference(str(photos / "Camera"), True)
    window.refresh_folders()
    done = QEventLoop()
    window.controller.scan_finished.connect(lambda _r: done.quit())
    window.controller.progress.connect(lambda event: _grab_while_hashing(window, event))
    window.controller.start_scan()
    done.exec()
    _pick_group(window)
    review_actions.mark_lower_resolution(window)
    settle(2500)  # thumbnails decode in the background
    window.grab().save(str(OUT / "main-window.png"))
    review = window.controller.review
    marked = [
        m.photo
        for m in review.group(window.selected_group_id()).members
        if m.photo in review.marked
    ]
    review_actions.open_compare(window, marked[0] if marked else None)
    settle(2500)
    window.compare_view.zoom_by(1.6)
    settle(300)
    window.grab().save(str(OUT / "compare.png"))
    window.close()
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
