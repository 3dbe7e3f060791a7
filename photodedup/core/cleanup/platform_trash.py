"""The trash on macOS and Windows: the platform moves the file, photodedup learns where.

On Linux (and the BSDs) photodedup runs its own freedesktop trash (``trash.py``) and
:func:`active` is None.  On macOS and Windows the platform's own API must do the move (its
trash keeps the bookkeeping the Finder's "Put Back" and Explorer's "Restore" rely on),
and names the trash entry itself, so a :class:`TrashBackend` is the one seam:

* ``claim(path)`` checks the file and that the platform call is available; it reserves
  nothing (the platform picks the name) and returns an item with no path yet;
* ``commit(path, item, identity)`` makes the platform call and returns where the file
  went, *checked on disk*: the entry must be the same file (device and inode, which a
  same-volume move keeps; size).  When the platform reports an error but the file moved
  anyway, the entry is looked for all the same; when it cannot be found the returned item
  has no path and the caller reports the file as FAILED, never as trashed;
* ``locate(path, identity)`` finds an entry after the fact (an undo after a kill between
  the move and the journal's ``done`` line).

Undo is the same everywhere (``trash.restore``): hard-link the entry back to its original
path (fails if anything is there: nothing is overwritten), then remove the entry (and on
Windows its ``$I`` record, which is what Explorer's Restore does).

macOS: :class:`~photodedup.core.cleanup.mac_trash.MacTrash`; Windows:
:class:`~photodedup.core.cleanup.windows_trash.WindowsTrash`; what they share:
``trash_entry.py``.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator

from photodedup.core.cleanup.mac_trash import MacTrash
from photodedup.core.cleanup.trash_entry import TrashBackend
from photodedup.core.cleanup.windows_trash import WindowsTrash

__all__ = ["MacTrash", "TrashBackend", "WindowsTrash", "active", "for_platform", "using"]

_ACTIVE: list[TrashBackend | None] = []  # chosen once; tests put a backend here


def for_platform(platform: str = sys.platform) -> TrashBackend | None:
    """The backend for ``platform``; None where the freedesktop trash is used."""
    if platform == "darwin":
        return MacTrash()
    if platform == "win32":
        return WindowsTrash()
    return None


def active() -> TrashBackend | None:
    """This platform's backend (None: ``trash.py``'s own freedesktop trash)."""
    if not _ACTIVE:
        _ACTIVE.append(for_platform())
    return _ACTIVE[0]


@contextlib.contextmanager
def using(backend: TrashBackend | None) -> Iterator[None]:
    """Use ``backend`` (None: the freedesktop trash) inside the block (tests, tools)."""
    saved = list(_ACTIVE)
    _ACTIVE[:] = [backend]
    try:
        yield
    finally:
        _ACTIVE[:] = saved
