"""Packaging targets: dependency bounds, the PyInstaller spec on each platform, what the
bundle leaves out, and the Flatpak (manifest, generated requirements, trash launcher)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import types
from pathlib import Path
from typing import Any, ClassVar

import pytest
from packaging.utils import canonicalize_name

from photodedup import APP_DISPLAY_NAME, APP_ID, APP_NAME, __version__

ROOT = Path(__file__).resolve().parent.parent
FLATPAK = ROOT / "packaging" / "flatpak" / f"{APP_ID}.yml"
SPEC = ROOT / "packaging" / "pyinstaller" / "photodedup.spec"
FLATPAK_DIR = ROOT / "packaging" / "flatpak"
FLATPAK_REQUIREMENTS = FLATPAK_DIR / "python3-requirements.yml"

sys.path.insert(0, str(ROOT / "packaging" / "pyinstaller"))
sys.path.insert(0, str(FLATPAK_DIR))
import make_requirements  # noqa: E402
import spec_lists  # noqa: E402


def _declared_requirements() -> dict[str, Any]:
    import tomllib

    from packaging.requirements import Requirement

    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    reqs = (Requirement(text) for text in project["dependencies"])
    return {canonicalize_name(r.name): r for r in reqs}


LINUX = {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix"}
WINDOWS = {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt"}
MACOS = {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix"}


def _applies(req: Any, environment: dict[str, str] | None = None) -> bool:
    """True if ``req`` is installed in ``environment`` (default: this interpreter's)."""
    return req.marker is None or req.marker.evaluate(environment)


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
        if not _applies(req):
            continue  # another platform's (pywin32, pyobjc): not installed here
        assert req.specifier.contains(version(name), prereleases=True), (name, version(name))


# Top-level modules of the platform trash's lazy imports -> (distribution, its platform).
PLATFORM_DISTRIBUTIONS = {
    "pythoncom": ("pywin32", WINDOWS),
    "pywintypes": ("pywin32", WINDOWS),
    "win32api": ("pywin32", WINDOWS),
    "win32com": ("pywin32", WINDOWS),
    "win32security": ("pywin32", WINDOWS),
    "winerror": ("pywin32", WINDOWS),
    "Foundation": ("pyobjc-framework-cocoa", MACOS),
}


def _lazy_imports(path: Path) -> set[str]:
    """The literal ``importlib.import_module("...")`` names of a source file."""
    import ast

    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            found.add(str(node.args[0].value))
    return found


@pytest.mark.parametrize(
    ("module", "platform"), [("windows_trash", "win32"), ("mac_trash", "darwin")]
)
def test_platform_trash_modules_are_declared_and_bundled_for_their_platform(
    module: str, platform: str
) -> None:
    """Every module the platform trash imports lazily comes from a dependency declared
    with that platform's marker only, and is a hidden import of the spec there."""
    import platform_imports

    source = ROOT / "photodedup" / "core" / "cleanup" / f"{module}.py"
    lazy = _lazy_imports(source)
    assert lazy, f"no import_module call found in {source.name}"
    reqs = _declared_requirements()
    bundled = set(platform_imports.platform_hidden_imports(platform))
    for name in lazy:
        top = name.split(".")[0]
        if top not in PLATFORM_DISTRIBUTIONS:  # then a dependency of every platform
            req = reqs.get(canonicalize_name(top))
            assert req is not None and req.marker is None, f"{name}: unknown distribution"
        else:
            dist, environment = PLATFORM_DISTRIBUTIONS[top]
            req = reqs.get(dist)
            assert req is not None, f"{name} needs {dist} in pyproject dependencies"
            assert _applies(req, environment), (dist, str(req.marker))
            others = [env for env in (LINUX, WINDOWS, MACOS) if env is not environment]
            assert not any(_applies(req, env) for env in others), (dist, str(req.marker))
        assert name in bundled, f"{name}: a hidden import on {platform} (platform_imports.py)"
    assert not platform_imports.platform_hidden_imports("linux")


def test_spec_adds_the_platform_trash_imports_on_windows_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def hidden(platform: str) -> set[str]:
        made = _spec_calls(monkeypatch, platform)
        (analysis,) = [m for m in made if m.kind == "Analysis"]
        return set(analysis.kw["hiddenimports"])

    assert {"pythoncom", "win32com.shell.shell", "win32security"} <= hidden("win32")
    assert "Foundation" in hidden("darwin") and "pythoncom" not in hidden("darwin")
    assert not {"pythoncom", "Foundation"} & hidden("linux")


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
    assert {"scipy", "pywt", "pkg_resources"} <= set(analysis.kw["excludes"])
    assert "photodedup.core.group._kernels" in analysis.kw["hiddenimports"]


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
    assert "--filesystem=home" in args  # photos at their real paths, and the host's trash
    assert not [a for a in args if a.startswith("--filesystem=xdg-data")], "lint: unnecessary"
    assert not [a for a in args if "XDG_DATA_HOME" in a], "no XDG_DATA_HOME override"
    sources = manifest["modules"][0]["sources"]
    assert sources and all(s["type"] == "file" and len(s["sha256"]) == 64 for s in sources)


def _has_flathub_linter() -> bool:
    import importlib.util

    return importlib.util.find_spec("flatpak_builder_lint") is not None


@pytest.mark.skipif(not _has_flathub_linter(), reason="flatpak-builder-lint missing (not on PyPI)")
def test_flathub_linter_finds_only_the_accepted_errors(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, str(FLATPAK_DIR / "lint_manifest.py")],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_lint_manifest_fails_on_any_error_not_accepted(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import lint_manifest

    accepted = next(iter(lint_manifest.ACCEPTED))
    monkeypatch.setattr(lint_manifest, "lint", lambda _path: {"errors": [accepted]})
    assert lint_manifest.main([]) == 0
    found = [accepted, "finish-args-unnecessary-xdg-data-Trash-create-access"]
    monkeypatch.setattr(lint_manifest, "lint", lambda _path: {"errors": found})
    assert lint_manifest.main([]) == 1
    assert "UNEXPECTED: finish-args-unnecessary-xdg-data-Trash" in capsys.readouterr().out


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
        if name.startswith("pyside6") or not _applies(req, LINUX):
            continue  # the BaseApp's, or another platform's (pywin32, pyobjc)
        assert name in listed and listed[name].specifier == req.specifier, name
        version = provided.get(name) or pins.get(name)
        assert version and req.specifier.contains(version), (name, version)
    assert "orjson" in pins
    assert not {"numba", "llvmlite"} & set(pins), "no run-time compiler in the Flatpak"
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
    from photodedup.core.cleanup import trash

    home = tmp_path / "host-home"
    host_trash = home / ".local" / "share" / "Trash"  # none yet: the launcher makes it
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
