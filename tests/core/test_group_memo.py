"""Remembered groupings: served only for identical inputs, never failing a scan."""

from __future__ import annotations

from pathlib import Path

from photodedup.core.cluster import Cluster
from photodedup.core.group_memo import KEEP, GroupMemo, memo_key
from photodedup.core.types import GroupKind

FPS = [bytes([i]) * 276 for i in range(4)]
KEYS = ["", "abc", "abc", ""]
CLUSTERS = [
    Cluster(GroupKind.EXACT, (1, 2)),
    Cluster(GroupKind.SIMILAR, (0, 3, 5)),
]
DISTANCES = {(1, 2): 0, (0, 3): 4, (0, 5): 7, (3, 5): 9}
STORED = (CLUSTERS, DISTANCES)


def test_the_key_changes_with_any_input() -> None:
    base = memo_key(FPS, KEYS, 16)
    assert memo_key(list(FPS), list(KEYS), 16) == base
    assert memo_key(FPS, KEYS, 17) != base
    assert memo_key([FPS[1], FPS[0], *FPS[2:]], KEYS, 16) != base  # order: positions
    assert memo_key([*FPS[:3], bytes([9]) * 276], KEYS, 16) != base
    assert memo_key(FPS, ["", "abc", "abd", ""], 16) != base
    assert memo_key(FPS[:3], KEYS[:3], 16) != base


def test_stored_clusters_come_back_across_instances(tmp_path: Path) -> None:
    memo = GroupMemo(tmp_path / "groups.sqlite3")
    key = memo_key(FPS, KEYS, 16)
    assert memo.get(key) is None
    memo.put(key, *STORED)
    memo.close()
    assert GroupMemo(tmp_path / "groups.sqlite3").get(key) == STORED


def test_only_the_newest_groupings_are_kept(tmp_path: Path) -> None:
    memo = GroupMemo(tmp_path / "groups.sqlite3")
    keys = [memo_key(FPS, KEYS, t) for t in range(KEEP + 3)]
    for key in keys:
        memo.put(key, *STORED)
    assert [memo.get(k) is not None for k in keys] == [False] * 3 + [True] * KEEP


def test_a_corrupt_memo_is_rebuilt_and_a_broken_one_is_a_miss(tmp_path: Path) -> None:
    path = tmp_path / "groups.sqlite3"
    path.write_bytes(b"not a database at all" * 100)
    memo = GroupMemo(path)
    key = memo_key(FPS, KEYS, 16)
    assert memo.get(key) is None
    memo.put(key, *STORED)
    assert memo.get(key) == STORED
    blocked = GroupMemo(tmp_path / "a-file" / "groups.sqlite3")
    (tmp_path / "a-file").write_text("x")  # its folder is a file: cannot open
    assert blocked.get(key) is None
    blocked.put(key, *STORED)  # no exception
    assert blocked.get(key) is None


def test_a_damaged_entry_is_a_miss_and_is_replaced(tmp_path: Path) -> None:
    import sqlite3

    memo = GroupMemo(tmp_path / "groups.sqlite3")
    key = memo_key(FPS, KEYS, 16)
    memo.put(key, *STORED)
    memo.close()
    with sqlite3.connect(tmp_path / "groups.sqlite3") as db:
        db.execute("UPDATE groupings SET clusters = ?", (b"garbage",))
    db.close()
    assert memo.get(key) is None
    memo.put(key, *STORED)
    assert memo.get(key) == STORED
