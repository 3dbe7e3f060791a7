"""One photo of the selected group as a card: badge, actions, thumbnail, name and facts.

The keeper has a green border, a KEEP badge and the reason; other cards have a "Keep this
one" button and a "Move to trash" check box, placed above the thumbnail so they stay
visible in a short window.  Every colour comes from the palette (see :mod:`gui.colors`).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from photodedup.gui import colors
from photodedup.gui.core_text import core_text
from photodedup.gui.formatting import display_full_path, file_name
from photodedup.gui.models.member_model import (
    FailureReasonRole,
    FailureRole,
    FollowersRole,
    IsKeeperRole,
    MarkableRole,
    MemberModel,
    PathRole,
    PhotoIndexRole,
    ProtectedRole,
    ShortTextRole,
    column_title,
)

FACT_COLUMNS = (1, 2, 3, 4, 5, 6, 7)  # resolution .. distance
FOLDER_COLUMN = 6
CARD_PADDING = 28  # card width = thumbnail side + padding


class Badge(QWidget):
    """A small rounded, coloured tag: KEEP, COPY, TRASH."""

    def __init__(self) -> None:
        super().__init__()
        self._text, self._color = "", colors.COPY_HUE
        font = self.font()
        font.setBold(True)
        self.setFont(font)

    def set_badge(self, text: str, color: QColor) -> None:
        """Change text and colour."""
        self._text, self._color = text, color
        self.setAccessibleName(text)
        width = self.fontMetrics().horizontalAdvance(text) + 20
        self.setFixedSize(width, self.fontMetrics().height() + 6)
        self.update()

    def text(self) -> str:
        """The badge text."""
        return self._text

    def paintEvent(self, _event: object) -> None:  # noqa: N802 - Qt override
        """Rounded coloured rectangle with white text (the hue is darkened for contrast)."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._color.darker(125))
        painter.drawRoundedRect(QRectF(self.rect()), 8, 8)
        painter.setPen(QColor("white"))
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._text)


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with "…" in the middle; full text as tooltip.
    Where a ``shorter`` text is given (a resolution without its megapixels), it is shown
    instead of eliding the full one."""

    def __init__(self, text: str = "", tooltip: str = "", shorter: str = "") -> None:
        super().__init__()
        self._full = self._shorter = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.set_full_text(text, tooltip, shorter)

    def set_full_text(self, text: str, tooltip: str = "", shorter: str = "") -> None:
        """Show ``text`` (else ``shorter``, elided to the width); ``tooltip`` defaults to
        the text."""
        self._full, self._shorter = text, shorter
        self.setToolTip(tooltip or text)
        self.setAccessibleName(text)
        self._elide()

    def full_text(self) -> str:
        """The text before eliding."""
        return self._full

    def _elide(self) -> None:
        width = max(10, self.width())
        metrics = self.fontMetrics()
        fits = metrics.horizontalAdvance(self._full) <= width
        text = self._full if fits or not self._shorter else self._shorter
        self.setText(metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, width))

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        """Re-elide at the new width."""
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._elide()


class PhotoCard(QWidget):
    """One photo of the group."""

    clicked = Signal(int)
    double_clicked = Signal(int)
    menu_requested = Signal(int, object)  # photo index, global QPoint

    def __init__(self, model: MemberModel, row: int, side: int) -> None:
        super().__init__()
        self._role_color, self._current = colors.COPY_HUE, False
        self.photo_index = int(model.index(row, 0).data(PhotoIndexRole))
        self.path = str(model.index(row, 0).data(PathRole))
        self._model = model
        self._row = row
        self.thumb = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.thumb.setText(self.tr("Loading…"))
        self.thumb.setAccessibleName(self.tr("Picture"))
        self.picture = QPixmap()  # what the thumbnail shows, at the screen's pixel ratio
        self.mark_box = QCheckBox(self.tr("Move to trash"))
        self.keep_button = QPushButton(self.tr("Keep this one"))
        self.name = ElidedLabel(self._text(0), display_full_path(self.path))
        self._build()
        self.set_side(side)
        self.update_state()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        self.badge = Badge()
        header = QHBoxLayout()
        header.addWidget(self.badge)
        header.addStretch(1)
        header.addWidget(self.keep_button)
        layout.addLayout(header)
        layout.addWidget(self.mark_box)
        layout.addWidget(self.thumb, alignment=Qt.AlignmentFlag.AlignHCenter)
        bold = self.name.font()
        bold.setBold(True)
        self.name.setFont(bold)
        layout.addWidget(self.name)
        self.followers = self._tinted(colors.faint_text(self.palette()))
        self._show_followers()
        layout.addWidget(self.followers)
        palette = self.palette()
        self.reason = self._tinted(colors.text_hue(colors.KEEP_HUE, palette))
        self.failure = self._tinted(colors.text_hue(colors.TRASH_HUE, palette))
        layout.addWidget(self.reason)
        layout.addLayout(self._facts())
        layout.addWidget(self.failure)
        layout.addStretch(1)
        self.mark_box.toggled.connect(self._toggled)
        colors.outline_check_boxes(self.mark_box)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.name.full_text())
        self.setToolTip(display_full_path(self.path))

    @staticmethod
    def _tinted(color: QColor) -> QLabel:
        label = QLabel(wordWrap=True)
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, color)
        label.setPalette(palette)
        return label

    def _show_followers(self) -> None:
        """The line "RAW+JPEG shot, also: IMG_0042.JPG" (Live Photo, sidecars) under the name:
        those files go to the trash with this photo; the tooltip lists them in full."""
        files = sorted(self._value(FollowersRole) or (), key=lambda f: f[1] == "sidecar")
        self.followers.setVisible(bool(files))
        if not files:
            return
        roles = {role for _, role in files}
        names = ", ".join(file_name(path) for path, _ in files)
        if "shot" in roles:
            text = self.tr("RAW+JPEG shot, also: {names}")
        elif "live_photo" in roles:
            text = self.tr("Live Photo, also: {names}")
        else:
            text = self.tr("With: {names}")
        self.followers.setText(text.format(names=names))
        tip = self.tr(
            "Moved to the trash with this photo and restored with it by Undo (a sidecar "
            "that also describes a file that stays, stays):"
        )
        self.followers.setToolTip("\n".join([tip, *map(display_full_path, (p for p, _ in files))]))

    def _facts(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        faint = colors.faint_text(self.palette())
        for line, column in enumerate(FACT_COLUMNS):
            label = self._tinted(faint)
            label.setText(column_title(column))
            label.setWordWrap(False)
            tip = display_full_path(self.path) if column == FOLDER_COLUMN else ""
            value = ElidedLabel(self._text(column), tip, self._short_text(column))
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(label, line, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, line, 1)
        grid.setColumnStretch(1, 1)
        return grid

    def set_side(self, side: int) -> None:
        """Show the thumbnail ``side`` pixels wide (the card follows)."""
        self.thumb.setFixedSize(QSize(side, side * 3 // 4))
        self.setFixedWidth(side + CARD_PADDING)

    def _text(self, column: int) -> str:
        return str(self._model.index(self._row, column).data())

    def _short_text(self, column: int) -> str:
        return str(self._model.index(self._row, column).data(ShortTextRole))

    def _value(self, role: int) -> object:
        return self._model.index(self._row, 0).data(role)

    def update_state(self) -> None:
        """Refresh badge, border, check box and failure text from the model."""
        keeper = bool(self._value(IsKeeperRole))
        checked = self._value(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        protected = bool(self._value(ProtectedRole))
        group = self._model.group
        if keeper:
            self._role_color = colors.KEEP_HUE
            self.badge.set_badge(self.tr("KEEP"), colors.KEEP_HUE)
        elif checked:
            self._role_color = colors.TRASH_HUE
            self.badge.set_badge(self.tr("TRASH"), colors.TRASH_HUE)
        else:
            self._role_color = colors.COPY_HUE
            shot = group is not None and not group.kind.copies  # another photo of the scene
            self.badge.set_badge(self.tr("SHOT") if shot else self.tr("COPY"), colors.COPY_HUE)
        self.reason.setVisible(keeper or protected)
        if keeper and group is not None:
            reason = core_text(group.reason)
            self.reason.setText(self.tr("Suggested keeper: {reason}").format(reason=reason))
        elif protected:
            self.reason.setText(self.tr("In a reference folder: never trashed"))
        failure = str(self._value(FailureRole) or "")
        self.failure.setVisible(bool(failure))
        self.failure.setText(self.tr("Not moved to the trash. {reason}").format(reason=failure))
        self.failure.setToolTip(str(self._value(FailureReasonRole) or ""))  # the core's words
        self.mark_box.blockSignals(True)
        self.mark_box.setChecked(checked)
        self.mark_box.blockSignals(False)
        self.mark_box.setEnabled(bool(self._value(MarkableRole)) or checked)
        self.mark_box.setVisible(not keeper)
        self.keep_button.setVisible(not keeper)
        self.setAccessibleDescription(f"{self.badge.text()} · {self.reason.text()}")
        self.update()

    def set_current(self, current: bool) -> None:
        """Highlight the card the keyboard and the compare view act on."""
        self._current = current
        self.update()

    def background(self) -> QColor:
        """The card's fill colour (the palette's base, tinted when current)."""
        palette = self.palette()
        if self._current:
            return colors.current_background(palette)
        return palette.color(QPalette.ColorRole.Base)

    def paintEvent(self, _event: object) -> None:  # noqa: N802 - Qt override
        """Rounded card; the border colour says keep / copy / trash."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        plain = self._role_color == colors.COPY_HUE
        width = 2.0 if plain else 3.0
        border = (
            self.palette().color(QPalette.ColorRole.Highlight)
            if plain and self._current
            else self._role_color
        )
        painter.setPen(QPen(border, width))
        painter.setBrush(self.background())
        inset = width / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), 10, 10)

    def _toggled(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self._model.setData(self._model.index(self._row, 0), state, Qt.ItemDataRole.CheckStateRole)
        self.update_state()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        """Clicking a card makes it the current one."""
        self.clicked.emit(self.photo_index)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        """Double-clicking opens the compare view."""
        self.double_clicked.emit(self.photo_index)
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        """Right-click: the photo's context menu (built by the window)."""
        self.clicked.emit(self.photo_index)
        self.menu_requested.emit(self.photo_index, event.globalPos())
        event.accept()
