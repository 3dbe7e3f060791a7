"""A bar above the results saying they may be out of date, with a Scan Again button."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle

from photodedup.gui import colors


class StaleBanner(QFrame):
    """Hidden while the results match the folders and settings they were scanned with."""

    rescan_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        tint = colors.blend(palette.color(QPalette.ColorRole.Window), colors.SHOTS_HUE, 0.25)
        palette.setColor(QPalette.ColorRole.Window, tint)
        self.setPalette(palette)
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(20, 20)
        )
        self.label = QLabel(wordWrap=True)
        self.button = QPushButton(self.tr("Scan Again"))
        self.button.clicked.connect(self.rescan_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 4)
        layout.addWidget(icon)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.setAccessibleName(self.tr("Results out of date"))
        self.hide()

    def show_reason(self, reason: str, count: int = 0) -> None:
        """Show why the results are stale ("" hides the bar)."""
        texts = {
            "folders": self.tr(
                "The folders changed since this scan: the results may be out of date."
            ),
            "settings": self.tr(
                "The scan settings changed since this scan: the results may be out of date."
            ),
            "restored": self.tr(
                "%n restored file(s) are not in these results: scan again to see them.",
                None,
                count,
            ),
        }
        text = texts.get(reason, "")
        self.label.setText(text)
        self.setVisible(bool(text))
