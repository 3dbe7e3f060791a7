"""Placeholder GUI entry point (replaced by the real application window)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Start the desktop application."""
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication(sys.argv[:1] + list(argv or []))
    label = QLabel("photodedup")
    label.show()
    return app.exec()
