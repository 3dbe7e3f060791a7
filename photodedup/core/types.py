"""Plain data passed between the core stages, the CLI and the GUI.

Paths are ``str`` as the OS gives them (``os.fsdecode`` with surrogateescape), which is
lossless on POSIX: ``os.fsencode(path)`` gives back the exact bytes.  Use
:func:`display_path` to show one to a person.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NamedTuple

_new_tuple = tuple.__new__  # builds a named tuple from a plain one without a Python call


def display_path(path: str) -> str:
    """A printable form of a path whose bytes may not be valid UTF-8."""
    return os.fsencode(path).decode("utf-8", errors="replace")


class FileIdentity(NamedTuple):
    """What identifies a file's content on disk at one moment (from ``lstat``).

    A named tuple (immutable, compared by value) because one is built per file on every
    scan; ``tuple(identity)`` is the cache's key order.
    """

    dev: int
    ino: int
    size: int
    mtime_ns: int
    ctime_ns: int

    @classmethod
    def from_stat(cls, st: os.stat_result) -> FileIdentity:
        """Build from an ``os.stat_result``."""
        return _new_tuple(cls, (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns))


class PhotoFile(NamedTuple):
    """A candidate file found by discovery (not yet decoded); a named tuple (cheap to make)."""

    path: str
    identity: FileIdentity
    root: str
    protected: bool = False  # under a reference root: never trashed

    @property
    def size(self) -> int:
        """Size in bytes."""
        return self.identity.size


class Sidecar(NamedTuple):
    """A file that follows photos beside it, as the scan saw it: a sidecar (``IMG_1.xmp``,
    ``IMG_1.JPG.json``...), a Live Photo's movie, a RAW+JPEG shot's other file; ``owners``:
    every file in the folder it describes (it follows them to the trash only if all of them
    go).  ``content_key``: its bytes' key when the scan hashed them (a shot's photo, a Live
    Photo's movie), re-checked before acting.  See :mod:`photodedup.core.discover.sidecars`
    and :mod:`photodedup.core.group.shots`."""

    path: str
    identity: FileIdentity
    owners: tuple[str, ...]
    content_key: str = ""


class ErrorKind(StrEnum):
    """Why a file could not be used. Values are stable: they appear in JSON output."""

    EMPTY = "empty"
    TRUNCATED = "truncated"
    UNREADABLE = "unreadable"
    UNSUPPORTED = "unsupported"
    TOO_LARGE = "too_large"
    PERMISSION = "permission_denied"
    VANISHED = "vanished"
    UNSTABLE = "unstable"
    CRASHED = "decoder_crashed"
    TIMEOUT = "decoder_timeout"
    NOT_REGULAR = "not_a_regular_file"
    WARNING = "warning"  # hashed, but something was off (e.g. bad EXIF)


@dataclass(frozen=True, slots=True)
class ScanError:
    """A per-file problem; the scan goes on."""

    path: str
    kind: ErrorKind
    message: str


class ImageInfo(NamedTuple):
    """What decoding learnt about a photo (oriented size, format, EXIF bits)."""

    width: int
    height: int
    format: str
    taken: str | None = None  # EXIF DateTimeOriginal, ISO-like text
    camera: str | None = None  # "Make Model"

    @property
    def pixels(self) -> int:
        """Width times height."""
        return self.width * self.height


class Photo(NamedTuple):
    """A decoded and hashed photo: file + image facts + fingerprint bytes.

    ``fingerprint`` is the opaque serialized form from :mod:`photodedup.core.fingerprint`
    (``Fingerprint.to_bytes()``); ``content_key`` is a fast hash of the file's bytes
    used to label byte-identical copies as exact.  A named tuple: a warm rescan builds
    one per file from the cache (``tuple.__new__`` in C, no Python ``__init__``).
    """

    file: PhotoFile
    info: ImageInfo
    fingerprint: bytes
    content_key: str = ""

    @property
    def path(self) -> str:
        """The file's path."""
        return self.file.path


class GroupKind(StrEnum):
    """What a group's members have in common, in two tiers.

    Copies (one photo stored several times; bulk actions may act on them): ``EXACT``
    byte-identical files, ``SIMILAR`` the same picture resized, re-encoded, converted,
    rotated or lightly edited.  ``SHOTS``: similar shots (the same scene or subject, but
    different photos): shown for review, never marked or trashed by a bulk action.
    """

    EXACT = "exact"
    SIMILAR = "similar"
    SHOTS = "shots"

    @property
    def copies(self) -> bool:
        """True for the copies tier (exact or similar), False for similar shots."""
        return self is not GroupKind.SHOTS


class Action(StrEnum):
    """What should happen to a group member."""

    KEEP = "keep"
    TRASH = "trash"


@dataclass(frozen=True, slots=True)
class Cluster:
    """Indices (into a photo list) of photos that are duplicates of each other."""

    kind: GroupKind
    members: tuple[int, ...]


class Member(NamedTuple):
    """One photo in a group, with its distance to the keeper and its suggested action."""

    photo: int  # index into ScanResult.photos
    distance: int
    action: Action


@dataclass(frozen=True, slots=True)
class Group:
    """A set of near-duplicate photos with one keeper.

    ``members[0]`` is always the keeper; ``reason`` says in words why it was chosen.
    """

    id: int
    kind: GroupKind
    members: tuple[Member, ...]
    reason: str

    @property
    def keeper(self) -> int:
        """Index (into ScanResult.photos) of the photo to keep."""
        return self.members[0].photo


@dataclass(slots=True)
class ScanStats:
    """Counters for one scan."""

    files_found: int = 0
    from_cache: int = 0
    decoded: int = 0
    errors: int = 0
    seconds: float = 0.0


@dataclass(slots=True)
class ScanResult:
    """Everything a scan produced. ``groups`` can be recomputed from ``photos`` alone."""

    photos: list[Photo] = field(default_factory=list)
    errors: list[ScanError] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    stats: ScanStats = field(default_factory=ScanStats)
    threshold: int = 0
    cancelled: bool = False
    rotations: bool = False  # mirrored and turned copies were looked for
    # The decoders' grey pictures of this run's photos (path -> bytes of
    # core.fingerprint.picture.structure_thumb): grouping checks them without decoding again.
    structure_thumbs: dict[str, bytes] = field(default_factory=dict, repr=False, compare=False)
    # Photo path -> the sidecar files that describe it (core/discover/sidecars.py).
    sidecars: dict[str, tuple[Sidecar, ...]] = field(default_factory=dict, repr=False)


# Named tuples built from a plain tuple in C, without the Python-level ``__new__`` per
# record: discovery and the cache build several per file on hot paths.  The argument is
# one tuple of every field, in order.
new_identity = functools.partial(tuple.__new__, FileIdentity)
new_file = functools.partial(tuple.__new__, PhotoFile)
new_info = functools.partial(tuple.__new__, ImageInfo)
new_photo = functools.partial(tuple.__new__, Photo)
new_member = functools.partial(tuple.__new__, Member)
