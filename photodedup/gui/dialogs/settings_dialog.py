"""Edits the persisted settings: minimum file size, exclusions, turned copies, keeper rules."""

from __future__ import annotations

import copy

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from photodedup.core import fingerprint as hashing
from photodedup.core.config import Settings
from photodedup.gui.widgets.keep_rules import KeepRulesEditor

KB = 1024


class SettingsDialog(QDialog):
    """A small form over ``Settings``; ``settings()`` returns the edited copy."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._settings = copy.deepcopy(settings)
        self.algorithm = QLabel(self.tr("Perceptual hash (pHash, 64 bit)"))
        self.algorithm.setToolTip(hashing.ALGO_ID)
        self.min_size = QSpinBox()
        self.min_size.setRange(0, 100 * KB)
        self.min_size.setSuffix(" KB")
        self.min_size.setSpecialValueText(self.tr("No minimum"))
        self.min_size.setValue(settings.min_size // KB)
        self.min_size.setToolTip(self.tr("Files smaller than this are skipped (icons, thumbnails)"))
        self.excludes = QPlainTextEdit("\n".join(settings.excludes))
        self.excludes.setPlaceholderText(self.tr("One pattern per line, e.g.\n*/cache/*\n*.gif"))
        self.excludes.setMaximumHeight(120)
        form = QFormLayout()
        form.addRow(self.tr("Fingerprint:"), self.algorithm)
        form.addRow(self.tr("Minimum file size:"), self.min_size)
        form.addRow(self.tr("Exclude:"), self.excludes)
        self.rotations = QCheckBox(self.tr("Also find mirrored and turned copies"))
        self.rotations.setChecked(settings.rotations)
        self.rotations.setToolTip(
            self.tr("Copies flipped or turned by 90, 180 or 270 degrees without a rotation tag")
        )
        form.addRow(self.tr("Copies:"), self.rotations)
        self.keep_rules = KeepRulesEditor(list(settings.keep_rules))
        form.addRow(self.tr("Keep the photo with:"), self.keep_rules)
        note = QLabel(self.tr("Size and exclusions apply to the next scan; the rest at once."))
        note.setStyleSheet("color: palette(placeholder-text);")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def settings(self) -> Settings:
        """The settings with the form's values."""
        edited = copy.deepcopy(self._settings)
        edited.min_size = max(1, self.min_size.value() * KB)
        lines = self.excludes.toPlainText().splitlines()
        edited.excludes = [line.strip() for line in lines if line.strip()]
        edited.keep_rules = self.keep_rules.rules()
        edited.rotations = self.rotations.isChecked()
        return edited
