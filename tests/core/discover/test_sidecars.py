"""Discovery of the files that follow a photo: sidecars and a Live Photo's movie.

Real folders in tmp_path: a movie beside a photo of its stem is listed under that photo
(with the movie's own sidecars), a movie alone, a large video or a symlink never is, and
discovery notes the folders holding a movie so they are listed again after the scan.
"""

from __future__ import annotations

from pathlib import Path

from photodedup.core.config import ScanOptions
from photodedup.core.discover.sidecars import (
    LIVE_PHOTO_MAX_BYTES,
    companion_owners,
    find_sidecars,
    folder_sidecars,
    is_companion,
)
from photodedup.core.discover.walker import discover_all
from photodedup.core.types import FileIdentity, ImageInfo, Photo, PhotoFile, ScanError
from tests.photos import save_heic, save_jpeg, textured_image

MOVIE = b"\x00\x00\x00\x14ftypqt  \x00\x00\x02\x00qt  " + bytes(range(256)) * 8


def test_which_photos_a_movie_belongs_to() -> None:
    names = ["IMG_1.HEIC", "IMG_1.MOV", "IMG_1.aae", "IMG_1.MOV.json", "IMG_10.HEIC", "x.mp4"]
    assert companion_owners("IMG_1.MOV", names) == ["IMG_1.HEIC"]
    assert companion_owners("img_1.mov", ["IMG_1.JPG", "IMG_1.DNG", "IMG_1.txt"]) == [
        "IMG_1.JPG",
        "IMG_1.DNG",
    ]
    assert companion_owners("x.mp4", names) == []  # a video alone: not a Live Photo
    assert companion_owners("IMG_1.aae", names) == []  # a sidecar, not a movie
    assert is_companion("IMG_1.MP4") and not is_companion("IMG_1.MOV.json")


def _photo(path: Path) -> Photo:
    file = PhotoFile(str(path), FileIdentity.from_stat(path.stat()), str(path.parent))
    return Photo(file, ImageInfo(320, 240, "HEIF"), b"")


def test_a_live_photo_movie_and_its_own_sidecars_follow_the_photo(tmp_path: Path) -> None:
    img = textured_image(1)
    heic = save_heic(img, tmp_path / "IMG_0042.HEIC")
    (tmp_path / "IMG_0042.MOV").write_bytes(MOVIE)
    (tmp_path / "IMG_0042.MOV.json").write_bytes(b'{"title": "IMG_0042.MOV"}\n')
    (tmp_path / "IMG_0042.AAE").write_bytes(b"<plist>edits</plist>\n")
    (tmp_path / "IMG_0050.MOV").write_bytes(MOVIE)  # a movie with no photo: ignored
    (tmp_path / "IMG_0051.MOV").symlink_to(tmp_path / "IMG_0042.MOV")  # never followed
    save_jpeg(img, tmp_path / "IMG_0051.JPG")

    listed = {Path(s.path).name: s for s in folder_sidecars(str(tmp_path))}
    assert set(listed) == {"IMG_0042.MOV", "IMG_0042.MOV.json", "IMG_0042.AAE"}
    assert listed["IMG_0042.MOV"].owners == (str(heic),)
    assert listed["IMG_0042.MOV"].identity.size == len(MOVIE)
    assert listed["IMG_0042.AAE"].owners == (str(heic), str(tmp_path / "IMG_0042.MOV"))

    found = find_sidecars([_photo(heic), _photo(tmp_path / "IMG_0051.JPG")])
    assert set(found) == {str(heic)}  # the movie's sidecar too: under the movie's photo
    assert sorted(Path(s.path).name for s in found[str(heic)]) == [
        "IMG_0042.AAE",
        "IMG_0042.MOV",
        "IMG_0042.MOV.json",
    ]


def test_a_large_video_is_not_a_live_photo(tmp_path: Path) -> None:
    save_jpeg(textured_image(2), tmp_path / "DSC_0001.JPG")
    with (tmp_path / "DSC_0001.MOV").open("wb") as out:
        out.truncate(LIVE_PHOTO_MAX_BYTES + 1)  # sparse: no disk used
    (tmp_path / "DSC_0001.MP4").write_bytes(MOVIE)  # Google Takeout's Live Photo movie
    assert [Path(s.path).name for s in folder_sidecars(str(tmp_path))] == ["DSC_0001.MP4"]


def test_discovery_notes_the_folders_holding_a_movie(tmp_path: Path) -> None:
    for folder in ("live", "plain"):
        (tmp_path / folder).mkdir()
        save_jpeg(textured_image(3), tmp_path / folder / "IMG_1.JPG")
    (tmp_path / "live" / "IMG_1.MOV").write_bytes(MOVIE)
    errors: list[ScanError] = []
    found = discover_all(ScanOptions(roots=(str(tmp_path),)), errors)
    assert [Path(f.path).name for f in found] == ["IMG_1.JPG", "IMG_1.JPG"]  # never decoded
    assert found.sidecar_dirs == {str(tmp_path / "live")}
