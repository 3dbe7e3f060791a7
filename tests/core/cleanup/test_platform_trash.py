"""Trash and undo on macOS and Windows (``platform_trash``), the platform calls simulated.

The macOS and Windows backends run here on Linux, selected through the seam
(``platform_trash._ACTIVE``), with the platform calls replaced by fakes that do what the
platforms document, on real files in ``tmp_path``:

* :class:`FakeFinder`: ``NSFileManager trashItemAtURL:resultingItemURL:error:`` renames the
  file into ``~/.Trash`` (same volume: the inode is kept) under a free name, compared
  case-insensitively as APFS/HFS+ do ("IMG 2.jpg", or a time "IMG 10.42.13.jpg"), and
  returns the resulting URL (or none: the legacy ``FSMoveObjectToTrashSync``);
* :class:`FakeShell`: ``IFileOperation`` with ``FOFX_RECYCLEONDELETE`` renames the file to
  ``$R<random>.<ext>`` in ``<volume>/$Recycle.Bin/<SID>/`` and writes its ``$I`` record
  (version 2: size, deletion FILETIME, the original path as the shell spells it); the
  progress sink's new item is returned (modern) or not (legacy ``SHFileOperationW``).

Case-insensitive names: the fakes compare names by case fold; two names of one file are
simulated with a hard link (what ``lstat`` shows on APFS or NTFS for "IMG.jpg" and
"img.JPG"); a folder that resolves names case-insensitively is simulated by
:func:`case_insensitive` (``lstat``/``lexists``/``link`` under it).
"""

# Bytes-exact helpers use os.path on purpose.
# ruff: noqa: PTH104, PTH110, PTH111, PTH118, PTH119, PTH122, PTH208

from __future__ import annotations

import errno
import itertools
import os
import random
import string
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from photodedup.core.cleanup import platform_trash, trash
from photodedup.core.cleanup.execute import Outcome, execute
from photodedup.core.cleanup.journal import Journal, load_sessions, pending_entries, undo_last
from photodedup.core.cleanup.mac_trash import MacTrash
from photodedup.core.cleanup.plan import make_plan
from photodedup.core.cleanup.windows_trash import (
    FILETIME_UNIX_EPOCH,
    WindowsTrash,
    parse_recycle_record,
    recycle_record_bytes,
)
from tests.core.cleanup.safety_helpers import candidate, trash_names, write

SID = "S-1-5-21-1004336348-1177238915-682003330-1001"


# --------------------------------------------------------------------------- fakes
class FakeFinder:
    """``NSFileManager trashItemAtURL:resultingItemURL:error:`` as documented."""

    def __init__(self) -> None:
        self.trash = Path(os.path.expanduser("~")) / ".Trash"
        self.url = True  # False: the legacy API, which names no resulting item
        self.clock_names = False  # collisions named by the time ("IMG 10.42.13.jpg")
        self.error: OSError | None = None  # raised before moving
        self.error_after_move: OSError | None = None  # raised after moving
        self.lie = False  # report success, move nothing
        self.elsewhere: Path | None = None  # move it here instead (not into the trash)
        self.calls: list[str] = []

    def _free_name(self, name: str) -> str:
        taken = {n.casefold() for n in os.listdir(self.trash)}
        stem, ext = os.path.splitext(name)
        if self.clock_names:
            stem = f"{stem} {time.strftime('%H.%M.%S')}" if name.casefold() in taken else stem
            name = stem + ext
        names = itertools.chain([name], (f"{stem} {i}{ext}" for i in itertools.count(2)))
        return next(n for n in names if n.casefold() not in taken)

    def __call__(self, path: str) -> str:
        self.calls.append(path)
        if self.error is not None:
            raise self.error
        self.trash.mkdir(exist_ok=True)
        if self.lie:
            return str(self.trash / os.path.basename(path))
        target = self.elsewhere or self.trash
        dest = target / self._free_name(os.path.basename(path))
        os.rename(path, dest)
        if self.error_after_move is not None:
            raise self.error_after_move
        return str(dest) if self.url else ""


class FakeShell:
    """``IFileOperation`` + ``FOFX_RECYCLEONDELETE`` into a fake ``$Recycle.Bin``."""

    def __init__(self, volume: Path) -> None:
        self.bin = volume / "$Recycle.Bin" / SID
        self.bin.mkdir(parents=True, exist_ok=True)
        self.sink = True  # the progress sink names the new item ($R); False: legacy
        self.spell: Callable[[str], str] = lambda p: p  # how the $I spells the path
        self.abort = False  # the sink refuses: the file could not be recycled
        self.no_record = False  # moved but no $I (the file is then "not found")
        self.wrong_hint = False  # the sink names some other $R
        self.rng = random.Random(15)

    def __call__(self, path: str) -> str:
        if self.abort:
            raise OSError(errno.EIO, "the Recycle Bin refused the file (not recyclable)", path)
        ext = os.path.splitext(path)[1]
        while True:
            name = "".join(self.rng.choices(string.ascii_uppercase + string.digits, k=6)) + ext
            if not (self.bin / f"$R{name}").exists():
                break
        size = os.lstat(path).st_size
        if not self.no_record:
            record = recycle_record_bytes(self.spell(path), size, time.time())
            (self.bin / f"$I{name}").write_bytes(record)
        os.rename(path, self.bin / f"$R{name}")
        if self.wrong_hint:
            return str(self.bin / "$RZZZZZZ.jpg")
        return str(self.bin / f"$R{name}") if self.sink else ""

    def bins(self, _path: str) -> list[str]:
        return [str(self.bin)]

    def entries(self) -> list[str]:
        return sorted(os.listdir(self.bin))


@pytest.fixture
def mac(monkeypatch: pytest.MonkeyPatch) -> FakeFinder:
    finder = FakeFinder()
    monkeypatch.setattr(platform_trash, "_ACTIVE", [MacTrash(trash_item=finder)])
    return finder


@pytest.fixture
def win(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> FakeShell:
    shell = FakeShell(tmp_path / "C")
    backend = WindowsTrash(recycle=shell, recycle_bins=shell.bins, unavailable=lambda: "")
    monkeypatch.setattr(platform_trash, "_ACTIVE", [backend])
    return shell


def _photos(
    folder: Path, names: list[str], data: Callable[[int], bytes] | None = None
) -> list[str]:
    out = []
    for i, name in enumerate(names):
        out.append(write(folder / name, data(i) if data else f"photo {i} {name}".encode() * 50))
    os.utime(out[-1], ns=(1_600_000_000_123_456_789, 1_500_000_000_987_654_321))
    return out


def _run(keeper: str, *victims: str) -> list[Any]:
    plan = make_plan({1: [candidate(keeper, keep=True), *(candidate(v) for v in victims)]})
    return execute(plan)


def _snapshot(paths: list[str]) -> dict[str, tuple[bytes, int]]:
    return {p: (Path(p).read_bytes(), os.lstat(p).st_mtime_ns) for p in paths}


def _entries() -> list[Any]:
    (session,) = load_sessions()
    return session.entries


# ----------------------------------------------------------------------------- seam
def test_the_backend_is_chosen_by_platform_and_linux_keeps_its_own_trash() -> None:
    assert isinstance(platform_trash.for_platform("darwin"), MacTrash)
    assert isinstance(platform_trash.for_platform("win32"), WindowsTrash)
    assert platform_trash.for_platform("linux") is None
    assert platform_trash.active() is None  # this test runs on Linux: freedesktop


def test_recycle_records_of_both_versions_are_read() -> None:
    when = 1_700_000_000.5
    v2 = parse_recycle_record(recycle_record_bytes("C:\\Users\\Ann\\IMG_0001.JPG", 1234, when))
    assert v2 is not None
    assert (v2.path, v2.size) == ("C:\\Users\\Ann\\IMG_0001.JPG", 1234)
    assert abs(v2.deleted - when) < 1e-6
    ticks = int(when * 10_000_000) + FILETIME_UNIX_EPOCH
    v1 = b"".join(
        [(1).to_bytes(8, "little"), (99).to_bytes(8, "little"), ticks.to_bytes(8, "little")]
    ) + "D:\\x.jpg".encode("utf-16-le").ljust(520, b"\0")
    assert parse_recycle_record(v1) == ("D:\\x.jpg", 99, pytest.approx(when))
    assert parse_recycle_record(b"\x03" + b"\0" * 40) is None
    assert parse_recycle_record(b"short") is None


# ---------------------------------------------------------------------------- macOS
@pytest.mark.parametrize("url", [True, False], ids=["resulting_url", "legacy_no_url"])
def test_mac_trash_records_the_entry_and_undo_restores_identical_files(
    tmp_path: Path, mac: FakeFinder, url: bool
) -> None:
    mac.url = url
    keeper, v1, v2 = _photos(tmp_path / "Pictures", ["IMG_0001.jpg", "a/IMG_0002.jpg", "b/c.jpg"])
    before, inodes = _snapshot([v1, v2]), [os.lstat(v).st_ino for v in (v1, v2)]
    outcomes = _run(keeper, v1, v2)
    assert [o.outcome for o in outcomes] == [Outcome.TRASHED, Outcome.TRASHED]
    assert sorted(os.listdir(mac.trash)) == ["IMG_0002.jpg", "c.jpg"]
    entries = _entries()
    assert [e.trash_file for e in entries] == [
        str(mac.trash / "IMG_0002.jpg"),
        str(mac.trash / "c.jpg"),
    ]
    assert [os.lstat(e.trash_file).st_ino for e in entries] == inodes  # moved, not copied
    assert [e.info_file for e in entries] == ["", ""]
    assert trash_names() == []  # no freedesktop trash was made on macOS
    assert all(o.restored for o in undo_last())
    assert _snapshot([v1, v2]) == before
    assert os.listdir(mac.trash) == []


@pytest.mark.parametrize("clock_names", [False, True], ids=["numbered", "timed"])
def test_mac_name_collisions_in_the_trash_any_case(
    tmp_path: Path, mac: FakeFinder, clock_names: bool
) -> None:
    """The trash already holds "img_0001.JPG" (another photo); three "IMG_0001.jpg" go in."""
    mac.clock_names, mac.url = clock_names, False  # found by the search, not told
    older = write(mac.trash / "img_0001.JPG", b"an older trashed photo, not ours")
    keeper = write(tmp_path / "k" / "IMG_0001.jpg", b"keeper")
    victims = [write(tmp_path / f"d{i}" / "IMG_0001.jpg", b"copy %d" % i * 9) for i in range(3)]
    before = _snapshot(victims)
    assert [o.outcome for o in _run(keeper, *victims)] == [Outcome.TRASHED] * 3
    names = [os.path.basename(e.trash_file) for e in _entries()]
    assert len(set(names) | {"img_0001.JPG"}) == 4 and all(n.startswith("IMG_0001 ") for n in names)
    assert all(o.restored for o in undo_last())
    assert _snapshot(victims) == before
    assert os.listdir(mac.trash) == ["img_0001.JPG"] and Path(older).read_bytes().startswith(b"an")


def test_mac_failures_are_told_apart_from_trashed(tmp_path: Path, mac: FakeFinder) -> None:
    keeper, v1 = _photos(tmp_path, ["k.jpg", "v.jpg"])
    mac.error = OSError(errno.EIO, "The operation couldn’t be completed.")
    (out,) = _run(keeper, v1)
    assert out.outcome is Outcome.FAILED and "couldn’t be completed" in out.reason
    assert os.path.exists(v1) and _entries()[0].state == "failed"


def test_mac_reported_success_with_the_file_still_there_is_failed(
    tmp_path: Path, mac: FakeFinder
) -> None:
    keeper, v1 = _photos(tmp_path, ["k.jpg", "v.jpg"])
    mac.lie = True
    (out,) = _run(keeper, v1)
    assert out.outcome is Outcome.FAILED and "still in place" in out.reason
    assert os.path.exists(v1)


def test_mac_moved_but_not_into_the_trash_is_failed(tmp_path: Path, mac: FakeFinder) -> None:
    keeper, v1 = _photos(tmp_path, ["k.jpg", "v.jpg"])
    mac.elsewhere = tmp_path / "Trash on a network share"
    mac.elsewhere.mkdir()
    mac.url = False
    (out,) = _run(keeper, v1)
    assert out.outcome is Outcome.FAILED and "not found in the trash" in out.reason


def test_mac_an_error_after_the_move_still_counts_as_trashed(
    tmp_path: Path, mac: FakeFinder
) -> None:
    keeper, v1 = _photos(tmp_path, ["k.jpg", "v.jpg"])
    mac.error_after_move = OSError(errno.EIO, "reported late")
    (out,) = _run(keeper, v1)
    assert out.outcome is Outcome.TRASHED
    assert _entries()[0].trash_file == str(mac.trash / "v.jpg")


@pytest.mark.parametrize("how", ["replaced", "emptied", "edited"])
def test_mac_undo_refuses_when_the_trash_entry_is_not_the_file(
    tmp_path: Path, mac: FakeFinder, how: str
) -> None:
    keeper, v1 = _photos(tmp_path, ["k.jpg", "v.jpg"])
    _run(keeper, v1)
    entry = mac.trash / "v.jpg"
    if how == "replaced":  # emptied, then another "v.jpg" trashed under the same name
        entry.unlink()
        write(entry, b"another photo entirely")
    elif how == "emptied":
        entry.unlink()
    else:
        with open(entry, "ab") as fh:
            fh.write(b"!")
    (out,) = undo_last()
    assert not out.restored and not os.path.lexists(v1)
    assert ("no longer in the trash" if how == "emptied" else "not the file") in out.reason


def test_mac_undo_after_a_kill_between_the_move_and_the_journal(
    tmp_path: Path, mac: FakeFinder
) -> None:
    """The intent line names no entry (the platform names it): undo searches the trash."""
    _keeper, v1 = _photos(tmp_path, ["k.jpg", "v.jpg"])
    mac.url = False
    cand, before = candidate(v1), _snapshot([v1])
    journal = Journal()
    item = trash.claim(v1)
    journal.intent(1, v1, cand.identity, _keeper, item=item)
    trash.commit(v1, item, cand.identity)  # ... and the process died before "done"
    assert [e.path for e in pending_entries()] == [v1]
    assert [o.restored for o in undo_last()] == [True]
    assert _snapshot([v1]) == before


def test_mac_two_names_of_one_file_are_never_keeper_and_victim(
    tmp_path: Path, mac: FakeFinder
) -> None:
    """On APFS "IMG.jpg" and "img.JPG" are one file (here: a hard link)."""
    keeper = write(tmp_path / "IMG.jpg", b"the only photo")
    os.link(keeper, tmp_path / "img.JPG")
    outcomes = _run(keeper, str(tmp_path / "img.JPG"))  # the plan sees one file
    assert all(o.outcome is not Outcome.TRASHED for o in outcomes) and mac.calls == []
    assert Path(keeper).read_bytes() == b"the only photo"


# -------------------------------------------------------------------------- Windows
@pytest.mark.parametrize("sink", [True, False], ids=["sink_names_item", "legacy_no_path"])
def test_windows_recycle_records_r_and_i_and_undo_restores_identical_files(
    tmp_path: Path, win: FakeShell, sink: bool
) -> None:
    win.sink = sink
    folder = tmp_path / "C" / "Users" / "Ann" / "Pictures"
    keeper, v1, v2 = _photos(folder, ["IMG_0001.JPG", "x/IMG_0002.JPG", "y/z.jpeg"])
    before, ids = _snapshot([v1, v2]), [os.lstat(v).st_ino for v in (v1, v2)]
    outcomes = _run(keeper, v1, v2)
    assert [o.outcome for o in outcomes] == [Outcome.TRASHED, Outcome.TRASHED]
    entries = _entries()
    for entry, file_id in zip(entries, ids, strict=True):
        r_name, i_name = os.path.basename(entry.trash_file), os.path.basename(entry.info_file)
        assert r_name.startswith("$R") and i_name == "$I" + r_name[2:]
        assert os.lstat(entry.trash_file).st_ino == file_id  # renamed on its volume
        assert parse_recycle_record(Path(entry.info_file).read_bytes()).path == entry.path
    assert len(win.entries()) == 4 and trash_names() == []
    assert all(o.restored for o in undo_last())
    assert _snapshot([v1, v2]) == before
    assert win.entries() == []  # Explorer's Restore: $R moved back, $I removed


def test_windows_same_names_and_an_older_entry_of_the_same_path(
    tmp_path: Path, win: FakeShell
) -> None:
    """Three "IMG_0001.JPG" of one size, one trashed from the same path an hour ago."""
    win.sink = False  # found through the $I records
    folder = tmp_path / "C" / "P"
    keeper = write(folder / "k" / "IMG_0001.JPG", b"k" * 100)
    victims = [write(folder / f"d{i}" / "IMG_0001.JPG", b"%d" % i * 100) for i in range(3)]
    old = win.bin / "$ROLD001.JPG"
    write(old, b"9" * 100)  # same size, same original path, deleted earlier
    (win.bin / "$IOLD001.JPG").write_bytes(
        recycle_record_bytes(victims[0], 100, time.time() - 3600)
    )
    before = _snapshot(victims)
    assert [o.outcome for o in _run(keeper, *victims)] == [Outcome.TRASHED] * 3
    assert str(old) not in [e.trash_file for e in _entries()]
    assert all(o.restored for o in undo_last())
    assert _snapshot(victims) == before
    assert win.entries() == ["$IOLD001.JPG", "$ROLD001.JPG"]  # not ours: left alone


def test_windows_original_path_compared_case_insensitively(tmp_path: Path, win: FakeShell) -> None:
    """NTFS: the $I may spell the path in another case than the scan did."""
    win.sink = False
    win.spell = str.upper
    keeper, v1 = _photos(tmp_path / "C" / "Photos", ["Keep.jpg", "IMG_0001.jpg"])
    (out,) = _run(keeper, v1)
    assert out.outcome is Outcome.TRASHED
    assert os.path.basename(_entries()[0].trash_file).startswith("$R")
    assert [o.restored for o in undo_last()] == [True] and os.path.exists(v1)


def test_windows_a_wrong_item_from_the_sink_is_checked_not_trusted(
    tmp_path: Path, win: FakeShell
) -> None:
    win.wrong_hint = True
    keeper, v1 = _photos(tmp_path / "C", ["k.jpg", "v.jpg"])
    (out,) = _run(keeper, v1)
    assert out.outcome is Outcome.TRASHED
    assert not _entries()[0].trash_file.endswith("$RZZZZZZ.jpg")


def test_windows_failures_are_told_apart_from_trashed(tmp_path: Path, win: FakeShell) -> None:
    keeper, v1, v2 = _photos(tmp_path / "C", ["k.jpg", "v1.jpg", "v2.jpg"])
    win.abort = True  # e.g. a network drive: the sink refuses a permanent delete
    out1, out2 = _run(keeper, v1, v2)
    assert out1.outcome is out2.outcome is Outcome.FAILED
    assert "not recyclable" in out1.reason
    assert os.path.exists(v1) and os.path.exists(v2)
    assert [e.state for e in _entries()] == ["failed", "failed"]


def test_windows_moved_without_a_recycle_record_is_failed(tmp_path: Path, win: FakeShell) -> None:
    win.no_record, win.sink = True, False
    keeper, v1 = _photos(tmp_path / "C", ["k.jpg", "v.jpg"])
    (out,) = _run(keeper, v1)
    assert out.outcome is Outcome.FAILED and "not found in the trash" in out.reason


def test_windows_without_pywin32_nothing_is_trashed(
    tmp_path: Path, win: FakeShell, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SHFileOperationW deletes for good where there is no Recycle Bin: never used."""
    backend = WindowsTrash(recycle=win, recycle_bins=win.bins, unavailable=lambda: "no pywin32")
    monkeypatch.setattr(platform_trash, "_ACTIVE", [backend])
    keeper, v1 = _photos(tmp_path / "C", ["k.jpg", "v.jpg"])
    (out,) = _run(keeper, v1)
    assert out.outcome is Outcome.FAILED and "no pywin32" in out.reason
    assert os.path.exists(v1) and win.entries() == []


@pytest.mark.parametrize("how", ["replaced_same_size", "emptied", "record_gone"])
def test_windows_undo_refuses_when_the_recycled_file_is_not_the_one(
    tmp_path: Path, win: FakeShell, how: str
) -> None:
    keeper, v1 = _photos(tmp_path / "C", ["k.jpg", "v.jpg"])
    size = os.lstat(v1).st_size
    _run(keeper, v1)
    (entry,) = _entries()
    r_file, i_file = Path(entry.trash_file), Path(entry.info_file)
    if how == "replaced_same_size":
        r_file.unlink()
        write(r_file, b"x" * size)
    elif how == "emptied":
        r_file.unlink()
        i_file.unlink()
    else:
        i_file.unlink()  # the bin emptied halfway: only the $R left
    (out,) = undo_last()
    if how == "record_gone":  # still the very file (same file ID, size, mtime): restored
        assert out.restored and os.path.exists(v1)
        return
    assert not out.restored and not os.path.lexists(v1)
    assert ("no longer in the trash" if how == "emptied" else "not the file") in out.reason


def test_windows_undo_after_a_kill_between_the_move_and_the_journal(
    tmp_path: Path, win: FakeShell
) -> None:
    win.sink = False
    keeper, v1 = _photos(tmp_path / "C", ["k.jpg", "IMG.JPG"])
    cand, before = candidate(v1), _snapshot([v1])
    item = trash.claim(v1)
    Journal().intent(1, v1, cand.identity, keeper, item=item)
    trash.commit(v1, item, cand.identity)  # ... killed before "done"
    assert [o.restored for o in undo_last()] == [True]
    assert _snapshot([v1]) == before and win.entries() == []


def case_insensitive(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """Names under ``folder`` resolve case-insensitively (NTFS, APFS): ``lstat``,
    ``lexists`` and ``link`` see "IMG.JPG" where "img.jpg" is."""
    top = str(folder)
    real_lstat, real_link = os.lstat, os.link

    def actual(path: Any) -> Any:
        text = os.fsdecode(path)
        if not text.startswith(top + os.sep):
            return path
        try:
            real_lstat(text)
        except FileNotFoundError:
            pass
        else:
            return path
        parent, name = os.path.split(text)
        with_case = [n for n in os.listdir(parent) if n.casefold() == name.casefold()] or [name]
        return os.path.join(parent, with_case[0])

    def lstat(path: Any, *a: Any, **k: Any) -> os.stat_result:
        return real_lstat(actual(path), *a, **k)

    def link(src: Any, dst: Any, *a: Any, **k: Any) -> None:
        if os.fsdecode(actual(dst)) != os.fsdecode(dst):
            raise FileExistsError(errno.EEXIST, "File exists", os.fsdecode(dst))
        real_link(src, dst, *a, **k)

    monkeypatch.setattr(os, "lstat", lstat)
    monkeypatch.setattr(os, "link", link)


@pytest.mark.parametrize("platform", ["mac", "win"])
def test_undo_never_overwrites_a_name_differing_only_by_case(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, platform: str, request: pytest.FixtureRequest
) -> None:
    request.getfixturevalue(platform)
    folder = tmp_path / "C" / "Photos"
    keeper, v1 = _photos(folder, ["k.jpg", "IMG_0001.JPG"])
    _run(keeper, v1)
    newer = write(folder / "img_0001.jpg", b"a new photo the user saved since")
    case_insensitive(monkeypatch, folder)
    (out,) = undo_last()
    assert not out.restored and "already exists" in out.reason
    monkeypatch.undo()
    assert Path(newer).read_bytes() == b"a new photo the user saved since"
    assert not os.path.lexists(v1)  # left in the trash, recoverable


def test_windows_same_path_and_size_twice_in_one_second_told_apart_by_file_id(
    tmp_path: Path, win: FakeShell, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The clock stepped back a second between two deletions of one path and size: the
    older $I now looks newer; the file ID says which $R is which."""
    win.sink = False
    keeper, v1 = _photos(tmp_path / "C", ["k.jpg", "v.jpg"], lambda i: b"AB"[i : i + 1] * 64)
    monkeypatch.setattr(time, "time", lambda: 1_700_000_001.0)  # one module: both see it
    _run(keeper, v1)
    write(v1, b"C" * 64)  # a new file at the same path, same size, trashed right after
    monkeypatch.setattr(time, "time", lambda: 1_700_000_000.0)
    _run(keeper, v1)
    first, second = (s.entries[0] for s in load_sessions())
    assert first.trash_file != second.trash_file
    assert Path(second.trash_file).read_bytes() == b"C" * 64
    assert Path(first.trash_file).read_bytes() == b"B" * 64


def test_windows_a_volume_without_file_ids_relies_on_the_deletion_time(
    tmp_path: Path, win: FakeShell
) -> None:
    """FAT/exFAT give no file ID: an older $I of the same path and size is not ours."""
    path = str(tmp_path / "C" / "v.jpg")
    write(win.bin / "$ROLD.jpg", b"x" * 10)
    (win.bin / "$IOLD.jpg").write_bytes(recycle_record_bytes(path, 10, time.time() - 60))
    backend = platform_trash.active()
    assert isinstance(backend, WindowsTrash)
    no_id = os.stat_result((0o100644, 0, 7, 1, 0, 0, 10, 0, 0, 0))
    assert backend._find(path, no_id, time.time(), "") is None
    assert backend._find(path, no_id, time.time() - 120, "") is not None
