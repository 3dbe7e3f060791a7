"""Is this image already in my library?  The library photos that are copies of one query
photo, by the same decision as grouping (:mod:`photodedup.core.group.decide`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from photodedup.core.fingerprint import FingerprintArrays
from photodedup.core.group import decide
from photodedup.core.group.structure import StructureCheck
from photodedup.core.store.verdicts import identity_bytes
from photodedup.core.types import Photo


@dataclass(frozen=True, slots=True)
class Match:
    """A library photo near the query image."""

    photo: Photo
    distance: int


def find_matches(
    query: Photo, library: list[Photo], threshold: int, *, rotations: bool = False
) -> list[Match]:
    """Library photos that are copies of ``query`` (itself excluded), nearest first, by the
    same decision as grouping."""
    own = (query.file.identity.dev, query.file.identity.ino)
    others = [p for p in library if (p.file.identity.dev, p.file.identity.ino) != own]
    found = copies_of(query, others, threshold, rotations=rotations)
    return [Match(others[position], distance) for position, distance in found]


def copies_of(
    query: Photo, library: Sequence[Photo], threshold: int, *, rotations: bool = False
) -> list[tuple[int, int]]:
    """(library index, distance) of the library photos that are copies of ``query`` by the
    same decision as grouping (:mod:`photodedup.core.group.decide`), nearest first."""
    if not library:
        return []
    photos = [query, *library]
    fp = FingerprintArrays.from_bytes([p.fingerprint for p in photos])
    ids = [identity_bytes(p.file.path, p.file.identity) for p in photos]
    with StructureCheck([p.file.path for p in photos], identities=ids) as check:
        edges = decide.edges(fp, threshold, check, rotations, exhaustive=True)
    found = {}
    for a, b, d in zip(edges.i.tolist(), edges.j.tolist(), edges.dist.tolist(), strict=True):
        if a == 0 and b > 0:
            found[b - 1] = d
    for position, photo in enumerate(library):  # byte-identical files are copies too
        if query.content_key and photo.content_key == query.content_key:
            found[position] = 0
    return sorted(found.items(), key=lambda item: (item[1], library[item[0]].path))
