"""Suite-wide fixtures: every test runs with HOME, XDG dirs and photodedup dirs in tmp_path."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point HOME, XDG_* and PHOTODEDUP_*_DIR into tmp_path so no test touches real user data."""
    home = tmp_path / "home"
    for sub in ("", ".cache", ".local/share", ".config", ".local/state"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local/state"))
    for kind in ("CACHE", "DATA", "CONFIG", "LOG"):
        monkeypatch.delenv(f"PHOTODEDUP_{kind}_DIR", raising=False)
    return home


@pytest.fixture
def restore_logging() -> Iterator[None]:
    """Take off the log handlers a test added to the root logger (cli.main installs some)
    and restore its level."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


# Safety audit hook (G6): fails any test in which photodedup removes a user file or renames
# one anywhere but into a trash can. See tests/safety_audit.py.
from tests.safety_audit import move_destination, user_files_audit  # noqa: E402, F401
