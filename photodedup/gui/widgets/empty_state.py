"""A friendly page that tells the user what to do next (no folders, ready, no duplicates)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QPushButton, QStyle, QVBoxLayout, QWidget

from photodedup.gui.resources import app_icon


class EmptyState(QWidget):
    """Big icon, title, explanation and one call-to-action button."""

    action_clicked = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.icon = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.title = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.title.setStyleSheet("font-size: 20pt; font-weight: 600;")
        self.body = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.body.setStyleSheet("font-size: 11pt; color: palette(placeholder-text);")
        self.body.setMaximumWidth(540)
        self.body.setMinimumWidth(280)
        self.body.setMinimumHeight(90)
        self.button = QPushButton()
        self.button.setMinimumHeight(40)
        self.button.setStyleSheet("font-size: 12pt; padding: 6px 24px;")
        self.button.clicked.connect(self.action_clicked)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.icon)
        layout.addSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(16)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

    def show_state(self, title: str, body: str, button: str | None, icon: QIcon | None) -> None:
        """Fill the page; ``button`` None hides the button."""
        shown = icon if icon is not None and not icon.isNull() else app_icon()
        if shown.isNull():
            shown = self.style().standardIcon(QStyle.StandardPixmap.SP_DirIcon)
        self.icon.setPixmap(shown.pixmap(96, 96))
        self.title.setText(title)
        self.body.setText(body)
        self.button.setVisible(button is not None)
        self.button.setText(button or "")
