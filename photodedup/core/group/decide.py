"""Deciding candidate pairs: copies, similar shots, or different photos.

Every candidate pair (from :mod:`photodedup.core.group.candidates`) first gets the cheap
fingerprint distance (:func:`photodedup.core.group.verify.pair_distances`) and the colour
evidence (:mod:`photodedup.core.group.colour`; for the pairs that may become copies, also
the aligned chroma residual of :func:`~photodedup.core.group.colour.recoloured`).  Then:

* **Decided by the fingerprint**: a pair whose cheap distance is within the threshold
  and ``EASY_REACH``, whose hashes are at most ``EASY_HASH`` apart, whose colours agree,
  and whose two pictures are *rich* (enough informative hash bits, not mostly a plain
  background, not dark) is a copy at that distance: on such pictures the fingerprint is
  reliable.  Beyond ``EASY_REACH`` (up to the threshold) it is checked like the others
  (two views of a stereo pair measure 9-10, a retouched version or a colour variant
  3-8, where resized or re-encoded copies measure 0-2), unless its two photos are two captures
  (frames of a burst: a similar shot at most, and checking every close pair of a camera's
  bursts would cost a second decode of most photos); so is a pair beyond ``EASY_HASH``,
  a turned pair (rotation option: a sky mirrored is any other under it), and a pair
  whose brightness is TONE_GAIN apart (:mod:`photodedup.core.group.brightness`: one painting
  dark and light, which the thumbnails tell apart).
* **Decided by structure**: any other pair within ``threshold + RESCUE`` by the cheap
  distance (a border crop or a caption box moves the fingerprint a little beyond the
  threshold: the aligned pictures tell), or with hashes at most ``CLOSE_HASH`` apart (if
  its colours agree, not two captures), or failing only the brightness/contrast/sharpness
  guards with hashes at most ``RESCUE_HASH`` apart (a caption box changes those figures)
  goes to :class:`photodedup.core.group.structure.StructureCheck`
  (:mod:`photodedup.core.group.on_pictures`).  It is a copy when the aligned pictures
  differ by at most the threshold, cover each other by at least ``MIN_OVERLAP``, and their
  colours agree; a *similar shot* when they are not copies but a keypoint fit with at
  least ``SHOT_INLIERS`` inliers shows one scene.  Without a structure check (a
  bare fingerprint set) such pairs are copies only when the cheap distance is within the
  threshold and the colours agree.  A *turned* pair (rotation option) of two sparse
  pictures with points is a copy only if their points fit as copies under some turn.
* Flat pictures never pair by similarity.  *Banded* ones (too few informative hash bits
  but some contrast: bands, bars, gradients, two tones, a flag) are paired all with all
  (their hash bits are noise, so the index does not find their copies), measured by their
  thumbnails alone, and the close ones go to the structure check.  Faint pictures
  (informative hash bits, almost no contrast: a subject of a few pixels on a black sky, or
  a flat field's shading) go to the structure check when they are candidates (their
  hash bits are mostly noise) and both pictures show a subject at 64 px; when one of them
  shows none, the pair is decided by the bright points of both pictures at the structure
  check's size (:mod:`photodedup.core.group.points`: a star field's stars), and a flat
  field's noise, which has no such points, never pairs.
* A grey photo (a grayscale copy) that would be a copy of colour variants that disagree
  stays a copy of those whose tones it has, and the grey copies of two variants are not
  copies of each other (:func:`photodedup.core.group.colour.grey_owners`).
* Two photos whose EXIF capture instants say two captures (frames of a burst;
  :mod:`photodedup.core.group.capture`) are never copies: a pair that would be one by the
  steps above is a similar shot at that distance instead.

Every step is monotone in the threshold: a pair accepted at one threshold is accepted at
every higher one (tested).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from photodedup.core.fingerprint import FingerprintArrays, banded_figures, faint_figures
from photodedup.core.group import brightness, candidates, capture
from photodedup.core.group.colour import colour_agrees, grey_owners, recoloured
from photodedup.core.group.on_pictures import UNSEEN, Decision
from photodedup.core.group.structure import StructureCheck
from photodedup.core.group.verify import FAR, banded, banded_distances, pair_distances, rich

I64 = npt.NDArray[np.int64]
F64 = npt.NDArray[np.float64]
EASY_REACH = 2  # rich pairs up to this far are copies by the fingerprint alone: resized,
# re-encoded and converted copies measure 0-2 (corpus2: every one of them).  Beyond, the
# pictures decide: a stereo pair's two views measure 9-10, a retouched version 3-8 (a naga
# with and without her shield 4, a battlefield with and without its people 3), a colour variant
# the chroma cannot tell 6 (a paint pot's drip in black and in brown, in magenta and in pink);
# edited copies (captions, border crops, watermarks) 3-8 too, so the check costs those a decode
EASY_HASH = 10  # ... and their hashes at most this far apart: at the candidate radius's edge
# (12) a thumbnail that agrees is mostly a shared backdrop (two level shots of one game on
# one sky), and the pictures decide
RESCUE = 8  # structure checks reach this far above the threshold by the cheap distance
RESCUE_HASH = 6  # guard-failing pairs are checked up to this hash distance
CLOSE_HASH = 8  # pairs this close by their hashes are checked whatever their thumbnails say
MAX_SPARSE = 2000  # sparse photos paired all with all (2 M pairs at most); banded ones too
BANDED_NEAREST = 16  # ... each of them with its closest this many
_PAIR_CHUNK = 1 << 18  # candidate pairs screened at once (~35 MB of temporaries)
Bools = npt.NDArray[np.bool_]


@dataclass(frozen=True, slots=True)
class Edges:
    """Copy pairs and similar-shot pairs (photo indices, i < j) with their distances."""

    i: I64
    j: I64
    dist: I64
    shot_i: I64
    shot_j: I64
    shot_dist: I64
    turned: npt.NDArray[np.bool_]  # per copy pair: one photo is the other turned
    share: F64  # per copy pair: the smaller share of either picture the other covers (1:
    # whole pictures, as the fingerprint compares them; a 20 % crop: 0.64)
    apart_i: I64  # pairs (i < j) checked on their pictures as they are and not copies...
    apart_j: I64
    apart_dist: I64  # ... and the closest any of those checks found them

    def kept(self, keep: npt.NDArray[np.bool_]) -> Edges:
        """These edges with only the copy pairs where ``keep`` is true."""
        i, j, dist, turned = self.i[keep], self.j[keep], self.dist[keep], self.turned[keep]
        shots = self.shot_i, self.shot_j, self.shot_dist
        checked = self.apart_i, self.apart_j, self.apart_dist
        return Edges(i, j, dist, *shots, turned, self.share[keep], *checked)

    def turned_photos(self) -> set[int]:
        """Photos in a copy pair whose other photo is a mirrored or turned copy."""
        return set(self.i[self.turned].tolist()) | set(self.j[self.turned].tolist())


def edges(
    fp: FingerprintArrays,
    threshold: int,
    check: StructureCheck | None,
    rotations: bool,
    *,
    exhaustive: bool = False,
) -> Edges:
    """Copy and similar-shot edges among the photos of ``fp``.

    Unless ``exhaustive``, a pair whose photos are already joined by close copy pairs
    (closest pairs are checked first) is not checked: it would not change the groups.
    """
    found = candidates.find(fp, _radius(threshold), rotations)
    if check is not None:
        found = candidates.with_plain(found, *_sparse_pairs(check, fp))
        found = candidates.with_plain(found, *_banded_pairs(fp, threshold))
    grown, origin = found.fp, found.origin
    screened = _screen(grown, found.i, found.j, found.turn, threshold, pictures=check is not None)
    i, j, turns, cheap, colour, easy, hard = screened
    del found  # the unscreened candidates (~24 bytes a pair) are gone before any check
    apart = capture.apart(grown, i, j)
    # Rich pictures of one capture (or without one) beyond EASY_REACH are checked: two
    # views of a stereo pair measure like copies by the fingerprint.  So are those whose
    # hashes are beyond EASY_HASH (thumbnails that agree on a shared backdrop) and turned
    # pairs (a mirrored sky is any picture under it).  Two captures are a similar shot at
    # most either way, and are not checked.
    doubtful = (cheap > min(threshold, EASY_REACH)) | (turns >= 0)
    doubtful[easy] |= grown.hash_distance(i[easy], j[easy]) > EASY_HASH
    level = grown.figures[:, 0]  # one painting dark and light: the thumbnails tell
    doubtful[easy] |= brightness.apart(level[i[easy]], level[j[easy]])
    recheck = easy & ~apart & doubtful
    easy &= ~recheck
    hard |= recheck
    dist = np.where(easy, cheap, FAR)
    shot_dist = np.full(len(i), FAR, dtype=np.int64)
    share = np.ones(len(i))
    seen = np.full(len(i), UNSEEN, dtype=np.int64)
    photo_i = origin[i]
    if check is None:
        dist = np.where(hard & colour & (cheap <= threshold), cheap, dist)
    else:
        decision = Decision(
            check, photo_i, j, turns, colour, threshold, dist, shot_dist, share, seen
        )
        seed = easy & ~apart  # decided by the fingerprint: joined from the start
        decision.on_pictures(
            fp, grown, i, hard, cheap=cheap, seed=seed, apart=apart, exhaustive=exhaustive
        )
    shot_dist[dist <= threshold] = FAR  # a copy by its points is no similar shot too
    if apart.any():  # a pair of two captures is a similar shot, never a copy
        shot_dist = np.where(apart & (dist <= threshold), dist, shot_dist)
        dist = np.where(apart, FAR, dist)
    shot = shot_dist < FAR
    result = _as_edges(photo_i, j, dist, shot, shot_dist, turns >= 0, share, seen, threshold)
    return result.kept(grey_owners(fp, result.i, result.j, result.turned))


def _sparse_pairs(check: StructureCheck, fp: FingerprintArrays) -> tuple[I64, I64]:
    """Every pair (i < j) of the sparse photos: faint, nothing shown at 64 px, bright
    points at the structure check's size (a star field).  Their hash bits are noise, so
    the index does not find their copies; there are few of them, and a pair of them is
    decided by its points.  With more than MAX_SPARSE such photos, none (the index's
    candidates only)."""
    faint = np.flatnonzero(faint_figures(fp.figures)).tolist()
    empty = [p for p, shown in zip(faint, check.has_subject(faint), strict=True) if not shown]
    sparse = np.array(
        [p for p, has in zip(empty, check.has_points(empty), strict=True) if has],
        dtype=np.int64,
    )
    return _all_pairs(sparse)


def _banded_pairs(fp: FingerprintArrays, threshold: int) -> tuple[I64, I64]:
    """Pairs (i < j) of banded photos (:func:`~.verify.banded`) within threshold + RESCUE
    by their thumbnails, each photo's BANDED_NEAREST closest: their hash bits are noise, so
    they are paired all with all, and a crowd of look-alikes (plain skies, flags of one
    layout) is bounded in the checks it costs, while a copy's closest are its copies."""
    sure, loose = banded(fp), banded_figures(fp.figures)
    a, b = _all_pairs(np.flatnonzero(loose))
    some = np.flatnonzero(sure[a] | sure[b])  # two pictures mostly one plain field: no pair
    a, b = a[some], b[some]
    dist = banded_distances(fp, a, b)
    near = np.flatnonzero(dist <= threshold + RESCUE)
    a, b, dist = a[near], b[near], dist[near]
    ends = np.concatenate([a, b])
    order = np.lexsort((np.concatenate([dist, dist]), ends))  # by photo, closest first
    first = np.searchsorted(ends[order], ends[order], side="left")
    ranked = order[np.arange(len(order)) - first < BANDED_NEAREST]
    kept = np.unique(ranked % max(len(a), 1))
    return a[kept], b[kept]


def _all_pairs(photos: I64) -> tuple[I64, I64]:
    """Every pair (i < j) of ``photos``, or none if they are more than MAX_SPARSE."""
    if len(photos) > MAX_SPARSE:
        photos = photos[:0]
    a, b = np.triu_indices(len(photos), k=1)
    return photos[a], photos[b]


def _screen(
    grown: FingerprintArrays, i: I64, j: I64, turns: I64, threshold: int, *, pictures: bool
) -> tuple[I64, I64, I64, I64, Bools, Bools, Bools]:
    """The candidate pairs that may become copy or similar-shot edges (easy or hard; the
    others are different photos), with their turn, cheap distance, colour evidence and
    easy/hard flags, in candidate order.  Decided in chunks of ``_PAIR_CHUNK`` pairs (each
    figure is per pair): at archive scale most candidates are chance pairs, and no
    full-length per-pair temporary is made.  Banded pictures pair only where their
    ``pictures`` can be checked: their thumbnails alone prove little."""
    faint = faint_figures(grown.figures)
    banded_ok = banded(grown) & pictures
    loose = banded_figures(grown.figures) & pictures  # banded, or mostly one plain field
    usable, good = grown.informative() | faint | banded_ok, rich(grown)
    parts = []
    for start in range(0, max(len(i), 1), _PAIR_CHUNK):
        ci, cj, ct = (
            i[start : start + _PAIR_CHUNK],
            j[start : start + _PAIR_CHUNK],
            turns[start : start + _PAIR_CHUNK],
        )
        # A banded picture's copy may be mostly one plain field by the test that keeps
        # blank pages apart (a flag brightened: two bands within its tolerance).
        keep = (usable[ci] & usable[cj]) | (banded_ok[ci] & loose[cj]) | (loose[ci] & banded_ok[cj])
        ci, cj, ct = ci[keep], cj[keep], ct[keep]
        hash_dist = grown.hash_distance(ci, cj)
        cheap = pair_distances(grown, ci, cj, hash_dist)
        few = np.flatnonzero(banded_ok[ci] | banded_ok[cj])  # hash bits are noise: thumbnails
        cheap[few] = banded_distances(grown, ci[few], cj[few])
        colour = colour_agrees(grown, ci, cj)
        near = (cheap <= threshold + RESCUE) | ((cheap >= FAR) & (hash_dist <= RESCUE_HASH))
        near |= _close_by_hash(grown, ci, cj, cheap, hash_dist, colour)
        near |= faint[ci] | faint[cj]  # their hash bits are mostly noise: the pictures decide
        may = np.flatnonzero(colour & near)  # the aligned colour check costs more: these only
        colour[may] = ~recoloured(grown, ci[may], cj[may])
        easy = (cheap <= threshold) & colour & good[ci] & good[cj]
        hard = ~easy & near
        live = np.flatnonzero(easy | hard)
        parts.append(
            (ci[live], cj[live], ct[live], cheap[live], colour[live], easy[live], hard[live])
        )
    ci, cj, ct, cheap, colour, easy, hard = (
        np.concatenate(column) for column in zip(*parts, strict=True)
    )
    return ci, cj, ct, cheap, colour, easy, hard


def _close_by_hash(  # noqa: PLR0917 - parallel pair arrays
    grown: FingerprintArrays, i: I64, j: I64, cheap: I64, hash_dist: I64, colour: Bools
) -> Bools:
    """Per pair: hashes at most CLOSE_HASH apart, thumbnails beyond reach (a caption or a
    border crop moves the 16-px thumbnails more than the hash: 24-30 apart, the pictures
    1-10), colours that agree (else no copy), not two captures (frames of a burst: a
    similar shot at most; asked last, of the few pairs left)."""
    out = (hash_dist <= CLOSE_HASH) & (cheap < FAR) & colour
    some = np.flatnonzero(out)
    if len(some):
        out[some] = ~capture.apart(grown, i[some], j[some])
    return out


def _radius(threshold: int) -> int:
    return candidates.candidate_radius(threshold)


def _as_edges(  # noqa: PLR0917 - parallel pair arrays
    a: I64,
    b: I64,
    dist: I64,
    shot: npt.NDArray[np.bool_],
    shot_dist: I64,
    turned: npt.NDArray[np.bool_],
    share: F64,
    seen: I64,
    threshold: int,
) -> Edges:
    lo, hi = np.minimum(a, b), np.maximum(a, b)
    ok = (dist <= threshold) & (lo != hi)
    shots = shot & (lo != hi)
    shot_edges = lo[shots], hi[shots], shot_dist[shots]
    checked = (seen > threshold) & (dist >= FAR) & ~turned  # as they are, and no copies
    apart = lo[checked], hi[checked], seen[checked]
    return Edges(lo[ok], hi[ok], dist[ok], *shot_edges, turned[ok], share[ok], *apart)
