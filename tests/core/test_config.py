"""Settings: typed, versioned, migrated step by step."""

from __future__ import annotations

import json
from pathlib import Path

from photodedup.core.config import SETTINGS_SCHEMA_VERSION, load_settings, save_settings


def test_a_version_1_file_gets_the_rotation_option_off(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"schema_version": 1, "threshold": 12, "roots": ["/p"]}))
    settings = load_settings(path)
    assert (settings.schema_version, settings.rotations, settings.threshold) == (3, False, 12)
    assert not settings.scan_options().rotations


def test_the_rotation_option_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings = load_settings(path)
    settings.rotations = True
    save_settings(settings, path)
    again = load_settings(path)
    assert again.rotations and again.scan_options().rotations
    assert json.loads(path.read_text())["schema_version"] == SETTINGS_SCHEMA_VERSION == 3


def test_a_version_2_file_gets_the_raw_rule_after_undamaged(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    rules = ["pixels", "undamaged", "bytes"]
    path.write_text(json.dumps({"schema_version": 2, "keep_rules": rules}))
    settings = load_settings(path)
    assert settings.keep_rules == ["pixels", "undamaged", "raw", "bytes"]
    path.write_text(json.dumps({"schema_version": 2, "keep_rules": ["bytes", "raw"]}))
    assert load_settings(path).keep_rules == ["bytes", "raw"]  # placed by the user: kept
