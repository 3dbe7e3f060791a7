"""Safe decoding: formats, orientation, error kinds and limits (tiny Pillow-made images)."""

from __future__ import annotations

import hashlib
import io
import os
import socket
import struct
import subprocess
import time
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageFile, ImageOps, PngImagePlugin

from photodedup.core import fingerprint as hashing
from photodedup.core.config import ScanOptions
from photodedup.core.decode import image as imaging
from photodedup.core.decode.image import ALLOWED_FORMATS, DecodeError, analyse_file, open_oriented
from photodedup.core.types import ErrorKind, FileIdentity, PhotoFile

T = Image.Transpose
# The transform that makes an image which, displayed with EXIF orientation n, looks upright.
STORED_FOR_ORIENTATION: dict[int, T | None] = {
    1: None,
    2: T.FLIP_LEFT_RIGHT,
    3: T.ROTATE_180,
    4: T.FLIP_TOP_BOTTOM,
    5: T.TRANSPOSE,
    6: T.ROTATE_90,
    7: T.TRANSVERSE,
    8: T.ROTATE_270,
}


def scene(width: int = 320, height: int = 240) -> Image.Image:
    """An asymmetric, detailed RGB test picture (every flip/rotation hashes differently)."""
    y, x = np.mgrid[0:height, 0:width]
    arr = np.stack([(x * 0.7) % 256, (y * 0.9) % 256, ((x + 2 * y) * 0.3) % 256], -1)
    arr = arr.astype(np.uint8)
    arr[height // 10 : height // 2, width // 12 : width // 4] = 255
    arr[height * 2 // 3 :, width * 3 // 5 : width * 4 // 5] = 0
    return Image.fromarray(arr)


def encode(img: Image.Image, fmt: str, **params: object) -> bytes:
    buf = io.BytesIO()
    img.save(buf, fmt, **params)
    return buf.getvalue()


def exif_bytes(**tags: object) -> bytes:
    exif = Image.Exif()
    names = {"orientation": 0x0112, "make": 0x010F, "model": 0x0110, "datetime": 0x0132}
    for name, value in tags.items():
        exif[names[name]] = value
    return exif.tobytes()


def key_of(img: Image.Image) -> int:
    return hashing.fingerprint_image(img).key


def photo_file(path: Path) -> PhotoFile:
    return PhotoFile(str(path), FileIdentity.from_stat(os.lstat(path)), str(path.parent))


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def analyse_kind(path: Path, **options: object) -> ErrorKind:
    with pytest.raises(DecodeError) as info:
        analyse_file(photo_file(path), ScanOptions(**options))  # type: ignore[arg-type]
    return info.value.kind


UPRIGHT_KEY = key_of(scene())


# -- orientation ----------------------------------------------------------------------


@pytest.mark.parametrize("orientation", range(1, 9))
def test_every_exif_orientation_hashes_like_the_upright_picture(orientation: int) -> None:
    op = STORED_FOR_ORIENTATION[orientation]
    stored = scene() if op is None else scene().transpose(op)
    data = encode(stored, "JPEG", quality=95, exif=exif_bytes(orientation=orientation))

    img, info = open_oriented(data, min_side=hashing.DECODE_MIN_SIDE)

    assert hashing.hamming(key_of(img), UPRIGHT_KEY) <= 2
    assert (info.width, info.height) == (320, 240)  # oriented full size, not the reduced one
    assert img.width > img.height


def test_jpeg_orientation_6_matches_its_physically_rotated_copy(tmp_path: Path) -> None:
    stored = scene().transpose(T.ROTATE_90)
    tagged = write(tmp_path / "tagged.jpg", encode(stored, "JPEG", exif=exif_bytes(orientation=6)))
    rotated = write(tmp_path / "rotated.jpg", encode(scene(), "JPEG"))
    options = ScanOptions()

    a = hashing.Fingerprint.from_bytes(analyse_file(photo_file(tagged), options).fingerprint)
    b = hashing.Fingerprint.from_bytes(analyse_file(photo_file(rotated), options).fingerprint)

    assert hashing.hamming(a.key, b.key) <= 2


def test_heic_with_irot_is_not_rotated_twice() -> None:
    imaging.setup_decoders()
    stored = scene().transpose(T.ROTATE_90)  # pillow-heif turns orientation 6 into irot
    data = encode(stored, "HEIF", quality=90, exif=exif_bytes(orientation=6))

    tagged_jpeg = encode(stored, "JPEG", quality=95, exif=exif_bytes(orientation=6))
    rotated_jpeg = encode(scene(), "JPEG", quality=95)

    img, info = open_oriented(data, min_side=hashing.DECODE_MIN_SIDE)
    keys = [key_of(img)] + [
        key_of(open_oriented(d, min_side=64)[0]) for d in (tagged_jpeg, rotated_jpeg)
    ]

    assert info.format == "HEIF"
    assert (info.width, info.height) == (320, 240)
    assert max(hashing.hamming(a, b) for a in keys for b in keys) <= 2


def test_unreadable_exif_keeps_raw_pixels_with_a_warning(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(_img: Image.Image) -> Image.Exif:
        raise ValueError("malformed EXIF")

    monkeypatch.setattr(Image.Image, "getexif", broken)
    data = encode(scene(), "JPEG", exif=exif_bytes(orientation=3))

    decoded = imaging.decode(data, min_side=64)

    assert any("orientation ignored" in note for note in decoded.warnings)
    assert hashing.hamming(key_of(decoded.image), UPRIGHT_KEY) <= 2


def test_upright_image_carries_no_orientation_to_apply_again() -> None:
    stored = scene().transpose(T.ROTATE_90)
    data = encode(stored, "JPEG", exif=exif_bytes(orientation=6))

    img, _ = open_oriented(data)

    assert ImageOps.exif_transpose(img).size == img.size == (320, 240)


def test_tiff_orientation_survives_reduced_decode() -> None:
    stored = scene(960, 720).transpose(T.ROTATE_90)
    data = encode(stored, "TIFF", exif=exif_bytes(orientation=6))

    img, info = open_oriented(data, min_side=64)

    assert (info.width, info.height) == (960, 720)
    assert img.width > img.height
    assert hashing.hamming(key_of(img), key_of(scene(960, 720))) <= 2


@pytest.mark.parametrize("junk", [b"Exif\x00\x00", b"Exif\x00\x00MM\x00*\x00\x00\x00\x08\xff\xff"])
def test_malformed_exif_blocks_still_decode(junk: bytes) -> None:
    data = encode(scene(), "JPEG", exif=junk)

    decoded = imaging.decode(data, min_side=64)

    assert hashing.hamming(key_of(decoded.image), UPRIGHT_KEY) <= 2
    assert decoded.info.taken is None
    assert all("EXIF" in note for note in decoded.warnings)


def test_concurrent_decodes_leave_the_warning_filters_alone() -> None:
    import warnings
    from concurrent.futures import ThreadPoolExecutor

    data = encode(scene(), "JPEG", exif=b"Exif\x00\x00MM\x00*\x00\x00\x00\x08\xff\xff")
    before = list(warnings.filters)

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda _: imaging.decode(data, min_side=64), range(40)))

    assert warnings.filters == before
    assert all(r.warnings for r in results)


def test_exif_date_and_camera_are_reported() -> None:
    tags = exif_bytes(make="Canon", model="Canon EOS 5D", datetime="2021:07:04 12:30:00")

    _img, info = open_oriented(encode(scene(), "JPEG", exif=tags))

    assert info.taken == "2021-07-04 12:30:00"
    assert info.camera == "Canon EOS 5D"


# -- formats and reduced decoding -----------------------------------------------------


@pytest.mark.parametrize("fmt", [f for f in ALLOWED_FORMATS if f != "JPEG"])
def test_each_allowed_format_hashes_like_the_jpeg(fmt: str) -> None:
    imaging.setup_decoders()
    params = {"quality": 90} if fmt in ("HEIF", "AVIF", "WEBP") else {}
    jpeg, _ = open_oriented(encode(scene(), "JPEG", quality=95), min_side=64)

    img, info = open_oriented(encode(scene(), fmt, **params), min_side=64)

    assert info.format == fmt
    assert (info.width, info.height) == (320, 240)
    assert hashing.hamming(key_of(img), key_of(jpeg)) <= 4


@pytest.mark.parametrize("fmt", ["PNG", "TIFF"])
def test_16_bit_grey_is_scaled_not_clipped(fmt: str) -> None:
    grey8 = np.asarray(scene().convert("L"))
    wide = Image.fromarray(grey8.astype(np.uint16) * 257)
    assert wide.mode == "I;16"

    img, _ = open_oriented(encode(wide, fmt), min_side=64)

    assert img.mode == "L"
    assert hashing.hamming(key_of(img), key_of(Image.fromarray(grey8))) <= 2


def test_reduced_decode_keeps_enough_pixels_and_reports_full_size() -> None:
    data = encode(scene(1600, 1200), "JPEG")

    img, info = open_oriented(data, min_side=64)
    full, _ = open_oriented(data)

    assert 64 <= min(img.size) < 1200
    assert (info.width, info.height) == (1600, 1200) == full.size
    assert hashing.hamming(key_of(img), key_of(full)) <= 2


def test_animated_gif_uses_the_first_frame() -> None:
    frames = [scene(), Image.new("RGB", (320, 240), "white")]
    data = encode(frames[0], "GIF", save_all=True, append_images=frames[1:])

    img, _ = open_oriented(data, min_side=64)

    assert hashing.hamming(key_of(img), UPRIGHT_KEY) <= 4


def test_many_frame_gif_decodes_only_the_first_frame_quickly() -> None:
    frames = [Image.new("P", (32, 32), i % 256) for i in range(1000)]
    frames[0] = scene(32, 32).convert("P")
    data = encode(frames[0], "GIF", save_all=True, append_images=frames[1:])
    started = time.monotonic()

    img, info = open_oriented(data, min_side=16)

    assert time.monotonic() - started < 1.0
    assert (info.width, info.height) == (32, 32)
    assert img.getextrema() != ((0, 0), (0, 0), (0, 0))


def test_heic_with_a_broken_box_is_unreadable() -> None:
    imaging.setup_decoders()
    data = bytearray(encode(scene(), "HEIF", quality=50))
    meta = data.find(b"meta")
    data[meta + 20 : meta + 60] = b"\xff" * 40

    with pytest.raises(DecodeError) as info:
        open_oriented(bytes(data))
    assert info.value.kind in (ErrorKind.UNREADABLE, ErrorKind.TRUNCATED)


def test_png_named_jpg_is_decoded_by_content(tmp_path: Path) -> None:
    path = write(tmp_path / "photo.jpg", encode(scene(), "PNG"))

    photo = analyse_file(photo_file(path), ScanOptions())

    assert photo.info.format == "PNG"
    assert photo.content_key == hashlib.blake2b(path.read_bytes()).hexdigest()
    key = hashing.Fingerprint.from_bytes(photo.fingerprint).key
    assert hashing.hamming(key, UPRIGHT_KEY) <= 2


def test_path_and_stream_sources_match_bytes(tmp_path: Path) -> None:
    data = encode(scene(), "WEBP", quality=90)
    path = write(tmp_path / "a.webp", data)

    from_path, _ = open_oriented(str(path))
    from_stream, _ = open_oriented(io.BytesIO(data))

    assert key_of(from_path) == key_of(from_stream)


# -- damaged and hostile files --------------------------------------------------------


def test_zero_bytes_is_empty(tmp_path: Path) -> None:
    assert analyse_kind(write(tmp_path / "a.jpg", b"")) is ErrorKind.EMPTY


def test_truncated_jpeg_is_truncated(tmp_path: Path) -> None:
    data = encode(scene(), "JPEG")
    path = write(tmp_path / "half.jpg", data[: len(data) // 2])

    assert analyse_kind(path) is ErrorKind.TRUNCATED
    assert ImageFile.LOAD_TRUNCATED_IMAGES is False


@pytest.mark.parametrize("progressive", [False, True])
def test_a_jpeg_fed_whole_decodes_as_fed_in_blocks(progressive: bool) -> None:
    """The decoder takes a JPEG in one piece (``_feed_whole``): the same pixels as Pillow's
    own 64 KB blocks, and cut short it is still truncated."""
    big = scene(1600, 1200).rotate(7)
    noise = np.random.default_rng(3).integers(0, 40, (1200, 1600, 3), dtype=np.uint8)
    photo = Image.fromarray(np.asarray(big, dtype=np.uint8) + noise)
    data = encode(photo, "JPEG", quality=95, progressive=progressive)
    assert len(data) > 4 * ImageFile.MAXBLOCK  # many blocks the usual way

    with Image.open(io.BytesIO(data)) as blockwise:
        blockwise.draft("YCbCr", (64, 64))
        blockwise.load()
        expected = blockwise.reduce(2).tobytes()  # 1/8 of 1200 is 150: halved to >= 64
    with Image.open(io.BytesIO(data)) as opened:
        imaging._feed_whole(opened, len(data))
        assert opened.decodermaxblock > len(data)  # one read takes it all
    whole = imaging.decode(data, min_side=64, ycc=True, orient=False).image
    assert whole.mode == "YCbCr" and whole.size == (100, 75)
    assert whole.tobytes() == expected
    with pytest.raises(DecodeError) as info:
        imaging.decode(data[: len(data) * 2 // 3], min_side=64, ycc=True)
    assert info.value.kind is ErrorKind.TRUNCATED


@pytest.mark.parametrize(
    "data",
    [b"just some text, not a picture\n" * 4, b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00"],
    ids=["text", "soi-only"],
)
def test_non_images_named_jpg_are_unreadable(tmp_path: Path, data: bytes) -> None:
    assert analyse_kind(write(tmp_path / "x.jpg", data)) is ErrorKind.UNREADABLE


def test_png_with_huge_ztxt_is_unreadable() -> None:
    meta = PngImagePlugin.PngInfo()
    meta.add_text("comment", "a" * (20 << 20), zip=True)
    data = encode(Image.new("L", (8, 8)), "PNG", pnginfo=meta)

    with pytest.raises(DecodeError) as info:
        open_oriented(data)
    assert info.value.kind is ErrorKind.UNREADABLE


def png_header(width: int, height: int, bit_depth: int, colour: int, idat: bytes) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    ihdr = struct.pack(">IIBBBBB", width, height, bit_depth, colour, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def test_header_claiming_65535_squared_is_rejected_before_allocation() -> None:
    data = png_header(65535, 65535, 8, 2, zlib.compress(b"\x00" * 64))

    with pytest.raises(DecodeError) as info:
        open_oriented(data)
    assert info.value.kind is ErrorKind.TOO_LARGE


def one_bit_bomb(side: int) -> bytes:
    """A real side x side 1-bit PNG of a few KB (all-zero rows)."""
    row = b"\x00" * (1 + (side + 7) // 8)
    packer = zlib.compressobj(9)
    idat = b"".join(packer.compress(row) for _ in range(side)) + packer.flush()
    return png_header(side, side, 1, 0, idat)


def test_20000_squared_one_bit_png_is_too_large() -> None:
    data = one_bit_bomb(20000)
    assert len(data) < 200_000

    with pytest.raises(DecodeError) as info:
        open_oriented(data)
    assert info.value.kind is ErrorKind.TOO_LARGE


def test_image_between_one_and_two_times_the_default_limit_is_too_large() -> None:
    data = png_header(10000, 10000, 1, 0, zlib.compress(b"\x00" * 1251))  # only a warning in Pillow

    with pytest.raises(DecodeError) as info:
        open_oriented(data)
    assert info.value.kind is ErrorKind.TOO_LARGE


def test_explicit_pixel_limit_is_honoured() -> None:
    data = encode(scene(), "PNG")

    with pytest.raises(DecodeError) as info:
        open_oriented(data, max_pixels=320 * 240 - 1)
    assert info.value.kind is ErrorKind.TOO_LARGE
    assert open_oriented(data, max_pixels=320 * 240)[1].pixels == 320 * 240


def test_file_over_the_byte_cap_is_too_large_without_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path / "big.jpg", encode(scene(), "JPEG"))
    file = photo_file(path)

    def no_read(*_args: object) -> bytes:
        raise AssertionError("must not read")

    monkeypatch.setattr(os, "read", no_read)
    with pytest.raises(DecodeError) as info:
        analyse_file(file, ScanOptions(max_file_bytes=100))
    assert info.value.kind is ErrorKind.TOO_LARGE


EPS = b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\nshowpage\n%%EOF\n"
PSD = b"8BPS\x00\x01" + b"\x00" * 6 + b"\x00\x03" + struct.pack(">II", 10, 10) + b"\x00\x08\x00\x03"
FITS = b"SIMPLE  =                    T" + b" " * 50 + b"BITPIX  =                    8" + b" " * 50
JP2 = b"\x00\x00\x00\x0cjP  \r\n\x87\n" + b"\x00" * 32
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.mark.parametrize(
    "data", [EPS, PSD, FITS, JP2, PDF], ids=["eps", "psd", "fits", "jp2", "pdf"]
)
def test_disallowed_formats_are_unsupported_and_never_parsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data: bytes
) -> None:
    def no_subprocess(*_args: object, **_kw: object) -> None:
        raise AssertionError("no external program may run")

    monkeypatch.setattr(subprocess, "Popen", no_subprocess)
    assert analyse_kind(write(tmp_path / "x.jpg", data)) is ErrorKind.UNSUPPORTED


def test_vanished_file(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jpg", encode(scene(), "JPEG"))
    file = PhotoFile(str(tmp_path / "gone.jpg"), photo_file(path).identity, str(tmp_path))

    with pytest.raises(DecodeError) as info:
        analyse_file(file, ScanOptions())
    assert info.value.kind is ErrorKind.VANISHED


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "a.jpg", encode(scene(), "JPEG"))
    file = photo_file(path)
    if os.geteuid() != 0:
        path.chmod(0)
    else:  # root ignores modes: make open() fail as it would for a normal user

        def denied(*_args: object, **_kw: object) -> int:
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr(os, "open", denied)
    with pytest.raises(DecodeError) as info:
        analyse_file(file, ScanOptions())
    assert info.value.kind is ErrorKind.PERMISSION


def test_fifo_named_jpg_is_never_read(tmp_path: Path) -> None:
    path = tmp_path / "pipe.jpg"
    os.mkfifo(path)  # nobody writes: a blocking open would hang the test

    assert analyse_kind(path) is ErrorKind.NOT_REGULAR


def test_socket_named_jpg_is_not_regular(tmp_path: Path) -> None:
    path = tmp_path / "s.jpg"
    with socket.socket(socket.AF_UNIX) as sock:
        sock.bind(str(path))
        assert analyse_kind(path) is ErrorKind.NOT_REGULAR


def test_symlink_is_not_followed(tmp_path: Path) -> None:
    target = write(tmp_path / "real.jpg", encode(scene(), "JPEG"))
    link = tmp_path / "link.jpg"
    link.symlink_to(target)

    assert analyse_kind(link) is ErrorKind.NOT_REGULAR


def test_file_changed_since_listing_is_unstable(tmp_path: Path) -> None:
    path = write(tmp_path / "a.jpg", encode(scene(), "JPEG"))
    file = photo_file(path)
    os.utime(path, ns=(0, file.identity.mtime_ns + 1_000_000_000))

    with pytest.raises(DecodeError) as info:
        analyse_file(file, ScanOptions())
    assert info.value.kind is ErrorKind.UNSTABLE


def test_decode_error_pickles_with_its_kind() -> None:
    import pickle

    error = pickle.loads(pickle.dumps(DecodeError(ErrorKind.TRUNCATED, "cut")))

    assert (error.kind, error.message) == (ErrorKind.TRUNCATED, "cut")
