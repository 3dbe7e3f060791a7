"""Colours of the review views, taken from the widget's palette (light and dark themes).

Only the three meaning colours (keep, trash, copy) are fixed hues; each is lightened on a
dark palette so text drawn in it stays readable.  Backgrounds and text always come from
the palette.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

KEEP_HUE = QColor("#2e9d57")
TRASH_HUE = QColor("#d0473d")
COPY_HUE = QColor("#9aa3ad")
EXACT_HUE = QColor("#2e7dd1")
SIMILAR_HUE = QColor("#8e6bbf")
SHOTS_HUE = QColor("#b07a1e")


def kind_hue(kind: str) -> QColor:
    """The colour of a group kind ("exact", "similar", "shots")."""
    return {"exact": EXACT_HUE, "shots": SHOTS_HUE}.get(kind, SIMILAR_HUE)


def kind_text(kind: str) -> str:
    """A group kind in words (translated, context "GroupKind")."""
    words = {
        "exact": QT_TRANSLATE_NOOP("GroupKind", "Identical copies"),
        "similar": QT_TRANSLATE_NOOP("GroupKind", "Look-alike copies"),
        "shots": QT_TRANSLATE_NOOP("GroupKind", "Similar shots"),
    }
    return QCoreApplication.translate("GroupKind", words.get(kind, words["similar"]))


def kind_badge_html(kind: str) -> str:
    """A small coloured label naming the group kind, for rich-text headers."""
    background = kind_hue(kind).darker(125).name()
    words = kind_text(kind).replace(" ", "&nbsp;")
    return (
        f"<span style='background:{background};color:white;font-weight:600;"
        f"white-space:nowrap;'>&nbsp;{words}&nbsp;</span>"
    )


def is_dark(palette: QPalette) -> bool:
    """True when the palette's base (text background) is dark."""
    return palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5


def blend(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0..1) of the way towards ``b``."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


def text_hue(hue: QColor, palette: QPalette) -> QColor:
    """A meaning colour usable as text on the palette's base (lighter on dark themes)."""
    return hue.lighter(160) if is_dark(palette) else hue.darker(115)


def outline_check_boxes(widget: QWidget) -> None:
    """Make check-box outlines visible on a dark base (Fusion draws them from the Window
    colour, which a dark theme makes as dark as the box itself)."""
    palette = widget.palette()
    if is_dark(palette):
        text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
        palette.setColor(QPalette.ColorRole.Window, blend(base, text, 0.75))
        widget.setPalette(palette)


def current_background(palette: QPalette) -> QColor:
    """Background of the current card: the base tinted with the highlight colour."""
    base = palette.color(QPalette.ColorRole.Base)
    return blend(base, palette.color(QPalette.ColorRole.Highlight), 0.18)


def faint_text(palette: QPalette) -> QColor:
    """Secondary text: half-way between the text and its background."""
    return blend(
        palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base), 0.4
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 .. 21)."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def dark_palette() -> QPalette:
    """A dark palette (tests, screenshots, and anyone whose desktop gives none)."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2d30",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1f22",
        QPalette.ColorRole.AlternateBase: "#303236",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#3a3c40",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3d7fd9",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#3a3c40",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.PlaceholderText: "#9a9da3",
        QPalette.ColorRole.Link: "#7fb2ff",
        QPalette.ColorRole.Mid: "#505357",
        QPalette.ColorRole.Dark: "#151618",
        QPalette.ColorRole.Light: "#4a4c50",
    }
    for role, color in roles.items():
        palette.setColor(role, QColor(color))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7d82"))
    return palette
