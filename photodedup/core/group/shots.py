"""Shots: files of one capture (``IMG_0042.CR3`` + ``IMG_0042.JPG``) are one unit.

A camera shooting RAW+JPEG writes both files into one folder under one stem; they show
the same picture, so the fingerprints group them, but they are not copies of each other:
the JPEG is the camera's rendering of that RAW.  Here a *shot* is the set of scanned photos
in one folder sharing a stem (case-insensitive) when at least one of them is a camera RAW
file (a ``.jpg`` and a ``.png`` of one stem without a RAW are a conversion: copies, as
before).

:func:`separate_shots` runs on the clusters before keepers are chosen: within a cluster,
each shot is represented by its best member by the keep rules (the RAW, by default), the
others leave the cluster; a cluster left with one member is dropped.  So a RAW+JPEG pair
is never reported as duplicates of each other, while a shot's RAW still groups with its
copies elsewhere (an export, a backup).

:func:`followers` makes the shot one unit in a clean-up too: the shot's other files follow
its grouped member to the trash (or a folder) and back, like sidecars, unless they are in
a group of their own (then they are decided there); their own sidecars follow with them.
A Live Photo (``IMG_0042.HEIC`` + ``IMG_0042.MOV``) is a shot too: its movie is never
decoded, discovery lists it with the sidecars (:mod:`photodedup.core.discover.sidecars`)
and :func:`hash_followers` records its bytes' key after grouping, re-checked before acting.
"""

from __future__ import annotations

import operator
import os
from collections.abc import Collection, Sequence

from photodedup.core.config import RAW_FORMATS
from photodedup.core.discover.sidecars import is_companion, sidecar_base
from photodedup.core.types import Cluster, FileIdentity, Photo, ScanResult, Sidecar

_RAW_SUFFIXES = tuple(RAW_FORMATS)
_RAW_NAMES = frozenset(RAW_FORMATS.values())  # ImageInfo.format of a RAW file
_FORMAT = operator.attrgetter("info.format")


def _has_raw(photos: Sequence[Photo]) -> bool:
    """Whether any of ``photos`` is a RAW file (in C: ~3 ms for 100,000 photos)."""
    return not _RAW_NAMES.isdisjoint(map(_FORMAT, photos))


def _split(path: str) -> tuple[str, str, str]:
    """(folder, lower-case stem, lower-case extension) of a path."""
    folder, _, name = path.rpartition(os.sep)
    dot = name.rfind(".")
    if dot <= 0:
        return folder, name.lower(), ""
    return folder, name[:dot].lower(), name[dot:].lower()


def shot_keys(photos: Sequence[Photo]) -> dict[int, tuple[str, str]]:
    """Photo index -> its shot's key (folder, stem), for photos that share a shot."""
    by_key: dict[tuple[str, str], list[int]] = {}
    has_raw: set[tuple[str, str]] = set()
    for index, photo in enumerate(photos):
        folder, stem, ext = _split(photo.path)
        key = (folder, stem)
        by_key.setdefault(key, []).append(index)
        if ext in _RAW_SUFFIXES:
            has_raw.add(key)
    return {
        index: key
        for key, members in by_key.items()
        if len(members) > 1 and key in has_raw
        for index in members
    }


def separate_shots(
    photos: Sequence[Photo],
    clusters: Sequence[Cluster],
    keep_rules: Sequence[str] = (),
    damaged: Collection[str] = (),
) -> list[Cluster]:
    """The clusters with each shot represented once (its best member by the keep rules)."""
    keys = shot_keys(photos)
    if not keys:
        return list(clusters)
    from photodedup.core.config import DEFAULT_KEEP_RULES
    from photodedup.core.group.keepers import RuleContext, rank, resolve_rules

    criteria = resolve_rules(keep_rules or DEFAULT_KEEP_RULES)
    context = RuleContext(frozenset(damaged))
    out = []
    for cluster in clusters:
        shots: dict[tuple[str, str], list[int]] = {}
        for member in cluster.members:
            if member in keys:
                shots.setdefault(keys[member], []).append(member)
        if not any(len(members) > 1 for members in shots.values()):
            out.append(cluster)
            continue
        leaving: set[int] = set()
        for members in shots.values():
            if len(members) > 1:
                best = rank(photos, members, criteria, context)[0][2]
                leaving.update(m for m in members if m != best)
        kept = tuple(m for m in cluster.members if m not in leaving)
        if len(kept) > 1:
            out.append(Cluster(cluster.kind, kept))
    return out


def followers(result: ScanResult) -> dict[str, tuple[Sidecar, ...]]:
    """Photo path -> the files that follow it to the trash and back: its sidecars and Live
    Photo movie and, for a grouped photo of a shot, the shot's other files that are in no
    group, with *their* sidecars and movies (listed like sidecars, with the identity and
    content key the scan saw: re-checked before acting)."""
    if not _has_raw(result.photos):
        return result.sidecars  # no RAW, no shot (the usual library: one pass, no splits)
    keys = shot_keys(result.photos)
    grouped = {member.photo for group in result.groups for member in group.members}
    by_key: dict[tuple[str, str], list[int]] = {}
    for index, key in keys.items():
        by_key.setdefault(key, []).append(index)
    out = dict(result.sidecars)
    for index in sorted(grouped & keys.keys()):
        photo = result.photos[index]
        partners = [result.photos[j] for j in by_key[keys[index]] if j not in grouped]
        if not partners:
            continue
        files = list(out.get(photo.path, ()))
        for p in partners:
            files.append(Sidecar(p.path, p.file.identity, (photo.path,), p.content_key))
            own = result.sidecars.get(p.path, ())  # the partner's own .xmp, .json, movie
            files += [f for f in own if f.content_key or not is_companion(f.path)]
        unique: dict[str, Sidecar] = {}
        for file in files:
            unique.setdefault(file.path, file)  # IMG_0042.xmp describes both: listed once
        out[photo.path] = tuple(unique.values())
    return out


def hash_followers(result: ScanResult) -> dict[str, tuple[Sidecar, ...]]:
    """Record the bytes' key of every file that may follow a grouped photo, so that it is
    re-checked (identity *and* bytes) before acting: each Live Photo movie (returned:
    ``result.sidecars`` with the keys) and each shot partner the scan did not hash (its
    key set in ``result.photos``).  Hashed once, after grouping: a library of Live Photos
    costs no extra reads unless they have duplicates.  A movie that cannot be read, or
    changed since it was listed, no longer follows its photo: it stays."""
    grouped = {m.photo for group in result.groups for m in group.members}
    _hash_partners(result, grouped)
    paths = {result.photos[i].path for i in grouped}
    keys: dict[str, str] = {}
    out: dict[str, tuple[Sidecar, ...]] = {}
    for path, files in result.sidecars.items():
        if path not in paths or not any(is_companion(f.path) for f in files):
            out[path] = files
            continue
        kept = []
        for file in files:
            if is_companion(file.path) and not file.content_key:
                if file.path not in keys:
                    keys[file.path] = _key(file.path, file.identity)
                if keys[file.path]:
                    kept.append(file._replace(content_key=keys[file.path]))
            else:
                kept.append(file)
        out[path] = tuple(kept)
    return out


def _hash_partners(result: ScanResult, grouped: set[int]) -> None:
    """Set the content key of the shot partners (in no group) of grouped photos."""
    if not grouped or not _has_raw(result.photos):
        return  # no RAW, no shot
    keys = shot_keys(result.photos)
    shots = {keys[i] for i in grouped if i in keys}
    for index, key in keys.items():
        photo = result.photos[index]
        if key in shots and index not in grouped and not photo.content_key:
            content = _key(photo.path, photo.file.identity)
            if content:
                result.photos[index] = photo._replace(content_key=content)


def _key(path: str, identity: FileIdentity) -> str:
    """The content key of a file's bytes if it is still the file listed, else ""."""
    from photodedup.core.decode.files import DecodeError, read_path
    from photodedup.core.decode.image import content_key

    try:
        data = read_path(path, max(identity.size, 1))
        same = FileIdentity.from_stat(os.lstat(path)) == identity
    except (DecodeError, OSError):
        return ""
    return content_key(data) if same else ""


ROLE_SIDECAR, ROLE_SHOT, ROLE_LIVE_PHOTO = "sidecar", "shot", "live_photo"


def follower_role(path: str) -> str:
    """What a following file is: "sidecar" (.xmp, .aae...), "live_photo" (a Live Photo's
    movie) or "shot" (the other file of a RAW+JPEG shot)."""
    name = path.rpartition(os.sep)[2]
    if sidecar_base(name) is not None:
        return ROLE_SIDECAR
    return ROLE_LIVE_PHOTO if is_companion(name) else ROLE_SHOT
