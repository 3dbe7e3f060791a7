"""The scan pipeline: discover -> cache lookups -> decode misses -> store -> group -> keep.

Contract:

* ``run_scan(options, *, progress=ignore_progress, cancel=None, cache=None) -> ScanResult``.
  Per-file problems end up in ``result.errors``; the scan goes on.  ``cache=None`` opens
  the default cache and closes it at the end; a given cache is left open; with
  ``options.use_cache`` False no cache is read or written.  Cancelling returns a partial
  result (``cancelled=True``, no groups); everything hashed so far is in the cache.
* ``regroup(result, threshold, rules=None, *, remember=False) -> ScanResult``: new
  groups from the photos already hashed (no decoding), e.g. when the GUI's threshold
  slider moves.

Grouping is remembered (:mod:`photodedup.core.store.memo`, next to the hash cache): a
scan of an unchanged library at the same threshold and keeper rules reads its groups
(keepers included) back instead of searching again; any changed, added or removed photo
changes the memo's key.  Scans with ``options.use_cache`` False, and ``regroup`` unless
``remember``, neither read nor write it.  Unchanged folders are read from the hash
cache's folder snapshots (:mod:`photodedup.core.store.folders`), written at the end of a
scan for the folders that had none.

Stats: ``files_found`` = files discovery yielded, ``from_cache`` = of those, results
(hash or cached failure) read from the cache, ``decoded`` = files sent to the decoder,
``errors`` = ``len(result.errors)``.  The decoder pool is not started when nothing misses.

Decoder warnings (damaged EXIF...) are listed in ``errors`` as ``ErrorKind.WARNING`` for
photos that were still hashed (and cached with them, so a warm scan gives the same
result); such photos are passed to the keeper rules as damaged (never auto-keeper).
"""

from __future__ import annotations

import collections
import contextlib
import dataclasses
import gc
import operator
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, NamedTuple

from photodedup.core.config import DEFAULT_KEEP_RULES, ScanOptions
from photodedup.core.discover.shots import separate_shots
from photodedup.core.discover.sidecars import find_sidecars
from photodedup.core.discover.walker import discover_all, folder_of
from photodedup.core.group import keepers as rules
from photodedup.core.progress import (
    STAGE_GROUP,
    STAGE_HASH,
    Cancelled,
    CancelToken,
    Progress,
    ProgressCallback,
    ignore_progress,
    throttled,
)
from photodedup.core.store.folders import Folders, by_folder
from photodedup.core.store.hashes import HashCache
from photodedup.core.types import ErrorKind, Group, Photo, PhotoFile, ScanError, ScanResult

if TYPE_CHECKING:
    from photodedup.core.decode.pool import DecodePool

# Problems that make a hashed photo a worse keeper (e.g. damaged EXIF, orientation ignored).
DAMAGE_KINDS = frozenset({ErrorKind.WARNING, ErrorKind.TRUNCATED})
STORE_BATCH = 256
_PHOTO_PATH = operator.attrgetter("file.path")  # Photo.path without a property call
_FILE_SIZE = operator.attrgetter("identity.size")
STORE_INTERVAL = 2.0  # seconds between cache commits while decoding


def run_scan(
    options: ScanOptions,
    *,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
    cache: HashCache | None = None,
) -> ScanResult:
    """Scan ``options.roots`` (and reference roots) and group near-duplicate photos."""
    started = time.monotonic()
    emit = throttled(progress)
    result = ScanResult(threshold=options.threshold)
    if not options.use_cache:
        cache = None
    owned = cache is None and options.use_cache
    if owned:
        cache = HashCache()
    try:
        _hash_everything(options, result, emit, cancel, cache)
    except Cancelled:
        result.cancelled = True
    finally:
        if owned and cache is not None:
            cache.close()
    result.photos.sort(key=_PHOTO_PATH)
    result.errors.sort(key=lambda e: e.path)
    if not result.cancelled:
        result.sidecars = find_sidecars(result.photos)  # .xmp, .aae... follow their photo
        emit(Progress(STAGE_GROUP, 0, 1))
        result.rotations = options.rotations
        result.groups = _group(
            result, options.threshold, options.keep_rules, remember=options.use_cache
        )
        emit(Progress(STAGE_GROUP, 1, 1))
    result.stats.errors = len(result.errors)
    result.stats.seconds = time.monotonic() - started
    return result


def regroup(
    result: ScanResult,
    threshold: int,
    rules: Sequence[str] | None = None,
    *,
    remember: bool = False,
    rotations: bool | None = None,
) -> ScanResult:
    """A copy of ``result`` grouped with another threshold or keeper rules (no decoding).

    The copy shares ``photos`` and ``errors`` (the same list objects) with ``result``;
    ``remember`` reads and writes the group memo; ``rotations`` (default: as the scan)
    also looks for mirrored and turned copies.
    """
    keep_rules = tuple(rules) if rules is not None else DEFAULT_KEEP_RULES
    turned = result.rotations if rotations is None else rotations
    source = dataclasses.replace(result, rotations=turned)
    groups = _group(source, threshold, keep_rules, remember=remember)
    return dataclasses.replace(
        source, groups=groups, threshold=threshold, stats=dataclasses.replace(result.stats)
    )


def _group(
    result: ScanResult, threshold: int, keep_rules: Sequence[str], *, remember: bool
) -> list[Group]:
    """Cluster the photos and pick keepers; photos with problems are never auto-keepers.

    With ``remember``, groups come from the group memo when nothing they depend on changed
    (the clustering modules, numpy and numba, are then not even imported).
    """
    damaged = {e.path for e in result.errors if e.kind in DAMAGE_KINDS}
    if not result.photos:
        return []
    if not remember:
        return _grouped(result, threshold, keep_rules, damaged, remember=False)
    from photodedup.core.store.memo import GroupMemo, memo_key

    key = memo_key(result.photos, threshold, keep_rules, damaged, rotations=result.rotations)
    memo = GroupMemo()
    try:
        groups = memo.get(key)
        if groups is None:
            groups = _grouped(result, threshold, keep_rules, damaged, remember=True)
            memo.put(key, groups)
        return groups
    finally:
        memo.close()


def _grouped(
    result: ScanResult,
    threshold: int,
    keep_rules: Sequence[str],
    damaged: set[str],
    *,
    remember: bool,
) -> list[Group]:
    """Groups with keepers; ``remember``: structure verdicts read and kept in the store."""
    from photodedup.core.group.cluster import find_clusters
    from photodedup.core.store.verdicts import VerdictStore

    photos, thumbs = result.photos, result.structure_thumbs
    store = VerdictStore() if remember else None
    try:
        clusters = find_clusters(
            photos, threshold, rotations=result.rotations, store=store, thumbs=thumbs
        )
    finally:
        if store is not None:
            store.close()
    clusters = separate_shots(photos, clusters, keep_rules, damaged)  # RAW+JPEG: one shot
    return rules.choose_keepers(photos, clusters, keep_rules, damaged=damaged, thumbs=thumbs)


def discover(
    options: ScanOptions,
    errors: list[ScanError],
    progress: ProgressCallback,
    cancel: CancelToken | None,
) -> Iterable[PhotoFile]:
    """The scan's candidate files (``discover.discover_all``; tests replace this seam)."""
    return discover_all(options, errors, progress, cancel)


def _hash_everything(
    options: ScanOptions,
    result: ScanResult,
    emit: ProgressCallback,
    cancel: CancelToken | None,
    cache: HashCache | None,
) -> None:
    pool = _early_pool(options, cache)
    try:
        with _gc_paused():  # ~5 small objects per file: the cyclic GC would rescan them often
            found = discover(options, result.errors, emit, cancel)
            files = found if isinstance(found, list) else list(found)
            result.stats.files_found = len(files)
            if cache is not None:
                folders = getattr(files, "folders", None)  # discover_all's FileList has them
                photos, cached_errors, misses, unsaved = cache.lookup_library(files, folders)
            else:
                photos, cached_errors, misses, unsaved = [], [], files, []
        shared = _shared_sizes(files)  # only these can be byte-identical to another file
        before = len(misses)
        photos, cached_errors, misses = _rehash_keyless(photos, cached_errors, misses, shared)
        if len(misses) > before:  # cached photos decoded again: their folders change too
            unsaved = _with_folders_of(misses[before:], unsaved, files)
        result.photos.extend(photos)
        result.errors.extend(cached_errors)  # cached failures and warnings of cached photos
        result.stats.from_cache = len(files) - len(misses)
        emit(Progress(STAGE_HASH, result.stats.from_cache, len(files)))
        if misses:
            work = _Work(pool, lambda file: file.identity.size in shared)
            writer = _CacheWriter(cache)
            _decode_misses(misses, options, result, emit, cancel=cancel, writer=writer, work=work)
        if cache is not None and unsaved:
            troubled = {e.path for e in result.errors}
            cache.store_folders(unsaved, result.photos, troubled)
    finally:
        if pool is not None:
            pool.close()
    if cancel is not None:  # the pool stops quietly when cancelled
        cancel.raise_if_cancelled()


class _Work(NamedTuple):
    """How misses are decoded: a started pool (or None: start one) and which files get a
    content key."""

    pool: DecodePool | None
    hash_content: Callable[[PhotoFile], bool] | None


_NO_WORK = _Work(None, None)


def _early_pool(options: ScanOptions, cache: HashCache | None) -> DecodePool | None:
    """Decoders started now when nothing can come from the cache, so that their start-up
    (~0.3-0.5 s each) overlaps discovery; None otherwise (a warm rescan starts none)."""
    if cache is not None and not cache.is_empty():
        return None
    from photodedup.core.decode.pool import DecodePool

    pool = DecodePool(options)
    pool.start()
    return pool


def _with_folders_of(
    again: Sequence[PhotoFile], unsaved: Folders, files: Sequence[PhotoFile]
) -> Folders:
    """``unsaved`` plus the folders (runs of ``files``) holding the ``again`` files."""
    changed = {folder for folder, _ in unsaved} | set(map(folder_of, again))
    return [(folder, group) for folder, group in by_folder(files) if folder in changed]


def _shared_sizes(files: Sequence[PhotoFile]) -> set[int]:
    """Sizes that more than one of ``files`` has: only files of these sizes can be
    byte-identical to another file and need a content key (a camera library has almost
    none, which spares hashing every byte, ~10 % of a 12-MP photo's decoding work)."""
    counts = collections.Counter(map(_FILE_SIZE, files))  # counted in C
    return {size for size, count in counts.items() if count > 1}


def _rehash_keyless(
    photos: list[Photo],
    errors: list[ScanError],
    misses: list[PhotoFile],
    shared: set[int],
) -> tuple[list[Photo], list[ScanError], list[PhotoFile]]:
    """Cached photos stored without a content key (their size was unique then) whose size
    another file now has are decoded again, so byte-identical copies stay exact."""
    stale = {p.file.path for p in photos if p.file.identity.size in shared and not p.content_key}
    if not stale:
        return photos, errors, misses
    again = [p.file for p in photos if p.path in stale]
    kept = [p for p in photos if p.path not in stale]
    notes = [e for e in errors if e.path not in stale or e.kind is not ErrorKind.WARNING]
    return kept, notes, [*misses, *again]


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector (bulk building of acyclic records), then restore.

    Building 100,000 files' records otherwise triggers many collections that each walk
    every object made so far: about a quarter of the warm-scan time at that size.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _decode_misses(
    misses: Sequence[PhotoFile],
    options: ScanOptions,
    result: ScanResult,
    emit: ProgressCallback,
    *,
    cancel: CancelToken | None,
    writer: _CacheWriter,
    work: _Work = _NO_WORK,
) -> None:
    """Decode the files the cache did not know, storing results in batches as they come."""
    by_path = {f.path: f for f in misses}
    total = result.stats.files_found
    try:
        for item, notes in _decode(misses, options, cancel, work, result.structure_thumbs):
            result.stats.decoded += 1
            if isinstance(item, Photo):
                result.photos.append(item)
                result.errors.extend(ScanError(item.path, ErrorKind.WARNING, n) for n in notes)
                writer.add_photo(item, notes)
            else:
                result.errors.append(item)
                writer.add_error(by_path.get(item.path), item)
            done = result.stats.from_cache + result.stats.decoded
            emit(Progress(STAGE_HASH, done, total, item.path))
            if cancel is not None:
                cancel.raise_if_cancelled()
    finally:
        writer.flush()


class _CacheWriter:
    """Batches cache writes from the (single) pipeline thread."""

    def __init__(self, cache: HashCache | None) -> None:
        self.cache = cache
        self.photos: list[Photo] = []
        self.notes: dict[str, list[str]] = {}
        self.errors: list[tuple[PhotoFile, ScanError]] = []
        self.last_flush = time.monotonic()

    def add_photo(self, photo: Photo, notes: list[str]) -> None:
        self.photos.append(photo)
        if notes:
            self.notes[photo.path] = notes
        self._maybe_flush()

    def add_error(self, file: PhotoFile | None, error: ScanError) -> None:
        if file is not None:
            self.errors.append((file, error))
            self._maybe_flush()

    def _maybe_flush(self) -> None:
        pending = len(self.photos) + len(self.errors)
        if pending >= STORE_BATCH or time.monotonic() - self.last_flush >= STORE_INTERVAL:
            self.flush()

    def flush(self) -> None:
        if self.cache is not None:
            self.cache.store_many(self.photos, self.notes)
            self.cache.store_errors(self.errors)
        self.photos, self.errors, self.notes = [], [], {}
        self.last_flush = time.monotonic()


def _decode(
    files: Sequence[PhotoFile],
    options: ScanOptions,
    cancel: CancelToken | None,
    work: _Work = _NO_WORK,
    thumbs: dict[str, bytes] | None = None,
) -> Iterator[tuple[Photo | ScanError, list[str]]]:
    """Decode and fingerprint ``files`` in the isolated worker pool, completion order.

    Uses ``work.pool`` if given (the caller closes it), else a pool of its own.  Yields
    each result with the decoder's warnings for that file (e.g. damaged EXIF).
    """
    from photodedup.core.decode.pool import DecodePool  # imported only when something misses

    pending: dict[str, list[str]] = {}
    with contextlib.ExitStack() as stack:
        pool = work.pool or stack.enter_context(DecodePool(options))
        seen = 0
        for item in pool.process(files, cancel, hash_content=work.hash_content):
            for warning in pool.warnings[seen:]:  # reported no later than their file
                pending.setdefault(warning.path, []).append(warning.message)
            seen = len(pool.warnings)
            yield item, pending.pop(item.path, [])
        if thumbs is not None:  # the decoders' structure thumbnails, for grouping
            thumbs.update(pool.structure_thumbs)
