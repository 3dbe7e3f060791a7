"""Runtime resources shipped as package data (icons), loaded with importlib.resources."""

from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QIcon, QPixmap

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The application icon (all PNG sizes, else the SVG; empty if none is installed)."""
    icons = resources.files("photodedup.gui") / "icons"
    icon = QIcon()
    for size in ICON_SIZES:
        png = icons / f"photodedup-{size}.png"
        if png.is_file():
            icon.addPixmap(QPixmap(str(png)))
    svg = icons / "photodedup.svg"
    if icon.isNull() and svg.is_file():
        icon = QIcon(str(svg))
    return icon


def icon(name: str, fallback: QIcon | None = None) -> QIcon:
    """One of the app's SVG icons (``icons/<name>.svg``), else ``fallback``."""
    svg = resources.files("photodedup.gui") / "icons" / f"{name}.svg"
    if svg.is_file():
        return QIcon(str(svg))
    return fallback if fallback is not None else QIcon()
