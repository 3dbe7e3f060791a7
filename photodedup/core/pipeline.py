"""The scan pipeline: a list of stages over one :class:`Scan`.

    discover -> look up (hash cache) -> decode misses (and store) -> save folder snapshots
    -> forget gone files' rows -> group (index, verify, cluster) -> choose keepers

Contract:

* ``run_scan(options, *, progress, cancel, cache, memo, verdicts, decoders, discover)
  -> ScanResult``.  Every part is injected and has a default: ``cache=None`` opens the
  default hash cache (closed at the end; a given one is left open; with
  ``options.use_cache`` False none is read or written); ``memo``/``verdicts`` likewise
  (opened only when grouping); ``decoders`` makes the decoder (default: the local process
  pool, :class:`~photodedup.core.decode.pool.DecodePool`; any :class:`Decoder` will do,
  e.g. a cluster); ``discover`` lists the files (default:
  :func:`~photodedup.core.discover.walker.discover_all`).  Per-file problems end up in
  ``result.errors``; the scan goes on.  Cancelling returns a partial result
  (``cancelled=True``, no groups); everything hashed so far is in the cache.
* ``regroup(result, threshold, rules=None, *, remember=False) -> ScanResult``: new
  groups from the photos already hashed (no decoding), e.g. when the GUI's threshold
  slider moves.
* Both keep apart the photos of the "not a duplicate" list (``ignored``, default: the
  user's; :mod:`photodedup.core.store.ignored`, :mod:`photodedup.core.group.apart`).

Grouping is remembered (:mod:`photodedup.core.store.memo`, next to the hash cache): a
scan of an unchanged library at the same threshold and keeper rules reads its groups
(keepers included) back instead of searching again; any changed, added or removed photo
changes the memo's key.  Scans with ``options.use_cache`` False, and ``regroup`` unless
``remember``, neither read nor write it.  Unchanged folders are read from the hash
cache's folder snapshots (:mod:`photodedup.core.store.folders`), written at the end of a
scan for the folders that had none.

The decoder has one owner, the :class:`Scan`: started early when nothing can come from
the cache (its start-up overlaps discovery), on demand otherwise, never when nothing
misses, and closed at the end.

Stats: ``files_found`` = files discovery yielded, ``from_cache`` = of those, results
(hash or cached failure) read from the cache, ``decoded`` = files sent to the decoder,
``errors`` = ``len(result.errors)``.

Progress is reported for every file decoded (discovery: every 200 files); whoever shows
it decides how often (:func:`photodedup.core.progress.throttled`: the GUI's workers, the
CLI's progress line).

Decoder warnings (damaged EXIF...) are listed in ``errors`` as ``ErrorKind.WARNING`` for
photos that were still hashed (and cached with them, so a warm scan gives the same
result); such photos are passed to the keeper rules as damaged (never auto-keeper).
"""

from __future__ import annotations

import collections
import contextlib
import dataclasses
import gc
import itertools
import operator
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Protocol

from photodedup.core.config import DEFAULT_KEEP_RULES, ScanOptions
from photodedup.core.discover.sidecars import find_sidecars
from photodedup.core.discover.walker import discover_all, folder_of
from photodedup.core.group.result import Memory, groups_of
from photodedup.core.group.result import prepare as prepare_grouping
from photodedup.core.group.shots import hash_followers
from photodedup.core.progress import (
    STAGE_GROUP,
    STAGE_HASH,
    Cancelled,
    CancelToken,
    Progress,
    ProgressCallback,
    ignore_progress,
)
from photodedup.core.store.folders import Folders, by_folder
from photodedup.core.store.hashes import HashCache
from photodedup.core.store.ignored import IgnoreList, not_duplicates
from photodedup.core.store.writer import CacheWriter
from photodedup.core.types import ErrorKind, Photo, PhotoFile, ScanError, ScanResult

if TYPE_CHECKING:
    from photodedup.core.store.gone import GoneFinder
    from photodedup.core.store.memo import GroupMemo
    from photodedup.core.store.verdicts import VerdictStore

_PHOTO_PATH = operator.attrgetter("file.path")  # Photo.path without a property call
_FILE_SIZE = operator.attrgetter("identity.size")
_CONTENT_KEY = operator.attrgetter("content_key")


class Decoder(Protocol):
    """What a scan needs from a decoder: isolated decode + fingerprint of many files.

    ``process`` yields one ``Photo`` or ``ScanError`` per file, in completion order, and
    stops soon after ``cancel`` is set; ``warnings`` collects notes (``ErrorKind.WARNING``)
    on files that were still hashed, reported no later than their file;
    ``structure_thumbs`` the small grey pictures grouping may use (path -> bytes).
    """

    warnings: list[ScanError]
    structure_thumbs: dict[str, bytes]

    def start(self) -> None: ...

    def process(
        self,
        files: Iterable[PhotoFile],
        cancel: CancelToken | None = None,
        *,
        hash_content: Callable[[PhotoFile], bool] | None = None,
    ) -> Iterator[Photo | ScanError]: ...

    def close(self) -> None: ...


DecoderFactory = Callable[[ScanOptions], Decoder]
Discoverer = Callable[
    [ScanOptions, list[ScanError], ProgressCallback, CancelToken | None], Iterable[PhotoFile]
]


def local_decoders(options: ScanOptions) -> Decoder:
    """The default decoder: a pool of isolated local worker processes."""
    from photodedup.core.decode.pool import DecodePool  # only when something is decoded

    return DecodePool(options)


def run_scan(
    options: ScanOptions,
    *,
    progress: ProgressCallback = ignore_progress,
    cancel: CancelToken | None = None,
    cache: HashCache | None = None,
    memo: GroupMemo | None = None,
    verdicts: VerdictStore | None = None,
    decoders: DecoderFactory | None = None,
    discover: Discoverer = discover_all,
    ignored: IgnoreList | None = None,
) -> ScanResult:
    """Scan ``options.roots`` (and reference roots) and group near-duplicate photos.

    ``decoders=None``: this module's ``local_decoders`` at call time (tests may replace it).
    """
    started = time.monotonic()
    decoders = local_decoders if decoders is None else decoders
    scan = Scan(options, progress, cancel, decoders, discover)
    with _default_cache(options, cache) as hashes:
        try:
            for stage in (scan.discover, scan.look_up, scan.decode_misses, scan.save_folders):
                stage(hashes)
            if cancel is not None:
                cancel.raise_if_cancelled()
            scan.forget_gone(hashes)
        except Cancelled:
            scan.result.cancelled = True
        finally:
            scan.close()
    result = scan.finish()
    if not result.cancelled:
        result.sidecars = find_sidecars(result.photos, scan.sidecar_dirs)  # .xmp... follow
        scan.emit(Progress(STAGE_GROUP, 0, 1))
        result.rotations = options.rotations
        memory = Memory(memo, verdicts) if options.use_cache else None
        apart = not_duplicates(result.photos, ignored)  # the user's "not a duplicate" pairs
        result.groups = groups_of(result, options.threshold, options.keep_rules, memory, apart)
        result.sidecars = hash_followers(result)  # the bytes of what may follow a photo
        scan.emit(Progress(STAGE_GROUP, 1, 1))
    result.stats.errors = len(result.errors)
    result.stats.seconds = time.monotonic() - started
    return result


@contextlib.contextmanager
def _default_cache(options: ScanOptions, given: HashCache | None) -> Iterator[HashCache | None]:
    """The scan's hash cache: ``given`` (left open), none, or the default one (closed)."""
    if not options.use_cache:
        yield None
    elif given is not None:
        yield given
    else:
        with HashCache() as cache:
            yield cache


class Scan:
    """One scan's state as it goes through the stages; owns the decoder."""

    def __init__(
        self,
        options: ScanOptions,
        emit: ProgressCallback,
        cancel: CancelToken | None,
        decoders: DecoderFactory,
        discover: Discoverer,
    ) -> None:
        self.options, self.emit, self.cancel = options, emit, cancel
        self._decoders, self._discover = decoders, discover
        self._decoder: Decoder | None = None
        self.result = ScanResult(threshold=options.threshold)
        self.files: Sequence[PhotoFile] = []
        self.misses: list[PhotoFile] = []
        self.unsaved: Folders = []
        self.shared: set[int] = set()
        self.sidecar_dirs: set[str] | None = None  # None: look in every photo's folder
        self.gone: GoneFinder | None = None  # what the cache had that the scan did not list

    # -- the stages ------------------------------------------------------------------------
    def discover(self, cache: HashCache | None) -> None:
        """List the files; decoders start now when nothing can come from the cache, so
        that their start-up (~0.2-0.5 s) overlaps discovery and grouping's imports (a warm
        rescan starts none)."""
        if cache is None or cache.is_empty():
            self._decoder_started()
            prepare_grouping()  # while the decoders start: everything will be grouped
        with gc_paused():
            found = self._discover(self.options, self.result.errors, self.emit, self.cancel)
            self.files = found if isinstance(found, list) else list(found)
        self.result.stats.files_found = len(self.files)
        self.sidecar_dirs = getattr(found, "sidecar_dirs", None)  # discover_all's FileList

    def look_up(self, cache: HashCache | None) -> None:
        """Take from the cache what it knows; the rest are misses."""
        result, files = self.result, self.files
        with gc_paused():
            if cache is not None:
                folders = getattr(files, "folders", None)  # discover_all's FileList has them
                photos, notes, misses, unsaved, self.gone = cache.lookup_library(files, folders)
            else:
                photos, notes, misses, unsaved = [], [], list(files), []
        self.shared = _shared_sizes(files)  # only these can be byte-identical to another
        before = len(misses)
        photos, notes, misses = _rehash_keyless(photos, notes, misses, self.shared)
        if len(misses) > before:  # cached photos decoded again: their folders change too
            unsaved = _with_folders_of(misses[before:], unsaved, files)
        result.photos.extend(photos)
        result.errors.extend(notes)  # cached failures and warnings of cached photos
        result.stats.from_cache = len(files) - len(misses)
        self.misses, self.unsaved = misses, unsaved
        self.emit(Progress(STAGE_HASH, result.stats.from_cache, len(files)))

    def decode_misses(self, cache: HashCache | None) -> None:
        """Decode the files the cache did not know, storing results in batches."""
        if not self.misses:
            return
        result, writer = self.result, CacheWriter(cache)
        by_path = {f.path: f for f in self.misses}
        try:
            for item, notes in self._decoded():
                result.stats.decoded += 1
                if isinstance(item, Photo):
                    result.photos.append(item)
                    result.errors.extend(ScanError(item.path, ErrorKind.WARNING, n) for n in notes)
                    writer.add_photo(item, notes)
                else:
                    result.errors.append(item)
                    writer.add_error(by_path.get(item.path), item)
                done = result.stats.from_cache + result.stats.decoded
                self.emit(Progress(STAGE_HASH, done, result.stats.files_found, item.path))
        finally:
            writer.flush()
        # The decoder stops soon after a cancel, handing over what it finished first (a
        # cluster's running batches): all of it is cached, none decoded again next time.
        if self.cancel is not None:
            self.cancel.raise_if_cancelled()

    def save_folders(self, cache: HashCache | None) -> None:
        """Snapshot the folders the cache had none of, for the next warm scan."""
        if cache is not None and self.unsaved:
            troubled = {e.path for e in self.result.errors}
            cache.store_folders(self.unsaved, self.result.photos, troubled)

    def forget_gone(self, cache: HashCache | None) -> None:
        """Drop the cache's rows of files that are gone (:mod:`photodedup.core.store.gone`);
        only after a whole scan, whose listing is complete."""
        if cache is not None and self.gone:
            cache.forget(self.gone.decide())

    # -- the decoder -----------------------------------------------------------------------
    def _decoder_started(self) -> Decoder:
        if self._decoder is None:
            self._decoder = self._decoders(self.options)
            self._decoder.start()
        return self._decoder

    def _decoded(self) -> Iterator[tuple[Photo | ScanError, list[str]]]:
        """Each decoded file with the decoder's warnings for it (e.g. damaged EXIF)."""
        decoder = self._decoder_started()
        shared = self.shared
        pending: dict[str, list[str]] = {}
        seen = 0
        for item in decoder.process(
            self.misses, self.cancel, hash_content=lambda f: f.identity.size in shared
        ):
            for warning in decoder.warnings[seen:]:  # reported no later than their file
                pending.setdefault(warning.path, []).append(warning.message)
            seen = len(decoder.warnings)
            yield item, pending.pop(item.path, [])
        self.result.structure_thumbs.update(decoder.structure_thumbs)  # for grouping

    def close(self) -> None:
        """Stop the decoder, if one was started."""
        if self._decoder is not None:
            self._decoder.close()
            self._decoder = None

    def finish(self) -> ScanResult:
        """The result with photos and errors in path order."""
        self.result.photos.sort(key=_PHOTO_PATH)
        self.result.errors.sort(key=lambda e: e.path)
        return self.result


def regroup(
    result: ScanResult,
    threshold: int,
    rules: Sequence[str] | None = None,
    *,
    remember: bool = False,
    rotations: bool | None = None,
    ignored: IgnoreList | None = None,
) -> ScanResult:
    """A copy of ``result`` grouped with another threshold or keeper rules (no decoding).

    The copy shares ``photos`` and ``errors`` (the same list objects) with ``result``;
    ``remember`` reads and writes the default group memo and verdicts; ``rotations``
    (default: as the scan) also looks for mirrored and turned copies.
    """
    keep_rules = tuple(rules) if rules is not None else DEFAULT_KEEP_RULES
    turned = result.rotations if rotations is None else rotations
    source = dataclasses.replace(result, rotations=turned)
    memory = Memory(None, None) if remember else None
    groups = groups_of(
        source, threshold, keep_rules, memory, not_duplicates(result.photos, ignored)
    )
    out = dataclasses.replace(
        source, groups=groups, threshold=threshold, stats=dataclasses.replace(result.stats)
    )
    out.sidecars = hash_followers(out)  # newly grouped: what may follow them
    return out


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
    keyless = itertools.compress(photos, map(operator.not_, map(_CONTENT_KEY, photos)))  # in C
    stale = {p.file.path for p in keyless if p.file.identity.size in shared}
    if not stale:
        return photos, errors, misses
    again = [p.file for p in photos if p.path in stale]
    kept = [p for p in photos if p.path not in stale]
    notes = [e for e in errors if e.path not in stale or e.kind is not ErrorKind.WARNING]
    return kept, notes, [*misses, *again]


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
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
