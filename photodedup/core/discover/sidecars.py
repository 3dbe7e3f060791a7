"""Sidecar files: the edit and metadata files that describe a photo and follow it.

A sidecar lies in its photo's folder and is named after it (any case):

* ``NAME.xmp`` / ``NAME.EXT.xmp`` (Lightroom, darktable, digiKam, Capture One);
* ``NAME.aae`` (iPhone edits);
* ``NAME.EXT.json`` (Google Takeout; also ``NAME.EXT.supplemental-metadata.json``);
* ``NAME.pp3`` / ``NAME.EXT.pp3`` (RawTherapee).

A Live Photo's movie is a *companion*: ``NAME.MOV`` (or ``NAME.MP4``, as Google Takeout
exports it) beside a photo of the same stem (``IMG_0042.HEIC`` + ``IMG_0042.MOV``) is that
photo's motion part.  It is never decoded or grouped, but it follows its photo exactly like
a sidecar (owners: the photos of its stem); a movie over :data:`LIVE_PHOTO_MAX_BYTES` is a
video, not a Live Photo, and a movie with no photo of its stem is ignored.

``NAME.xmp`` describes every file of that stem (``IMG_1.CR3`` *and* ``IMG_1.JPG``), so a
sidecar has *owners*: every other file in its folder it may describe, photo or not (a
Live Photo's ``.MOV``, a format the scan does not read).  The clean-up moves a sidecar
to the trash only when every one of its owners goes (a sidecar shared with a file that
stays, stays: :func:`photodedup.core.cleanup.plan.attach_sidecars`).

:func:`find_sidecars` lists each folder holding a scanned photo once (names and
``d_type`` only), ``lstat``-s the sidecar names (regular files only, symlinks never) and
records each sidecar's identity, as discovery does for photos: the clean-up re-checks it
right before acting.
"""

# Paths are bytes-exact here (G21): os.path, not pathlib.
# ruff: noqa: PTH118

from __future__ import annotations

import os
import stat
from collections.abc import Collection, Iterable, Sequence

from photodedup.core.config import IMAGE_EXTENSIONS
from photodedup.core.types import FileIdentity, Photo, Sidecar

# Suffix -> whether ``NAME.suffix`` (stem match) is a sidecar; otherwise only
# ``NAME.EXT.suffix`` (the photo's full name) is.
SIDECAR_SUFFIXES: dict[str, bool] = {
    ".xmp": True,
    ".aae": True,
    ".pp3": True,
    ".supplemental-metadata.json": False,
    ".json": False,
}


# A Live Photo's movie: NAME.MOV beside NAME.HEIC (NAME.MP4 in a Google Takeout export).
COMPANION_SUFFIXES = (".mov", ".mp4")
LIVE_PHOTO_MAX_BYTES = 100 * 2**20  # a few seconds of movie; anything larger is a video


def sidecar_base(name: str) -> tuple[str, bool] | None:
    """(the name it describes, lower-case; whether a stem match counts) for a sidecar's
    file name, else None."""
    lower = name.lower()
    for suffix, by_stem in SIDECAR_SUFFIXES.items():
        if lower.endswith(suffix) and len(lower) > len(suffix):
            return lower[: -len(suffix)], by_stem
    return None


def _stem(lower_name: str) -> str:
    dot = lower_name.rfind(".")
    return lower_name[:dot] if dot > 0 else lower_name


def owners_in(sidecar_name: str, names: Iterable[str]) -> list[str]:
    """The names (of other, non-sidecar files in the same folder) a sidecar describes."""
    found = sidecar_base(sidecar_name)
    if found is None:
        return []
    base, by_stem = found
    owners = []
    for name in names:
        if name == sidecar_name or sidecar_base(name) is not None:
            continue
        lower = name.lower()
        if lower == base or (by_stem and _stem(lower) == base):
            owners.append(name)
    return owners


def is_companion(name: str) -> bool:
    """True for a name that may be a Live Photo's movie (``IMG_0042.MOV``)."""
    return name.lower().endswith(COMPANION_SUFFIXES)


def companion_owners(name: str, names: Iterable[str]) -> list[str]:
    """The photos (by extension) of a movie's stem in the same folder: its Live Photo."""
    if not is_companion(name):
        return []
    stem = _stem(name.lower())
    owners = []
    for other in names:
        lower = other.lower()
        if other != name and _stem(lower) == stem and lower[len(stem) :] in IMAGE_EXTENSIONS:
            owners.append(other)
    return owners


def _list(folder: str) -> list[tuple[str, bool]]:
    """(name, may be a regular file) of a folder's entries; [] if it cannot be listed."""
    try:
        with os.scandir(folder) as entries:
            return [(e.name, not e.is_dir(follow_symlinks=False)) for e in entries]
    except OSError:
        return []


SIDECAR_ENDINGS = tuple(SIDECAR_SUFFIXES)  # for str.endswith
FOLLOWER_ENDINGS = SIDECAR_ENDINGS + COMPANION_SUFFIXES  # names discovery notes (walker)


def folder_sidecars(folder: str) -> list[Sidecar]:
    """The sidecars and Live Photo movies in one folder that describe (or move) at least
    one other file there."""
    entries = _list(folder)
    names = [name for name, filelike in entries if filelike]
    out = []
    for name in sorted(n for n in names if n.lower().endswith(FOLLOWER_ENDINGS)):  # few: fast
        movie = is_companion(name)
        owners = companion_owners(name, names) if movie else owners_in(name, names)
        if not owners:
            continue
        path = os.path.join(folder, name)
        try:
            st = os.lstat(path)
        except OSError:
            continue
        if not stat.S_ISREG(st.st_mode) or st.st_nlink > 1:  # hard links: shared elsewhere
            continue
        if movie and st.st_size > LIVE_PHOTO_MAX_BYTES:
            continue
        paths = tuple(sorted(os.path.join(folder, owner) for owner in owners))
        out.append(Sidecar(path, FileIdentity.from_stat(st), paths))
    return out


def find_sidecars(
    photos: Sequence[Photo], folders: Collection[str] | None = None
) -> dict[str, tuple[Sidecar, ...]]:
    """Photo path -> the sidecars that describe it, for every scanned photo that has one.

    A Live Photo's movie is listed under its photos like a sidecar, and so are the movie's
    own sidecars (``IMG_0042.MOV.json``, ``IMG_0042.aae``): they go when the movie goes.

    ``folders``: where discovery saw sidecar or movie names (only those are listed again:
    none, in most libraries); None: every folder holding a photo.
    """
    paths = [photo.file.path for photo in photos]
    if folders is None:
        folders = dict.fromkeys(map(os.path.dirname, paths))
    every = [s for folder in sorted(folders) for s in folder_sidecars(folder)]
    if not every:  # the usual case: one listing per folder, nothing else
        return {}
    scanned = set(paths)
    movies = {s.path: s.owners for s in every if is_companion(s.path)}
    found: dict[str, list[Sidecar]] = {}
    for sidecar in every:
        described: list[str] = []
        for owner in sidecar.owners:
            described += movies.get(owner, (owner,))  # a movie's sidecar: under its photos
        for path in dict.fromkeys(described):
            if path in scanned:
                found.setdefault(path, []).append(sidecar)
    return {path: tuple(sidecars) for path, sidecars in found.items()}
