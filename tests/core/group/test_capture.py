"""Capture instants: frames of a burst are two photos (similar shots), never copies; copies
keep their original's instant; a clock or time-zone shift is no evidence."""

from __future__ import annotations

import datetime
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from photodedup.core.config import DEFAULT_THRESHOLD, ScanOptions
from photodedup.core.decode.image import analyse_file
from photodedup.core.fingerprint import Fingerprint, FingerprintArrays
from photodedup.core.group.capture import apart
from photodedup.core.group.cluster import find_clusters
from photodedup.core.types import FileIdentity, Photo, PhotoFile

skimage_data = pytest.importorskip("skimage.data")
START = datetime.datetime(2024, 8, 3, 17, 40, 12)


def _packed(seconds: float, exact: bool = True) -> int:
    when = START + datetime.timedelta(seconds=seconds)
    since = when - datetime.datetime(1, 1, 1)
    millis = since.days * 86_400_000 + since.seconds * 1000 + since.microseconds // 1000
    if not exact:
        millis -= millis % 1000
    return millis * 2 + exact


def _arrays(*instants: int) -> FingerprintArrays:
    blobs = [Fingerprint(key=0, thumb=bytes(256), captured=c).to_bytes() for c in instants]
    return FingerprintArrays.from_bytes(blobs)


def _apart(a: int, b: int) -> bool:
    fp = _arrays(a, b)
    return bool(apart(fp, np.array([0]), np.array([1]))[0])


def test_instants_compare_to_the_millisecond_or_to_the_second() -> None:
    assert _apart(_packed(0.1), _packed(0.6))  # a burst at 2 frames per second
    assert _apart(_packed(0.0), _packed(0.001))
    assert not _apart(_packed(3.25), _packed(3.25))  # a copy keeps its original's
    # Without sub-seconds on one side: to the second.
    assert not _apart(_packed(3.25), _packed(3.0, exact=False))
    assert _apart(_packed(4.25), _packed(3.0, exact=False))
    assert not _apart(_packed(0), 0) and not _apart(0, 0)  # unknown: no evidence


@pytest.mark.parametrize("hours", [1, 2, -5, 0.5, 5.75, 13])
def test_a_clock_or_time_zone_shift_is_no_evidence(hours: float) -> None:
    assert not _apart(_packed(10.37), _packed(10.37 + 3600 * hours))
    assert _apart(_packed(10.37), _packed(10.38 + 3600 * hours))


def test_unknown_instants_array_says_nothing() -> None:
    fp = FingerprintArrays.from_bytes([Fingerprint(0, bytes(256)).to_bytes()] * 2)
    plain = FingerprintArrays(fp.keys, fp.centre_keys, fp.thumbs, fp.figures)
    assert not apart(plain, np.array([0]), np.array([1])).any()


def _frame(at: tuple[int, int]) -> Image.Image:
    """A still scene with one small thing (a cup) at ``at``: a frame of a burst."""
    scene = Image.fromarray(skimage_data.astronaut()).convert("RGB").resize((640, 640))
    thing = Image.fromarray(skimage_data.coffee()).convert("RGB").resize((80, 60))
    scene.paste(thing, at)
    return scene


def _exif(seconds: float | None) -> bytes:
    exif = Image.Exif()
    exif[0x0132] = "2024:12:01 09:00:00"  # DateTime: a later edit, never evidence
    if seconds is not None:
        when = START + datetime.timedelta(seconds=seconds)
        ifd = exif.get_ifd(0x8769)
        ifd[0x9003] = when.strftime("%Y:%m:%d %H:%M:%S")
        ifd[0x9291] = f"{when.microsecond // 1000:03d}"
    return exif.tobytes()


def _scan(folder: Path, files: dict[str, tuple[Image.Image, float | None]]) -> list[Photo]:
    photos = []
    for name, (img, seconds) in files.items():
        path = folder / name
        fmt = "PNG" if path.suffix == ".png" else "JPEG"
        extra = {} if seconds is None and fmt == "PNG" else {"exif": _exif(seconds)}
        img.save(path, fmt, **extra)
        file = PhotoFile(str(path), FileIdentity.from_stat(path.stat()), str(folder))
        photos.append(analyse_file(file, ScanOptions()))
    return photos


def _groups(photos: list[Photo], copies: bool) -> list[set[str]]:
    return [
        {Path(photos[m].path).stem for m in c.members}
        for c in find_clusters(photos, DEFAULT_THRESHOLD)
        if c.kind.copies == copies
    ]


def _burst(with_instants: bool) -> dict[str, tuple[Image.Image, float | None]]:
    a, b = _frame((300, 420)), _frame((318, 420))  # the cup moved 18 px in half a second
    ta, tb = (0.1, 0.6) if with_instants else (None, None)
    small = a.resize((320, 320))
    return {
        "a.jpg": (a, ta),
        "a_small.jpg": (small, ta),
        "b.jpg": (b, tb),
        "b_q40.jpg": (b, tb),
        "b_stripped.png": (b, None),  # a converter dropped the EXIF: no instant
    }


def test_burst_frames_with_their_copies_are_two_groups(tmp_path: Path) -> None:
    without = _groups(_scan(_mk(tmp_path / "plain"), _burst(False)), copies=True)
    # The failure class: without instants the two frames are one group of "copies".
    assert any({"a", "b"} <= g for g in without)
    photos = _scan(_mk(tmp_path / "timed"), _burst(True))
    groups = _groups(photos, copies=True)
    assert not any({"a", "b"} <= g or {"a_small", "b_q40"} <= g for g in groups), groups
    assert any({"a", "a_small"} <= g for g in groups)
    assert any({"b", "b_q40"} <= g for g in groups)
    assert {m for g in groups for m in g} == {"a", "a_small", "b", "b_q40", "b_stripped"}


def _mk(folder: Path) -> Path:
    folder.mkdir()
    return folder


def test_two_frames_alone_are_similar_shots(tmp_path: Path) -> None:
    frames = {"a.jpg": (_frame((300, 420)), 0.1), "b.jpg": (_frame((318, 420)), 0.6)}
    photos = _scan(tmp_path, frames)
    assert _groups(photos, copies=True) == []
    assert _groups(photos, copies=False) == [{"a", "b"}]


def test_a_copy_with_its_clock_shifted_is_still_a_copy(tmp_path: Path) -> None:
    picture = _frame((300, 420))
    photos = _scan(tmp_path, {"a.jpg": (picture, 0.1), "a_utc.jpg": (picture, 0.1 - 7200)})
    assert _groups(photos, copies=True) == [{"a", "a_utc"}]
