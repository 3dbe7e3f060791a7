"""Structure verdicts are remembered between runs, keyed by both files' identities."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from photodedup.core.config import DEFAULT_THRESHOLD
from photodedup.core.group import structure
from photodedup.core.group.cluster import find_clusters
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
