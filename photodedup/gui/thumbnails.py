"""Thumbnails decoded off the GUI thread (through :mod:`workers`) and kept in QPixmapCache.

``pixmap(path, side)`` answers at once: the cached pixmap, or None after queueing a
decode; ``ready(path)`` is emitted when the decoded image arrives.  Decoding uses the
core's safe, EXIF-orienting decoder in a helper process, at a reduced size.
"""

from __future__ import annotations

import atexit
import logging
import threading
from collections.abc import Callable

from PIL import Image
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage, QPixmap, QPixmapCache

from photodedup.core.decode.isolated import IsolatedDecoder
from photodedup.gui.workers import Job, Runner

log = logging.getLogger(__name__)

CACHE_LIMIT_KB = 256 * 1024  # QPixmapCache budget for thumbnails and previews
THREADS = 1  # one decoder thread: thumbnails stay quick and the GUI thread keeps the GIL
FULL_SIZE = 0  # ``side`` value asking for the full-resolution image


_decoder_lock = threading.Lock()
_decoder: IsolatedDecoder | None = None


def _shared_decoder() -> IsolatedDecoder:
    """One helper process for every thumbnail: a decoder crash costs a thumbnail, not the app."""
    global _decoder  # noqa: PLW0603 - one process-wide helper, created on first use
    with _decoder_lock:
        if _decoder is None:
            _decoder = IsolatedDecoder(workers=THREADS)
            atexit.register(_decoder.close)
        return _decoder


def decode_oriented(path: str, side: int) -> Image.Image:
    """Decode ``path`` upright, reduced so its longest side is about ``side`` (0: full).

    Runs in a helper process (``IsolatedDecoder``), so a decoder that segfaults or hangs
    on a damaged file only fails that thumbnail.
    """
    image, _info = _shared_decoder().open_oriented(
        path, min_side=side or None, max_side=side or None
    )
    return image


def to_qimage(image: Image.Image) -> QImage:
    """Convert a PIL image to a QImage that owns its pixels (safe to pass across threads)."""
    rgba = image.convert("RGBA")
    data = rgba.tobytes("raw", "RGBA")
    qimage = QImage(data, rgba.width, rgba.height, rgba.width * 4, QImage.Format.Format_RGBA8888)
    return qimage.copy()


class ThumbnailLoader(QObject):
    """Asynchronous, cached thumbnails keyed by (path, side)."""

    ready = Signal(str)
    failed = Signal(str, str)  # path, message

    def __init__(
        self,
        runner: Runner | None = None,
        decoder: Callable[[str, int], Image.Image] = decode_oriented,
    ) -> None:
        super().__init__()
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), CACHE_LIMIT_KB))
        self._runner = runner or Runner(max_threads=THREADS)
        self._decoder = decoder
        self._pending: dict[str, Job] = {}
        self._failed: set[str] = set()
        self._requests = 0

    @staticmethod
    def _key(path: str, side: int) -> str:
        return f"pd:{side}:{path}"

    def cached(self, path: str, side: int) -> QPixmap | None:
        """The cached pixmap, or None (never decodes)."""
        pixmap = QPixmapCache.find(self._key(path, side))
        return pixmap if pixmap is not None and not pixmap.isNull() else None

    def has_failed(self, path: str, side: int) -> bool:
        """True if decoding this path at this size failed before."""
        return self._key(path, side) in self._failed

    def pixmap(self, path: str, side: int) -> QPixmap | None:
        """The cached pixmap, or None after queueing its decode (``ready`` follows)."""
        found = self.cached(path, side)
        if found is None:
            self.request(path, side)
        return found

    def request(self, path: str, side: int) -> None:
        """Queue a decode unless it is cached, pending or known to fail."""
        key = self._key(path, side)
        if key in self._pending or key in self._failed or self.cached(path, side) is not None:
            return
        decoder = self._decoder
        self._requests += 1  # newest first: what the user looks at now is decoded first
        # ... but full-size images (Compare, seconds for a large photo) after every thumbnail
        priority = 0 if side == FULL_SIZE else min(self._requests, 2**30)

        def work(_progress: object, _cancel: object) -> QImage:
            return to_qimage(decoder(path, side))

        self._pending[key] = self._runner.submit(
            work,
            on_result=lambda image: self._store(key, path, image),
            on_error=lambda error: self._fail(key, path, error),
            priority=priority,
        )

    def shutdown(self) -> None:
        """Stop decoding (application exit)."""
        self._runner.shutdown(1000)

    def _store(self, key: str, path: str, image: QImage) -> None:
        self._pending.pop(key, None)
        QPixmapCache.insert(key, QPixmap.fromImage(image))
        self.ready.emit(path)

    def _fail(self, key: str, path: str, error: BaseException) -> None:
        self._pending.pop(key, None)
        self._failed.add(key)
        log.info("thumbnail failed for %r: %s", path, error)
        self.failed.emit(path, str(error))
