"""Reopen the last review at start: rescan the same folders (cached: fast), re-apply marks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStatusBar

from photodedup.core.types import ScanResult
from photodedup.gui import session
from photodedup.gui.controller import ScanController
from photodedup.gui.status import STATUS_MS


class LastReview:
    """Saves the decisions at exit and brings them back after the next start's rescan."""

    def __init__(self, controller: ScanController, status: QStatusBar) -> None:
        self.controller = controller
        self._status = status
        self._pending: session.Session | None = None

    def save(self) -> None:
        """At exit: keep the decisions of the results shown (nothing shown: keep the last)."""
        c = self.controller
        if c.has_result and not c.review.result.cancelled:
            session.save(session.Session.of(c.review))

    def reopen(self) -> bool:
        """At start: when a review was left, rescan its folders and re-apply it."""
        c = self.controller
        last = session.load()
        if last is None or not c.folders or c.has_result:
            return False
        self._pending = last
        c.scan_finished.connect(self._scanned)
        self._status.showMessage(
            QCoreApplication.translate("LastReview", "Reopening the last review…")
        )
        if not c.start_scan():
            c.scan_finished.disconnect(self._scanned)
            self._pending = None
            self._status.clearMessage()
            return False
        return True

    def _scanned(self, result: ScanResult) -> None:
        c = self.controller
        c.scan_finished.disconnect(self._scanned)
        last, self._pending = self._pending, None
        if last is None or result.cancelled:
            return
        restored, dropped = last.apply(c.review)
        c.result_changed.emit()
        text = QCoreApplication.translate(
            "LastReview", "Reopened the last review: %n decision(s) restored", None, restored
        )
        if dropped:
            text += QCoreApplication.translate(
                "LastReview", "; %n dropped because the file changed or vanished", None, dropped
            )
        self._status.showMessage(text, STATUS_MS)
