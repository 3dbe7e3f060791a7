"""Shots (core/group/shots.py): what follows a grouped photo, and the bytes recorded for it.

Real files in tmp_path: a Live Photo's movie is hashed after grouping only when its photo
is grouped, and no longer follows it when it changed since it was listed; a RAW+JPEG
shot's other file gets its content key; each follower has a role for the JSON and the GUI.
"""

from __future__ import annotations

from pathlib import Path

from photodedup.core.group.shots import follower_role, followers, hash_followers
from photodedup.core.types import (
    Action,
    FileIdentity,
    Group,
    GroupKind,
    ImageInfo,
    Member,
    Photo,
    PhotoFile,
    ScanResult,
    Sidecar,
)


def _file(path: Path, data: bytes) -> tuple[str, FileIdentity]:
    path.write_bytes(data)
    return str(path), FileIdentity.from_stat(path.stat())


def _photo(path: Path, fmt: str, data: bytes = b"pixels") -> Photo:
    name, identity = _file(path, data)
    return Photo(PhotoFile(name, identity, str(path.parent)), ImageInfo(600, 400, fmt), b"")


def _group(*members: int) -> Group:
    return Group(0, GroupKind.SIMILAR, tuple(Member(m, 0, Action.KEEP) for m in members), "")


def test_roles() -> None:
    assert follower_role("/p/IMG_1.MOV") == "live_photo"
    assert follower_role("/p/IMG_1.mp4") == "live_photo"
    assert follower_role("/p/IMG_1.MOV.json") == "sidecar"
    assert follower_role("/p/IMG_1.xmp") == "sidecar"
    assert follower_role("/p/IMG_1.CR3") == "shot"


def test_a_movie_is_hashed_only_for_a_grouped_photo(tmp_path: Path) -> None:
    photos = [_photo(tmp_path / n, "JPEG", n.encode()) for n in ("a.jpg", "b.jpg", "c.jpg")]
    movies = {}
    for name in ("a", "c"):
        path, identity = _file(tmp_path / f"{name}.mov", f"movie {name}".encode())
        movies[name] = Sidecar(path, identity, (str(tmp_path / f"{name}.jpg"),))
    result = ScanResult(photos=photos, groups=[_group(0, 1)])
    result.sidecars = {photos[0].path: (movies["a"],), photos[2].path: (movies["c"],)}
    keyed = hash_followers(result)
    assert keyed[photos[0].path][0].content_key  # grouped: hashed
    assert keyed[photos[2].path] == (movies["c"],)  # in no group: never read

    (tmp_path / "a.mov").write_bytes(b"another movie")  # changed since listed: stays
    assert hash_followers(result)[photos[0].path] == ()


def test_a_shot_partner_gets_its_content_key_and_brings_its_sidecars(tmp_path: Path) -> None:
    raw = _photo(tmp_path / "IMG_1.DNG", "DNG")
    jpg = _photo(tmp_path / "IMG_1.JPG", "JPEG", b"the camera's JPEG")
    backup = _photo(tmp_path / "copy.DNG", "DNG")
    own, identity = _file(tmp_path / "IMG_1.JPG.json", b"{}")
    result = ScanResult(photos=[raw, jpg, backup], groups=[_group(0, 2)])
    result.sidecars = {jpg.path: (Sidecar(own, identity, (jpg.path,)),)}
    hash_followers(result)
    assert len(result.photos[1].content_key) == 128 and not result.photos[2].content_key
    names = [(Path(s.path).name, bool(s.content_key)) for s in followers(result)[raw.path]]
    assert names == [("IMG_1.JPG", True), ("IMG_1.JPG.json", False)]
