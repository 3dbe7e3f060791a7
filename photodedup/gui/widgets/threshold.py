"""The similarity slider, labelled in human terms: Strict … Loose, with the number."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QSlider, QWidget

from photodedup.core.config import MAX_THRESHOLD

DEBOUNCE_MS = 120  # regroup once the slider rests, not on every pixel of a drag


class ThresholdSlider(QWidget):
    """Emits ``threshold_changed`` (debounced) when the user moves the slider."""

    threshold_changed = Signal(int)

    def __init__(self, value: int) -> None:
        super().__init__()
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, MAX_THRESHOLD)
        self.slider.setValue(value)
        self.slider.setPageStep(2)
        self.slider.setFixedWidth(160)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(4)
        self.slider.setToolTip(
            self.tr(
                "How different two photos may be and still be grouped (0 = identical; "
                "the distance combines the hashes and a thumbnail check)."
            )
        )
        self.slider.setAccessibleName(self.tr("Similarity threshold"))
        self.slider.setAccessibleDescription(self.tr("Left: stricter; right: looser"))
        self.value_label = QLabel()
        self.value_label.setMinimumWidth(24)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(lambda: self.threshold_changed.emit(self.slider.value()))
        self.slider.valueChanged.connect(self._moved)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        strict, loose = QLabel(self.tr("Strict")), QLabel(self.tr("Loose"))
        for hint in (strict, loose):
            hint.setStyleSheet("color: palette(placeholder-text);")
        layout.setSpacing(6)
        layout.addWidget(QLabel(self.tr("Similarity")))
        layout.addSpacing(4)
        layout.addWidget(strict)
        layout.addWidget(self.slider)
        layout.addWidget(loose)
        layout.addWidget(self.value_label)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self._moved(value, emit=False)

    def _moved(self, value: int, *, emit: bool = True) -> None:
        self.value_label.setText(f"<b>{value}</b>")
        self.value_label.setToolTip(
            self.tr("Photos up to distance {n} apart are grouped").format(n=value)
        )
        if emit:
            self._timer.start()

    def value(self) -> int:
        """The current threshold."""
        return self.slider.value()

    def set_value(self, value: int) -> None:
        """Move the slider without emitting a change."""
        self.slider.blockSignals(True)
        self.slider.setValue(value)
        self.slider.blockSignals(False)
        self._moved(value, emit=False)
