"""Write-ahead journal of trash actions, and undo.

One JSON Lines file per clean-up session under :func:`paths.journal_dir`.  Every line is
flushed and fsync'd before the action it announces:

* ``begin``: session start;
* ``intent`` (entry number, group, path bytes as hex, scanned identity, keeper) *before*
  a file is trashed;
* ``done`` (trash file, .trashinfo) or ``failed`` (reason) after it;
* ``restored`` / ``restore_failed`` and finally ``undone`` when the session is undone.

An intent without an outcome means the process died in between; :func:`pending_entries`
lists those and :func:`undo_last` still finds such a file in the trash if it got there.
Nothing here depends on in-process state: a new process reads the same files.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from photodedup.core import paths, trash
from photodedup.core.progress import (
    STAGE_RESTORE,
    Progress,
    ProgressCallback,
    ignore_progress,
)
from photodedup.core.types import FileIdentity, display_path

JOURNAL_VERSION = 1
PENDING, TRASHED, FAILED = "pending", "trashed", "failed"
RESTORED, RESTORE_FAILED = "restored", "restore_failed"


def _hex(path: str) -> str:
    return os.fsencode(path).hex()


def _unhex(value: str) -> str:
    return os.fsdecode(bytes.fromhex(value))


@dataclass(slots=True)
class JournalEntry:
    """One file of a session and what happened to it so far."""

    number: int
    group_id: int
    path: str
    identity: FileIdentity
    keeper: str
    state: str = PENDING
    trash_file: str = ""
    info_file: str = ""
    reason: str = ""


@dataclass(slots=True)
class Session:
    """One clean-up: its journal file, start time and entries."""

    file: Path
    started: datetime
    entries: list[JournalEntry] = field(default_factory=list)
    undone: bool = False

    @property
    def trashed(self) -> list[JournalEntry]:
        """Entries whose file went to the trash and was not restored yet."""
        return [e for e in self.entries if e.state == TRASHED]

    @property
    def pending(self) -> list[JournalEntry]:
        """Intents with no outcome: the process stopped between announcing and finishing."""
        return [e for e in self.entries if e.state == PENDING]


@dataclass(frozen=True, slots=True)
class RestoreOutcome:
    """What undo did with one file."""

    path: str
    restored: bool
    reason: str = ""


class Journal:
    """Appends fsync'd lines to one session file, created on the first write."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = Path(directory) if directory is not None else paths.journal_dir()
        self.path: Path | None = None
        self._next = 0

    def _write(self, record: dict[str, Any]) -> None:
        if self.path is None:
            self._open_session()
        assert self.path is not None
        _append(self.path, record)

    def _open_session(self) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        self.path = self.directory / f"{stamp}-{os.getpid()}.jsonl"
        _append(self.path, {"op": "begin", "v": JOURNAL_VERSION, "time": _now()})
        _fsync_dir(self.directory)

    def intent(
        self, group_id: int, path: str, identity: FileIdentity, keeper: str, content: str = ""
    ) -> int:
        """Record that ``path`` is about to be trashed; returns the entry number."""
        number = self._next
        self._next += 1
        ident = [identity.dev, identity.ino, identity.size, identity.mtime_ns, identity.ctime_ns]
        self._write(
            {"op": "intent", "n": number, "group": group_id, "path": _hex(path),
             "identity": ident, "keeper": _hex(keeper), "content_key": content, "time": _now()}
        )  # fmt: skip
        return number

    def done(self, number: int, item: trash.TrashedItem) -> None:
        """Record that entry ``number`` is in the trash at ``item``."""
        self._write(
            {"op": "done", "n": number, "trash_file": _hex(item.trash_file),
             "info_file": _hex(item.info_file)}
        )  # fmt: skip

    def failed(self, number: int, reason: str) -> None:
        """Record that entry ``number`` was not trashed."""
        self._write({"op": "failed", "n": number, "reason": reason})


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _append(path: Path, record: dict[str, Any]) -> None:
    line = (json.dumps(record, ensure_ascii=True) + "\n").encode("ascii")
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, line)
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _records(file: Path) -> Iterator[dict[str, Any]]:
    try:
        text = file.read_bytes().decode("ascii", errors="replace")
    except OSError:
        return
    for line in text.splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue  # a torn last line after a crash
        if isinstance(record, dict):
            yield record


def _apply(session: Session, rec: dict[str, Any], by_number: dict[int, JournalEntry]) -> None:
    op = rec.get("op")
    if op == "begin":
        session.started = datetime.fromisoformat(rec["time"])
    elif op == "intent":
        entry = JournalEntry(
            rec["n"], rec["group"], _unhex(rec["path"]), FileIdentity(*rec["identity"]),
            _unhex(rec["keeper"]),
        )  # fmt: skip
        by_number[entry.number] = entry
        session.entries.append(entry)
    elif op == "undone":
        session.undone = True
    elif (entry := by_number.get(rec.get("n", -1))) is not None:
        entry.state = {"done": TRASHED, "failed": FAILED}.get(op, op) if op else entry.state
        entry.trash_file = _unhex(rec["trash_file"]) if "trash_file" in rec else entry.trash_file
        entry.info_file = _unhex(rec["info_file"]) if "info_file" in rec else entry.info_file
        entry.reason = rec.get("reason", entry.reason)


def read_session(file: Path) -> Session:
    """Parse one session file (malformed lines are skipped)."""
    session = Session(file, datetime.fromtimestamp(0, UTC))
    by_number: dict[int, JournalEntry] = {}
    for rec in _records(file):
        try:
            _apply(session, rec, by_number)
        except (KeyError, TypeError, ValueError):
            continue
    return session


def load_sessions(journal_dir: Path | None = None) -> list[Session]:
    """All sessions, oldest first."""
    directory = journal_dir or paths.journal_dir()
    if not directory.is_dir():
        return []
    return [read_session(f) for f in sorted(directory.glob("*.jsonl"))]


def pending_entries(journal_dir: Path | None = None) -> list[JournalEntry]:
    """Intents never completed (the app stopped mid-action), in sessions not undone."""
    return [e for s in load_sessions(journal_dir) if not s.undone for e in s.pending]


def interrupted_files(journal_dir: Path | None = None) -> list[str]:
    """Paths an interrupted clean-up moved out of place; ``undo_last`` brings them back."""
    sessions = load_sessions(journal_dir)
    return [e.path for s in sessions if not s.undone for e in _moved_pending(s)]


def _moved_pending(session: Session) -> list[JournalEntry]:
    """Pending entries whose file left its path (it may be in the trash)."""
    return [e for e in session.pending if not os.path.lexists(e.path)]


def _undoable(session: Session) -> bool:
    return not session.undone and bool(session.trashed or _moved_pending(session))


def _last_undoable(journal_dir: Path | None) -> Session | None:
    sessions = [s for s in load_sessions(journal_dir) if _undoable(s)]
    return sessions[-1] if sessions else None


def last_cleanup_summary(journal_dir: Path | None = None) -> str | None:
    """E.g. "3 files trashed on 2026-11-22 08:10"; None when there is nothing to undo."""
    session = _last_undoable(journal_dir)
    if session is None:
        return None
    count = len(session.trashed) + len(_moved_pending(session))
    when = session.started.astimezone().strftime("%Y-%m-%d %H:%M")
    return f"{count} file{'s' if count != 1 else ''} trashed on {when}"


OCCUPIED = "a file already exists at the original path"


def _trash_item(entry: JournalEntry) -> trash.TrashedItem | str:
    """Where the entry's file is in the trash, or why it cannot be restored."""
    if entry.state != PENDING:
        return trash.TrashedItem(entry.trash_file, entry.info_file)
    if os.path.lexists(entry.path):
        return "was never trashed (still in place)"
    return trash.locate(entry.path, entry.identity) or "not found in the trash"


def _restore_entry(entry: JournalEntry) -> RestoreOutcome:
    item = _trash_item(entry)
    if isinstance(item, str):
        return RestoreOutcome(entry.path, False, item)
    if os.path.lexists(entry.path):
        return RestoreOutcome(entry.path, False, OCCUPIED)
    try:
        trash.restore(item, entry.path)
    except FileExistsError:
        return RestoreOutcome(entry.path, False, OCCUPIED)
    except FileNotFoundError:
        return RestoreOutcome(entry.path, False, "no longer in the trash")
    except OSError as exc:
        return RestoreOutcome(entry.path, False, f"could not restore: {exc.strerror or exc}")
    return RestoreOutcome(entry.path, True)


def undo_last(
    *, journal_dir: Path | None = None, progress: ProgressCallback = ignore_progress
) -> list[RestoreOutcome]:
    """Restore every file of the last clean-up to its original path, never overwriting.

    Files whose original path is taken, or that left the trash, are reported and left
    where they are.  The session is then marked undone (a second call undoes the one before).
    """
    session = _last_undoable(journal_dir)
    if session is None:
        return []
    entries = list(reversed(session.trashed + _moved_pending(session)))
    outcomes = []
    with trash.exclusive_lock():
        for done, entry in enumerate(entries, start=1):
            outcome = _restore_entry(entry)
            op = RESTORED if outcome.restored else RESTORE_FAILED
            _append(session.file, {"op": op, "n": entry.number, "reason": outcome.reason})
            outcomes.append(outcome)
            progress(Progress(STAGE_RESTORE, done, len(entries), display_path(entry.path)))
    _append(session.file, {"op": "undone", "time": _now(), "at": time.time()})
    return outcomes
