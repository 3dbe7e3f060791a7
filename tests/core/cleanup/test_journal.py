"""Journal and undo (G10): trash, restart, undo -> identical files; never overwrite."""

# Bytes paths on purpose (exact file names): os.path, not pathlib.
# ruff: noqa: PTH103, PTH110

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from photodedup.core import paths
from photodedup.core.cleanup import trash
from photodedup.core.cleanup.execute import Outcome, execute
from photodedup.core.cleanup.journal import (
    Journal,
    last_cleanup_summary,
    load_sessions,
    pending_entries,
    undo_last,
    undo_session,
)
from photodedup.core.cleanup.plan import make_plan
from tests.core.cleanup.safety_helpers import candidate, trash_names, trashinfo_names, write

REPO = Path(__file__).resolve().parents[3]


def _files(tmp_path: Path, n: int = 3) -> list[str]:
    paths_ = [write(tmp_path / "u" / f"d{i}" / "IMG_1.jpg", b"pixels" * (i + 1)) for i in range(n)]
    os.utime(paths_[1], ns=(1_600_000_000_123_456_789, 1_500_000_000_987_654_321))
    return paths_


def _execute_in_new_process(keeper: str, victims: list[str]) -> None:
    code = textwrap.dedent(
        f"""
        from photodedup.core.cleanup.execute import execute
        from photodedup.core.cleanup.plan import make_plan, Candidate
        from photodedup.core.types import FileIdentity
        import os
        paths = {[keeper, *victims]!r}
        cands = [Candidate(p, FileIdentity.from_stat(os.lstat(p)), i == 0)
                 for i, p in enumerate(paths)]
        out = execute(make_plan({{1: cands}}))
        assert [o.outcome.value for o in out] == ["trashed"] * {len(victims)}, out
        """
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=REPO, env=os.environ.copy())


def test_trash_restart_undo_gives_identical_files(tmp_path: Path) -> None:
    keeper, *victims = _files(tmp_path)
    before = {p: (Path(p).read_bytes(), os.lstat(p).st_mtime_ns) for p in victims}
    _execute_in_new_process(keeper, victims)  # the clean-up ran in another process
    assert not any(os.path.lexists(p) for p in victims)
    assert last_cleanup_summary().startswith("2 files trashed on ")
    outcomes = undo_last()
    assert sorted((o.path, o.restored) for o in outcomes) == [(p, True) for p in sorted(victims)]
    assert {p: (Path(p).read_bytes(), os.lstat(p).st_mtime_ns) for p in victims} == before
    assert trash_names() == [] and trashinfo_names() == []
    assert last_cleanup_summary() is None
    assert undo_last() == []


def test_undo_never_overwrites(tmp_path: Path) -> None:
    keeper, v1, v2 = _files(tmp_path)
    execute(make_plan({1: [candidate(keeper, keep=True), candidate(v1), candidate(v2)]}))
    write(v1, b"a new file the user made since")
    outcomes = {o.path: o for o in undo_last()}
    assert not outcomes[v1].restored and "already exists" in outcomes[v1].reason
    assert Path(v1).read_bytes() == b"a new file the user made since"
    assert outcomes[v2].restored and Path(v2).read_bytes() == b"pixels" * 3
    assert trash_names() == [b"IMG_1.jpg"]  # v1's trashed copy stays recoverable


def test_undo_last_takes_sessions_newest_first(tmp_path: Path) -> None:
    keeper, v1, v2 = _files(tmp_path)
    execute(make_plan({1: [candidate(keeper, keep=True), candidate(v1)]}))
    execute(make_plan({1: [candidate(keeper, keep=True), candidate(v2)]}))
    assert [o.path for o in undo_last()] == [v2]
    assert last_cleanup_summary().startswith("1 file trashed on ")
    assert [o.path for o in undo_last()] == [v1]


def test_undo_session_undoes_a_chosen_older_clean_up(tmp_path: Path) -> None:
    keeper, v1, v2 = _files(tmp_path)
    execute(make_plan({1: [candidate(keeper, keep=True), candidate(v1)]}))
    execute(make_plan({1: [candidate(keeper, keep=True), candidate(v2)]}))
    older, newer = load_sessions()
    assert older.undoable and newer.undoable
    before = Path(v1).exists()
    assert [o.path for o in undo_session(older.id)] == [v1]  # the older one, not the last
    assert not before and Path(v1).read_bytes() == b"pixels" * 2
    assert not Path(v2).exists()  # the newer clean-up stays done
    assert undo_session(older.id) == []  # undone once
    assert undo_session("no-such-session") == []
    older, newer = load_sessions()
    assert older.undone and not older.undoable and newer.undoable
    assert [o.path for o in undo_last()] == [v2]  # the newest one not undone
    assert undo_last() == []


def test_undo_session_never_overwrites_a_file_back_at_its_path(tmp_path: Path) -> None:
    keeper, v1 = _files(tmp_path, 2)
    execute(make_plan({1: [candidate(keeper, keep=True), candidate(v1)]}))
    write(Path(v1), b"new photo at the old name")
    (outcome,) = undo_session(load_sessions()[0].id)
    assert not outcome.restored
    assert Path(v1).read_bytes() == b"new photo at the old name"


def test_session_with_only_failures_is_not_undoable(tmp_path: Path) -> None:
    keeper, v1 = _files(tmp_path, 2)
    plan = make_plan({1: [candidate(keeper, keep=True), candidate(v1)]})
    os.utime(v1, ns=(5, 5))
    assert execute(plan)[0].outcome is Outcome.CHANGED
    assert last_cleanup_summary() is None


def test_pending_intent_after_crash_is_listed_and_undone(tmp_path: Path) -> None:
    keeper, v1 = _files(tmp_path, 2)
    cand = candidate(v1)
    journal = Journal()
    journal.intent(3, v1, cand.identity, keeper)
    trash.send_to_trash(v1)  # ... and the process died before writing "done"
    assert [e.path for e in pending_entries()] == [v1]
    (outcome,) = undo_last()
    assert outcome.restored and Path(v1).read_bytes() == b"pixels" * 2


def test_pending_intent_whose_file_never_moved(tmp_path: Path) -> None:
    keeper, v1 = _files(tmp_path, 2)
    Journal().intent(3, v1, candidate(v1).identity, keeper)
    assert [e.path for e in pending_entries()] == [v1]  # the app stopped mid-action
    assert last_cleanup_summary() is None  # ... but nothing reached the trash
    assert undo_last() == []
    assert os.path.exists(v1)


def test_journal_lines_are_bytes_safe_and_torn_lines_ignored(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path / "u")
    os.makedirs(folder)
    keeper = write(folder + b"/k\xff.jpg", b"x")
    victim = write(folder + b"/v\xfe\n.jpg", b"x")
    execute(make_plan({1: [candidate(keeper, keep=True), candidate(victim)]}))
    (file,) = paths.journal_dir().glob("*.jsonl")
    records = [json.loads(line) for line in file.read_text("ascii").splitlines()]
    assert records[1]["path"] == os.fsencode(victim).hex()
    with open(file, "ab") as fh:
        fh.write(b'{"op": "done", "n": 0, "trash_fi')  # a crash mid-write
    (session,) = load_sessions()
    assert session.entries[0].path == victim and session.entries[0].state == "trashed"
    (outcome,) = undo_last()
    assert outcome.restored and os.path.exists(victim)


def test_restore_without_hard_links_copies_exclusively(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """File systems without link() (vfat, some shares): O_EXCL copy, same bytes and mtime."""
    keeper, v1 = _files(tmp_path, 2)
    before = (Path(v1).read_bytes(), os.lstat(v1).st_mtime_ns)
    execute(make_plan({1: [candidate(keeper, keep=True), candidate(v1)]}))

    def no_links(*_a: object, **_k: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    (outcome,) = undo_last()
    assert outcome.restored
    assert (Path(v1).read_bytes(), os.lstat(v1).st_mtime_ns) == before
    assert trash_names() == [] and trashinfo_names() == []


def test_undo_recreates_a_folder_removed_since(tmp_path: Path) -> None:
    keeper, v1 = _files(tmp_path, 2)
    execute(make_plan({1: [candidate(keeper, keep=True), candidate(v1)]}))
    Path(v1).parent.rmdir()  # the user tidied up the now empty folder
    (outcome,) = undo_last()
    assert outcome.restored and Path(v1).read_bytes() == b"pixels" * 2
