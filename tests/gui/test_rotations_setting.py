"""Settings → "Also find mirrored and turned copies" regroups the review at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from photodedup.gui.dialogs.settings_dialog import SettingsDialog
from photodedup.gui.main_window import MainWindow
from tests.core.group.test_accuracy_classes import real
from tests.gui.helpers import scan, settle

pytest.importorskip("skimage.data")


def _names(window: MainWindow) -> list[set[str]]:
    review = window.controller.review
    result = review.result
    return [
        {Path(result.photos[m.photo].path).stem for m in group.members} for group in result.groups
    ]


def test_ticking_turned_copies_regroups_with_the_mirror(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "Pictures"
    folder.mkdir()
    photo = real("astronaut")
    photo.save(folder / "original.jpg", quality=92)
    photo.reduce(2).save(folder / "half.jpg", quality=85)
    photo.transpose(Image.Transpose.FLIP_LEFT_RIGHT).save(folder / "mirrored.jpg", quality=90)
    scan(qtbot, window, folder)
    assert _names(window) == [{"original", "half"}]
    dialog = SettingsDialog(window.controller.settings, window)
    qtbot.addWidget(dialog)
    assert not dialog.rotations.isChecked()
    dialog.rotations.setChecked(True)
    window.controller.update_settings(dialog.settings())
    settle(qtbot, window)
    assert window.controller.settings.rotations
    assert _names(window) == [{"original", "half", "mirrored"}]
