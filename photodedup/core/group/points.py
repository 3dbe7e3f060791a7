"""Sparse pictures told apart by their points: a star field, a subject of a few pixels on
a night sky.

At 64 px such a picture shows nothing (``StructureCheck.has_subject`` says no subject), so
neither the fingerprint nor the aligned residual can tell a copy from another sky.  At the
structure check's decode (``FEATURE_LONG_SIDE``) the stars and the subject are bright
points, and their positions identify the picture the way a constellation does: two
different skies never put a dozen points at the same places.

:func:`points_of` finds the points of one picture (connected blobs above the background's
noise, a caption box left out); :func:`verdict` fits a similarity transform (RANSAC) to
point correspondences near the edge-to-edge stretch and says how many points of one
picture lie on points of the other.  A copy

* keeps at least ``MIN_POINTS`` points in place (a fit on fewer proves nothing),
* lies inside the other picture (a copy or a border crop is contained in its original;
  two overlapping windows of one sky are two photos), and
* has its brightest points, the subject among them, on points of the other (the same sky
  under two different subjects is two photos): on at least one side, the side without an
  added watermark, whose text makes new points.

The distance on the 0-64 scale is the share of that side's points left unmatched, so a
pair accepted at one threshold is accepted at every higher one.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
import numpy.typing as npt

from photodedup.core.fingerprint.caption import caption_box
from photodedup.core.group.align import Verdict
from photodedup.core.group.residual import FAR, shrink

F32 = npt.NDArray[np.float32]
MIN_POINTS = 6  # fewer points in either picture (a lens cap's noise): no verdict
MAX_POINTS = 80  # the brightest points kept per picture
LEVEL = 20.0  # a point is at least this many grey levels above the background ...
NOISE = 6.0  # ... and this many times its noise (robust spread)
WEAK = 0.5  # points of the other picture are looked for down to this share of the level
SPARSE = 0.01  # a picture with more bright pixels than this share is not sparse
SEARCH = 24.0  # px at the decode's long side: how far a border crop moves a point
TOLERANCE = 2.0  # px: a point lies on a point of the other picture
TOP = 3  # the brightest points of the judged side must all be matched
CONTAINED = 0.95  # one picture lies at least this much inside the other
MAX_SCALE = 1.6
SCALE_BITS = 64  # unmatched share to the 0-64 scale


@dataclass(frozen=True, slots=True)
class Points:
    """The bright points of a sparse picture (brightest first) at two levels."""

    strong: F32  # (k, 2) x, y of the blobs above the level, by mass
    radius: F32  # (k,) each strong blob's radius (of a disc of its area), px
    weak: F32  # (m, 2) x, y of the blobs above WEAK times the level
    shape: tuple[int, int]  # (h, w) of the picture they were found in


def points_of(grey: F32) -> Points | None:
    """The points of ``grey`` (the structure check's decode), or None when it is not a
    sparse picture (too many bright pixels) or has fewer than MIN_POINTS points."""
    grey = _uncaptioned(grey)
    background = float(np.median(grey))
    spread = 1.4826 * float(np.median(np.abs(grey - background)))
    level = max(LEVEL, NOISE * spread)
    if np.count_nonzero(grey > background + level) > SPARSE * grey.size:
        return None
    strong, radius = _blobs(grey, background, background + level)
    if len(strong) < MIN_POINTS:
        return None
    weak, _ = _blobs(grey, background, background + WEAK * level)
    h, w = grey.shape
    return Points(strong, radius, weak, (h, w))


def _uncaptioned(grey: F32) -> F32:
    """``grey`` with an app's caption box (found at the residual's size) painted over with
    the background: its edges and letters are no points of the picture."""
    small = shrink(grey)
    box = caption_box(small, strict=True)
    if box is None:
        return grey
    fy, fx = grey.shape[0] / small.shape[0], grey.shape[1] / small.shape[1]
    top, bottom, left, right = box
    out = grey.copy()
    out[
        max(0, int((top - 1) * fy)) : int(np.ceil((bottom + 1) * fy)),
        max(0, int((left - 1) * fx)) : int(np.ceil((right + 1) * fx)),
    ] = float(np.median(grey))
    return out


def _blobs(grey: F32, background: float, level: float) -> tuple[F32, F32]:
    """Centres and radii of the 8-connected blobs above ``level``, the MAX_POINTS
    brightest (by mass above the background) first."""
    mask = (grey > level).astype(np.uint8)
    count, labels, stats, centres = cv2.connectedComponentsWithStats(mask, connectivity=8)
    if count <= 1:
        return np.zeros((0, 2), np.float32), np.zeros(0, np.float32)
    mass = np.bincount(labels.ravel(), weights=(grey - background).ravel(), minlength=count)
    order = np.argsort(-mass[1:], kind="stable")[:MAX_POINTS]
    radius = np.sqrt(stats[1:, cv2.CC_STAT_AREA][order] / np.pi)
    return np.asarray(centres[1:][order], dtype=np.float32), radius.astype(np.float32)


def verdict(a: Points, b: Points) -> Verdict:
    """How ``a`` and ``b`` compare by their points (FAR: not copies)."""
    fit, inliers = _fit(a, b)
    if fit is None:
        return Verdict(FAR, 0.0, inliers)
    cover_a, cover_b = _covers(a.shape, b.shape, fit)
    if max(cover_a, cover_b) < CONTAINED:
        return Verdict(FAR, min(cover_a, cover_b), inliers)
    back = np.asarray(cv2.invertAffineTransform(fit), dtype=np.float32)
    shares = [_matched_share(a, b, fit), _matched_share(b, a, back)]
    best = max(shares)
    distance = FAR if best < 0 else round((1.0 - best) * SCALE_BITS)
    return Verdict(distance, min(cover_a, cover_b), inliers)


def _fit(a: Points, b: Points) -> tuple[F32 | None, int]:
    """A similarity transform taking ``a``'s points onto ``b``'s (RANSAC over nearest
    points near the edge-to-edge stretch), and its inliers."""
    (ha, wa), (hb, wb) = a.shape, b.shape
    guess = a.strong * np.array([wb / wa, hb / ha], np.float32)
    gaps = np.linalg.norm(guess[:, None, :] - b.strong[None, :, :], axis=2)
    nearest = gaps.argmin(axis=1)
    near = gaps[np.arange(len(guess)), nearest] <= SEARCH
    if near.sum() < MIN_POINTS:
        return None, int(near.sum())
    fit, mask = cv2.estimateAffinePartial2D(
        a.strong[near],
        b.strong[nearest[near]],
        method=cv2.RANSAC,
        ransacReprojThreshold=TOLERANCE,
        maxIters=500,
        confidence=0.99,
    )
    inliers = int(mask.sum()) if mask is not None else 0
    if fit is None or inliers < MIN_POINTS:
        return None, inliers
    scale = float(np.hypot(fit[0, 0], fit[1, 0]))
    if not 1 / MAX_SCALE <= scale <= MAX_SCALE:
        return None, inliers
    return fit.astype(np.float32), inliers


def _covers(shape_a: tuple[int, int], shape_b: tuple[int, int], fit: F32) -> tuple[float, float]:
    """The share of ``a`` that lands inside ``b`` and of ``b`` covered by ``a``."""
    (ha, wa), (hb, wb) = shape_a, shape_b
    corners = np.array([[0, 0], [wa, 0], [wa, ha], [0, ha]], np.float32)
    frame = np.array([[0, 0], [wb, 0], [wb, hb], [0, hb]], np.float32)
    moved = np.ascontiguousarray(corners @ fit[:, :2].T + fit[:, 2], dtype=np.float32)
    placed = float(cv2.contourArea(moved))
    kept, _ = cv2.intersectConvexConvex(moved, frame)
    return (float(kept) / placed if placed else 0.0), float(kept) / float(wb * hb)


def _matched_share(one: Points, other: Points, fit: F32) -> float:
    """The share of ``one``'s points (inside ``other``) that land on a point of ``other``,
    or -1 when fewer than MIN_POINTS land inside or a brightest one is unmatched."""
    moved = one.strong @ fit[:, :2].T + fit[:, 2]
    h, w = other.shape
    inside = (moved[:, 0] >= 0) & (moved[:, 1] >= 0) & (moved[:, 0] < w) & (moved[:, 1] < h)
    if inside.sum() < MIN_POINTS or len(other.weak) == 0:
        return -1.0
    # A point lies on a point of the other found at either level (a faint star crosses
    # the level in one copy only; a dim nebula's weak blob is wider and centred elsewhere).
    targets = np.concatenate([other.strong, other.weak])
    gaps = np.linalg.norm(moved[:, None, :] - targets[None, :, :], axis=2).min(axis=1)
    hit = gaps <= TOLERANCE + 0.5 * one.radius  # a large blob's centre moves with its edge
    if not hit[np.flatnonzero(inside)[:TOP]].all():
        return -1.0
    return float(hit[inside].mean())
