"""decode.metadata: EXIF orientation, date and camera that never raise, and upright pixels."""

from __future__ import annotations

import datetime
import struct
import threading
import warnings
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageOps

from photodedup.core.decode.metadata import (
    SWAPPED_ORIENTATIONS,
    TRANSPOSE_FOR_ORIENTATION,
    Metadata,
    capture_instant,
    read_metadata,
    recorded_warnings,
    upright,
)
from tests.photos import EXIF_ORIENTATION, save_jpeg, textured_image

_EXIF_IFD = 0x8769
_MAKE, _MODEL, _DATETIME, _DATETIME_ORIGINAL = 0x010F, 0x0110, 0x0132, 0x9003
_SUBSEC_ORIGINAL = 0x9291


def _instant(stamp: str, millis: int, exact: bool) -> int:
    """The packed capture instant of ``stamp`` ("YYYY-MM-DD HH:MM:SS") + ``millis``."""
    since = datetime.datetime.fromisoformat(stamp) - datetime.datetime(1, 1, 1)
    return (round(since.total_seconds()) * 1000 + millis) * 2 + exact


def _with_exif(path: Path, exif: Image.Exif | bytes, fmt: str = "JPEG") -> Image.Image:
    blob = exif if isinstance(exif, bytes) else exif.tobytes()
    textured_image(3, (64, 48)).save(path, fmt, exif=blob)
    return Image.open(path)


def _ifd_with_orientation(value: int) -> bytes:
    """A little-endian TIFF header + one IFD entry: Orientation (SHORT) = ``value``."""
    entry = struct.pack("<HHII", EXIF_ORIENTATION, 3, 1, value)
    return b"Exif\x00\x00II*\x00\x08\x00\x00\x00" + struct.pack("<H", 1) + entry + b"\0" * 4


def test_no_exif_gives_the_defaults(tmp_path: Path) -> None:
    textured_image(1, (64, 48)).save(tmp_path / "plain.png")
    with Image.open(tmp_path / "plain.png") as img:
        assert read_metadata(img) == Metadata()
    assert Metadata() == Metadata(1, None, None, ())


def test_orientation_date_and_camera_are_read(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[EXIF_ORIENTATION] = 6
    exif[_MAKE] = "Canon"
    exif[_MODEL] = "Canon EOS 5D"  # the model repeats the make: said once
    exif[_DATETIME] = "2000:01:01 00:00:00"  # file date: the original wins
    exif.get_ifd(_EXIF_IFD)[_DATETIME_ORIGINAL] = "2021:07:04 12:00:00"
    with _with_exif(tmp_path / "a.jpg", exif) as img:
        meta = read_metadata(img)
    captured = _instant("2021-07-04 12:00:00", 0, exact=False)  # no sub-seconds
    assert meta == Metadata(6, "2021-07-04 12:00:00", "Canon EOS 5D", (), captured)


@pytest.mark.parametrize(
    ("subsec", "millis", "exact"),
    [
        *(("25", 250, True), ("5", 500, True), ("123456", 123, True), ("007", 7, True)),
        *(("", 0, False), ("  ", 0, False), ("abc", 0, False)),
    ],
)
def test_capture_instant_counts_the_sub_seconds(
    tmp_path: Path, subsec: str, millis: int, exact: bool
) -> None:
    exif = Image.Exif()
    exif.get_ifd(_EXIF_IFD).update({_DATETIME_ORIGINAL: "2023:12:31 23:59:58"})
    exif.get_ifd(_EXIF_IFD)[_SUBSEC_ORIGINAL] = subsec
    with _with_exif(tmp_path / "a.jpg", exif) as img:
        assert read_metadata(img).captured == _instant("2023-12-31 23:59:58", millis, exact)


@pytest.mark.parametrize("stamp", [None, "0000:00:00 00:00:00", "    ", "2023:13:45 99:00:00"])
def test_no_capture_instant_without_a_valid_original_date(
    tmp_path: Path, stamp: str | None
) -> None:
    """DateTime (the file's last change) is never a capture instant; junk gives none."""
    exif = Image.Exif()
    exif[_DATETIME] = "2004:02:29 08:15:00"
    if stamp is not None:
        exif.get_ifd(_EXIF_IFD)[_DATETIME_ORIGINAL] = stamp
    with _with_exif(tmp_path / "a.jpg", exif) as img:
        assert read_metadata(img).captured == 0
    assert capture_instant(Image.Exif()) == 0


def test_date_falls_back_to_datetime_and_camera_joins_make_and_model(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[_MAKE] = b"NIKON\x00\x00"  # bytes with NUL padding, as cameras write it
    exif[_MODEL] = " D70 "
    exif[_DATETIME] = "2004:02:29 08:15:00"
    with _with_exif(tmp_path / "a.jpg", exif) as img:
        meta = read_metadata(img)
    assert (meta.taken, meta.camera, meta.notes) == ("2004-02-29 08:15:00", "NIKON D70", ())


@pytest.mark.parametrize(
    ("make", "model", "camera"),
    [
        ("Apple", None, "Apple"),
        (None, "iPhone 12", "iPhone 12"),
        ("", "   ", None),
        ("SONY", "sony ILCE-7", "sony ILCE-7"),  # case-insensitive repeat
        ("FUJIFILM", "X-T3", "FUJIFILM X-T3"),
        ("NIKON CORPORATION", "NIKON D750", "NIKON D750"),  # the maker's name repeated
        ("OLYMPUS IMAGING CORP.", "E-M1", "OLYMPUS IMAGING CORP. E-M1"),
    ],
)
def test_camera_names(
    tmp_path: Path, make: str | None, model: str | None, camera: str | None
) -> None:
    exif = Image.Exif()
    if make is not None:
        exif[_MAKE] = make
    if model is not None:
        exif[_MODEL] = model
    with _with_exif(tmp_path / "a.jpg", exif) as img:
        assert read_metadata(img).camera == camera


@pytest.mark.parametrize("blank", ["0000:00:00 00:00:00", "", "   ", "\x00\x00"])
def test_blank_or_zero_dates_are_none(tmp_path: Path, blank: str) -> None:
    exif = Image.Exif()
    exif[_DATETIME] = blank
    with _with_exif(tmp_path / "a.jpg", exif) as img:
        assert read_metadata(img).taken is None


def test_a_date_without_time_keeps_the_date(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[_DATETIME] = "2019:12:31"
    with _with_exif(tmp_path / "a.jpg", exif) as img:
        assert read_metadata(img).taken == "2019-12-31"


@pytest.mark.parametrize("value", [9, 0x7FFF])
def test_an_invalid_orientation_is_ignored_with_a_note(tmp_path: Path, value: int) -> None:
    with _with_exif(tmp_path / "a.png", _ifd_with_orientation(value), "PNG") as img:
        meta = read_metadata(img)
    assert meta.orientation == 1
    assert meta.notes == (f"invalid EXIF orientation {value} ignored",)


def test_orientation_zero_means_upright_without_a_note(tmp_path: Path) -> None:
    with _with_exif(tmp_path / "a.png", _ifd_with_orientation(0), "PNG") as img:
        assert read_metadata(img) == Metadata()


def test_unreadable_exif_never_raises(tmp_path: Path) -> None:
    with _with_exif(tmp_path / "a.png", b"Exif\x00\x00garbage", "PNG") as img:
        meta = read_metadata(img)
    assert (meta.orientation, meta.taken, meta.camera) == (1, None, None)
    assert len(meta.notes) == 1 and meta.notes[0].startswith("unreadable EXIF, orientation ignored")


def test_damaged_exif_is_one_note_and_warnings_do_not_escape(tmp_path: Path) -> None:
    cut = b"Exif\x00\x00II*\x00\x08\x00\x00\x00\xff\xff" + b"\x00" * 20  # 65535 entries claimed
    with _with_exif(tmp_path / "a.png", cut, "PNG") as img, warnings.catch_warnings():
        warnings.simplefilter("error")  # a warning leaking out would raise here
        meta = read_metadata(img)
    assert meta.orientation == 1
    assert len(meta.notes) == 1 and meta.notes[0].startswith("damaged EXIF (Corrupt EXIF")


def _asymmetric() -> Image.Image:
    return Image.fromarray(np.arange(4 * 3 * 3, dtype=np.uint8).reshape(3, 4, 3) * 7, "RGB")


@pytest.mark.parametrize("orientation", range(1, 9))
def test_upright_matches_pillows_exif_transpose(tmp_path: Path, orientation: int) -> None:
    exif = Image.Exif()
    exif[EXIF_ORIENTATION] = orientation
    _asymmetric().save(tmp_path / "a.png", exif=exif.tobytes())  # lossless: pixels exact
    with Image.open(tmp_path / "a.png") as img:
        img.load()
        meta = read_metadata(img)
        assert meta.orientation == orientation
        turned = upright(img, meta.orientation)
        expected = ImageOps.exif_transpose(img)
    assert np.array_equal(np.asarray(turned), np.asarray(expected))
    assert (turned.size != img.size) == (orientation in SWAPPED_ORIENTATIONS)


def test_upright_drops_the_metadata_so_nothing_turns_it_twice(tmp_path: Path) -> None:
    stored = textured_image(5, (64, 48)).transpose(Image.Transpose.ROTATE_90)
    with Image.open(save_jpeg(stored, tmp_path / "a.jpg", orientation=6)) as img:
        img.info["xmp"] = b"<x:xmpmeta/>"
        turned = upright(img, read_metadata(img).orientation)
    assert turned.size == (64, 48)
    assert not {"exif", "xmp", "XML:com.adobe.xmp"} & set(turned.info)
    assert ImageOps.exif_transpose(turned).size == (64, 48)


@pytest.mark.parametrize("orientation", [1, 0, 9, -3])
def test_upright_leaves_upright_or_unknown_orientations_alone(orientation: int) -> None:
    img = _asymmetric()
    assert upright(img, orientation) is img


def test_the_transpose_table_covers_orientations_two_to_eight() -> None:
    assert sorted(TRANSPOSE_FOR_ORIENTATION) == list(range(2, 9))
    assert set(SWAPPED_ORIENTATIONS) == {5, 6, 7, 8}


def test_recorded_warnings_collects_and_restores_the_filters() -> None:
    before = list(warnings.filters)
    with recorded_warnings() as caught:
        warnings.warn("one", UserWarning, stacklevel=1)
        warnings.warn("one", UserWarning, stacklevel=1)  # "always": repeats are kept
    assert [str(w.message) for w in caught] == ["one", "one"]
    assert warnings.filters == before


def test_recorded_warnings_in_threads_each_get_their_own() -> None:
    results: dict[int, list[str]] = {}
    start = threading.Barrier(4)

    def work(n: int) -> None:
        start.wait()
        for _ in range(20):
            with recorded_warnings() as caught:
                warnings.warn(f"thread {n}", UserWarning, stacklevel=1)
            results.setdefault(n, []).extend(str(w.message) for w in caught)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert results == {n: [f"thread {n}"] * 20 for n in range(4)}
