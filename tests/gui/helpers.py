"""Shared steps of the GUI tests: scan a folder through the window, let it settle."""

from __future__ import annotations

from pathlib import Path

from photodedup.gui.main_window import MainWindow


def scan(qtbot, window: MainWindow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    """Add ``folder``, scan it through the Scan action and wait for the groups."""
    window.add_folders([str(folder)])
    with qtbot.waitSignal(window.controller.scan_finished, timeout=60_000):
        window.acts.scan.trigger()
    settle(qtbot, window)


def settle(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Let the window finish its deferred updates (cards and problems are built next turn)."""
    qtbot.wait(1)
    qtbot.waitUntil(
        lambda: (
            window.results.member_model.group is not None
            or not window.results.cluster_model.rowCount()
        )
    )


def trash_files(home: Path) -> list[str]:
    """Names of the files in the user's trash."""
    files = home / ".local/share/Trash/files"
    return sorted(p.name for p in files.iterdir()) if files.is_dir() else []
