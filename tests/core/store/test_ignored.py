"""The "not a duplicate" list: keyed by file identity, healing, and honoured by grouping."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from photodedup.core import pipeline
from photodedup.core.config import ScanOptions
from photodedup.core.group.apart import keep_apart
from photodedup.core.store.hashes import HashCache
from photodedup.core.store.ignored import IgnoreList, IgnoreListError, not_duplicates
from photodedup.core.store.memo import GroupMemo, memo_key
from photodedup.core.types import Cluster, GroupKind, ScanResult
from tests.photos import save_jpeg, textured_image


def _paths(result: ScanResult) -> list[set[str]]:
    return [{Path(result.photos[m.photo].path).name for m in g.members} for g in result.groups]


def _by_name(result: ScanResult, name: str) -> int:
    return next(i for i, p in enumerate(result.photos) if Path(p.path).name == name)


@pytest.fixture
def library(tmp_path: Path) -> Path:
    root = tmp_path / "photos"
    root.mkdir()
    img = textured_image(seed=7)
    for name in ("a.jpg", "b.jpg", "c.jpg"):  # three copies of one photo
        save_jpeg(img, root / name, quality=90 if name != "c.jpg" else 80)
    save_jpeg(textured_image(seed=8), root / "d.jpg")
    save_jpeg(textured_image(seed=8), root / "e.jpg", quality=70)
    return root


def _scan(root: Path, tmp_path: Path, ignored: IgnoreList | None = None) -> ScanResult:
    options = ScanOptions(roots=(str(root),), workers=1)
    with HashCache(tmp_path / "cache.sqlite3") as cache:
        memo = GroupMemo(tmp_path / "memo.sqlite3")
        try:
            return pipeline.run_scan(options, cache=cache, memo=memo, ignored=ignored)
        finally:
            memo.close()


def test_a_pair_is_split_and_a_whole_group_disappears(library: Path, tmp_path: Path) -> None:
    first = _scan(library, tmp_path)
    assert sorted(map(sorted, _paths(first))) == [["a.jpg", "b.jpg", "c.jpg"], ["d.jpg", "e.jpg"]]
    with IgnoreList() as ignored:  # the user's list in the data folder
        photos = first.photos
        ignored.add([photos[_by_name(first, "a.jpg")].file, photos[_by_name(first, "c.jpg")].file])
        ignored.add(
            [photos[_by_name(first, "d.jpg")].file, photos[_by_name(first, "e.jpg")].file],
            whole_group=True,
        )
    again = _scan(library, tmp_path)  # same cache and memo: the memo must not serve the old
    assert _paths(again) == [{"a.jpg", "b.jpg"}]
    regrouped = pipeline.regroup(first, first.threshold)
    assert _paths(regrouped) == [{"a.jpg", "b.jpg"}]
    with IgnoreList() as ignored:
        entries = ignored.entries()
        assert [e.whole_group for e in entries] == [True, False]  # newest first
        ignored.remove([entries[0].id])
    assert sorted(map(sorted, _paths(_scan(library, tmp_path)))) == [
        ["a.jpg", "b.jpg"],
        ["d.jpg", "e.jpg"],
    ]
    with IgnoreList() as ignored:
        ignored.clear()
        assert ignored.entries() == []
    assert len(_scan(library, tmp_path).groups) == 2


def test_an_edited_file_is_no_longer_ignored(library: Path, tmp_path: Path) -> None:
    first = _scan(library, tmp_path)
    d, e = _by_name(first, "d.jpg"), _by_name(first, "e.jpg")
    ignored = IgnoreList(tmp_path / "ignored.sqlite3")
    ignored.add([first.photos[d].file, first.photos[e].file])
    assert _paths(_scan(library, tmp_path, ignored)) == [{"a.jpg", "b.jpg", "c.jpg"}]
    st = (library / "e.jpg").stat()
    os.utime(library / "e.jpg", ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))  # "edited"
    assert {"d.jpg", "e.jpg"} in _paths(_scan(library, tmp_path, ignored))
    ignored.close()


def test_the_memo_key_follows_the_list(library: Path, tmp_path: Path) -> None:
    result = _scan(library, tmp_path)
    plain = memo_key(result.photos, 8, ("pixels",))
    assert memo_key(result.photos, 8, ("pixels",), apart=()) == plain
    assert memo_key(result.photos, 8, ("pixels",), apart={(0, 1)}) != plain
    assert memo_key(result.photos, 8, ("pixels",), apart={(0, 2)}) != memo_key(
        result.photos, 8, ("pixels",), apart={(0, 1)}
    )


def test_reading_creates_no_file_and_a_damaged_list_is_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "data" / "ignored.sqlite3"
    assert IgnoreList(path).entries() == []
    assert not path.exists()
    path.parent.mkdir()
    path.write_bytes(b"not a database" * 100)
    with IgnoreList(path) as ignored:
        assert ignored.entries() == []
    assert list(path.parent.glob("ignored.sqlite3.corrupt-*"))  # kept, not deleted


def test_a_write_that_fails_says_so(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    ignored = IgnoreList(blocker / "ignored.sqlite3")  # its folder cannot be made
    save_jpeg(textured_image(seed=1), tmp_path / "x.jpg")
    save_jpeg(textured_image(seed=2), tmp_path / "y.jpg")
    result = _scan(tmp_path, tmp_path)
    with pytest.raises(IgnoreListError):
        ignored.add([p.file for p in result.photos])
    assert not_duplicates(result.photos, ignored) == frozenset()


def test_keep_apart_splits_greedily_in_cluster_order() -> None:
    clusters = [Cluster(GroupKind.SIMILAR, (0, 1, 2, 3)), Cluster(GroupKind.EXACT, (4, 5))]
    assert keep_apart(clusters, {(0, 2)}) == [
        Cluster(GroupKind.SIMILAR, (0, 1, 3)),
        Cluster(GroupKind.EXACT, (4, 5)),
    ]
    everything = {(i, j) for i in range(4) for j in range(i + 1, 4)}
    assert keep_apart(clusters, everything) == [Cluster(GroupKind.EXACT, (4, 5))]
    assert keep_apart(clusters, {(2, 0)}) == [  # 0 was sent away from 2: 0 leaves
        Cluster(GroupKind.SIMILAR, (1, 2, 3)),
        Cluster(GroupKind.EXACT, (4, 5)),
    ]
    assert keep_apart(clusters, {(0, 1), (2, 3)}) == [
        Cluster(GroupKind.SIMILAR, (0, 2)),
        Cluster(GroupKind.SIMILAR, (1, 3)),
        Cluster(GroupKind.EXACT, (4, 5)),
    ]
