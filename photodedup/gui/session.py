"""The review's decisions kept across a restart (Qt-free).

At exit the window writes the marks and the keepers chosen by hand, each with the file's
size and modification time; at the next start a (cached, fast) rescan of the same folders
brings the groups back and the decisions are re-applied to files that did not change.
A file that changed or vanished loses its mark: it is shown as found by the new scan.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

from photodedup.core import paths
from photodedup.core.review import Review

log = logging.getLogger(__name__)

VERSION = 1
Entry = tuple[str, int, int]  # path, size, mtime_ns


def session_path() -> Path:
    """Where the last session is kept (the data folder)."""
    return paths.data_dir() / "last-review.json"


@dataclass
class Session:
    """Marked photos and hand-picked keepers, with the identity they had."""

    marked: list[Entry] = field(default_factory=list)
    keepers: list[Entry] = field(default_factory=list)

    @classmethod
    def of(cls, review: Review) -> Session:
        """The decisions of a review."""

        def entry(index: int) -> Entry:
            photo = review.photo(index)
            return (photo.path, photo.file.size, photo.file.identity.mtime_ns)

        return cls(
            marked=[entry(i) for i in sorted(review.marked)],
            keepers=[entry(i) for i in sorted(review.chosen_keepers) if i not in review.gone],
        )

    def apply(self, review: Review) -> tuple[int, int]:
        """Re-apply to a new review; (decisions restored, decisions dropped: file changed)."""
        restored = dropped = 0
        for path, size, mtime_ns in self.keepers:
            index = _unchanged(review, path, size, mtime_ns)
            if index is None:
                dropped += 1
            else:
                review.set_keeper(index)
                restored += 1
        for path, size, mtime_ns in self.marked:
            index = _unchanged(review, path, size, mtime_ns)
            if index is not None and review.set_marked(index, True):
                restored += 1
            else:
                dropped += 1
        return restored, dropped


def _unchanged(review: Review, path: str, size: int, mtime_ns: int) -> int | None:
    index = review.index_of(path)
    if index is None:
        return None
    identity = review.photo(index).file.identity
    return index if (identity.size, identity.mtime_ns) == (size, mtime_ns) else None


def save(session: Session, path: Path | None = None) -> None:
    """Write the session (atomically); an empty one removes the file."""
    path = path or session_path()
    if not session.marked and not session.keepers:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"version": VERSION, "marked": session.marked, "keepers": session.keepers}
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8", errors="surrogateescape")
    tmp.replace(path)


def load(path: Path | None = None) -> Session | None:
    """The last session, or None (none, or unreadable: then it is ignored)."""
    path = path or session_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8", errors="surrogateescape"))
        if data.get("version") != VERSION:
            return None
        return Session(
            marked=[(str(p), int(s), int(m)) for p, s, m in data["marked"]],
            keepers=[(str(p), int(s), int(m)) for p, s, m in data["keepers"]],
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("last review not restored (%s): %s", path, exc)
        return None
