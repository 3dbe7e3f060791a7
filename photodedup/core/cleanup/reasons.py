"""Why a clean-up left a file where it was, in words for people.

Each reason is a :class:`~photodedup.core.messages.Message`: the English text (the journal,
JSON, logs and tests see exactly that) that the GUI and the command line show in the
user's language (every template is listed in ``photodedup/i18n.py`` ``TEMPLATES``).  The
system's own words for an error (``strerror``) and file paths are arguments, never
translated; a reason inside a reason (``keeper changed: ... {problem}``) is translated too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from photodedup.core.messages import Message, recognise
from photodedup.core.types import display_path

if TYPE_CHECKING:
    from photodedup.core.decode.files import DecodeError

__all__ = [
    "CANCELLED",
    "CONTENT_DIFFERS",
    "changed",
    "journal_unwritable",
    "keeper_changed",
    "move_error",
    "os_words",
    "owner_stays",
    "trash_error",
    "unreadable",
]

CONTENT_DIFFERS = Message("content differs from the scan")
CANCELLED = Message("cancelled")
OWNER_NOT_TRASHED = "its photo was not trashed: {path}"
OWNER_NOT_MOVED = "its photo was not moved: {path}"
NO_TRASH = "no usable trash on this drive ({where}); file left in place"


def os_words(exc: OSError) -> str:
    """The system's words for ``exc`` (as they are), or photodedup's own (a Message)."""
    return exc.strerror or str(exc) or type(exc).__name__


def changed(problem: str) -> Message:
    """A file that is no longer as the scan saw it (``problem``: what differs)."""
    return Message("changed since scan: {problem}", problem=problem)


def keeper_changed(path: str, problem: str) -> Message:
    """The group's keeper at ``path`` is no longer as scanned: its copies stay."""
    return Message("keeper changed: {path} {problem}", path=display_path(path), problem=problem)


def unreadable(error: DecodeError) -> Message:
    """A file that cannot be read again: the kind of problem (an id) and the decoder's
    words (a scan problem's template when they are photodedup's own)."""
    kind, words = error.kind.value, recognise(error.message)
    return Message("cannot be re-read ({kind}: {error})", kind=kind, error=words)


def journal_unwritable(exc: OSError, *, moved: bool) -> Message:
    """Nothing moves without its journal line: why not."""
    words = exc.strerror or str(exc)
    if moved:
        return Message("not moved: the undo journal cannot be written ({error})", error=words)
    return Message("not trashed: the undo journal cannot be written ({error})", error=words)


def move_error(exc: OSError) -> Message:
    """A move into the chosen folder failed."""
    if exc.errno:
        return Message(
            "could not move: {error} [errno {errno}]", error=os_words(exc), errno=exc.errno
        )
    return Message("could not move: {error}", error=os_words(exc))


def trash_error(exc: OSError, *, no_trash: bool = False) -> Message:
    """A move into the trash failed (``no_trash``: the drive has no usable trash)."""
    if no_trash:
        return Message(NO_TRASH, where=str(exc.filename or exc))
    if exc.errno:
        return Message(
            "could not trash: {error} [errno {errno}]", error=os_words(exc), errno=exc.errno
        )
    return Message("could not trash: {error}", error=os_words(exc))


def owner_stays(path: str, *, moved: bool) -> Message:
    """A sidecar stays: the photo it follows (at ``path``) did not go."""
    if moved:
        return Message(OWNER_NOT_MOVED, path=display_path(path))
    return Message(OWNER_NOT_TRASHED, path=display_path(path))
