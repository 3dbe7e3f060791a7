"""Help → Keyboard Shortcuts: every key of the window, read from the actions themselves."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from photodedup.gui.about import PROJECT_URL

GUIDE_URL = f"{PROJECT_URL}/blob/main/docs/gui.md"

# Keys handled by widgets rather than actions.
OTHER_KEYS = (
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Cards"),
        (
            ("Ctrl+Wheel", QT_TRANSLATE_NOOP("Shortcuts", "Larger / smaller thumbnails")),
            ("Menu, Shift+F10", QT_TRANSLATE_NOOP("Shortcuts", "The current photo's menu")),
            ("Tab", QT_TRANSLATE_NOOP("Shortcuts", "Between folders, groups, cards and slider")),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Compare"),
        (
            ("← →", QT_TRANSLATE_NOOP("Shortcuts", "The other photos of the group, on the right")),
            ("N, PgDown", QT_TRANSLATE_NOOP("Shortcuts", "Next group")),
            ("P, PgUp", QT_TRANSLATE_NOOP("Shortcuts", "Previous group")),
            ("S", QT_TRANSLATE_NOOP("Shortcuts", "Swap the two sides")),
            ("F", QT_TRANSLATE_NOOP("Shortcuts", "Fit to the panes")),
            ("1", QT_TRANSLATE_NOOP("Shortcuts", "Actual size (100 %)")),
            ("D", QT_TRANSLATE_NOOP("Shortcuts", "Difference view: where the two differ")),
            ("B", QT_TRANSLATE_NOOP("Shortcuts", "Blink between the two photos")),
            ("Wheel", QT_TRANSLATE_NOOP("Shortcuts", "Zoom both photos")),
            ("K", QT_TRANSLATE_NOOP("Shortcuts", "Keep the right photo")),
            ("M, Space", QT_TRANSLATE_NOOP("Shortcuts", "Mark / unmark the right photo")),
            ("Esc", QT_TRANSLATE_NOOP("Shortcuts", "Back to the cards")),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Shortcuts", "Similarity slider"),
        (
            ("← →", QT_TRANSLATE_NOOP("Shortcuts", "One step stricter / looser")),
            ("PgUp PgDown", QT_TRANSLATE_NOOP("Shortcuts", "Two steps")),
        ),
    ),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Shortcuts", text)


def action_rows(actions: list[QAction]) -> list[tuple[str, str]]:
    """(keys, what) of every action with a shortcut, in menu order, without duplicates."""
    rows, seen = [], set()
    for action in actions:
        keys = ", ".join(
            k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
        )
        text = action.text().replace("&", "").rstrip("…")
        if keys and (keys, text) not in seen:
            seen.add((keys, text))
            rows.append((keys, text))
    return rows


def shortcuts_html(actions: list[QAction]) -> str:
    """The whole list as an HTML table per section."""

    def table(title: str, rows: list[tuple[str, str]]) -> str:
        cells = "".join(
            f"<tr><td><b>{html.escape(k)}</b>&nbsp;&nbsp;</td><td>{html.escape(t)}</td></tr>"
            for k, t in rows
        )
        return f"<h3>{html.escape(title)}</h3><table cellpadding='2'>{cells}</table>"

    parts = [table(_tr("Main window"), action_rows(actions))]
    for title, rows in OTHER_KEYS:
        parts.append(table(_tr(title), [(k, _tr(t)) for k, t in rows]))
    return "".join(parts)


class ShortcutsDialog(QDialog):
    """A scrollable list of every key."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.browser = QTextBrowser()
        self.browser.setHtml(shortcuts_html(actions))
        self.browser.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.browser.setMinimumSize(460, 420)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)


def menu_actions(window: QWidget) -> list[QAction]:
    """Every action reachable from the window's menus, in menu order."""
    found: list[QAction] = []

    def walk(actions: list[QAction]) -> None:
        for action in actions:
            if action.menu() is not None:
                walk(action.menu().actions())
            elif not action.isSeparator():
                found.append(action)

    walk(window.menuBar().actions())  # type: ignore[attr-defined]
    return found


def open_user_guide() -> bool:
    """F1: the user guide (docs/gui.md) in the browser."""
    return QDesktopServices.openUrl(QUrl(GUIDE_URL))
