"""Packaging checks: desktop metadata validity and freshness, icons, one app id everywhere.

The slow end-to-end build (`packaging/build_app.sh`) runs only with PHOTODEDUP_BUILD_APP=1.
"""

from __future__ import annotations

import configparser
import json
import os
import re
import shutil
import subprocess
import sys
import types
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any, ClassVar

import pytest
from packaging.utils import canonicalize_name

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

sys.path.insert(0, str(ROOT / "packaging" / "pyinstaller"))
import spec_lists  # noqa: E402


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
    assert entry["Exec"].split()[0] == APP_NAME
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
@pytest.mark.timeout(1800)
def test_built_app() -> None:
    """Build dist/photodedup with PyInstaller and smoke-test the binary (scan + GUI)."""
    proc = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build_app.sh")],
        capture_output=True,
        text=True,
        timeout=1800,
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


def _declared_requirements() -> dict[str, Any]:
    import tomllib

    from packaging.requirements import Requirement

    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    reqs = (Requirement(text) for text in project["dependencies"])
    return {canonicalize_name(r.name): r for r in reqs}


def test_dependency_bounds_are_what_the_code_needs() -> None:
    from importlib.metadata import version

    reqs = _declared_requirements()
    sources = "".join(p.read_text("utf-8") for p in (ROOT / "photodedup").rglob("*.py"))
    if "np.bitwise_count" in sources:  # new in numpy 2.0
        assert not reqs["numpy"].specifier.contains("1.26.4"), "numpy>=2.0 is needed"
    if "plat_other" in sources:  # send2trash internals: one major version only
        send2trash = reqs["send2trash"].specifier
        assert not send2trash.contains("3.0.0") and not send2trash.contains("1.8.3")
    for name, req in reqs.items():  # the versions tested here are allowed
        assert req.specifier.contains(version(name), prereleases=True), (name, version(name))


def test_modules_left_out_of_the_bundle_are_not_needed_at_run_time() -> None:
    """With every excluded module made unimportable, all of photodedup imports and
    imagehash's colour hash (the lead's run-time use of imagehash) works."""
    code = (
        "import sys, importlib, pkgutil\n"
        f"for name in {spec_lists.NOT_NEEDED!r}: sys.modules[name] = None\n"
        "import photodedup, imagehash\n"
        "from PIL import Image\n"
        "for m in pkgutil.walk_packages(photodedup.__path__, 'photodedup.'):\n"
        "    importlib.import_module(m.name)\n"
        "print(imagehash.colorhash(Image.new('RGB', (64, 64), (200, 30, 30))))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.strip(), "colorhash gave nothing"


def test_gtk_theme_libraries_are_dropped_unless_something_else_needs_them() -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("the GTK theme plugin is pruned on Linux only")
    deps = {  # transitive, as ldd lists them
        "/q/libqgtk3.so": ["libgtk-3.so.0", "libglib-2.0.so.0", "libQt6Gui.so.6"],
        "/l/libgtk-3.so.0": ["libglib-2.0.so.0"],
        "/l/libglib-2.0.so.0": [],
        "/l/libQt6Gui.so.6": ["libglib-2.0.so.0"],
        "/p/QtGui.abi3.so": ["libQt6Gui.so.6", "libglib-2.0.so.0"],
        "/l/other.so": [],
    }
    binaries = [
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/q/libqgtk3.so", "BINARY"),
        *((Path(src).name, src, "BINARY") for src in list(deps)[1:]),
    ]
    kept = spec_lists.drop_only_needed_by(
        binaries, "platformthemes/libqgtk3.so", lambda src: [(n, n) for n in deps[src]]
    )
    assert [name for name, _, _ in kept] == [
        "libglib-2.0.so.0",
        "libQt6Gui.so.6",
        "QtGui.abi3.so",
        "other.so",
    ]
    assert spec_lists.drop_only_needed_by(binaries[1:], "libqgtk3.so", None) == binaries[1:]


class _Recorded:
    """Stands in for a PyInstaller spec class: records its arguments."""

    made: ClassVar[list[_Recorded]] = []

    def __init__(self, *args: object, **kw: Any) -> None:
        self.kind, self.args, self.kw = type(self).__name__, args, kw
        self.scripts = self.pure = self.binaries = self.datas = []
        _Recorded.made.append(self)


def _spec_calls(monkeypatch: pytest.MonkeyPatch, platform: str) -> list[_Recorded]:
    """The PyInstaller objects the spec makes on ``platform`` (spec logic only: PyInstaller
    itself builds nothing here)."""
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_dynamic_libs = hooks.collect_submodules = hooks.copy_metadata = lambda *a: []  # type: ignore[attr-defined]
    for name in ("PyInstaller", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))
    _Recorded.made = []
    names = {k: type(k, (_Recorded,), {}) for k in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    exec(
        compile(SPEC.read_text("utf-8"), str(SPEC), "exec"), {"SPECPATH": str(SPEC.parent), **names}
    )
    return _Recorded.made


def test_windows_spec_has_a_windowed_and_a_console_executable_in_one_folder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made = _spec_calls(monkeypatch, "win32")
    exes = [m for m in made if m.kind == "EXE"]
    assert {(e.kw["name"], e.kw["console"]) for e in exes} == {
        (f"{APP_NAME}-gui", False),
        (APP_NAME, True),
    }
    (collect,) = [m for m in made if m.kind == "COLLECT"]
    assert [a for a in collect.args if a in exes] == exes and collect.kw["name"] == APP_NAME
    assert not [m for m in made if m.kind == "BUNDLE"]
    (analysis,) = [m for m in made if m.kind == "Analysis"]
    assert "scipy.fftpack" not in analysis.kw["hiddenimports"]
    assert {"scipy", "pywt", "numba.pycc", "pkg_resources"} <= set(analysis.kw["excludes"])


def test_macos_spec_makes_an_app_bundle_with_the_app_id(monkeypatch: pytest.MonkeyPatch) -> None:
    made = _spec_calls(monkeypatch, "darwin")
    (exe,) = [m for m in made if m.kind == "EXE"]
    assert exe.kw["name"] == APP_NAME and exe.kw["console"] is False
    (bundle,) = [m for m in made if m.kind == "BUNDLE"]
    assert bundle.kw["bundle_identifier"] == APP_ID
    assert bundle.kw["name"] == f"{APP_DISPLAY_NAME}.app"
    assert bundle.kw["info_plist"]["CFBundleShortVersionString"] == __version__
    assert bundle.args[0].kind == "COLLECT"


def test_linux_spec_has_one_console_executable(monkeypatch: pytest.MonkeyPatch) -> None:
    exes = [m for m in _spec_calls(monkeypatch, "linux") if m.kind == "EXE"]
    assert [(e.kw["name"], e.kw["console"]) for e in exes] == [(APP_NAME, True)]


FLATPAK_DIR = ROOT / "packaging" / "flatpak"
FLATPAK_REQUIREMENTS = FLATPAK_DIR / "python3-requirements.yml"
sys.path.insert(0, str(FLATPAK_DIR))
import make_requirements  # noqa: E402


@pytest.mark.skipif(not shutil.which("flatpak-builder"), reason="flatpak-builder missing")
def test_flatpak_manifest_loads_with_its_committed_modules(tmp_path: Path) -> None:
    proc = subprocess.run(  # in tmp_path: flatpak-builder makes a state dir in the cwd
        ["flatpak-builder", "--show-manifest", str(FLATPAK)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    manifest = json.loads(proc.stdout)
    assert manifest["id"] == APP_ID
    assert [m["name"] for m in manifest["modules"]] == ["python3-requirements", "photodedup"]
    args = manifest["finish-args"]
    assert "--filesystem=xdg-data/Trash:create" in args
    assert not [a for a in args if "XDG_DATA_HOME" in a], "no XDG_DATA_HOME override"
    sources = manifest["modules"][0]["sources"]
    assert sources and all(s["type"] == "file" and len(s["sha256"]) == 64 for s in sources)


def _flatpak_pins() -> dict[str, str]:
    text = FLATPAK_REQUIREMENTS.read_text("utf-8")
    (command,) = re.findall(r"^  - pip3 install .*$", text, re.MULTILINE)
    return {canonicalize_name(n): v for n, v in re.findall(r'"([\w.-]+)==([\w.]+)"', command)}


def test_flatpak_requirements_pin_every_python_dependency_for_every_arch() -> None:
    from packaging.requirements import Requirement

    assert make_requirements.main(["--check"]) == 0, "rerun packaging/flatpak/make_requirements.py"
    lines = make_requirements.REQUIREMENTS.read_text("utf-8").splitlines()
    reqs = [Requirement(line) for line in lines if line.strip() and not line.startswith("#")]
    listed = {canonicalize_name(r.name): r for r in reqs}
    pins, provided = _flatpak_pins(), make_requirements.PROVIDED
    for name, req in _declared_requirements().items():
        if name.startswith("pyside6"):
            continue  # the BaseApp's
        assert name in listed and listed[name].specifier == req.specifier, name
        version = provided.get(name) or pins.get(name)
        assert version and req.specifier.contains(version), (name, version)
    assert {"numba", "llvmlite", "orjson"} <= set(pins)
    text = FLATPAK_REQUIREMENTS.read_text("utf-8")
    sources = re.findall(r"url: (\S+)\n    sha256: ([0-9a-f]{64})\n(    only-arches: .*\n)?", text)
    assert len(sources) == text.count("- type: file")
    for name, version in pins.items():
        wheels = [
            (url, arches)
            for url, _, arches in sources
            if canonicalize_name(Path(url).name.split("-")[0]) == name
            and Path(url).name.split("-")[1] == version
        ]
        assert wheels, f"no wheel for {name} {version}"
        assert all(url.startswith("https://files.pythonhosted.org/") for url, _ in wheels)
        covered = {a for _, arches in wheels for a in re.findall(r"\w+64", arches)}
        assert any(not arches for _, arches in wheels) or covered == set(
            make_requirements.ARCHES
        ), (name, covered)


def test_flatpak_launcher_links_the_host_trash_and_trashed_files_land_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The launcher in a simulated sandbox (HOME as on the host, XDG_DATA_HOME private),
    then the core's real trash code with that environment."""
    from photodedup.core import trash

    home = tmp_path / "host-home"
    host_trash = home / ".local" / "share" / "Trash"
    host_trash.mkdir(parents=True)  # --filesystem=xdg-data/Trash:create
    app_data = home / ".var" / "app" / APP_ID / "data"
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "python3").write_text(f'#!/bin/sh\nexec "{sys.executable}" "$@"\n')
    (bin_dir / "python3").chmod(0o755)
    env = {
        "PATH": f"{bin_dir}{os.pathsep}/usr/bin:/bin",
        "HOME": str(home),
        "XDG_DATA_HOME": str(app_data),
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
    }
    launcher = FLATPAK_DIR / "photodedup-flatpak.sh"
    for _ in range(2):  # the second start finds the link made by the first
        proc = subprocess.run(
            ["sh", str(launcher), "--version"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert proc.returncode == 0 and __version__ in proc.stdout, proc.stderr
        assert (app_data / "Trash").resolve() == host_trash.resolve()
    photo = home / "Pictures" / "a.jpg"
    photo.parent.mkdir()
    photo.write_bytes(b"photo")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(app_data))
    item = trash.send_to_trash(str(photo))
    assert item is not None and not photo.exists()
    assert (host_trash / "files" / "a.jpg").read_bytes() == b"photo"
    assert (host_trash / "info" / "a.jpg.trashinfo").is_file()
    trash.restore(item, str(photo))
    assert photo.read_bytes() == b"photo"
