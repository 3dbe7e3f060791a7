"""Typed, versioned options for a scan and persisted user settings."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from photodedup.core import paths

log = logging.getLogger(__name__)

SETTINGS_SCHEMA_VERSION = 3

IMAGE_EXTENSIONS: frozenset[str] = frozenset(
    {
        ".jpg",
        ".jpeg",
        ".jpe",
        ".jfif",
        ".png",
        ".webp",
        ".gif",
        ".tif",
        ".tiff",
        ".bmp",
        ".dib",
        ".heic",
        ".heif",
        ".hif",
        ".avif",
        ".jxl",  # JPEG XL, through pillow-jxl-plugin (core/decode/image.py)
    }
)
# Camera RAW files by extension, and the format name reported for each (core/decode/raw.py).
RAW_FORMATS: dict[str, str] = {
    f".{name.lower()}": name
    for name in ("CR2", "CR3", "CRW", "NEF", "NRW", "ARW", "SRF", "SR2", "RAF", "ORF", "RW2",
                 "PEF", "DNG", "SRW", "RWL", "IIQ", "3FR", "ERF", "MRW", "X3F")
}  # fmt: skip
IMAGE_EXTENSIONS |= frozenset(RAW_FORMATS)

# Largest distance (0-64 "bits": mean of hash and thumbnail distances, see core/group/cluster.py)
# at which two photos are grouped; chosen on the labelled corpus (docs/accuracy.md).
DEFAULT_THRESHOLD = 16
MAX_THRESHOLD = 24
DEFAULT_KEEP_RULES: tuple[str, ...] = ("undamaged", "raw", "pixels", "bytes", "oldest")
DEFAULT_MAX_PIXELS = 89_478_485  # Pillow's own default bomb limit
DEFAULT_MAX_FILE_BYTES = 512 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class ScanOptions:
    """What to scan and how; the same defaults serve the GUI and the CLI."""

    roots: tuple[str, ...] = ()
    reference_roots: tuple[str, ...] = ()
    excludes: tuple[str, ...] = ()  # fnmatch globs on the full path or the file name
    min_size: int = 1
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES
    max_pixels: int = DEFAULT_MAX_PIXELS
    threshold: int = DEFAULT_THRESHOLD
    keep_rules: tuple[str, ...] = DEFAULT_KEEP_RULES
    workers: int = 0  # 0 = one per core
    decode_timeout: float = 30.0  # seconds per file before the decoder is killed
    use_cache: bool = True
    rotations: bool = False  # also find mirrored and 90/180/270-degree turned copies

    def with_roots(self, *roots: str) -> ScanOptions:
        """A copy scanning these roots."""
        return replace(self, roots=tuple(roots))

    def worker_count(self) -> int:
        """Number of decoder processes to run."""
        return self.workers if self.workers > 0 else max(1, os.cpu_count() or 1)


@dataclass(slots=True)
class Settings:
    """User settings persisted between runs of the app (JSON in the config dir)."""

    schema_version: int = SETTINGS_SCHEMA_VERSION
    roots: list[str] = field(default_factory=list)
    reference_roots: list[str] = field(default_factory=list)
    recent_roots: list[str] = field(default_factory=list)
    excludes: list[str] = field(default_factory=list)
    min_size: int = 1
    threshold: int = DEFAULT_THRESHOLD
    keep_rules: list[str] = field(default_factory=lambda: list(DEFAULT_KEEP_RULES))
    rotations: bool = False  # also find mirrored and turned copies (schema 2)

    def scan_options(self) -> ScanOptions:
        """The ScanOptions these settings describe."""
        return ScanOptions(
            roots=tuple(self.roots),
            reference_roots=tuple(self.reference_roots),
            excludes=tuple(self.excludes),
            min_size=self.min_size,
            threshold=self.threshold,
            keep_rules=tuple(self.keep_rules),
            rotations=bool(self.rotations),
        )


def settings_path() -> Path:
    """The settings file."""
    return paths.config_dir() / "settings.json"


def _migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Upgrade older settings dicts to the current schema (explicit steps, one per version)."""
    version = int(data.get("schema_version", 1))
    if version == 1:  # 2 added the rotation option, off as before
        data["rotations"] = False
        version = 2
    if version == 2:  # 3 added the "raw" keep rule (prefer the camera RAW original)
        rules = [str(r) for r in data.get("keep_rules") or DEFAULT_KEEP_RULES]
        if "raw" not in rules:
            at = rules.index("undamaged") + 1 if "undamaged" in rules else 0
            rules.insert(at, "raw")
        data["keep_rules"] = rules
        version = 3
    data["schema_version"] = version
    return data


def load_settings(path: Path | None = None) -> Settings:
    """Read settings; a missing, unreadable or newer-schema file gives the defaults."""
    path = path or settings_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("settings %s unreadable (%s); using defaults", path, exc)
        return Settings()
    if not isinstance(data, dict) or int(data.get("schema_version", 1)) > SETTINGS_SCHEMA_VERSION:
        log.warning("settings %s has an unknown schema; using defaults", path)
        return Settings()
    data = _migrate(data)
    known = {f.name for f in fields(Settings)}
    return Settings(**{k: v for k, v in data.items() if k in known})


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write settings atomically (temp file + rename)."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(settings), indent=2), encoding="utf-8")
    tmp.replace(path)
