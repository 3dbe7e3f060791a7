"""decode.files: a photo's bytes read once, only from the regular file discovery listed."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

from photodedup.core.decode import files
from photodedup.core.decode.files import DecodeError, read_path, read_stable
from photodedup.core.types import ErrorKind, FileIdentity, PhotoFile
from tests.badinputs import IS_ROOT, ROOT_SKIP
from tests.photos import save_jpeg, textured_image


def _listed(path: Path) -> PhotoFile:
    """``path`` as discovery lists it (lstat identity)."""
    return PhotoFile(str(path), FileIdentity.from_stat(os.lstat(path)), str(path.parent))


def _kind(call: object, *args: object, **kw: object) -> ErrorKind:
    with pytest.raises(DecodeError) as info:
        call(*args, **kw)  # type: ignore[operator]
    return info.value.kind


@pytest.fixture
def jpeg(tmp_path: Path) -> Path:
    (tmp_path / "lib").mkdir()
    return save_jpeg(textured_image(11), tmp_path / "lib" / "a.jpg")


def test_reads_the_whole_listed_file(jpeg: Path) -> None:
    assert read_stable(_listed(jpeg)) == jpeg.read_bytes()
    assert read_path(str(jpeg)) == jpeg.read_bytes()


def test_a_file_read_in_several_chunks_comes_back_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files, "_CHUNK", 1000)
    data = os.urandom(10_500)
    (tmp_path / "big.jpg").write_bytes(data)
    assert read_stable(_listed(tmp_path / "big.jpg")) == data


def test_a_file_changed_since_it_was_listed_is_unstable(jpeg: Path) -> None:
    listed = _listed(jpeg)
    jpeg.write_bytes(jpeg.read_bytes()[:-10])
    assert _kind(read_stable, listed) is ErrorKind.UNSTABLE
    assert read_stable(_listed(jpeg)) == jpeg.read_bytes()  # listed again: fine


def test_another_file_renamed_into_place_is_unstable(jpeg: Path) -> None:
    listed = _listed(jpeg)
    other = jpeg.with_name("b.jpg")
    other.write_bytes(jpeg.read_bytes())  # same bytes, but another file (inode)
    other.replace(jpeg)
    assert _kind(read_stable, listed) is ErrorKind.UNSTABLE


def test_a_file_growing_while_read_is_unstable(jpeg: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_read = os.read
    appended: list[int] = []

    def read_then_append(fd: int, n: int) -> bytes:
        chunk = real_read(fd, n)
        if not appended:  # a camera app still writing the file
            with jpeg.open("ab") as fh:
                appended.append(fh.write(b"\0" * 100))
        return chunk

    monkeypatch.setattr(os, "read", read_then_append)
    assert _kind(read_stable, _listed(jpeg)) is ErrorKind.UNSTABLE


def test_missing_files_have_vanished(tmp_path: Path, jpeg: Path) -> None:
    listed = _listed(jpeg)
    jpeg.unlink()
    assert _kind(read_stable, listed) is ErrorKind.VANISHED
    assert _kind(read_path, str(jpeg)) is ErrorKind.VANISHED
    (tmp_path / "file").write_bytes(b"x")
    assert _kind(read_path, str(tmp_path / "file" / "a.jpg")) is ErrorKind.VANISHED  # ENOTDIR


def test_symlinks_are_never_followed(tmp_path: Path, jpeg: Path) -> None:
    link = tmp_path / "link.jpg"
    link.symlink_to(jpeg)
    assert _kind(read_stable, _listed(link)) is ErrorKind.NOT_REGULAR
    assert _kind(read_path, str(link)) is ErrorKind.NOT_REGULAR


def test_fifos_devices_and_folders_are_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "photo.jpg"
    os.mkfifo(fifo)  # nobody writes: a blocking open would hang the test
    assert _kind(read_stable, _listed(fifo)) is ErrorKind.NOT_REGULAR
    assert _kind(read_path, str(fifo)) is ErrorKind.NOT_REGULAR
    assert _kind(read_path, os.devnull) is ErrorKind.NOT_REGULAR
    assert _kind(read_path, str(tmp_path)) is ErrorKind.NOT_REGULAR


def test_empty_files(tmp_path: Path) -> None:
    (tmp_path / "empty.jpg").write_bytes(b"")
    assert _kind(read_stable, _listed(tmp_path / "empty.jpg")) is ErrorKind.EMPTY
    assert _kind(read_path, str(tmp_path / "empty.jpg")) is ErrorKind.EMPTY


def test_the_size_cap_is_inclusive(tmp_path: Path) -> None:
    (tmp_path / "a.jpg").write_bytes(b"x" * 1000)
    assert len(read_stable(_listed(tmp_path / "a.jpg"), max_bytes=1000)) == 1000
    assert _kind(read_stable, _listed(tmp_path / "a.jpg"), max_bytes=999) is ErrorKind.TOO_LARGE
    assert _kind(read_path, str(tmp_path / "a.jpg"), max_bytes=999) is ErrorKind.TOO_LARGE


def test_an_over_large_file_is_refused_without_reading_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sparse = tmp_path / "sparse.jpg"
    with sparse.open("wb") as fh:
        fh.write(b"\xff\xd8\xff")
        fh.truncate(10 * 1024**3)  # 10 GB claimed, nothing on disk
    reads: list[int] = []
    real_read = os.read
    monkeypatch.setattr(os, "read", lambda fd, n: reads.append(n) or real_read(fd, n))
    with pytest.raises(DecodeError) as info:
        read_stable(_listed(sparse))
    error = info.value
    assert error.kind is ErrorKind.TOO_LARGE
    assert "10737418240 bytes" in error.message
    assert reads == []


@pytest.mark.skipif(IS_ROOT, reason=ROOT_SKIP)
def test_unreadable_files_are_permission_denied(jpeg: Path) -> None:
    listed = _listed(jpeg)
    jpeg.chmod(0)
    try:
        assert _kind(read_stable, listed) is ErrorKind.PERMISSION
        assert _kind(read_path, str(jpeg)) is ErrorKind.PERMISSION
    finally:
        jpeg.chmod(0o644)


def test_decode_error_text_and_pickling() -> None:
    error = DecodeError(ErrorKind.TRUNCATED, "cut short")
    assert str(error) == "truncated: cut short"
    back = pickle.loads(pickle.dumps(error))  # crosses the decoder process boundary
    assert type(back) is DecodeError
    assert (back.kind, back.message, str(back)) == (ErrorKind.TRUNCATED, "cut short", str(error))
