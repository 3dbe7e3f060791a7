"""The groups of a scan result: clusters (index, verification, structure checks), the
user's "not a duplicate" pairs kept apart, RAW+JPEG shots as one, keepers chosen; read from
the group memo when nothing they depend on changed (the clustering modules, numpy and the
compiled kernels are then not even imported)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from photodedup.core.group import keepers
from photodedup.core.group.apart import keep_apart
from photodedup.core.group.shots import separate_shots
from photodedup.core.types import ErrorKind, Group, ScanResult

if TYPE_CHECKING:
    from photodedup.core.store.memo import GroupMemo
    from photodedup.core.store.verdicts import VerdictStore

# Problems that make a hashed photo a worse keeper (e.g. damaged EXIF, orientation ignored).
DAMAGE_KINDS = frozenset({ErrorKind.WARNING, ErrorKind.TRUNCATED})


class Memory:
    """The group memo and the structure verdicts: given ones (left open) or the default
    ones, opened on first use and closed by :meth:`close`."""

    def __init__(self, memo: GroupMemo | None, verdicts: VerdictStore | None) -> None:
        self._memo, self._verdicts = memo, verdicts
        self._owned: list[GroupMemo | VerdictStore] = []

    def memo(self) -> GroupMemo:
        if self._memo is None:
            from photodedup.core.store.memo import GroupMemo

            self._memo = GroupMemo()
            self._owned.append(self._memo)
        return self._memo

    def verdicts(self) -> VerdictStore:
        if self._verdicts is None:
            from photodedup.core.store.verdicts import VerdictStore

            self._verdicts = VerdictStore()
            self._owned.append(self._verdicts)
        return self._verdicts

    def close(self) -> None:
        for store in self._owned:
            store.close()
        self._owned.clear()


def prepare() -> None:
    """Import the clustering modules (numpy, OpenCV, the kernels: ~0.1 s) now, e.g. while
    the decoders start, rather than first thing when grouping begins; numpy's masked
    arrays too, which ``numpy.unique`` imports on its first call (~20 ms)."""
    import numpy.ma  # noqa: F401

    import photodedup.core.group.cluster  # noqa: F401


def groups_of(
    result: ScanResult,
    threshold: int,
    keep_rules: Sequence[str],
    memory: Memory | None,
    apart: frozenset[tuple[int, int]] = frozenset(),
) -> list[Group]:
    """Cluster the photos and pick keepers; photos with problems are never auto-keepers.

    With ``memory``, groups come from the group memo when nothing they depend on changed
    (the clustering modules, numpy and the compiled kernels are then not even imported).
    """
    damaged = {e.path for e in result.errors if e.kind in DAMAGE_KINDS}
    if not result.photos:
        return []
    if memory is None:
        return _grouped(result, threshold, keep_rules, damaged, None, apart=apart)
    from photodedup.core.store.memo import memo_key

    turns = result.rotations
    key = memo_key(result.photos, threshold, keep_rules, damaged, rotations=turns, apart=apart)
    try:
        groups = memory.memo().get(key)
        if groups is None:
            groups = _grouped(
                result, threshold, keep_rules, damaged, memory.verdicts(), apart=apart
            )
            memory.memo().put(key, groups)
        return groups
    finally:
        memory.close()


def _grouped(
    result: ScanResult,
    threshold: int,
    keep_rules: Sequence[str],
    damaged: set[str],
    verdicts: VerdictStore | None,
    *,
    apart: frozenset[tuple[int, int]],
) -> list[Group]:
    """Groups with keepers (no pair of ``apart`` in one); verdicts kept in ``verdicts``."""
    from photodedup.core.group.cluster import find_clusters, structure_check

    photos, thumbs = result.photos, result.structure_thumbs
    with structure_check(photos, store=verdicts, thumbs=thumbs) as check:  # for both steps
        clusters = find_clusters(photos, threshold, rotations=result.rotations, check=check)
        clusters = keep_apart(clusters, apart)  # "not a duplicate"
        clusters = separate_shots(photos, clusters, keep_rules, damaged)  # RAW+JPEG: one shot
        return keepers.choose_keepers(
            photos, clusters, keep_rules, damaged=damaged, thumbs=thumbs, check=check
        )
