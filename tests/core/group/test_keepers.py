"""Keeper rules (G17): registry order, reason text, protected first, damaged never kept."""

from __future__ import annotations

import functools

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from photodedup.core.fingerprint import fingerprint_image
from photodedup.core.group.cluster import Cluster
from photodedup.core.group.keepers import (
    CRITERIA,
    TIE_REASON,
    choose_keepers,
    lower_resolution_copies,
    resolve_rules,
    suggest_trash_lower_resolution,
)
from photodedup.core.types import (
    Action,
    FileIdentity,
    Group,
    GroupKind,
    ImageInfo,
    Photo,
    PhotoFile,
)


def _photo(
    name: str,
    *,
    size: tuple[int, int] = (100, 100),
    nbytes: int = 1000,
    mtime_ns: int = 10**18,
    protected: bool = False,
    key: int = 0,
    content: str = "",
) -> Photo:
    ident = FileIdentity(1, hash(name) & 0xFFFF, nbytes, mtime_ns, mtime_ns)
    return Photo(
        PhotoFile(f"/p/{name}", ident, "/p", protected),
        ImageInfo(size[0], size[1], "JPEG"),
        _fingerprint(key),
        content,
    )


@functools.cache
def _fingerprint(seed: int) -> bytes:
    """Valid fingerprint bytes (whatever the hashing version) of a seeded noise image."""
    pixels = np.random.default_rng(seed).integers(0, 256, (48, 64, 3), dtype=np.uint8)
    return fingerprint_image(Image.fromarray(pixels, "RGB")).to_bytes()


def _one(photos: list[Photo], kind: GroupKind = GroupKind.EXACT, **kw: object) -> Group:
    (group,) = choose_keepers(photos, [Cluster(kind, tuple(range(len(photos))))], **kw)
    return group


def test_most_pixels_wins_and_says_so() -> None:
    photos = [
        _photo("small.jpg", size=(2016, 1512), nbytes=9000),
        _photo("big.jpg", size=(4032, 3024), nbytes=10),
    ]
    group = _one(photos)
    assert group.keeper == 1
    assert group.reason == "most pixels (4032×3024)"


def test_then_largest_then_oldest() -> None:
    photos = [_photo("a.jpg", nbytes=10), _photo("b.jpg", nbytes=2_500_000)]
    assert (_one(photos).keeper, _one(photos).reason) == (1, "largest file (2.5 MB)")
    photos = [_photo("a.jpg", mtime_ns=2 * 10**18), _photo("b.jpg", mtime_ns=10**18)]
    group = _one(photos)
    assert (group.keeper, group.reason) == (1, "oldest file (2001-09-09)")


def test_reference_folder_beats_pixels_and_is_never_trashed() -> None:
    photos = [
        _photo("big.jpg", size=(4000, 3000)),
        _photo("ref.jpg", size=(10, 10), protected=True),
    ]
    photos.append(_photo("ref2.jpg", size=(20, 20), protected=True))
    group = _one(photos)
    assert group.keeper == 2 and group.reason == "most pixels (20×20)"
    actions = {m.photo: m.action for m in group.members}
    assert actions == {2: Action.KEEP, 1: Action.KEEP, 0: Action.TRASH}
    group = _one(photos[:2])
    assert (group.keeper, group.reason) == (1, "reference folder")


def test_damaged_never_keeper_whatever_the_rule_order() -> None:
    photos = [
        _photo("trunc.jpg", size=(4000, 3000), nbytes=99999),
        _photo("ok.jpg", size=(4000, 3000), nbytes=5),
    ]
    group = _one(photos, rules=("pixels", "bytes", "undamaged"), damaged={"/p/trunc.jpg"})
    assert (group.keeper, group.reason) == (1, "undamaged")


def test_rule_order_is_data() -> None:
    photos = [
        _photo("hi.jpg", size=(4000, 3000), nbytes=10),
        _photo("heavy.jpg", size=(40, 30), nbytes=10**6),
    ]
    assert _one(photos, rules=("pixels", "bytes")).keeper == 0
    assert _one(photos, rules=("bytes", "pixels")).keeper == 1
    assert [c.name for c in resolve_rules(("bytes", "nonsense", "bytes"))] == [
        "reference",
        "undamaged",
        "bytes",
    ]
    assert set(CRITERIA) >= {"pixels", "bytes", "oldest", "undamaged", "reference"}


def test_full_tie_is_deterministic_by_path() -> None:
    group = _one([_photo("b.jpg"), _photo("a.jpg")])
    assert (group.keeper, group.reason) == (1, TIE_REASON)


def test_similar_groups_start_with_nothing_marked() -> None:
    photos = [_photo("a.jpg", size=(10, 10)), _photo("b.jpg", size=(20, 20), key=7)]
    group = _one(photos, kind=GroupKind.SIMILAR)
    assert [m.action for m in group.members] == [Action.KEEP, Action.KEEP]
    assert group.members[0].distance == 0 and group.members[1].distance > 0


members = st.lists(
    st.tuples(
        st.integers(1, 64),
        st.integers(1, 64),
        st.integers(1, 10**6),
        st.integers(0, 10**9),
        st.booleans(),
    ),
    min_size=2,
    max_size=8,
)


@settings(max_examples=150, deadline=None)
@given(members, st.booleans())
def test_auto_keeper_has_max_pixels_among_unprotected(specs: list, with_protected: bool) -> None:
    photos = [
        _photo(
            f"{i}.jpg",
            size=(w, h),
            nbytes=nbytes,
            mtime_ns=mtime,
            protected=with_protected and prot,
        )
        for i, (w, h, nbytes, mtime, prot) in enumerate(specs)
    ]
    group = _one(photos)
    keeper = photos[group.keeper]
    protected = [p for p in photos if p.file.protected]
    pool = protected or photos
    assert keeper in pool
    assert keeper.info.pixels == max(p.info.pixels for p in pool)
    assert all(m.action is Action.KEEP for m in group.members if photos[m.photo].file.protected)
    assert sorted(m.photo for m in group.members) == list(range(len(photos)))


def test_in_similar_groups_only_byte_copies_of_the_keeper_start_marked() -> None:
    photos = [
        _photo("a.jpg", size=(40, 30), content="same"),
        _photo("a_copy.jpg", size=(40, 30), content="same"),
        _photo("small.jpg", size=(20, 15), content="other", key=3),
        _photo("ref.jpg", size=(10, 10), content="same", protected=True),
    ]
    group = _one(photos[:3], kind=GroupKind.SIMILAR)
    actions = {photos[m.photo].path: m.action for m in group.members}
    assert actions == {"/p/a.jpg": Action.KEEP, "/p/a_copy.jpg": Action.TRASH,
                       "/p/small.jpg": Action.KEEP}  # fmt: skip
    group = _one(photos, kind=GroupKind.SIMILAR)
    assert photos[group.keeper].path == "/p/ref.jpg"
    assert {photos[m.photo].path for m in group.members if m.action is Action.TRASH} == {
        "/p/a.jpg",
        "/p/a_copy.jpg",
    }


def test_lower_resolution_copies_spare_the_keeper_equal_sizes_and_reference_folders() -> None:
    photos = [
        _photo("big.jpg", size=(400, 300)),
        _photo("same.jpg", size=(400, 300), key=1),
        _photo("small.jpg", size=(200, 150), key=2),
        _photo("ref_small.jpg", size=(100, 75), key=3, protected=True),
    ]
    groups = choose_keepers(photos[:3], [Cluster(GroupKind.SIMILAR, (0, 1, 2))])
    assert lower_resolution_copies(photos, groups) == [2]
    actions = {m.photo: m.action for m in suggest_trash_lower_resolution(photos, groups)[0].members}
    assert actions == {
        groups[0].keeper: Action.KEEP,
        1 - groups[0].keeper: Action.KEEP,
        2: Action.TRASH,
    }
    # A reference photo wins the keeper choice; copies larger than it are not "lower".
    with_ref = choose_keepers(photos, [Cluster(GroupKind.SIMILAR, (0, 1, 2, 3))])
    assert with_ref[0].keeper == 3
    assert lower_resolution_copies(photos, with_ref) == []
