"""Where photodedup keeps its cache, data, config and logs (platformdirs + env overrides)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from photodedup import APP_NAME

_ENV_PREFIX = "PHOTODEDUP_"


def _dir(kind: str, default: str) -> Path:
    override = os.environ.get(f"{_ENV_PREFIX}{kind}_DIR")
    return Path(override) if override else Path(default)


def cache_dir() -> Path:
    """Directory of the hash cache (``PHOTODEDUP_CACHE_DIR`` overrides)."""
    return _dir("CACHE", platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    """Directory of the action journal (``PHOTODEDUP_DATA_DIR`` overrides)."""
    return _dir("DATA", platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """Directory of the settings file (``PHOTODEDUP_CONFIG_DIR`` overrides)."""
    return _dir("CONFIG", platformdirs.user_config_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    """Directory of log files and crash reports (``PHOTODEDUP_LOG_DIR`` overrides)."""
    return _dir("LOG", platformdirs.user_log_dir(APP_NAME, appauthor=False))


def cache_db_path() -> Path:
    """The SQLite hash cache file."""
    return cache_dir() / "hashes.sqlite3"


def journal_dir() -> Path:
    """Directory holding the trash/restore journal files."""
    return data_dir() / "journal"
