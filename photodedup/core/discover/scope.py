"""What photodedup never enters nor touches: trash cans, the thumbnail cache and its own
folders (G23): one list for discovery (never scanned) and the clean-up (never acted on).

Checked on the path as written *and* on its real path (folder symlinks, ``..`` and ``//``
resolved by :func:`real_path`), so an edited result cannot reach the journal or the trash
through a symlinked folder.
"""

# Paths are handled as bytes here (exact file names, G21); pathlib cannot hold bytes.
# ruff: noqa: PTH100, PTH111, PTH118

from __future__ import annotations

import functools
import os
from pathlib import Path

from photodedup.core import paths


def data_home() -> bytes:
    env = os.environb.get(b"XDG_DATA_HOME") or b"~/.local/share"
    return os.path.expanduser(env)


def home_trash() -> Path:
    """The user's home trash directory (``$XDG_DATA_HOME/Trash``)."""
    return Path(os.fsdecode(os.path.join(data_home(), b"Trash")))


# Other systems' trash and volume folders, matched in any case (Windows, macOS volumes).
OTHER_TRASH_DIR_NAMES = frozenset({"$recycle.bin", ".trashes", "system volume information"})


def is_trash_dir_name(name: str) -> bool:
    """True for trash and system folders: ``.Trash``, ``.Trash-1000`` (freedesktop, macOS
    home), and in any case ``$RECYCLE.BIN``, ``.Trashes``, ``System Volume Information``."""
    return name == ".Trash" or name.startswith(".Trash-") or name.lower() in OTHER_TRASH_DIR_NAMES


def _xdg_dir(variable: str, fallback: str) -> Path:
    value = os.environ.get(variable)
    return Path(value) if value and Path(value).is_absolute() else Path.home() / fallback


def never_touched_dirs() -> list[Path]:
    """Folders never scanned nor acted in: the home trash, the desktop's thumbnail cache
    and photodedup's cache, data and configuration folders."""
    return [
        home_trash(),
        _xdg_dir("XDG_CACHE_HOME", ".cache") / "thumbnails",
        paths.cache_dir(),
        paths.data_dir(),
        paths.config_dir(),
    ]


def real_path(path: str, folders: dict[bytes, bytes] | None = None) -> str:
    """``path`` with every folder symlink, ``..`` and ``//`` resolved; the last part kept.

    ``folders``: a cache of resolved folders for many calls in a row (one ``realpath``
    per folder, not per file).
    """
    path_b = os.fsencode(os.path.abspath(path))
    head, tail = os.path.split(path_b)
    if tail in (b"", b".", b".."):
        return os.fsdecode(os.path.realpath(path_b))
    if folders is None:
        return os.fsdecode(os.path.join(os.path.realpath(head), tail))
    real_head = folders.get(head)
    if real_head is None:
        real_head = folders[head] = os.path.realpath(head)
    return os.fsdecode(os.path.join(real_head, tail))


_SCOPE_ENV = (
    "HOME",
    "XDG_DATA_HOME",
    "XDG_CACHE_HOME",
    "XDG_CONFIG_HOME",
    "PHOTODEDUP_CACHE_DIR",
    "PHOTODEDUP_DATA_DIR",
    "PHOTODEDUP_CONFIG_DIR",
)


@functools.lru_cache(maxsize=8)
def _excluded_prefixes(_env: tuple[str | None, ...]) -> tuple[bytes, ...]:
    """:func:`never_touched_dirs`, as written and resolved, as ``b".../"``."""
    folders = never_touched_dirs()
    out: list[bytes] = []
    for folder in folders:
        for form in (os.path.abspath(folder), os.path.realpath(folder)):
            out.append(os.fsencode(form).rstrip(b"/") + b"/")
    return tuple(out)


def _prefixes() -> tuple[bytes, ...]:
    return _excluded_prefixes(tuple(os.environ.get(name) for name in _SCOPE_ENV))


def _has_trash_part(path_b: bytes) -> bool:
    parts = path_b.split(b"/")[:-1]
    for i, part in enumerate(parts):
        if is_trash_dir_name(os.fsdecode(part)):
            return True
        if part == b"Trash" and i + 1 < len(parts) and parts[i + 1] in (b"files", b"info"):
            return True
    return False


def _forms(path: str) -> tuple[bytes, bytes]:
    return os.fsencode(os.path.abspath(path)), os.fsencode(real_path(path))


def is_inside_trash(path: str) -> bool:
    """True when ``path`` (as written or resolved) lies inside a trash can."""
    home = _prefixes()[:2]
    return any(p.startswith(home) or _has_trash_part(p) for p in _forms(path))


def is_out_of_scope(path: str) -> bool:
    """True for paths inside a trash can or photodedup's cache/data/config folders (G23).

    Checked on the path as written *and* with its folders resolved (symlinks, ``..``).
    """
    return any(excluded(p) for p in _forms(path))


def excluded(path_b: bytes, prefixes: tuple[bytes, ...] | None = None) -> bool:
    """True if ``path_b``, taken as it is (no resolving), is in a trash or our folders.

    ``prefixes``: :func:`excluded_prefixes`, fetched once for many calls in a row.
    """
    return path_b.startswith(prefixes or _prefixes()) or _has_trash_part(path_b)


def excluded_prefixes() -> tuple[bytes, ...]:
    """:func:`never_touched_dirs` (as written and resolved) as prefixes."""
    return _prefixes()
