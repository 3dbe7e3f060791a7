"""Issue #13 on the CLI's JSON path: defects 3 (bytes re-checked), 4 (scope), 8 (whole
document validated first, Ctrl-C), 10 (FIFO root, newlines in names).

Scan results are built from real files in ``tmp_path`` (identity from ``lstat``, content
key from the bytes), written with ``report.scan_document`` as ``photodedup scan --json``
does, edited, and applied with ``photodedup apply --yes`` against the real trash.
"""

# ruff: noqa: PTH110

from __future__ import annotations

import json
import os
import signal
from pathlib import Path
from typing import Any

import pytest

from photodedup import cli
from photodedup.cli.common import EXIT_INTERRUPTED, shown
from photodedup.core import paths, report, seal
from photodedup.core.cleanup import trash
from photodedup.core.cleanup.plan import candidates_from_result
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

pytestmark = pytest.mark.usefixtures("restore_logging")


def photo(path: str, root: Path, *, key: str | None = None, protected: bool = False) -> Photo:
    ident = FileIdentity.from_stat(os.lstat(path))
    real_key = content_key(Path(path).read_bytes())
    file = PhotoFile(path, ident, str(root), protected)
    return Photo(file, ImageInfo(10, 10, "JPEG"), b"", real_key if key is None else key)


def result_of(groups: list[tuple[GroupKind, list[tuple[Photo, Action]]]]) -> ScanResult:
    photos: list[Photo] = []
    out = []
    for gid, (kind, members) in enumerate(groups):
        rows = []
        for p, action in members:
            photos.append(p)
            rows.append(Member(len(photos) - 1, 0, action))
        out.append(Group(gid, kind, tuple(rows), "test"))
    return ScanResult(photos=photos, groups=out)


def save(doc: dict[str, Any], tmp_path: Path) -> str:
    dest = tmp_path / "result.json"
    report.write_json(doc, dest)
    return str(dest)


def apply(doc: dict[str, Any], tmp_path: Path, *extra: str) -> int:
    return cli.main(["apply", save(doc, tmp_path), "--yes", *extra])


KEEP, TRASH = Action.KEEP, Action.TRASH


# ------------------------------------------------------ defect 3: bytes re-checked in apply
def test_a_forged_exact_group_never_costs_the_unique_photo(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A forged cache row: two different photos of one size share a content key."""
    lib = tmp_path / "lib"
    keeper = write(lib / "keeper.jpg", b"A" * 500)
    unique = write(lib / "unique.jpg", b"B" * 500)
    forged = content_key(b"A" * 500)
    result = result_of(
        [(GroupKind.EXACT, [(photo(keeper, lib), KEEP), (photo(unique, lib, key=forged), TRASH)])]
    )
    doc = report.scan_document(result, ScanOptions(roots=(str(lib),)))
    assert doc["version"] == 2 and doc["groups"][0]["members"][1]["content_key"] == forged
    assert apply(doc, tmp_path) == 0
    assert Path(unique).read_bytes() == b"B" * 500
    assert "changed " in capsys.readouterr().out


def test_gui_result_and_cli_document_give_the_same_candidates(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    a, b = write(lib / "a.jpg", b"same"), write(lib / "b.jpg", b"same")
    c, d = write(lib / "c.jpg", b"one"), write(lib / "d.jpg", b"two")
    r = write(lib / "ref" / "r.jpg", b"same")
    result = result_of(
        [
            (GroupKind.EXACT, [(photo(a, lib), KEEP), (photo(b, lib), TRASH)]),
            (GroupKind.SIMILAR, [(photo(c, lib), KEEP), (photo(d, lib), TRASH)]),
            (GroupKind.SHOTS, [(photo(r, lib, protected=True), KEEP), (photo(a, lib), KEEP)]),
        ]
    )
    doc = report.scan_document(result, ScanOptions(roots=(str(lib),)))
    from_doc = report.candidates_from_document(doc)
    from_gui = candidates_from_result(result, {b, d})
    assert from_doc == from_gui
    assert [c.match_keeper for c in from_doc[0]] == [True, True]  # exact: byte copies only


def test_version_1_results_still_load_and_act_only_on_exact_copies(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lib = tmp_path / "lib"
    a, b = write(lib / "a.jpg", b"same"), write(lib / "b.jpg", b"same")
    c, d = write(lib / "c.jpg", b"one"), write(lib / "d.jpg", b"two")
    result = result_of(
        [
            (GroupKind.EXACT, [(photo(a, lib), KEEP), (photo(b, lib), TRASH)]),
            (GroupKind.SIMILAR, [(photo(c, lib), KEEP), (photo(d, lib), TRASH)]),
        ]
    )
    doc = report.scan_document(result, ScanOptions(roots=(str(lib),)))
    doc["version"] = 1
    for group in doc["groups"]:
        for member in group["members"]:
            del member["content_key"], member["seal"]
    assert apply(doc, tmp_path) == 0
    out = capsys.readouterr().out
    assert "format version 1" in out and "only exact copies are trashed" in out
    assert not os.path.exists(b) and os.path.exists(d)
    assert f"refused {d}: the result carries no verifiable content key" in out


# --------------------------------------------------------------- defect 4: the JSON's scope
@pytest.fixture
def scoped(tmp_path: Path) -> dict[str, Any]:
    """A scan of ``tmp_path`` (like scanning $HOME: photodedup's folders and the trash are
    inside the root) with a reference folder, and files the scan never listed."""
    lib, ref = tmp_path / "lib", tmp_path / "lib" / "ref"
    keeper = write(lib / "keeper.jpg", b"same")
    refcopy = write(ref / "r.jpg", b"same")
    outside = write(tmp_path.parent / f"{tmp_path.name}-outside" / "o.jpg", b"same")
    (lib / "sub").mkdir()
    result = result_of(
        [
            (
                GroupKind.EXACT,
                [(photo(keeper, lib), KEEP), (photo(refcopy, ref, protected=True), KEEP)],
            )
        ]
    )
    options = ScanOptions(roots=(str(tmp_path),), reference_roots=(str(ref),))
    doc = report.scan_document(result, options)
    intrash = write(trash.home_trash() / "files" / "t.jpg", b"same")
    own = write(paths.journal_dir() / "x.jsonl", b"same")
    (lib / "to_data").symlink_to(paths.data_dir())
    (lib / "to_trash").symlink_to(trash.home_trash())
    return {"doc": doc, "lib": lib, "outside": outside, "ref": refcopy, "keeper": keeper,
            "trash": intrash, "journal": own}  # fmt: skip


EDITS = {
    "outside_real_identity": lambda s: s["outside"],
    "reference_via_dotdot": lambda s: f"{s['lib']}/sub/../ref/r.jpg",
    "reference_via_slashes": lambda s: f"{s['lib']}//ref//r.jpg",
    "journal_via_symlinked_folder": lambda s: f"{s['lib']}/to_data/journal/x.jsonl",
    "trash_via_symlinked_folder": lambda s: f"{s['lib']}/to_trash/files/t.jpg",
}
SCOPE_REASON = {  # without seals: what the real-path scope check says
    "outside_real_identity": "not under the scanned folders",
    "reference_via_dotdot": "",  # under a reference root: protected, a keeper
    "reference_via_slashes": "",
    "journal_via_symlinked_folder": "inside a trash or photodedup folder",
    "trash_via_symlinked_folder": "inside a trash or photodedup folder",
}


@pytest.mark.parametrize("sealed", [True, False], ids=["sealed", "no_seal_key"])
@pytest.mark.parametrize("edit", list(EDITS))
def test_an_edited_result_cannot_reach_beyond_the_scan(
    scoped: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str],
    edit: str, sealed: bool,
) -> None:  # fmt: skip
    """Each edit adds a file with its real identity, marked "trash"; none is trashed.

    With the seal key the added member is "not listed by the scan"; without it (a result
    from another machine) the real-path scope check alone refuses or protects it.
    """
    doc = scoped["doc"]
    path = EDITS[edit](scoped)
    ident = FileIdentity.from_stat(os.lstat(path))
    members = doc["groups"][0]["members"]
    identity = dict(zip(seal.IDENTITY_FIELDS, ident, strict=True))
    members.append(dict(members[0], path=path, action="trash", protected=False, identity=identity))
    if not sealed:
        (paths.data_dir() / seal.SEAL_KEY).unlink()
    files = {k: v for k, v in scoped.items() if k not in ("doc", "lib")}
    before = {k: Path(v).read_bytes() for k, v in files.items()}
    assert apply(doc, tmp_path) == 0
    assert {k: Path(v).read_bytes() for k, v in files.items()} == before  # nothing moved
    out = capsys.readouterr().out
    reason = report.NOT_LISTED if sealed else SCOPE_REASON[edit]
    assert (f"refused {path}: {reason}" in out) if reason else (f"trash {path}" not in out)
    assert "0 trashed" in out


# ------------------------------------------------- defect 8: the whole document first
def test_a_nul_byte_anywhere_stops_apply_before_the_first_move(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lib = tmp_path / "lib"
    a, b = write(lib / "a.jpg", b"same"), write(lib / "b.jpg", b"same")
    c, d = write(lib / "c.jpg", b"x"), write(lib / "d.jpg", b"x")
    result = result_of(
        [
            (GroupKind.EXACT, [(photo(a, lib), KEEP), (photo(b, lib), TRASH)]),
            (GroupKind.EXACT, [(photo(c, lib), KEEP), (photo(d, lib), TRASH)]),
        ]
    )
    doc = report.scan_document(result, ScanOptions(roots=(str(lib),)))
    doc["groups"][1]["members"][1]["path"] = d + "\0.jpg"
    assert apply(doc, tmp_path) == 2
    assert "bad member" in capsys.readouterr().err
    assert os.path.exists(b) and os.path.exists(d)


def test_deeply_nested_json_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "deep.json"
    bad.write_text('{"format": "photodedup-scan", "groups": ' + "[" * 100_000 + "]" * 100_000 + "}")
    assert cli.main(["apply", str(bad), "--yes"]) == 2
    assert "nested too deeply" in capsys.readouterr().err


def test_ctrl_c_during_apply_says_what_moved_and_how_to_undo(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lib = tmp_path / "lib"
    keeper = write(lib / "k.jpg", b"same")
    victims = [write(lib / f"v{i}.jpg", b"same") for i in range(4)]
    members = [(photo(keeper, lib), KEEP)] + [(photo(v, lib), TRASH) for v in victims]
    doc = report.scan_document(
        result_of([(GroupKind.EXACT, members)]), ScanOptions(roots=(str(lib),))
    )
    real = trash.commit

    def commit_then_ctrl_c(*args: Any) -> None:
        real(*args)
        if args[0] == victims[1]:
            signal.raise_signal(signal.SIGINT)  # the user presses Ctrl-C here

    monkeypatch.setattr(trash, "commit", commit_then_ctrl_c)
    assert apply(doc, tmp_path) == EXIT_INTERRUPTED
    captured = capsys.readouterr()
    assert "interrupted: 2 files moved to the trash" in captured.err
    assert "photodedup undo" in captured.err
    assert "skipped " in captured.out and "cancelled" in captured.out
    assert [os.path.exists(v) for v in victims] == [False, False, True, True]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


# ---------------------------------------------------------- defect 10: smaller ones
def test_a_fifo_as_scan_root_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert cli.main(["scan", str(fifo)]) == 2
    assert "not a folder or a photo file" in capsys.readouterr().err


def test_newlines_in_names_are_quoted_one_file_per_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lib = tmp_path / "lib"
    keeper = write(lib / "k.jpg", b"same")
    odd = write(lib / "two\nlines.jpg", b"same")
    members = [(photo(keeper, lib), KEEP), (photo(odd, lib), TRASH)]
    doc = report.scan_document(
        result_of([(GroupKind.EXACT, members)]), ScanOptions(roots=(str(lib),))
    )
    assert apply(doc, tmp_path) == 0
    lines = capsys.readouterr().out.splitlines()
    quoted = json.dumps(odd)
    assert f"  trash {quoted}" in lines and f"trashed {quoted}" in lines
    assert not any(line.startswith("lines.jpg") for line in lines)
    assert shown("/a/b.jpg") == "/a/b.jpg" and shown("/a\tb") == '"/a\\tb"'


def test_a_member_without_a_seal_is_not_acted_on_and_says_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lib = tmp_path / "lib"
    a, b = write(lib / "a.jpg", b"same"), write(lib / "b.jpg", b"same")
    result = result_of([(GroupKind.EXACT, [(photo(a, lib), KEEP), (photo(b, lib), TRASH)])])
    doc = report.scan_document(result, ScanOptions(roots=(str(lib),)))
    doc["groups"][0]["members"][1]["seal"] = ""
    assert apply(doc, tmp_path) == 0
    assert f"refused {b}: {report.NO_SEAL}" in capsys.readouterr().out
    assert os.path.exists(b)
