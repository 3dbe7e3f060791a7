"""Cache writes of a scan, batched: from the (single) pipeline thread, every
``STORE_BATCH`` results or ``STORE_INTERVAL`` seconds, whichever comes first."""

from __future__ import annotations

import time

from photodedup.core.store.hashes import HashCache
from photodedup.core.types import Photo, PhotoFile, ScanError

STORE_BATCH = 256
STORE_INTERVAL = 2.0  # seconds between cache commits while decoding


class CacheWriter:
    """Batches cache writes from the (single) pipeline thread."""

    def __init__(self, cache: HashCache | None) -> None:
        self.cache = cache
        self.photos: list[Photo] = []
        self.notes: dict[str, list[str]] = {}
        self.errors: list[tuple[PhotoFile, ScanError]] = []
        self.last_flush = time.monotonic()

    def add_photo(self, photo: Photo, notes: list[str]) -> None:
        self.photos.append(photo)
        if notes:
            self.notes[photo.path] = notes
        self._maybe_flush()

    def add_error(self, file: PhotoFile | None, error: ScanError) -> None:
        if file is not None:
            self.errors.append((file, error))
            self._maybe_flush()

    def _maybe_flush(self) -> None:
        pending = len(self.photos) + len(self.errors)
        if pending >= STORE_BATCH or time.monotonic() - self.last_flush >= STORE_INTERVAL:
            self.flush()

    def flush(self) -> None:
        if self.cache is not None:
            self.cache.store_many(self.photos, self.notes)
            self.cache.store_errors(self.errors)
        self.photos, self.errors, self.notes = [], [], {}
        self.last_flush = time.monotonic()
