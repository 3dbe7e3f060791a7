"""Temporary in-process decoder used by the pipeline until ``imaging``/``decodepool`` land.

It prefers ``imaging.analyse_file`` when that module exists; otherwise a minimal Pillow
decode (no process isolation, no timeouts).  Delete once ``decodepool`` is committed.
"""

from __future__ import annotations

import hashlib

from PIL import Image, ImageOps

from photodedup.core.config import ScanOptions
from photodedup.core.hashing import fingerprint_image
from photodedup.core.types import ErrorKind, ImageInfo, Photo, PhotoFile, ScanError


def analyse(file: PhotoFile, options: ScanOptions) -> Photo | ScanError:
    """Decode and fingerprint one file; problems come back as a ScanError."""
    try:
        from photodedup.core import imaging
    except ImportError:
        return _minimal(file)
    try:
        return imaging.analyse_file(file, options)
    except imaging.DecodeError as exc:
        return ScanError(file.path, exc.kind, exc.message)


def _minimal(file: PhotoFile) -> Photo | ScanError:
    import pillow_heif

    pillow_heif.register_heif_opener()
    try:
        with open(file.path, "rb") as fh:
            data = fh.read()
        with Image.open(file.path) as img:
            fmt = img.format or ""
            img.load()
            oriented = ImageOps.exif_transpose(img)
    except OSError as exc:
        kind = ErrorKind.TRUNCATED if "truncated" in str(exc) else ErrorKind.UNREADABLE
        return ScanError(file.path, kind, str(exc))
    info = ImageInfo(oriented.width, oriented.height, fmt)
    fingerprint = fingerprint_image(oriented).to_bytes()
    return Photo(file, info, fingerprint, hashlib.blake2b(data, digest_size=16).hexdigest())
