"""Date taken and camera of RAW files (core/decode/raw_exif.py), from their own structure.

DNGs are written by pidng from a real picture with the tags cameras write (Make and Model
in IFD0, DateTimeOriginal in the EXIF IFD, or in IFD0 as some DNG writers do); Olympus ORF
and Panasonic RW2 are the same TIFF structure under another magic number; Canon CR3 and
Fujifilm RAF containers are laid out around real TIFF/JPEG EXIF blocks written by Pillow.
"""

from __future__ import annotations

import dataclasses
import io
import struct
from pathlib import Path

import pytest
from PIL import Image

from photodedup.core import pipeline, report
from photodedup.core.config import ScanOptions
from photodedup.core.decode.raw_exif import raw_facts, raw_metadata
from tests.rawfiles import Camera, dng_bytes, make_dng

skimage_data = pytest.importorskip("skimage.data")

NIKON = Camera("NIKON CORPORATION", "NIKON D750", "2019:05:04 10:11:12")


def _picture() -> Image.Image:
    return Image.fromarray(skimage_data.coffee()).resize((96, 64))


def test_a_dng_names_its_camera_and_date() -> None:
    assert raw_facts(dng_bytes(_picture(), camera=NIKON)) == ("2019-05-04 10:11:12", "NIKON D750")
    in_ifd0 = Camera("Canon", "Canon EOS R5", "2021:01:02 03:04:05", taken_in_ifd0=True)
    assert raw_facts(dng_bytes(_picture(), camera=in_ifd0)) == (
        "2021-01-02 03:04:05",
        "Canon EOS R5",
    )
    assert raw_facts(dng_bytes(_picture())) == (None, "photodedup Test Camera")  # no date


def test_a_dng_gives_its_capture_instant() -> None:
    """To the second (no SubSecTimeOriginal written): grouping compares it with others'."""
    (facts, captured) = raw_metadata(dng_bytes(_picture(), camera=NIKON))
    (_, later) = raw_metadata(
        dng_bytes(_picture(), camera=dataclasses.replace(NIKON, taken="2019:05:04 10:11:13"))
    )
    assert facts == ("2019-05-04 10:11:12", "NIKON D750")
    assert captured % 2 == 0 and later - captured == 2 * 1000  # one second, packed
    assert raw_metadata(dng_bytes(_picture()))[1] == 0  # no date: unknown
    assert raw_metadata(b"not a raw file") == ((None, None), 0)


@pytest.mark.parametrize("magic", [b"IIRO", b"IIRS", b"IIU\x00"])  # ORF, ORF, RW2
def test_tiff_with_another_magic_number(magic: bytes) -> None:
    data = dng_bytes(_picture(), camera=NIKON)
    assert raw_facts(magic + data[4:]) == ("2019-05-04 10:11:12", "NIKON D750")


def _exif_block(tags: dict[int, str], exif_ifd: dict[int, str] | None = None) -> bytes:
    """A TIFF-structured EXIF block (Pillow), without the ``Exif\\0\\0`` prefix."""
    exif = Image.Exif()
    exif.update(tags)
    if exif_ifd:
        exif.get_ifd(0x8769).update(exif_ifd)
    block = exif.tobytes()
    assert block.startswith(b"Exif\x00\x00")
    return block[6:]


def _box(name: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", len(payload) + 8) + name + payload


def test_a_cr3_names_its_camera_and_date() -> None:
    """Canon CR3: ISO media boxes; moov/uuid holds CMT1 (IFD0) and CMT2 (the EXIF IFD)."""
    cmt1 = _box(b"CMT1", _exif_block({0x010F: "Canon", 0x0110: "Canon EOS R6"}))
    cmt2 = _box(b"CMT2", _exif_block({0x9003: "2022:08:09 10:11:12"}))
    uuid = _box(b"uuid", bytes.fromhex("85c0b687820f11e08111f4ce462b6a48") + cmt1 + cmt2)
    data = _box(b"ftyp", b"crx \x00\x00\x00\x01crx isom") + _box(b"moov", uuid)
    assert raw_facts(data + bytes(4096)) == ("2022-08-09 10:11:12", "Canon EOS R6")


def test_a_raf_names_its_camera_and_date() -> None:
    """Fujifilm RAF: the header points (offset 84) to a JPEG with the full EXIF."""
    exif = Image.Exif()
    exif.update({0x010F: "FUJIFILM", 0x0110: "X-T3"})
    exif.get_ifd(0x8769)[0x9003] = "2020:01:02 03:04:05"
    jpeg = io.BytesIO()
    _picture().save(jpeg, "JPEG", exif=exif)
    header = bytearray(b"FUJIFILMCCD-RAW 0201FF393101X-T3".ljust(160, b"\x00"))
    struct.pack_into(">II", header, 84, len(header), len(jpeg.getvalue()))
    data = bytes(header) + jpeg.getvalue()
    assert raw_facts(data) == ("2020-01-02 03:04:05", "FUJIFILM X-T3")


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"II*\x00",  # a TIFF header and nothing else
        b"II*\x00\xff\xff\xff\x7f" + bytes(64),  # IFD0 far past the end
        b"MM\x00*\x00\x00\x00\x08\xff\xff" + bytes(32),  # 65535 entries declared, none there
        b"FUJIFILMCCD-RAW " + bytes(60) + b"\xff" * 16,  # pointer past the end
        struct.pack(">I", 16) + b"ftypcrx " + b"CMT1" + b"\xff" * 8,  # a box that lies
        b"\x00\x00\x00\x00random bytes of some other format",
    ],
)
def test_junk_gives_nothing_and_never_raises(data: bytes) -> None:
    assert raw_facts(data) == (None, None)


def test_a_scan_shows_a_raws_camera_and_date(tmp_path: Path) -> None:
    make_dng(_picture(), tmp_path / "DSC_0001.NEF.dng", preview_side=96, camera=NIKON)
    _picture().save(tmp_path / "DSC_0001.jpg", quality=90)
    options = ScanOptions(roots=(str(tmp_path),), workers=1, use_cache=False)
    result = pipeline.run_scan(options)
    (raw,) = [p for p in result.photos if p.info.format == "DNG"]
    assert (raw.info.taken, raw.info.camera) == ("2019-05-04 10:11:12", "NIKON D750")
    doc = report.scan_document(result, options)
    members = {m["path"]: m for g in doc["groups"] for m in g["members"]}
    assert members[raw.path]["camera"] == "NIKON D750"
    assert members[raw.path]["taken"] == "2019-05-04 10:11:12"
