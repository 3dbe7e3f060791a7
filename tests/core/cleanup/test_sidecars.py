"""Sidecars (.xmp, .aae, NAME.EXT.json, .pp3) follow their photo to the trash and back.

Real files end to end: a DNG written from a real picture is kept, its exported JPEG is
trashed with the JPEG's own sidecars; undo brings all of them back byte-identical; a
sidecar shared with a file that stays, stays; every safety check applies to sidecars
(listed by the scan with their identity, re-checked right before acting, journaled).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PIL import Image

from photodedup.core import pipeline, report
from photodedup.core.cleanup.execute import Outcome, execute
from photodedup.core.cleanup.journal import load_sessions, undo_last
from photodedup.core.cleanup.plan import SHARED, candidates_from_result, make_plan
from photodedup.core.config import ScanOptions
from photodedup.core.discover.sidecars import folder_sidecars, owners_in
from photodedup.core.types import ScanResult
from tests.rawfiles import make_dng

skimage_data = pytest.importorskip("skimage.data")


def test_which_names_a_sidecar_describes() -> None:
    names = ["IMG_1.CR3", "IMG_1.JPG", "IMG_1.MOV", "IMG_10.JPG", "IMG_1.xmp", "IMG_1.JPG.xmp"]
    assert owners_in("IMG_1.xmp", names) == ["IMG_1.CR3", "IMG_1.JPG", "IMG_1.MOV"]
    assert owners_in("img_1.jpg.XMP", names) == ["IMG_1.JPG"]
    assert owners_in("IMG_1.JPG.json", names) == ["IMG_1.JPG"]
    assert owners_in("IMG_1.JPG.supplemental-metadata.json", names) == ["IMG_1.JPG"]
    assert owners_in("IMG_1.json", names) == []  # NAME.json is not Google Takeout's
    assert owners_in("IMG_1.AAE", names) == ["IMG_1.CR3", "IMG_1.JPG", "IMG_1.MOV"]
    assert owners_in("IMG_1.CR3.pp3", names) == ["IMG_1.CR3"]
    assert owners_in("IMG_2.xmp", names) == []


def test_folder_sidecars_are_regular_files_with_an_owner(tmp_path: Path) -> None:
    for name in ("a.jpg", "a.xmp", "a.jpg.json", "lonely.xmp", "b.jpg"):
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "b.xmp").symlink_to(tmp_path / "a.xmp")  # never followed, never listed
    (tmp_path / "b.jpg.json").mkdir()  # a folder: not a sidecar
    found = folder_sidecars(str(tmp_path))
    assert [(Path(s.path).name, [Path(o).name for o in s.owners]) for s in found] == [
        ("a.jpg.json", ["a.jpg"]),
        ("a.xmp", ["a.jpg"]),
    ]
    assert found[0].identity.size == 1


def _picture(name: str) -> Image.Image:
    return Image.fromarray(getattr(skimage_data, name)())


def _library(root: Path) -> dict[str, Path]:
    """coffee.dng + export/coffee.jpg (own .xmp, .json) and chelsea.dng + export/chelsea.jpg
    whose chelsea.xmp is shared with export/chelsea.psd (not a photo: it stays)."""
    export = root / "export"
    export.mkdir(parents=True)
    files = {}
    for name in ("coffee", "chelsea"):
        img = _picture(name)
        make_dng(img, root / f"{name}.dng", preview_side=max(img.size))
        img.resize((img.width // 2, img.height // 2)).save(export / f"{name}.jpg", quality=85)
        files[name] = export / f"{name}.jpg"
    sidecars = {
        "coffee.jpg.xmp": b'<x:xmpmeta xmlns:x="adobe:ns:meta/">coffee</x:xmpmeta>\n',
        "coffee.jpg.json": b'{"title": "coffee.jpg"}\n',
        "chelsea.xmp": b'<x:xmpmeta xmlns:x="adobe:ns:meta/">chelsea</x:xmpmeta>\n',
        "chelsea.psd": b"not a photo",
        "coffee.dng.xmp": b"the RAW's own edits\n",
    }
    for name, data in sidecars.items():
        (export if "dng" not in name else root).joinpath(name).write_bytes(data)
        files[name] = (export if "dng" not in name else root) / name
    return files


def _scan(root: Path) -> ScanResult:
    return pipeline.run_scan(ScanOptions(roots=(str(root),), workers=1, use_cache=False))


def _snapshot(paths: list[Path]) -> dict[str, tuple[bytes, int]]:
    return {str(p): (p.read_bytes(), p.stat().st_mtime_ns) for p in paths}


def test_trashing_an_export_moves_its_sidecars_and_undo_brings_them_back(
    tmp_path: Path,
) -> None:
    files = _library(tmp_path / "photos")
    result = _scan(tmp_path / "photos")
    assert len(result.groups) == 2
    jpg = str(files["coffee"])
    names = {Path(s.path).name for s in result.sidecars[jpg]}
    assert names == {"coffee.jpg.xmp", "coffee.jpg.json"}
    moving = [files["coffee"], files["coffee.jpg.xmp"], files["coffee.jpg.json"]]
    staying = [files["chelsea.xmp"], files["chelsea.psd"], files["coffee.dng.xmp"]]
    before = _snapshot(moving + staying + [files["chelsea"]])

    marked = {str(files["coffee"]), str(files["chelsea"])}
    plan = make_plan(candidates_from_result(result, marked))
    assert {Path(s.file.path).name for s in plan.sidecars} == {"coffee.jpg.xmp", "coffee.jpg.json"}
    ((kept, reason),) = [(Path(r.path).name, r.reason) for r in plan.kept_sidecars]
    assert kept == "chelsea.xmp" and reason.startswith(SHARED) and "chelsea.psd" in reason

    outcomes = execute(plan)
    assert {(Path(o.path).name, o.outcome) for o in outcomes} == {
        ("coffee.jpg", Outcome.TRASHED),
        ("chelsea.jpg", Outcome.TRASHED),
        ("coffee.jpg.xmp", Outcome.TRASHED),
        ("coffee.jpg.json", Outcome.TRASHED),
    }
    assert not any(p.exists() for p in moving) and all(p.exists() for p in staying)
    (session,) = load_sessions()
    marks = {Path(e.path).name: Path(e.sidecar_of).name for e in session.entries}
    assert marks["coffee.jpg.xmp"] == "coffee.jpg" and marks["coffee.jpg"] == ""

    restored = undo_last()
    assert all(o.restored for o in restored) and len(restored) == 4
    assert _snapshot(moving + staying + [files["chelsea"]]) == before


def test_a_sidecar_changed_since_the_scan_stays(tmp_path: Path) -> None:
    files = _library(tmp_path / "photos")
    result = _scan(tmp_path / "photos")
    files["coffee.jpg.xmp"].write_bytes(b"edited after the scan, same folder\n")
    plan = make_plan(candidates_from_result(result, {str(files["coffee"])}))
    outcomes = {Path(o.path).name: o for o in execute(plan)}
    assert outcomes["coffee.jpg"].outcome is Outcome.TRASHED
    assert outcomes["coffee.jpg.xmp"].outcome is Outcome.CHANGED
    assert "changed since scan" in outcomes["coffee.jpg.xmp"].reason
    assert outcomes["coffee.jpg.json"].outcome is Outcome.TRASHED
    assert files["coffee.jpg.xmp"].exists()


def test_sidecars_of_a_photo_that_was_not_trashed_stay(tmp_path: Path) -> None:
    files = _library(tmp_path / "photos")
    result = _scan(tmp_path / "photos")
    os.utime(files["coffee"], ns=(1, 1))  # the photo changed: it is not trashed
    plan = make_plan(candidates_from_result(result, {str(files["coffee"])}))
    outcomes = {Path(o.path).name: o for o in execute(plan)}
    assert outcomes["coffee.jpg"].outcome is Outcome.CHANGED
    for name in ("coffee.jpg.xmp", "coffee.jpg.json"):
        assert outcomes[name].outcome is Outcome.SKIPPED
        assert outcomes[name].reason.startswith("its photo was not trashed")
        assert files[name].exists()


def test_a_sidecar_appearing_after_the_scan_is_not_touched(tmp_path: Path) -> None:
    files = _library(tmp_path / "photos")
    result = _scan(tmp_path / "photos")
    late = files["coffee"].parent / "coffee.aae"
    late.write_bytes(b"written after the scan")
    plan = make_plan(candidates_from_result(result, {str(files["coffee"])}))
    execute(plan)
    assert late.exists() and not files["coffee.jpg.xmp"].exists()


def test_the_json_lists_sidecars_sealed_and_apply_moves_them(tmp_path: Path) -> None:
    files = _library(tmp_path / "photos")
    options = ScanOptions(roots=(str(tmp_path / "photos"),), workers=1, use_cache=False)
    result = pipeline.run_scan(options)
    doc = json.loads(report.dumps_item_per_line(report.scan_document(result, options)))
    member = next(
        m for g in doc["groups"] for m in g["members"] if m["path"] == str(files["coffee"])
    )
    assert {Path(s["path"]).name for s in member["sidecars"]} == {
        "coffee.jpg.xmp",
        "coffee.jpg.json",
    }
    member["action"] = "trash"
    groups = report.candidates_from_document(doc)
    plan = make_plan(groups)
    assert {Path(s.file.path).name for s in plan.sidecars} == {"coffee.jpg.xmp", "coffee.jpg.json"}

    # An edited sidecar list breaks the seal: the member is no longer the scan's.
    member["sidecars"].append({**member["sidecars"][0], "path": str(files["chelsea.psd"])})
    edited = make_plan(report.candidates_from_document(doc))
    assert not edited.sidecars and str(files["coffee"]) not in {v.path for v in edited.victims}


def test_apply_lists_the_sidecars_it_moves_and_keeps(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from photodedup import cli

    files = _library(tmp_path / "photos")
    out = tmp_path / "result.json"
    assert cli.main(["scan", str(tmp_path / "photos"), "--json", str(out), "--no-cache"]) == 0
    doc = json.loads(out.read_text())
    for group in doc["groups"]:
        for member in group["members"]:
            if member["path"] in (str(files["coffee"]), str(files["chelsea"])):
                member["action"] = "trash"
    out.write_text(json.dumps(doc))
    capsys.readouterr()
    assert cli.main(["apply", str(out)]) == 0  # a dry run
    text = capsys.readouterr().out
    assert f"trash {files['coffee.jpg.xmp']} (sidecar of {files['coffee']})" in text
    assert f"kept sidecar {files['chelsea.xmp']}: {SHARED}" in text
    assert "would move 4 files" in text
    assert files["coffee.jpg.xmp"].exists()  # nothing moved
