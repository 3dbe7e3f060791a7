"""Structure verdicts are remembered between runs, keyed by both files' identities."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from photodedup.core.config import DEFAULT_THRESHOLD
from photodedup.core.group import structure
from photodedup.core.group.cluster import find_clusters
from photodedup.core.store import verdicts
from photodedup.core.store.verdicts import VerdictStore
from tests.core.group.test_accuracy_classes import on_black, real, scan


@pytest.fixture
def decodes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Paths the structure check decodes (the real decoder still runs)."""
    seen: list[str] = []
    original = structure._grey_small

    def counted(path: str) -> object:
        seen.append(path)
        return original(path)

    monkeypatch.setattr(structure, "_grey_small", counted)
    return seen


def test_a_rescan_reuses_verdicts_and_a_changed_file_is_checked_again(
    tmp_path: Path, decodes: list[str]
) -> None:
    face = on_black(real("astronaut").crop((180, 60, 330, 210)), 40)
    photos = scan(tmp_path, {"face": face, "half": face.reduce(2), "q": face})
    store = VerdictStore(tmp_path / "verdicts.sqlite3")
    first = find_clusters(photos, DEFAULT_THRESHOLD, store=store)
    assert decodes  # small subjects on black need the structure check
    decodes.clear()
    assert find_clusters(photos, DEFAULT_THRESHOLD, store=store) == first
    assert decodes == []  # every verdict came from the store

    half = tmp_path / "half.jpg"
    os.utime(half, ns=(1_000_000_000, 1_000_000_000))  # another identity: a miss
    photos = scan(tmp_path, {"face": face, "half": face.reduce(2), "q": face})
    find_clusters(photos, DEFAULT_THRESHOLD, store=store)
    assert str(half) in decodes


def test_a_damaged_store_is_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "verdicts.sqlite3"
    path.write_bytes(b"not a database" * 100)
    store = VerdictStore(path)
    store.put_many({b"k" * 16: (3, 0.9, 40)})
    assert store.get_many([b"k" * 16]) == {b"k" * 16: (3, 0.9, 40)}
    store.close()


def _rows(path: Path) -> list[tuple[bytes, int]]:
    with sqlite3.connect(path) as db:
        return sorted(db.execute("SELECT key, version FROM verdicts"))


def test_an_update_that_bumps_the_version_drops_the_old_verdicts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Old verdicts can never be hit again (the version is in their key); without this they
    stayed for ever, one whole library's worth per version."""
    path = tmp_path / "verdicts.sqlite3"
    store = VerdictStore(path)
    store.put_many({b"a" * 16: (3, 0.9, 40), b"b" * 16: (64, 0.5, 2)})
    store.close()
    current = verdicts.STRUCTURE_VERSION
    assert _rows(path) == [(b"a" * 16, current), (b"b" * 16, current)]
    store = VerdictStore(path)
    assert store.get_many([b"a" * 16]) == {b"a" * 16: (3, 0.9, 40)}  # same version: kept
    store.close()
    monkeypatch.setattr(verdicts, "STRUCTURE_VERSION", current + 1)
    store = VerdictStore(path)
    assert store.get_many([b"a" * 16]) == {}
    store.put_many({b"c" * 16: (0, 1.0, 90)})
    store.close()
    assert _rows(path) == [(b"c" * 16, current + 1)]


def test_a_store_from_before_the_version_column_keeps_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "verdicts.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute(
            "CREATE TABLE verdicts (key BLOB PRIMARY KEY, distance INTEGER, overlap REAL, "
            "inliers INTEGER) WITHOUT ROWID"
        )
        db.execute("INSERT INTO verdicts VALUES (?, 5, 0.8, 30)", (b"k" * 16,))
    db.close()
    store = VerdictStore(path)
    assert store.get_many([b"k" * 16]) == {b"k" * 16: (5, 0.8, 30)}
    store.put_many({b"m" * 16: (1, 1.0, 50)})
    store.close()
    assert _rows(path) == [
        (b"k" * 16, verdicts.STRUCTURE_VERSION),
        (b"m" * 16, verdicts.STRUCTURE_VERSION),
    ]
