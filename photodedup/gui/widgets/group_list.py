"""The group list: a uniform-row QListView with a delegate drawing thumbnail and two lines."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from photodedup.gui import colors
from photodedup.gui.models.cluster_model import (
    THUMB_SIDE,
    KindRole,
    MarkedCountRole,
    SubtitleRole,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("GroupList", text)


ROW_HEIGHT = THUMB_SIDE + 20


class GroupDelegate(QStyledItemDelegate):
    """Thumbnail, keeper name, "3 photos · similar · 2.1 MB in copies", marked count."""

    def sizeHint(  # noqa: N802 - Qt override
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Fixed-height rows."""
        return QSize(option.rect.width(), ROW_HEIGHT)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Draw one group row."""
        painter.save()
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
            )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        rect = option.rect.adjusted(8, 8, -8, -8)
        thumb_rect = QRect(rect.left(), rect.top(), THUMB_SIDE, THUMB_SIDE)
        painter.fillRect(thumb_rect, option.palette.color(QPalette.ColorRole.AlternateBase))
        pixmap = index.data(Qt.ItemDataRole.DecorationRole)
        if pixmap is not None:
            scaled = pixmap.scaled(thumb_rect.size(), Qt.AspectRatioMode.KeepAspectRatio)
            x = thumb_rect.left() + (THUMB_SIDE - scaled.width()) // 2
            y = thumb_rect.top() + (THUMB_SIDE - scaled.height()) // 2
            painter.drawPixmap(x, y, scaled)
        text_left = thumb_rect.right() + 12
        text_rect = QRect(text_left, rect.top() + 4, rect.right() - text_left, rect.height())
        self._draw_texts(painter, option, index, text_rect, role)
        painter.restore()

    def _draw_texts(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
        rect: QRect,
        role: QPalette.ColorRole,
    ) -> None:
        font = painter.font()
        bold = painter.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(option.palette.color(role))
        metrics = painter.fontMetrics()
        title = metrics.elidedText(str(index.data()), Qt.TextElideMode.ElideMiddle, rect.width())
        painter.drawText(rect.left(), rect.top() + metrics.ascent(), title)
        painter.setFont(font)
        line2 = rect.top() + metrics.height() + painter.fontMetrics().ascent() + 2
        subtitle = str(index.data(SubtitleRole) or "")
        painter.drawText(
            rect.left(),
            line2,
            painter.fontMetrics().elidedText(subtitle, Qt.TextElideMode.ElideRight, rect.width()),
        )
        text, hue = self.chip(index)
        color = colors.text_hue(hue, option.palette)
        if option.state & QStyle.StateFlag.State_Selected:
            color = option.palette.color(role)
        painter.setPen(color)
        line3 = line2 + painter.fontMetrics().height() + 2
        painter.drawText(
            rect.left(),
            line3,
            painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, rect.width()),
        )

    @staticmethod
    def chip(index: QModelIndex | QPersistentModelIndex) -> tuple[str, QColor]:
        """The third line: the group kind, or how many photos are marked."""
        marked = int(index.data(MarkedCountRole) or 0)
        kind = str(index.data(KindRole) or "similar")
        if marked:
            text = QCoreApplication.translate("GroupList", "● %n marked for trash", None, marked)
            return (text, colors.TRASH_HUE)
        return ("● " + colors.kind_text(kind), colors.kind_hue(kind))


class GroupList(QListView):
    """Fast list of groups (uniform rows, batches fetched on scroll)."""

    def __init__(self) -> None:
        super().__init__()
        self.setItemDelegate(GroupDelegate(self))
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.setMinimumWidth(200)
        self.setAccessibleName(_tr("Duplicate groups"))
