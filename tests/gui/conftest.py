"""GUI test fixtures: a synchronous or threaded controller, a main window, photo folders."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from photodedup.core.config import Settings
from photodedup.gui.controller import ScanController
from photodedup.gui.dialogs import confirm_trash
from photodedup.gui.main_window import MainWindow
from photodedup.gui.thumbnails import ThumbnailLoader
from photodedup.gui.workers import Runner
from tests.photos import Library, build_library


@pytest.fixture(autouse=True, scope="session")
def plural_forms(qapp) -> None:  # type: ignore[no-untyped-def]
    """The English plural forms the app installs at start-up ("1 photo", "2 photos")."""
    from photodedup.gui.app import install_plural_forms

    install_plural_forms(qapp)


@pytest.fixture
def library(tmp_path: Path) -> Library:
    """Two originals with resized/re-compressed/PNG copies, two singles, no bad files."""
    return build_library(
        tmp_path / "home" / "Pictures",
        originals=2,
        kinds=("resized", "recompressed", "png"),
        singles=2,
        bad=False,
    )


@pytest.fixture
def sync_controller() -> ScanController:
    """A controller whose background work runs inline (deterministic)."""
    return ScanController(runner=Runner(synchronous=True), settings=Settings())


@pytest.fixture
def window(qtbot, sync_controller: ScanController) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """A main window over the synchronous controller (thumbnails decode in threads)."""
    win = MainWindow(sync_controller, ThumbnailLoader())
    qtbot.addWidget(win)
    yield win
    win.thumbnails.shutdown()


@pytest.fixture
def accept_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Auto-accept the confirmation dialogs; record the plans shown."""
    shown: list[object] = []

    def accept(_parent: object, plan: object) -> bool:
        shown.append(plan)
        return True

    monkeypatch.setattr(confirm_trash, "confirm_trash", accept)
    monkeypatch.setattr(confirm_trash, "confirm_undo", lambda _p, summary: bool(summary))
    monkeypatch.setattr(confirm_trash, "confirm_undo_session", lambda _p, s: bool(s))
    return shown
