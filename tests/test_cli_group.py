"""``photodedup group`` end to end: Parquet fingerprints -> JSON/CSV -> ``apply``."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

pytest.importorskip("pyarrow")

from photodedup.cli.dispatch import main
from photodedup.core.decode.single import fingerprint_record
from photodedup.core.store import parquet
from tests.photos import Library, build_library


def _cluster_job(tmp_path: Path) -> tuple[Library, Path, Path]:
    """A library fingerprinted "on the cluster" (records on its mount), then mounted here
    under another path: (library as recorded, fingerprints file, where it is here)."""
    lib = build_library(tmp_path / "mnt" / "archive", originals=2, bad=False)
    copy = shutil.copy(lib.singles[0], lib.root / "copy.jpg")
    records = [fingerprint_record(p) for p in [*lib.good_files, Path(copy)]]
    parquet.write_records(records, tmp_path / "fp.parquet")
    here = tmp_path / "Volumes" / "archive"
    here.parent.mkdir()
    lib.root.rename(here)
    return lib, tmp_path / "fp.parquet", here


def test_group_with_the_files_here_reports_like_scan_and_apply_rechecks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lib, fingerprints, here = _cluster_job(tmp_path)
    result, table = tmp_path / "result.json", tmp_path / "result.csv"
    mapping = f"{lib.root}={here}"
    code = main(["group", str(fingerprints), "--map", mapping, "--json", str(result)])
    assert code == 0
    assert main(["group", str(fingerprints), "--map", mapping, "--csv", str(table)]) == 0
    out = capsys.readouterr().out
    assert "pixels not checked" in out and "16 of the 16 grouped files found here" in out
    doc = json.loads(result.read_text())
    assert doc["pixels_checked"] is False and doc["roots"] == [str(here)]
    assert doc["fingerprints"] == len(lib.good_files) + 1
    exact = [g for g in doc["groups"] if g["kind"] == "exact"]
    assert [Path(m["path"]).name for m in exact[0]["members"]] == ["single0.jpg", "copy.jpg"]
    assert len(doc["groups"]) == 3  # the two originals with their copies, the byte copy
    rows = list(csv.DictReader(table.open()))
    assert {r["path"] for r in rows} == {m["path"] for g in doc["groups"] for m in g["members"]}
    assert main(["apply", str(result), "--yes"]) == 0
    said = capsys.readouterr().out
    assert "grouped from fingerprints alone" in said
    assert f"trashed {here / 'copy.jpg'}" in said
    assert not (here / "copy.jpg").exists() and (here / "single0.jpg").exists()


def test_apply_refuses_a_grouping_of_files_not_on_this_machine(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lib, fingerprints, here = _cluster_job(tmp_path)
    result = tmp_path / "result.json"
    assert main(["group", str(fingerprints), "--json", str(result)]) == 0  # no --map
    assert "0 of the" in capsys.readouterr().out
    doc = json.loads(result.read_text())
    assert len(doc["groups"]) == 3 and doc["roots"] == [str(lib.root)]
    lib.root.mkdir(parents=True)  # the recorded mount point exists here, holding other files
    shutil.copy(here / "copy.jpg", lib.root / "copy.jpg")
    shutil.copy(here / "single0.jpg", lib.root / "single0.jpg")
    assert main(["apply", str(result), "--yes"]) == 0
    said = capsys.readouterr().out
    assert "grouped from fingerprints alone" in said
    assert "scan the files on this machine first" in said
    assert "0 trashed" in said
    assert (lib.root / "copy.jpg").exists() and (here / "copy.jpg").exists()


def test_group_says_what_is_wrong_with_its_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "not.parquet").write_text("no")
    assert main(["group", str(tmp_path / "not.parquet")]) == 1
    assert "cannot read the fingerprints" in capsys.readouterr().err
    assert main(["group", str(tmp_path / "not.parquet"), "--map", "x"]) == 2
