"""Scan / trash progress: stage, files done of total, rate, time left, Cancel.

The panel appears only if the work lasts longer than ``SHOW_DELAY_MS`` (no flicker for
quick regroups or small scans), like Anki's progress dialog.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from photodedup.core.progress import (
    STAGE_DISCOVER,
    STAGE_GROUP,
    STAGE_HASH,
    STAGE_RESTORE,
    STAGE_TRASH,
    Progress,
)
from photodedup.gui.formatting import duration

SHOW_DELAY_MS = 300
MIN_RATE_SECONDS = 1.0  # do not guess a rate before this much time has passed


class ProgressPanel(QWidget):
    """A slim bar shown above the results while background work runs."""

    cancel_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.stage_label = QLabel()
        self.stage_label.setMinimumWidth(180)
        self.bar = QProgressBar()
        self.bar.setTextVisible(True)
        self.detail_label = QLabel()
        self.detail_label.setMinimumWidth(260)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self._cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.stage_label)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.detail_label)
        layout.addWidget(self.cancel_button)
        self._show_timer = QTimer(self, singleShot=True, interval=SHOW_DELAY_MS)
        self._show_timer.timeout.connect(self.show)
        self._stage = ""
        self._stage_started = 0.0
        self.running = False
        self.hide()

    def stage_text(self, stage: str) -> str:
        """Human name of a stage."""
        names = {
            STAGE_DISCOVER: self.tr("Looking for photos…"),
            STAGE_HASH: self.tr("Reading photos…"),
            STAGE_GROUP: self.tr("Grouping look-alikes…"),
            STAGE_TRASH: self.tr("Moving to trash…"),
            STAGE_RESTORE: self.tr("Restoring from trash…"),
        }
        return names.get(stage, stage)

    def start(self) -> None:
        """Work started: show the panel after a short delay."""
        self.running = True
        self._stage = ""
        self.bar.setRange(0, 0)
        self.stage_label.setText(self.tr("Starting…"))
        self.detail_label.clear()
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Cancel"))
        self._show_timer.start()

    def finish(self) -> None:
        """Work ended: hide the panel."""
        self.running = False
        self._show_timer.stop()
        self.hide()

    def update_progress(self, event: Progress) -> None:
        """Show one progress event."""
        now = time.monotonic()
        if event.stage != self._stage:
            self._stage, self._stage_started = event.stage, now
            self.stage_label.setText(self.stage_text(event.stage))
        if event.total:
            self.bar.setRange(0, event.total)
            self.bar.setValue(min(event.done, event.total))
            self.bar.setFormat(
                self.tr("{done} of {total}").format(
                    done=f"{event.done:,}", total=f"{event.total:,}"
                )
            )
        else:
            self.bar.setRange(0, 0)
        self.detail_label.setText(self._rate_text(event, now - self._stage_started))
        self.detail_label.setToolTip(event.current)

    def _rate_text(self, event: Progress, elapsed: float) -> str:
        if elapsed < MIN_RATE_SECONDS or event.done <= 0:
            return self.tr("{done} files").format(done=f"{event.done:,}")
        rate = event.done / elapsed
        if not event.total:
            return self.tr("{done} files · {rate:.0f}/s").format(done=f"{event.done:,}", rate=rate)
        left = max(0, event.total - event.done) / rate
        return self.tr("{rate:.0f} files/s · about {left} left").format(
            rate=rate, left=duration(left)
        )

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.cancel_button.setText(self.tr("Stopping…"))
        self.cancel_requested.emit()
