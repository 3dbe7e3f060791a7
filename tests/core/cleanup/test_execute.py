"""execute(): re-verification (G2, G3), trash only (G6), per-file truth (G7), G8, G9."""

# Bytes paths on purpose (exact file names): os.path, not pathlib.
# ruff: noqa: PTH103, PTH105, PTH107, PTH110, PTH211

from __future__ import annotations

import dataclasses
import errno
import os
from pathlib import Path

import pytest

from photodedup.core import paths
from photodedup.core.cleanup import trash
from photodedup.core.cleanup.execute import Outcome, execute
from photodedup.core.cleanup.journal import Journal, load_sessions
from photodedup.core.cleanup.plan import Candidate, make_plan
from photodedup.core.cleanup.trash import home_trash
from photodedup.core.decode.image import content_key
from photodedup.core.progress import CancelToken
from tests.core.cleanup.safety_helpers import (
    candidate,
    fake_volume,
    trash_names,
    trashinfo_names,
    write,
)


def _group(tmp_path: Path, name: str, n: int = 3) -> list[str]:
    return [write(tmp_path / "u" / name / f"{i}.jpg", f"{name}{i}".encode()) for i in range(n)]


def _plan(*groups: list[str]):
    return make_plan(
        {gid: [candidate(p, keep=i == 0) for i, p in enumerate(g)] for gid, g in enumerate(groups)}
    )


def test_trashes_victims_into_home_trash_keeping_inode(tmp_path: Path) -> None:
    keeper, v1, v2 = _group(tmp_path, "g")
    inode = os.lstat(v1).st_ino
    outcomes = execute(_plan([keeper, v1, v2]))
    assert [(o.path, o.outcome) for o in outcomes] == [(v1, Outcome.TRASHED), (v2, Outcome.TRASHED)]
    assert os.path.exists(keeper) and not os.path.lexists(v1) and not os.path.lexists(v2)
    assert trash_names() == [b"1.jpg", b"2.jpg"]
    assert os.lstat(home_trash() / "files" / "1.jpg").st_ino == inode  # moved, not copied
    info = (home_trash() / "info" / "1.jpg.trashinfo").read_text()
    assert f"Path={v1}\n" in info


def test_journal_records_intent_and_done(tmp_path: Path) -> None:
    keeper, v1 = _group(tmp_path, "g", 2)
    execute(_plan([keeper, v1]))
    (session,) = load_sessions()
    (entry,) = session.entries
    assert (entry.path, entry.keeper, entry.state) == (v1, keeper, "trashed")
    assert entry.trash_file == str(home_trash() / "files" / "1.jpg")


@pytest.mark.parametrize("change", ["delete", "overwrite", "symlink_to_victim", "touch"])
def test_changed_keeper_refuses_its_group_only(tmp_path: Path, change: str) -> None:
    keeper, v1, v2 = _group(tmp_path, "g")
    other = _group(tmp_path, "h", 2)
    plan = _plan([keeper, v1, v2], other)
    if change == "delete":
        os.remove(keeper)  # the test's own setup, before execute
    elif change == "overwrite":
        Path(keeper).write_bytes(b"different content")
    elif change == "symlink_to_victim":
        os.remove(keeper)
        os.symlink(v1, keeper)
    else:
        os.utime(keeper, ns=(1, 1))
    outcomes = execute(plan)
    assert [o.outcome for o in outcomes] == [Outcome.SKIPPED] * 2 + [Outcome.TRASHED]
    assert all(o.reason.startswith("keeper changed") for o in outcomes[:2])
    assert os.path.exists(v1) and os.path.exists(v2)


def test_keeper_replaced_by_hardlink_of_victim_refuses(tmp_path: Path) -> None:
    keeper, v1 = _group(tmp_path, "g", 2)
    plan = _plan([keeper, v1])
    os.remove(keeper)
    os.link(v1, keeper)
    (outcome,) = execute(plan)
    assert outcome.outcome is Outcome.SKIPPED
    assert os.path.exists(v1)


@pytest.mark.parametrize("change", ["mtime", "append", "symlink", "renamed_over"])
def test_changed_victim_is_kept(tmp_path: Path, change: str) -> None:
    keeper, v1, v2 = _group(tmp_path, "g")
    plan = _plan([keeper, v1, v2])
    if change == "mtime":
        os.utime(v1, ns=(10**18, 10**18))
    elif change == "append":
        with open(v1, "ab") as fh:
            fh.write(b"!")
    elif change == "symlink":
        os.remove(v1)
        os.symlink(keeper, v1)
    else:
        spare = write(tmp_path / "spare.jpg", b"g1")
        os.replace(spare, v1)  # test setup: another file renamed over the victim
    outcomes = execute(plan)
    assert outcomes[0].outcome is Outcome.CHANGED
    assert outcomes[0].reason.startswith("changed since scan")
    assert os.path.lexists(v1)
    assert outcomes[1].outcome is Outcome.TRASHED


def test_vanished_victim_is_changed_not_success(tmp_path: Path) -> None:
    keeper, v1 = _group(tmp_path, "g", 2)
    plan = _plan([keeper, v1])
    os.remove(v1)
    (outcome,) = execute(plan)
    assert (outcome.outcome, outcome.reason) == (
        Outcome.CHANGED,
        "changed since scan: no longer exists",
    )


@pytest.mark.parametrize(
    "error",
    [
        OSError(errno.EACCES, "Permission denied"),
        OSError(errno.EIO, "Input/output error"),
        OSError("gio-style error without errno"),
        trash.TrashPermissionError("/media/usb"),
    ],
)
def test_trash_errors_leave_file_and_say_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: OSError
) -> None:
    keeper, v1, v2 = _group(tmp_path, "g")
    plan = _plan([keeper, v1, v2])
    real = trash.commit

    def fail_first(path: str, item: trash.TrashedItem, *a: object) -> None:
        if path == v1:
            raise error
        real(path, item, *a)

    monkeypatch.setattr(trash, "commit", fail_first)
    outcomes = execute(plan)
    assert [o.outcome for o in outcomes] == [Outcome.FAILED, Outcome.TRASHED]
    assert outcomes[0].reason and os.path.exists(v1)
    assert load_sessions()[0].entries[0].state == "failed"
    assert trashinfo_names() == [b"2.jpg.trashinfo"]  # the failed one's claim was released


def test_reported_success_with_file_still_there_is_failed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keeper, v1 = _group(tmp_path, "g", 2)
    monkeypatch.setattr(trash, "commit", lambda *a: None)  # dupeguru#550
    (outcome,) = execute(_plan([keeper, v1]))
    assert outcome.outcome is Outcome.FAILED
    assert "still in place" in outcome.reason
    assert trashinfo_names() == []


def test_failed_rename_leaves_no_orphan_trashinfo(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keeper, v1 = _group(tmp_path, "g", 2)
    real_rename = os.rename

    def refuse(src: bytes, dst: bytes, *a: object, **k: object) -> None:
        if os.fsencode(src) == os.fsencode(v1):
            raise PermissionError(errno.EACCES, "Permission denied")
        real_rename(src, dst, *a, **k)

    monkeypatch.setattr(os, "rename", refuse)
    (outcome,) = execute(_plan([keeper, v1]))
    assert outcome.outcome is Outcome.FAILED and "errno 13" in outcome.reason
    assert os.path.exists(v1)
    assert trashinfo_names() == []


def test_cancel_skips_the_rest(tmp_path: Path) -> None:
    keeper, v1, v2 = _group(tmp_path, "g")
    token = CancelToken()
    seen = []

    def progress(event) -> None:
        seen.append(event)
        if event.done == 1:
            token.cancel()

    outcomes = execute(_plan([keeper, v1, v2]), progress=progress, cancel=token)
    assert [o.outcome for o in outcomes] == [Outcome.TRASHED, Outcome.SKIPPED]
    assert outcomes[1].reason == "cancelled" and os.path.exists(v2)
    assert [e.done for e in seen] == [0, 1, 2] and seen[-1].total == 2


def test_thirty_same_names_give_thirty_entries(tmp_path: Path) -> None:
    """G9 / bad input #39: 30 IMG_0001.JPG from different dirs stay distinct in the trash."""
    keeper = write(tmp_path / "u" / "keep" / "IMG_0001.JPG", b"photo")
    victims = [write(tmp_path / "u" / f"d{i}" / "IMG_0001.JPG", b"photo") for i in range(30)]
    outcomes = execute(_plan([keeper, *victims]))
    assert [o.outcome for o in outcomes] == [Outcome.TRASHED] * 30
    assert len(trash_names()) == 30 and len(trashinfo_names()) == 30
    sessions = load_sessions()
    trashed = {e.trash_file for e in sessions[0].entries}
    assert len(trashed) == 30 and all(os.path.exists(f) for f in trashed)
    originals = {
        (home_trash() / "info" / (Path(f).name + ".trashinfo")).read_text() for f in trashed
    }
    assert len(originals) == 30


def test_bytes_names_only_the_marked_one_trashed(tmp_path: Path) -> None:
    """G21: b"IMG_\\xff.jpg" beside "IMG_\\ufffd.jpg" -> only the first trashed; %FF."""
    folder = os.fsencode(tmp_path / "u")
    os.makedirs(folder)
    raw = write(folder + b"/IMG_\xff.jpg", b"same")
    lookalike = write(os.fsencode(tmp_path / "u" / "IMG_\ufffd.jpg"), b"same")
    keeper = write(tmp_path / "u" / "keeper.jpg", b"same")
    outcomes = execute(make_plan({0: [candidate(keeper, keep=True), candidate(raw)]}))
    assert [(o.path, o.outcome) for o in outcomes] == [(raw, Outcome.TRASHED)]
    assert os.path.exists(lookalike) and not os.path.lexists(raw)
    assert trash_names() == [b"IMG_\xff.jpg"]
    info = (home_trash() / "info").iterdir().__next__().read_bytes()
    assert b"/IMG_%FF.jpg\n" in info


def test_other_device_goes_to_topdir_trash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """G8 / #29: a file on another device lands in $topdir/.Trash-$uid (fake volume)."""
    volume = tmp_path / "volume"
    keeper = write(tmp_path / "u" / "k.jpg", b"v")
    victim = write(volume / "photos" / "v.jpg", b"v")
    _fake_volume(monkeypatch, volume)
    (outcome,) = execute(_plan([keeper, victim]))
    assert outcome.outcome is Outcome.TRASHED
    uid = os.getuid()
    assert (volume / f".Trash-{uid}" / "files" / "v.jpg").exists()
    info = (volume / f".Trash-{uid}" / "info" / "v.jpg.trashinfo").read_text()
    assert "Path=photos/v.jpg\n" in info  # relative to the volume's top dir
    assert trash_names() == []


def test_unusable_topdir_trash_fails_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """G8 / #29, #31: no trash can be made on the volume -> FAILED, file untouched, no orphan."""
    volume = tmp_path / "volume"
    keeper = write(tmp_path / "u" / "k.jpg", b"v")
    victim = write(volume / "v.jpg", b"v")
    _fake_volume(monkeypatch, volume)
    real_make = trash._make_dir

    def no_trash_here(folder: bytes) -> None:
        if b".Trash" in folder:
            raise PermissionError(errno.EACCES, "Permission denied", folder)
        real_make(folder)

    monkeypatch.setattr(trash, "_make_dir", no_trash_here)
    (outcome,) = execute(_plan([keeper, victim]))
    assert outcome.outcome is Outcome.FAILED and "no usable trash" in outcome.reason
    assert Path(victim).read_bytes() == b"v"
    assert not list(volume.rglob("*.trashinfo"))


def _fake_volume(monkeypatch: pytest.MonkeyPatch, volume: Path) -> None:
    fake_volume(monkeypatch, volume)


def test_explicit_journal_is_used(tmp_path: Path) -> None:
    keeper, v1 = _group(tmp_path, "g", 2)
    journal = Journal(tmp_path / "j")
    execute(_plan([keeper, v1]), journal=journal)
    assert journal.path is not None and journal.path.parent == tmp_path / "j"
    assert load_sessions(tmp_path / "j")[0].entries[0].state == "trashed"


def _with_key(path: str, key: str, keep: bool = False) -> Candidate:
    return dataclasses.replace(candidate(path, keep=keep), content_key=key)


def test_exact_groups_rehash_keeper_and_victim(tmp_path: Path) -> None:
    """G2/G3 (rmlint -p): bytes are re-hashed; a mismatch the stat missed stops the act."""
    keeper, v1, v2 = _group(tmp_path, "g")
    keys = {p: content_key(Path(p).read_bytes()) for p in (keeper, v1, v2)}
    plan = make_plan(
        {
            0: [
                _with_key(keeper, keys[keeper], keep=True),
                _with_key(v1, "0" * 32),
                _with_key(v2, keys[v2]),
            ]
        }
    )
    outcomes = execute(plan)
    assert [o.outcome for o in outcomes] == [Outcome.CHANGED, Outcome.TRASHED]
    assert "content differs" in outcomes[0].reason and os.path.exists(v1)
    assert load_sessions()[0].entries[0].path == v2


def test_keeper_with_different_bytes_refuses_exact_group(tmp_path: Path) -> None:
    keeper, v1 = _group(tmp_path, "g", 2)
    plan = make_plan({0: [_with_key(keeper, "f" * 32, keep=True), _with_key(v1, "")]})
    (outcome,) = execute(plan)
    assert outcome.outcome is Outcome.SKIPPED and "content differs" in outcome.reason
    assert os.path.exists(v1)


def test_no_journal_no_trashing(tmp_path: Path) -> None:
    """G10 write-ahead: if the intent cannot be written, the file is not touched."""
    keeper, v1 = _group(tmp_path, "g", 2)
    blocked = tmp_path / "not_a_dir"
    blocked.write_bytes(b"a file where the journal folder should be")
    (outcome,) = execute(_plan([keeper, v1]), journal=Journal(blocked / "journal"))
    assert outcome.outcome is Outcome.FAILED and "journal cannot be written" in outcome.reason
    assert os.path.exists(v1) and trash_names() == []


def test_file_reached_through_a_symlinked_folder_is_trashed_at_its_claimed_entry(
    tmp_path: Path,
) -> None:
    """The journal names the entry claimed before the move; .trashinfo has the path used."""
    real = tmp_path / "real"
    keeper = write(real / "k.jpg", b"same")
    write(real / "v.jpg", b"same")
    alias = tmp_path / "alias"
    alias.symlink_to(real)
    victim = str(alias / "v.jpg")
    (outcome,) = execute(make_plan({0: [candidate(keeper, keep=True), candidate(victim)]}))
    assert outcome.outcome is Outcome.TRASHED, outcome
    assert load_sessions()[0].entries[0].trash_file == str(home_trash() / "files" / "v.jpg")
    info = (home_trash() / "info" / "v.jpg.trashinfo").read_text()
    assert f"Path={victim}\n" in info


def test_a_second_process_waits_for_the_trash_lock(tmp_path: Path) -> None:
    """G9 across instances: while another process holds the lock, nothing is trashed."""
    import fcntl
    import threading

    keeper, v1 = _group(tmp_path, "g", 2)
    lock = paths.data_dir() / trash.TRASH_LOCK
    lock.parent.mkdir(parents=True, exist_ok=True)
    with open(lock, "w") as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # "the other instance" is trashing
        worker = threading.Thread(target=execute, args=(_plan([keeper, v1]),))
        worker.start()
        worker.join(0.5)
        assert worker.is_alive() and os.path.exists(v1)
        fcntl.flock(held, fcntl.LOCK_UN)
    worker.join(10)
    assert not worker.is_alive() and not os.path.lexists(v1)
