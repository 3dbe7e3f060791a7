"""Structural verification of candidate pairs on a larger decode of both files.

The fingerprint (a 64-bit hash, a 16x16 grey and an 8x8 colour thumbnail) cannot tell apart
pictures of one kind: small subjects on a dark field, logos on a flat background, dark
pictures under the same caption.  For the candidate pairs that the fingerprint alone cannot
decide, :class:`StructureCheck` decodes both files again at a few hundred pixels and

1. finds where one picture lies in the other: ORB keypoints (OpenCV) matched with a ratio
   test and a RANSAC similarity fit (rotation, uniform scale, shift), or, when there are too
   few keypoints (smooth or tiny subjects), an intensity-based fit (ECC) from the identity;
2. compares the two aligned pictures pixel by pixel at ``ALIGN_SIDE`` px after a robust
   brightness/contrast normalisation, over the region they share, ignoring the worst
   ``TRIM`` share of pixels (a caption box or watermark covers less than that).

The result is a :class:`Verdict`: the residual on the 0-64 "bits" scale of the threshold,
how much of each picture the other covers, and the keypoint inliers (evidence that they show
one scene even when the residual says they are different photos: "similar shots").

Decoding goes through :func:`photodedup.core.decode.image.decode` (allow-listed parsers, pixel
budget, EXIF orientation); the files were decoded once already, in the isolated pool.
Features are kept in a bounded in-memory cache for the session (regrouping at another
threshold reuses them).
"""

from __future__ import annotations

import functools
import threading
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
import numpy.typing as npt

from photodedup.core.decode.image import DecodeError, decode
from photodedup.core.fingerprint import TURNS, caption_box, thumb_array, to_ycc, turn
from photodedup.core.store.verdicts import VerdictStore, pair_key

FEATURE_MIN_SIDE = 240  # decode reduced, keeping the shorter side >= this
FEATURE_LONG_SIDE = 320  # keypoints are found on the picture scaled to this long side
ALIGN_SIDE = 64  # the residual is measured at this long side
ORB_FEATURES = 500
RATIO = 0.8  # Lowe's ratio test for keypoint matches
MIN_INLIERS = 10  # a keypoint fit needs this many RANSAC inliers
RANSAC_PX = 4.0  # reprojection tolerance at FEATURE_LONG_SIDE
MAX_SCALE = 1.6  # a fit scaling more than this (or less than its inverse) is not a crop
MAX_ANGLE = 4.0  # degrees: turns are applied before fitting, so copies are not rotated
SPREAD_FLOOR = 10.0  # grey levels: JPEG noise in a very dark picture is not structure
TRIM = 0.15  # the worst share of aligned pixels left out of the residual (captions)
RESIDUAL_BITS = 192.0  # trimmed residual (normalised units) to the 0-64 scale
CONTENT_BITS = 160.0  # 1 - correlation of the subject pixels to the 0-64 scale
CONTENT_LEVEL = 12.0  # grey levels off the background that count as subject
CONTENT_MIN = 8  # fewer subject pixels: nothing to correlate
REVERSE_OVERLAP = 0.8  # a fit found only the other way round must cover this much
EMPTY_SHARE = 0.05  # a picture with less subject than this is nearly empty (see compare)
_BOXES = ((0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (1.0, 1.0))  # corners, as (x, y) anchors
_BOX_SIZES = ((0.4, 0.2), (0.6, 0.3))  # caption boxes (width, height shares)
FAR = 255
SURE_COPY = 12  # a thumbnail verdict this close is final
SURE_DIFFERENT = 64  # ... and this far; in between, both files are decoded again
_CACHE_SIZE = 512  # features held (~100 KB each)

F32 = npt.NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class Features:
    """What the structural check keeps of one picture (in one orientation)."""

    small: F32  # grey at FEATURE_LONG_SIDE, 0-255
    points: F32  # (k, 2) keypoint positions in ``small``
    descriptors: npt.NDArray[np.uint8] | None  # (k, 32) ORB descriptors


@dataclass(frozen=True, slots=True)
class Verdict:
    """How two pictures compare after alignment."""

    distance: int  # 0-64 bits scale (FAR: no comparison possible)
    overlap: float  # the smaller share of either picture covered by the other (0-1)
    inliers: int  # keypoint matches consistent with the fit (0 without a keypoint fit)


NO_VERDICT = Verdict(FAR, 0.0, 0)
_NO_POINTS = np.zeros((0, 2), np.float32)


def _turned(grey: F32, turned: int) -> F32:
    """``grey`` as it is (-1) or turned by TURN_NAMES[turned]."""
    return grey if turned < 0 else np.ascontiguousarray(turn(grey, turned))


def _closest_turn(grey: F32, target: F32) -> int:
    """The turn (TURN_NAMES index) of ``grey`` whose 16x16 picture, normalised, differs
    least from ``target``'s."""

    def tiny(x: F32) -> F32:
        small = cv2.resize(x, (16, 16), interpolation=cv2.INTER_AREA)
        return (small - small.mean()) / max(float(small.std()), 1.0)

    goal = tiny(target)
    errors = [float(np.square(tiny(_turned(grey, k)) - goal).mean()) for k in range(TURNS)]
    return int(np.argmin(errors))


def _grey_small(path: str) -> F32 | None:
    try:
        image = decode(path, min_side=FEATURE_MIN_SIDE).image
    except (DecodeError, OSError):
        return None
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        image = to_ycc(image)
    grey = np.asarray(image.convert("L"), dtype=np.uint8)
    h, w = grey.shape
    scale = FEATURE_LONG_SIDE / max(h, w)
    size = (max(8, round(w * scale)), max(8, round(h * scale)))
    return cv2.resize(grey, size, interpolation=cv2.INTER_AREA).astype(np.float32)


def extract(small: F32) -> Features:
    """Keypoints and descriptors of a grey picture at FEATURE_LONG_SIDE."""
    orb = cv2.ORB.create(nfeatures=ORB_FEATURES, fastThreshold=12, edgeThreshold=15)
    keypoints, descriptors = orb.detectAndCompute(small.astype(np.uint8), None)
    points = np.array([k.pt for k in keypoints], dtype=np.float32).reshape(-1, 2)
    return Features(small, points, None if descriptors is None else np.asarray(descriptors))


class StructureCheck:
    """Decides candidate pairs from a larger decode of both files (thread-safe)."""

    def __init__(
        self,
        paths: Sequence[str],
        workers: int = 2,
        *,
        identities: Sequence[bytes] | None = None,
        store: VerdictStore | None = None,
        thumbs: Mapping[str, bytes] | None = None,
    ) -> None:
        self._paths = list(paths)
        self._thumbs = thumbs or {}
        self._workers = max(1, workers)
        self._cache: OrderedDict[tuple[int, int], Features | None] = OrderedDict()
        self._lock = threading.Lock()
        self._ids = list(identities) if identities is not None else None
        self._store = store if identities is not None else None
        self._subjects: dict[int, bool] = {}
        cv2.setNumThreads(1)

    def subset(self, rows: Sequence[int]) -> StructureCheck:
        """A check over the photos at ``rows`` (indices renumbered from 0)."""
        ids = None if self._ids is None else [self._ids[r] for r in rows]
        paths = [self._paths[r] for r in rows]
        return StructureCheck(
            paths, self._workers, identities=ids, store=self._store, thumbs=self._thumbs
        )

    def verdicts(self, i: Sequence[int], j: Sequence[int], turns: Sequence[int]) -> list[Verdict]:
        """Verdict of each pair: photo ``j[k]`` against photo ``i[k]`` turned by ``turns[k]``
        (-1: as it is; else a :data:`photodedup.core.fingerprint.TURN_NAMES` index).  Verdicts
        remembered in the store are not computed again."""
        pairs = list(zip(i, j, turns, strict=True))
        keys, known = self._remembered(pairs)
        todo = [p for p, k in zip(pairs, keys, strict=True) if k not in known]
        looks = {p: self._from_thumbs(*p) for p in todo}
        fresh = {p: v for p, (v, final) in looks.items() if final and v is not None}
        todo = [p for p in todo if p not in fresh]
        self._load(sorted({(a, t) for a, _, t in todo} | {(b, -1) for _, b, _ in todo}))
        for p in todo:
            first, second, seen = self._get(p[0], p[2]), self._get(p[1], -1), looks[p][0]
            if seen is None or seen.distance < SURE_DIFFERENT:
                fresh[p] = self._verdict(first, second)
            else:
                fresh[p] = _second_look(seen, first, second)
        if self._store is not None and fresh:
            by_key = dict(zip(pairs, keys, strict=True))
            rows = {by_key[p]: (v.distance, v.overlap, v.inliers) for p, v in fresh.items()}
            self._store.put_many(rows)
        return [
            Verdict(*known[k]) if k in known else fresh[p] for p, k in zip(pairs, keys, strict=True)
        ]

    def has_subject(self, photos: Sequence[int]) -> list[bool]:
        """Per photo: its 64-px picture has a subject (at least CONTENT_MIN pixels more
        than CONTENT_LEVEL off the background), not only a flat field and its noise."""
        out = []
        for photo in photos:
            if photo not in self._subjects:
                stored = self._thumbs.get(self._paths[photo])
                grey = (
                    thumb_array(stored) if stored is not None else _grey_small(self._paths[photo])
                )
                self._subjects[photo] = grey is not None and _subject_pixels(_shrink(grey))
            out.append(self._subjects[photo])
        return out

    def _remembered(
        self, pairs: list[tuple[int, int, int]]
    ) -> tuple[list[bytes], dict[bytes, tuple[int, float, int]]]:
        if self._store is None or self._ids is None:
            return [b""] * len(pairs), {}
        ids = self._ids
        keys = [pair_key(ids[a], ids[b], t) for a, b, t in pairs]
        return keys, self._store.get_many(keys)

    def _from_thumbs(self, a: int, b: int, turned: int) -> tuple[Verdict | None, bool]:
        """The verdict of the decoder's thumbnails (None without them), and whether it is
        final (else the files are decoded again: too close a call, or nearly empty
        pictures)."""
        first, second = self._thumbs.get(self._paths[a]), self._thumbs.get(self._paths[b])
        if first is None or second is None:
            return None, False
        small, other = thumb_array(first), Features(thumb_array(second), _NO_POINTS, None)
        verdict = compare(Features(_turned(small, turned), _NO_POINTS, None), other)
        if turned >= 0 and verdict.distance > SURE_COPY:
            # A turned candidate's keys may match under another symmetry too (a centred
            # subject on a plain field): the turn whose 16-px pictures agree best is tried.
            best = _closest_turn(small, other.small)
            if best != turned:
                tried = compare(Features(_turned(small, best), _NO_POINTS, None), other)
                verdict = min(verdict, tried, key=lambda v: v.distance)
        # A subject of a few pixels is resampled differently by each decoder (a JPEG's DCT
        # scaling blurs a thin line that a PNG's box filter keeps): thumbnails that show
        # nearly nothing cannot say "different" on their own.
        different = verdict.distance >= SURE_DIFFERENT and not (
            _nearly_empty(small) or _nearly_empty(other.small)
        )
        return verdict, verdict.distance <= SURE_COPY or different

    def _get(self, photo: int, turned: int) -> Features | None:
        with self._lock:
            return self._cache.get((photo, turned))

    def _load(self, needed: list[tuple[int, int]]) -> None:
        with self._lock:
            missing = [k for k in needed if k not in self._cache]
        if not missing:
            return
        with ThreadPoolExecutor(self._workers) as pool:
            found = list(pool.map(self._features, missing))
        with self._lock:
            for key, value in zip(missing, found, strict=True):
                self._cache[key] = value
            while len(self._cache) > _CACHE_SIZE:
                self._cache.popitem(last=False)

    def _features(self, key: tuple[int, int]) -> Features | None:
        photo, turned = key
        small = _grey_small(self._paths[photo])
        if small is None:
            return None
        return extract(_turned(small, turned))

    @staticmethod
    def _verdict(a: Features | None, b: Features | None) -> Verdict:
        if a is None or b is None:
            return NO_VERDICT
        return compare(a, b)


def _second_look(thumbs: Verdict, a: Features | None, b: Features | None) -> Verdict:
    """The verdict of nearly empty pictures that their thumbnails call different, on the
    larger decode: a keypoint fit that makes them a sure copy overrules the thumbnails.
    Nothing else does: an intensity fit drifts on an empty sky, a weaker fit can be the
    stars of one sky under two planets, and keypoints there are no evidence of one scene
    either (no similar shot from it)."""
    if a is None or b is None:
        return thumbs
    for one, other in ((a, b), (b, a)):  # either way round, as in compare()
        fit, _ = _keypoint_fit(one, other)
        if fit is not None:
            decoded = _aligned(one.small, other.small, fit, 0)
            if decoded.distance <= SURE_COPY:
                return decoded
    return thumbs


def compare(a: Features, b: Features) -> Verdict:
    """How ``a`` and ``b`` differ, aligned one onto the other: the fits are not symmetric
    (ECC from the edge-to-edge stretch can converge for a border crop onto its original
    and drift the other way), so a pair that is not a sure copy one way is tried the other
    way too, and the closer verdict counts."""
    verdict = _compare_one(a, b)
    if verdict.distance > SURE_COPY:
        reverse = _compare_one(b, a)
        if reverse.distance < verdict.distance and reverse.overlap >= REVERSE_OVERLAP:
            verdict = reverse
    return verdict


def _compare_one(a: Features, b: Features) -> Verdict:
    """Align ``a`` onto ``b`` and measure what differs."""
    fit, inliers = _keypoint_fit(a, b)
    if fit is not None:
        return _aligned(a.small, b.small, fit, inliers)
    # By intensity: ECC can drift on a nearly empty picture (a subject of a few pixels on
    # a black sky), so there the edge-to-edge stretch it starts from is measured too.
    fit = _intensity_fit(a.small, b.small)
    verdict = (
        Verdict(FAR, 0.0, inliers) if fit is None else _aligned(a.small, b.small, fit, inliers)
    )
    if verdict.distance > SURE_COPY and _nearly_empty(b.small):
        stretch = _aligned(a.small, b.small, _identity(a.small, b.small), inliers)
        verdict = min(verdict, stretch, key=lambda v: v.distance)
    return verdict


def _aligned(a: F32, b: F32, fit: F32, inliers: int) -> Verdict:
    """The verdict of ``a`` aligned onto ``b`` by ``fit``."""
    residual, content, overlap = _residual(a, b, fit)
    distance = min(FAR, round(max(residual * RESIDUAL_BITS, content * CONTENT_BITS)))
    return Verdict(distance, overlap, inliers)


def _keypoint_fit(a: Features, b: Features) -> tuple[F32 | None, int]:
    """A similarity transform taking ``a``'s pixels to ``b``'s, from matched keypoints."""
    if a.descriptors is None or b.descriptors is None:
        return None, 0
    if len(a.descriptors) < MIN_INLIERS or len(b.descriptors) < MIN_INLIERS:
        return None, 0
    matcher = cv2.BFMatcher(cv2.NORM_HAMMING)
    pairs = matcher.knnMatch(a.descriptors, b.descriptors, k=2)
    good = [p[0] for p in pairs if len(p) == 2 and p[0].distance < RATIO * p[1].distance]
    if len(good) < MIN_INLIERS:
        return None, len(good) // 2
    src = a.points[[m.queryIdx for m in good]]
    dst = b.points[[m.trainIdx for m in good]]
    fit, mask = cv2.estimateAffinePartial2D(
        src, dst, method=cv2.RANSAC, ransacReprojThreshold=RANSAC_PX, maxIters=500, confidence=0.99
    )
    inliers = int(mask.sum()) if mask is not None else 0
    if fit is None or inliers < MIN_INLIERS or not _plausible(fit):
        return None, inliers
    return fit.astype(np.float32), inliers


def _plausible(fit: npt.NDArray[Any]) -> bool:
    scale = float(np.hypot(fit[0, 0], fit[1, 0]))
    angle = abs(float(np.degrees(np.arctan2(fit[1, 0], fit[0, 0]))))
    return 1 / MAX_SCALE <= scale <= MAX_SCALE and angle <= MAX_ANGLE


def _identity(a: F32, b: F32) -> F32:
    """The transform stretching ``a`` onto ``b`` edge to edge (a resized copy)."""
    (ha, wa), (hb, wb) = a.shape, b.shape
    return np.array([[wb / wa, 0, 0], [0, hb / ha, 0]], dtype=np.float32)


def _intensity_fit(a: F32, b: F32) -> F32 | None:
    """An affine fit by intensity (ECC) from the edge-to-edge stretch, at ALIGN_SIDE px."""
    start = _identity(a, b)
    sa, sb = _shrink(a), _shrink(b)
    fa, fb = a.shape[1] / sa.shape[1], b.shape[1] / sb.shape[1]
    warp = start.copy()
    warp[:, :2] *= fa / fb  # the same stretch between the shrunk pictures
    try:
        _, warp = cv2.findTransformECC(  # type: ignore[call-overload]  # mask None: allowed
            sb,
            sa,
            warp,
            cv2.MOTION_AFFINE,
            (cv2.TERM_CRITERIA_EPS | cv2.TERM_CRITERIA_COUNT, 60, 1e-4),
            None,
            3,
        )
    except cv2.error:
        return start
    # ECC gives b-from-a at the shrunk scale as a map of b's pixels into a: invert it.
    full = np.vstack([warp, [0, 0, 1]]).astype(np.float64)
    to_small_b = np.diag([1 / fb, 1 / fb, 1.0])
    from_small_a = np.diag([fa, fa, 1.0])
    a_from_b = from_small_a @ full @ to_small_b
    b_from_a = np.linalg.inv(a_from_b)[:2]
    return b_from_a.astype(np.float32) if _plausible(b_from_a) else start


def _shrink(grey: npt.NDArray[Any]) -> F32:
    h, w = grey.shape
    scale = ALIGN_SIDE / max(h, w)
    size = (max(4, round(w * scale)), max(4, round(h * scale)))
    return np.asarray(cv2.resize(grey, size, interpolation=cv2.INTER_AREA), dtype=np.float32)


def _residual(a: F32, b: F32, fit: F32) -> tuple[float, float, float]:
    """Trimmed mean squared difference of the normalised pictures where they overlap, how
    badly their subject pixels disagree (:func:`_content_residual`), and the smaller share
    of either picture covered by the other."""
    hb, wb = b.shape
    warped = cv2.warpAffine(a, fit, (wb, hb), flags=cv2.INTER_AREA, borderValue=-1.0)
    inside = cv2.warpAffine(
        np.ones_like(a), fit, (wb, hb), flags=cv2.INTER_NEAREST, borderValue=0.0
    )
    cover_b = float(inside.mean())
    scale = abs(float(np.linalg.det(fit[:, :2])))
    cover_a = min(1.0, cover_b * wb * hb / max(1.0, scale * a.shape[0] * a.shape[1]))
    small_w, small_b, small_in = (_shrink(x) for x in (warped, b, inside))
    valid = small_in > 0.99
    if valid.sum() < 16:
        return FAR / RESIDUAL_BITS, 0.0, min(cover_a, cover_b)
    clear = valid & ~_overlay(small_w) & ~_overlay(small_b)
    if clear.sum() >= 16:
        valid = clear  # a caption box in either picture is no evidence either way
    trimmed = _trimmed_error(small_w[valid], small_b[valid])
    content = _content_residual(small_w, small_b, valid)
    return trimmed, content, min(cover_a, cover_b)


def _overlay(grey: F32) -> npt.NDArray[np.bool_]:
    """Pixels of an app's caption box (:func:`photodedup.core.fingerprint.caption_box`), if
    any: copies with and without one must match, and different dark pictures under the
    same caption must not, so the box is left out of both comparisons."""
    out = np.zeros(grey.shape, dtype=bool)
    found = caption_box(grey)
    if found is not None:
        top, bottom, left, right = found
        out[max(0, top - 1) : bottom + 1, max(0, left - 1) : right + 1] = True
    return out


def _content_residual(x: F32, y: F32, valid: npt.NDArray[np.bool_]) -> float:
    """1 - correlation of the pixels off the background in either picture, leaving out
    the caption-sized corner box that helps most (0: same subject; ~1: unrelated).

    The trimmed residual forgives a caption, but also a small subject on a plain field;
    this one looks at the subject itself.
    """
    dx = x - np.median(x[valid])
    dy = y - np.median(y[valid])
    subject = valid & ((np.abs(dx) > CONTENT_LEVEL) | (np.abs(dy) > CONTENT_LEVEL))
    best = _decorrelation(dx, dy, subject)
    for outside in _outside_boxes(*x.shape):
        best = min(best, _decorrelation(dx, dy, subject & outside))
    return best


@functools.lru_cache(maxsize=64)
def _outside_boxes(h: int, w: int) -> tuple[npt.NDArray[np.bool_], ...]:
    """For each caption-sized corner box of an h x w picture: the pixels outside it."""
    rows, cols = np.mgrid[0:h, 0:w]
    out = []
    for bw, bh in _BOX_SIZES:
        for ax, ay in _BOXES:
            box_x = (cols >= (w * (1 - bw))) if ax else (cols < w * bw)
            box_y = (rows >= (h * (1 - bh))) if ay else (rows < h * bh)
            out.append(~(box_x & box_y))
    return tuple(out)


def _subject_count(grey: F32) -> int:
    """Pixels more than CONTENT_LEVEL off the background (the median) of a grey picture."""
    return int((np.abs(grey - np.median(grey)) > CONTENT_LEVEL).sum())


def _nearly_empty(grey: F32) -> bool:
    """Fewer than EMPTY_SHARE of the pixels at ALIGN_SIDE are subject."""
    small = _shrink(grey)
    return _subject_count(small) < EMPTY_SHARE * small.size


def _subject_pixels(grey: F32) -> bool:
    """Whether a grey picture has at least CONTENT_MIN subject pixels."""
    return _subject_count(grey) >= CONTENT_MIN


def _decorrelation(dx: F32, dy: F32, mask: npt.NDArray[np.bool_]) -> float:
    if mask.sum() < CONTENT_MIN:
        return 0.0
    u, v = dx[mask] - dx[mask].mean(), dy[mask] - dy[mask].mean()
    norm = float(np.sqrt(np.square(u).sum() * np.square(v).sum()))
    return 1.0 - float((u * v).sum()) / norm if norm > 0 else 1.0


def _trimmed_error(x: F32, y: F32) -> float:
    """The mean squared difference of two aligned pictures' normalised pixels, less the
    worst TRIM share.

    Measured twice: the second time each picture is scaled by its spread over the pixels
    the first pass kept, so that what the trim leaves out (a bright caption box on a dark
    picture) does not set one picture's scale against the other's; both scales are then
    stretched alike, back towards the first pass's (a white field that the kept pixels are
    mostly made of must not make every tone of the subject count ten times).
    """
    count = max(1, int(len(x) * (1 - TRIM)))
    pair = np.stack([x, y])
    mid, spread = _centre_spread(pair)
    errors = _errors(pair, mid, spread)
    kept = errors <= np.partition(errors, count - 1)[count - 1]
    mid, narrow = _centre_spread(pair[:, kept])
    narrow *= max(1.0, float(np.min(spread / narrow)))
    errors = _errors(pair, mid, narrow)
    return float(np.partition(errors, count - 1)[:count].mean())


def _centre_spread(pair: F32) -> tuple[F32, F32]:
    """Per row of ``pair``: the median and the robust spread (at least SPREAD_FLOOR)."""
    low, mid, high = np.percentile(pair, (25, 50, 75), axis=1)
    spread = np.maximum(np.maximum((high - low) / 1.349, 0.5 * pair.std(axis=1)), SPREAD_FLOOR)
    return mid[:, None], spread[:, None]


def _errors(pair: F32, mid: F32, spread: F32) -> F32:
    """Squared differences of the two normalised rows of ``pair`` (capped at 4)."""
    scaled = (pair - mid) / spread
    return np.minimum(np.square(scaled[0] - scaled[1]), 4.0)
