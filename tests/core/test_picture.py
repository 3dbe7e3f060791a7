"""fingerprint.picture: the decoder worker's grey pictures for the structure check are the
very pixels the check would decode itself, and the run holds them within budget."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from photodedup.core.config import ScanOptions
from photodedup.core.decode.image import analyse_file_full
from photodedup.core.fingerprint import picture
from photodedup.core.group import structure
from photodedup.core.types import FileIdentity, PhotoFile
from tests.core.group.test_accuracy_classes import real

CAMERA = (2560, 1920)  # the shorter side is 8 x 240: libjpeg's 1/8 serves both decodes


def _analysed(path: Path) -> bytes:
    file = PhotoFile(str(path), FileIdentity.from_stat(path.stat()), str(path.parent))
    _, _, data = analyse_file_full(file, ScanOptions())
    assert data is not None
    return data


def _save(path: Path, size: tuple[int, int], orientation: int = 1) -> Path:
    img = real("astronaut").resize(size)
    exif = Image.Exif()
    exif[0x0112] = orientation
    img.save(path, quality=90, exif=exif)
    return path


@pytest.mark.parametrize("orientation", [1, 6])
def test_the_decoders_picture_is_the_structure_checks_own_decode(
    tmp_path: Path, orientation: int
) -> None:
    path = _save(tmp_path / "camera.jpg", CAMERA, orientation)
    made = picture.picture_array(_analysed(path))
    assert made is not None
    assert made.shape == ((240, 320) if orientation == 1 else (320, 240))
    own = structure._grey_small(str(path))
    assert own is not None and own.dtype == made.dtype
    assert np.array_equal(made, own)


def test_no_picture_where_the_check_would_decode_differently(tmp_path: Path) -> None:
    small = _save(tmp_path / "small.jpg", (1600, 1200))  # 1/4 would serve the check, not 1/8
    png = tmp_path / "camera.png"
    real("astronaut").resize(CAMERA).save(png)  # no DCT scaling: the worker's decode differs
    for path in (small, png):
        data = _analysed(path)
        assert picture.picture_array(data) is None
        assert len(data) == picture.thumb_length(data)


def test_the_thumbnail_reads_the_same_with_or_without_the_picture(tmp_path: Path) -> None:
    data = _analysed(_save(tmp_path / "camera.jpg", CAMERA))
    thumb = data[: picture.thumb_length(data)]
    assert len(data) > len(thumb)
    assert picture.thumb_array(data).shape == (48, 64)
    assert np.array_equal(picture.thumb_array(data), picture.thumb_array(thumb))


def test_the_budget_drops_pictures_first_then_thumbnails(tmp_path: Path) -> None:
    data = _analysed(_save(tmp_path / "camera.jpg", CAMERA))
    thumb = picture.thumb_length(data)
    budget = picture.ThumbBudget(thumbs=2 * thumb, pictures=len(data) - thumb)
    assert budget.fit(data) == data
    assert budget.fit(data) == data[:thumb]  # no room for a second picture
    assert budget.fit(data) is None  # nor for a third thumbnail
    assert budget.fit(data[:thumb]) is None


def test_the_check_uses_the_decoders_picture_and_decodes_only_without_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    decodes: list[str] = []
    original = structure._grey_small
    monkeypatch.setattr(structure, "_grey_small", lambda p: decodes.append(p) or original(p))
    path = str(_save(tmp_path / "camera.jpg", CAMERA))
    data = _analysed(Path(path))
    with_picture = structure.StructureCheck([path], thumbs={path: data})
    without = structure.StructureCheck([path], thumbs={path: data[: picture.thumb_length(data)]})
    assert with_picture.has_points([0]) == without.has_points([0])
    assert decodes == [path]  # only the check that was handed the thumbnail alone
