"""The files that follow a photo into the trash and back with it, beyond its sidecars: a
Live Photo's movie (``IMG_0042.HEIC`` + ``IMG_0042.MOV``) and a RAW+JPEG shot's other file,
each with *its own* sidecars.

Real files end to end (HEIC through pillow-heif, DNGs through pidng, a QuickTime header for
the movie): scan, plan, trash, undo; the movie is re-checked (identity and bytes) right
before acting, never trashed when its photo stays, listed sealed in the JSON.
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
from photodedup.core.types import ScanResult
from tests.photos import save_heic
from tests.rawfiles import make_dng

skimage_data = pytest.importorskip("skimage.data")

MOVIE = b"\x00\x00\x00\x14ftypqt  \x00\x00\x02\x00qt  " + os.urandom(4096)


def _picture(name: str) -> Image.Image:
    return Image.fromarray(getattr(skimage_data, name)())


def _scan(root: Path) -> ScanResult:
    return pipeline.run_scan(ScanOptions(roots=(str(root),), workers=1, use_cache=False))


def _snapshot(paths: list[Path]) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in paths}


def _live_photo(root: Path) -> dict[str, Path]:
    """originals/IMG_0042.JPG (full size) and phone/IMG_0042.HEIC, a smaller copy that is a
    Live Photo: IMG_0042.MOV, with the movie's own IMG_0042.MOV.json and the shared .AAE."""
    (root / "originals").mkdir(parents=True)
    (root / "phone").mkdir()
    img = _picture("coffee")
    img.save(root / "originals" / "IMG_0042.JPG", quality=92)
    files = {"original": root / "originals" / "IMG_0042.JPG"}
    files["heic"] = save_heic(img.resize((300, 200)), root / "phone" / "IMG_0042.HEIC")
    for name, data in (
        ("IMG_0042.MOV", MOVIE),
        ("IMG_0042.MOV.json", b'{"title": "IMG_0042.MOV"}\n'),
        ("IMG_0042.AAE", b"<plist>edits of the photo and its movie</plist>\n"),
    ):
        files[name] = root / "phone" / name
        files[name].write_bytes(data)
    return files


def test_a_live_photo_movie_goes_to_the_trash_with_its_photo_and_comes_back(
    tmp_path: Path,
) -> None:
    files = _live_photo(tmp_path / "photos")
    result = _scan(tmp_path / "photos")
    heic = str(files["heic"])
    assert [{result.photos[m.photo].path for m in g.members} for g in result.groups] == [
        {heic, str(files["original"])}
    ]  # the movie is never decoded or grouped
    movie = next(s for s in result.sidecars[heic] if s.path == str(files["IMG_0042.MOV"]))
    assert movie.owners == (heic,) and len(movie.content_key) == 128  # hashed after grouping
    followers = [files[n] for n in ("IMG_0042.MOV", "IMG_0042.MOV.json", "IMG_0042.AAE")]
    before = _snapshot([files["heic"], *followers])

    plan = make_plan(candidates_from_result(result, {heic}))
    assert [Path(s.file.path).name for s in plan.sidecars] == [
        "IMG_0042.MOV",  # first: the .AAE and the .MOV.json also describe the movie
        "IMG_0042.AAE",
        "IMG_0042.MOV.json",
    ]
    assert not plan.kept_sidecars
    outcomes = execute(plan)
    assert {(Path(o.path).name, o.outcome) for o in outcomes} == {
        (name, Outcome.TRASHED)
        for name in ("IMG_0042.HEIC", "IMG_0042.MOV", "IMG_0042.AAE", "IMG_0042.MOV.json")
    }
    assert not any(p.exists() for p in before) and files["original"].exists()
    (session,) = load_sessions()
    marks = {Path(e.path).name: (Path(e.sidecar_of).name, e.content_key) for e in session.entries}
    assert marks["IMG_0042.MOV"] == ("IMG_0042.HEIC", movie.content_key)
    assert marks["IMG_0042.MOV.json"][0] == "IMG_0042.MOV"

    restored = undo_last()
    assert len(restored) == 4 and all(o.restored for o in restored)
    assert _snapshot(list(before)) == before


def test_a_movie_whose_photo_stays_stays(tmp_path: Path) -> None:
    files = _live_photo(tmp_path / "photos")
    result = _scan(tmp_path / "photos")
    os.utime(files["heic"], ns=(1, 1))  # the photo changed since the scan: it stays
    outcomes = {Path(o.path).name: o for o in execute(make_plan(
        candidates_from_result(result, {str(files["heic"])})))}  # fmt: skip
    assert outcomes["IMG_0042.HEIC"].outcome is Outcome.CHANGED
    for name in ("IMG_0042.MOV", "IMG_0042.AAE", "IMG_0042.MOV.json"):
        assert outcomes[name].outcome is Outcome.SKIPPED, name
        assert outcomes[name].reason.startswith("its photo was not trashed")
        assert files[name].exists()

    # Keeping the Live Photo and trashing the original: the movie is not the original's.
    plan = make_plan(candidates_from_result(result, {str(files["original"])}))
    assert not plan.sidecars and not plan.kept_sidecars


def test_a_movie_is_rechecked_identity_and_bytes_before_acting(tmp_path: Path) -> None:
    files = _live_photo(tmp_path / "photos")
    result = _scan(tmp_path / "photos")
    heic = str(files["heic"])
    # Bytes: a movie whose content is not the one the scan hashed stays (and so do the
    # sidecars that also describe it); the photo itself goes.
    result.sidecars[heic] = tuple(
        s._replace(content_key="0" * 128) if s.path.endswith(".MOV") else s
        for s in result.sidecars[heic]
    )
    outcomes = {Path(o.path).name: o for o in execute(make_plan(
        candidates_from_result(result, {heic})))}  # fmt: skip
    assert outcomes["IMG_0042.HEIC"].outcome is Outcome.TRASHED
    assert outcomes["IMG_0042.MOV"].outcome is Outcome.CHANGED
    assert "content differs from the scan" in outcomes["IMG_0042.MOV"].reason
    assert outcomes["IMG_0042.AAE"].outcome is Outcome.SKIPPED
    assert files["IMG_0042.MOV"].exists() and files["IMG_0042.AAE"].exists()

    # Identity: a movie rewritten after the scan stays.
    undo_last()
    result = _scan(tmp_path / "photos")
    files["IMG_0042.MOV"].write_bytes(MOVIE[::-1])
    outcomes = {Path(o.path).name: o for o in execute(make_plan(
        candidates_from_result(result, {heic})))}  # fmt: skip
    assert outcomes["IMG_0042.MOV"].outcome is Outcome.CHANGED
    assert files["IMG_0042.MOV"].read_bytes() == MOVIE[::-1]


def test_the_json_lists_the_movie_sealed_and_apply_moves_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from photodedup import cli

    files = _live_photo(tmp_path / "photos")
    out = tmp_path / "result.json"
    assert cli.main(["scan", str(tmp_path / "photos"), "--json", str(out), "--no-cache"]) == 0
    doc = json.loads(out.read_text())
    (member,) = [m for g in doc["groups"] for m in g["members"] if m["path"] == str(files["heic"])]
    roles = {Path(s["path"]).name: (s["role"], "content_key" in s) for s in member["sidecars"]}
    assert roles == {
        "IMG_0042.MOV": ("live_photo", True),
        "IMG_0042.AAE": ("sidecar", False),
        "IMG_0042.MOV.json": ("sidecar", False),
    }
    member["action"] = "trash"
    out.write_text(json.dumps(doc))
    capsys.readouterr()
    assert cli.main(["apply", str(out)]) == 0  # a dry run lists what goes
    text = capsys.readouterr().out
    assert f"trash {files['IMG_0042.MOV']} (Live Photo movie of {files['heic']})" in text
    assert f"trash {files['IMG_0042.MOV.json']} (sidecar of {files['IMG_0042.MOV']})" in text
    assert "would move 4 files" in text
    assert cli.main(["apply", str(out), "--yes"]) == 0
    assert not files["IMG_0042.MOV"].exists() and not files["IMG_0042.MOV.json"].exists()

    # An edited content key breaks the seal: nothing of that member is acted on.
    undo_last()
    for s in member["sidecars"]:
        s["content_key"] = "0" * 128
    plan = make_plan(report.candidates_from_document(doc))
    assert not plan.victims and not plan.sidecars


def _shot(root: Path, *, shared: bool) -> dict[str, Path]:
    """camera/IMG_0042.DNG + IMG_0042.JPG (one RAW+JPEG shot) with sidecars: the RAW's own
    .DNG.xmp, the JPEG's own .JPG.json, IMG_0042.xmp describing both (and, ``shared``, a
    Photoshop IMG_0042.psd too, which stays); backup/IMG_0042.DNG, a copy of the RAW."""
    (root / "camera").mkdir(parents=True)
    (root / "backup").mkdir()
    img = _picture("coffee")
    files = {"raw": make_dng(img, root / "camera" / "IMG_0042.DNG", preview_side=600)}
    files["backup"] = root / "backup" / "IMG_0042.DNG"
    files["backup"].write_bytes(files["raw"].read_bytes())
    img.save(root / "camera" / "IMG_0042.JPG", quality=90)
    files["jpg"] = root / "camera" / "IMG_0042.JPG"
    names = ["IMG_0042.DNG.xmp", "IMG_0042.JPG.json", "IMG_0042.xmp"]
    names += ["IMG_0042.psd"] if shared else []
    for name in names:
        files[name] = root / "camera" / name
        files[name].write_bytes(f"{name}\n".encode())
    return files


def test_a_shot_follower_takes_its_own_sidecars_along(tmp_path: Path) -> None:
    files = _shot(tmp_path / "photos", shared=False)
    result = _scan(tmp_path / "photos")
    raw = str(files["raw"])
    moving = [files[n] for n in ("raw", "jpg", "IMG_0042.DNG.xmp", "IMG_0042.JPG.json")]
    moving.append(files["IMG_0042.xmp"])
    before = _snapshot(moving)
    plan = make_plan(candidates_from_result(result, {raw}))
    assert [v.path for v in plan.victims] == [raw]
    assert [Path(s.file.path).name for s in plan.sidecars] == [
        "IMG_0042.DNG.xmp",
        "IMG_0042.JPG",  # the shot's JPEG, then what describes it
        "IMG_0042.xmp",
        "IMG_0042.JPG.json",
    ]
    jpg = next(s.file for s in plan.sidecars if s.file.path == str(files["jpg"]))
    assert jpg.content_key  # the shot's photo: its bytes are re-checked too
    outcomes = execute(plan)
    assert all(o.outcome is Outcome.TRASHED for o in outcomes) and len(outcomes) == 5
    assert not any(p.exists() for p in moving) and files["backup"].exists()
    restored = undo_last()
    assert len(restored) == 5 and all(o.restored for o in restored)
    assert _snapshot(moving) == before


def test_a_sidecar_shared_with_a_file_that_stays_stays(tmp_path: Path) -> None:
    files = _shot(tmp_path / "photos", shared=True)
    result = _scan(tmp_path / "photos")
    plan = make_plan(candidates_from_result(result, {str(files["raw"])}))
    assert [Path(s.file.path).name for s in plan.sidecars] == [
        "IMG_0042.DNG.xmp",
        "IMG_0042.JPG",
        "IMG_0042.JPG.json",
    ]
    ((kept, reason),) = [(Path(r.path).name, r.reason) for r in plan.kept_sidecars]
    assert kept == "IMG_0042.xmp" and reason.startswith(SHARED) and "IMG_0042.psd" in reason
    execute(plan)
    assert files["IMG_0042.xmp"].exists() and files["IMG_0042.psd"].exists()
    assert not files["jpg"].exists() and not files["IMG_0042.JPG.json"].exists()
