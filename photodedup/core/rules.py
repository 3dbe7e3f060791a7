"""Keeper rules: ordered, composable criteria that pick the photo to keep in each cluster.

Contract: ``choose_keepers(photos, clusters, rules) -> list[Group]``; ``Group.members[0]``
is the keeper, ``Group.reason`` explains why, members under reference roots are never
marked ``trash``.  (First version; the safety issue hardens it.)
"""

from __future__ import annotations

from collections.abc import Sequence

from photodedup.core.cluster import Cluster, photo_distance
from photodedup.core.types import Action, Group, Member, Photo


def _sort_key(photo: Photo) -> tuple[int, int, int, int]:
    return (
        0 if photo.file.protected else 1,
        -photo.info.pixels,
        -photo.file.size,
        photo.file.identity.mtime_ns,
    )


def choose_keepers(
    photos: Sequence[Photo], clusters: Sequence[Cluster], rules: Sequence[str] = ()
) -> list[Group]:
    """Order each cluster best-first and mark the others for the trash."""
    groups = []
    for gid, cluster in enumerate(clusters):
        order = sorted(cluster.members, key=lambda m: (_sort_key(photos[m]), photos[m].path))
        keeper = photos[order[0]]
        members = [Member(order[0], 0, Action.KEEP)]
        for m in order[1:]:
            action = Action.KEEP if photos[m].file.protected else Action.TRASH
            members.append(Member(m, photo_distance(keeper, photos[m]), action))
        groups.append(Group(gid, cluster.kind, tuple(members), "most pixels"))
    return groups
