"""Structural verification of candidate pairs on a larger decode of both files.

The fingerprint (a 64-bit hash, a 16x16 grey and an 8x8 colour thumbnail) cannot tell apart
pictures of one kind: small subjects on a dark field, logos on a flat background, dark
pictures under the same caption.  For the candidate pairs that the fingerprint alone cannot
decide, :class:`StructureCheck` decodes both files again at a few hundred pixels and

1. finds where one picture lies in the other: ORB keypoints (OpenCV) matched with a ratio
   test and a RANSAC similarity fit (rotation, uniform scale, shift), or, when there are too
   few keypoints (smooth or tiny subjects), an intensity-based fit (ECC) from the identity;
2. compares the two aligned pictures pixel by pixel at a small size after a robust
   brightness/contrast normalisation, over the region they share, ignoring the worst
   share of pixels (a caption box or watermark covers less than that):
   :mod:`photodedup.core.group.residual`.

Steps 1-2 are :mod:`photodedup.core.group.align`; sparse pictures (a star field) are
compared by their points instead (:mod:`photodedup.core.group.points`).  The result is a
:class:`~photodedup.core.group.align.Verdict`: the residual on the 0-64 "bits" scale of
the threshold, how much of each picture the other covers, and the keypoint inliers
(evidence that they show one scene even when the residual says they are different photos:
"similar shots").

Decoding goes through :func:`photodedup.core.decode.image.decode` (allow-listed parsers, pixel
budget, EXIF orientation); the files were decoded once already, in the isolated pool.
Features are kept in a bounded in-memory cache for the session (regrouping at another
threshold reuses them).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

import cv2
import numpy as np
import numpy.typing as npt

from photodedup.core.decode.image import DecodeError, decode
from photodedup.core.fingerprint import TURNS
from photodedup.core.fingerprint.picture import (
    FEATURE_MIN_SIDE,
    grey_picture,
    picture_array,
    thumb_array,
    thumb_length,
)
from photodedup.core.group import brightness, points
from photodedup.core.group.align import (
    NO_VERDICT,
    SURE_COPY,
    TEXTURE_APART,
    Features,
    Stretched,
    Verdict,
    compare,
    extract,
    second_look,
    stretched,
    texture_look,
)
from photodedup.core.group.processes import PairProcesses
from photodedup.core.group.residual import shrink, subject_pixels
from photodedup.core.group.thumbs import SURE_DIFFERENT, Looked, thumb_verdict, turn_picture
from photodedup.core.store.verdicts import VerdictStore, pair_key

_CACHE_SIZE = 512  # features held (~100 KB each)
_THREADED_PAIRS = 16  # fewer thumbnail comparisons than this run on the caller's thread

F32 = npt.NDArray[np.float32]
_T = TypeVar("_T")
_R = TypeVar("_R")
_NO_POINTS = np.zeros((0, 2), np.float32)
Pair = tuple[int, int, int]  # photo i, photo j, the turn of i (-1: as it is)


def _grey_small(path: str) -> F32 | None:
    """The grey picture (:func:`.picture.grey_picture`) of a decode of the file whose shorter
    side stays >= FEATURE_MIN_SIDE: the one a decoder worker ships when it can."""
    try:
        image = decode(path, min_side=FEATURE_MIN_SIDE, ycc=True).image
    except (DecodeError, OSError):
        return None
    return grey_picture(image).astype(np.float32)


class StructureCheck:
    """Decides candidate pairs from a larger decode of both files (thread-safe; large
    batches of thumbnail verdicts run on worker processes until :meth:`close`)."""

    def __init__(
        self,
        paths: Sequence[str],
        workers: int = 2,
        *,
        identities: Sequence[bytes] | None = None,
        store: VerdictStore | None = None,
        thumbs: Mapping[str, bytes] | None = None,
        processes: PairProcesses | None = None,
    ) -> None:
        self._paths = list(paths)
        self._thumbs = thumbs or {}
        self._workers = max(1, workers)
        self._processes = processes if processes is not None else PairProcesses()
        self._cache: OrderedDict[tuple[int, int], Features | None] = OrderedDict()
        self._lock = threading.Lock()
        self._ids = list(identities) if identities is not None else None
        self._store = store if identities is not None else None
        self._subjects: dict[int, bool] = {}
        self._sparse: dict[tuple[int, int], points.Points | None] = {}
        # Pictures for the texture test alone (no features), as uint8: one decode a photo.
        self._pictures: OrderedDict[tuple[int, int], npt.NDArray[np.uint8] | None] = OrderedDict()
        cv2.setNumThreads(1)

    def subset(self, rows: Sequence[int]) -> StructureCheck:
        """A check over the photos at ``rows`` (indices renumbered from 0)."""
        ids = None if self._ids is None else [self._ids[r] for r in rows]
        paths = [self._paths[r] for r in rows]
        return StructureCheck(
            paths,
            self._workers,
            identities=ids,
            store=self._store,
            thumbs=self._thumbs,
            processes=self._processes,
        )

    def close(self) -> None:
        """Stop the worker processes, if a large batch started them (this check's and its
        subsets'); the check still works after, on threads and new processes."""
        self._processes.close()

    def __enter__(self) -> StructureCheck:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def verdicts(self, i: Sequence[int], j: Sequence[int], turns: Sequence[int]) -> list[Verdict]:
        """Verdict of each pair: photo ``j[k]`` against photo ``i[k]`` turned by ``turns[k]``
        (-1: as it is; else a :data:`photodedup.core.fingerprint.TURN_NAMES` index).  Verdicts
        remembered in the store are not computed again."""
        pairs = list(zip(i, j, turns, strict=True))
        keys, known = self._remembered(pairs)
        todo = [p for p, k in zip(pairs, keys, strict=True) if k not in known]
        looks = dict(zip(todo, self._thumb_verdicts(todo), strict=True))
        fresh = {p: v for p, (v, final) in looks.items() if final and v is not None}
        seen = self._stretched([p for p in todo if p not in fresh], looks)
        fresh.update(
            {
                p: v
                for p, (v, _) in looks.items()
                if seen.get(p) is Stretched.ALIKE and v is not None
            }
        )
        for part in _held_parts([p for p in todo if p not in fresh]):
            self._load(_feature_keys(part))
            looked = [
                (self._get(p[0], p[2]), self._get(p[1], -1), looks[p][0], seen.get(p)) for p in part
            ]
            on_pictures = self._processes.map(_on_pictures, looked)  # None: on threads
            found = on_pictures or self._threaded(_on_pictures, looked)
            fresh.update(zip(part, found, strict=True))
        return self._remember(pairs, keys, known, fresh)

    def point_verdicts(
        self, i: Sequence[int], j: Sequence[int], turns: Sequence[int]
    ) -> list[Verdict]:
        """As :meth:`verdicts`, for pairs of sparse pictures (nothing shown at 64 px: a star
        field, a subject of a few pixels on a night sky), by their points
        (:mod:`photodedup.core.group.points`)."""
        pairs = list(zip(i, j, turns, strict=True))
        keys, known = self._remembered(pairs, "points")
        todo = [p for p, k in zip(pairs, keys, strict=True) if k not in known]
        fresh = {}
        for part in _held_parts(todo):
            self._load(_feature_keys(part))
            fresh.update({p: self._by_points(p[0], p[2], p[1]) for p in part})
        return self._remember(pairs, keys, known, fresh)

    def points_every_way(self, i: Sequence[int], j: Sequence[int]) -> list[list[Verdict] | None]:
        """Per pair of photos that are both sparse pictures with points (:meth:`has_points`):
        the verdicts of their points with photo ``i[k]`` as it is and turned every way
        (:data:`TURNS`); None for the other pairs."""
        photos = sorted(set(i) | set(j))
        shown = dict(zip(photos, self.has_points(photos), strict=True))
        both = [k for k, (a, b) in enumerate(zip(i, j, strict=True)) if shown[a] and shown[b]]
        ways = range(-1, TURNS)
        found = self.point_verdicts(
            [i[k] for k in both for _ in ways],
            [j[k] for k in both for _ in ways],
            [way for _ in both for way in ways],
        )
        out: list[list[Verdict] | None] = [None] * len(i)
        for n, k in enumerate(both):
            out[k] = found[n * len(ways) : (n + 1) * len(ways)]
        return out

    def has_points(self, photos: Sequence[int]) -> list[bool]:
        """Per photo: it is a sparse picture with enough bright points to be matched by them
        (:func:`photodedup.core.group.points.points_of`)."""
        for start in range(0, len(photos), _CACHE_SIZE // 2):
            chunk = photos[start : start + _CACHE_SIZE // 2]
            self._load([(p, -1) for p in chunk if (p, -1) not in self._sparse])
            for photo in chunk:
                self._points(photo, -1)
        return [self._sparse[(p, -1)] is not None for p in photos]

    def _by_points(self, a: int, turned: int, b: int) -> Verdict:
        first, second = self._points(a, turned), self._points(b, -1)
        if first is None or second is None:
            return NO_VERDICT
        return points.verdict(first, second)

    def _points(self, photo: int, turned: int) -> points.Points | None:
        key = (photo, turned)
        if key not in self._sparse:
            features = self._get(photo, turned)
            self._sparse[key] = None if features is None else points.points_of(features.small)
        return self._sparse[key]

    def _remember(
        self,
        pairs: list[tuple[int, int, int]],
        keys: list[bytes],
        known: dict[bytes, tuple[int, float, int]],
        fresh: dict[tuple[int, int, int], Verdict],
    ) -> list[Verdict]:
        """The verdicts of ``pairs`` in order, the fresh ones written to the store."""
        if self._store is not None and fresh:
            by_key = dict(zip(pairs, keys, strict=True))
            rows = {by_key[p]: (v.distance, v.overlap, v.inliers) for p, v in fresh.items()}
            self._store.put_many(rows)
        return [
            Verdict(*known[k]) if k in known else fresh[p] for p, k in zip(pairs, keys, strict=True)
        ]

    def has_subject(self, photos: Sequence[int]) -> list[bool]:
        """Per photo: its 64-px picture has a subject (:func:`.residual.subject_pixels`),
        not only a flat field and its noise."""
        out = []
        for photo in photos:
            if photo not in self._subjects:
                stored = self._thumbs.get(self._paths[photo])
                grey = (
                    thumb_array(stored) if stored is not None else _grey_small(self._paths[photo])
                )
                self._subjects[photo] = grey is not None and subject_pixels(shrink(grey))
            out.append(self._subjects[photo])
        return out

    def _remembered(
        self, pairs: list[tuple[int, int, int]], method: str = ""
    ) -> tuple[list[bytes], dict[bytes, tuple[int, float, int]]]:
        if self._store is None or self._ids is None:
            return [b""] * len(pairs), {}
        ids = self._ids
        keys = [pair_key(ids[a], ids[b], t, method) for a, b, t in pairs]
        return keys, self._store.get_many(keys)

    def _thumb_verdicts(
        self, pairs: list[tuple[int, int, int]]
    ) -> list[tuple[Verdict | None, bool]]:
        """:func:`thumb_verdict` of each pair: on the worker processes for a large batch,
        else on the caller's threads when there are many (OpenCV's fits and warps release
        the GIL)."""
        out: list[tuple[Verdict | None, bool]] = [(None, False)] * len(pairs)
        jobs = [(self._thumb(a), self._thumb(b), turned) for a, b, turned in pairs]
        ready = [k for k, (first, second, _) in enumerate(jobs) if first and second]
        work = [jobs[k] for k in ready]
        found = self._processes.map(thumb_verdict, work)
        for k, verdict in zip(ready, found or self._threaded(thumb_verdict, work), strict=True):
            out[k] = verdict
        return out

    def _threaded(self, work: Callable[[_T], _R], items: list[_T]) -> list[_R]:
        """``work`` of each item in order, on the workers' threads when there are many
        (OpenCV's fits and warps release the GIL)."""
        if self._workers < 2 or len(items) < _THREADED_PAIRS:
            return [work(item) for item in items]
        with ThreadPoolExecutor(self._workers) as pool:
            return list(pool.map(work, items))

    def _thumb(self, photo: int) -> bytes | None:
        """The decoder's 64-px structure thumbnail of ``photo`` (without the larger
        picture that may follow it), if there is one."""
        stored = self._thumbs.get(self._paths[photo])
        return None if stored is None else stored[: thumb_length(stored)]

    def _get(self, photo: int, turned: int) -> Features | None:
        with self._lock:
            return self._cache.get((photo, turned))

    def _load(self, needed: list[tuple[int, int]]) -> None:
        """Hold the features of every key in ``needed`` for the caller's :meth:`_get`: the
        ones held already count as the newest (before session 26 they kept their place, the
        new ones pushed them out, and their pairs were judged without their pictures: a
        thumbnail verdict stood unchecked).  Callers ask for parts that fit
        (:func:`_held_parts`); one that asks for more is given all of ``needed``."""
        with self._lock:
            for key in needed:
                if key in self._cache:
                    self._cache.move_to_end(key)
            missing = [k for k in needed if k not in self._cache]
        found: list[Features | None] = []
        if missing:
            with ThreadPoolExecutor(self._workers) as pool:
                found = list(pool.map(self._features, missing))
        with self._lock:
            for key, value in zip(missing, found, strict=True):
                self._cache[key] = value
            while len(self._cache) > max(_CACHE_SIZE, len(needed)):
                self._cache.popitem(last=False)

    def _stretched(
        self, pairs: list[tuple[int, int, int]], looks: dict[tuple[int, int, int], Looked]
    ) -> dict[tuple[int, int, int], Stretched]:
        """For the ``pairs`` that the thumbnails call copies (not sure ones): what their
        larger pictures, stretched edge to edge, show (:func:`.align.stretched`); the
        thumbnails' verdict stands for the ALIKE ones (a whole copy, without keypoints),
        the others need aligning."""
        out = {}
        for pair in sorted(pairs):  # by the first photo: its picture is decoded once
            seen = looks[pair][0]
            if seen is None or seen.distance > SURE_COPY:
                continue
            a, turned, b = pair[0], pair[2], pair[1]
            first, second = self._held_picture(a, turned), self._held_picture(b, -1)
            if first is not None and second is not None:
                out[pair] = stretched(first, second)
        return out

    def _held_picture(self, photo: int, turned: int) -> F32 | None:
        """:meth:`_picture`, held (up to _CACHE_SIZE) for the pairs that follow."""
        key = (photo, turned)
        with self._lock:
            known = key in self._pictures
            held = self._pictures.get(key)
        if not known:
            found = self._picture(photo, turned)
            held = None if found is None else found.astype(np.uint8)
            with self._lock:
                self._pictures[key] = held
                while len(self._pictures) > _CACHE_SIZE:
                    self._pictures.popitem(last=False)
        return None if held is None else held.astype(np.float32)

    def _picture(self, photo: int, turned: int) -> F32 | None:
        """The larger grey picture of ``photo`` turned by ``turned``: the cached features',
        the decoder's, or a decode of the file."""
        features = self._get(photo, turned)
        if features is not None:
            return features.small
        path = self._paths[photo]
        stored = self._thumbs.get(path)
        made = None if stored is None else picture_array(stored)  # the decoder's, if any
        small = made if made is not None else _grey_small(path)
        return None if small is None else turn_picture(small, turned)

    def _features(self, key: tuple[int, int]) -> Features | None:
        small = self._picture(*key)
        return None if small is None else extract(small)


def _feature_keys(pairs: Sequence[Pair]) -> list[tuple[int, int]]:
    """The features ``pairs`` need: each first photo turned, each second as it is."""
    return sorted({(a, t) for a, _, t in pairs} | {(b, -1) for _, b, _ in pairs})


def _held_parts(pairs: Sequence[Pair]) -> Iterator[list[Pair]]:
    """``pairs`` in consecutive parts whose features fit in the cache together: a part that
    needed more would push its own first pictures out before their pairs were judged."""
    part: list[Pair] = []
    held: set[tuple[int, int]] = set()
    for pair in pairs:
        needed = {(pair[0], pair[2]), (pair[1], -1)}
        if part and len(held) + len(needed - held) > _CACHE_SIZE:
            yield part
            part, held = [], set()
        part.append(pair)
        held |= needed
    if part:
        yield part


def _on_pictures(
    looked: tuple[Features | None, Features | None, Verdict | None, Stretched | None],
) -> Verdict:
    """A pair's verdict on its larger pictures, given its thumbnails' verdict and what the
    pictures showed stretched (None: not looked at): compared, or, where the thumbnails
    called nearly empty pictures far apart, a second look, or where they called it a copy
    (not a sure one), aligned and their textures and parts compared; without thumbnails,
    pictures of two brightnesses (:mod:`.brightness`) are apart."""
    first, second, seen, stretch = looked
    if seen is not None and seen.distance >= SURE_DIFFERENT:
        return second_look(seen, first, second)
    if seen is not None and seen.distance <= SURE_COPY:
        return texture_look(seen, first, second, stretch is Stretched.CHANGED)
    if first is None or second is None:
        return NO_VERDICT
    if seen is None and brightness.two_tones(first.small, second.small):
        return Verdict(TEXTURE_APART, 0.0, 0)  # no thumbnails told them (:func:`thumb_verdict`)
    return compare(first, second)
