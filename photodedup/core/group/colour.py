"""Colour evidence for candidate pairs: may two photos be one picture, by their colours?

The fingerprint's colour is an 8x8 chroma thumbnail (Cb, Cr).  A grey picture (a grayscale
copy) or one without colour data gives no evidence.  Otherwise a pair's colours disagree
when their **hue correlation** is low: the chroma of the cells, each picture's median (its
background tint) taken off and the HUE_TRIM cells that differ most left out (a caption
box), correlates by less than HUE_CORRELATION while both pictures carry at least
HUE_ENERGY of it.  A subject too small for that (a navy car and the same car in teal on a
white page) is compared on the cells where both pictures are coloured (HUE_PRESENT, at least
HUE_CELLS of them): its hues correlate by less than HUE_CORRELATION there too.  Faintly
tinted pictures (pale lines in navy and in wine: FAINT_ENERGY of chroma) differ when their
hues run against each other (a correlation below FAINT_CORRELATION).  A small coloured
subject on a dark sky (at most SUBJECT_CELLS coloured cells in each picture: the cells the
trim leaves out) differs when the hues summed over each picture's coloured cells run
against each other (SUBJECT_AGAINST; a sum does not move when a crop shifts the grid).
A vivid and a pale picture whose hues run the same way (Neptune and Uranus) differ by their
colourfulness: one SATURATION_RATIO times the other's.
A drawing recoloured in a part of the frame (a scorpion's shell teal in one picture,
yellow-green in the other, its red claws alike) keeps most cells' hues: it is **recoloured**
when the chroma grids, aligned as well as a copy's can be (zoomed and shifted a little, as a
border crop moves them) and with the worst cell and the caption-sized corner that helps
most left out, still differ by RECOLOURED of their energy (:func:`recoloured`; checked only
on the pairs that may become copies, it costs more).
A faint drawing printed in one ink (pale lavender lines, the same lines in teal, on one
cream paper) has too little colour for the hue correlation: where the grey picture is
darker, more ink, its chroma moves towards the ink's hue.  That move (the chroma's slope
against grey over the 8x8 cells: the **tint**, TINT_SLOPE or more in both pictures) points
another way for another ink (TINT_AGREE).  Turns and mirrors move cells, not the slope.

Measured on the corpus's tune half (docs/accuracy.md): among 8,190 pairs of copies it flags
none and catches 890 of 893 colour-variant pairs (859 by the whole grid), every one that
the earlier rules caught (a mean chroma difference, imagehash's colour hash, recoloured 8x8
cells: 33 copies flagged between them, no variant caught that the hue correlation misses;
they were dropped).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any

import numpy as np
import numpy.typing as npt

from photodedup.core.fingerprint import CHROMA_SIDE, TURNS, FingerprintArrays, turn
from photodedup.core.fingerprint.caption import CAPTION_BOXES
from photodedup.core.group.verify import banded

I64 = npt.NDArray[np.int64]
F64 = npt.NDArray[np.float64]
Bools = npt.NDArray[np.bool_]
_CHUNK = 8192  # pairs per colour comparison
HUE_ENERGY = 2.0  # RMS centred chroma (per cell) both pictures need for the hue evidence
HUE_CORRELATION = 0.7  # copies correlate above this, colour variants below
# (tune half, whole grid: 0 of 8,190 pairs of copies below, 859 of 893 colour-variant pairs;
# held: 1 of 7,371 and 294 of 294; with the coloured cells too: tune 0 and 890 of 893)
FAINT_ENERGY = 0.5  # RMS centred chroma both faintly tinted pictures need ...
FAINT_CORRELATION = 0.0  # ... for hues that run against each other to tell them apart
# (tune: copies with 0.5-2 of it correlate at 0.13 and above, 1,078 pairs; the straw tote's
# pale duotones at -0.65 to -0.59; held, checked after: copies 0.62 and above, 817 pairs)
HUE_TRIM = 2  # cells that differ most, left out (a caption box, a watermark)
HUE_PRESENT = 2.5  # centred chroma of a cell that counts as coloured ...
HUE_CELLS = 2  # ... in both pictures, in at least this many cells: their hues correlate
SUBJECT_CELLS = 4  # a small coloured subject: at most this many coloured cells in each picture
SUBJECT_AGAINST = 0.0  # the summed hues of two pictures' coloured cells: below, they differ
# above HUE_CORRELATION for copies (tune half: 0.82 and above, 8,190 pairs of copies),
# below for small coloured subjects on a plain field (two dead frogs in lilac and teal: 0.57)
SATURATION_RATIO = 2.5  # one picture this many times as colourful as the other: two pictures
SATURATED = 10.0  # ... when the more colourful one has at least this much colour (RMS chroma)
# (copies keep their colourfulness: tune at most 1.84 apart, a brightened copy and a 20 %
# crop of a bug on a white field, 6.1 and 11.2; held 1.61; a fresh corpus no rule was made
# on, checked after: 1.73. Neptune and Uranus, both a blue disc on black, 27.0 and 8.0)
RECOLOURED = 0.22  # aligned chroma residual (share of the pair's chroma energy): two pictures
# (tune half: every pair of copies of a coloured original at most 0.12, a border crop of a
# babylonian star map against its brightened copy; Wesnoth's recoloured scorpion and griffin
# 0.24, GCompris's brown and red pots 0.26. Checked after, held 0.14, GCompris's copies
# 0.19, Wesnoth's 0.18: docs/accuracy.md, session 19)
BANDED_RECOLOURED = 0.05  # ... and for a pair with a banded picture (a flag, a plain sky:
# its colours are most of what it shows), when at least BANDED_CHROMA (RMS chroma levels)
# differs too. (Hedgewars's flags, tune half: copies at most 0.035, a brightened against a
# contrasted copy; the Belgian flag against Chad's, black against navy, 0.087.)
BANDED_CHROMA = 2.0  # (faintly tinted copies differ by 0.2-0.3 of their chroma: under 1 level)
_ZOOMS = (1.0, 1.055, 1.11)  # a border crop of up to 5 % a side scales the grid this much
_SHIFTS = (-0.25, 0.0, 0.25)  # ... and moves it by up to a quarter of a cell
_FINE_CHUNK = 512  # pairs per aligned comparison (~30 MB of temporaries)
_WORST = 13  # cells sorted by how far apart they are (more than any corner box holds)
TINT_SLOPE = 0.8  # chroma levels per standard deviation of grey that both faint tints need
TINT_AGREE = 0.7  # ... and the cosine of their directions: below, two inks
# (faint pictures, tune half: 1,414 pairs of copies with that much tint, cosine 0.916 and
# above; the straw tote's three pale inks 0.571, -0.108 and -0.878, tints 1.00-1.26;
# held, checked after: 1,094 pairs, 0.956 and above)


def colourfulness(fp: FingerprintArrays) -> npt.NDArray[np.float64]:
    """Mean chroma magnitude of each row (0 without colour data)."""
    if fp.chroma is None:
        return np.zeros(len(fp))
    return _colourfulness(fp.chroma.astype(np.float64))


def _colourfulness(chroma: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    c = chroma - 128.0
    return np.sqrt(np.square(c[:, 0]) + np.square(c[:, 1])).mean(axis=(1, 2))


def has_colour(fp: FingerprintArrays) -> npt.NDArray[np.bool_]:
    """Per photo: enough colour off its background for the hue evidence (a grayscale copy,
    a grey or faintly tinted picture has none: it may be a copy of either of two colour
    variants, so it must not bridge them)."""
    if fp.chroma is None:
        return np.zeros(len(fp), dtype=bool)
    return _coloured(fp.chroma)


def _coloured(chroma: npt.NDArray[np.uint8]) -> Bools:
    """:func:`has_colour` of (n, 2, side, side) chroma grids."""
    centred = _centred(chroma.astype(np.float64))
    return np.sqrt(np.square(centred).sum(axis=1).mean(axis=1)) >= HUE_ENERGY


def _centred(chroma: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """(n, 2, 8, 8) chroma as (n, 2, 64) cells, each picture's median (its background's
    tint) taken off."""
    cells = chroma.reshape(len(chroma), 2, -1)
    return cells - np.median(cells, axis=2, keepdims=True)


def colour_agrees(fp: FingerprintArrays, i: I64, j: I64) -> npt.NDArray[np.bool_]:
    """Whether the colours of each pair allow it to be one photo (see the module docstring)."""
    if fp.chroma is None or len(i) == 0:
        return np.ones(len(i), dtype=bool)
    if len(i) > _CHUNK:  # bounded memory: (pairs, 2, 8, 8) float arrays per chunk
        parts = [
            colour_agrees(fp, i[k : k + _CHUNK], j[k : k + _CHUNK])
            for k in range(0, len(i), _CHUNK)
        ]
        return np.concatenate(parts)
    ci, cj = fp.chroma[i].astype(np.float64), fp.chroma[j].astype(np.float64)
    return ~_hues_differ(ci, cj) & ~_tints_differ(fp, i, j)


def colour_agrees_turned(fp: FingerprintArrays, i: I64, j: I64) -> npt.NDArray[np.bool_]:
    """:func:`colour_agrees` with the first photo of each pair in its best orientation (as
    it is, mirrored or turned): for mirrored and turned copies, whose colours lie elsewhere
    in the grid."""
    agree = colour_agrees(fp, i, j)
    if fp.chroma is None or len(i) == 0 or agree.all():
        return agree
    rest = np.flatnonzero(~agree)
    rest = rest[~_tints_differ(fp, i[rest], j[rest])]  # a turn does not move the tint
    if not len(rest):
        return agree
    cj = fp.chroma[j[rest]].astype(np.float64)
    for turned in _turned_grids(fp.chroma[i[rest]].astype(np.float64)):
        agree[rest] |= ~_hues_differ(turned, cj)
    return agree


def _turned_grids(chroma: npt.NDArray[Any]) -> Iterator[npt.NDArray[Any]]:
    """(pairs, 2, side, side) chroma grids in each of the TURNS other orientations."""
    grid = np.moveaxis(chroma, (2, 3), (0, 1))  # (side, side, pairs, 2): turn() turns the first two
    for k in range(TURNS):
        yield np.ascontiguousarray(np.moveaxis(turn(grid, k), (0, 1), (2, 3)))


def _hues_differ(ci: npt.NDArray[np.float64], cj: npt.NDArray[np.float64]) -> npt.NDArray[np.bool_]:
    """Per pair: both pictures carry enough colour off their background, and its hue does
    not correlate (see the module docstring)."""
    x, y = _centred(ci), _centred(cj)
    against = _subject_hues_against(x, y) | _saturation_differs(x, y)
    apart = np.square(x - y).sum(axis=1)  # (pairs, cells)
    keep = np.argsort(apart, axis=1, kind="stable")[:, : apart.shape[1] - HUE_TRIM]
    x = np.take_along_axis(x, keep[:, None, :], axis=2)
    y = np.take_along_axis(y, keep[:, None, :], axis=2)
    ex, ey = np.square(x).sum(axis=(1, 2)), np.square(y).sum(axis=(1, 2))
    cells = keep.shape[1]
    strong = np.minimum(ex, ey) >= HUE_ENERGY**2 * cells
    correlation = _correlation(x, y)
    whole = strong & (correlation < HUE_CORRELATION)
    # A faintly tinted picture (pale lines in navy, the same lines in wine) has too little
    # colour for that: its hues differ only when they run against each other.
    faint = (np.minimum(ex, ey) >= FAINT_ENERGY**2 * cells) & (correlation < FAINT_CORRELATION)
    # A small coloured subject on a plain field (a navy car, the same car in teal) has too
    # little colour over the whole grid: its hue is compared where both pictures have some.
    both = np.minimum(np.square(x).sum(axis=1), np.square(y).sum(axis=1)) >= HUE_PRESENT**2
    subject = (both.sum(axis=1) >= HUE_CELLS) & (
        _correlation(x * both[:, None, :], y * both[:, None, :]) < HUE_CORRELATION
    )
    return whole | faint | subject | against


def _saturation_differs(x: F64, y: F64) -> Bools:
    """Per pair of centred chroma arrays: one picture is SATURATION_RATIO times as colourful
    as the other (RMS chroma off its background, every cell), the more colourful one clearly
    so (SATURATED): a vivid and a pale picture of one kind (two planets) whose hues run the
    same way.  Copies keep their colour (a brightness or contrast edit moves it by ~15 %)."""
    ex = np.sqrt(np.square(x).sum(axis=1).mean(axis=1))
    ey = np.sqrt(np.square(y).sum(axis=1).mean(axis=1))
    low, high = np.minimum(ex, ey), np.maximum(ex, ey)
    return (low >= HUE_ENERGY) & (high >= SATURATED) & (high > SATURATION_RATIO * low)


def _tints_differ(fp: FingerprintArrays, i: I64, j: I64) -> Bools:
    """Per pair: two faintly tinted pictures (FAINT_ENERGY up to HUE_ENERGY of colour off
    their background) whose tints (:func:`_tints`) are both strong and point two ways."""
    assert fp.chroma is not None
    rows = np.unique(np.concatenate([i, j]))
    chroma = fp.chroma[rows].astype(np.float64)
    energy = np.sqrt(np.square(_centred(chroma)).sum(axis=1).mean(axis=1))
    tint = _tints(fp.thumbs[rows].astype(np.float64), chroma)
    size = np.linalg.norm(tint, axis=1)
    faint = (energy >= FAINT_ENERGY) & (energy < HUE_ENERGY) & (size >= TINT_SLOPE)
    a, b = np.searchsorted(rows, i), np.searchsorted(rows, j)
    cosine = (tint[a] * tint[b]).sum(axis=1) / np.maximum(size[a] * size[b], 1e-12)
    return faint[a] & faint[b] & (cosine < TINT_AGREE)


def _tints(thumbs: npt.NDArray[np.float64], chroma: npt.NDArray[np.float64]) -> F64:
    """(n, 2): how far each picture's chroma (Cb, Cr) moves over one standard deviation of
    its grey, fitted over the 8x8 cells: the hue of what darkens it (an ink), and how much."""
    n = len(thumbs)
    side = chroma.shape[-1]
    step = thumbs.shape[-1] // side
    grey = thumbs.reshape(n, side, step, side, step).mean(axis=(2, 4)).reshape(n, -1)
    grey -= grey.mean(axis=1, keepdims=True)
    cells = chroma.reshape(n, 2, -1)
    cells = cells - cells.mean(axis=2, keepdims=True)
    spread = np.sqrt(np.square(grey).sum(axis=1))
    moved = (cells * grey[:, None, :]).sum(axis=2)
    return moved / np.maximum(spread, 1e-9)[:, None] / np.sqrt(grey.shape[1])


def _subject_hues_against(x: npt.NDArray[np.float64], y: npt.NDArray[np.float64]) -> Bools:
    """Per pair: the overall hues of the two pictures' coloured cells run against each
    other (a purple shamrock, an olive badge: each a cell or two of the grid, which the
    cell-wise comparison's trim leaves out).  Summed over the cells, the hue does not move
    when a crop shifts the grid."""
    in_x = np.square(x).sum(axis=1, keepdims=True) >= HUE_PRESENT**2  # (pairs, 1, cells)
    in_y = np.square(y).sum(axis=1, keepdims=True) >= HUE_PRESENT**2
    small = (in_x.sum(axis=(1, 2)) <= SUBJECT_CELLS) & (in_y.sum(axis=(1, 2)) <= SUBJECT_CELLS)
    sx, sy = (x * in_x).sum(axis=2), (y * in_y).sum(axis=2)
    norm = np.sqrt(np.square(sx).sum(axis=1) * np.square(sy).sum(axis=1))
    return small & (norm > 0) & ((sx * sy).sum(axis=1) < SUBJECT_AGAINST * norm)


def _correlation(x: npt.NDArray[np.float64], y: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    """Per pair: the correlation of two (pairs, 2, cells) centred chroma arrays."""
    norm = np.sqrt(np.square(x).sum(axis=(1, 2)) * np.square(y).sum(axis=(1, 2)))
    return (x * y).sum(axis=(1, 2)) / np.where(norm > 0, norm, 1.0)


def recoloured(fp: FingerprintArrays, i: I64, j: I64) -> Bools:
    """Per pair: two coloured pictures (:func:`has_colour`) whose chroma grids differ by at
    least RECOLOURED of their energy however they are aligned (each picture's background
    tint taken off; every zoom and shift of either grid; the worst cell and the
    caption-sized corner box that helps most left out): one drawing recoloured in part.
    For a pair with a banded picture, BANDED_RECOLOURED (and BANDED_CHROMA) suffice."""
    out = np.zeros(len(i), dtype=bool)
    if fp.chroma is None or len(i) == 0:
        return out
    both = np.flatnonzero(_coloured(fp.chroma[i]) & _coloured(fp.chroma[j]))
    banded = _banded_pairs(fp, i, j)
    for start in range(0, len(both), _FINE_CHUNK):
        sel = both[start : start + _FINE_CHUNK]
        out[sel] = _grids_differ(fp.chroma[i[sel]], fp.chroma[j[sel]], banded[sel])
    return out


def recoloured_turned(fp: FingerprintArrays, i: I64, j: I64) -> Bools:
    """:func:`recoloured` in every orientation of the first photo of each pair (as it is,
    mirrored or turned): for mirrored and turned copies, whose colours lie elsewhere in
    the grid."""
    out = recoloured(fp, i, j)
    rest = np.flatnonzero(out)
    if fp.chroma is None or not len(rest):
        return out
    banded = _banded_pairs(fp, i[rest], j[rest])
    for turned in _turned_grids(fp.chroma[i[rest]]):
        for start in range(0, len(rest), _FINE_CHUNK):
            part = slice(start, start + _FINE_CHUNK)
            found = _grids_differ(turned[part], fp.chroma[j[rest[part]]], banded[part])
            out[rest[part]] &= found
    return out


def _banded_pairs(fp: FingerprintArrays, i: I64, j: I64) -> Bools:
    return banded(fp, i) | banded(fp, j)


def _grids_differ(ci: npt.NDArray[np.uint8], cj: npt.NDArray[np.uint8], banded: Bools) -> Bools:
    """Per pair of (pairs, 2, side, side) chroma grids: apart by RECOLOURED or more (pairs
    with a banded picture: BANDED_RECOLOURED, and BANDED_CHROMA levels)."""
    x, y = _centred(ci.astype(np.float64)), _centred(cj.astype(np.float64))
    least = np.where(banded, BANDED_RECOLOURED, RECOLOURED)
    levels = (np.square(x).sum(axis=(1, 2)) + np.square(y).sum(axis=(1, 2))) / x[0].size
    # As they are first: the other alignments can only lower the share.
    share = _aligned_residual(x, y, _warps()[:1])
    far = share >= least
    if far.any():
        share[far] = _aligned_residual(x[far], y[far])
        far[far] = share[far] >= least[far]
    return far & (~banded | (np.sqrt(share * levels) >= BANDED_CHROMA))


def _aligned_residual(x: F64, y: F64, warps: F64 | None = None) -> F64:
    """Per pair of (pairs, 2, cells) centred grids: the smallest share of their chroma
    energy that differs, over the alignments (``warps``: all of :func:`_warps` unless
    given) and the corner boxes left out."""
    n, bands, cells = x.shape
    if warps is None:
        warps = _warps()  # (alignments, cells, cells)
    flat = warps.reshape(-1, cells).T  # one product for every alignment
    wx = (x.reshape(-1, cells) @ flat).reshape(n, bands, len(warps), cells).swapaxes(1, 2)
    wy = (y.reshape(-1, cells) @ flat).reshape(n, bands, len(warps), cells).swapaxes(1, 2)
    a = np.concatenate([wx, np.broadcast_to(x[:, None], wx.shape)], axis=1)
    b = np.concatenate([np.broadcast_to(y[:, None], wy.shape), wy], axis=1)
    apart = np.square(a - b).sum(axis=2)  # (pairs, 2 x alignments, cells)
    energy = np.square(a).sum(axis=2) + np.square(b).sum(axis=2)
    kept = _corner_masks()  # (boxes, cells)
    # The worst cell inside each box's cells is among the worst _WORST of all: no corner
    # box holds more than _WORST - 1 cells.
    order = np.argsort(-apart, axis=2)[..., :_WORST]  # (pairs, alignments, worst)
    inside = kept.T[order]  # (pairs, alignments, worst, boxes)
    first = np.argmax(inside, axis=2)  # (pairs, alignments, boxes): the worst kept cell
    cell = np.take_along_axis(order, first, axis=2)
    diff = apart @ kept.T - np.take_along_axis(apart, cell, axis=2)
    total = energy @ kept.T - np.take_along_axis(energy, cell, axis=2)
    share = np.where(total > 1e-9, diff / np.maximum(total, 1e-9), np.inf)
    return share.reshape(n, -1).min(axis=1)


@functools.cache
def _warps() -> F64:
    """Bilinear resampling matrices of the 8x8 grid: the identity, then one per zoom and
    shift (the edge cells repeat beyond the grid)."""
    side = CHROMA_SIDE
    mats: list[npt.NDArray[np.floating[Any]]] = [np.eye(side * side)]  # as they are, first
    for zoom in _ZOOMS:
        for dy in _SHIFTS:
            for dx in _SHIFTS:
                if (zoom, dy, dx) != (1.0, 0.0, 0.0):
                    mats.append(np.kron(_resample(side, zoom, dy), _resample(side, zoom, dx)))
    return np.stack(mats)


def _resample(side: int, zoom: float, shift: float) -> F64:
    """(side, side) weights: output cell k samples the input at (k - c) / zoom + c + shift."""
    centre = (side - 1) / 2
    at = np.clip((np.arange(side) - centre) / zoom + centre + shift, 0, side - 1)
    low = np.minimum(np.floor(at).astype(np.int64), side - 2)
    frac = at - low
    out = np.zeros((side, side))
    out[np.arange(side), low] = 1 - frac
    out[np.arange(side), low + 1] += frac
    return out


@functools.cache
def _corner_masks() -> F64:
    """(1 + 12, cells): every cell, then the cells outside each caption-sized corner box."""
    side = CHROMA_SIDE
    rows, cols = np.mgrid[0:side, 0:side] + 0.5
    masks = [np.ones((side, side), dtype=bool)]
    for width, height in CAPTION_BOXES:
        for right in (False, True):
            for bottom in (False, True):
                in_x = cols >= side * (1 - width) if right else cols < side * width
                in_y = rows >= side * (1 - height) if bottom else rows < side * height
                masks.append(~(in_x & in_y))
    return np.stack([m.ravel() for m in masks]).astype(np.float64)


TONE_SLACK = 0.25  # grey levels: a grayscale copy keeps its variant's tones this exactly
# (tune and held: its own variant 0.0 apart on the 16x16 thumbnails, the others 0.28-19.5;
# at 0.5, a grey copy of the wine car stayed with the teal one, 0.40 apart)


def grey_owners(fp: FingerprintArrays, i: I64, j: I64, turned: Bools) -> Bools:
    """Which copy pairs (i, j) to keep: a grey photo paired with colour variants that
    disagree (a grayscale copy is close to every variant of its picture) keeps only the
    partners whose tones it has, and two grey photos whose closest colour partners disagree
    (grayscale copies of two variants) are not copies of each other.

    A grayscale conversion keeps the luminance of its original exactly, so the grey
    thumbnails of the right variant (and of its copies in the same format) match it to
    within TONE_SLACK; another variant's luminance differs where its hues do.  Turned pairs
    are left as they are."""
    keep = np.ones(len(i), dtype=bool)
    coloured = has_colour(fp)
    mixed = np.flatnonzero((coloured[i] != coloured[j]) & ~turned)
    if len(mixed) == 0:
        return keep
    grey = np.where(coloured[i[mixed]], j[mixed], i[mixed])
    other = np.where(coloured[i[mixed]], i[mixed], j[mixed])
    gap = np.abs(fp.thumbs[grey].astype(np.float32) - fp.thumbs[other]).mean(axis=(1, 2))
    order = np.argsort(grey, kind="stable")
    starts = np.flatnonzero(np.diff(grey[order], prepend=-1))
    owner = np.full(len(fp), -1, dtype=np.int64)  # per grey photo: its closest colour partner
    for pos in np.split(order, starts[1:]):
        owner[grey[pos[0]]] = other[pos[np.argmin(gap[pos])]]
        if len(pos) > 1 and _contested(fp, other[pos]):
            far = gap[pos] > gap[pos].min() + TONE_SLACK
            keep[mixed[pos[far]]] = False
    both = np.flatnonzero((owner[i] >= 0) & (owner[j] >= 0) & ~turned)
    keep[both] &= colour_agrees(fp, owner[i[both]], owner[j[both]])
    return keep


def _contested(fp: FingerprintArrays, partners: I64) -> bool:
    """Whether two of these photos disagree by colour (colour variants of one picture)."""
    a, b = np.triu_indices(len(partners), k=1)
    return not bool(colour_agrees(fp, partners[a], partners[b]).all())
