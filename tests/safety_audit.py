"""Suite-wide audit hook (G6): photodedup never removes or renames a user file itself.

A ``sys.addaudithook`` (installed once; audit hooks cannot be removed) watches
``os.remove`` (also fired by ``unlink``), ``os.rmdir``, ``shutil.rmtree``, ``os.rename``
(also ``replace``) and ``shutil.move``.  While a test runs, an event is a violation when

* it is caused by photodedup code: the nearest caller outside the standard library and
  site-packages is a ``photodedup.*`` module (a test simulating the user, pytest and its
  tmp-dir cleanup are not), and
* it removes a path under the test's ``tmp_path`` that is not in a trash can
  (``*/Trash/*``, ``*/.Trash-*/*``, ``*/.Trash/*``, macOS ``*/.Trashes/*``, Windows
  ``*/$Recycle.Bin/*``) nor in photodedup's cache/data/
  config/state dirs, or renames such a path anywhere but into a trash can's ``files/``
  (atomic temp-file renames, ``*.tmp``/``*.part``, are allowed).

A test of "Move to folder" declares its destination folder with :func:`allow_moves_into`
(or the ``move_destination`` fixture); then, and only for that folder, a rename *into*
it is allowed, and removing one name of a file that has another name (``st_nlink`` ≥ 2)
in it or whose removed name is in it (a move by ``link`` + ``unlink``, its undo, and the
clean-up after a kill between the two).  Removing a file's last name stays a violation.

Violations fail the test in the fixture's teardown.  Limitation: decoder worker processes
(spawned) do not inherit the hook.
"""

# Bytes paths on purpose (exact file names): os.path, not pathlib.
# ruff: noqa: PTH100, PTH111, PTH119

from __future__ import annotations

import os
import sys
import sysconfig
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

WATCHED = frozenset({"os.remove", "os.rmdir", "shutil.rmtree", "os.rename", "shutil.move"})
_TEMP_SUFFIXES = (b".tmp", b".part", b".partial", b"~", b".new")
# photodedup's own files wherever a test puts them: SQLite caches (+ sidecars), journals.
_DB_FILES = (b".db", b".sqlite", b".sqlite3")
_OWN_SUFFIXES = (
    *(db + side for db in _DB_FILES for side in (b"", b"-wal", b"-shm", b"-journal")),
    b".jsonl",
)


@dataclass
class AuditState:
    roots: tuple[bytes, ...] = ()
    violations: list[str] = field(default_factory=list)
    moved_to_trash: set[bytes] = field(default_factory=set)
    move_destinations: tuple[bytes, ...] = ()  # declared by a test (allow_moves_into)


STATE = AuditState()


def _b(path: object) -> bytes | None:
    if isinstance(path, int) or path is None:
        return None
    try:
        return os.fsencode(os.path.abspath(os.fsencode(path)))  # type: ignore[arg-type]
    except TypeError:
        return None


def _in_trash(path: bytes) -> bool:
    parts = path.split(b"/")
    return any(
        p in {b"Trash", b".Trash", b".Trashes"}  # .Trashes: a macOS volume's trash
        or p.startswith(b".Trash-")
        or p.lower() == b"$recycle.bin"  # the Windows Recycle Bin ($R/$I files)
        for p in parts[:-1]
    )


def _into_trash_files(path: bytes) -> bool:
    parts = path.split(b"/")
    return _in_trash(path) and b"files" in parts[:-1]


def _app_dirs() -> list[bytes]:
    home = os.fsencode(os.path.expanduser("~"))
    dirs = [home + b"/.cache", home + b"/.config", home + b"/.local/state"]
    dirs.append(home + b"/.local/share/photodedup")
    for kind in ("CACHE", "DATA", "CONFIG", "LOG"):
        if value := os.environ.get(f"PHOTODEDUP_{kind}_DIR"):
            dirs.append(os.fsencode(os.path.abspath(value)))
    return dirs


def _is_user_file(path: bytes) -> bool:
    if not any(path.startswith(root + b"/") for root in STATE.roots) or _in_trash(path):
        return False
    if path.endswith(_OWN_SUFFIXES):
        return False
    return not any(path == d or path.startswith(d + b"/") for d in _app_dirs())


_LIBRARY_DIRS = tuple(
    {sysconfig.get_paths()["stdlib"], sysconfig.get_paths()["purelib"], "<"}
    | {p for p in sys.path if "site-packages" in p}
)


def _caused_by_photodedup() -> bool:
    """True if the nearest non-library caller is photodedup code (not a test, not pytest)."""
    frame = sys._getframe(2)
    while frame is not None:
        if frame.f_globals.get("__name__", "").startswith("photodedup"):
            return True
        if not frame.f_code.co_filename.startswith(_LIBRARY_DIRS):
            return False  # test code (e.g. simulating the user) is allowed to touch files
        frame = frame.f_back  # type: ignore[assignment]
    return False


def allow_moves_into(folder: os.PathLike[str] | str) -> None:
    """Declare ``folder`` as this test's "Move to folder" destination (see the docstring)."""
    for form in (os.fsencode(os.path.abspath(folder)), os.fsencode(os.path.realpath(folder))):
        STATE.move_destinations += (form,)


def _in_destination(path: bytes) -> bool:
    return any(path.startswith(d + b"/") for d in STATE.move_destinations)


def _another_name_in_destination(path: bytes) -> bool:
    """``path`` has a second name, and one of its names is in a declared destination."""
    try:
        st = os.lstat(path)
    except OSError:
        return False
    if st.st_nlink < 2:
        return False
    if _in_destination(path):
        return True
    for folder in STATE.move_destinations:
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    other = entry.stat(follow_symlinks=False)
                    if (other.st_dev, other.st_ino) == (st.st_dev, st.st_ino):
                        return True
        except OSError:
            continue
    return False


def _check(event: str, args: tuple) -> str:
    src = _b(args[0]) if args else None
    if src is None or not _is_user_file(src):
        return ""
    if event in ("os.rename", "shutil.move"):
        dst = _b(args[1])
        if dst is not None and _into_trash_files(dst):
            STATE.moved_to_trash.add(src)
            return ""
        allowed = (dst is not None and _in_destination(dst)) or src.endswith(_TEMP_SUFFIXES)
        if allowed or os.path.basename(src).startswith(b".tmp"):
            return ""
        return f"{event}: user file {src!r} renamed to {dst!r}"
    # shutil.move's copy+unlink into the trash; or one name of a file that keeps another
    # in a declared destination (link + unlink: a move to a folder, its undo)
    if src in STATE.moved_to_trash or (event == "os.remove" and _another_name_in_destination(src)):
        return ""
    return f"{event}: user file {src!r} removed"


def _hook(event: str, args: tuple) -> None:
    if event not in WATCHED or not STATE.roots:
        return
    if _caused_by_photodedup() and (problem := _check(event, args)):
        STATE.violations.append(problem)


_installed = False


def install() -> None:
    """Install the audit hook once per process."""
    global _installed  # noqa: PLW0603 - audit hooks are per process and cannot be removed
    if not _installed:
        sys.addaudithook(_hook)
        _installed = True


@pytest.fixture
def move_destination(tmp_path: Path) -> Path:
    """A "Move to folder" destination (``tmp_path/moved``), declared to the audit hook."""
    folder = tmp_path / "moved"
    folder.mkdir()
    allow_moves_into(folder)
    return folder


@pytest.fixture(autouse=True)
def user_files_audit(tmp_path: Path) -> Iterator[AuditState]:
    """Fail the test if photodedup removed a user file or renamed one outside the trash."""
    install()
    STATE.roots = (os.fsencode(tmp_path), os.fsencode(tmp_path.resolve()))
    STATE.violations = []
    STATE.moved_to_trash = set()
    STATE.move_destinations = ()
    yield STATE
    STATE.roots = ()
    STATE.move_destinations = ()
    if STATE.violations:
        pytest.fail(
            "photodedup touched user files outside the trash:\n" + "\n".join(STATE.violations)
        )
