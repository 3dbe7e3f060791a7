"""Issue #13 ("Nothing lost, round 2"), core defects 1, 2, 6, 7, 8 (undo part), 9, 10 (undo).

Real files in ``tmp_path``, the real journal and the real trash; full disks are made with
``RLIMIT_FSIZE`` in a child process (a short write, then ``EFBIG``: what ENOSPC does to
``write()``), other file systems with real tmpfs mounts (root only, else skipped).
"""

# Bytes paths on purpose (exact file names): os.path, not pathlib.
# ruff: noqa: PTH107, PTH110

from __future__ import annotations

import dataclasses
import json
import os
import struct
import subprocess
import sys
import textwrap
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from photodedup.core.cleanup import trash
from photodedup.core.cleanup.execute import Outcome, execute
from photodedup.core.cleanup.journal import load_sessions, undo_last
from photodedup.core.cleanup.plan import Candidate, make_plan
from photodedup.core.cleanup.trash import home_trash
from photodedup.core.decode.image import content_key
from tests.core.cleanup.safety_helpers import candidate, trash_names, trashinfo_names, write

REPO = Path(__file__).resolve().parents[3]


def _keyed(path: str, *, keep: bool = False) -> Candidate:
    key = content_key(Path(path).read_bytes())
    return dataclasses.replace(candidate(path, keep=keep), content_key=key)


def _pair(tmp_path: Path, data: bytes = b"photo bytes", name: str = "IMG_1.jpg") -> list[str]:
    return [write(tmp_path / "u" / d / name, data) for d in ("keep", "dup")]


def _trash_dup(tmp_path: Path) -> tuple[str, str, str]:
    keeper, dup = _pair(tmp_path)
    (outcome,) = execute(make_plan({0: [_keyed(keeper, keep=True), _keyed(dup)]}))
    assert outcome.outcome is Outcome.TRASHED, outcome
    entry = load_sessions()[-1].entries[0]
    return keeper, dup, entry.trash_file


# ------------------------------------------------------------ defect 1: undo identity
def test_undo_leaves_an_unrelated_file_found_at_the_recorded_trash_name(tmp_path: Path) -> None:
    """Trash emptied, then an unrelated file of the same name trashed: undo leaves it."""
    _, dup, trash_file = _trash_dup(tmp_path)
    os.remove(trash_file)  # the user empties the trash ...
    os.remove(home_trash() / "info" / "IMG_1.jpg.trashinfo")
    other = write(tmp_path / "elsewhere" / "IMG_1.jpg", b"an unrelated picture")
    assert trash.send_to_trash(other).trash_file == trash_file  # ... same name again
    (outcome,) = undo_last()
    assert not outcome.restored and "not the file that was trashed" in outcome.reason
    assert not os.path.lexists(dup)
    assert Path(trash_file).read_bytes() == b"an unrelated picture"  # left in the trash


@pytest.mark.parametrize("how", ["appended", "same_size_and_mtime"])
def test_undo_leaves_a_file_modified_inside_the_trash(tmp_path: Path, how: str) -> None:
    _, dup, trash_file = _trash_dup(tmp_path)
    st = os.lstat(trash_file)
    with open(trash_file, "r+b") as fh:
        if how == "appended":
            fh.seek(0, os.SEEK_END)
        fh.write(b"X")
    if how == "same_size_and_mtime":  # only the bytes tell: the content key
        os.utime(trash_file, ns=(st.st_atime_ns, st.st_mtime_ns))
    (outcome,) = undo_last()
    assert not outcome.restored and "not the file that was trashed" in outcome.reason
    assert not os.path.lexists(dup) and os.path.exists(trash_file)


# ---------------------------------------------------------- defect 2: full disk journal
FULL_DISK_CHILD = textwrap.dedent(
    """
    import json, os, resource, signal, sys
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails instead
    mode, arg = sys.argv[1], json.loads(sys.argv[2])
    from photodedup.core.cleanup.execute import execute
    from photodedup.core.cleanup.journal import undo_last
    from photodedup.core.cleanup.plan import Candidate, make_plan
    from photodedup.core.types import FileIdentity
    if mode == "apply":
        keeper, victim, limit = arg
        cands = [Candidate(p, FileIdentity.from_stat(os.lstat(p)), p == keeper)
                 for p in (keeper, victim)]
        plan = make_plan({0: cands})
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
        out = [[o.outcome.value, o.reason] for o in execute(plan)]
    else:
        resource.setrlimit(resource.RLIMIT_FSIZE, (arg, resource.RLIM_INFINITY))
        out = [[o.restored, o.reason] for o in undo_last()]
    print(json.dumps(out))
    """
)


def _child(mode: str, arg: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", FULL_DISK_CHILD, mode, json.dumps(arg)],
        cwd=REPO, env=os.environ.copy(), check=False, capture_output=True, text=True,
    )  # fmt: skip


def test_an_intent_cut_short_by_a_full_disk_means_no_move(tmp_path: Path) -> None:
    """The .trashinfo fits, the intent line does not: nothing moves, no torn line stays."""
    keeper, victim = _pair(tmp_path)
    child = _child("apply", [keeper, victim, len(victim) + 200])
    assert child.returncode == 0, child.stderr
    ((outcome, reason),) = json.loads(child.stdout)
    assert outcome == "failed" and "journal cannot be written" in reason
    assert Path(victim).read_bytes() == b"photo bytes" and trash_names() == []
    assert trashinfo_names() == []  # the claimed entry was released
    (session,) = load_sessions()
    text = session.file.read_bytes()
    assert text.endswith(b"\n") and b'"intent"' not in text  # cut back to the begin line


def test_undo_on_a_full_disk_restores_every_file_and_reports(tmp_path: Path) -> None:
    keeper = write(tmp_path / "u" / "k.jpg", b"same")
    victims = [write(tmp_path / "u" / f"d{i}" / "v.jpg", b"same") for i in range(3)]
    execute(make_plan({0: [candidate(keeper, keep=True), *map(candidate, victims)]}))
    (session,) = load_sessions()
    child = _child("undo", session.file.stat().st_size)  # no journal line fits any more
    assert child.returncode == 0, child.stderr  # no ENOSPC traceback after one file
    assert json.loads(child.stdout) == [[True, ""]] * 3
    assert all(Path(v).read_bytes() == b"same" for v in victims)


# ------------------------------------------------ defect 6: other file systems (tmpfs)
@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[callable]:
    """Mount small real tmpfs file systems under ``tmp_path`` (root only)."""
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    mounted: list[Path] = []

    def mount(name: str, size: str = "4m") -> Path:
        point = tmp_path / name
        point.mkdir()
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(point)],
            check=False, capture_output=True,
        )  # fmt: skip
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {done.stderr!r}")
        mounted.append(point)
        return point

    yield mount
    for point in reversed(mounted):
        subprocess.run(["umount", "-l", str(point)], check=False)


def test_data_dir_on_another_file_system_the_file_is_renamed_into_its_own_trash(
    tmp_path: Path, tmpfs: callable, monkeypatch: pytest.MonkeyPatch
) -> None:
    """HOME and photos on one file system, XDG_DATA_HOME on another: a rename, no copy."""
    photos, data = tmpfs("photos"), tmpfs("data")
    (photos / "home").mkdir()
    monkeypatch.setenv("HOME", str(photos / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(data / "share"))
    keeper, victim = _pair(photos)
    inode = os.lstat(victim).st_ino
    (outcome,) = execute(make_plan({0: [_keyed(keeper, keep=True), _keyed(victim)]}))
    assert outcome.outcome is Outcome.TRASHED, outcome
    own = photos / f".Trash-{os.getuid()}"
    assert os.lstat(own / "files" / "IMG_1.jpg").st_ino == inode  # moved, not copied
    assert (own / "info" / "IMG_1.jpg.trashinfo").exists()
    assert not list((data / "share").rglob("IMG_1.jpg*"))  # nothing in the home trash
    (back,) = undo_last()
    assert back.restored and os.lstat(victim).st_ino == inode


def test_trash_folder_that_is_a_symlink_elsewhere_is_never_used(
    tmp_path: Path, tmpfs: callable, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``$topdir/.Trash-$uid`` -> another file system: refused, untouched, no orphan."""
    photos, other = tmpfs("photos"), tmpfs("other")
    (other / "home").mkdir()
    monkeypatch.setenv("HOME", str(other / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(other / "share"))
    (other / "elsewhere").mkdir()
    (photos / f".Trash-{os.getuid()}").symlink_to(other / "elsewhere")
    keeper, victim = _pair(photos)
    (outcome,) = execute(make_plan({0: [_keyed(keeper, keep=True), _keyed(victim)]}))
    assert outcome.outcome is Outcome.FAILED and "no usable trash" in outcome.reason
    assert Path(victim).read_bytes() == b"photo bytes"
    assert not list(other.rglob("*IMG_1.jpg*")) and not list(photos.rglob("*.trashinfo"))


def test_a_full_trash_file_system_leaves_no_empty_trashinfo(
    tmp_path: Path, tmpfs: callable, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Defect 7: the .trashinfo cannot be written (ENOSPC) -> no 0-byte orphan."""
    photos = tmpfs("photos", size="1m")
    keeper, victim = _pair(photos)
    own = photos / f".Trash-{os.getuid()}"
    for sub in ("files", "info"):
        (own / sub).mkdir(parents=True, mode=0o700)
    own.chmod(0o700)
    _fill(photos / "filler")
    (outcome,) = execute(make_plan({0: [_keyed(keeper, keep=True), _keyed(victim)]}))
    assert outcome.outcome is Outcome.FAILED, outcome
    assert Path(victim).read_bytes() == b"photo bytes"
    assert list((own / "info").iterdir()) == []


def _fill(path: Path) -> None:
    with open(path, "wb") as fh:
        try:
            while True:
                fh.write(b"\0" * 65536)
                fh.flush()
        except OSError:
            pass
    try:
        with open(path.with_suffix(".more"), "ab", buffering=0) as fh:
            while fh.write(b"\0"):
                pass
    except OSError:
        pass


# ------------------------------------------------------------- defect 7: orphan .trashinfo
def test_an_empty_orphan_trashinfo_is_cleaned_and_its_name_reused(tmp_path: Path) -> None:
    keeper, victim = _pair(tmp_path)
    info = home_trash() / "info"
    info.mkdir(parents=True)
    (info / "IMG_1.jpg.trashinfo").write_bytes(b"")  # a full disk, last time
    (outcome,) = execute(make_plan({0: [_keyed(keeper, keep=True), _keyed(victim)]}))
    assert outcome.outcome is Outcome.TRASHED
    assert trashinfo_names() == [b"IMG_1.jpg.trashinfo"] and trash_names() == [b"IMG_1.jpg"]
    assert (info / "IMG_1.jpg.trashinfo").stat().st_size > 0


KILL_AFTER_CLAIM = textwrap.dedent(
    """
    import json, os, signal, sys
    from photodedup.core.cleanup import trash
    from photodedup.core.cleanup.execute import execute
    from photodedup.core.cleanup.plan import Candidate, make_plan
    from photodedup.core.types import FileIdentity
    keeper, victim = json.loads(sys.argv[1])
    trash.commit = lambda *a: os.kill(os.getpid(), signal.SIGKILL)  # claimed, journaled
    cands = [Candidate(p, FileIdentity.from_stat(os.lstat(p)), p == keeper)
             for p in (keeper, victim)]
    execute(make_plan({0: cands}))
    """
)


def test_a_kill_between_claim_and_move_leaves_an_orphan_the_next_run_removes(
    tmp_path: Path,
) -> None:
    keeper, victim = _pair(tmp_path)
    child = subprocess.run(
        [sys.executable, "-c", KILL_AFTER_CLAIM, json.dumps([keeper, victim])],
        cwd=REPO, env=os.environ.copy(), check=False, capture_output=True,
    )  # fmt: skip
    assert child.returncode < 0, child.stderr
    assert trashinfo_names() == [b"IMG_1.jpg.trashinfo"] and trash_names() == []
    other_keeper, other = _pair(tmp_path / "next", b"other", "x.jpg")
    execute(make_plan({1: [candidate(other_keeper, keep=True), candidate(other)]}))
    assert trashinfo_names() == [b"x.jpg.trashinfo"]  # the orphan is gone
    assert load_sessions()[0].entries[0].state == "failed"  # and no longer pending


# ------------------------------------------- defect 8: undo killed between link and unlink
def test_undo_killed_between_link_and_unlink_finishes_on_rerun(tmp_path: Path) -> None:
    _, dup, trash_file = _trash_dup(tmp_path)
    os.link(trash_file, dup)  # what undo had done when it was killed
    (outcome,) = undo_last()
    assert outcome.restored, outcome
    assert Path(dup).read_bytes() == b"photo bytes" and trash_names() == []
    assert trashinfo_names() == []


# ---------------------------------------------------------- defect 9: a large trash
def test_a_large_trash_is_never_listed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    info = home_trash() / "info"
    info.mkdir(parents=True)
    for n in range(3000):
        (info / f"unrelated {n}.jpg.trashinfo").write_bytes(b"[Trash Info]\nPath=/x\n")
    keeper = write(tmp_path / "u" / "k.jpg", b"same")
    victims = [write(tmp_path / "u" / f"d{i}" / "IMG_1.jpg", b"same") for i in range(20)]
    listed: list[object] = []
    real_scandir, real_listdir = os.scandir, os.listdir

    def scandir(path: object = ".") -> object:
        listed.append(path)
        return real_scandir(path)  # type: ignore[arg-type]

    def listdir(path: object = ".") -> list:
        listed.append(path)
        return real_listdir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(os, "listdir", listdir)
    outcomes = execute(make_plan({0: [candidate(keeper, keep=True), *map(candidate, victims)]}))
    assert [o.outcome for o in outcomes] == [Outcome.TRASHED] * 20
    assert [p for p in listed if b"Trash" in os.fsencode(p)] == []  # type: ignore[arg-type]


# ------------------------------------------------ defect 10: undo through a symlinked folder
def test_undo_never_follows_a_folder_replaced_by_a_symlink(tmp_path: Path) -> None:
    _, dup, trash_file = _trash_dup(tmp_path)
    folder = Path(dup).parent
    folder.rename(folder.with_name("dup-moved"))
    target = tmp_path / "target"
    target.mkdir()
    folder.symlink_to(target)
    (outcome,) = undo_last()
    assert not outcome.restored and "folder now leads elsewhere" in outcome.reason
    assert list(target.iterdir()) == [] and os.path.exists(trash_file)


# ------------------------------------------- defect 10: declared size before decoding
def _riff_webp(width: int, height: int) -> bytes:
    bits = (width - 1) | ((height - 1) << 14)
    payload = b"\x2f" + struct.pack("<I", bits) + b"\x00" * 4
    body = b"WEBP" + b"VP8L" + struct.pack("<I", len(payload)) + payload + b"\x00"
    return b"RIFF" + struct.pack("<I", len(body)) + body


def _png(width: int, height: int) -> bytes:
    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64))


BOMB_CHILD = textwrap.dedent(
    """
    import resource, sys
    from photodedup.core.decode.image import DecodeError, decode, open_oriented
    path = sys.argv[1]
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kinds = []
    for call in (lambda: decode(open(path, "rb").read(), min_side=64, ycc=True),
                 lambda: open_oriented(path, min_side=64)):
        try:
            call()
            kinds.append("decoded")
        except DecodeError as exc:
            kinds.append(exc.kind.value)
    grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) // 1024
    print(",".join(kinds), grown)
    """
)


@pytest.mark.parametrize("fmt", ["webp", "png"])
def test_a_tiny_file_declaring_a_huge_picture_is_too_large_before_decoding(
    tmp_path: Path, fmt: str
) -> None:
    data = _riff_webp(9000, 9000) if fmt == "webp" else _png(9000, 9000)
    assert len(data) < 100
    path = write(tmp_path / f"bomb.{fmt}", data)
    child = subprocess.run(
        [sys.executable, "-c", BOMB_CHILD, path],
        cwd=REPO, env=os.environ.copy(), check=False, capture_output=True, text=True,
    )  # fmt: skip
    assert child.returncode == 0, child.stderr
    kinds, grown_mb = child.stdout.split()
    assert kinds == "too_large,too_large"
    assert int(grown_mb) < 100  # nothing the size of the picture was ever allocated
