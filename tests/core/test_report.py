"""Scan documents: JSON round trip (bytes-safe paths), validation, CSV, plan candidates."""

from __future__ import annotations

import csv
import hmac
import json
import os
from pathlib import Path

import pytest

from photodedup.core import report, seal
from photodedup.core.config import ScanOptions
from photodedup.core.types import (
    Action,
    ErrorKind,
    FileIdentity,
    Group,
    GroupKind,
    ImageInfo,
    Member,
    Photo,
    PhotoFile,
    ScanError,
    ScanResult,
    ScanStats,
)

ODD = os.fsdecode(b"/photos/IMG_\xff.jpg")


def _photo(path: str, n: int, protected: bool = False) -> Photo:
    ident = FileIdentity(dev=2**63 + n, ino=n, size=1000 * n, mtime_ns=10**18 + n, ctime_ns=n)
    return Photo(
        PhotoFile(path, ident, "/photos", protected),
        ImageInfo(40 * n, 30 * n, "JPEG", taken="2021-05-01T10:00:00"),
        b"\x00" * 8,
    )


@pytest.fixture
def result() -> ScanResult:
    photos = [_photo("/photos/a.jpg", 1), _photo(ODD, 2), _photo("/photos/ref/c.jpg", 3, True)]
    members = (Member(2, 0, Action.KEEP), Member(1, 3, Action.TRASH), Member(0, 4, Action.KEEP))
    return ScanResult(
        photos=photos,
        errors=[ScanError("/photos/bad.jpg", ErrorKind.TRUNCATED, "image file is truncated")],
        groups=[Group(7, GroupKind.SIMILAR, members, "most pixels (120×90)")],
        stats=ScanStats(files_found=4, from_cache=1, decoded=3, errors=1, seconds=0.5),
        threshold=9,
    )


def test_json_file_has_one_group_per_line_and_reads_back_as_the_document(
    result: ScanResult, tmp_path: Path
) -> None:
    doc = report.scan_document(result, ScanOptions(roots=("/photos",)))
    out = tmp_path / "out.json"
    report.write_json(doc, out)
    text = out.read_text(encoding="utf-8")
    assert json.loads(text) == json.loads(json.dumps(doc))
    group_lines = [line for line in text.splitlines() if line.startswith('    {"id"')]
    assert [json.loads(line.rstrip(",")) for line in group_lines] == doc["groups"]
    assert report.dumps_item_per_line({}) == "{}"
    assert json.loads(report.dumps_item_per_line({"a": [], "b": [1, {"c": None}]})) == {
        "a": [],
        "b": [1, {"c": None}],
    }
    odd_values = [
        {},
        [],
        {"a": [], "b": {}, "c": [[{}]], "é\n": "\x00\u2028"},
        {"undecodable \udcff": "path \udcfe"},  # orjson refuses lone surrogates: json path
        [1.5, -0.0, 1e300, None, True, False],
        (1, (2, 3)),
        {"kind": ErrorKind.EMPTY, "action": Action.KEEP},  # str subclasses: their value
        {"n": -(2**70)},  # beyond 64 bits: json path
    ]
    for value in odd_values:
        line = report.dumps_item_per_line({"v": value})
        assert json.loads(line) == json.loads(json.dumps({"v": value})), value


def test_json_round_trip_keeps_undecodable_paths_and_identity(
    result: ScanResult, tmp_path: Path
) -> None:
    doc = report.scan_document(result, ScanOptions(roots=("/photos",)))
    out = tmp_path / "out.json"
    report.write_json(doc, out)
    assert out.read_bytes().isascii()
    back = report.read_document(out)
    assert back == json.loads(json.dumps(doc))
    (group,) = back["groups"]
    assert (group["id"], group["kind"], group["reason"]) == (7, "similar", "most pixels (120×90)")
    odd = group["members"][1]
    assert os.fsencode(odd["path"]) == b"/photos/IMG_\xff.jpg"
    assert (odd["action"], odd["distance"], odd["width"], odd["bytes"]) == ("trash", 3, 80, 2000)
    assert odd["identity"]["dev"] == 2**63 + 2
    assert group["members"][0]["protected"] is True
    assert back["errors"] == [
        {"path": "/photos/bad.jpg", "kind": "truncated", "reason": "image file is truncated"}
    ]
    assert back["stats"]["files_found"] == 4 and back["threshold"] == 9
    assert back["roots"] == ["/photos"]


def test_candidates_follow_the_edited_actions(result: ScanResult, tmp_path: Path) -> None:
    doc = report.scan_document(result, ScanOptions(roots=("/photos",)))
    doc["groups"][0]["members"][2]["action"] = "trash"  # the user marked one more
    cands = report.candidates_from_document(doc)
    assert list(cands) == [7]
    assert [(c.path, c.keep, c.protected) for c in cands[7]] == [
        ("/photos/ref/c.jpg", True, True),
        (ODD, False, False),
        ("/photos/a.jpg", False, False),
    ]
    odd = cands[7][1]
    assert (odd.path, odd.identity, odd.keep, odd.protected, odd.problem) == (
        ODD, result.photos[1].file.identity, False, False, ""
    )  # fmt: skip


def _write(tmp_path: Path, doc: object) -> Path:
    path = tmp_path / "doc.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda d: d.update(format="something"), "not a photodedup scan result"),
        (lambda d: d.update(version=3), "format version 3"),
        (lambda d: d.update(groups={}), "'groups' must be a list"),
        (lambda d: d["groups"][0].update(id="x"), "bad group entry"),
        (lambda d: d["groups"][0]["members"][0].update(action="delete"), "bad member"),
        (lambda d: d["groups"][0]["members"][0]["identity"].pop("ino"), "bad member"),
        (lambda d: d["groups"][0]["members"].append("oops"), "bad member"),
    ],
)
def test_read_document_rejects_invalid_documents(
    result: ScanResult, tmp_path: Path, edit: object, message: str
) -> None:
    doc = report.scan_document(result, ScanOptions())
    edit(doc)  # type: ignore[operator]
    with pytest.raises(report.ReportError, match=message):
        report.read_document(_write(tmp_path, doc))


def test_read_document_rejects_unreadable_files(tmp_path: Path) -> None:
    (tmp_path / "x.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(report.ReportError, match="cannot read"):
        report.read_document(tmp_path / "x.json")
    with pytest.raises(report.ReportError, match="cannot read"):
        report.read_document(tmp_path / "missing.json")


def test_csv_has_one_row_per_member_with_original_path_bytes(
    result: ScanResult, tmp_path: Path
) -> None:
    out = tmp_path / "out.csv"
    report.write_csv(result, out)
    with open(out, encoding="utf-8", errors="surrogateescape", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["path"] for r in rows] == ["/photos/ref/c.jpg", ODD, "/photos/a.jpg"]
    assert [r["action"] for r in rows] == ["keep", "trash", "keep"]
    assert rows[0]["reason"] == "most pixels (120×90)" and rows[1]["reason"] == ""
    assert (rows[1]["width"], rows[1]["bytes"], rows[0]["protected"]) == ("80", "2000", "1")
    assert b"IMG_\xff.jpg" in out.read_bytes()


def test_json_to_stdout(result: ScanResult, capsys: pytest.CaptureFixture[str]) -> None:
    report.write_json(report.scan_document(result, ScanOptions()), "-")
    assert json.loads(capsys.readouterr().out)["format"] == "photodedup-scan"


def test_members_under_reference_roots_stay_protected_whatever_the_edit(
    result: ScanResult,
) -> None:
    options = ScanOptions(roots=("/photos",), reference_roots=("/photos/ref",))
    doc = report.scan_document(result, options)
    for member in doc["groups"][0]["members"]:
        member["protected"] = False
        member["action"] = "trash"
    cands = report.candidates_from_document(doc)[7]
    assert {c.path: c.protected for c in cands} == {
        "/photos/ref/c.jpg": True,
        ODD: False,
        "/photos/a.jpg": False,
    }


def test_a_seal_is_the_hmac_sha256_of_the_listed_fields() -> None:
    """Seals written by earlier versions still verify: the recipe is pinned here."""
    key = bytes(range(32))
    sealer = seal.Sealer(key, ["/photos"], ["/ref"])
    ident = dict.fromkeys(seal.IDENTITY_FIELDS, 7) | {"ino": 12345678901234567890}
    member = {"path": "/photos/\udcff.jpg", "identity": ident, "content_key": "ab"}
    fields = ['[["/photos"], ["/ref"]]', "3", "exact", "/photos/\udcff.jpg"]
    fields += ["7,12345678901234567890,7,7,7", "ab", "0"]
    text = "\0".join(fields).encode("utf-8", "surrogateescape")
    expected = hmac.new(key, text, "sha256").hexdigest()[:32]
    assert sealer.seal(3, "exact", member) == sealer.seal(3, "exact", member) == expected
    assert sealer.verifies(3, "exact", {**member, "seal": expected})
    assert not sealer.verifies(4, "exact", {**member, "seal": expected})


def test_a_photo_is_sealed_as_its_written_member_is_checked() -> None:
    """The scan seals members from its records (``seal_photo``), ``apply`` checks the
    member as written (``seal``): both give one seal, sidecars and protection included."""
    from photodedup.core.types import Sidecar

    sealer = seal.Sealer(bytes(range(32)), ["/photos"], [])
    side = Sidecar("/photos/a.xmp", FileIdentity(1, 2, 3, 4, 5), ("/photos/a.jpg",), "cd")
    made = (_photo("/photos/a.jpg", 1), _photo(ODD, 2), _photo("/photos/r.jpg", 3, True))
    for photo in [p._replace(content_key="ab" if p.path != ODD else "") for p in made]:
        for sidecars in ([], [side]):
            sealed_doc = report._group(
                ScanResult(photos=[photo], errors=[], groups=[], stats=ScanStats()),
                Group(5, GroupKind.EXACT, (Member(0, 0, Action.KEEP),), ""),
                sealer,
                {photo.path: tuple(sidecars)},
            )
            (member,) = sealed_doc["members"]
            assert member["seal"] and sealer.verifies(5, "exact", member)
            assert ("sidecars" in member) == bool(sidecars)
            assert not sealer.verifies(
                5, "exact", {**member, "protected": not photo.file.protected}
            )


@pytest.mark.parametrize("size", [16, 32, 64, 65, 200])
def test_a_seal_is_hmac_sha256_for_any_key_length(size: int) -> None:
    """Keys longer than SHA-256's block are hashed first (RFC 2104), as ``hmac`` does."""
    key = bytes((7 * i + size) % 256 for i in range(size))
    sealer = seal.Sealer(key, ["/p"], [])
    member = {"path": "/p/a.jpg", "identity": dict.fromkeys(seal.IDENTITY_FIELDS, 1)}
    text = "\0".join(['[["/p"], []]', "1", "exact", "/p/a.jpg", "1,1,1,1,1", "", "0"])
    expected = hmac.new(key, text.encode(), "sha256").hexdigest()[:32]
    assert sealer.seal(1, "exact", member) == expected
