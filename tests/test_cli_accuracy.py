"""The command line's rotation option and `find` decide copies as grouping does."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PIL import Image

from photodedup import cli
from tests.core.group.test_accuracy_classes import real

pytest.importorskip("skimage.data")


def _library(root: Path) -> Path:
    img = real("astronaut")
    r, g, b = img.split()
    root.mkdir()
    img.save(root / "original.jpg", quality=92)
    img.transpose(Image.Transpose.FLIP_LEFT_RIGHT).save(root / "mirrored.jpg", quality=90)
    img.reduce(2).save(root / "half.jpg", quality=85)
    Image.merge("RGB", (b, g, r)).save(root / "recoloured.jpg", quality=92)
    return root


def _groups(out: Path) -> list[set[str]]:
    doc = json.loads(out.read_text())
    return [{Path(m["path"]).stem for m in group["members"]} for group in doc["groups"]]


def test_scan_with_rotations_groups_a_mirrored_copy(tmp_path: Path) -> None:
    root = _library(tmp_path / "photos")
    plain, turned = tmp_path / "plain.json", tmp_path / "turned.json"
    assert cli.main(["scan", str(root), "--json", str(plain), "--no-cache"]) == 0
    assert cli.main(["scan", str(root), "--json", str(turned), "--no-cache", "--rotations"]) == 0
    assert {"original", "half"} in _groups(plain)
    assert {"original", "half", "mirrored"} in _groups(turned)
    assert not any("recoloured" in g for g in _groups(turned))


def test_find_uses_the_grouping_decision(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _library(tmp_path / "photos")
    query = tmp_path / "query.jpg"
    real("astronaut").save(query, quality=80)
    assert cli.main(["find", str(query), str(root), "--json", "--no-cache"]) == 0
    found = {Path(m["path"]).stem for m in json.loads(capsys.readouterr().out)["matches"]}
    assert found == {"original", "half"}  # not the recoloured variant, not the mirror
