"""The command line's words in the user's language (:mod:`photodedup.i18n` chooses it).

- :func:`tr` / :func:`ntr`: a sentence now (context ``cli``), ``{name}`` fields filled in
  after translation; ``ntr`` takes the English singular and plural (``%n`` is the count),
  a translation has its language's own plural forms.
- :func:`later`: help and descriptions for argparse, translated when the help is shown
  (building the parser loads nothing: ``--version`` stays fast).
- :func:`core`: a core Message (keeper reason, refusal, scan problem) with the GUI's
  translation of it (context ``CoreText``), sizes in the core's units.
- :class:`Parser`: argparse with its help, usage and its own error words translated
  (context ``argparse``).

``packaging/make_translations.py`` spells each literal ``tr(``, ``ntr(`` and ``later(`` call
in this package as ``QCoreApplication.translate("cli", ...)`` for pyside6-lupdate.
JSON and CSV never go through here: they stay English and byte for byte the same.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from photodedup import i18n
from photodedup.core.messages import Message, recognise
from photodedup.core.units import human_bytes

CONTEXT = "cli"
ARGPARSE = "argparse"


def tr(text: str, /, **fields: object) -> str:
    """``text`` in the user's language, its ``{name}`` fields filled in."""
    words = i18n.for_environment().text(CONTEXT, text) or text
    return _filled(words, text, fields)


def ntr(singular: str, plural: str, count: int, /, **fields: object) -> str:
    """The form for ``count`` (``%n`` in it) in the user's language, fields filled in."""
    english = singular if count == 1 else plural
    words = i18n.for_environment().text(CONTEXT, singular, plural, count) or english
    return _filled(words.replace("%n", str(count)), english.replace("%n", str(count)), fields)


def _filled(words: str, english: str, fields: dict[str, object]) -> str:
    if not fields:
        return words
    try:
        return words.format_map(fields)
    except (KeyError, IndexError, ValueError):  # a translation with a broken field
        return english.format_map(fields)


def later(text: str, /, **fields: object) -> str:
    """Help text for argparse: the English now, the user's language when it is shown."""
    return Message(text, **{k: v if isinstance(v, int) else str(v) for k, v in fields.items()})


def core(text: str) -> str:
    """A core Message (or text a scan-problem template recognises) in the user's language."""
    translations = i18n.for_environment()
    if translations.language is None:
        return text

    def translate(template: str) -> str:
        return translations.text("CoreText", template)

    return i18n.core_words(recognise(text), translate, human_bytes)


def _shown(text: str) -> str:
    """Help text marked with :func:`later` in the user's language (other text as it is:
    the version, a path)."""
    if isinstance(text, Message):
        return tr(text.template, **text.args)
    return text


# argparse's own words (Python 3.11-3.13) that a user of photodedup can meet.
ARGPARSE_WORDS = (
    i18n.QT_TRANSLATE_NOOP("argparse", "usage: "),
    i18n.QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    i18n.QT_TRANSLATE_NOOP("argparse", "options"),
    i18n.QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    i18n.QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    i18n.QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    i18n.QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    i18n.QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    i18n.QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    i18n.QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    i18n.QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    i18n.QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    i18n.QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    i18n.QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    i18n.QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    i18n.QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    i18n.QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    i18n.QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    i18n.QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
)


def _argparse_text(text: str) -> str:
    return i18n.for_environment().text(ARGPARSE, text) or text


def _argparse_plural(singular: str, plural: str, count: int) -> str:
    words = i18n.for_environment().text(ARGPARSE, singular, plural, count)
    return words or (singular if count == 1 else plural)


@contextlib.contextmanager
def _argparse_translated() -> Iterator[None]:
    """argparse's own words (errors while parsing) in the user's language meanwhile."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = _argparse_text, _argparse_plural  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


class HelpFormatter(argparse.HelpFormatter):
    """argparse's help with the descriptions, headings and option help translated."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        super().add_usage(
            usage, actions, groups, _argparse_text("usage: ") if prefix is None else prefix
        )

    def start_section(self, heading: str | None) -> None:
        super().start_section(_argparse_text(heading) if heading else heading)

    def add_text(self, text: str | None) -> None:
        super().add_text(_shown(text) if text and text is not argparse.SUPPRESS else text)

    def _get_help_string(self, action: argparse.Action) -> str | None:
        if not action.help:
            return action.help
        return _argparse_text(action.help) if action.help in ARGPARSE_WORDS else _shown(action.help)


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose help, usage and errors are in the user's language (its
    subcommands' parsers are Parsers too)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        with _argparse_translated():
            return super().parse_known_args(args, namespace)
