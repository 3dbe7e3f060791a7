"""Extract the GUI's and the command line's strings into Qt .ts files, compile them to .qm.

Usage: ``python packaging/make_translations.py [--check]`` (or ``packaging/update_translations.sh``)

- ``resources/translations/photodedup.ts`` is the template (every source string, no
  language); ``photodedup_<lang>.ts`` are the translations, edited with Qt Linguist
  (``pyside6-linguist``). Existing translations survive every update.
- Compiled ``photodedup_<lang>.qm`` files go to ``photodedup/gui/translations/`` (package data).

pyside6-lupdate finds ``self.tr("…")`` and ``QCoreApplication.translate("Ctx", "…")``.
GUI modules may also define a helper ``def _tr(text): return QCoreApplication.translate(
"Ctx", text)``; lupdate cannot see through it, so the sources are copied to a temporary
folder with each literal ``_tr("…")`` call spelled out as ``translate("Ctx", "…")`` first,
and each plural count spelled as a literal (see ``literal_plural_counts``).

The command line (``photodedup/cli``) and ``photodedup/i18n.py`` share these files (see
``photodedup/i18n.py``): their ``tr("…")``, ``later("…")``, ``ntr("…", "…", n)`` calls
(context ``cli``) and ``QT_TRANSLATE_NOOP`` marks are handed to lupdate as one
``translate`` line each (``spelled_calls``): lupdate drops calls with keyword arguments.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUI_DIR = ROOT / "photodedup" / "gui"
SHARED_SOURCES = [
    ROOT / "photodedup" / "i18n.py",
    *sorted((ROOT / "photodedup" / "cli").glob("*.py")),
]
CLI_CONTEXT = "cli"
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = GUI_DIR / "translations"
TEMPLATE = TS_DIR / "photodedup.ts"
BIN_DIR = Path(sys.executable).parent

_HELPER_CONTEXT = re.compile(
    r"def _tr\([^)]*\)[^:]*:\s*(?:\"\"\".*?\"\"\"\s*)?return QCoreApplication\.translate\(\s*"
    r"[\"'](?P<context>[^\"']+)[\"']",
    re.DOTALL,
)
_HELPER_CALL = re.compile(r"\b_tr\((?=\s*[\"'])")


def expand_helper_calls(source: str) -> str:
    """Spell out literal ``_tr("…")`` calls as ``QCoreApplication.translate("Ctx", "…")``."""
    match = _HELPER_CONTEXT.search(source)
    if match is None:
        return source
    call = f'QCoreApplication.translate("{match["context"]}", '
    return _HELPER_CALL.sub(call, source)


def literal_plural_counts(source: str) -> str:
    """Spell the count of each ``translate(ctx, text, disambiguation, n)`` call as ``1``.

    pyside6-lupdate 6.11 (the Qt in use, 6.12.0 being excluded) only sees a plural message
    when its count is a literal: with a variable or ``len(...)`` it drops the ``numerus``
    attribute, or the whole message, and so the plural forms already translated. The copy
    is only read by lupdate, so the value does not matter.
    """
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return source
    data = source.encode("utf-8")  # ast offsets count UTF-8 bytes
    starts = [0]
    for line in data.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    spans = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "translate"
            and len(node.args) == 4
            and not isinstance(node.args[3], ast.Constant)
        ):
            count = node.args[3]
            assert count.end_lineno is not None and count.end_col_offset is not None
            begin = starts[count.lineno - 1] + count.col_offset
            spans.append((begin, starts[count.end_lineno - 1] + count.end_col_offset))
    for begin, end in sorted(spans, reverse=True):
        data = data[:begin] + b"1" + data[end:]
    return data.decode("utf-8")


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def spelled_calls(source: str) -> str:
    """The translatable calls of a command-line source, one lupdate-readable line each.

    ``tr("…", field=…)`` and ``later("…")`` become ``QCoreApplication.translate("cli",
    "…")``; ``ntr("one", "many", n)`` the plural ``translate("cli", "one", "many", 1)``
    (the English plural is the disambiguation); ``QT_TRANSLATE_NOOP(ctx, "…")`` stays.
    """
    lines = ["from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP"]
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        texts = [_literal(arg) for arg in node.args]
        quoted = [json.dumps(t, ensure_ascii=False) for t in texts if t is not None]
        if name in {"tr", "later"} and texts[0] is not None:
            lines.append(f'QCoreApplication.translate("{CLI_CONTEXT}", {quoted[0]})')
        elif name == "ntr" and len(texts) >= 2 and None not in texts[:2]:
            lines.append(
                f'QCoreApplication.translate("{CLI_CONTEXT}", {quoted[0]}, {quoted[1]}, 1)'
            )
        elif name == "QT_TRANSLATE_NOOP" and len(texts) == 2 and None not in texts:
            lines.append(f"QT_TRANSLATE_NOOP({quoted[0]}, {quoted[1]})")
    return "\n".join(lines) + "\n"


def prepared_sources(target: Path) -> list[Path]:
    """Copy the GUI sources into ``target`` with helper calls expanded, and the command
    line's calls spelled out; return the copies."""
    copies = []
    for source in sorted(GUI_DIR.rglob("*.py")):
        copy = target / source.relative_to(ROOT)
        copy.parent.mkdir(parents=True, exist_ok=True)
        text = expand_helper_calls(source.read_text(encoding="utf-8"))
        copy.write_text(literal_plural_counts(text), "utf-8")
        copies.append(copy)
    for source in SHARED_SOURCES:
        copy = target / source.relative_to(ROOT)
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_text(spelled_calls(source.read_text(encoding="utf-8")), "utf-8")
        copies.append(copy)
    return copies


def _tool(name: str) -> str:
    local = BIN_DIR / name
    found = str(local) if local.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found (it comes with PySide6)")
    return found


def lupdate(ts_files: list[Path]) -> None:
    """Refresh the .ts files from the current GUI sources (keeps existing translations)."""
    with tempfile.TemporaryDirectory(prefix="photodedup-lupdate-") as tmp:
        sources = prepared_sources(Path(tmp))
        for ts in ts_files:
            cmd = [_tool("pyside6-lupdate"), *map(str, sources), "-source-language", "en"]
            cmd += ["-locations", "none", "-no-obsolete", "-silent", "-ts", str(ts)]
            if ts != TEMPLATE:
                cmd[-2:-2] = ["-target-language", ts.stem.split("_", 1)[1]]
            subprocess.run(cmd, check=True)


def lrelease(ts_files: list[Path]) -> list[Path]:
    """Compile every translation (not the template) to a .qm in the package."""
    QM_DIR.mkdir(parents=True, exist_ok=True)
    compiled = []
    for ts in ts_files:
        if ts == TEMPLATE:
            continue
        qm = QM_DIR / f"{ts.stem}.qm"
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        compiled.append(qm)
    return compiled


def translation_files() -> list[Path]:
    """The template plus every ``photodedup_<lang>.ts``."""
    return [TEMPLATE, *sorted(TS_DIR.glob("photodedup_*.ts"))]


def main(argv: list[str] | None = None) -> int:
    """Update the .ts files and compile them; --check only reports whether they were stale."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the .ts were stale")
    parser.add_argument("--add", metavar="LANG", help="start a new translation, e.g. fr")
    args = parser.parse_args(argv)
    TS_DIR.mkdir(parents=True, exist_ok=True)
    files = translation_files()
    if args.add:
        files.append(TS_DIR / f"photodedup_{args.add}.ts")
    before = {ts: ts.read_bytes() if ts.exists() else b"" for ts in files}
    lupdate(files)
    stale = [ts for ts in files if ts.read_bytes() != before[ts]]
    for qm in lrelease(files):
        print(f"compiled {qm.relative_to(ROOT)}")
    for ts in stale:
        print(f"updated {ts.relative_to(ROOT)}")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
