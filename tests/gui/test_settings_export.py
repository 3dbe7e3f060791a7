"""Settings persist, window geometry is restored, exports are written off the GUI thread."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from photodedup.core.config import Settings, load_settings
from photodedup.gui.controller import ScanController
from photodedup.gui.dialogs.settings_dialog import SettingsDialog
from photodedup.gui.main_window import MainWindow
from photodedup.gui.workers import Runner
from tests.photos import Library


def test_settings_dialog_edits_persist(qtbot, sync_controller: ScanController) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(sync_controller.settings)
    qtbot.addWidget(dialog)
    dialog.min_size.setValue(20)
    dialog.excludes.setPlainText("*/cache/*\n\n  *.gif  \n")
    sync_controller.update_settings(dialog.settings())
    saved = load_settings()
    assert saved.min_size == 20 * 1024
    assert saved.excludes == ["*/cache/*", "*.gif"]
    options = saved.scan_options()
    assert options.min_size == 20 * 1024 and options.excludes == ("*/cache/*", "*.gif")


def test_folders_references_and_recent_persist(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = ScanController(runner=Runner(synchronous=True), settings=Settings())
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        first.add_folder(str(tmp_path / name))
    first.set_reference(str(tmp_path / "a"), True)
    first.remove_folder(str(tmp_path / "b"))
    again = ScanController(runner=Runner(synchronous=True))  # reads the saved settings
    assert again.folders == [str(tmp_path / "a")]
    assert again.is_reference(str(tmp_path / "a"))
    assert again.settings.recent_roots == [str(tmp_path / "b"), str(tmp_path / "a")]


def test_window_geometry_is_restored(qtbot, sync_controller: ScanController) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(sync_controller)
    qtbot.addWidget(window)
    window.resize(760, 540)
    window.main_splitter.setSizes([250, 510])
    window.save_geometry()
    restored = MainWindow(sync_controller)
    qtbot.addWidget(restored)
    assert (restored.width(), restored.height()) == (760, 540)
    assert restored.main_splitter.sizes()[0] == window.main_splitter.sizes()[0]


def test_export_json_and_csv(qtbot, window: MainWindow, library: Library, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window.add_folders([str(library.root)])
    with qtbot.waitSignal(window.controller.scan_finished, timeout=60_000):
        window.acts.scan.trigger()
    saved: list[str] = []
    json_path, csv_path = tmp_path / "out.json", tmp_path / "out.csv"
    window.controller.export(str(json_path), "json", saved.append)
    window.controller.export(str(csv_path), "csv", saved.append)
    assert saved == [str(json_path), str(csv_path)]
    doc = json.loads(json_path.read_text(encoding="utf-8"))
    assert len(doc["groups"]) == len(window.controller.review.groups)
    with csv_path.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    grouped = sum(len(g.members) for g in window.controller.review.groups)
    assert len(rows) == grouped


def test_dropping_folders_adds_them(qtbot, sync_controller: ScanController, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    window = MainWindow(sync_controller)
    qtbot.addWidget(window)
    folder = tmp_path / "dropped"
    folder.mkdir()
    stray = tmp_path / "photo.jpg"
    stray.write_bytes(b"x")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder)), QUrl.fromLocalFile(str(stray))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert sync_controller.folders == [str(folder)]  # files are ignored, folders added
    assert window.folder_panel.tree.topLevelItemCount() == 1
    assert window.acts.scan.isEnabled()
    assert "Ready to scan" in window.empty_state.title.text()


def test_confirmation_states_files_and_megabytes(
    qtbot, window: MainWindow, library: Library
) -> None:  # type: ignore[no-untyped-def]
    from photodedup.gui.dialogs.confirm_trash import plan_details, plan_summary
    from photodedup.gui.formatting import human_bytes

    window.add_folders([str(library.root)])
    with qtbot.waitSignal(window.controller.scan_finished, timeout=60_000):
        window.acts.scan.trigger()
    marked = window.controller.mark_lower_resolution()
    plan = window.controller.make_trash_plan()
    assert plan.file_count == marked == 2
    assert plan_summary(plan) == f"Move 2 files ({human_bytes(plan.total_bytes)}) to the trash?"
    assert all(Path(v.path).name in plan_details(plan) for v in plan.victims)
