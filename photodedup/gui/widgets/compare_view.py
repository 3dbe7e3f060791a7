"""Two photos side by side with synchronized zoom and pan.

Both images are scaled to the same scene width, so the same region of the photo shows in
both panes even when their resolutions differ; "100 %" shows the larger one pixel for
pixel.  Keys: N / P next / previous group, ← / → other photo, S swap, K keep the right
photo, Space / M toggle its trash mark, F fit, 1 actual size, D difference view (the right
pane shows where the two differ), B blink (the right pane alternates between the two),
Esc back to the cards.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QContextMenuEvent, QPainter, QPixmap, QWheelEvent
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from photodedup.core.types import display_path
from photodedup.gui.formatting import file_name, folder_name, human_bytes, resolution
from photodedup.gui.thumbnails import FULL_SIZE, ThumbnailLoader
from photodedup.gui.widgets.difference import difference_pixmap

ZOOM_STEP = 1.25
BLINK_MS = 600
PREVIEW_SIDES = (512, 256)  # card thumbnails, shown at once while the full image decodes


class ImagePane(QGraphicsView):
    """One zoomable, pannable image; wheel zoom is forwarded to keep both panes in sync."""

    zoom_requested = Signal(float)
    menu_requested = Signal(object)  # global QPoint

    def __init__(self) -> None:
        super().__init__()
        self.setScene(QGraphicsScene(self))
        self.item = QGraphicsPixmapItem()
        self.item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self.item)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setBackgroundBrush(Qt.GlobalColor.darkGray)
        # A click or drag must not take the keyboard from the compare page: ←/→ switch
        # photos there, they do not scroll the picture.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def show_pixmap(self, pixmap: QPixmap | None, scene_width: float, aspect: float) -> None:
        """Show ``pixmap`` stretched to ``scene_width`` (None: keep the area empty)."""
        height = scene_width * aspect
        if pixmap is None:
            self.item.setPixmap(QPixmap())
        else:
            self.item.setPixmap(pixmap)
            self.item.setScale(scene_width / max(1, pixmap.width()))
        self.scene().setSceneRect(QRectF(0, 0, scene_width, height))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        """Right-click: the menu of the photo shown in this pane."""
        self.menu_requested.emit(event.globalPos())
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        """Wheel zooms (both panes) instead of scrolling."""
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_requested.emit(ZOOM_STEP**steps)
        event.accept()


class CompareView(QWidget):
    """The compare page: captions, two synchronized panes and a toolbar."""

    back_requested = Signal()
    next_group = Signal()
    previous_group = Signal()
    keep_requested = Signal(int)  # photo index
    mark_toggled = Signal(int)  # photo index
    menu_requested = Signal(int, object)  # photo index, global QPoint

    def __init__(self, thumbnails: ThumbnailLoader) -> None:
        super().__init__()
        self._thumbnails = thumbnails
        self.photos: list[int] = []  # the group's photo indices, keeper first
        self.left = self.right = -1
        self._describe = lambda _i: ("", "", 0, 0)
        self._scene_width = 1000.0
        self._fit = True
        self.mode = ""  # "", "difference" (right pane: |left - right|) or "blink"
        self._blink_left = False  # blinking: the right pane shows the left photo now
        self._blink = QTimer(self, interval=BLINK_MS)
        self._blink.timeout.connect(self._blink_tick)
        self.panes = (ImagePane(), ImagePane())
        self.panes[0].setAccessibleName(self.tr("Left photo"))
        self.panes[1].setAccessibleName(self.tr("Right photo"))
        self.captions = (QLabel(wordWrap=True), QLabel(wordWrap=True))
        for pane in self.panes:
            pane.zoom_requested.connect(self.zoom_by)
        self.panes[0].menu_requested.connect(lambda where: self._pane_menu(self.left, where))
        self.panes[1].menu_requested.connect(lambda where: self._pane_menu(self.right, where))
        self._link_scrollbars()
        thumbnails.ready.connect(self._image_ready)
        self._build()

    def _build(self) -> None:
        grid = QGridLayout()
        for column, (caption, pane) in enumerate(zip(self.captions, self.panes, strict=True)):
            caption.setTextFormat(Qt.TextFormat.RichText)
            # Long names and folders must never widen the window: the caption takes the
            # pane's width, and the full path is in its tooltip.
            caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            grid.addWidget(caption, 0, column)
            grid.addWidget(pane, 1, column)
        grid.setRowStretch(1, 1)
        self.position_label = QLabel()
        self.zoom_label = QLabel()
        self.zoom_label.setToolTip(self.tr("Zoom of the larger photo (100 % = actual pixels)"))
        layout = QVBoxLayout(self)
        layout.addWidget(self._toolbar())
        facts = QHBoxLayout()  # always visible, whatever the tool bar folds away
        for label in (self.position_label, self.zoom_label):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        facts.addWidget(self.position_label, 3)
        facts.addWidget(self.zoom_label, 1, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(facts)
        layout.addLayout(grid, 1)

    def _toolbar(self) -> QToolBar:
        """The buttons, in a tool bar that folds what does not fit into a » menu."""
        bar = QToolBar()
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.setAccessibleName(self.tr("Compare tools"))
        buttons = (
            (self.tr("← Back to group"), self.back_requested.emit, "Esc"),
            (self.tr("Previous group"), self.previous_group.emit, "P"),
            (self.tr("Next group"), self.next_group.emit, "N"),
            (None, None, ""),
            (self.tr("Swap"), self.swap, "S"),
            (self.tr("Fit"), self.fit, "F"),
            (self.tr("100 %"), self.actual_size, "1"),
            (self.tr("Difference"), lambda: self.set_mode("difference"), "D"),
            (self.tr("Blink"), lambda: self.set_mode("blink"), "B"),
            (None, None, ""),
            (self.tr("Keep right"), lambda: self.keep_requested.emit(self.right), "K"),
            (self.tr("Mark right"), lambda: self.mark_toggled.emit(self.right), "M"),
        )
        for text, slot, key in buttons:
            if text is None:
                bar.addSeparator()
                continue
            action = bar.addAction(text)
            action.setToolTip(self.tr("{text} (shortcut: {key})").format(text=text, key=key))
            action.triggered.connect(slot)
        for button in bar.findChildren(QToolButton):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return bar

    def _link_scrollbars(self) -> None:
        a, b = self.panes
        for first, second in ((a, b), (b, a)):
            first.horizontalScrollBar().valueChanged.connect(second.horizontalScrollBar().setValue)
            first.verticalScrollBar().valueChanged.connect(second.verticalScrollBar().setValue)

    def set_photos(self, photos: list[int], right: int | None, describe: object) -> None:
        """Compare the keeper (left) with ``right`` (default: the next photo).

        ``describe(photo) -> (path, caption_html, width, height)``.
        """
        self.photos = photos
        self._describe = describe  # type: ignore[assignment]
        self.left = photos[0] if photos else -1
        others = [p for p in photos if p != self.left]
        self.right = right if right in others else (others[0] if others else -1)
        self._fit = True
        self.refresh()

    def refresh(self) -> None:
        """Redraw captions and images (e.g. after a mark changed)."""
        sides = (self.left, self.right)
        sizes = [self._describe(p)[2:] for p in sides if p >= 0]
        self._scene_width = float(max((w for w, _h in sizes), default=1000) or 1000)
        for pane, caption, photo in zip(self.panes, self.captions, sides, strict=True):
            self._show(pane, caption, photo)
        if self.mode and self.left >= 0 and self.right >= 0:
            self._show_mode()
        if self._fit:
            self.fit()
        others = [p for p in self.photos if p != self.left]
        if self.right in others and len(others) > 1:
            text = self.tr("Right: {n} of {total} · ←/→ for the others")
            self.position_label.setText(
                text.format(n=others.index(self.right) + 1, total=len(others))
            )
        else:
            self.position_label.clear()

    def _show(self, pane: ImagePane, caption: QLabel, photo: int) -> None:
        if photo < 0:
            caption.setText("")
            pane.show_pixmap(None, self._scene_width, 0.75)
            return
        path, html, width, height = self._describe(photo)
        caption.setText(html)
        caption.setToolTip(display_path(path))
        pane.show_pixmap(self._pixmap(path), self._scene_width, height / max(1, width))

    def _show_mode(self) -> None:
        """Difference or blink: what the right pane shows instead of the right photo."""
        left_path, _html, width, height = self._describe(self.left)
        right_path, _html, r_width, r_height = self._describe(self.right)
        left, right = self._pixmap(left_path), self._pixmap(right_path)
        pane, caption = self.panes[1], self.captions[1]
        if self.mode == "difference" and left is not None and right is not None:
            pane.show_pixmap(
                difference_pixmap(left, right), self._scene_width, r_height / max(1, r_width)
            )
            caption.setText(
                self.tr(
                    "<b>Difference</b>: black where the photos agree, bright where they "
                    "differ (D: back)"
                )
            )
        elif self.mode == "blink" and self._blink_left:
            pane.show_pixmap(left, self._scene_width, height / max(1, width))
            caption.setText(self.tr("<b>Blink</b>: now the left photo (B: stop)"))

    def set_mode(self, mode: str) -> None:
        """Switch the difference or blink view on (or off when it is on)."""
        self.mode = "" if self.mode == mode else mode
        self._blink_left = False
        if self.mode == "blink":
            self._blink.start()
        else:
            self._blink.stop()
        self.refresh()

    def _blink_tick(self) -> None:
        self._blink_left = not self._blink_left
        self.refresh()

    def hideEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        """Leaving Compare stops the blinking."""
        self._blink.stop()
        self.mode, self._blink_left = "", False
        super().hideEvent(event)  # type: ignore[arg-type]

    def _pixmap(self, path: str) -> QPixmap | None:
        """The full image, else a preview while it decodes (None: nothing yet)."""
        pixmap = self._thumbnails.cached(path, FULL_SIZE)
        if pixmap is None:
            previews = (self._thumbnails.cached(path, side) for side in PREVIEW_SIDES)
            pixmap = next((p for p in previews if p is not None), None)
            if pixmap is None:  # asked first: full-size decodes wait behind every preview
                self._thumbnails.request(path, PREVIEW_SIDES[-1])
            self._thumbnails.request(path, FULL_SIZE)
        return pixmap

    def _image_ready(self, path: str) -> None:
        if any(self._describe(p)[0] == path for p in (self.left, self.right) if p >= 0):
            self.refresh()

    def _pane_menu(self, photo: int, where: object) -> None:
        if photo >= 0:
            self.menu_requested.emit(photo, where)

    def swap(self) -> None:
        """Exchange the two sides."""
        self.left, self.right = self.right, self.left
        self.refresh()

    def step(self, delta: int) -> None:
        """Show the next / previous other photo on the right."""
        others = [p for p in self.photos if p != self.left]
        if self.right in others and len(others) > 1:
            self.right = others[(others.index(self.right) + delta) % len(others)]
            self.refresh()

    def zoom_by(self, factor: float) -> None:
        """Zoom both panes by ``factor``."""
        self._fit = False
        for pane in self.panes:
            pane.scale(factor, factor)
        self._show_zoom()

    def fit(self) -> None:
        """Fit the images in the panes."""
        self._fit = True
        for pane in self.panes:
            pane.fitInView(pane.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self._show_zoom()

    def actual_size(self) -> None:
        """Show the larger photo at 100 % (one image pixel per screen pixel)."""
        self._fit = False
        for pane in self.panes:
            pane.resetTransform()
        self._show_zoom()

    def zoom_percent(self) -> int:
        """The zoom of the larger photo, in percent (100: one image pixel per screen pixel)."""
        return round(self.panes[0].transform().m11() * 100)

    def _show_zoom(self) -> None:
        self.zoom_label.setText(self.tr("Zoom {percent} %").format(percent=self.zoom_percent()))

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        """Keep fitting while in fit mode."""
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self._fit:
            self.fit()

    def keyPressEvent(self, event: object) -> None:  # noqa: N802 - Qt override
        """Keyboard control of the compare view."""
        key = event.key()  # type: ignore[attr-defined]
        keys = {
            Qt.Key.Key_N: self.next_group.emit,
            Qt.Key.Key_PageDown: self.next_group.emit,
            Qt.Key.Key_P: self.previous_group.emit,
            Qt.Key.Key_PageUp: self.previous_group.emit,
            Qt.Key.Key_S: self.swap,
            Qt.Key.Key_D: lambda: self.set_mode("difference"),
            Qt.Key.Key_B: lambda: self.set_mode("blink"),
            Qt.Key.Key_F: self.fit,
            Qt.Key.Key_1: self.actual_size,
            Qt.Key.Key_Right: lambda: self.step(1),
            Qt.Key.Key_Left: lambda: self.step(-1),
            Qt.Key.Key_K: lambda: self.keep_requested.emit(self.right),
            Qt.Key.Key_M: lambda: self.mark_toggled.emit(self.right),
            Qt.Key.Key_Space: lambda: self.mark_toggled.emit(self.right),
            Qt.Key.Key_Escape: self.back_requested.emit,
        }
        action = keys.get(key)
        if action is None:
            super().keyPressEvent(event)  # type: ignore[arg-type]
        else:
            action()


def caption_html(photo_path: str, info: object, size: int, badge: str, color: str) -> str:
    """Caption above one pane: badge, name, resolution, size and folder."""
    return (
        f"<span style='background:{color};color:white;border-radius:6px;padding:1px 6px;'>"
        f"&nbsp;{badge}&nbsp;</span>&nbsp; <b>{_escape(file_name(photo_path))}</b><br>"
        f"{resolution(info)} · {human_bytes(size)}<br>"  # type: ignore[arg-type]
        f"{_escape(folder_name(photo_path))}"
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
