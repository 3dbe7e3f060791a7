"""The About dialog shows the version, the licence and the libraries (offscreen)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from photodedup import APP_DISPLAY_NAME, __version__
from photodedup.gui import about


def test_about_dialog_shows_version_licence_and_libraries(qtbot: QtBot) -> None:
    dialog = about.AboutDialog()
    qtbot.addWidget(dialog)
    summary = dialog.summary.text()
    assert APP_DISPLAY_NAME in summary
    assert f"Version {__version__}" in summary
    assert "GPL-3.0-or-later" in summary
    assert about.PROJECT_URL in summary
    libraries = dialog.libraries.toPlainText()
    for name in ("PySide6", "Pillow", "pillow-heif", "ImageHash", "NumPy", "Send2Trash"):
        assert name in libraries
    for licence in ("LGPL-3.0-only", "BSD-2-Clause", "BSD-3-Clause", "MIT", "MIT-CMU"):
        assert licence in libraries
    assert "not installed" not in libraries
    assert not dialog.windowIcon().isNull()


def test_library_versions_are_the_installed_ones() -> None:
    import numpy
    import PIL

    rows = {name: (version, licence) for name, version, licence in about.library_rows()}
    assert rows["Pillow"][0] == PIL.__version__
    assert rows["NumPy"][0] == numpy.__version__
    assert rows["Qt"][0].count(".") == 2
    assert rows["libheif"][1] == "LGPL-3.0-or-later"


def test_missing_library_is_reported_not_fatal() -> None:
    ghost = about.Component("Ghost", "no_such_module_xyz", "no-such-dist-xyz", "MIT")
    assert about.component_version(ghost) == "not installed"


def test_show_about_is_modal_and_closes(qtbot: QtBot) -> None:
    seen: list[str] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, about.AboutDialog)
        seen.append(dialog.windowTitle())
        dialog.reject()

    QTimer.singleShot(0, close_it)
    about.show_about(None)
    assert seen == [f"About {APP_DISPLAY_NAME}"]
