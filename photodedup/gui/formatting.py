"""Small text helpers for showing numbers, sizes and paths to people, in the interface's
language and number format (``QLocale()``: "2,5 MB" and "12,2 MP" in German)."""

from __future__ import annotations

import os
import re

from PySide6.QtCore import QCoreApplication, QLocale

from photodedup.core.types import ImageInfo, display_path

__all__ = ["display_full_path", "duration", "file_name", "folder_name", "human_bytes", "resolution"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Units", text)


def human_bytes(size: int) -> str:
    """1234567 -> '1.2 MB' (decimal units, as file managers show them; the locale's own
    unit names and decimal mark: '1,2 Mo' in French)."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def resolution(info: ImageInfo) -> str:
    """'4032 × 3024 (12.2 MP)'."""
    megapixels = info.pixels / 1_000_000
    if megapixels >= 0.1:
        mp = _tr("{number} MP").format(number=QLocale().toString(megapixels, "f", 1))
    else:
        mp = _tr("{number} px").format(number=QLocale().toString(info.pixels))
    return f"{dimensions(info)} ({mp})"


def dimensions(info: ImageInfo) -> str:
    """'4032 × 3024': :func:`resolution` where there is no room for the megapixels."""
    return f"{info.width} × {info.height}"


def taken_minutes(taken: str) -> str:
    """'2024-01-15 10:20': a date taken without its seconds, where there is no room for
    them (other text as it is)."""
    return taken[:-3] if re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", taken) else taken


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
        return _tr("{seconds} s").format(seconds=seconds)
    minutes, secs = divmod(seconds, 60)
    if minutes < 60:
        return _tr("{minutes} min {seconds} s").format(minutes=minutes, seconds=f"{secs:02d}")
    hours, minutes = divmod(minutes, 60)
    return _tr("{hours} h {minutes} min").format(hours=hours, minutes=f"{minutes:02d}")
