"""Write-ahead journal of trash actions, and undo.

One JSON Lines file per clean-up session under :func:`paths.journal_dir`.  Every line is
flushed and fsync'd before the action it announces:

* ``begin``: session start;
* ``intent`` (entry number, group, path bytes as hex, scanned identity, keeper, content
  key, the real path of its folder and the claimed trash entry) *before* a file is
  trashed: a complete, fsync'd line or no move (a short write on a full disk is cut back
  and raises);
* ``done`` (trash file, .trashinfo) or ``failed`` (reason) after it;
* a move into a folder the user chose (``execute``'s ``destination``) is the same, its
  intent marked ``"move": 1`` and naming the file's new path as ``trash_file`` (no
  ``.trashinfo``); undo brings it back the same way, with the same checks;
* ``restored`` / ``restore_failed`` and finally ``undone`` when the session is undone.

An intent without an outcome means the process died in between; :func:`pending_entries`
lists those and :func:`undo_last` still finds such a file at its recorded trash entry.
:func:`undo_session` undoes any one clean-up (the history's choice), not only the last.
Undo restores a file only if the trash entry is still the file that was trashed (device,
inode, size, mtime, and its bytes when the content key is known) and its folder still
resolves to the same real folder; otherwise it reports why and leaves it.  A full disk
costs at most the journal lines of undo, never the undo itself.  Nothing here depends on
in-process state: a new process reads the same files.
"""

# Paths are bytes-exact here (G21): os.path, not pathlib.
# ruff: noqa: PTH120

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from photodedup.core import paths
from photodedup.core.cleanup import destination, restore, trash
from photodedup.core.cleanup.restore import RestoreOutcome
from photodedup.core.messages import Message
from photodedup.core.progress import (
    STAGE_RESTORE,
    Progress,
    ProgressCallback,
    ignore_progress,
)
from photodedup.core.types import FileIdentity, display_path

log = logging.getLogger(__name__)
JOURNAL_VERSION = 2
PENDING, TRASHED, FAILED = "pending", "trashed", "failed"
RESTORED, RESTORE_FAILED = "restored", "restore_failed"
HALF_MOVED = Message("interrupted during the move")
NEVER_MOVED = Message("interrupted before the move")


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
    content_key: str = ""
    parent: str = ""  # real path of the file's folder when it was trashed ("" in v1)
    sidecar_of: str = ""  # a sidecar (.xmp...): the photo it followed to the trash
    moved: bool = False  # moved into a chosen folder (trash_file: its new path), not trashed


@dataclass(slots=True)
class Session:
    """One clean-up: its journal file, start time and entries."""

    file: Path
    started: datetime
    entries: list[JournalEntry] = field(default_factory=list)
    undone: bool = False

    @property
    def id(self) -> str:
        """The session's name (its journal file's name without ``.jsonl``)."""
        return self.file.stem

    @property
    def undoable(self) -> bool:
        """True while some of its files are out of place and it was not undone."""
        return _undoable(self)

    @property
    def trashed(self) -> list[JournalEntry]:
        """Entries whose file went to the trash and was not restored yet."""
        return [e for e in self.entries if e.state == TRASHED]

    @property
    def moved(self) -> bool:
        """True for a clean-up that moved files into a folder instead of the trash."""
        return any(e.moved for e in self.entries)

    @property
    def pending(self) -> list[JournalEntry]:
        """Intents with no outcome: the process stopped between announcing and finishing."""
        return [e for e in self.entries if e.state == PENDING]


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
        path = self.directory / f"{stamp}-{os.getpid()}.jsonl"
        _append(path, {"op": "begin", "v": JOURNAL_VERSION, "time": _now()})
        trash.fsync_dir(self.directory)
        self.path = path

    def intent(
        self,
        group_id: int,
        path: str,
        identity: FileIdentity,
        keeper: str,
        *,
        content: str = "",
        item: trash.TrashedItem | None = None,
        sidecar_of: str = "",
        moved: bool = False,
    ) -> int:
        """Record that ``path`` is about to go to ``item``; returns the entry number.

        ``moved``: ``item.trash_file`` is the file's new path in a folder the user chose.

        Raises ``OSError`` unless the whole line is on disk (then nothing may move).
        """
        number = self._next
        record = {
            "op": "intent", "n": number, "group": group_id, "path": _hex(path),
            "identity": list(identity), "keeper": _hex(keeper), "content_key": content,
            "parent": _hex(os.path.dirname(trash.real_path(path))), "time": _now(),
        }  # fmt: skip
        if item is not None:
            record |= {"trash_file": _hex(item.trash_file), "info_file": _hex(item.info_file)}
        if sidecar_of:
            record["sidecar_of"] = _hex(sidecar_of)
        if moved:
            record["move"] = 1
        self._write(record)
        self._next += 1
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
    """Append one line, fsync'd; on any failure the file is cut back to where it was."""
    line = (json.dumps(record, ensure_ascii=True) + "\n").encode("ascii")
    fd = os.open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        start = os.fstat(fd).st_size
        if start and os.pread(fd, 1, start - 1) != b"\n":
            line = b"\n" + line  # after a torn last line (a kill): start a fresh line
        try:
            _write_all(fd, line)
            os.fsync(fd)
        except BaseException:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, start)  # no partial line may stay (it would read as intent)
            raise
    finally:
        os.close(fd)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)  # a full disk: a short write, then ENOSPC
        if written <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        view = view[written:]


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


def _intent_entry(rec: dict[str, Any]) -> JournalEntry:
    entry = JournalEntry(
        rec["n"], rec["group"], _unhex(rec["path"]), FileIdentity(*rec["identity"]),
        _unhex(rec["keeper"]),
    )  # fmt: skip
    entry.trash_file = _unhex(rec.get("trash_file", ""))
    entry.info_file = _unhex(rec.get("info_file", ""))
    entry.content_key = str(rec.get("content_key", ""))
    entry.parent = _unhex(rec.get("parent", ""))
    entry.sidecar_of = _unhex(rec.get("sidecar_of", ""))
    entry.moved = bool(rec.get("move", 0))
    return entry


def _apply(session: Session, rec: dict[str, Any], by_number: dict[int, JournalEntry]) -> None:
    op = rec.get("op")
    if op == "begin":
        session.started = datetime.fromisoformat(rec["time"])
    elif op == "intent":
        entry = _intent_entry(rec)
        by_number[entry.number] = entry
        session.entries.append(entry)
    elif op == "undone":
        session.undone = True
    elif (known := by_number.get(rec.get("n", -1))) is not None:
        entry = known
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


def clean_orphans(journal_dir: Path | None = None) -> int:
    """Close pending entries whose file never moved: remove their claimed ``.trashinfo``.

    A kill between claiming a trash entry and the move leaves an info file with no file;
    it is removed and the entry recorded as failed.  A move into a folder killed between
    ``link`` and ``unlink`` left the photo under both names (one file): the new name is
    removed.  Returns how many were closed.
    """
    closed = 0
    for session in load_sessions(journal_dir):
        for entry in session.pending if not session.undone else ():
            if entry.moved and entry.trash_file:
                with contextlib.suppress(OSError):
                    if destination.undo_half_move(entry.path, entry.trash_file):
                        record = {"op": "failed", "n": entry.number, "reason": HALF_MOVED}
                        _append(session.file, record)
                        closed += 1
                continue
            if not entry.info_file or not os.path.lexists(entry.path):
                continue
            if os.path.lexists(os.fsencode(entry.trash_file)):
                continue
            with contextlib.suppress(OSError):
                trash.release(trash.TrashedItem(entry.trash_file, entry.info_file))
                _append(session.file, {"op": "failed", "n": entry.number,
                                       "reason": NEVER_MOVED})  # fmt: skip
                closed += 1
    return closed


def _undoable(session: Session) -> bool:
    return not session.undone and bool(session.trashed or _moved_pending(session))


def _last_undoable(journal_dir: Path | None) -> Session | None:
    sessions = [s for s in load_sessions(journal_dir) if _undoable(s)]
    return sessions[-1] if sessions else None


def last_cleanup_summary(journal_dir: Path | None = None) -> str | None:
    """E.g. "3 files trashed on 2026-11-22 08:10" (a Message); None when there is nothing
    to undo."""
    session = _last_undoable(journal_dir)
    if session is None:
        return None
    count = len(session.trashed) + len(_moved_pending(session))
    when = session.started.astimezone().strftime("%Y-%m-%d %H:%M")
    if session.moved and count == 1:
        return Message("{count} file moved on {when}", count=count, when=when)
    if session.moved:
        return Message("{count} files moved on {when}", count=count, when=when)
    if count == 1:
        return Message("{count} file trashed on {when}", count=count, when=when)
    return Message("{count} files trashed on {when}", count=count, when=when)


def _note(session: Session, record: dict[str, Any]) -> None:
    """Journal what undo did; a full disk costs the line, never the undo."""
    try:
        _append(session.file, record)
    except OSError as exc:
        log.warning("undo journal line not written (%s): %s", session.file, exc)


def undo_last(
    *, journal_dir: Path | None = None, progress: ProgressCallback = ignore_progress
) -> list[RestoreOutcome]:
    """Restore every file of the last clean-up to its original path, never overwriting.

    Files whose original path is taken, that left the trash, whose trash entry is no longer
    the trashed file, or whose folder now leads elsewhere are reported and left where they
    are.  The session is then marked undone (a second call undoes the one before).
    """
    with trash.exclusive_lock():
        clean_orphans(journal_dir)
        session = _last_undoable(journal_dir)
        return [] if session is None else _undo(session, progress)


def undo_session(
    session_id: str,
    *,
    journal_dir: Path | None = None,
    progress: ProgressCallback = ignore_progress,
) -> list[RestoreOutcome]:
    """Like :func:`undo_last`, for the clean-up ``session_id`` (:attr:`Session.id`), any of
    them; nothing when it is unknown or already undone.  Each file is checked as in
    :func:`undo_last`: one moved again by a later clean-up is no longer at this session's
    trash entry and is reported, not touched."""
    with trash.exclusive_lock():
        clean_orphans(journal_dir)
        found = [s for s in load_sessions(journal_dir) if s.id == session_id and _undoable(s)]
        return _undo(found[0], progress) if found else []


def _undo(session: Session, progress: ProgressCallback) -> list[RestoreOutcome]:
    entries = list(reversed(session.trashed + _moved_pending(session)))
    outcomes = []
    for done, entry in enumerate(entries, start=1):
        outcome = restore.restore_entry(entry)
        op = RESTORED if outcome.restored else RESTORE_FAILED
        _note(session, {"op": op, "n": entry.number, "reason": outcome.reason})
        outcomes.append(outcome)
        progress(Progress(STAGE_RESTORE, done, len(entries), display_path(entry.path)))
    _note(session, {"op": "undone", "time": _now(), "at": time.time()})
    return outcomes
