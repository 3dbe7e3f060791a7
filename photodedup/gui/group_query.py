"""Which groups the list shows, in which order: search, "only with marks", sort (Qt-free)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from photodedup.core.review import Review
from photodedup.core.types import Group, display_path


class SortKey(StrEnum):
    """Orders of the group list."""

    FOUND = "found"  # the scan's order
    SPACE = "space"  # bytes the copies take, largest first
    COUNT = "count"  # number of photos, most first
    SIMILARITY = "similarity"  # most alike first (largest distance to the keeper, smallest)
    FOLDER = "folder"  # the keeper's folder, A to Z
    DATE = "date"  # the keeper's date taken, newest first (undated last)


@dataclass(frozen=True)
class GroupQuery:
    """A search text, a filter and a sort order."""

    text: str = ""
    only_marked: bool = False
    sort: SortKey = SortKey.FOUND

    def apply(self, review: Review) -> list[Group]:
        """The review's visible groups that match, in order."""
        groups = review.groups
        if self.text.strip():
            needle = self.text.strip().casefold()
            groups = [g for g in groups if _matches(review, g, needle)]
        if self.only_marked:
            groups = [g for g in groups if any(m.photo in review.marked for m in g.members)]
        key = _sort_key(review, self.sort)
        return list(groups) if key is None else sorted(groups, key=key)


def _matches(review: Review, group: Group, needle: str) -> bool:
    return any(needle in display_path(review.photo(m.photo).path).casefold() for m in group.members)


def _sort_key(review: Review, sort: SortKey) -> Callable[[Group], object] | None:
    photo = review.photo

    def space(g: Group) -> int:
        return -sum(photo(m.photo).file.size for m in g.members[1:])

    def date(g: Group) -> tuple[bool, str]:
        taken = photo(g.keeper).info.taken or ""
        return (not taken, "".join(chr(0x10FFFF - ord(c)) for c in taken))  # newest first

    keys: dict[SortKey, Callable[[Group], object]] = {
        SortKey.SPACE: space,
        SortKey.COUNT: lambda g: (-len(g.members), space(g)),
        SortKey.SIMILARITY: lambda g: max(m.distance for m in g.members),
        SortKey.FOLDER: lambda g: display_path(photo(g.keeper).path).casefold(),
        SortKey.DATE: date,
    }
    return keys.get(sort)
