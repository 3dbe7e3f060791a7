"""types: the plain data passed between stages (lossless paths, stable values, builders)."""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

import pytest

from photodedup.core.types import (
    Action,
    Cluster,
    ErrorKind,
    FileIdentity,
    Group,
    GroupKind,
    ImageInfo,
    Member,
    Photo,
    PhotoFile,
    ScanError,
    ScanResult,
    ScanStats,
    display_path,
    new_file,
    new_identity,
    new_info,
    new_member,
    new_photo,
)


def test_display_path_is_printable_and_lossless_paths_round_trip(tmp_path: Path) -> None:
    folder = tmp_path / "names"
    folder.mkdir()
    raw = os.fsencode(folder) + b"/caf\xe9-\xff.jpg"  # latin-1 bytes: not UTF-8
    with open(raw, "wb") as fh:
        fh.write(b"x")
    (entry,) = folder.iterdir()  # what the OS gives: str with surrogates
    path = str(entry)
    assert os.fsencode(path) == raw  # lossless
    shown = display_path(path)
    shown.encode("utf-8")  # printable: no lone surrogates left
    assert shown.endswith("caf\ufffd-\ufffd.jpg")
    assert display_path("/photos/été.jpg") == "/photos/été.jpg"


def test_file_identity_from_stat(tmp_path: Path) -> None:
    path = tmp_path / "a.jpg"
    path.write_bytes(b"12345")
    st = os.lstat(path)
    ident = FileIdentity.from_stat(st)
    assert type(ident) is FileIdentity
    assert ident == (st.st_dev, st.st_ino, 5, st.st_mtime_ns, st.st_ctime_ns)
    assert ident.size == 5 and ident.mtime_ns == st.st_mtime_ns
    assert tuple(ident) == (ident.dev, ident.ino, ident.size, ident.mtime_ns, ident.ctime_ns)


def test_file_identity_changes_when_the_file_is_rewritten(tmp_path: Path) -> None:
    path = tmp_path / "a.jpg"
    path.write_bytes(b"12345")
    before = FileIdentity.from_stat(os.lstat(path))
    os.utime(path, ns=(before.mtime_ns + 10**9, before.mtime_ns + 10**9))
    assert FileIdentity.from_stat(os.lstat(path)) != before
    assert FileIdentity.from_stat(os.lstat(path)) == FileIdentity.from_stat(os.lstat(path))


def test_photo_file_and_photo_properties() -> None:
    file = PhotoFile("/p/a.jpg", FileIdentity(1, 2, 1234, 5, 6), "/p")
    assert file.protected is False
    assert file.size == 1234
    info = ImageInfo(40, 30, "JPEG")
    assert (info.taken, info.camera) == (None, None)
    assert info.pixels == 1200
    photo = Photo(file, info, b"fp")
    assert photo.content_key == ""
    assert photo.path == "/p/a.jpg"


def test_error_kind_values_are_stable_json() -> None:
    # The values appear in JSON output: renaming one breaks users' scripts.
    assert {k.name: k.value for k in ErrorKind} == {
        "EMPTY": "empty",
        "TRUNCATED": "truncated",
        "UNREADABLE": "unreadable",
        "UNSUPPORTED": "unsupported",
        "TOO_LARGE": "too_large",
        "PERMISSION": "permission_denied",
        "VANISHED": "vanished",
        "UNSTABLE": "unstable",
        "CRASHED": "decoder_crashed",
        "TIMEOUT": "decoder_timeout",
        "NOT_REGULAR": "not_a_regular_file",
        "WARNING": "warning",
    }
    assert json.dumps({"kind": ErrorKind.TRUNCATED}) == '{"kind": "truncated"}'
    assert ErrorKind("permission_denied") is ErrorKind.PERMISSION


def test_group_kinds_and_the_copies_tier() -> None:
    assert [k.value for k in GroupKind] == ["exact", "similar", "shots"]
    assert GroupKind.EXACT.copies and GroupKind.SIMILAR.copies
    assert not GroupKind.SHOTS.copies
    assert [a.value for a in Action] == ["keep", "trash"]


def test_group_keeper_is_the_first_member() -> None:
    group = Group(
        3,
        GroupKind.SIMILAR,
        (Member(5, 0, Action.KEEP), Member(2, 4, Action.TRASH)),
        "most pixels",
    )
    assert group.keeper == 5
    with pytest.raises(dataclasses.FrozenInstanceError):
        group.id = 4  # type: ignore[misc]


def test_frozen_value_types() -> None:
    error = ScanError("/p/a.jpg", ErrorKind.EMPTY, "0 bytes")
    assert error == ScanError("/p/a.jpg", ErrorKind.EMPTY, "0 bytes")
    with pytest.raises(dataclasses.FrozenInstanceError):
        error.message = "x"  # type: ignore[misc]
    cluster = Cluster(GroupKind.EXACT, (0, 1))
    assert hash(cluster) == hash(Cluster(GroupKind.EXACT, (0, 1)))


def test_scan_result_defaults_are_not_shared() -> None:
    a, b = ScanResult(), ScanResult()
    a.photos.append(
        Photo(PhotoFile("/p", FileIdentity(0, 0, 0, 0, 0), "/"), ImageInfo(1, 1, "X"), b"")
    )
    a.stats.decoded += 1
    a.structure_thumbs["/p"] = b"t"
    assert (b.photos, b.stats, b.structure_thumbs) == ([], ScanStats(), {})
    assert (a.threshold, a.cancelled, a.rotations) == (0, False, False)


def test_structure_thumbs_do_not_count_in_equality_or_repr() -> None:
    a, b = ScanResult(), ScanResult()
    a.structure_thumbs["/p/a.jpg"] = b"\x00" * 64
    assert a == b
    assert "structure_thumbs" not in repr(a)


def test_fast_builders_make_the_same_named_tuples() -> None:
    ident = new_identity((1, 2, 3, 4, 5))
    assert type(ident) is FileIdentity and ident == FileIdentity(1, 2, 3, 4, 5)
    file = new_file(("/p/a.jpg", ident, "/p", True))
    assert type(file) is PhotoFile and file.protected is True and file.size == 3
    info = new_info((10, 20, "PNG", "2020-01-01", "Cam"))
    assert type(info) is ImageInfo and info.pixels == 200 and info.camera == "Cam"
    photo = new_photo((file, info, b"fp", "ck"))
    assert type(photo) is Photo and photo.path == "/p/a.jpg" and photo.content_key == "ck"
    member = new_member((7, 3, Action.TRASH))
    assert type(member) is Member and member == Member(7, 3, Action.TRASH)


def test_named_tuples_keep_their_field_order() -> None:
    # Caches and the report build these from plain tuples in this order.
    assert FileIdentity._fields == ("dev", "ino", "size", "mtime_ns", "ctime_ns")
    assert PhotoFile._fields == ("path", "identity", "root", "protected")
    assert ImageInfo._fields == ("width", "height", "format", "taken", "camera")
    assert Photo._fields == ("file", "info", "fingerprint", "content_key")
    assert Member._fields == ("photo", "distance", "action")
