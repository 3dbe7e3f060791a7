"""Camera RAW decoding (core/decode/raw.py) on real DNGs written from real pictures.

The pictures are scikit-image's sample photographs; :mod:`tests.rawfiles` lays them out as
a Bayer mosaic with a colour matrix (LibRaw develops them faithfully) and can embed a JPEG
preview.  Covered: preview and development agree (orientations 1, 3, 6, 8), the sensor
size and format are reported, bomb limits, damaged files, decoder isolation, and a scan
that groups a DNG with its exported JPEG, AVIF and JPEG XL copies and keeps the DNG.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from photodedup.core import pipeline
from photodedup.core.config import ScanOptions
from photodedup.core.decode.files import DecodeError
from photodedup.core.decode.image import ALLOWED_FORMATS, decode, decode_raw_bytes, open_oriented
from photodedup.core.decode.raw import is_raw, raw_format
from photodedup.core.fingerprint import fingerprint_image, hamming
from photodedup.core.group.keepers import (
    choose_keepers,
    lower_resolution_copies,
    suggest_trash_lower_resolution,
)
from photodedup.core.types import Action, ErrorKind, ScanResult
from tests.faults import faulty_decoders
from tests.rawfiles import make_dng

skimage_data = pytest.importorskip("skimage.data")


def picture(name: str = "coffee") -> Image.Image:
    """A real photograph (scikit-image's samples: coffee 600x400, chelsea 451x300...)."""
    return Image.fromarray(getattr(skimage_data, name)())


def test_formats_by_extension() -> None:
    assert raw_format("/a/IMG_0001.CR3") == "CR3"
    assert raw_format("/a/x.nef") == "NEF"
    assert raw_format("/a/x.dng") == "DNG"
    assert raw_format("/a/x.jpg") is None and not is_raw("/a/.dng")


@pytest.mark.parametrize("orientation", [1, 3, 6, 8])
def test_preview_and_development_agree_and_report_the_sensor(
    tmp_path: Path, orientation: int
) -> None:
    path = make_dng(picture(), tmp_path / "a.dng", preview_side=600, orientation=orientation)
    data = path.read_bytes()
    fast = decode_raw_bytes(data, "DNG", max_pixels=10**8, min_side=64)
    slow = decode_raw_bytes(data, "DNG", max_pixels=10**8, min_side=64, use_preview=False)
    assert fast.from_preview and not slow.from_preview
    turned = orientation in (6, 8)
    assert (fast.info.width, fast.info.height) == ((400, 600) if turned else (600, 400))
    assert fast.info == slow.info and fast.info.format == "DNG"
    assert (fast.image.width < fast.image.height) == turned
    assert (slow.image.width < slow.image.height) == turned
    distance = hamming(fingerprint_image(fast.image).key, fingerprint_image(slow.image).key)
    assert distance <= 6


def test_upright_dng_hashes_like_the_upright_picture(tmp_path: Path) -> None:
    img = picture()
    upright_key = fingerprint_image(img).key
    for orientation in (1, 6, 8, 3):
        stored = {1: img, 6: img.rotate(90, expand=True), 8: img.rotate(-90, expand=True),
                  3: img.rotate(180)}[orientation]  # fmt: skip
        path = make_dng(stored, tmp_path / f"o{orientation}.dng", orientation=orientation)
        image, info = open_oriented(str(path), min_side=64)
        assert info.format == "DNG" and (info.width, info.height) == (600, 400)
        assert hamming(fingerprint_image(image).key, upright_key) <= 8, orientation


def test_small_preview_is_not_used(tmp_path: Path) -> None:
    path = make_dng(picture(), tmp_path / "a.dng", preview_side=160)
    result = decode_raw_bytes(path.read_bytes(), "DNG", max_pixels=10**8, min_side=64)
    assert not result.from_preview and result.info.width == 600


def test_sensor_over_the_pixel_limit_is_too_large(tmp_path: Path) -> None:
    path = make_dng(picture(), tmp_path / "a.dng", preview_side=600)
    with pytest.raises(DecodeError) as caught:
        decode_raw_bytes(path.read_bytes(), "DNG", max_pixels=100_000)
    assert caught.value.kind is ErrorKind.TOO_LARGE


@pytest.mark.parametrize(
    ("content", "kinds"),
    [
        (b"", {ErrorKind.EMPTY}),
        (b"not a raw file at all" * 10, {ErrorKind.UNREADABLE}),
        ("half", {ErrorKind.TRUNCATED, ErrorKind.UNREADABLE}),
    ],
)
def test_damaged_raw_files_are_reported(tmp_path: Path, content: object, kinds: set) -> None:
    if content == "half":
        whole = make_dng(picture(), tmp_path / "a.dng").read_bytes()
        content = whole[: len(whole) // 2]
    assert isinstance(content, bytes)
    with pytest.raises(DecodeError) as caught:
        decode_raw_bytes(content, "NEF", max_pixels=10**8)
    assert caught.value.kind in kinds


def test_a_dng_is_not_opened_as_a_tiff_by_path(tmp_path: Path) -> None:
    path = make_dng(picture("chelsea"), tmp_path / "a.dng")
    decoded = decode(str(path), min_side=64)
    assert decoded.info.format == "DNG" and decoded.image.mode in ("RGB", "YCbCr")


def _scan(root: Path, **kw: object) -> ScanResult:
    return pipeline.run_scan(ScanOptions(roots=(str(root),), workers=1, use_cache=False, **kw))


def _export(img: Image.Image, folder: Path, name: str) -> None:
    folder.mkdir(exist_ok=True)
    half = img.resize((img.width // 2, img.height // 2), Image.Resampling.LANCZOS)
    half.save(folder / f"{name}.jpg", quality=85)
    half.save(folder / f"{name}.avif", quality=70)
    half.save(folder / f"{name}.jxl", quality=80)


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, ScanResult]:
    root = tmp_path_factory.mktemp("raw") / "photos"
    root.mkdir()
    for name in ("coffee", "chelsea", "astronaut"):
        img = picture(name)
        make_dng(img, root / f"{name}.dng", preview_side=max(img.size))
        _export(img, root / "export", name)
    (root / "broken").mkdir()
    whole = (root / "coffee.dng").read_bytes()
    (root / "broken" / "cut.nef").write_bytes(whole[:1000])
    return root, _scan(root)


def test_a_dng_and_its_exports_are_one_group_with_the_dng_kept(
    library: tuple[Path, ScanResult],
) -> None:
    _, result = library
    assert len(result.groups) == 3
    assert {"AVIF", "JXL"} <= set(ALLOWED_FORMATS)  # Pillow's AVIF, pillow-jxl-plugin
    extensions = {".jpg", ".avif", ".jxl"}
    for group in result.groups:
        photos = [result.photos[m.photo] for m in group.members]
        assert photos[0].info.format == "DNG", group
        assert group.reason.startswith("camera RAW original"), group.reason
        assert {Path(p.path).suffix for p in photos[1:]} == extensions
        assert all(m.action is Action.KEEP for m in group.members)
    lowered = suggest_trash_lower_resolution(result.photos, result.groups)
    for group in lowered:
        assert group.members[0].action is Action.KEEP
        assert all(m.action is Action.TRASH for m in group.members[1:])


def test_a_raw_is_never_a_lower_resolution_copy(library: tuple[Path, ScanResult]) -> None:
    _, result = library
    # Whatever the rules, e.g. "largest file" first with a bigger JPEG as the keeper.
    for rules in (("pixels",), ("bytes",), ("newest",), ("shortest_path",)):
        from photodedup.core.types import Cluster

        clusters = [Cluster(g.kind, tuple(m.photo for m in g.members)) for g in result.groups]
        groups = choose_keepers(result.photos, clusters, rules)
        for index in lower_resolution_copies(result.photos, groups):
            assert result.photos[index].info.format != "DNG"
        for group in suggest_trash_lower_resolution(result.photos, groups):
            for member in group.members:
                if result.photos[member.photo].info.format == "DNG":
                    assert member.action is Action.KEEP


def test_a_damaged_raw_is_reported_not_hashed(library: tuple[Path, ScanResult]) -> None:
    _, result = library
    errors = {Path(e.path).name: e.kind for e in result.errors}
    assert errors["cut.nef"] in (ErrorKind.TRUNCATED, ErrorKind.UNREADABLE)
    assert "cut.nef" not in {Path(p.path).name for p in result.photos}


def test_a_crashing_raw_decoder_costs_one_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "photos"
    root.mkdir()
    make_dng(picture(), root / "crash.dng", preview_side=600)
    make_dng(picture("chelsea"), root / "fine.dng", preview_side=450)
    monkeypatch.setattr(pipeline, "local_decoders", faulty_decoders({"crash": "segv"}))
    result = _scan(root)
    assert [(Path(e.path).name, e.kind) for e in result.errors] == [
        ("crash.dng", ErrorKind.CRASHED)
    ]
    assert [Path(p.path).name for p in result.photos] == ["fine.dng"]


def test_a_raw_jpeg_pair_of_one_shot_is_not_a_pair_of_duplicates(tmp_path: Path) -> None:
    root = tmp_path / "photos"
    (root / "backup").mkdir(parents=True)
    img = picture("coffee")
    make_dng(img, root / "IMG_0042.DNG", preview_side=600)
    img.save(root / "IMG_0042.JPG", quality=90)  # the camera's JPEG of the same shot
    make_dng(picture("chelsea"), root / "IMG_0043.dng", preview_side=450)
    picture("chelsea").save(root / "IMG_0043.jpg", quality=90)
    picture("chelsea").save(root / "backup" / "IMG_0043.jpg", quality=80)  # a real copy
    result = _scan(root)
    names = [[Path(result.photos[m.photo].path).name for m in g.members] for g in result.groups]
    # IMG_0042: one shot, no group; IMG_0043: the RAW represents its shot, against the backup.
    assert names == [["IMG_0043.dng", "IMG_0043.jpg"]]
    (group,) = result.groups
    assert result.photos[group.members[1].photo].path == str(root / "backup" / "IMG_0043.jpg")


def test_shots_need_a_raw_and_one_folder() -> None:
    from photodedup.core.group.shots import shot_keys
    from photodedup.core.types import FileIdentity, ImageInfo, Photo, PhotoFile

    def photo(path: str) -> Photo:
        return Photo(PhotoFile(path, FileIdentity(1, 1, 1, 1, 1), "/p"), ImageInfo(1, 1, "X"), b"")

    paths = ["/p/a.CR3", "/p/A.jpg", "/p/b.jpg", "/p/b.png", "/q/a.jpg", "/p/c.nef"]
    keys = shot_keys([photo(p) for p in paths])
    assert keys == {0: ("/p", "a"), 1: ("/p", "a")}  # b.jpg + b.png: a conversion, not a shot


def test_a_shot_is_trashed_together_and_comes_back_together(tmp_path: Path) -> None:
    from photodedup.core.cleanup.execute import Outcome, execute
    from photodedup.core.cleanup.journal import undo_last
    from photodedup.core.cleanup.plan import candidates_from_result, make_plan

    root = tmp_path / "photos"
    (root / "camera").mkdir(parents=True)
    (root / "backup").mkdir()
    img = picture("coffee")
    make_dng(img, root / "camera" / "IMG_0042.DNG", preview_side=600)
    img.save(root / "camera" / "IMG_0042.JPG", quality=90)  # the camera's JPEG of the shot
    (root / "backup" / "IMG_0042.DNG").write_bytes((root / "camera" / "IMG_0042.DNG").read_bytes())
    other = picture("chelsea")
    make_dng(other, root / "camera" / "IMG_0043.DNG", preview_side=450)
    other.save(root / "camera" / "IMG_0043.JPG", quality=90)
    other.save(root / "backup" / "IMG_0043.JPG", quality=80)  # a copy of the shot's JPEG alone
    result = _scan(root)
    camera_raw, camera_jpg = str(root / "camera" / "IMG_0042.DNG"), root / "camera" / "IMG_0042.JPG"
    before = {p: p.read_bytes() for p in (Path(camera_raw), camera_jpg)}

    from photodedup.core import report

    doc = report.scan_document(result, ScanOptions(roots=(str(root),)))
    listed = {m["path"]: m.get("sidecars", []) for g in doc["groups"] for m in g["members"]}
    assert [s["path"] for s in listed[camera_raw]] == [str(camera_jpg)]  # sealed with it

    plan = make_plan(candidates_from_result(result, {camera_raw}))
    assert [v.path for v in plan.victims] == [camera_raw]
    assert [(Path(s.file.path).name, s.owners) for s in plan.sidecars] == [
        ("IMG_0042.JPG", (camera_raw,))
    ]
    outcomes = execute(plan)
    assert {(Path(o.path).name, o.outcome) for o in outcomes} == {
        ("IMG_0042.DNG", Outcome.TRASHED),
        ("IMG_0042.JPG", Outcome.TRASHED),
    }
    assert not camera_jpg.exists() and (root / "backup" / "IMG_0042.DNG").exists()
    assert all(o.restored for o in undo_last())
    assert {p: p.read_bytes() for p in before} == before

    # The other shot: its RAW represents it in a group with the backup JPEG; the camera
    # JPEG is in no group, so it follows the RAW; a file in a group of its own never does.
    raw43 = str(root / "camera" / "IMG_0043.DNG")
    plan43 = make_plan(candidates_from_result(result, {str(root / "backup" / "IMG_0043.JPG")}))
    assert not plan43.sidecars  # the backup copy is not part of the shot
    groups = {frozenset(result.photos[m.photo].path for m in g.members) for g in result.groups}
    assert frozenset({raw43, str(root / "backup" / "IMG_0043.JPG")}) in groups
