"""Help → About: app icon, name, version, licence and the versions/licences of its libraries."""

from __future__ import annotations

import html
import importlib
import re
import sys
from dataclasses import dataclass
from importlib import metadata

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from photodedup import APP_DISPLAY_NAME, __version__
from photodedup.gui.resources import app_icon

PROJECT_URL = "https://github.com/photodedup/photodedup"
APP_LICENSE = "GPL-3.0-or-later"
ICON_SIDE = 96


@dataclass(frozen=True, slots=True)
class Component:
    """A third-party library shipped with the app."""

    name: str
    module: str  # import name, for __version__
    distribution: str  # PyPI name, fallback for the version
    license: str


COMPONENTS: tuple[Component, ...] = (
    Component("PySide6 (Qt for Python)", "PySide6", "PySide6-Essentials", "LGPL-3.0-only"),
    Component("Pillow", "PIL", "pillow", "MIT-CMU (HPND)"),
    Component("pillow-heif", "pillow_heif", "pillow-heif", "BSD-3-Clause"),
    Component("ImageHash", "imagehash", "ImageHash", "BSD-2-Clause"),
    Component("NumPy", "numpy", "numpy", "BSD-3-Clause"),
    Component("SciPy", "scipy", "scipy", "BSD-3-Clause"),
    Component("PyWavelets", "pywt", "PyWavelets", "MIT"),
    Component("Send2Trash", "send2trash", "Send2Trash", "BSD-3-Clause"),
    Component("platformdirs", "platformdirs", "platformdirs", "MIT"),
)


def component_version(component: Component) -> str:
    """The installed version of a library, or "not installed"."""
    try:
        module = importlib.import_module(component.module)
    except ImportError:
        return "not installed"
    version = getattr(module, "__version__", None)
    if isinstance(version, str):
        return version
    try:
        return metadata.version(component.distribution)
    except metadata.PackageNotFoundError:
        return "?"


def native_libraries() -> list[tuple[str, str, str]]:
    """(name, version, licence) of the C libraries behind Qt and HEIF decoding."""
    rows = [("Qt", qVersion(), "LGPL-3.0-only")]
    try:
        import pillow_heif

        info = pillow_heif.libheif_info()
    except (ImportError, AttributeError):
        return rows
    rows.append(("libheif", str(info.get("libheif", "?")), "LGPL-3.0-or-later"))
    decoder = str(info.get("decoders", {}).get("libde265", ""))
    if decoder:
        rows.append(("libde265", _first_version(decoder), "LGPL-3.0-or-later"))
    encoder = str(info.get("encoders", {}).get("x265", ""))
    if encoder:
        rows.append(("x265", _first_version(encoder), "GPL-2.0-or-later"))
    return rows


def _first_version(text: str) -> str:
    match = re.search(r"\d+(?:\.\d+)+", text)
    return match.group(0) if match else "?"


def library_rows() -> list[tuple[str, str, str]]:
    """(name, version, licence) of Python, every library and its native parts."""
    python = ("Python", sys.version.split()[0], "PSF-2.0")
    rows = [(c.name, component_version(c), c.license) for c in COMPONENTS]
    return [python, *rows, *native_libraries()]


def _table(rows: list[tuple[str, str, str]]) -> str:
    cells = "".join(
        f"<tr><td>{html.escape(name)}</td><td>{html.escape(version)}</td>"
        f"<td>{html.escape(licence)}</td></tr>"
        for name, version, licence in rows
    )
    return f'<table cellspacing="0" cellpadding="3">{cells}</table>'


class AboutDialog(QDialog):
    """The About box; build it to inspect, or call :func:`show_about`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About {name}").format(name=APP_DISPLAY_NAME))
        self.setWindowIcon(app_icon())
        layout = QVBoxLayout(self)
        layout.addLayout(self._header())
        self.libraries = QTextBrowser(self)
        self.libraries.setOpenExternalLinks(True)
        self.libraries.setHtml(self._libraries_html())
        self.libraries.setMinimumSize(460, 320)
        layout.addWidget(self.libraries)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(ICON_SIDE, ICON_SIDE))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        row.addWidget(icon)
        self.summary = QLabel(self._summary_html(), self)
        self.summary.setWordWrap(True)
        self.summary.setOpenExternalLinks(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        row.addWidget(self.summary, 1)
        return row

    def _summary_html(self) -> str:
        version = self.tr("Version {version}").format(version=__version__)
        description = self.tr(
            "Finds near-duplicate photos (resized, re-compressed, converted or rotated "
            "copies) and moves the extra copies to the trash, never the last one."
        )
        licence = self.tr(
            "Free software under the GNU General Public License, version 3 or later "
            "({spdx}). It comes with absolutely no warranty."
        ).format(spdx=APP_LICENSE)
        return (
            f"<h2>{html.escape(APP_DISPLAY_NAME)}</h2><p><b>{html.escape(version)}</b></p>"
            f"<p>{html.escape(description)}</p><p>{html.escape(licence)}</p>"
            f'<p><a href="{PROJECT_URL}">{PROJECT_URL}</a></p>'
        )

    def _libraries_html(self) -> str:
        heading = self.tr("Built with these libraries (name, version, licence):")
        return f"<p>{html.escape(heading)}</p>{_table(library_rows())}"


def show_about(parent: QWidget | None) -> None:
    """Show the modal About dialog."""
    AboutDialog(parent).exec()
