"""Every shipped translation is complete: 100 % per lrelease, placeholders and plural forms kept.

The files hold the GUI's strings and the command line's (contexts ``cli``, ``argparse``,
``progress``; ``CoreText`` is shared): see photodedup/i18n.py.
A new GUI or CLI string makes these fail until it is translated: run
``packaging/update_translations.sh``, translate the ``unfinished`` entries of each
``resources/translations/photodedup_<lang>.ts`` (``pyside6-linguist``), and run it again.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))
import make_translations  # noqa: E402

# Shipped languages and how many plural forms Qt gives each (lupdate writes that many).
SHIPPED = {"de": 2, "es": 2, "fr": 2, "ja": 1, "pt_BR": 2}
# What "&File" becomes: proves the compiled .qm is the language it claims to be.
FILE_MENU = {
    "de": "&Datei",
    "es": "&Archivo",
    "fr": "&Fichier",
    "ja": "ファイル(&F)",
    "pt_BR": "&Arquivo",
}
PLACEHOLDER = re.compile(r"%n|%\d+|%\(\w+\)[sdr]|%[sdr]|\{[^{}]*\}|<[^<>]+>")
ACCELERATOR = re.compile(r"&[^&\s]")
LRELEASE_REPORT = re.compile(
    r"Generated (\d+) translation\(s\) \((\d+) finished and (\d+) unfinished\)"
)


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (f"{context.findtext('name')}: {message.findtext('source')!r}", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def _ts(lang: str) -> Path:
    return make_translations.TS_DIR / f"photodedup_{lang}.ts"


def test_every_shipped_language_has_a_translation_and_a_compiled_file() -> None:
    found = {ts.stem.split("_", 1)[1] for ts in make_translations.TS_DIR.glob("photodedup_*.ts")}
    assert found == {"en", *SHIPPED}, "list a new language in SHIPPED (and FILE_MENU)"
    for lang in SHIPPED:
        assert (make_translations.QM_DIR / f"photodedup_{lang}.qm").exists()


@pytest.mark.parametrize("lang", sorted(SHIPPED))
def test_translation_is_complete_and_keeps_placeholders(lang: str) -> None:
    template = {key for key, _ in _messages(make_translations.TEMPLATE)}
    messages = _messages(_ts(lang))
    assert {key for key, _ in messages} == template, "stale: run packaging/update_translations.sh"
    problems = []
    for key, message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in {"unfinished", "vanished", "obsolete"}:
            problems.append(f"not translated: {key}")
            continue
        forms = _forms(message)
        if message.get("numerus") == "yes" and len(forms) != SHIPPED[lang]:
            problems.append(f"{len(forms)} plural forms, {lang} has {SHIPPED[lang]}: {key}")
        for form in forms:
            if not form.strip():
                problems.append(f"empty: {key}")
            elif sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"placeholders differ: {key} -> {form!r}")
            elif bool(ACCELERATOR.search(source)) != bool(ACCELERATOR.search(form)):
                problems.append(f"accelerator (&) lost or added: {key} -> {form!r}")
            elif form.count("\n") != source.count("\n"):
                problems.append(f"line breaks differ: {key} -> {form!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", sorted(SHIPPED))
def test_lrelease_reports_every_message_finished(lang: str, tmp_path: Path) -> None:
    tool = make_translations._tool("pyside6-lrelease")
    result = subprocess.run(
        [tool, str(_ts(lang)), "-qm", str(tmp_path / "out.qm")],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    report = result.stdout + result.stderr
    generated = LRELEASE_REPORT.search(report)
    assert generated, report
    total, finished, unfinished = map(int, generated.groups())
    assert total == finished == len(_messages(make_translations.TEMPLATE)), report
    assert unfinished == 0, report
    assert "untranslated" not in report, report


def test_english_plural_forms_are_complete() -> None:
    """photodedup_en only carries the "1 photo" / "2 photos" forms of the %n strings."""
    for key, message in _messages(_ts("en")):
        if message.get("numerus") == "yes":
            forms = _forms(message)
            assert len(forms) == 2 and all("%n" in form for form in forms), key


@pytest.mark.parametrize("lang", sorted(SHIPPED))
def test_the_system_locale_picks_the_language(lang: str, qapp: object) -> None:
    """install_translators() loads QLocale()'s file: a regional locale finds it too."""
    from PySide6.QtCore import QLocale, QTranslator

    region = {"de": "de_DE", "es": "es_ES", "fr": "fr_FR", "ja": "ja_JP", "pt_BR": "pt_BR"}[lang]
    translator = QTranslator()
    assert translator.load(QLocale(region), "photodedup", "_", str(make_translations.QM_DIR))
    assert translator.language().replace("-", "_") == lang
    assert translator.translate("MainWindow", "&File") == FILE_MENU[lang]
    assert "%n" in translator.translate("ClusterModel", "%n photo(s)", None, 3)


def test_translations_ship_as_package_data() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"gui/translations/*"' in pyproject
    spec = (ROOT / "packaging" / "pyinstaller" / "photodedup.spec").read_text(encoding="utf-8")
    assert '"gui" / "translations"' in spec


def test_every_command_line_string_is_extracted() -> None:
    """lupdate drops what it cannot read: each literal ``tr``/``ntr``/``later`` of
    photodedup/cli (and each ``QT_TRANSLATE_NOOP`` mark there) is in the template."""
    template = {
        (context, message.findtext("source"), message.findtext("comment"))
        for context, message in (
            (key.split(": ", 1)[0], message)
            for key, message in _messages(make_translations.TEMPLATE)
        )
    }
    call = re.compile(r"^(?:QCoreApplication\.translate|QT_TRANSLATE_NOOP)\((.*)\)$")
    found = set()
    for source in make_translations.SHARED_SOURCES:
        for line in make_translations.spelled_calls(source.read_text("utf-8")).splitlines()[1:]:
            match = call.match(line)
            assert match, line
            args = ast.literal_eval(f"[{match[1]}]")
            found.add((args[0], args[1], args[2] if len(args) > 2 else None))
    assert len(found) > 100
    assert {context for context, _, _ in found} == {"cli", "argparse", "progress", "CoreText"}
    assert found <= template, sorted(found - template)
