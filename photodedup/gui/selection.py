"""Select by rule: which photos a bulk "mark" rule picks in the review's groups (Qt-free).

Every rule looks only at groups of copies (exact or look-alike copies: never at similar
shots, which are different photos) and only at members other than the keeper; marking
then goes through ``Review.set_marked``, which also refuses reference-folder photos.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from enum import StrEnum

from photodedup.core.group.keepers import lower_resolution_copies
from photodedup.core.review import Review
from photodedup.core.types import Group, Photo

# "IMG_1 (1).jpg", "IMG_1 copy.jpg", "IMG_1 - Copy (2).jpg", "Copy of IMG_1.jpg", "IMG_1-kopie",
# "IMG_1_copie", "IMG_1-1.jpg" is not (camera numbering looks like that).
COPY_NAME = re.compile(
    r"(\(\d+\)|[ _-]+(copy|kopie|copie|copia|kopia)([ _-]*\(?\d+\)?)?)$"
    r"|^(copy|kopie|copie) (of|van|de) ",
    re.IGNORECASE,
)


class Rule(StrEnum):
    """The rules of the Select menu."""

    ALL_BUT_KEEPER = "all_but_keeper"
    LOWER_RESOLUTION = "lower_resolution"
    SMALLER_FILES = "smaller_files"
    OLDER_FILES = "older_files"
    NAMED_LIKE_COPIES = "named_like_copies"
    IN_FOLDER = "in_folder"


def looks_like_a_copy(path: str) -> bool:
    """True for names such as "photo (1).jpg", "photo copy.jpg", "Copy of photo.jpg"."""
    stem = os.path.splitext(os.path.basename(path))[0]  # noqa: PTH119, PTH122 - str paths
    return bool(COPY_NAME.search(stem.strip()))


def folder_of(path: str) -> str:
    """The folder holding a photo."""
    return os.path.dirname(path)  # noqa: PTH120 - str paths keep surrogates


def copy_groups(review: Review, group_ids: Iterable[int] | None = None) -> list[Group]:
    """The visible groups of copies (all, or those with these ids)."""
    if group_ids is None:
        groups = review.groups
    else:
        groups = [g for gid in group_ids if (g := review.group(gid)) is not None]
    return [g for g in groups if g.kind.copies]


def _others(review: Review, groups: list[Group]) -> Iterator[tuple[Photo, Photo, int]]:
    """(keeper, member, member index) for every non-keeper member."""
    for group in groups:
        keeper = review.photo(group.keeper)
        for member in group.members[1:]:
            yield keeper, review.photo(member.photo), member.photo


def picked(
    review: Review, rule: Rule, group_ids: Iterable[int] | None = None, folder: str = ""
) -> list[int]:
    """The photos ``rule`` would mark (before the keeper / reference check)."""
    groups = copy_groups(review, group_ids)
    if rule == Rule.LOWER_RESOLUTION:
        return lower_resolution_copies(review.result.photos, groups)
    tests = {
        Rule.ALL_BUT_KEEPER: lambda _k, _p: True,
        Rule.SMALLER_FILES: lambda k, p: p.file.size < k.file.size,
        Rule.OLDER_FILES: lambda k, p: p.file.identity.mtime_ns < k.file.identity.mtime_ns,
        Rule.NAMED_LIKE_COPIES: lambda _k, p: looks_like_a_copy(p.path),
        Rule.IN_FOLDER: lambda _k, p: folder_of(p.path) == folder,
    }
    test = tests[rule]
    return [index for keeper, photo, index in _others(review, groups) if test(keeper, photo)]


def folders_with_copies(review: Review) -> list[tuple[str, int]]:
    """Folders holding non-keeper members of copy groups, most copies first."""
    counts = Counter(folder_of(p.path) for _k, p, _i in _others(review, copy_groups(review)))
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def mark(review: Review, photos: Iterable[int]) -> int:
    """Mark these photos where allowed; how many were newly marked."""
    added = 0
    for index in photos:
        if index not in review.marked and review.set_marked(index, True):
            added += 1
    return added
