"""The difference of two pictures, brightened: black where they agree (Compare's D key)."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap

BOOST_DOUBLINGS = 2  # differences x4: re-compression noise shows, not only edits
MAX_SIDE = 1600  # computed at screen size, not at 50 megapixels


def difference_pixmap(left: QPixmap, right: QPixmap) -> QPixmap:
    """|left - right| per channel at the right picture's size (capped), brightened."""
    size = right.size()
    if max(size.width(), size.height()) > MAX_SIDE:
        size = size.scaled(MAX_SIDE, MAX_SIDE, Qt.AspectRatioMode.KeepAspectRatio)
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.black)
    area = QRect(0, 0, size.width(), size.height())
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawPixmap(area, left)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Difference)
    painter.drawPixmap(area, right)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Plus)
    for _ in range(BOOST_DOUBLINGS):
        painter.drawImage(area, image.copy())
    painter.end()
    return QPixmap.fromImage(image)
