"""Small builders shared by the safety tests (plan, actions, journal, property tests)."""

# Bytes paths on purpose (exact file names): os.path, not pathlib.
# ruff: noqa: PTH103, PTH112, PTH120, PTH208

from __future__ import annotations

import os
from pathlib import Path

import pytest

from photodedup.core.cleanup import trash
from photodedup.core.cleanup.plan import Candidate
from photodedup.core.cleanup.trash import home_trash
from photodedup.core.types import FileIdentity


def write(path: Path | str, data: bytes) -> str:
    """Create a file with ``data`` (parents too); return its path as str."""
    path_b = os.fsencode(path)
    os.makedirs(os.path.dirname(path_b), exist_ok=True)
    with open(path_b, "wb") as fh:
        fh.write(data)
    return os.fsdecode(path_b)


def candidate(path: str, *, keep: bool = False, protected: bool = False) -> Candidate:
    """A candidate with the file's current on-disk identity (as a scan would record it)."""
    return Candidate(path, FileIdentity.from_stat(os.lstat(path)), keep, protected)


def trash_names() -> list[bytes]:
    """Names in the home trash's files/ directory."""
    files = os.fsencode(home_trash() / "files")
    return sorted(os.listdir(files)) if os.path.isdir(files) else []


def trashinfo_names() -> list[bytes]:
    """Names in the home trash's info/ directory."""
    info = os.fsencode(home_trash() / "info")
    return sorted(os.listdir(info)) if os.path.isdir(info) else []


def fake_volume(monkeypatch: pytest.MonkeyPatch, volume: Path, dev: int = 999) -> None:
    """Make ``volume`` look like another file system (send2trash's own test trick)."""
    volume_b = os.fsencode(volume)
    real_device = trash._device

    def device(path: bytes) -> int:
        return dev if os.fsencode(path).startswith(volume_b) else real_device(path)

    monkeypatch.setattr(trash, "_device", device)


def no_trash_under(monkeypatch: pytest.MonkeyPatch, folder: Path | str) -> None:
    """Folders for a trash cannot be made under ``folder`` (a read-only share)."""
    folder_b = os.fsencode(folder)
    real_make = trash._make_dir

    def refuse(path: bytes) -> None:
        if os.fsencode(path).startswith(folder_b):
            raise PermissionError(13, "Permission denied", path)
        real_make(path)

    monkeypatch.setattr(trash, "_make_dir", refuse)
