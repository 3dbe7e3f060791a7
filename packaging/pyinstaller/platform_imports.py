"""Modules the platform trash imports lazily, which the PyInstaller spec must add by hand.

``core/cleanup/windows_trash.py`` and ``mac_trash.py`` import pywin32 and pyobjc with
``importlib.import_module("...")`` (they are absent on the other platforms, and the core
imports nothing it cannot load).  PyInstaller follows ``import`` statements only, so each
of those modules is a hidden import on its platform; pywin32's DLLs (``pythoncom3XX.dll``,
``pywintypes3XX.dll``) and the ``win32comext`` path then come from PyInstaller's own hooks
for ``pythoncom``, ``pywintypes`` and ``win32com``.

Plain data, importable without PyInstaller: ``tests/test_packaging_targets.py`` checks
that every literal ``import_module`` of those files is listed here for its platform.
"""

from __future__ import annotations

HIDDEN_IMPORTS: dict[str, list[str]] = {
    # core/cleanup/windows_trash.py: IFileOperation, its progress sink, the user's SID.
    "win32": [
        "pythoncom",
        "pywintypes",
        "win32api",
        "win32security",
        "winerror",
        "win32com.shell.shell",
        "win32com.shell.shellcon",
        "win32com.server.exception",
        "send2trash.win.IFileOperationProgressSink",
    ],
    # core/cleanup/mac_trash.py: NSFileManager trashItemAtURL:resultingItemURL:error:.
    "darwin": ["Foundation"],
}


def platform_hidden_imports(platform: str) -> list[str]:
    """The lazily imported platform modules to bundle on ``platform`` (``sys.platform``)."""
    return list(HIDDEN_IMPORTS.get(platform, []))
