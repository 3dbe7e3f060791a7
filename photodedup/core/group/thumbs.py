"""Verdicts of candidate pairs on the decoders' 64-px structure thumbnails: the structure
check's first and cheapest look (:class:`photodedup.core.group.structure.StructureCheck`
decides with the larger pictures what these leave open).

:func:`thumb_verdict` is a pure function of two thumbnails and a turn: large batches run it
on worker processes (:mod:`photodedup.core.group.processes`).  A verdict is final when it
is a sure copy (THUMBS_SURE, both ways round) or, unless the thumbnails show nearly nothing,
a sure difference (SURE_DIFFERENT, or two tones of one painting: :mod:`.brightness`); in between
the pictures decide.
"""

from __future__ import annotations

import cv2
import numpy as np
import numpy.typing as npt

from photodedup.core.fingerprint import TURNS, turn
from photodedup.core.fingerprint.picture import thumb_array
from photodedup.core.group import brightness
from photodedup.core.group.align import SURE_COPY, Features, Verdict, compare
from photodedup.core.group.residual import nearly_empty

THUMBS_SURE = 1  # a thumbnail verdict this close is final (a copy) ...
SURE_DIFFERENT = 64  # ... and this far; in between, the pictures decide: up to SURE_COPY by
# their texture alone (pictures of one kind lit alike measure 2-12 apart at 64 px, as copies do)
GUESSED_TURN_OVERLAP = 0.8  # a turn other than the keys' is tried on whole pictures only

F32 = npt.NDArray[np.float32]
_NO_POINTS = np.zeros((0, 2), np.float32)


def turn_picture(grey: F32, turned: int) -> F32:
    """``grey`` as it is (-1) or turned by TURN_NAMES[turned]."""
    return grey if turned < 0 else np.ascontiguousarray(turn(grey, turned))


def _closest_turn(grey: F32, target: F32) -> int:
    """The turn (TURN_NAMES index) of ``grey`` whose 16x16 picture, normalised, differs
    least from ``target``'s."""

    def tiny(x: F32) -> F32:
        small = cv2.resize(x, (16, 16), interpolation=cv2.INTER_AREA)
        return (small - small.mean()) / max(float(small.std()), 1.0)

    goal = tiny(target)
    errors = [float(np.square(tiny(turn_picture(grey, k)) - goal).mean()) for k in range(TURNS)]
    return int(np.argmin(errors))


ThumbJob = tuple[bytes | None, bytes | None, int]  # two structure thumbnails and a turn
Looked = tuple[Verdict | None, bool]  # a thumbnail verdict and whether it is final


def thumb_verdict(job: ThumbJob) -> tuple[Verdict | None, bool]:
    """The verdict of two structure thumbnails (None without both), the first turned by
    TURN_NAMES[turn] (-1: as it is), and whether it is final (else the files are decoded
    again: too close a call, or nearly empty pictures).  A pure function: it runs on
    worker processes too (:mod:`photodedup.core.group.processes`)."""
    first, second, turned = job
    if first is None or second is None:
        return None, False
    small, other = thumb_array(first), Features(thumb_array(second), _NO_POINTS, None)
    verdict = compare(Features(turn_picture(small, turned), _NO_POINTS, None), other)
    used = turned
    if turned >= 0 and verdict.distance > SURE_COPY:
        # A turned candidate's keys may match under another symmetry too (a centred
        # subject on a plain field): the turn whose 16-px pictures agree best is tried.
        # A guessed turn is taken for whole pictures only: a guess and a partial window
        # together turned a campfire's 20 % crop onto a moon (overlap 0.76).
        best = _closest_turn(small, other.small)
        if best != turned:
            tried = compare(Features(turn_picture(small, best), _NO_POINTS, None), other)
            if tried.overlap >= GUESSED_TURN_OVERLAP and tried.distance < verdict.distance:
                verdict, used = tried, best
    # A subject of a few pixels is resampled differently by each decoder (a JPEG's DCT
    # scaling blurs a thin line that a PNG's box filter keeps): thumbnails that show
    # nearly nothing cannot say "different" on their own.
    different = verdict.distance >= SURE_DIFFERENT and not (
        nearly_empty(small) or nearly_empty(other.small)
    )
    if brightness.two_tones(small, other.small):
        # One painting dark and light: the residual and the pictures' tests forgive tones.
        return Verdict(max(verdict.distance, SURE_DIFFERENT), verdict.overlap, 0), True
    # The comparison is not symmetric (each side's fit starts from the other's frame): a
    # copy is sure only if the thumbnails say so both ways round, or the order of two files
    # would decide whether two planets lit alike are copies (grass onto moon 1, moon onto
    # grass 2: their pictures tell them apart).
    return verdict, different or (
        verdict.distance <= THUMBS_SURE and _sure_back(small, used, other)
    )


def _sure_back(small: F32, turned: int, other: Features) -> bool:
    """Whether ``other`` compared onto ``small`` turned by ``turned`` is a sure copy too."""
    first = Features(turn_picture(small, turned), _NO_POINTS, None)
    return compare(other, first).distance <= THUMBS_SURE
