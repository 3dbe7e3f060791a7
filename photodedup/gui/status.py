"""The status bar: messages on the left; groups, marks and problems on the right."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QPushButton, QStatusBar, QWidget

from photodedup.gui.formatting import human_bytes

if TYPE_CHECKING:
    from photodedup.gui.controller import ScanController

STATUS_MS = 8000  # how long a status-bar message stays


class StatusBar(QStatusBar):
    """Counts of photos, groups and marked files, and a Problems button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts = QLabel()
        self.problems_button = QPushButton()
        self.problems_button.setFlat(True)
        self.problems_button.setCheckable(True)
        self.problems_button.hide()
        self.addPermanentWidget(self.counts)
        self.addPermanentWidget(self.problems_button)

    def update_counts(self, controller: ScanController) -> None:
        """Show photos scanned, groups, marked files and their size."""
        review = controller.review
        if not controller.has_result:
            count = len(controller.folders)
            text = (
                self.tr("%n folder(s) to scan", None, count) if count else self.tr("No folders yet")
            )
            self.counts.setText(text)
            return
        photos = len(review.result.photos) - len(review.gone)  # trashed ones are gone
        text = self.tr("{photos} · {groups}").format(
            photos=self.tr("%n photo(s)", None, photos),
            groups=self.tr("%n group(s)", None, len(review.groups)),
        )
        if review.marked:
            text += self.tr(" · {marked} ({size})").format(
                marked=self.tr("%n marked", None, len(review.marked)),
                size=human_bytes(review.marked_bytes()),
            )
        self.counts.setText(text)

    def set_problem_count(self, count: int) -> None:
        """Show '⚠ 3 problems' (hidden when there are none)."""
        self.problems_button.setVisible(count > 0)
        self.problems_button.setText(self.tr("⚠ %n problem(s)", None, count))
