"""What the PyInstaller spec leaves out of the bundle (imported by ``photodedup.spec``).

Plain data and one helper, importable without PyInstaller, so
``tests/test_packaging_targets.py`` checks them: every excluded module must be one the app
never imports at run time.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from pathlib import PurePath

# Modules not needed at run time.  Leaving them out keeps the folder small and startup
# quick: setuptools/pkg_resources (should a dependency reach them) would add PyInstaller's
# runtime hooks that import pkg_resources before every start, `--version` included.
NOT_NEEDED = [
    # imagehash imports these inside phash/dct_hash and whash only; the app calls neither.
    "scipy",
    "pywt",
    # Build tools (the group kernels are a C extension compiled at install time).
    "setuptools",
    "pkg_resources",
    "distutils",
    # send2trash's GLib backend: the core pins the freedesktop one (core/cleanup/trash.py).
    "gi",
    "tkinter",
    "matplotlib",
    "IPython",
    "pytest",
]

# Qt modules the app never imports.
UNUSED_QT = [
    f"PySide6.{name}"
    for name in [
        "QtQml",
        "QtQuick",
        "QtQuickWidgets",
        "QtQuickControls2",
        "QtNetwork",
        "QtOpenGL",
        "QtOpenGLWidgets",
        "QtPdf",
        "QtPdfWidgets",
        "QtMultimedia",
        "QtMultimediaWidgets",
        "QtSql",
        "QtTest",
        "QtDesigner",
        "QtHelp",
        "QtUiTools",
        "QtXml",
        "QtDBus",
        "QtConcurrent",
        "QtPrintSupport",
        "QtNetworkAuth",
        "QtWebSockets",
        "QtWebChannel",
        "QtPositioning",
        "QtSerialPort",
        "QtBluetooth",
        "QtCharts",
        "QtDataVisualization",
        "QtGraphs",
        "Qt3DCore",
    ]
]

EXCLUDES = [*NOT_NEEDED, *UNUSED_QT]

Entry = tuple[str, str, str]  # PyInstaller TOC entry: (name in the bundle, source, type)
Imports = Callable[[str], Iterable[tuple[str, str | None]]]


def drop_only_needed_by(
    binaries: list[Entry], plugin: str, imports: Imports | None = None
) -> list[Entry]:
    """``binaries`` without the ``plugin`` (a name ending) and the libraries that nothing
    else in the bundle needs (Linux; ``imports`` lists a binary's libraries, transitively,
    as PyInstaller's ``bindepend.get_imports`` does with ``ldd``)."""
    dropped = [entry for entry in binaries if entry[0].endswith(plugin)]
    if not dropped or not sys.platform.startswith("linux"):
        return binaries
    if imports is None:
        from PyInstaller.depend.bindepend import get_imports

        imports = get_imports
    candidates = {name for dep in dropped for name, _ in imports(dep[1])}
    needed: set[str] = set()
    for name, source, _ in binaries:
        if entry_name(name) not in candidates and not name.endswith(plugin):
            needed.update(dep for dep, _ in imports(source))
    gone = (candidates - needed) | {entry_name(e[0]) for e in dropped}
    return [e for e in binaries if entry_name(e[0]) not in gone]


def entry_name(name: str) -> str:
    """A bundled binary's file name (``PySide6/Qt/lib/libQt6Gui.so.6`` -> ``libQt6Gui.so.6``)."""
    return PurePath(name).name
