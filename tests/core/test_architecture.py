"""The core must never import Qt: checked by importing every core module with Qt blocked."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import photodedup

PACKAGE_DIR = Path(photodedup.__file__).parent


def _core_modules() -> list[str]:
    names = ["photodedup.logs"]
    for path in sorted(
        [*(PACKAGE_DIR / "core").rglob("*.py"), *(PACKAGE_DIR / "cli").rglob("*.py")]
    ):
        rel = path.relative_to(PACKAGE_DIR.parent).with_suffix("")
        names.append(".".join(rel.parts).removesuffix(".__init__"))
    return names


def test_core_imports_without_qt() -> None:
    code = textwrap.dedent(
        f"""
        import importlib, sys
        class Block:
            def find_spec(self, name, path=None, target=None):
                if name.split('.')[0] in ('PySide6', 'PyQt5', 'PyQt6', 'shiboken6'):
                    raise ImportError('Qt imported by core: ' + name)
                return None
        sys.meta_path.insert(0, Block())
        for mod in {_core_modules()!r}:
            importlib.import_module(mod)
        assert not any(m.startswith(('PySide6', 'photodedup.gui')) for m in sys.modules)
        print('ok')
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_core_modules_stay_small() -> None:
    too_big = {
        str(p.relative_to(PACKAGE_DIR)): n
        for p in PACKAGE_DIR.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 450
    }
    assert not too_big, f"modules over budget (~400 lines): {too_big}"
