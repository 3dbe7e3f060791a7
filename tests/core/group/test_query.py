"""group.query: the library photos that are copies of one query photo, as grouping decides."""

from __future__ import annotations

from PIL import Image

from photodedup.core.config import DEFAULT_THRESHOLD
from photodedup.core.group.query import Match, copies_of, find_matches
from photodedup.core.types import Photo
from tests.core.group.test_cluster import photo
from tests.core.test_fingerprint import jpeg, textured


def _library() -> tuple[Photo, list[Photo]]:
    img = textured(301)
    query = photo(img, "q-query")
    library = [
        photo(textured(302), "q-other"),
        photo(jpeg(img, 35), "q-q35"),
        photo(img.resize((img.width // 2, img.height // 2)), "q-half"),
        photo(textured(303), "q-other2"),
    ]
    return query, library


def test_copies_are_found_nearest_first_and_others_are_not() -> None:
    query, library = _library()
    found = copies_of(query, library, DEFAULT_THRESHOLD)
    assert {k for k, _ in found} == {1, 2}
    assert [d for _, d in found] == sorted(d for _, d in found)
    assert all(0 <= d <= DEFAULT_THRESHOLD for _, d in found)


def test_find_matches_never_returns_the_query_itself() -> None:
    query, library = _library()
    matches = find_matches(query, [library[0], query, *library[1:]], DEFAULT_THRESHOLD)
    assert all(m.photo.path != query.path for m in matches)
    assert {m.photo.path for m in matches} == {library[1].path, library[2].path}
    assert all(isinstance(m, Match) for m in matches)


def test_a_lower_threshold_never_finds_more() -> None:
    query, library = _library()
    counts = [len(copies_of(query, library, t)) for t in (0, 4, DEFAULT_THRESHOLD, 20)]
    assert counts == sorted(counts)


def test_byte_identical_files_match_at_zero_even_when_flat() -> None:
    flat = Image.new("RGB", (120, 90), (200, 200, 200))
    query = photo(flat, "q-flat", content_key="same-bytes")
    twin = photo(flat, "q-flat-twin", content_key="same-bytes")
    other = photo(flat, "q-flat-other", content_key="other-bytes")
    assert copies_of(query, [other, twin], DEFAULT_THRESHOLD) == [(1, 0)]


def test_an_empty_library() -> None:
    query, _ = _library()
    assert copies_of(query, [], DEFAULT_THRESHOLD) == []
    assert find_matches(query, [query], DEFAULT_THRESHOLD) == []
