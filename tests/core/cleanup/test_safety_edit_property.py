"""Must-show 3 of issue #13: an edited result JSON can make ``apply`` trash nothing that the
scan did not list under its roots as a non-reference member with the same identity and
bytes.

Each example builds a fresh library (exact and similar groups, a reference folder, a file
the scan never listed, one outside the roots, a trash entry and a journal file inside the
scanned root, symlinked folders to each), writes the scan's JSON as ``photodedup scan``
does, applies a random list of edits (paths rewritten with ``..``, ``//`` and symlinked
folders, added members with real identities, flipped ``protected``, actions, kinds,
content keys, members moved between groups, files changed after the scan), reads it back
and runs the real clean-up.  Then every file that left its place must be a listed,
unchanged, non-reference member; without the seal key (a result from elsewhere) every
file that left must still have a byte-identical copy in place, and nothing outside the
roots, in the reference folder, the trash or photodedup's folders moves.
"""

# Bytes paths on purpose (exact file names): os.path, not pathlib.

from __future__ import annotations

import itertools
import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from photodedup.core import paths, report, seal
from photodedup.core.cleanup import trash
from photodedup.core.cleanup.execute import execute
from photodedup.core.cleanup.plan import make_plan
from photodedup.core.config import ScanOptions
from photodedup.core.decode.image import content_key
from photodedup.core.types import (
    Action,
    FileIdentity,
    Group,
    GroupKind,
    ImageInfo,
    Member,
    Photo,
    PhotoFile,
    ScanResult,
)
from tests.core.cleanup.safety_helpers import write

ALPHA, BETA1, BETA2 = b"alpha" * 20, b"beta one" * 20, b"beta two" * 20
LISTED = ("k0", "d0", "r0", "k1", "s1")  # group 0: k0 d0 r0 (exact), group 1: k1 s1
NON_REFERENCE = ("k0", "d0", "k1", "s1")
EXTRA = ("u", "o", "t", "j")  # unlisted in root, outside, in the trash, photodedup's own
STYLES = ("plain", "dotdot", "slashes", "symlink")
_counter = itertools.count()


def _library(base: Path) -> dict[str, str]:
    lib = base / "root" / "lib"
    files = {
        "k0": write(lib / "a" / "k0.jpg", ALPHA),
        "d0": write(lib / "b" / "d0.jpg", ALPHA),
        "r0": write(lib / "ref" / "r0.jpg", ALPHA),
        "k1": write(lib / "a" / "k1.jpg", BETA1),
        "s1": write(lib / "b" / "s1.jpg", BETA2),
        "u": write(lib / "b" / "unlisted.jpg", ALPHA),
        "o": write(base / "outside" / "o.jpg", ALPHA),
        "t": write(trash.home_trash() / "files" / "t.jpg", ALPHA),
        "j": write(paths.journal_dir() / "j.jsonl", ALPHA),
    }
    for name, target in [
        ("ln_b", lib / "b"), ("ln_ref", lib / "ref"), ("ln_out", base / "outside"),
        ("ln_trash", trash.home_trash() / "files"), ("ln_data", paths.journal_dir()),
    ]:  # fmt: skip
        (lib / name).symlink_to(target)
    return files


def _spelled(path: str, style: str, base: Path) -> str:
    """The same file named another way: ``..``, ``//`` or through a symlinked folder."""
    lib = str(base / "root" / "lib")
    if style == "dotdot":
        return path.replace(lib + "/", lib + "/a/../", 1) if path.startswith(lib) else path
    if style == "slashes":
        return path.replace("/", "//")
    if style == "symlink":
        folder, name = os.path.split(path)
        links = {
            lib + "/b": "ln_b", lib + "/ref": "ln_ref", str(base / "outside"): "ln_out",
            str(trash.home_trash() / "files"): "ln_trash", str(paths.journal_dir()): "ln_data",
        }  # fmt: skip
        return f"{lib}/{links[folder]}/{name}" if folder in links else path
    return path


def _scan_document(files: dict[str, str], base: Path) -> dict[str, Any]:
    lib = base / "root" / "lib"

    def photo(role: str) -> Photo:
        path = files[role]
        ident = FileIdentity.from_stat(os.lstat(path))
        pf = PhotoFile(path, ident, str(base / "root"), role == "r0")
        return Photo(pf, ImageInfo(8, 8, "JPEG"), b"", content_key(Path(path).read_bytes()))

    photos = [photo(r) for r in LISTED]
    groups = [
        Group(0, GroupKind.EXACT, (Member(0, 0, Action.KEEP), Member(1, 0, Action.TRASH),
                                   Member(2, 0, Action.KEEP)), "test"),
        Group(1, GroupKind.SIMILAR, (Member(3, 0, Action.KEEP), Member(4, 3, Action.KEEP)), "t"),
    ]  # fmt: skip
    options = ScanOptions(roots=(str(base / "root"),), reference_roots=(str(lib / "ref"),))
    return report.scan_document(ScanResult(photos=photos, groups=groups), options)


def _identity(path: str) -> dict[str, int]:
    return dict(zip(seal.IDENTITY_FIELDS, FileIdentity.from_stat(os.lstat(path)), strict=True))


member_ix = st.tuples(st.integers(0, 1), st.integers(0, 4))
added = st.tuples(
    st.just("add"),
    st.integers(0, 1),
    st.sampled_from(EXTRA + LISTED),
    st.sampled_from(STYLES),
    st.booleans(),  # copy another member's seal
)
edit = st.one_of(
    added,
    added,  # twice: adding members is the main attack
    st.tuples(st.just("action"), member_ix, st.sampled_from(["keep", "trash"])),
    st.tuples(st.just("protected"), member_ix, st.booleans()),
    st.tuples(st.just("path"), member_ix, st.sampled_from(STYLES[1:])),
    st.tuples(st.just("rename"), member_ix, st.sampled_from(EXTRA + LISTED)),
    st.tuples(st.just("kind"), st.integers(0, 1), st.sampled_from(["exact", "similar", "shots"])),
    st.tuples(st.just("key"), member_ix, st.sampled_from(LISTED)),
    st.tuples(st.just("move"), member_ix),
    st.tuples(st.just("tamper"), st.sampled_from(NON_REFERENCE)),
)


def _member(doc: dict[str, Any], ix: tuple[int, int]) -> dict[str, Any] | None:
    members = doc["groups"][ix[0]]["members"]
    return members[ix[1] % len(members)] if members else None


def _edit(doc: dict[str, Any], op: tuple, files: dict[str, str], base: Path, tampered: set) -> None:
    kind = op[0]
    m = _member(doc, op[1]) if kind in ("action", "protected", "path", "rename", "key") else None
    if kind == "action" and m:
        m["action"] = op[2]
    elif kind == "protected" and m:
        m["protected"] = op[2]
    elif kind == "path" and m:
        m["path"] = _spelled(m["path"], op[2], base)
    elif kind == "add":
        _, gid, role, style, copy_seal = op
        members = doc["groups"][gid]["members"]
        path = files[role]
        added = {"path": _spelled(path, style, base), "action": "trash", "protected": False,
                 "identity": _identity(path), "content_key": content_key(Path(path).read_bytes()),
                 "seal": members[0]["seal"] if copy_seal and members else ""}  # fmt: skip
        members.append(added)
    elif kind == "rename" and m:
        m["path"], m["identity"] = files[op[2]], _identity(files[op[2]])
    elif kind == "kind":
        doc["groups"][op[1]]["kind"] = op[2]
    elif kind == "key" and m:
        m["content_key"] = content_key(Path(files[op[2]]).read_bytes())
    elif kind == "move":
        src = doc["groups"][op[1][0]]["members"]
        if src:
            doc["groups"][1 - op[1][0]]["members"].append(src.pop(op[1][1] % len(src)))
    elif kind == "tamper":
        with open(files[op[1]], "ab") as fh:
            fh.write(b" edited after the scan")
        tampered.add(op[1])


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(edits=st.lists(edit, min_size=1, max_size=8), sealed=st.booleans())
def test_an_edited_result_trashes_only_what_the_scan_listed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, edits: list, sealed: bool
) -> None:
    base = tmp_path / f"ex{next(_counter)}"
    monkeypatch.setenv("XDG_DATA_HOME", str(base / "root" / "share"))
    files = _library(base)
    doc = _scan_document(files, base)
    contents = {role: Path(p).read_bytes() for role, p in files.items()}
    tampered: set[str] = set()
    for op in edits:
        _edit(doc, op, files, base, tampered)
    if not sealed:  # a result from another machine: nothing can be verified
        (paths.data_dir() / seal.SEAL_KEY).unlink()
    dest = base / "edited.json"
    report.write_json(doc, dest)

    candidates = report.candidates_from_document(report.read_document(dest))
    execute(make_plan(candidates))

    gone = {role for role, p in files.items() if not os.path.lexists(p)}
    if sealed:
        assert gone <= set(NON_REFERENCE) - tampered, f"trashed {gone}"
    else:
        assert gone <= {"k0", "d0", "u"} - tampered, f"trashed {gone}"
        still = [Path(p).read_bytes() for role, p in files.items() if role not in gone]
        assert all(contents[role] in still for role in gone), "a unique content was lost"
    assert not {"k0", "d0", "r0"} <= gone and not {"k1", "s1"} <= gone  # never the last copy
