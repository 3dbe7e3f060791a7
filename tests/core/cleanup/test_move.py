"""Move to folder (#14): the alternative to the trash, journaled and undoable like trashing.

Real files in ``tmp_path``; the audit hook allows renames/links only into the folder the
test declared (the ``move_destination`` fixture).
"""

# Bytes paths on purpose (exact file names): os.path, not pathlib.
# ruff: noqa: PTH105, PTH110, PTH208

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from photodedup.core import paths
from photodedup.core.cleanup import destination as dest_mod
from photodedup.core.cleanup.destination import Destination, DestinationError
from photodedup.core.cleanup.execute import Outcome, execute
from photodedup.core.cleanup.journal import (
    Journal,
    clean_orphans,
    last_cleanup_summary,
    load_sessions,
    undo_last,
)
from photodedup.core.cleanup.plan import Candidate, attach_sidecars, make_plan
from photodedup.core.cleanup.trash import home_trash
from photodedup.core.types import FileIdentity, Sidecar
from tests.core.cleanup.safety_helpers import candidate, trash_names, write


def _group(tmp_path: Path, n: int = 3) -> list[str]:
    """A keeper and ``n - 1`` byte copies, all named IMG_1.jpg in their own folders."""
    files = [write(tmp_path / "u" / f"d{i}" / "IMG_1.jpg", b"same pixels") for i in range(n)]
    os.utime(files[1], ns=(1_600_000_000_123_456_789, 1_500_000_000_987_654_321))
    return files


def _plan(keeper: str, *victims: str):
    return make_plan({1: [candidate(keeper, keep=True), *(candidate(v) for v in victims)]})


def _snapshot(files: list[str]) -> dict[str, tuple[bytes, int, int]]:
    return {f: (Path(f).read_bytes(), os.lstat(f).st_mtime_ns, os.lstat(f).st_ino) for f in files}


def test_moved_then_undone_byte_identical(tmp_path: Path, move_destination: Path) -> None:
    keeper, *victims = _group(tmp_path)
    before = _snapshot(victims)
    out = execute(_plan(keeper, *victims), destination=Destination(str(move_destination)))
    assert [o.outcome for o in out] == [Outcome.MOVED, Outcome.MOVED]
    assert sorted(os.listdir(move_destination)) == ["IMG_1 1.jpg", "IMG_1.jpg"]  # a free name
    assert not any(os.path.lexists(v) for v in victims) and os.path.exists(keeper)
    moved = {os.lstat(move_destination / n).st_ino for n in os.listdir(move_destination)}
    assert moved == {ino for _, _, ino in before.values()}  # moved, never copied
    assert trash_names() == []
    [session] = load_sessions()
    assert session.moved and all(e.moved for e in session.entries)
    assert {e.trash_file for e in session.entries} == {
        str(move_destination / "IMG_1.jpg"),
        str(move_destination / "IMG_1 1.jpg"),
    }
    assert "2 files moved on" in (last_cleanup_summary() or "")

    restored = undo_last()
    assert [r.restored for r in restored] == [True, True], restored
    assert _snapshot(victims) == before
    assert os.listdir(move_destination) == []


def test_collision_at_destination_gets_a_free_name(tmp_path: Path, move_destination: Path) -> None:
    keeper, victim = _group(tmp_path, 2)
    theirs = write(move_destination / "IMG_1.jpg", b"someone else's photo")
    write(move_destination / "IMG_1 1.jpg", b"and another")
    [out] = execute(_plan(keeper, victim), destination=Destination(str(move_destination)))
    assert out.outcome is Outcome.MOVED
    assert Path(theirs).read_bytes() == b"someone else's photo"
    assert (move_destination / "IMG_1 1.jpg").read_bytes() == b"and another"
    assert (move_destination / "IMG_1 2.jpg").read_bytes() == b"same pixels"


def test_name_taken_between_pick_and_move_is_never_overwritten(
    tmp_path: Path, move_destination: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keeper, victim = _group(tmp_path, 2)
    folder = Destination(str(move_destination))
    real_claim = folder.claim

    def racing_claim(path: str):
        item = real_claim(path)
        write(item.trash_file, b"arrived in the meantime")
        return item

    monkeypatch.setattr(folder, "claim", racing_claim)
    [out] = execute(_plan(keeper, victim), destination=folder)
    assert out.outcome is Outcome.FAILED and "taken" in out.reason
    assert (move_destination / "IMG_1.jpg").read_bytes() == b"arrived in the meantime"
    assert Path(victim).read_bytes() == b"same pixels"


@pytest.mark.parametrize("change", ["append", "mtime", "replaced"])
def test_victim_changed_after_scan_is_not_moved(
    tmp_path: Path, move_destination: Path, change: str
) -> None:
    keeper, victim = _group(tmp_path, 2)
    plan = _plan(keeper, victim)
    if change == "append":
        with open(victim, "ab") as fh:
            fh.write(b"!")
    elif change == "mtime":
        os.utime(victim, ns=(1, 1))
    else:
        os.replace(write(tmp_path / "other.jpg", b"same pixels"), victim)
    [out] = execute(plan, destination=Destination(str(move_destination)))
    assert out.outcome is Outcome.CHANGED
    assert os.path.exists(victim) and os.listdir(move_destination) == []


def test_last_copy_and_reference_photo_are_never_moved(
    tmp_path: Path, move_destination: Path
) -> None:
    a, b, c = _group(tmp_path)
    everything = make_plan({1: [candidate(a), candidate(b)]})  # both marked: one must stay
    ref = make_plan({2: [candidate(c, protected=True)]})  # the reference alone
    out = execute(everything, destination=Destination(str(move_destination)))
    out += execute(ref, destination=Destination(str(move_destination)))
    assert len([o for o in out if o.outcome is Outcome.MOVED]) <= 1
    assert os.path.exists(c)
    assert os.path.exists(a) or os.path.exists(b)


def test_keeper_changed_moves_nothing(tmp_path: Path, move_destination: Path) -> None:
    keeper, victim = _group(tmp_path, 2)
    plan = _plan(keeper, victim)
    Path(keeper).write_bytes(b"edited")
    [out] = execute(plan, destination=Destination(str(move_destination)))
    assert out.outcome is Outcome.SKIPPED and "keeper changed" in out.reason
    assert os.listdir(move_destination) == []


@pytest.mark.parametrize("where", ["reference", "inside_reference", "data_dir", "trash", "file"])
def test_bad_destination_is_refused(tmp_path: Path, where: str) -> None:
    ref = tmp_path / "ref"
    (ref / "sub").mkdir(parents=True)
    folder = {
        "reference": ref,
        "inside_reference": ref / "sub",
        "data_dir": paths.data_dir() / "moved",
        "trash": home_trash() / "files",
        "file": Path(write(tmp_path / "a_file.jpg", b"x")),
    }[where]
    if where != "file":
        folder.mkdir(parents=True, exist_ok=True)
    with pytest.raises(DestinationError):
        Destination(str(folder), reference_roots=[str(ref)])


def test_destination_swapped_for_a_symlink_is_refused_before_acting(
    tmp_path: Path, move_destination: Path
) -> None:
    keeper, victim = _group(tmp_path, 2)
    folder = Destination(str(move_destination))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    move_destination.rmdir()
    move_destination.symlink_to(elsewhere)
    [out] = execute(_plan(keeper, victim), destination=folder)
    assert out.outcome is Outcome.FAILED and "leads elsewhere" in out.reason
    assert os.path.exists(victim) and os.listdir(elsewhere) == []


def test_other_drive_is_refused_with_a_reason(
    tmp_path: Path, move_destination: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keeper, victim = _group(tmp_path, 2)
    real_link = os.link

    def cross_device(src: object, dst: object, **kw: object) -> None:
        if os.fsencode(dst).startswith(os.fsencode(move_destination)):  # type: ignore[arg-type]
            raise OSError(errno.EXDEV, "Invalid cross-device link")
        real_link(src, dst, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(dest_mod.os, "link", cross_device)
    [out] = execute(_plan(keeper, victim), destination=Destination(str(move_destination)))
    assert out.outcome is Outcome.FAILED and "another drive" in out.reason
    assert Path(victim).read_bytes() == b"same pixels"
    assert os.listdir(move_destination) == []


def test_without_hard_links_the_name_is_reserved_then_renamed(
    tmp_path: Path, move_destination: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    keeper, victim = _group(tmp_path, 2)
    ino = os.lstat(victim).st_ino

    def no_links(*_a: object, **_k: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(dest_mod.os, "link", no_links)
    [out] = execute(_plan(keeper, victim), destination=Destination(str(move_destination)))
    assert out.outcome is Outcome.MOVED, out
    assert os.lstat(move_destination / "IMG_1.jpg").st_ino == ino


def test_undo_refuses_when_the_moved_file_was_replaced(
    tmp_path: Path, move_destination: Path
) -> None:
    keeper, victim = _group(tmp_path, 2)
    execute(_plan(keeper, victim), destination=Destination(str(move_destination)))
    moved = move_destination / "IMG_1.jpg"
    os.replace(write(tmp_path / "impostor.jpg", b"same pixels"), moved)
    [r] = undo_last()
    assert not r.restored and "not the file that was" in r.reason and "folder" in r.reason
    assert not os.path.exists(victim) and moved.read_bytes() == b"same pixels"


def test_undo_never_overwrites_at_the_original_path(tmp_path: Path, move_destination: Path) -> None:
    keeper, victim = _group(tmp_path, 2)
    execute(_plan(keeper, victim), destination=Destination(str(move_destination)))
    write(victim, b"a new photo at the old name")
    [r] = undo_last()
    assert not r.restored and "already exists" in r.reason
    assert Path(victim).read_bytes() == b"a new photo at the old name"
    assert (move_destination / "IMG_1.jpg").read_bytes() == b"same pixels"


def test_kill_between_link_and_unlink_is_rolled_back(
    tmp_path: Path, move_destination: Path
) -> None:
    keeper, victim = _group(tmp_path, 2)
    journal = Journal()
    ident = FileIdentity.from_stat(os.lstat(victim))
    item = Destination(str(move_destination)).claim(victim)
    journal.intent(1, victim, ident, keeper, item=item, moved=True)
    os.link(victim, item.trash_file)  # the process died right after link()
    assert clean_orphans() == 1
    assert os.listdir(move_destination) == [] and Path(victim).read_bytes() == b"same pixels"
    assert undo_last() == []


def test_sidecar_follows_its_photo_into_the_folder(tmp_path: Path, move_destination: Path) -> None:
    keeper, victim = _group(tmp_path, 2)
    xmp = write(Path(victim).with_suffix(".xmp"), b"<xmp/>")
    side = Sidecar(xmp, FileIdentity.from_stat(os.lstat(xmp)), (victim,))
    victim_c = candidate(victim)
    plan = attach_sidecars(
        make_plan({1: [candidate(keeper, keep=True), _with_sidecar(victim_c, side)]})
    )
    out = execute(plan, destination=Destination(str(move_destination)))
    assert [o.outcome for o in out] == [Outcome.MOVED, Outcome.MOVED], out
    assert sorted(os.listdir(move_destination)) == ["IMG_1.jpg", "IMG_1.xmp"]
    assert [r.restored for r in undo_last()] == [True, True]
    assert Path(xmp).read_bytes() == b"<xmp/>"


def _with_sidecar(c: Candidate, side: Sidecar) -> Candidate:
    return Candidate(c.path, c.identity, c.keep, c.protected, sidecars=(side,))
