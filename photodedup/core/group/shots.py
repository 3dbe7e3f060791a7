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
"""

from __future__ import annotations

import os
from collections.abc import Collection, Sequence

from photodedup.core.config import RAW_FORMATS
from photodedup.core.types import Cluster, Photo

_RAW_SUFFIXES = tuple(RAW_FORMATS)


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
