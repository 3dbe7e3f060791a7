"""Small text helpers for showing numbers, sizes and paths to people."""

from __future__ import annotations

import os

from photodedup.core.types import ImageInfo, display_path
from photodedup.core.units import human_bytes

__all__ = ["display_full_path", "file_name", "folder_name", "human_bytes", "resolution"]


def resolution(info: ImageInfo) -> str:
    """'4032 × 3024 (12.2 MP)'."""
    megapixels = info.pixels / 1_000_000
    mp = f"{megapixels:.1f} MP" if megapixels >= 0.1 else f"{info.pixels:,} px"
    return f"{info.width} × {info.height} ({mp})"


def file_name(path: str) -> str:
    """The printable base name of a path."""
    return display_path(os.path.basename(path))  # noqa: PTH119 - keeps surrogates


def display_full_path(path: str) -> str:
    """The printable full path."""
    return display_path(path)


def folder_name(path: str) -> str:
    """The printable folder of a path."""
    return display_path(os.path.dirname(path))  # noqa: PTH120 - keeps surrogates


def duration(seconds: float) -> str:
    """72.4 -> '1 min 12 s'."""
    seconds = max(0, round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    minutes, secs = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {secs:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"
