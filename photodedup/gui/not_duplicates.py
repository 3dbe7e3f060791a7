"""The "not a duplicate" memory in the app: remember, list and forget, then regroup.

The list itself is the core's (:mod:`photodedup.core.store.ignored`, in the data folder,
honoured by every scan of the app and the command line).  Reads and writes run in the
worker pool; after a change the groups are recomputed from the fingerprints at hand.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from photodedup.gui.controller import ScanController

if TYPE_CHECKING:
    from photodedup.core.store.ignored import IgnoredEntry
    from photodedup.core.types import PhotoFile


def _add(files: Sequence[PhotoFile], whole_group: bool) -> None:
    from photodedup.core.store.ignored import IgnoreList

    with IgnoreList() as ignored:
        ignored.add(files, whole_group=whole_group)


def _entries() -> list[IgnoredEntry]:
    from photodedup.core.store.ignored import IgnoreList

    with IgnoreList() as ignored:
        return ignored.entries()


def _forget(ids: Sequence[int] | None) -> list[IgnoredEntry]:
    from photodedup.core.store.ignored import IgnoreList

    with IgnoreList() as ignored:
        if ids is None:
            ignored.clear()
        else:
            ignored.remove(ids)
        return ignored.entries()


class NotDuplicates(QObject):
    """Remember that photos are not duplicates; list and forget what was remembered."""

    changed = Signal(int)  # 1: an entry remembered; negative: entries forgotten

    def __init__(self, controller: ScanController) -> None:
        super().__init__(controller)
        self.controller = controller

    def not_a_duplicate(self, photo: int) -> bool:
        """Remember that ``photo`` is not a duplicate of its group's keeper; regroup."""
        review = self.controller.review
        group_id = review.group_of(photo)
        group = review.group(group_id) if group_id is not None else None
        if group is None or group.keeper == photo:
            return False
        files = [review.photo(group.keeper).file, review.photo(photo).file]
        self._submit(lambda: _add(files, False), 1)
        return True

    def not_duplicates(self, group_id: int) -> bool:
        """Remember that the photos of a group are not duplicates of each other; regroup."""
        review = self.controller.review
        group = review.group(group_id)
        if group is None:
            return False
        files = [review.photo(m.photo).file for m in group.members]
        self._submit(lambda: _add(files, True), 1)
        return True

    def fetch(self, handler: Callable[[list[IgnoredEntry]], None]) -> None:
        """Read the list (newest first) off the GUI thread and pass it to ``handler``."""
        self.controller.runner.submit(
            lambda _p, _c: _entries(), on_result=handler, on_error=self._failed
        )

    def forget(
        self, ids: Sequence[int] | None, handler: Callable[[list[IgnoredEntry]], None]
    ) -> None:
        """Forget the entries ``ids`` (None: all), regroup, pass what is left to ``handler``."""

        def done(left: list[IgnoredEntry]) -> None:
            handler(left)
            self.controller.regroup()
            self.changed.emit(-1 if ids is None else -len(ids))

        self.controller.runner.submit(
            lambda _p, _c: _forget(ids), on_result=done, on_error=self._failed
        )

    def _failed(self, error: BaseException) -> None:
        self.controller.failed.emit(f"{type(error).__name__}: {error}")

    def _submit(self, work: Callable[[], None], count: int) -> None:
        def done(_none: object) -> None:
            self.controller.regroup()
            self.changed.emit(count)

        self.controller.runner.submit(lambda _p, _c: work(), on_result=done, on_error=self._failed)
