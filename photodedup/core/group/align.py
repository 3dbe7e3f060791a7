"""Aligning two pictures and measuring what differs: the structure check's verdict of
one pair (:class:`photodedup.core.group.structure.StructureCheck` decodes the pictures,
caches their features and remembers the verdicts).

ORB keypoints matched with a ratio test and a RANSAC similarity fit, or an intensity fit
(ECC) from the edge-to-edge stretch when there are too few keypoints; then the residual
of the aligned pictures (:mod:`photodedup.core.group.residual`).  A copy lies inside the
other picture (``CONTAINED``).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

import cv2
import numpy as np
import numpy.typing as npt

from photodedup.core.group import change, texture
from photodedup.core.group.profile import profile_fit
from photodedup.core.group.residual import (
    CONTENT_BITS,
    FAR,
    RESIDUAL_BITS,
    Measured,
    caption_boxes,
    caption_pixels,
    lined,
    nearly_empty,
    residual,
    shrink,
)

ORB_FEATURES = 500
RATIO = 0.8  # Lowe's ratio test for keypoint matches
MIN_INLIERS = 10  # a keypoint fit needs this many RANSAC inliers
RANSAC_PX = 4.0  # reprojection tolerance at FEATURE_LONG_SIDE
MAX_SCALE = 1.6  # a fit scaling more than this (or less than its inverse) is not a crop
MAX_ANGLE = 4.0  # degrees: turns are applied before fitting, so copies are not rotated
SCENE_SCALE = 4.0  # a fit scaling more than this either way is none, not even of one scene
REVERSE_OVERLAP = 0.8  # a fit found only the other way round must cover this much
CONTAINED = 0.95  # a copy (a crop too) lies at least this much inside the other picture
SURE_COPY = 12  # a verdict this close is a copy (a thumbnail verdict unless the textures
# differ: structure.py), not tried the other way round
TEXTURE_APART = 64  # the distance of pictures whose textures differ (texture.differ) or
# that differ in a part (change.differs)
# The intensity fit stops after this many steps, or once it settles: on noisy pictures it
# mostly circles its optimum instead (60 steps gave every accuracy figure 30 gives).
ECC_ITERATIONS = 30

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


def extract(small: F32) -> Features:
    """Keypoints and descriptors of a grey picture at FEATURE_LONG_SIDE."""
    orb = cv2.ORB.create(nfeatures=ORB_FEATURES, fastThreshold=12, edgeThreshold=15)
    keypoints, descriptors = orb.detectAndCompute(small.astype(np.uint8), _outside_caption(small))
    points = np.array([k.pt for k in keypoints], dtype=np.float32).reshape(-1, 2)
    return Features(small, points, None if descriptors is None else np.asarray(descriptors))


def _outside_caption(small: F32) -> npt.NDArray[np.uint8] | None:
    """ORB's mask: the picture outside an app's caption box (None: there is none).  A
    caption's line of text drew most of the 500 keypoints (two planets under one caption:
    a fit of 244 inliers, all on the text, made them similar shots), and a captioned copy
    was aligned on what was left; the residual, texture and change tests leave the box out
    too."""
    box = caption_pixels(shrink(small))
    if not box.any():
        return None
    h, w = small.shape
    inside = cv2.resize(box.astype(np.uint8), (w, h), interpolation=cv2.INTER_NEAREST)
    return np.where(inside > 0, 0, 255).astype(np.uint8)


def second_look(thumbs: Verdict, a: Features | None, b: Features | None) -> Verdict:
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


class Stretched(enum.Enum):
    """What two pictures stretched edge to edge show (:func:`stretched`)."""

    ALIKE = "alike"  # one texture, no part changed: a whole copy
    TEXTURE = "texture"  # another texture (or a border crop's misalignment): to be aligned
    CHANGED = "changed"  # one texture, a part changed (or misaligned): to be aligned


def halved_aligned(a: F32, b: F32, fit: F32) -> texture.Halved | None:
    """``a`` aligned onto ``b`` by ``fit``, and ``b``, at half size for the texture and
    change tests (:func:`.texture.halved`), the caption boxes of either left out."""
    h, w = b.shape
    warped = cv2.warpAffine(a, fit, (w, h), flags=cv2.INTER_AREA)
    return texture.halved(a, b, fit, caption_boxes(shrink(warped), shrink(b)))


def stretched(a: F32, b: F32) -> Stretched:
    """Whether two pictures stretched edge to edge show one texture (:func:`.texture.differ`
    says no) and no part changed (:func:`.change.differs` says no): so it is for a whole
    copy; a texture or a part that differs under the stretch may be a border crop's
    misalignment (:func:`texture_look` aligns it first), and one that agrees would not
    disagree better aligned."""
    pair = halved_aligned(a, b, _identity(a, b))
    if texture.differs_in(pair):
        return Stretched.TEXTURE
    return Stretched.CHANGED if change.differs_in(pair) else Stretched.ALIKE


def texture_look(
    thumbs: Verdict, a: Features | None, b: Features | None, texture_alike: bool = False
) -> Verdict:
    """The verdict of a pair whose thumbnails call it a copy (within SURE_COPY) but that is
    not one stretched edge to edge (:func:`stretched`): aligned, a texture that agrees
    and no part changed (a border crop) leave the thumbnails' verdict standing (their
    residual forgives what it must: a caption box that the larger picture, shrunk again,
    may hide from the caption search); a texture that still differs, a changed part, or a
    fit that cannot compare the textures make two pictures (``texture_alike``: the
    textures agreed stretched, so a fit that cannot compare them keeps that).  A fit that
    leaves too little detail to compare is tried the other way round: a border crop of a
    silhouette warped onto its original (scikit-image's horse; one of Extreme Tux Racer's
    previews) leaves too little, its original warped onto it does not.  A texture that
    differs is not tried again: the fits are not symmetric, and two different planets that
    correlate at 0.43 one way may reach 0.66 the other."""
    if a is None or b is None:
        return thumbs
    alike, compared, inliers = _aligned_alike(a, b, texture_alike)
    if not alike and not compared:
        alike, _, more = _aligned_alike(b, a, texture_alike)
        inliers = max(inliers, more)
    return thumbs if alike else Verdict(TEXTURE_APART, thumbs.overlap, inliers)


def _aligned_alike(a: Features, b: Features, texture_alike: bool) -> tuple[bool, bool, int]:
    """Whether ``a`` aligned onto ``b`` shows ``b``'s texture and no changed part (see
    :func:`texture_look`), whether the textures could be compared at all, and the keypoint
    fit's inliers."""
    fit, inliers = fit_of(a, b)
    if fit is None:
        return False, False, inliers
    pair = halved_aligned(a.small, b.small, fit)
    found = None if pair is None else texture.correlation_of(pair)
    agrees = texture_alike if found is None else found >= texture.MIN_CORRELATION
    return agrees and not change.differs_in(pair), found is not None, inliers


def fit_of(a: Features, b: Features) -> tuple[F32 | None, int]:
    """The transform taking ``a``'s pixels to ``b``'s: by keypoints, else by intensity
    (ECC), and the keypoint fit's inliers."""
    fit, inliers = _keypoint_fit(a, b)
    return (fit, inliers) if fit is not None else (_intensity_fit(a.small, b.small), inliers)


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
    # a black sky) and along the lines of a picture that is its lines (a flag's bands, a
    # graded sky), so there the edge-to-edge stretch it starts from is measured too.
    fit = _intensity_fit(a.small, b.small)
    verdict = (
        Verdict(FAR, 0.0, inliers) if fit is None else _aligned(a.small, b.small, fit, inliers)
    )
    if verdict.distance > SURE_COPY and (nearly_empty(b.small) or lined(b.small)):
        stretch = _aligned(a.small, b.small, _identity(a.small, b.small), inliers)
        verdict = min(verdict, stretch, key=lambda v: v.distance)
    return verdict


def _aligned(a: F32, b: F32, fit: F32, inliers: int) -> Verdict:
    """The verdict of ``a`` aligned onto ``b`` by ``fit``."""
    measured = residual(a, b, fit)
    distance = min(FAR, round(_bits(measured)))
    if measured.contained < CONTAINED:  # overlapping windows of one scene: two photos
        distance = FAR
    elif distance < TEXTURE_APART:
        pair = texture.halved(a, b, fit, measured.overlay)
        if texture.differs_in(pair) or change.differs_in(pair):
            distance = TEXTURE_APART  # alike in the large, another texture or part: two pictures
    return Verdict(distance, measured.overlap, inliers)


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
    if fit is None or _degenerate(fit):
        # No fit, and no evidence of one scene either: RANSAC's best fit of two different
        # pictures may squeeze every match onto one point (two planets lit alike, whose ORB
        # matches all land on one spot of the other's limb: scale ~0, 40-56 "inliers").
        return None, 0
    if inliers < MIN_INLIERS or not _plausible(fit):
        return None, inliers  # no copy's fit, but its inliers may show one scene (a turn)
    return fit.astype(np.float32), inliers


def _scale(fit: npt.NDArray[Any]) -> float:
    return float(np.hypot(fit[0, 0], fit[1, 0]))


def _degenerate(fit: npt.NDArray[Any]) -> bool:
    """A fit that scales by more than SCENE_SCALE either way: no view of one scene."""
    return not 1 / SCENE_SCALE <= _scale(fit) <= SCENE_SCALE


def _plausible(fit: npt.NDArray[Any]) -> bool:
    scale = _scale(fit)
    angle = abs(float(np.degrees(np.arctan2(fit[1, 0], fit[0, 0]))))
    return 1 / MAX_SCALE <= scale <= MAX_SCALE and angle <= MAX_ANGLE


def _identity(a: F32, b: F32) -> F32:
    """The transform stretching ``a`` onto ``b`` edge to edge (a resized copy)."""
    (ha, wa), (hb, wb) = a.shape, b.shape
    return np.array([[wb / wa, 0, 0], [0, hb / ha, 0]], dtype=np.float32)


def _intensity_fit(a: F32, b: F32) -> F32 | None:
    """An affine fit by intensity (ECC) from the edge-to-edge stretch, at the residual's
    size; of two pictures that are their lines, by their profiles (:mod:`.profile`).  Where
    only one is its lines (the other is but for a corner box: a caption on a flag, or a
    faint picture with a watermark), both fits are tried and the one under which the
    pictures agree best is taken: a faint picture is its lines within their tolerance
    while ECC still finds its crop."""
    lines = profile_fit(a, b)
    if lines is not None and lined(a) and lined(b):
        return lines
    ecc = _ecc_fit(a, b)
    if lines is None:
        return ecc
    return min((lines, ecc), key=lambda fit: _bits(residual(a, b, fit)))


def _bits(measured: Measured) -> float:
    """A residual's distance on the 0-64 scale (before the texture and change tests)."""
    return max(measured.trimmed * RESIDUAL_BITS, measured.content * CONTENT_BITS)


def _ecc_fit(a: F32, b: F32) -> F32:
    """ECC's affine fit from the edge-to-edge stretch (the stretch where it fails or is
    implausible)."""
    start = _identity(a, b)
    sa, sb = shrink(a), shrink(b)
    fa, fb = a.shape[1] / sa.shape[1], b.shape[1] / sb.shape[1]
    warp = start.copy()
    warp[:, :2] *= fa / fb  # the same stretch between the shrunk pictures
    try:
        _, warp = cv2.findTransformECC(  # type: ignore[call-overload]  # mask None: allowed
            sb,
            sa,
            warp,
            cv2.MOTION_AFFINE,
            (cv2.TERM_CRITERIA_EPS | cv2.TERM_CRITERIA_COUNT, ECC_ITERATIONS, 1e-4),
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
