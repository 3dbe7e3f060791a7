"""The command line in the user's language (photodedup/cli/text.py): text output, help and
argparse's errors translated, JSON and CSV the same bytes in every language, and Qt's core
loaded only when a translation is needed."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from photodedup import cli, i18n
from photodedup.cli.text import ntr, tr
from photodedup.core.config import DEFAULT_THRESHOLD
from tests.photos import Library, build_library

# What the summary line of a scan of the test library starts with, in each language.
SUMMARY = {
    "de": "18 Dateien: 16 Fotos in 2 Gruppen, 3 Fehler (",
    "es": "18 archivos: 16 fotos en 2 grupos, 3 errores (",
    "fr": "18 fichiers\u00a0: 16 photos dans 2 groupes, 3 erreurs (",
    "ja": "ファイル 18 個: 写真 16 枚、2 グループ、エラー 3 件（",
    "pt_BR": "18 arquivos: 16 fotos em 2 grupos, 3 erros (",
}
# How the listing shows a keeper reason (a core Message, translated for the GUI).
LARGEST_FILE = {
    "de": "größte Datei (",
    "es": "archivo más grande (",
    "fr": "fichier le plus lourd (",
    "ja": "最大ファイルサイズ (",
    "pt_BR": "maior arquivo (",
}
ENGLISH_SUMMARY = "18 files: 16 photos in 2 groups, 3 errors ("


@pytest.fixture(autouse=True)
def fresh_language(restore_logging: None) -> Iterator[None]:
    """Each test reads the environment it sets (and cli.main's log handlers go)."""
    i18n.for_environment.cache_clear()
    yield
    i18n.for_environment.cache_clear()


@pytest.fixture(scope="module")
def photos(tmp_path_factory: pytest.TempPathFactory) -> Library:
    return build_library(tmp_path_factory.mktemp("language") / "photos")


def _speak(monkeypatch: pytest.MonkeyPatch, **environ: str) -> None:
    for name in i18n.ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    i18n.for_environment.cache_clear()


def _scan(photos: Library, *args: str) -> int:
    return cli.main(["scan", "--workers", "1", *args, str(photos.root)])


@pytest.mark.parametrize("lang", sorted(SUMMARY))
def test_scan_speaks_the_language_of_LANGUAGE(
    lang: str, photos: Library, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _speak(monkeypatch, LANGUAGE=lang, LANG="C.UTF-8")
    assert _scan(photos) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[-1].startswith(SUMMARY[lang]), out
    assert LARGEST_FILE[lang] in out.splitlines()[0], out  # the GUI's CoreText translation
    assert "largest file" not in out and " keep " not in out


@pytest.mark.parametrize(
    "environ",
    [{"LANG": "C"}, {"LC_ALL": "POSIX", "LANG": "de_DE.UTF-8"}, {"LANGUAGE": "en:de"}, {}],
)
def test_c_posix_english_or_nothing_is_english(
    environ: dict[str, str],
    photos: Library,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _speak(monkeypatch, **environ)
    assert _scan(photos) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[-1].startswith(ENGLISH_SUMMARY), out
    assert out.startswith("group 0 (similar, keeper: largest file (")


def test_lc_messages_and_lang_choose_too(
    photos: Library, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _speak(monkeypatch, LANG="pt_BR.UTF-8")
    _scan(photos)
    assert capsys.readouterr().out.splitlines()[-1].startswith(SUMMARY["pt_BR"])
    _speak(monkeypatch, LC_MESSAGES="es_ES.UTF-8", LANG="pt_BR.UTF-8")
    _scan(photos)
    assert capsys.readouterr().out.splitlines()[-1].startswith(SUMMARY["es"])


def test_json_and_csv_are_the_same_bytes_in_every_language(
    photos: Library, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _speak(monkeypatch, LANG="C")
    _scan(photos)  # every run below reads the cache: the same stats
    written = {}
    for lang in ["C", *sorted(SUMMARY)]:
        _speak(monkeypatch, LANGUAGE=lang)
        json_file, csv_file = tmp_path / f"{lang}.json", tmp_path / f"{lang}.csv"
        assert _scan(photos, "--json", str(json_file), "--csv", str(csv_file)) == 0
        document = re.sub(rb'"created": "[^"]*"|"seconds":[0-9.]+', b"", json_file.read_bytes())
        written[lang] = (document, csv_file.read_bytes())
    assert all(files == written["C"] for files in written.values())
    errors = json.loads((tmp_path / "C.json").read_text("utf-8"))["errors"]
    assert {e["reason"] for e in errors} >= {"not a readable image"}  # English in JSON


def test_help_and_argparse_errors_are_translated(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _speak(monkeypatch, LANGUAGE="de")
    with pytest.raises(SystemExit):
        cli.main(["scan", "--help"])
    shown = capsys.readouterr().out
    assert shown.startswith("Aufruf: photodedup scan")
    assert "Optionen:" in shown and "diese Hilfe anzeigen und beenden" in shown
    assert "größter Abstand zwischen Kopien" in shown
    assert f"(Standard {DEFAULT_THRESHOLD})" in shown
    assert "--json FILE" in shown  # option names stay
    _speak(monkeypatch, LANGUAGE="ja")
    with pytest.raises(SystemExit):
        cli.main(["scan"])
    assert "エラー: 次の引数が必要です: ROOT" in capsys.readouterr().err
    _speak(monkeypatch, LANGUAGE="fr")
    with pytest.raises(SystemExit):
        cli.main(["scan", "--threshold", "99", "x"])
    assert "doit être compris entre 0 et" in capsys.readouterr().err


def test_plural_forms_follow_the_language(monkeypatch: pytest.MonkeyPatch) -> None:
    _speak(monkeypatch, LANGUAGE="de")
    assert [ntr("%n file", "%n files", n) for n in (0, 1, 2)] == [
        "0 Dateien",
        "1 Datei",
        "2 Dateien",
    ]
    _speak(monkeypatch, LANGUAGE="fr")  # French: 0 and 1 are singular
    assert [ntr("%n file", "%n files", n) for n in (0, 1, 2)] == [
        "0 fichier",
        "1 fichier",
        "2 fichiers",
    ]
    _speak(monkeypatch, LANGUAGE="ja")  # one form
    assert ntr("%n file", "%n files", 3) == "ファイル 3 個"
    _speak(monkeypatch, LANG="C")
    assert [ntr("%n file", "%n files", n) for n in (0, 1, 2)] == ["0 files", "1 file", "2 files"]
    assert tr("no such file or folder: {path}", path="/x") == "no such file or folder: /x"


def test_a_broken_translation_falls_back_to_english(monkeypatch: pytest.MonkeyPatch) -> None:
    _speak(monkeypatch, LANGUAGE="de")
    monkeypatch.setattr(i18n.Translations, "text", lambda *_a: "kaputt {pfad}")
    assert tr("no such file or folder: {path}", path="/x") == "no such file or folder: /x"


def _modules_after(args: list[str], environ: dict[str, str]) -> set[str]:
    code = (
        "import sys\nfrom photodedup import cli\n"
        "try:\n    cli.main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
        "print('MODULES', *sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    env = {k: v for k, v in __import__("os").environ.items() if k not in i18n.ENVIRONMENT}
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        env={**env, **environ},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    line = next(x for x in done.stdout.splitlines() if x.startswith("MODULES"))
    return set(line.split()[1:])


def test_qt_core_only_and_only_when_a_translation_is_needed(tmp_path: Path) -> None:
    assert _modules_after(["--version"], {"LANGUAGE": "de"}) == set()
    assert _modules_after(["scan", "--no-cache", str(tmp_path)], {"LANG": "C"}) == set()
    german = _modules_after(["scan", "--no-cache", str(tmp_path)], {"LANGUAGE": "de"})
    assert "PySide6.QtCore" in german
    assert not german & {"PySide6.QtGui", "PySide6.QtWidgets"}


def test_apply_notes_and_refusals_use_the_core_translations(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from photodedup.cli.text import core
    from photodedup.core import report
    from photodedup.core.messages import Message

    _speak(monkeypatch, LANGUAGE="de")
    note = report.trust_note({"pixels_checked": False})
    assert core(note).startswith("Hinweis: Dieses Ergebnis wurde nur aus Fingerabdrücken")
    assert core(report.trust_note({"version": 1})).startswith("Hinweis: Es hat Formatversion 1")
    assert core(Message("shared with a file that stays")) != "shared with a file that stays"
    assert core("the decoder crashed (SIGKILL)") == "der Decoder ist abgestürzt (SIGKILL)"
    _speak(monkeypatch, LANG="C")
    assert core(note) == report.FINGERPRINTS_ONLY


def test_apply_and_undo_say_why_in_german(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file changed since the scan, a taken original path, a bad document: the per-file
    reasons (core Messages) in German; the journal keeps the English."""
    library = build_library(tmp_path / "photos", originals=1, singles=0, bad=False)
    out = tmp_path / "result.json"
    _speak(monkeypatch, LANG="C")
    assert _scan(library, "--json", str(out)) == 0
    doc = json.loads(out.read_text("utf-8"))
    victims = [m["path"] for m in doc["groups"][0]["members"][1:3]]
    for member in doc["groups"][0]["members"][1:3]:
        member["action"] = "trash"
    out.write_text(json.dumps(doc), encoding="utf-8")
    with Path(victims[0]).open("ab") as fh:
        fh.write(b"edited after the scan")
    capsys.readouterr()

    _speak(monkeypatch, LANGUAGE="de")
    assert cli.main(["apply", str(out), "--yes"]) == 0
    text = capsys.readouterr().out
    assert f"{victims[0]}: seit der Suche geändert: verändert (size, mtime_ns" in text, text
    assert "changed since scan" not in text

    Path(victims[1]).write_bytes(b"a new file where the trashed one was")
    assert cli.main(["undo"]) == 1
    text = capsys.readouterr().out
    assert f"{victims[1]}: am ursprünglichen Pfad gibt es bereits eine Datei" in text, text
    from photodedup.core import paths

    journal = "".join(f.read_text("ascii") for f in paths.journal_dir().glob("*.jsonl"))
    assert '"reason": "a file already exists at the original path"' in journal  # English

    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something else"}', encoding="utf-8")
    assert cli.main(["apply", str(bad)]) == 2
    assert capsys.readouterr().err == f"photodedup: {bad} ist kein Suchergebnis von photodedup\n"
