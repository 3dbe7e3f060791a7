"""Render the SVG icon master into the PNG sizes the app and the Linux desktop need.

Usage: ``python packaging/make_icons.py`` (from the repository root or anywhere).

Writes:
- ``photodedup/gui/icons/photodedup.svg`` and ``photodedup-<size>.png`` (runtime package data)
- ``packaging/linux/icons/hicolor/<size>x<size>/apps/<APP_ID>.png`` and
  ``.../scalable/apps/<APP_ID>.svg`` (installed by the Flatpak / distro packages)

Uses Qt's QSvgRenderer (PySide6-Essentials ships QtSvg), so no extra dependency.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from photodedup import APP_ID  # noqa: E402

MASTER = ROOT / "resources" / "icons" / "photodedup.svg"
RUNTIME_DIR = ROOT / "photodedup" / "gui" / "icons"
HICOLOR_DIR = ROOT / "packaging" / "linux" / "icons" / "hicolor"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def runtime_png(size: int) -> Path:
    """Path of the runtime PNG of one size."""
    return RUNTIME_DIR / f"photodedup-{size}.png"


def hicolor_png(size: int) -> Path:
    """Path of the freedesktop hicolor PNG of one size."""
    return HICOLOR_DIR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def render_png(svg: Path, size: int, target: Path) -> None:
    """Render ``svg`` into a square transparent PNG of ``size`` pixels."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"invalid SVG: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target), "PNG"):
        raise SystemExit(f"could not write {target}")


def main() -> int:
    """Render every size into both destinations and copy the SVG master."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([])
    RUNTIME_DIR.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(MASTER, RUNTIME_DIR / "photodedup.svg")
    scalable = HICOLOR_DIR / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(MASTER, scalable)
    for size in SIZES:
        render_png(MASTER, size, runtime_png(size))
        hicolor_png(size).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(runtime_png(size), hicolor_png(size))
        print(f"icon {size}px -> {runtime_png(size).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
