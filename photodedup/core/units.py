"""Human-readable quantities shared by the CLI, the GUI and the keeper reasons."""

from __future__ import annotations


def human_bytes(size: int) -> str:
    """1234567 -> '1.2 MB' (decimal units, as file managers show them)."""
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1000
    return f"{value:.1f} GB"  # pragma: no cover - the loop always returns
