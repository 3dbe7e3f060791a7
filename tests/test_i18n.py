"""photodedup/i18n.py: the language the environment asks for, read as gettext reads it,
and the shared translations read without any Qt application."""

from __future__ import annotations

import pytest

from photodedup import i18n
from photodedup.core.messages import Message, Size

SHIPPED = frozenset({"de", "es", "fr", "ja", "pt_BR"})


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, []),
        ({"LANG": "de_DE.UTF-8"}, ["de_DE.UTF-8"]),
        ({"LANG": "de_DE.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8"}, ["fr_FR.UTF-8"]),
        ({"LC_MESSAGES": "fr_FR", "LC_ALL": "es_ES.UTF-8"}, ["es_ES.UTF-8"]),
        ({"LC_ALL": "es_ES", "LANGUAGE": "ja:de"}, ["ja", "de"]),
        ({"LANGUAGE": "", "LANG": "pt_BR.UTF-8"}, ["pt_BR.UTF-8"]),  # empty: the next one
    ],
)
def test_the_first_variable_set_decides_in_gettexts_order(
    environ: dict[str, str], expected: list[str]
) -> None:
    assert i18n.requested_languages(environ) == expected


@pytest.mark.parametrize(
    ("requested", "expected"),
    [
        ([], None),
        (["C"], None),
        (["C.UTF-8"], None),
        (["POSIX"], None),
        (["en_US.UTF-8"], None),
        (["en", "de"], None),  # English asked first: the source text
        (["de_AT.UTF-8@euro"], "de"),
        (["fr_CA"], "fr"),
        (["pt_BR.UTF-8"], "pt_BR"),
        (["pt_PT"], "pt_BR"),  # the shipped variant of the language beats English
        (["nl", "es"], "es"),  # the first that ships
        (["nl_NL.UTF-8"], None),
        (["ja_JP.eucJP"], "ja"),
    ],
)
def test_the_first_shipped_language_is_chosen(requested: list[str], expected: str | None) -> None:
    assert i18n.choose_language(requested, SHIPPED) == expected


def test_every_shipped_language_has_its_compiled_file() -> None:
    assert i18n.shipped_languages() == SHIPPED


def test_for_environment_reads_the_environment_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGUAGE", "fr")
    i18n.for_environment.cache_clear()
    try:
        assert i18n.for_environment().language == "fr"
        monkeypatch.setenv("LANGUAGE", "de")
        assert i18n.for_environment().language == "fr"  # cached for the process
    finally:
        i18n.for_environment.cache_clear()


def test_a_translation_is_read_without_an_application_object() -> None:
    german = i18n.Translations("de")
    assert german.text("CoreText", "chosen by you") == "von Ihnen gewählt"
    assert german.text("cli", "%n file", "%n files", 1) == "%n Datei"
    assert german.text("cli", "%n file", "%n files", 7) == "%n Dateien"
    assert german.text("cli", "no such text") == ""
    assert i18n.Translations(None).text("CoreText", "chosen by you") == ""
    assert i18n.Translations("xx").text("CoreText", "chosen by you") == ""  # no such file


def test_core_words_translate_the_template_and_format_the_size() -> None:
    largest = Message("largest file ({size})", size=Size(2_500_000))
    french = i18n.Translations("fr")

    def translate(template: str) -> str:
        return french.text("CoreText", template)

    words = i18n.core_words(largest, translate, lambda n: f"<{n}>")
    assert words.endswith("(<2500000>)") and "largest" not in words
    assert i18n.core_words("a library's own words", translate, str) == "a library's own words"
    broken = i18n.core_words(largest, lambda _t: "le plus gros ({taille})", str)
    assert broken == "largest file (2.5 MB)"  # a broken field: the English
