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

from photodedup.core.group.residual import lined

F32 = npt.NDArray[np.float32]
WINDOW = 0.12  # either picture may have lost up to this share on either side
STEPS = 25  # window ends tried on each side


def profile_fit(a: F32, b: F32) -> F32 | None:
    """The transform taking ``a``'s pixels to ``b``'s when both are their lines, else None."""
    if not (lined(b) and lined(a)):
        return None
    (ha, wa), (hb, wb) = a.shape, b.shape
    across = float(np.ptp(a.mean(axis=0))) >= float(np.ptp(a.mean(axis=1)))  # columns vary
    pa, pb = (a.mean(axis=0), b.mean(axis=0)) if across else (a.mean(axis=1), b.mean(axis=1))
    lo, hi = _best_window(pa.astype(np.float64), pb.astype(np.float64))
    fit = np.array([[wb / wa, 0.0, 0.0], [0.0, hb / ha, 0.0]])
    row, size_a, size_b = (0, wa, wb) if across else (1, ha, hb)
    fit[row, row] = size_b / (size_a * (hi - lo))
    fit[row, 2] = -lo * size_b / (hi - lo)
    return fit.astype(np.float32)


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
