"""Generate the Linux desktop file and AppStream metainfo from templates.

Usage: ``python packaging/make_metadata.py [--check]``

The application id and version come from ``photodedup/__init__.py`` and the release
notes from ``CHANGELOG.md``, so they are written down once. The generated files are
committed (validators and packagers read them); ``--check`` exits 1 when they are stale.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from string import Template
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from photodedup import APP_DISPLAY_NAME, APP_ID, APP_NAME, __version__  # noqa: E402

LINUX_DIR = ROOT / "packaging" / "linux"
CHANGELOG = ROOT / "CHANGELOG.md"
HOMEPAGE = "https://github.com/photodedup/photodedup"
RAW_BASE = "https://raw.githubusercontent.com/photodedup/photodedup/main"
SUMMARY = "Find near-duplicate photos and clean them up safely"

_RELEASE_HEADING = re.compile(r"^## \[(?P<version>[^\]]+)\] - (?P<date>\d{4}-\d{2}-\d{2})\s*$")


@dataclass(frozen=True)
class Release:
    """One dated release of CHANGELOG.md with its bullet points."""

    version: str
    date: str
    notes: tuple[str, ...]


def parse_changelog(text: str) -> list[Release]:
    """Dated releases (newest first) with their top-level bullet points."""
    releases: list[Release] = []
    current: dict[str, str] | None = None
    notes: list[str] = []
    for line in [*text.splitlines(), "## end"]:
        if line.startswith("## "):
            if current is not None:
                releases.append(Release(current["version"], current["date"], tuple(notes)))
            match = _RELEASE_HEADING.match(line)
            current = match.groupdict() if match else None
            notes = []
        elif current is not None and line.startswith("- "):
            notes.append(line[2:].strip())
    return releases


def _plain(note: str) -> str:
    """Markdown bullet to plain text (drop backticks and link syntax)."""
    note = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", note)
    return note.replace("`", "")


def releases_xml(releases: list[Release]) -> str:
    """The <release> elements of the metainfo, indented for the template."""
    parts = []
    for release in releases:
        items = "\n".join(f"          <li>{escape(_plain(note))}</li>" for note in release.notes)
        parts.append(
            f'    <release version="{escape(release.version)}" date="{release.date}">\n'
            "      <description>\n"
            "        <ul>\n"
            f"{items}\n"
            "        </ul>\n"
            "      </description>\n"
            "    </release>"
        )
    return "\n".join(parts)


def desktop_path() -> Path:
    """The generated .desktop file, named after the application id."""
    return LINUX_DIR / f"{APP_ID}.desktop"


def metainfo_path() -> Path:
    """The generated AppStream metainfo file, named after the application id."""
    return LINUX_DIR / f"{APP_ID}.metainfo.xml"


def render_all() -> dict[Path, str]:
    """Render every template: {output path: text}."""
    releases = parse_changelog(CHANGELOG.read_text(encoding="utf-8"))
    if __version__ not in {release.version for release in releases}:
        raise SystemExit(f"CHANGELOG.md has no dated section for version {__version__}")
    values = {
        "APP_ID": APP_ID,
        "BINARY": APP_NAME,
        "GUI_BINARY": f"{APP_NAME}-gui",  # takes folders (%F); ignores other arguments
        "DISPLAY_NAME": APP_DISPLAY_NAME,
        "SUMMARY": SUMMARY,
        "HOMEPAGE": HOMEPAGE,
        "RAW_BASE": RAW_BASE,
        "VERSION": __version__,
        "RELEASES": releases_xml(releases),
    }
    templates = {
        desktop_path(): LINUX_DIR / "app.desktop.in",
        metainfo_path(): LINUX_DIR / "app.metainfo.xml.in",
    }
    return {
        out: Template(tpl.read_text(encoding="utf-8")).substitute(values)
        for out, tpl in templates.items()
    }


def main(argv: list[str] | None = None) -> int:
    """Write the generated files, or with --check report the stale ones."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check, exit 1 if stale")
    args = parser.parse_args(argv)
    stale = []
    for path, text in render_all().items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        stale.append(path)
        if not args.check:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    if args.check and stale:
        for path in stale:
            print(f"stale: {path.relative_to(ROOT)} (run packaging/make_metadata.py)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
