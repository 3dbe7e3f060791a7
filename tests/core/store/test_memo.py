"""Remembered groupings: served only for identical inputs, never failing a scan."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from photodedup.core.messages import Message, Size
from photodedup.core.store.memo import KEEP, GroupMemo, memo_key
from photodedup.core.types import (
    Action,
    FileIdentity,
    Group,
    GroupKind,
    ImageInfo,
    Member,
    Photo,
    PhotoFile,
)

RULES = ("undamaged", "pixels")


def _photo(n: int, content_key: str = "", protected: bool = False, mtime: int = 7) -> Photo:
    file = PhotoFile(f"/lib/p{n}.jpg", FileIdentity(1, n, 100 + n, mtime, 9), "/lib", protected)
    return Photo(file, ImageInfo(64, 48, "JPEG"), bytes([n]) * 276, content_key)


PHOTOS = [_photo(0), _photo(1, "abc"), _photo(2, "abc"), _photo(3)]
GROUPS = [
    Group(0, GroupKind.EXACT, (Member(1, 0, Action.KEEP), Member(2, 0, Action.TRASH)), "x"),
    Group(
        1,
        GroupKind.SIMILAR,
        (Member(0, 0, Action.KEEP), Member(3, 4, Action.KEEP), Member(5, 7, Action.TRASH)),
        Message("most pixels ({width}×{height})", width=64, height=48),
    ),
]


def test_the_key_changes_with_any_input() -> None:
    base = memo_key(PHOTOS, 16, RULES)
    assert memo_key(list(PHOTOS), 16, list(RULES)) == base
    assert memo_key(PHOTOS, 17, RULES) != base
    assert memo_key(PHOTOS, 16, RULES[::-1]) != base  # keeper rules
    assert memo_key(PHOTOS, 16, RULES, damaged={"/lib/p3.jpg"}) != base
    assert memo_key([PHOTOS[1], PHOTOS[0], *PHOTOS[2:]], 16, RULES) != base  # positions
    assert memo_key([*PHOTOS[:3], _photo(3, mtime=8)], 16, RULES) != base  # file changed
    assert memo_key([*PHOTOS[:3], _photo(3, protected=True)], 16, RULES) != base
    assert memo_key([*PHOTOS[:3], _photo(3, "abd")], 16, RULES) != base
    assert memo_key(PHOTOS[:3], 16, RULES) != base
    moved = PHOTOS[3]._replace(file=PHOTOS[3].file._replace(path="/lib/q3.jpg"))
    assert memo_key([*PHOTOS[:3], moved], 16, RULES) != base
    huge = PHOTOS[3].file.identity._replace(ino=2**64 - 1)  # beyond signed 64 bits
    big_ino = PHOTOS[3]._replace(file=PHOTOS[3].file._replace(identity=huge))
    assert memo_key([*PHOTOS[:3], big_ino], 16, RULES) != base
    odd = PHOTOS[3]._replace(file=PHOTOS[3].file._replace(path="/lib/\udcff.jpg"))
    assert memo_key([*PHOTOS[:3], odd], 16, RULES) != base  # undecodable bytes: no error


def test_stored_groups_come_back_across_instances(tmp_path: Path) -> None:
    memo = GroupMemo(tmp_path / "groups.sqlite3")
    key = memo_key(PHOTOS, 16, RULES)
    assert memo.get(key) is None
    memo.put(key, GROUPS)
    memo.close()
    back = GroupMemo(tmp_path / "groups.sqlite3").get(key)
    assert back == GROUPS
    assert back is not None and type(back[1].members[2]) is Member
    assert back[1].members[2].action is Action.TRASH


def test_a_keeper_reason_comes_back_translatable(tmp_path: Path) -> None:
    """The memo keeps a reason's template and arguments (a Size stays a size), so a
    remembered grouping's reasons are translated like a fresh one's."""
    reason = Message("largest file ({size})", size=Size(2_500_000))
    groups = [Group(0, GroupKind.EXACT, GROUPS[0].members, reason)]
    key = memo_key(PHOTOS, 16, RULES)
    memo = GroupMemo(tmp_path / "groups.sqlite3")
    memo.put(key, groups)
    back = memo.get(key)
    assert back is not None and back[0].reason == "largest file (2.5 MB)"
    assert isinstance(back[0].reason, Message) and back[0].reason.template == reason.template
    assert type(back[0].reason.args["size"]) is Size
    assert GroupMemo(tmp_path / "groups.sqlite3").get(key) == groups


def test_only_the_newest_groupings_are_kept(tmp_path: Path) -> None:
    memo = GroupMemo(tmp_path / "groups.sqlite3")
    keys = [memo_key(PHOTOS, t, RULES) for t in range(KEEP + 3)]
    for key in keys:
        memo.put(key, GROUPS)
    assert [memo.get(k) is not None for k in keys] == [False] * 3 + [True] * KEEP


def test_a_corrupt_memo_is_rebuilt_and_a_broken_one_is_a_miss(tmp_path: Path) -> None:
    path = tmp_path / "groups.sqlite3"
    path.write_bytes(b"not a database at all" * 100)
    memo = GroupMemo(path)
    key = memo_key(PHOTOS, 16, RULES)
    assert memo.get(key) is None
    memo.put(key, GROUPS)
    assert memo.get(key) == GROUPS
    blocked = GroupMemo(tmp_path / "a-file" / "groups.sqlite3")
    (tmp_path / "a-file").write_text("x")  # its folder is a file: cannot open
    assert blocked.get(key) is None
    blocked.put(key, GROUPS)  # no exception
    assert blocked.get(key) is None


def test_a_damaged_entry_is_a_miss_and_is_replaced(tmp_path: Path) -> None:
    import marshal
    import zlib

    memo = GroupMemo(tmp_path / "groups.sqlite3")
    key = memo_key(PHOTOS, 16, RULES)
    memo.put(key, GROUPS)
    memo.close()
    damaged = [
        b"garbage",
        zlib.compress(b"garbage"),
        zlib.compress(marshal.dumps([("similar", "r", (1, 2), (0,), ("keep", "trash"))])),
        zlib.compress(marshal.dumps([("nosuchkind", "r", (1,), (0,), ("keep",))])),
        zlib.compress(marshal.dumps([("similar", "r", (), (), ())])),
        zlib.compress(marshal.dumps(7)),
    ]
    for blob in damaged:
        with sqlite3.connect(tmp_path / "groups.sqlite3") as db:
            db.execute("UPDATE groupings SET clusters = ?", (blob,))
        db.close()
        assert memo.get(key) is None, blob
    memo.put(key, GROUPS)
    assert memo.get(key) == GROUPS


def test_identities_are_keyed_as_one_record_each() -> None:
    """Packing the identities in one call gives the bytes packed one record at a time
    (keys remembered before stay valid): unsigned dev/ino up to 2**64, negative mtimes."""
    import random
    import struct

    from photodedup.core.store import memo

    rng = random.Random(5)
    ids = [
        (
            rng.randrange(2**64),
            rng.randrange(2**64),
            *(rng.randrange(-(2**63), 2**63) for _ in "smc"),
        )
        for _ in range(memo._CHUNK * 2 + 3)
    ]
    one_each = b"".join(struct.pack("<QQqqq", *i) for i in ids)
    assert memo._packed_identities(ids) == one_each
    assert memo._packed_identities([]) == b""


def test_joined_texts_are_hashed_as_one_string_across_chunks() -> None:
    import hashlib

    from photodedup.core.store import memo

    for count in (0, 1, memo._CHUNK, memo._CHUNK * 2 + 3):
        texts = [f"/lib/{n}/\udcff{'é' * (n % 3)}.jpg" if n % 7 else "" for n in range(count)]
        whole = hashlib.sha256("\0".join(texts).encode(errors="surrogateescape")).digest()
        fed = hashlib.sha256()
        memo._update_joined(fed, texts)
        assert fed.digest() == whole
