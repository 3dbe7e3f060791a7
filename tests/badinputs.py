"""Build the bad-input corpus of docs/safety.md (40 rows; part 2: tests/badinputs_actions.py).

``build_corpus(root)`` writes every case it can and returns a manifest: case number ->
:class:`Case` (the files it made by role, and why a case or part of one was skipped:
needs root, a second file system, ...).  Layout:

* ``root/scan/NN-slug/``: cases checked by one scan of ``root/scan`` (bad files, links,
  special files, names, and the duplicates later used by the action-time cases);
* ``root/separate/NN-slug/``: cases that need their own scan or set-up (races, caches,
  another file system, many files).

Run as a script to get the corpus on disk: ``python -m tests.badinputs DIR [--files N]``.
"""

# Bytes paths on purpose (exact file names): os.path, not pathlib.
# ruff: noqa: PTH211

from __future__ import annotations

import argparse
import os
import socket
import stat
import struct
import sys
import warnings
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image, ImageDraw, PngImagePlugin

from tests.photos import save_heic, save_jpeg, textured_image

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
ROOT_SKIP = "runs as root: permission bits do not stop root"


@dataclass
class Case:
    """One row of the table: what was built (role -> path) and what had to be skipped."""

    number: int
    slug: str
    folder: Path
    files: dict[str, str] = field(default_factory=dict)
    skipped: str = ""  # the whole case could not be built here
    notes: list[str] = field(default_factory=list)  # parts skipped, with reasons

    def add(self, role: str, path: Path | str | bytes) -> str:
        """Record a built file under ``role``; returns its str path."""
        text = os.fsdecode(path)
        self.files[role] = text
        return text


def make_case(root: Path, number: int, slug: str, area: str = "scan") -> Case:
    folder = root / area / f"{number:02d}-{slug}"
    folder.mkdir(parents=True, exist_ok=True)
    return Case(number, slug, folder)


def write_jpeg(path: Path, seed: int, **kw: object) -> Path:
    return save_jpeg(textured_image(seed), path, **kw)  # type: ignore[arg-type]


def write_pair(case: Case, seed: int, names: tuple[str, str] = ("keep.jpg", "copy.jpg")) -> None:
    """An original and a smaller re-compressed copy: one exact-enough similar group."""
    img = textured_image(seed)
    case.add("original", save_jpeg(img, case.folder / names[0], quality=95))
    small = img.resize((img.width // 2, img.height // 2))
    case.add("copy", save_jpeg(small, case.folder / names[1], quality=80))


def _png_header_only(width: int, height: int) -> bytes:
    """A PNG whose IHDR claims width x height but whose body is a few bytes."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 16))


def build_decoding_cases(root: Path, cases: dict[int, Case]) -> None:
    """Rows 1-16: empty, damaged, disguised, bombs, animations, HEIC, EXIF, formats, flats."""
    c = cases[1] = make_case(root, 1, "empty")
    (c.folder / "a.jpg").write_bytes(b"")
    c.add("empty", c.folder / "a.jpg")

    c = cases[2] = make_case(root, 2, "truncated")
    intact = write_jpeg(c.folder / "intact.jpg", 2002, quality=95)
    data = intact.read_bytes()
    (c.folder / "truncated.jpg").write_bytes(data[: len(data) // 2])
    c.add("intact", intact)
    c.add("truncated", c.folder / "truncated.jpg")

    c = cases[3] = make_case(root, 3, "unreadable")
    (c.folder / "soi_only.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00")
    (c.folder / "text.jpg").write_text("not a picture\n", encoding="utf-8")
    c.add("soi_only", c.folder / "soi_only.jpg")
    c.add("text", c.folder / "text.jpg")

    c = cases[4] = make_case(root, 4, "png-named-jpg")
    textured_image(2004).save(c.folder / "really_png.jpg", "PNG")
    c.add("png", c.folder / "really_png.jpg")

    _limit_cases(root, cases)
    _heic_cases(root, cases)
    _exif_cases(root, cases)
    _format_cases(root, cases)
    _flat_cases(root, cases)


def _limit_cases(root: Path, cases: dict[int, Case]) -> None:
    c = cases[5] = make_case(root, 5, "bomb")
    Image.new("1", (20000, 20000)).save(c.folder / "bomb.png")
    c.add("bomb", c.folder / "bomb.png")

    c = cases[6] = make_case(root, 6, "over-limit")
    Image.new("1", (10000, 10000)).save(c.folder / "big.png")
    c.add("big", c.folder / "big.png")

    c = cases[7] = make_case(root, 7, "ztxt")
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "A" * 10_000_000, zip=True)
    textured_image(2007).save(c.folder / "ztxt.png", "PNG", pnginfo=info)
    c.add("ztxt", c.folder / "ztxt.png")

    c = cases[8] = make_case(root, 8, "huge-header")
    (c.folder / "huge.png").write_bytes(_png_header_only(65535, 65535))
    c.add("huge", c.folder / "huge.png")

    c = cases[9] = make_case(root, 9, "many-frames")
    palette = [textured_image(2009 + i, (64, 48)).quantize(64) for i in range(7)]
    frames = [palette[i % 7] for i in range(1000)]
    frames[0].save(c.folder / "anim.gif", save_all=True, append_images=frames[1:], duration=10)
    c.add("gif", c.folder / "anim.gif")


def _heic_cases(root: Path, cases: dict[int, Case]) -> None:
    c = cases[10] = make_case(root, 10, "broken-heic")
    good = save_heic(textured_image(2010), c.folder / "good.tmp.heic").read_bytes()
    (c.folder / "good.tmp.heic").unlink()
    broken = bytearray(good)
    broken[4:8] = b"xxxx"  # ftyp box renamed
    (c.folder / "bad_ftyp.heic").write_bytes(bytes(broken))
    meta = good.find(b"meta")
    mangled = bytearray(good)
    mangled[meta + 4 : meta + 64] = os.urandom(60) if meta > 0 else b""
    (c.folder / "bad_meta.heic").write_bytes(bytes(mangled))
    c.add("bad_ftyp", c.folder / "bad_ftyp.heic")
    c.add("bad_meta", c.folder / "bad_meta.heic")

    c = cases[11] = make_case(root, 11, "heic-irot")
    img = textured_image(2011)
    c.add("upright", save_jpeg(img, c.folder / "upright.jpg", quality=95))
    exif = Image.Exif()
    exif[0x0112] = 6
    stored = img.transpose(Image.Transpose.ROTATE_90)
    import pillow_heif

    pillow_heif.register_heif_opener()
    stored.save(c.folder / "irot.heic", "HEIF", quality=90, exif=exif.tobytes())
    c.add("heic", c.folder / "irot.heic")


def _exif_cases(root: Path, cases: dict[int, Case]) -> None:
    c = cases[12] = make_case(root, 12, "orientation")
    img = textured_image(2012)
    c.add("rotated", save_jpeg(img, c.folder / "physically_rotated.jpg", quality=95))
    stored = img.transpose(Image.Transpose.ROTATE_90)
    c.add("tagged", save_jpeg(stored, c.folder / "orientation6.jpg", orientation=6))

    c = cases[13] = make_case(root, 13, "bad-exif")
    img = textured_image(2013)
    variants = {
        "exif_only": b"Exif\x00\x00",
        "doubled": b"Exif\x00\x00Exif\x00\x00" + Image.Exif().tobytes()[6:],
        "zero_rational": _exif_zero_rational(),
    }
    for role, blob in variants.items():
        img.save(c.folder / f"{role}.jpg", "JPEG", quality=90, exif=blob)
        c.add(role, c.folder / f"{role}.jpg")


def _exif_zero_rational() -> bytes:
    exif = Image.Exif()
    exif[0x0112] = 1
    exif[0x011A] = (0, 0)  # XResolution 0/0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # Pillow notes the odd rational
        return exif.tobytes()


def _format_cases(root: Path, cases: dict[int, Case]) -> None:
    c = cases[14] = make_case(root, 14, "unsupported")
    samples = {
        "eps": b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\nshowpage\n",
        "pdf": b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n",
        "psd": b"8BPS\x00\x01" + b"\x00" * 6 + struct.pack(">HIIHH", 3, 10, 10, 8, 3),
        "fits": b"SIMPLE  =                    T".ljust(2880, b" "),
        "jp2": b"\x00\x00\x00\x0cjP  \r\n\x87\n" + b"\x00" * 64,
    }
    for role, data in samples.items():
        (c.folder / f"{role}_as.jpg").write_bytes(data)  # named .jpg: must be sniffed
        c.add(role, c.folder / f"{role}_as.jpg")
        (c.folder / f"native.{role}").write_bytes(data)  # own extension: never listed
        c.add(f"native_{role}", c.folder / f"native.{role}")


def _flat_cases(root: Path, cases: dict[int, Case]) -> None:
    c = cases[15] = make_case(root, 15, "flat")
    for i, (colour, size) in enumerate(
        [((0, 0, 0), (320, 240)), ((3, 3, 3), (640, 480)), ((1, 0, 2), (300, 200))]
    ):
        Image.new("RGB", size, colour).save(c.folder / f"lenscap{i}.jpg", quality=90 + i)
        c.add(f"lenscap{i}", c.folder / f"lenscap{i}.jpg")
    for i, shade in enumerate((255, 250)):
        Image.new("RGB", (400, 300), (shade,) * 3).save(c.folder / f"blank{i}.png")
        c.add(f"blank{i}", c.folder / f"blank{i}.png")

    c = cases[16] = make_case(root, 16, "screenshots")
    for i, text in enumerate(("Meeting at 10:00 in room 4", "Invoice 2023-0042 paid")):
        shot = Image.new("RGB", (400, 300), (250, 250, 250))
        draw = ImageDraw.Draw(shot)
        draw.rectangle((0, 0, 400, 40), fill=(40, 90, 160))
        draw.text((20, 120), text, fill=(0, 0, 0))
        shot.save(c.folder / f"shot{i}.png")
        c.add(f"shot{i}", c.folder / f"shot{i}.png")


def build_tree_cases(root: Path, cases: dict[int, Case]) -> None:
    """Rows 17-21, 24, 32, 33, 40: links, doubles, permissions, names, specials, trash."""
    c = cases[17] = make_case(root, 17, "symlink")
    target = c.add("target", write_jpeg(c.folder / "photo.jpg", 2017))
    os.symlink(target, c.folder / "link.jpg")
    c.add("link", c.folder / "link.jpg")

    c = cases[18] = make_case(root, 18, "loops")
    (c.folder / "d").mkdir()
    c.add("photo", write_jpeg(c.folder / "d" / "photo.jpg", 2018))
    os.symlink("..", c.folder / "d" / "loop")
    os.symlink("missing.jpg", c.folder / "dangling.jpg")
    c.add("loop", c.folder / "d" / "loop")
    c.add("dangling", c.folder / "dangling.jpg")

    c = cases[19] = make_case(root, 19, "hardlinks")
    c.add("a", write_jpeg(c.folder / "a.jpg", 2019))
    os.link(c.folder / "a.jpg", c.folder / "b.jpg")
    c.add("b", c.folder / "b.jpg")

    c = cases[20] = make_case(root, 20, "roots-twice")
    (c.folder / "nested").mkdir()
    c.add("top", write_jpeg(c.folder / "top.jpg", 2020))
    c.add("inner", write_jpeg(c.folder / "nested" / "inner.jpg", 2120))
    c.add("root", c.folder)
    c.add("nested_root", c.folder / "nested")
    c.notes.append("mount --bind not built: needs CAP_SYS_ADMIN (discover tracks dev+ino)")

    _permission_case(root, cases)
    build_name_cases(root, cases)
    _special_cases(root, cases)
    _size_and_trash_cases(root, cases)


def _permission_case(root: Path, cases: dict[int, Case]) -> None:
    c = cases[21] = make_case(root, 21, "no-permission")
    write_jpeg(c.folder / "locked.jpg", 2021).chmod(0)
    (c.folder / "locked_dir").mkdir()
    write_jpeg(c.folder / "locked_dir" / "inside.jpg", 2121)
    (c.folder / "locked_dir").chmod(0)
    c.add("file", c.folder / "locked.jpg")
    c.add("dir", c.folder / "locked_dir")
    if IS_ROOT:
        c.skipped = ROOT_SKIP


def _size_and_trash_cases(root: Path, cases: dict[int, Case]) -> None:
    c = cases[33] = make_case(root, 33, "sparse")
    with open(c.folder / "sparse.jpg", "wb") as fh:
        fh.write(b"\xff\xd8\xff")
        fh.truncate(10 * 1024**3)
    c.add("sparse", c.folder / "sparse.jpg")

    c = cases[40] = make_case(root, 40, "trash-in-root")
    home_trash = c.folder / "home" / ".local" / "share" / "Trash" / "files"
    home_trash.mkdir(parents=True)
    (c.folder / ".Trash-1000" / "files").mkdir(parents=True)
    c.add("live", write_jpeg(c.folder / "photo.jpg", 2040, quality=80))
    c.add("home_trash", write_jpeg(home_trash / "photo.jpg", 2040, quality=95))
    c.add("volume_trash", write_jpeg(c.folder / ".Trash-1000" / "files" / "photo.jpg", 2040))
    c.add("xdg_data_home", c.folder / "home" / ".local" / "share")


def build_name_cases(root: Path, cases: dict[int, Case]) -> None:
    c = cases[24] = make_case(root, 24, "names")
    folder = os.fsencode(c.folder)
    names = {
        "ff": b"\xff.jpg",
        "newline": b"line\nbreak.jpg",
        "dash": b"-rf.jpg",
        "percent": b"100%25 %zz.jpg",
        "long": b"L" * 251 + b".jpg",
    }
    img = textured_image(2024)
    c.add("keeper", save_jpeg(img, c.folder / "keeper.jpg", quality=95))
    for i, (role, name) in enumerate(names.items()):
        path = folder + b"/" + name
        img.save(os.fsdecode(path), "JPEG", quality=70 + i)
        c.add(role, path)


def _special_cases(root: Path, cases: dict[int, Case]) -> None:
    c = cases[32] = make_case(root, 32, "special-files")
    os.mkfifo(c.folder / "photo.jpg")
    c.add("fifo", c.folder / "photo.jpg")
    sock_path = c.folder / "sock.jpg"
    if len(os.fsencode(sock_path)) < 100:
        sock = socket.socket(socket.AF_UNIX)
        sock.bind(os.fsdecode(sock_path))
        sock.close()
        c.add("socket", sock_path)
    else:
        c.notes.append("socket not built: path longer than AF_UNIX allows")
    try:
        os.mknod(c.folder / "zero.jpg", stat.S_IFCHR | 0o600, os.makedev(1, 5))
        c.add("chardev", c.folder / "zero.jpg")
    except OSError as exc:
        c.notes.append(f"character device not built: mknod needs root ({exc.strerror})")
    os.symlink("/dev/zero", c.folder / "devzero.jpg")
    c.add("link_to_dev_zero", c.folder / "devzero.jpg")


def build_corpus(root: Path, *, many_files: int = 100_000) -> dict[int, Case]:
    """Write all 40 cases under ``root``; returns the manifest (number -> Case)."""
    from tests.badinputs_actions import build_action_cases, build_separate_cases

    cases: dict[int, Case] = {}
    build_decoding_cases(root, cases)
    build_tree_cases(root, cases)
    build_action_cases(root, cases)
    build_separate_cases(root, cases, many_files)
    for case in cases.values():
        case.notes = [n for n in case.notes if n]
    assert sorted(cases) == list(range(1, 41)), sorted(set(range(1, 41)) - set(cases))
    return cases


def main(argv: list[str] | None = None) -> int:
    """Command line: build the corpus in DIR and print the manifest."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--files", type=int, default=100_000, help="files for case 34")
    args = parser.parse_args(argv)
    cases = build_corpus(args.directory, many_files=args.files)
    for case in cases.values():
        status = f"SKIPPED ({case.skipped})" if case.skipped else f"{len(case.files)} files"
        print(f"{case.number:2d} {case.slug:18s} {status}")
        for note in case.notes:
            print(f"   note: {note}")
    if other := cases[29].files.get("other_fs_dir"):
        print(f"case 29 wrote a copy on another file system: {other} (delete it when done)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
