"""Must-show 1: scan the bad-input corpus; every case gets the behaviour of the table.

One scan (``run_scan``) covers ``corpus/scan``; it must finish, report every bad file with
its reason and change nothing on disk (snapshot before/after, plus the audit hook).
Rows that need their own scan or act on files live in ``test_safety_bad_actions.py``.
"""

# Bytes paths on purpose (exact file names): os.path, not pathlib.
# ruff: noqa: PTH101, PTH112, PTH114, PTH118

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from photodedup.core.config import ScanOptions
from photodedup.core.pipeline import run_scan
from photodedup.core.types import Action, ErrorKind, GroupKind, ScanResult
from tests.badinputs import Case, build_decoding_cases, build_tree_cases
from tests.safety_audit import STATE, install

SCAN_CASES = (*range(1, 22), 24, 32, 33, 40)


@dataclass
class Scanned:
    """The corpus, its manifest and the one scan over it."""

    cases: dict[int, Case]
    result: ScanResult

    def photo_paths(self) -> list[str]:
        return [p.path for p in self.result.photos]

    def error(self, path: str) -> ErrorKind | None:
        kinds = [e.kind for e in self.result.errors if e.path == path]
        return kinds[0] if kinds else None

    def group_of(self, path: str) -> set[str]:
        for group in self.result.groups:
            members = {self.result.photos[m.photo].path for m in group.members}
            if path in members:
                return members
        return set()


def _snapshot(root: Path) -> dict[bytes, tuple]:
    """Every entry under root: its lstat identity, and a digest for small regular files."""
    state: dict[bytes, tuple] = {}
    for folder, dirs, files in os.walk(os.fsencode(root)):
        for name in dirs + files:
            path = os.path.join(folder, name)
            st = os.lstat(path)
            digest = b""
            if stat.S_ISREG(st.st_mode) and st.st_size < 20_000_000 and st.st_mode & 0o400:
                with open(path, "rb") as fh:
                    digest = hashlib.sha256(fh.read()).digest()
            state[path] = (st.st_mode, st.st_ino, st.st_size, st.st_mtime_ns, digest)
    return state


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Scanned]:
    root = tmp_path_factory.mktemp("corpus")
    cases: dict[int, Case] = {}
    build_decoding_cases(root, cases)
    build_tree_cases(root, cases)
    roots = (str(root / "scan"), cases[20].files["root"], cases[20].files["nested_root"])
    before = _snapshot(root)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XDG_DATA_HOME", cases[40].files["xdg_data_home"])  # its Trash is in the tree
        mp.setenv("PHOTODEDUP_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
        install()
        STATE.roots, STATE.violations = (os.fsencode(root),), []
        try:
            result = run_scan(ScanOptions(roots=roots, use_cache=False, workers=2))
        finally:
            STATE.roots = ()
    assert STATE.violations == []
    assert _snapshot(root) == before, "the scan changed files in the corpus"
    assert not result.cancelled
    yield Scanned(cases, result)
    for case in cases.values():  # let pytest clean up the locked folders
        for path in case.files.values():
            if os.path.isdir(path) and not os.path.islink(path):
                os.chmod(path, 0o755)


def _errors(kind: ErrorKind, *roles: str) -> Callable[[Scanned, Case], None]:
    def check(s: Scanned, case: Case) -> None:
        for role in roles:
            path = case.files[role]
            assert s.error(path) is kind, (role, s.error(path))
            assert path not in s.photo_paths()

    return check


def _hashed(*roles: str) -> Callable[[Scanned, Case], None]:
    def check(s: Scanned, case: Case) -> None:
        for role in roles:
            assert case.files[role] in s.photo_paths(), role

    return check


def _grouped(*roles: str) -> Callable[[Scanned, Case], None]:
    def check(s: Scanned, case: Case) -> None:
        paths = {case.files[r] for r in roles}
        assert paths <= s.group_of(case.files[roles[0]]), s.group_of(case.files[roles[0]])

    return check


def _not_listed(*roles: str) -> Callable[[Scanned, Case], None]:
    def check(s: Scanned, case: Case) -> None:
        for role in roles:
            path = case.files[role]
            assert path not in s.photo_paths() and s.error(path) is None, role

    return check


def _check_truncated(s: Scanned, case: Case) -> None:
    assert s.error(case.files["truncated"]) is ErrorKind.TRUNCATED
    assert case.files["intact"] in s.photo_paths()
    keepers = {s.result.photos[g.keeper].path for g in s.result.groups}
    assert case.files["truncated"] not in keepers


def _check_corrupt_heic(s: Scanned, case: Case) -> None:
    for role in ("bad_ftyp", "bad_meta"):
        assert s.error(case.files[role]) in {ErrorKind.UNREADABLE, ErrorKind.CRASHED}, role


def _check_png_named_jpg(s: Scanned, case: Case) -> None:
    (photo,) = [p for p in s.result.photos if p.path == case.files["png"]]
    assert photo.info.format == "PNG"


def _check_unsupported(s: Scanned, case: Case) -> None:
    for role, path in case.files.items():
        if role.startswith("native_"):
            assert path not in s.photo_paths() and s.error(path) is None, role
        else:
            assert s.error(path) is ErrorKind.UNSUPPORTED, role


def _check_flat(s: Scanned, case: Case) -> None:
    for role, path in case.files.items():
        assert s.group_of(path) == set(), f"{role} grouped with {s.group_of(path)}"


def _check_screenshots(s: Scanned, case: Case) -> None:
    for group in s.result.groups:
        paths = {s.result.photos[m.photo].path for m in group.members}
        if paths & set(case.files.values()):
            assert group.kind is GroupKind.SIMILAR
            assert all(m.action is Action.KEEP for m in group.members)


def _check_once(*roles: str) -> Callable[[Scanned, Case], None]:
    def check(s: Scanned, case: Case) -> None:
        for role in roles:
            assert s.photo_paths().count(case.files[role]) == 1, role

    return check


def _check_hardlinks(s: Scanned, case: Case) -> None:
    listed = [p for p in (case.files["a"], case.files["b"]) if p in s.photo_paths()]
    assert len(listed) == 1
    assert not {case.files["a"], case.files["b"]} <= s.group_of(listed[0])


def _check_permission(s: Scanned, case: Case) -> None:
    assert s.error(case.files["file"]) is ErrorKind.PERMISSION
    assert s.error(case.files["dir"]) is ErrorKind.PERMISSION


def _check_names(s: Scanned, case: Case) -> None:
    for role, path in case.files.items():
        assert path in s.photo_paths(), role
    assert set(case.files.values()) <= s.group_of(case.files["keeper"])


def _check_trash_excluded(s: Scanned, case: Case) -> None:
    assert case.files["live"] in s.photo_paths()
    for role in ("home_trash", "volume_trash"):
        assert case.files[role] not in s.photo_paths() and s.error(case.files[role]) is None


CHECKS: dict[int, Callable[[Scanned, Case], None]] = {
    1: _errors(ErrorKind.EMPTY, "empty"),
    2: _check_truncated,
    3: _errors(ErrorKind.UNREADABLE, "soi_only", "text"),
    4: _check_png_named_jpg,
    5: _errors(ErrorKind.TOO_LARGE, "bomb"),
    6: _errors(ErrorKind.TOO_LARGE, "big"),
    7: _errors(ErrorKind.UNREADABLE, "ztxt"),
    8: _errors(ErrorKind.TOO_LARGE, "huge"),
    9: _hashed("gif"),
    10: _check_corrupt_heic,
    11: _grouped("upright", "heic"),
    12: _grouped("rotated", "tagged"),
    13: _hashed("exif_only", "doubled", "zero_rational"),
    14: _check_unsupported,
    15: _check_flat,
    16: _check_screenshots,
    17: lambda s, c: (_hashed("target")(s, c), _not_listed("link")(s, c)),
    18: lambda s, c: (_check_once("photo")(s, c), _not_listed("loop", "dangling")(s, c)),
    19: _check_hardlinks,
    20: _check_once("top", "inner"),
    21: _check_permission,
    24: _check_names,
    32: lambda s, c: _not_listed(*c.files)(s, c),
    33: _errors(ErrorKind.TOO_LARGE, "sparse"),
    40: _check_trash_excluded,
}

# Rows failing because of another engineer's module: number -> reason naming the module.
XFAIL: dict[int, str] = {}


def _params() -> list:
    return [
        pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=XFAIL[n])) if n in XFAIL else n
        for n in SCAN_CASES
    ]


@pytest.mark.parametrize("number", _params())
def test_bad_input(scanned: Scanned, number: int) -> None:
    case = scanned.cases[number]
    if case.skipped:
        pytest.skip(case.skipped)
    CHECKS[number](scanned, case)


def test_every_problem_is_reported_with_a_reason(scanned: Scanned) -> None:
    assert scanned.result.errors, "the corpus must produce errors"
    for error in scanned.result.errors:
        assert error.message.strip(), error
    bad_roles = {1: "empty", 2: "truncated", 5: "bomb", 7: "ztxt", 14: "pdf", 33: "sparse"}
    for number, role in bad_roles.items():
        assert scanned.error(scanned.cases[number].files[role]) is not None, (number, role)
