"""The selected group's photos side by side, as cards over the member model.

Card size: by default the cards grow to fill the width (up to ``MAX_SIDE``) and shrink to
fit the height (down to ``MIN_SIDE``); the user can fix a size instead (Ctrl+wheel,
View → Larger / Smaller Thumbnails; Ctrl+0 fits again).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QScrollArea, QWidget

from photodedup.gui.models.member_model import MemberModel
from photodedup.gui.thumbnails import ThumbnailLoader
from photodedup.gui.widgets.photo_card import CARD_PADDING, PhotoCard

CARD_SPACING = 16
MARGIN = 16
MIN_SIDE, MAX_SIDE, DEFAULT_SIDE = 180, 560, 220
SIDE_STEP = 40
CARD_CHROME = 290  # card height besides the thumbnail (badge, name, facts, button)
THUMB_BUCKETS = (256, 512, 1024)  # decoded sizes; a card shows the smallest one large enough


def thumb_bucket(side: int) -> int:
    """The decode size used for a card of ``side`` pixels."""
    return next((b for b in THUMB_BUCKETS if side <= b), THUMB_BUCKETS[-1])


class GroupView(QScrollArea):
    """Cards of every photo in the selected group, keeper first."""

    keep_requested = Signal(int)  # photo index
    compare_requested = Signal(int)  # photo index
    current_changed = Signal(int)  # photo index
    menu_requested = Signal(int, object)  # photo index, global QPoint
    side_changed = Signal(int)  # thumbnail side in pixels

    def __init__(self, model: MemberModel, thumbnails: ThumbnailLoader) -> None:
        super().__init__()
        self._model = model
        self._thumbnails = thumbnails
        self.cards: list[PhotoCard] = []
        self.current: int | None = None
        self.fixed_side: int | None = None  # None: fit the window
        self.side = DEFAULT_SIDE
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Photos of the selected group"))
        self._strip = QWidget()
        self._grid = QGridLayout(self._strip)
        self._grid.setContentsMargins(MARGIN, MARGIN, MARGIN, MARGIN)
        self._grid.setSpacing(CARD_SPACING)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._columns = 0
        self.setWidget(self._strip)
        model.modelReset.connect(self._rebuild)
        model.dataChanged.connect(self._refresh)
        thumbnails.ready.connect(self._thumbnail_ready)
        thumbnails.failed.connect(lambda path, _message: self._thumbnail_ready(path))

    # ------------------------------------------------------------------ cards
    def _rebuild(self) -> None:
        for card in self.cards:
            self._grid.removeWidget(card)
            card.deleteLater()
        self.side = self._wanted_side(self._model.rowCount())
        self.cards = [
            PhotoCard(self._model, row, self.side) for row in range(self._model.rowCount())
        ]
        self._columns = 0
        self._layout_cards()
        for card in self.cards:
            card.keep_button.clicked.connect(lambda _=False, c=card: self._keep(c.photo_index))
            card.clicked.connect(self._card_clicked)
            card.double_clicked.connect(self.compare_requested)
            card.menu_requested.connect(self.menu_requested)
            self._show_thumbnail(card)
        self.current = None
        if len(self.cards) > 1:
            self.set_current(self.cards[1].photo_index)

    def _wanted_side(self, count: int) -> int:
        """The thumbnail side: the user's, or one that fills the width and fits the height."""
        if self.fixed_side is not None:
            return self.fixed_side
        width = self.viewport().width() - 2 * MARGIN
        by_width = MIN_SIDE
        for columns in range(max(1, count), 0, -1):  # as many in a row as fit, then wider
            side = (width - (columns - 1) * CARD_SPACING) // columns - CARD_PADDING
            if side >= MIN_SIDE:
                by_width = side
                break
        by_height = (self.viewport().height() - 2 * MARGIN - CARD_CHROME) * 4 // 3
        return max(MIN_SIDE, min(MAX_SIDE, by_width, by_height))

    def _layout_cards(self) -> None:
        """Size the cards and wrap them into as many columns as the width allows."""
        side = self._wanted_side(len(self.cards))
        if side != self.side:
            self.side = side
            for card in self.cards:
                card.set_side(side)
                self._show_thumbnail(card)
            self._columns = 0
            self.side_changed.emit(side)
        card_width = side + CARD_PADDING + CARD_SPACING
        width = self.viewport().width() - 2 * MARGIN + CARD_SPACING
        columns = max(1, width // card_width)
        if columns == self._columns:
            return
        self._columns = columns
        for position, card in enumerate(self.cards):
            self._grid.removeWidget(card)
            row, column = divmod(position, columns)
            self._grid.addWidget(card, row, column, Qt.AlignmentFlag.AlignTop)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Re-size and re-wrap the cards."""
        super().resizeEvent(event)
        self._layout_cards()

    # ------------------------------------------------------------------ size
    def set_fixed_side(self, side: int | None) -> None:
        """Fix the thumbnail side (None: fit the window again)."""
        self.fixed_side = None if side is None else max(MIN_SIDE, min(MAX_SIDE, side))
        self._layout_cards()

    def zoom(self, steps: int) -> None:
        """Make the thumbnails ``steps`` sizes larger (negative: smaller)."""
        self.set_fixed_side(self.side + steps * SIDE_STEP)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        """The Menu key (or Shift+F10) opens the current card's menu."""
        card = self.card(self.current) if self.current is not None else None
        if card is None:
            super().contextMenuEvent(event)
            return
        self.menu_requested.emit(card.photo_index, card.mapToGlobal(card.rect().center()))
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        """Ctrl+wheel changes the thumbnail size; the wheel alone scrolls."""
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = round(event.angleDelta().y() / 120)
            if steps:
                self.zoom(steps)
            event.accept()
            return
        super().wheelEvent(event)

    # ------------------------------------------------------------------ state
    def _keep(self, photo_index: int) -> None:
        self.keep_requested.emit(photo_index)

    def _card_clicked(self, photo_index: int) -> None:
        self.setFocus()  # the review keys (←/→, Space, K, Enter) now act on the cards
        self.set_current(photo_index)

    def set_current(self, photo_index: int) -> None:
        """Make one card current (highlighted)."""
        self.current = photo_index
        for card in self.cards:
            card.set_current(card.photo_index == photo_index)
            if card.photo_index == photo_index:
                self.ensureWidgetVisible(card)
        self.current_changed.emit(photo_index)

    def card(self, photo_index: int) -> PhotoCard | None:
        """The card of a photo."""
        return next((c for c in self.cards if c.photo_index == photo_index), None)

    def _refresh(self, _top: QModelIndex | None = None, _bottom: QModelIndex | None = None) -> None:
        for card in self.cards:
            card.update_state()

    def _show_thumbnail(self, card: PhotoCard) -> None:
        """The card's picture, decoded for the screen's pixels (sharp at 200 % scaling)."""
        ratio = self.devicePixelRatioF()
        bucket = thumb_bucket(round(self.side * ratio))
        pixmap = self._thumbnails.pixmap(card.path, bucket)
        if pixmap is None:  # a smaller decode, while the right one is on its way
            pixmap = next(
                (p for b in THUMB_BUCKETS if (p := self._thumbnails.cached(card.path, b))), None
            )
        if pixmap is not None:
            size = card.thumb.size() * ratio
            mode = Qt.TransformationMode.SmoothTransformation
            scaled = pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, mode)
            scaled.setDevicePixelRatio(ratio)
            card.picture = scaled
            card.thumb.setPixmap(scaled)
        elif self._thumbnails.has_failed(card.path, bucket):
            card.thumb.setText(self.tr("Cannot show this image"))

    def _thumbnail_ready(self, path: str) -> None:
        for card in self.cards:
            if card.path == path:
                self._show_thumbnail(card)
