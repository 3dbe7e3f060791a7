"""Aligning two pictures that are their lines (bands, bars, a graded sky: a flag, a plain
sky; :func:`photodedup.core.group.residual.lined`).

An intensity fit (ECC) cannot place such a picture along its lines, which carry no
gradient: the affine fit is singular and fails, or drifts.  Across the lines the picture
is a profile, and a border crop is a window of it: :func:`profile_fit` stretches the two
pictures edge to edge along the lines and, across them, takes the window of one profile
that best matches the other's (session 29: Hedgewars's flags, whose 5 % border crops were
compared unaligned and called a changed part).
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from photodedup.core.group.residual import lined, lined_but_a_corner

F32 = npt.NDArray[np.float32]
WINDOW = 0.12  # either picture may have lost up to this share on either side
STEPS = 25  # window ends tried on each side


def profile_fit(a: F32, b: F32) -> F32 | None:
    """The transform taking ``a``'s pixels to ``b``'s when both are their lines, or one is
    and the other is but for a caption-sized corner box (a flag's captioned copy against
    its border crop: its profile is the median along the lines, which the box leaves
    alone); else None."""
    a_lined, b_lined = lined(a), lined(b)
    one_sided = a_lined != b_lined
    if not (a_lined and b_lined) and not (one_sided and lined_but_a_corner(b if a_lined else a)):
        return None
    (ha, wa), (hb, wb) = a.shape, b.shape
    guide = a if a_lined else b
    across = float(np.ptp(guide.mean(axis=0))) >= float(np.ptp(guide.mean(axis=1)))
    axis = 0 if across else 1  # columns vary: the profile runs along the columns
    pa, pb = _profile(a, axis, a_lined), _profile(b, axis, b_lined)
    lo, hi = _best_window(pa, pb)
    fit = np.array([[wb / wa, 0.0, 0.0], [0.0, hb / ha, 0.0]])
    row, size_a, size_b = (0, wa, wb) if across else (1, ha, hb)
    fit[row, row] = size_b / (size_a * (hi - lo))
    fit[row, 2] = -lo * size_b / (hi - lo)
    return fit.astype(np.float32)


def _profile(x: F32, axis: int, is_lined: bool) -> npt.NDArray[np.float64]:
    """The profile across the lines: each line's mean, or median where ``x`` is not only
    its lines."""
    line = x.mean(axis=axis) if is_lined else np.median(x, axis=axis)
    return line.astype(np.float64)


def _best_window(pa: npt.NDArray[np.float64], pb: npt.NDArray[np.float64]) -> tuple[float, float]:
    """The window [lo, hi] (fractions of ``pa``; beyond 0-1 where ``b`` shows more) whose
    profile, resampled to ``pb``'s length and normalised, differs least from ``pb``'s."""
    ends = np.linspace(-WINDOW, WINDOW, STEPS)
    grid_lo, grid_hi = np.meshgrid(ends, 1.0 + ends, indexing="ij")
    lo, hi = grid_lo.ravel(), grid_hi.ravel()
    where = (np.arange(len(pb)) + 0.5) / len(pb)
    positions = (lo[:, None] + where[None, :] * (hi - lo)[:, None]) * len(pa) - 0.5
    sampled = np.interp(positions, np.arange(len(pa)), pa)
    errors = np.square(_normalised(sampled) - _normalised(pb[None, :])).sum(axis=1)
    best = int(np.argmin(errors))
    return float(lo[best]), float(hi[best])


def _normalised(x: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    x = x - x.mean(axis=-1, keepdims=True)
    return x / (x.std(axis=-1, keepdims=True) + 1e-6)
