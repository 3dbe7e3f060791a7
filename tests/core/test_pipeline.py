"""run_scan / regroup end to end on a Pillow-made photo folder.

One cold scan per module (``scanned``) feeds most tests: spawning decoder workers is the
slow part on a loaded machine.  Tests use one worker.
"""

from __future__ import annotations

import gc
import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from photodedup.core import paths, pipeline
from photodedup.core.config import ScanOptions
from photodedup.core.decode.pool import DecodePool
from photodedup.core.progress import STAGE_HASH, CancelToken, Progress
from photodedup.core.store.hashes import HashCache
from photodedup.core.types import Action, ErrorKind, ScanResult
from tests.photos import Library, build_library, save_jpeg, textured_image


@dataclass
class Scanned:
    library: Library
    cache_path: Path
    result: ScanResult
    before: dict[str, tuple[int, int]]

    def options(self, **kw: Any) -> ScanOptions:
        return ScanOptions(roots=(str(self.library.root),), workers=1, **kw)


def _snapshot(root: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p): (p.stat().st_size, p.stat().st_mtime_ns) for p in root.rglob("*") if p.is_file()
    }


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> Scanned:
    base = tmp_path_factory.mktemp("pipeline")
    library = build_library(base / "photos")
    before = _snapshot(library.root)
    cache_path = base / "cache.sqlite3"
    options = ScanOptions(roots=(str(library.root),), workers=1)
    with HashCache(cache_path) as cache:
        result = pipeline.run_scan(options, cache=cache)
    return Scanned(library, cache_path, result, before)


@pytest.fixture
def warm_cache(scanned: Scanned, tmp_path: Path) -> Iterator[HashCache]:
    """A private copy of the module's filled cache."""
    path = tmp_path / "warm.sqlite3"
    shutil.copyfile(scanned.cache_path, path)
    with HashCache(path) as cache:
        yield cache


def _groups_as_paths(result: ScanResult) -> list[set[str]]:
    return [{result.photos[m.photo].path for m in g.members} for g in result.groups]


def _no_decoding(*_args: object) -> pipeline.Decoder:
    raise AssertionError("the decoder must not start")


def test_copies_group_with_their_original_and_bad_files_are_errors(scanned: Scanned) -> None:
    library, result = scanned.library, scanned.result
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
    assert result.stats.errors == 3 and not result.cancelled
    assert _snapshot(library.root) == scanned.before  # nothing changed on disk


def test_every_group_has_a_kept_keeper_first_with_a_reason(scanned: Scanned) -> None:
    for group in scanned.result.groups:
        assert group.members[0].action == Action.KEEP
        assert group.members[0].distance == 0
        assert group.reason
        assert len({m.photo for m in group.members}) == len(group.members) >= 2


def test_second_scan_reads_everything_from_cache_without_starting_the_decoder(
    scanned: Scanned, warm_cache: HashCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    second = pipeline.run_scan(scanned.options(), cache=warm_cache, decoders=_no_decoding)
    first = scanned.result
    assert second.stats.from_cache == second.stats.files_found == first.stats.files_found
    assert second.stats.decoded == 0
    assert _groups_as_paths(second) == _groups_as_paths(first)
    assert second.errors == first.errors


def test_reference_root_members_are_never_marked_trash(
    scanned: Scanned, warm_cache: HashCache
) -> None:
    copies = scanned.library.root / "copies"
    result = pipeline.run_scan(scanned.options(reference_roots=(str(copies),)), cache=warm_cache)
    protected = {p.path for p in result.photos if p.file.protected}
    assert protected == {str(c) for cs in scanned.library.copies.values() for c in cs}
    for group in result.groups:
        for member in group.members:
            if result.photos[member.photo].path in protected:
                assert member.action == Action.KEEP


def test_default_cache_is_used_and_closed(
    scanned: Scanned, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths.cache_db_path().parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(scanned.cache_path, paths.cache_db_path())
    assert pipeline.run_scan(scanned.options(), decoders=_no_decoding).stats.from_cache > 0


def test_regroup_changes_threshold_without_decoding(
    scanned: Scanned, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = scanned.result
    monkeypatch.setattr(DecodePool, "__init__", _no_decoding)
    strict = pipeline.regroup(result, 0)
    assert strict.threshold == 0
    assert all(m.distance == 0 for g in strict.groups for m in g.members)
    again = pipeline.regroup(strict, result.threshold)
    assert _groups_as_paths(again) == _groups_as_paths(result)
    assert result.threshold != 0  # the original is untouched
    assert strict.photos is result.photos  # shared: the GUI keeps its per-photo state


def test_cancel_returns_a_partial_result_and_keeps_hashes_in_cache(
    scanned: Scanned, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    token = CancelToken()

    class CancelAfterThree(DecodePool):
        def process(self, *args: Any, **kwargs: Any) -> Iterator[Any]:
            for n, item in enumerate(super().process(*args, **kwargs)):
                if n == 2:
                    token.cancel()
                yield item

    with HashCache(tmp_path / "c.db") as cache:
        partial = pipeline.run_scan(
            scanned.options(), cache=cache, cancel=token, decoders=CancelAfterThree
        )
        assert partial.cancelled
        assert partial.groups == []
        # what the pool had finished when cancelled, at least the three taken before
        assert 3 <= partial.stats.decoded < partial.stats.files_found
        assert len(cache) == len(partial.photos) > 0  # what was hashed is cached


def test_cancel_before_decoding_starts(scanned: Scanned, tmp_path: Path) -> None:
    token = CancelToken()

    def progress(event: Progress) -> None:
        if event.stage == STAGE_HASH:
            token.cancel()

    with HashCache(tmp_path / "c.db") as cache:
        result = pipeline.run_scan(scanned.options(), cache=cache, progress=progress, cancel=token)
    assert result.cancelled
    assert result.photos == [] and result.groups == []
    assert result.stats.files_found > 0


def test_use_cache_false_neither_reads_nor_writes(tmp_path: Path) -> None:
    root = tmp_path / "lib"
    root.mkdir()
    save_jpeg(textured_image(seed=1), root / "a.jpg")
    options = ScanOptions(roots=(str(root),), workers=1, use_cache=False)
    with HashCache(tmp_path / "c.db") as cache:
        result = pipeline.run_scan(options, cache=cache)
        assert len(cache) == 0
    assert (result.stats.from_cache, result.stats.decoded) == (0, 1)
    assert not paths.cache_db_path().exists()


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
    assert (warm.stats.decoded, warm.stats.from_cache, warm.stats.files_found) == (0, 2, 2)
    assert warm.errors == cold.errors


# -- warm rescans: only what changed is decoded again -----------------------------------


def _warm_library(tmp_path: Path) -> tuple[Path, ScanOptions, HashCache]:
    root = tmp_path / "lib"
    root.mkdir()
    for seed in range(3):
        save_jpeg(textured_image(seed=seed), root / f"p{seed}.jpg", quality=85)
    options = ScanOptions(roots=(str(root),), workers=1)
    cache = HashCache(tmp_path / "c.db")
    assert pipeline.run_scan(options, cache=cache).stats.decoded == 3
    return root, options, cache


def test_a_file_modified_after_a_warm_scan_is_decoded_again(tmp_path: Path) -> None:
    root, options, cache = _warm_library(tmp_path)
    with cache:
        warm = pipeline.run_scan(options, cache=cache)
        assert (warm.stats.decoded, warm.stats.from_cache) == (0, 3)
        save_jpeg(textured_image(seed=9), root / "p1.jpg", quality=60)  # new content
        changed = pipeline.run_scan(options, cache=cache)
    assert (changed.stats.decoded, changed.stats.from_cache) == (1, 2)
    fingerprints = {p.path: p.fingerprint for p in changed.photos}
    old = {p.path: p.fingerprint for p in warm.photos}
    assert fingerprints[str(root / "p1.jpg")] != old[str(root / "p1.jpg")]
    assert fingerprints[str(root / "p0.jpg")] == old[str(root / "p0.jpg")]


def test_same_size_new_mtime_is_decoded_again_and_a_vanished_file_is_dropped(
    tmp_path: Path,
) -> None:
    root, options, cache = _warm_library(tmp_path)
    target = root / "p0.jpg"
    st = target.stat()
    target.write_bytes(target.read_bytes())  # same size and bytes, new mtime/ctime
    os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    (root / "p2.jpg").unlink()
    with cache:
        result = pipeline.run_scan(options, cache=cache)
    assert (result.stats.files_found, result.stats.decoded, result.stats.from_cache) == (2, 1, 1)
    assert [p.path for p in result.photos] == [str(target), str(root / "p1.jpg")]
    assert result.errors == []


def test_warm_scan_restores_the_garbage_collector(tmp_path: Path) -> None:
    _root, options, cache = _warm_library(tmp_path)
    with cache:
        assert gc.isenabled()
        pipeline.run_scan(options, cache=cache)
        assert gc.isenabled()
        gc.disable()
        try:
            pipeline.run_scan(options, cache=cache)
            assert not gc.isenabled()  # left as the caller had it
        finally:
            gc.enable()


def test_an_unchanged_library_reads_its_groups_back_and_a_change_regroups(
    scanned: Scanned, warm_cache: HashCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    from photodedup.core.group import cluster

    first = pipeline.run_scan(scanned.options(), cache=warm_cache)  # fills the memo
    calls: list[int] = []
    real = cluster.find_clusters

    def counted(photos: Any, threshold: int, **kw: Any) -> Any:
        calls.append(threshold)
        return real(photos, threshold, **kw)

    monkeypatch.setattr(cluster, "find_clusters", counted)
    again = pipeline.run_scan(scanned.options(), cache=warm_cache)
    assert calls == []  # answered from the memo
    assert _groups_as_paths(again) == _groups_as_paths(first)
    assert [g.members for g in again.groups] == [g.members for g in first.groups]  # distances
    other = pipeline.run_scan(scanned.options(threshold=first.threshold - 2), cache=warm_cache)
    assert calls == [first.threshold - 2]  # another threshold: grouped
    regrouped = pipeline.regroup(other, first.threshold)
    assert calls == [first.threshold - 2, first.threshold]  # regroup remembers only if asked
    assert _groups_as_paths(regrouped) == _groups_as_paths(first)
    pipeline.regroup(other, first.threshold, remember=True)
    assert len(calls) == 2


def test_a_changed_photo_is_never_grouped_from_a_stale_memo(tmp_path: Path) -> None:
    root, options, cache = _warm_library(tmp_path)
    with cache:
        before = pipeline.run_scan(options, cache=cache)
        save_jpeg(textured_image(seed=0), root / "p2.jpg", quality=70)  # now a copy of p0
        after = pipeline.run_scan(options, cache=cache)
    assert len(after.groups) == len(before.groups) + 1


def test_only_files_sharing_a_size_get_a_content_key_and_a_later_copy_still_groups(
    tmp_path: Path,
) -> None:
    from PIL import Image

    root = tmp_path / "lib"
    root.mkdir()
    Image.new("RGB", (64, 48), (0, 0, 0)).save(root / "black.png")  # matches only exactly
    save_jpeg(textured_image(seed=1), root / "photo.jpg", quality=85)
    options = ScanOptions(roots=(str(root),), workers=1)
    with HashCache(tmp_path / "c.db") as cache:
        first = pipeline.run_scan(options, cache=cache)
        assert [p.content_key for p in first.photos] == ["", ""]  # unique sizes: no hashing
        shutil.copyfile(root / "black.png", root / "black copy.png")
        second = pipeline.run_scan(options, cache=cache)
        third = pipeline.run_scan(options, cache=cache)  # the folder's new snapshot
    assert (third.stats.decoded, third.photos, third.groups) == (0, second.photos, second.groups)
    assert second.stats.decoded == 2  # the copy, and the cached original (now needs a key)
    assert _groups_as_paths(second) == [{str(root / "black.png"), str(root / "black copy.png")}]
    assert second.groups[0].kind.value == "exact"
