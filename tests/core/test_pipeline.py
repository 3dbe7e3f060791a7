"""run_scan / regroup end to end on a Pillow-made photo folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from photodedup.core import pipeline
from photodedup.core.cache import HashCache
from photodedup.core.config import ScanOptions
from photodedup.core.progress import STAGE_HASH, CancelToken, Progress
from photodedup.core.types import Action, ErrorKind, ScanResult
from tests.photos import Library, build_library, save_jpeg, textured_image


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    return build_library(tmp_path_factory.mktemp("lib") / "photos")


def _groups_as_paths(result: ScanResult) -> list[set[str]]:
    return [{result.photos[m.photo].path for m in g.members} for g in result.groups]


def _snapshot(root: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p): (p.stat().st_size, p.stat().st_mtime_ns) for p in root.rglob("*") if p.is_file()
    }


def test_copies_group_with_their_original_and_bad_files_are_errors(
    library: Library, tmp_path: Path
) -> None:
    before = _snapshot(library.root)
    with HashCache(tmp_path / "c.db") as cache:
        result = pipeline.run_scan(ScanOptions(roots=(str(library.root),)), cache=cache)
    groups = _groups_as_paths(result)
    assert sorted(groups, key=sorted) == sorted(
        (library.group_of(o) for o in library.originals), key=sorted
    )
    assert {e.path for e in result.errors} == {str(p) for p in library.bad}
    kinds = {Path(e.path).name: e.kind for e in result.errors}
    assert kinds["empty.jpg"] == ErrorKind.EMPTY
    assert kinds["truncated.jpg"] == ErrorKind.TRUNCATED
    assert result.stats.files_found == len(library.good_files) + 2  # truncated + text
    assert result.stats.decoded == result.stats.files_found
    assert _snapshot(library.root) == before


def test_every_group_has_a_kept_keeper_first_with_a_reason(
    library: Library, tmp_path: Path
) -> None:
    with HashCache(tmp_path / "c.db") as cache:
        result = pipeline.run_scan(ScanOptions(roots=(str(library.root),)), cache=cache)
    for group in result.groups:
        assert group.members[0].action == Action.KEEP
        assert group.members[0].distance == 0
        assert group.reason
        assert len({m.photo for m in group.members}) == len(group.members) >= 2


def test_reference_root_members_are_never_marked_trash(library: Library, tmp_path: Path) -> None:
    options = ScanOptions(
        roots=(str(library.root),), reference_roots=(str(library.root / "copies"),)
    )
    with HashCache(tmp_path / "c.db") as cache:
        result = pipeline.run_scan(options, cache=cache)
    protected = {p.path for p in result.photos if p.file.protected}
    assert protected == {str(c) for cs in library.copies.values() for c in cs}
    for group in result.groups:
        for member in group.members:
            if result.photos[member.photo].path in protected:
                assert member.action == Action.KEEP


def test_second_scan_reads_everything_from_cache_without_starting_the_decoder(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    options = ScanOptions(roots=(str(library.root),))
    with HashCache(tmp_path / "c.db") as cache:
        first = pipeline.run_scan(options, cache=cache)

        def no_decoding(*_args: object) -> None:
            raise AssertionError("the decoder must not start on a warm rescan")

        monkeypatch.setattr(pipeline, "_decode", no_decoding)
        second = pipeline.run_scan(options, cache=cache)
    assert first.stats.decoded == first.stats.files_found
    assert second.stats.from_cache == second.stats.files_found == first.stats.files_found
    assert second.stats.decoded == 0
    assert _groups_as_paths(second) == _groups_as_paths(first)
    assert {e.path for e in second.errors} == {e.path for e in first.errors}


def test_default_cache_is_used_and_closed(library: Library) -> None:
    options = ScanOptions(roots=(str(library.root),))
    pipeline.run_scan(options)
    assert pipeline.run_scan(options).stats.decoded == 0


def test_regroup_changes_threshold_without_decoding(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with HashCache(tmp_path / "c.db") as cache:
        result = pipeline.run_scan(ScanOptions(roots=(str(library.root),)), cache=cache)
    monkeypatch.setattr(pipeline, "_decode", None)
    loose = pipeline.regroup(result, 64)
    assert loose.threshold == 64
    assert len(loose.groups) == 1  # everything is within 64 bits
    assert len(loose.groups[0].members) == len(result.photos)
    again = pipeline.regroup(loose, result.threshold)
    assert _groups_as_paths(again) == _groups_as_paths(result)
    assert result.threshold != 64  # the original is untouched


def test_cancel_returns_a_partial_result_and_keeps_hashes_in_cache(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    token = CancelToken()
    real_decode = pipeline._decode

    def decode_then_cancel(*args: Any) -> Iterator[Any]:
        for n, item in enumerate(real_decode(*args)):
            if n == 2:
                token.cancel()
            yield item

    monkeypatch.setattr(pipeline, "_decode", decode_then_cancel)
    options = ScanOptions(roots=(str(library.root),))
    with HashCache(tmp_path / "c.db") as cache:
        partial = pipeline.run_scan(options, cache=cache, cancel=token)
        assert partial.cancelled
        assert partial.groups == []
        assert partial.stats.decoded == 3 < partial.stats.files_found
        monkeypatch.setattr(pipeline, "_decode", real_decode)
        full = pipeline.run_scan(options, cache=cache)
    assert not full.cancelled
    assert full.stats.from_cache == 3
    assert full.stats.decoded == full.stats.files_found - 3


def test_progress_is_throttled_but_keeps_stage_changes_and_final_events() -> None:
    events: list[Progress] = []
    emit = pipeline.throttled(events.append, interval=60.0)
    for n in range(1000):
        emit(Progress(STAGE_HASH, n, 1000))
    emit(Progress(STAGE_HASH, 1000, 1000))
    emit(Progress("group", 0, 1))
    assert [(e.stage, e.done) for e in events] == [
        (STAGE_HASH, 0),
        (STAGE_HASH, 1000),
        ("group", 0),
    ]


def test_scan_without_cache(library: Library) -> None:
    result = pipeline.run_scan(ScanOptions(roots=(str(library.root),), use_cache=False))
    assert result.stats.from_cache == 0
    assert len(result.groups) == len(library.originals)


def test_photo_with_damaged_exif_is_listed_and_never_keeper_also_when_cached(
    tmp_path: Path,
) -> None:
    root = tmp_path / "lib"
    root.mkdir()
    img = textured_image(seed=7)
    save_jpeg(img, root / "good.jpg", quality=80)
    damaged = save_jpeg(img, root / "damaged.jpg", quality=100, orientation=9)  # bigger file
    options = ScanOptions(roots=(str(root),), workers=1)
    with HashCache(tmp_path / "c.db") as cache:
        cold = pipeline.run_scan(options, cache=cache)
        warm = pipeline.run_scan(options, cache=cache)
    for result in (cold, warm):
        assert [(e.path, e.kind) for e in result.errors] == [(str(damaged), ErrorKind.WARNING)]
        (group,) = result.groups
        assert result.photos[group.keeper].path == str(root / "good.jpg")
    assert warm.stats.decoded == 0
    assert warm.errors == cold.errors
