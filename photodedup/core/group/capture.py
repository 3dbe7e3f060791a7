"""Capture instants: two frames of a burst are two photos, however alike their pixels.

Frames of a camera's burst, or of a still scene shot seconds apart, differ only where
something moved; at the sizes a fingerprint keeps they are as alike as a re-encoded copy.
Their EXIF tells them apart: each frame carries the instant the camera took it
(DateTimeOriginal, with SubSecTimeOriginal on most cameras and phones), and a copy keeps
its original's (re-encoders, converters and editors keep the EXIF; one that drops it leaves
no instant, which is no evidence either way).  DateTime is not used: it is the file's last
change, and an edited copy has its own.

Two photos whose instants are both known and differ were taken apart: never copies of each
other (:mod:`photodedup.core.group.decide` makes such a pair a *similar shot*, and
:class:`photodedup.core.group.assemble.FarPairs` keeps them out of one copy group).  The
instants are compared to the millisecond when both carry sub-seconds, else to the second.
A difference of a whole number of quarter hours (with equal sub-seconds) is a clock or
time-zone correction of a copy, not a second capture: no evidence.

The instant is packed in one int64 (:func:`photodedup.core.decode.metadata.capture_instant`):
milliseconds times two, plus one when the sub-seconds are known; 0 is unknown.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from photodedup.core.fingerprint import FingerprintArrays

I64 = npt.NDArray[np.int64]
ZONE_STEP_MS = 15 * 60 * 1000  # clocks and time zones shift by whole quarter hours


def apart(fp: FingerprintArrays, i: I64, j: I64) -> npt.NDArray[np.bool_]:
    """Per pair (i, j): both capture instants are known and say two captures."""
    if fp.captured is None:
        return np.zeros(len(i), dtype=bool)
    a, b = fp.captured[i], fp.captured[j]
    exact = (a & 1).astype(bool) & (b & 1).astype(bool)
    ms_a, ms_b = a >> 1, b >> 1
    # To the second unless both know their sub-seconds.
    unit = np.where(exact, 1, 1000)
    diff = np.abs(ms_a // unit - ms_b // unit) * unit
    return (a != 0) & (b != 0) & (diff % ZONE_STEP_MS != 0)  # 0: the same instant
