"""Keep apart what the user said is not a duplicate (:mod:`photodedup.core.store.ignored`).

:func:`keep_apart` runs on the clusters before keepers are chosen: a cluster holding a
pair of photos the user marked "not a duplicate" is split so that no such pair shares a
part (each member joins the first part holding none of its "not a duplicate" partners;
the photos a pair names second, the ones the user sent away from a keeper, are placed
last, so they are the ones that leave); parts of one photo are dropped.  A group marked "not
duplicates" as a whole has every pair cut, so it disappears; a new copy of one of its
photos still groups with that photo.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from photodedup.core.types import Cluster


def keep_apart(clusters: Sequence[Cluster], cuts: Collection[tuple[int, int]]) -> list[Cluster]:
    """``clusters`` split so that no pair ``(i, j)`` of ``cuts`` is in one (``j`` leaves)."""
    if not cuts:
        return list(clusters)
    partners: dict[int, set[int]] = {}
    leaving = {j for _, j in cuts}
    for i, j in cuts:
        partners.setdefault(i, set()).add(j)
        partners.setdefault(j, set()).add(i)
    out: list[Cluster] = []
    for cluster in clusters:
        if not any(m in partners for m in cluster.members):
            out.append(cluster)
            continue
        parts: list[list[int]] = []
        order = sorted(cluster.members, key=lambda m: m in leaving)  # stable: stayers first
        for member in order:
            apart = partners.get(member, set())
            part = next((p for p in parts if apart.isdisjoint(p)), None)
            if part is None:
                parts.append([member])
            else:
                part.append(member)
        position = {m: n for n, m in enumerate(cluster.members)}
        out.extend(
            Cluster(cluster.kind, tuple(sorted(p, key=position.__getitem__)))
            for p in parts
            if len(p) > 1
        )
    return out
