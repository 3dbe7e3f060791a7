"""Packaging checks: desktop metadata validity and freshness, icons, one app id everywhere.

The slow end-to-end build (`packaging/build_app.sh`) runs only with PHOTODEDUP_BUILD_APP=1.
"""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from photodedup import APP_DISPLAY_NAME, APP_ID, APP_NAME, __version__

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
FLATPAK = ROOT / "packaging" / "flatpak" / f"{APP_ID}.yml"
SPEC = ROOT / "packaging" / "pyinstaller" / "photodedup.spec"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

sys.path.insert(0, str(ROOT / "packaging"))
import make_icons  # noqa: E402
import make_metadata  # noqa: E402
import make_translations  # noqa: E402


def _run(cmd: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils missing")
def test_desktop_file_validates() -> None:
    proc = _run(["desktop-file-validate", str(DESKTOP)])
    assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout + proc.stderr


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream (appstreamcli) missing")
def test_metainfo_validates() -> None:
    proc = _run(["appstreamcli", "validate", "--no-net", "--explain", str(METAINFO)])
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_generated_metadata_matches_committed() -> None:
    rendered = make_metadata.render_all()
    assert set(rendered) == {DESKTOP, METAINFO}
    for path, text in rendered.items():
        assert path.read_text(encoding="utf-8") == text, (
            f"{path.name} is stale: run `python packaging/make_metadata.py` and commit"
        )


def test_changelog_release_notes_reach_the_metainfo() -> None:
    releases = make_metadata.parse_changelog((ROOT / "CHANGELOG.md").read_text("utf-8"))
    assert releases and releases[0].version == __version__, "newest release is this version"
    root = ET.parse(METAINFO).getroot()
    xml_release = root.find("releases/release")
    assert xml_release is not None
    assert xml_release.get("version") == __version__
    assert xml_release.get("date") == releases[0].date
    notes = [li.text for li in xml_release.iter("li")]
    assert len(notes) == len(releases[0].notes) > 0


def test_parse_changelog_skips_unreleased_and_nested_items() -> None:
    text = (
        "# Changelog\n## [Unreleased]\n- not yet\n"
        "## [0.2.0] - 2027-01-02\n### Fixed\n- a `b` [c](http://x)\n  - nested\n"
        "## [0.1.0] - 2026-11-22\n- first\n"
    )
    releases = make_metadata.parse_changelog(text)
    assert [(r.version, r.date) for r in releases] == [
        ("0.2.0", "2027-01-02"),
        ("0.1.0", "2026-11-22"),
    ]
    assert releases[0].notes == ("a `b` [c](http://x)",)
    assert "<li>a b c</li>" in make_metadata.releases_xml(releases[:1])


def test_metainfo_content() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == APP_DISPLAY_NAME
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.findtext("provides/binary") == APP_NAME
    assert [c.text for c in root.iter("category")] == ["Graphics", "Photography"]
    assert root.find("content_rating") is not None
    shots = [img.text or "" for img in root.iter("image")]
    assert [Path(s).name for s in shots] == ["main-window.png", "compare.png"]
    for url in shots:  # the raw URLs serve files of this repository
        assert url.startswith(make_metadata.RAW_BASE + "/")
        assert (ROOT / url.removeprefix(make_metadata.RAW_BASE + "/")).is_file(), url


def test_desktop_entry_content() -> None:
    entry = _desktop_entry()
    assert entry["Name"] == APP_DISPLAY_NAME
    assert entry["Icon"] == APP_ID
    assert entry["Exec"] == f"{APP_NAME}-gui %F"  # folders handed to the app open in it
    assert entry["TryExec"] == f"{APP_NAME}-gui"
    assert entry["Categories"] == "Graphics;Photography;"


def test_icons_exist_with_their_sizes() -> None:
    from PIL import Image

    runtime = ROOT / "photodedup" / "gui" / "icons"
    assert (runtime / "photodedup.svg").read_bytes() == (
        ROOT / "resources" / "icons" / "photodedup.svg"
    ).read_bytes()
    for size in ICON_SIZES:
        hicolor = LINUX / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        for png in (runtime / f"photodedup-{size}.png", hicolor):
            with Image.open(png) as img:
                assert img.size == (size, size), png
                assert img.mode == "RGBA", png
                alpha = img.getchannel("A")
                assert alpha.getextrema() == (0, 255), f"{png}: needs transparency and content"
    assert (LINUX / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").exists()


@pytest.mark.parametrize("size", [16, 64, 512])
def test_committed_icons_are_rendered_from_the_master(
    qapp: object, tmp_path: Path, size: int
) -> None:
    from PIL import Image, ImageChops, ImageStat

    fresh = tmp_path / f"{size}.png"
    make_icons.render_png(make_icons.MASTER, size, fresh)
    with Image.open(fresh) as new, Image.open(make_icons.runtime_png(size)) as committed:
        diff = ImageChops.difference(new.convert("RGBA"), committed.convert("RGBA"))
        worst = max(ImageStat.Stat(diff).mean)
    assert worst < 2.0, f"{size}px icon is stale: run packaging/make_icons.py"


def test_app_id_is_one_identity_everywhere() -> None:
    spec = SPEC.read_text(encoding="utf-8")
    assert "from photodedup import" in spec and "bundle_identifier=APP_ID" in spec
    assert APP_ID not in spec, "the spec must import APP_ID, not retype it"
    assert _desktop_entry()["Icon"] == APP_ID
    assert ET.parse(METAINFO).getroot().findtext("id") == APP_ID
    manifest = FLATPAK.read_text(encoding="utf-8")
    assert re.search(rf"^id: {re.escape(APP_ID)}$", manifest, re.MULTILINE)
    for name in (f"{APP_ID}.desktop", f"{APP_ID}.metainfo.xml", f"{APP_ID}.png"):
        assert name in manifest, f"flatpak manifest does not install {name}"
    ids = set(re.findall(r"io\.github\.photodedup\.\w+", spec + manifest + DESKTOP.read_text()))
    assert ids <= {APP_ID}, f"stray application ids: {ids - {APP_ID}}"


def test_license_is_full_gplv3() -> None:
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "GNU GENERAL PUBLIC LICENSE" in text and "Version 3, 29 June 2007" in text
    assert "END OF TERMS AND CONDITIONS" in text


@pytest.mark.slow
@pytest.mark.skipif(
    os.environ.get("PHOTODEDUP_BUILD_APP") != "1",
    reason="builds the PyInstaller app (minutes); set PHOTODEDUP_BUILD_APP=1",
)
@pytest.mark.timeout(3600)
def test_built_app() -> None:
    """Build dist/photodedup with PyInstaller and smoke-test the binary (scan + GUI); the
    first build also compiles the minimal OpenCV wheel (~20 min on 2 cores)."""
    proc = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build_app.sh")],
        capture_output=True,
        text=True,
        timeout=3600,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-4000:]
    assert "SMOKE TEST PASSED" in proc.stdout


def test_translation_helper_calls_are_spelled_out_for_lupdate() -> None:
    source = (
        "def _tr(text: str) -> str:\n"
        '    return QCoreApplication.translate("MainWindow", text)\n'
        'a = _tr("&File")\nb = _tr(\n    "Two " "parts"\n)\nc = _tr(variable)\n'
    )
    expanded = make_translations.expand_helper_calls(source)
    assert 'a = QCoreApplication.translate("MainWindow", "&File")' in expanded
    assert 'b = QCoreApplication.translate("MainWindow", \n    "Two "' in expanded
    assert "c = _tr(variable)" in expanded
    assert make_translations.expand_helper_calls('x = _tr("a")\n') == 'x = _tr("a")\n'


def test_every_translation_is_compiled_and_loads(qapp: object) -> None:
    from PySide6.QtCore import QTranslator

    ts_files = sorted(make_translations.TS_DIR.glob("photodedup_*.ts"))
    assert ts_files, "at least one translation must exist"
    assert make_translations.TEMPLATE.exists()
    for ts in ts_files:
        qm = make_translations.QM_DIR / f"{ts.stem}.qm"
        assert qm.exists(), f"{qm.name} missing: run packaging/update_translations.sh"
    german = QTranslator()
    assert german.load("photodedup_de", str(make_translations.QM_DIR))
    assert german.translate("MainWindow", "&File") == "&Datei"
    assert german.translate("AboutDialog", "Version {version}") == "Version {version}"
    assert german.translate("AboutDialog", "About {name}") == "Über {name}"


def test_about_dialog_follows_the_installed_translator(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from photodedup.gui.about import AboutDialog

    german = QTranslator()
    assert german.load("photodedup_de", str(make_translations.QM_DIR))
    QCoreApplication.installTranslator(german)
    try:
        dialog = AboutDialog()
        assert dialog.windowTitle() == f"Über {APP_DISPLAY_NAME}"
        assert "Freie Software" in dialog.summary.text()
        dialog.deleteLater()
    finally:
        QCoreApplication.removeTranslator(german)
