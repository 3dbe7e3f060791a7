"""The selected group's photos side by side, as cards over the member model.

Each card shows the thumbnail and the facts of one photo.  The keeper has a green border,
a "Keep" badge and the reason; other cards have a "Move to trash" check box and a
"Keep this one" button.  Photos under a reference folder say so and cannot be marked.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from photodedup.gui.models.member_model import (
    FailureRole,
    IsKeeperRole,
    MarkableRole,
    MemberModel,
    PathRole,
    PhotoIndexRole,
    ProtectedRole,
    column_title,
)
from photodedup.gui.thumbnails import ThumbnailLoader

CARD_THUMB = 220
CARD_SPACING = 16
FACT_COLUMNS = (1, 2, 3, 4, 5, 6, 7)  # resolution .. distance

KEEP_COLOR = QColor("#2e9d57")
TRASH_COLOR = QColor("#d0473d")
COPY_COLOR = QColor("#9aa3ad")
CURRENT_BACKGROUND = QColor("#eaf2ff")
REASON_COLOR = QColor("#2e7d4f")


def _tint(label: QLabel, color: QColor) -> QLabel:
    """Colour a label's text through its palette (no style sheet: cheap to create)."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, color)
    label.setPalette(palette)
    return label


class Badge(QWidget):
    """A small rounded, coloured tag: KEEP, COPY, TRASH."""

    def __init__(self) -> None:
        super().__init__()
        self._text, self._color = "", COPY_COLOR
        font = self.font()
        font.setBold(True)
        self.setFont(font)

    def set_badge(self, text: str, color: QColor) -> None:
        """Change text and colour."""
        self._text, self._color = text, color
        width = self.fontMetrics().horizontalAdvance(text) + 20
        self.setFixedSize(width, self.fontMetrics().height() + 6)
        self.update()

    def text(self) -> str:
        """The badge text."""
        return self._text

    def paintEvent(self, _event: object) -> None:  # noqa: N802 - Qt override
        """Rounded coloured rectangle with white text."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._color)
        painter.drawRoundedRect(QRectF(self.rect()), 8, 8)
        painter.setPen(QColor("white"))
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._text)


class PhotoCard(QWidget):
    """One photo of the group."""

    clicked = Signal(int)
    double_clicked = Signal(int)

    def __init__(self, model: MemberModel, row: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._role_color, self._current = COPY_COLOR, False
        self.photo_index = int(model.index(row, 0).data(PhotoIndexRole))
        self.path = str(model.index(row, 0).data(PathRole))
        self._model = model
        self._row = row
        self.thumb = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.thumb.setFixedSize(QSize(CARD_THUMB, CARD_THUMB * 3 // 4))
        self.thumb.setText(self.tr("Loading…"))
        self.mark_box = QCheckBox(self.tr("Move to trash"))
        self.keep_button = QPushButton(self.tr("Keep this one"))
        self._build()
        self.update_state()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        self.badge = Badge()
        name = QLabel(self._text(0), textFormat=Qt.TextFormat.PlainText, wordWrap=True)
        bold = name.font()
        bold.setBold(True)
        name.setFont(bold)
        header = QHBoxLayout()
        header.addWidget(self.badge)
        header.addStretch(1)
        layout.addLayout(header)
        layout.addWidget(self.thumb, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(name)
        self.reason = _tint(QLabel(wordWrap=True), REASON_COLOR)
        self.failure = _tint(QLabel(wordWrap=True), TRASH_COLOR)
        layout.addWidget(self.reason)
        layout.addLayout(self._facts())
        layout.addWidget(self.failure)
        layout.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.mark_box)
        actions.addStretch(1)
        actions.addWidget(self.keep_button)
        layout.addLayout(actions)
        self.mark_box.toggled.connect(self._toggled)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.setFixedWidth(CARD_THUMB + 28)

    def _facts(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        faint = self.palette().color(QPalette.ColorRole.PlaceholderText)
        for line, column in enumerate(FACT_COLUMNS):
            label = _tint(QLabel(column_title(column)), faint)
            value = QLabel(self._text(column), wordWrap=True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(label, line, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, line, 1)
        grid.setColumnStretch(1, 1)
        return grid

    def _text(self, column: int) -> str:
        return str(self._model.index(self._row, column).data())

    def _value(self, role: int) -> object:
        return self._model.index(self._row, 0).data(role)

    def update_state(self) -> None:
        """Refresh badge, border, check box and failure text from the model."""
        keeper = bool(self._value(IsKeeperRole))
        checked = self._value(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        protected = bool(self._value(ProtectedRole))
        group = self._model.group
        if keeper:
            self._role_color = KEEP_COLOR
            self.badge.set_badge(self.tr("KEEP"), KEEP_COLOR)
        elif checked:
            self._role_color = TRASH_COLOR
            self.badge.set_badge(self.tr("TRASH"), TRASH_COLOR)
        else:
            self._role_color = COPY_COLOR
            self.badge.set_badge(self.tr("COPY"), COPY_COLOR)
        self.reason.setVisible(keeper or protected)
        if keeper and group is not None:
            self.reason.setText(self.tr("Suggested keeper: {reason}").format(reason=group.reason))
        elif protected:
            self.reason.setText(self.tr("In a reference folder: never trashed"))
        failure = str(self._value(FailureRole) or "")
        self.failure.setVisible(bool(failure))
        self.failure.setText(self.tr("Not trashed: {reason}").format(reason=failure))
        self.mark_box.blockSignals(True)
        self.mark_box.setChecked(checked)
        self.mark_box.blockSignals(False)
        self.mark_box.setEnabled(bool(self._value(MarkableRole)) or checked)
        self.mark_box.setVisible(not keeper)
        self.keep_button.setVisible(not keeper)
        self.update()

    def set_current(self, current: bool) -> None:
        """Highlight the card the keyboard and the compare view act on."""
        self._current = current
        self.update()

    def paintEvent(self, _event: object) -> None:  # noqa: N802 - Qt override
        """Rounded card; the border colour says keep / copy / trash."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        plain = self._role_color == COPY_COLOR
        width = 2.0 if plain else 3.0
        painter.setPen(QPen(self._role_color, width))
        base = self.palette().color(QPalette.ColorRole.Base)
        painter.setBrush(CURRENT_BACKGROUND if self._current else base)
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


class GroupView(QScrollArea):
    """Cards of every photo in the selected group, keeper first."""

    keep_requested = Signal(int)  # photo index
    compare_requested = Signal(int)  # photo index
    current_changed = Signal(int)  # photo index

    def __init__(self, model: MemberModel, thumbnails: ThumbnailLoader) -> None:
        super().__init__()
        self._model = model
        self._thumbnails = thumbnails
        self.cards: list[PhotoCard] = []
        self.current: int | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._strip = QWidget()
        self._grid = QGridLayout(self._strip)
        self._grid.setContentsMargins(16, 16, 16, 16)
        self._grid.setSpacing(CARD_SPACING)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._columns = 0
        self.setWidget(self._strip)
        model.modelReset.connect(self._rebuild)
        model.dataChanged.connect(self._refresh)
        thumbnails.ready.connect(self._thumbnail_ready)
        thumbnails.failed.connect(lambda path, _message: self._thumbnail_ready(path))

    def _rebuild(self) -> None:
        for card in self.cards:
            self._grid.removeWidget(card)
            card.deleteLater()
        self.cards = [PhotoCard(self._model, row) for row in range(self._model.rowCount())]
        self._columns = 0
        self._layout_cards()
        for card in self.cards:
            card.keep_button.clicked.connect(lambda _=False, c=card: self._keep(c.photo_index))
            card.clicked.connect(self.set_current)
            card.double_clicked.connect(self.compare_requested)
            self._show_thumbnail(card)
        self.current = None
        if len(self.cards) > 1:
            self.set_current(self.cards[1].photo_index)

    def _layout_cards(self) -> None:
        """Wrap the cards into as many columns as the width allows."""
        card_width = CARD_THUMB + 28 + CARD_SPACING
        columns = max(1, (self.viewport().width() - 32 + CARD_SPACING) // card_width)
        if columns == self._columns:
            return
        self._columns = columns
        for position, card in enumerate(self.cards):
            self._grid.removeWidget(card)
            row, column = divmod(position, columns)
            self._grid.addWidget(card, row, column, Qt.AlignmentFlag.AlignTop)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Re-wrap the cards."""
        super().resizeEvent(event)
        self._layout_cards()

    def _keep(self, photo_index: int) -> None:
        self.keep_requested.emit(photo_index)

    def set_current(self, photo_index: int) -> None:
        """Make one card current (highlighted)."""
        self.current = photo_index
        for card in self.cards:
            card.set_current(card.photo_index == photo_index)
            if card.photo_index == photo_index:
                self.ensureWidgetVisible(card)
        self.current_changed.emit(photo_index)

    def _refresh(self, _top: QModelIndex | None = None, _bottom: QModelIndex | None = None) -> None:
        for card in self.cards:
            card.update_state()

    def _show_thumbnail(self, card: PhotoCard) -> None:
        pixmap = self._thumbnails.pixmap(card.path, CARD_THUMB)
        if pixmap is not None:
            size = card.thumb.size()
            mode = Qt.TransformationMode.SmoothTransformation
            card.thumb.setPixmap(pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, mode))
        elif self._thumbnails.has_failed(card.path, CARD_THUMB):
            card.thumb.setText(self.tr("Cannot show this image"))

    def _thumbnail_ready(self, path: str) -> None:
        for card in self.cards:
            if card.path == path:
                self._show_thumbnail(card)
