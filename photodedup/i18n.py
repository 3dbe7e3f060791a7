"""The interface's language outside Qt's widgets: the language the environment asks for,
the compiled translations read through QtCore alone, and the core's words in that language.

**One home for every translation.**  ``resources/translations/photodedup_<lang>.ts``
(compiled to ``photodedup/gui/translations/*.qm`` by ``packaging/make_translations.py``)
hold the GUI's contexts, ``CoreText`` (the core's :class:`~photodedup.core.messages.Message`
templates, :data:`TEMPLATES` below) and the command line's ``cli`` and ``argparse``.  The GUI
installs them in its ``QApplication``; the command line reads them here with a
``QTranslator`` and no application object, so ``lrelease``'s 100 % covers both front ends.

**The language** is chosen from the environment as gettext does: the first of
``LANGUAGE`` (a colon-separated list), ``LC_ALL``, ``LC_MESSAGES`` and ``LANG`` that is set;
``C``, ``POSIX`` and English mean the English source text.  ``de_AT.UTF-8`` finds ``de``;
``pt`` or ``pt_PT`` find the shipped ``pt_BR``.

**Cost**: ``PySide6.QtCore`` (~0.1 s to import) is imported on the first text asked for in
another language than English, never before: ``--version``, English runs and output that
has no words (``find --json``) do not load it.  Not QtGui, not QtWidgets: no display needed.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from photodedup.core.messages import Message, Size

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

__all__ = [
    "QM_DIR",
    "TEMPLATES",
    "Translations",
    "choose_language",
    "core_words",
    "for_environment",
    "requested_languages",
]

QM_DIR = Path(__file__).resolve().parent / "gui" / "translations"
ENVIRONMENT = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
ENGLISH = frozenset({"C", "POSIX", "en"})


def requested_languages(environ: Mapping[str, str]) -> list[str]:
    """The languages ``environ`` asks for, most wanted first (gettext's order)."""
    for name in ENVIRONMENT:
        if value := environ.get(name):
            return [item for item in value.split(":") if item]
    return []


def choose_language(requested: list[str], shipped: frozenset[str]) -> str | None:
    """The first requested language that ships (``de_AT.UTF-8@euro`` -> ``de``; ``pt`` ->
    ``pt_BR``), or None for English (also when ``C``/``POSIX``/``en`` comes first)."""
    for item in requested:
        code = item.partition(".")[0].partition("@")[0]
        language = code.partition("_")[0]
        if code in ENGLISH or language in ENGLISH:
            return None
        for candidate in (code, language):
            if candidate in shipped:
                return candidate
        variants = sorted(s for s in shipped if s.partition("_")[0] == language)
        if variants:
            return variants[0]
    return None


def shipped_languages() -> frozenset[str]:
    """The languages with a compiled translation (English is the source text)."""
    names = (qm.stem.removeprefix("photodedup_") for qm in QM_DIR.glob("photodedup_*.qm"))
    return frozenset(names) - {"en"}


class Translations:
    """One language's compiled translations, loaded (with QtCore) on the first lookup."""

    def __init__(self, language: str | None) -> None:
        self.language = language  # None: English, nothing to load
        self._translator: QTranslator | None = None
        self._loaded = False

    def text(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """``source`` in this language (a numerus form for ``n`` >= 0), "" when it has none."""
        translator = self._load()
        if translator is None:
            return ""
        return translator.translate(context, source, disambiguation, n) or ""

    def _load(self) -> QTranslator | None:
        if not self._loaded:
            self._loaded = True
            if self.language is not None:
                self._translator = _read_translation(self.language)
        return self._translator


def _read_translation(language: str) -> QTranslator | None:
    """The QTranslator of ``photodedup_<language>.qm`` (None when Qt or the file is missing)."""
    try:
        from PySide6.QtCore import QTranslator
    except ImportError:  # a broken Qt install: the English text still works
        return None
    translator = QTranslator()
    return translator if translator.load(f"photodedup_{language}", str(QM_DIR)) else None


@functools.cache
def for_environment() -> Translations:
    """The translations of the language this process's environment asks for (read once)."""
    requested = requested_languages(os.environ)
    return Translations(choose_language(requested, shipped_languages()) if requested else None)


def core_words(text: str, translate: Callable[[str], str], size: Callable[[int], str]) -> str:
    """``text`` in another language when it is a core Message: its template through
    ``translate`` (context ``CoreText``), a byte count through ``size``; else as it is."""
    if not isinstance(text, Message):
        return text
    template = translate(text.template) or text.template
    args = {k: _argument(v, translate, size) for k, v in text.args.items()}
    try:
        return template.format_map(args) if args else template
    except (KeyError, IndexError, ValueError):  # a translation with a broken field
        return str(text)


def _argument(value: object, translate: Callable[[str], str], size: Callable[[int], str]) -> str:
    """One argument in words: a byte count through ``size``, a Message (a reason inside a
    reason) translated in turn, anything else as it is."""
    if isinstance(value, Size):
        return size(value)
    if isinstance(value, Message):
        return core_words(value, translate, size)
    return str(value)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate's marker
    """Mark ``text`` for extraction into ``context`` (pyside6-lupdate reads this name)."""
    del context
    return text


# Every template the core can give (tests/gui/test_core_text.py fails if one is missing),
# listed so pyside6-lupdate extracts them into the context ``CoreText``.
TEMPLATES = (
    # Why a photo is the suggested keeper (core/group/keepers.py, core/review.py).
    QT_TRANSLATE_NOOP("CoreText", "reference folder"),
    QT_TRANSLATE_NOOP("CoreText", "undamaged"),
    QT_TRANSLATE_NOOP("CoreText", "camera RAW original ({format})"),
    QT_TRANSLATE_NOOP("CoreText", "most pixels ({width}×{height})"),
    QT_TRANSLATE_NOOP("CoreText", "largest file ({size})"),
    QT_TRANSLATE_NOOP("CoreText", "oldest file ({day})"),
    QT_TRANSLATE_NOOP("CoreText", "newest file ({day})"),
    QT_TRANSLATE_NOOP("CoreText", "shortest path"),
    QT_TRANSLATE_NOOP("CoreText", "all criteria equal; first by path"),
    QT_TRANSLATE_NOOP("CoreText", "chosen by you"),
    # Why a file is not trashed (core/cleanup/plan.py, core/report.py).
    QT_TRANSLATE_NOOP("CoreText", "shared with a file that stays"),
    QT_TRANSLATE_NOOP("CoreText", "shared with a file that stays ({path})"),
    QT_TRANSLATE_NOOP("CoreText", "every copy was selected: nothing in this group is trashed"),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "same file as a kept or already listed member (hard link or path given twice)",
    ),
    QT_TRANSLATE_NOOP("CoreText", "inside a trash or photodedup folder"),
    QT_TRANSLATE_NOOP("CoreText", "not under the scanned folders"),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "the result carries no verifiable content key (format version 1, or from another "
        "user or machine): only exact copies are trashed, after a byte comparison with their "
        "keeper; scan again to act on this one",
    ),
    QT_TRANSLATE_NOOP(
        "CoreText", "not listed by the scan (the result was edited beyond its actions)"
    ),
    QT_TRANSLATE_NOOP(
        "CoreText", "not listed by the scan (it carries no seal: scan again to act on it)"
    ),
    # What apply cannot check in a result (core/report.py trust_note).
    QT_TRANSLATE_NOOP(
        "CoreText",
        "note: this result was grouped from fingerprints alone (photodedup group): no pair "
        "was checked on the pictures, and the files may never have been seen on this "
        "machine. Each file is re-checked here before it moves (same file, same bytes); one "
        "that is not here as the fingerprints recorded it is left in place",
    ),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "note: it is format version 1 and carries no content keys, so the bytes cannot be "
        "re-checked against the scan: only exact copies are trashed, after a byte-for-byte "
        "comparison with their keeper; scan again for the full checks",
    ),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "note: its seals cannot be checked (written by another user or machine), so the "
        "bytes cannot be re-checked against the scan: only exact copies are trashed, after "
        "a byte-for-byte comparison with their keeper; scan again for the full checks",
    ),
    # What the core says about a file a scan could not use (core/messages.py SCAN_PROBLEMS:
    # recognised in the stored English text by the Problems panel).
    QT_TRANSLATE_NOOP("CoreText", "root not usable: {error}"),
    QT_TRANSLATE_NOOP("CoreText", "cannot list folder: {error}"),
    QT_TRANSLATE_NOOP("CoreText", "empty file (0 bytes)"),
    QT_TRANSLATE_NOOP("CoreText", "larger than {limit} bytes"),
    QT_TRANSLATE_NOOP("CoreText", "the file changed since it was listed"),
    QT_TRANSLATE_NOOP("CoreText", "the file changed while it was read"),
    QT_TRANSLATE_NOOP("CoreText", "the file no longer exists"),
    QT_TRANSLATE_NOOP("CoreText", "permission denied"),
    QT_TRANSLATE_NOOP("CoreText", "not a regular file"),
    QT_TRANSLATE_NOOP("CoreText", "{size} bytes is over the {limit} limit"),
    QT_TRANSLATE_NOOP("CoreText", "over the {limit} byte limit"),
    QT_TRANSLATE_NOOP("CoreText", "the file is empty"),
    QT_TRANSLATE_NOOP("CoreText", "{width}x{height} is over {limit} pixels"),
    QT_TRANSLATE_NOOP(
        "CoreText", "{width}x{height} declared by a {size}-byte file (a decompression bomb)"
    ),
    QT_TRANSLATE_NOOP("CoreText", "{format} files are not supported"),
    QT_TRANSLATE_NOOP("CoreText", "not a readable image"),
    QT_TRANSLATE_NOOP("CoreText", "not enough memory to decode ({error})"),
    QT_TRANSLATE_NOOP("CoreText", "not enough memory to decode"),
    QT_TRANSLATE_NOOP("CoreText", "not a readable {format} file (no image size)"),
    QT_TRANSLATE_NOOP("CoreText", "not a readable {format} file ({error})"),
    QT_TRANSLATE_NOOP("CoreText", "damaged {format} file ({error})"),
    QT_TRANSLATE_NOOP("CoreText", "decoder processes fail to start ({error})"),
    QT_TRANSLATE_NOOP("CoreText", "the decoder process did not start"),
    QT_TRANSLATE_NOOP("CoreText", "the decoder process is gone"),
    QT_TRANSLATE_NOOP("CoreText", "the decoder was shut down"),
    QT_TRANSLATE_NOOP("CoreText", "the decoder crashed ({signal})"),
    QT_TRANSLATE_NOOP("CoreText", "the decoder ran out of memory"),
    QT_TRANSLATE_NOOP("CoreText", "the decoder exited unexpectedly (code {code})"),
    QT_TRANSLATE_NOOP("CoreText", "decoding took longer than {seconds} s"),
    QT_TRANSLATE_NOOP("CoreText", "the cluster could not decode it ({error})"),
    QT_TRANSLATE_NOOP("CoreText", "the cluster returned no result for it"),
    QT_TRANSLATE_NOOP("CoreText", "unreadable EXIF, orientation ignored ({error})"),
    QT_TRANSLATE_NOOP("CoreText", "damaged EXIF ({error})"),
    QT_TRANSLATE_NOOP("CoreText", "invalid EXIF orientation {value} ignored"),
    QT_TRANSLATE_NOOP("CoreText", "damaged metadata ({error})"),
    # Why a clean-up left a file in place (core/cleanup/execute.py, reasons.py, trash*.py,
    # destination.py: the words of its own OSErrors too).
    QT_TRANSLATE_NOOP("CoreText", "no longer a regular file"),
    QT_TRANSLATE_NOOP("CoreText", "modified ({fields})"),
    QT_TRANSLATE_NOOP("CoreText", "its folder now leads elsewhere (a symlink was swapped in)"),
    QT_TRANSLATE_NOOP("CoreText", "its bytes differ from the keeper's (not an exact copy)"),
    QT_TRANSLATE_NOOP("CoreText", "still in place after moving"),
    QT_TRANSLATE_NOOP("CoreText", "moved away, but not found in the destination folder"),
    QT_TRANSLATE_NOOP("CoreText", "still in place after trashing (the trash reported success)"),
    QT_TRANSLATE_NOOP("CoreText", "moved away, but not found in the trash"),
    QT_TRANSLATE_NOOP("CoreText", "no longer exists"),
    QT_TRANSLATE_NOOP("CoreText", "cannot be checked ({error})"),
    QT_TRANSLATE_NOOP("CoreText", "is the same file as the one to trash"),
    QT_TRANSLATE_NOOP("CoreText", "content differs from the scan"),
    QT_TRANSLATE_NOOP("CoreText", "cancelled"),
    QT_TRANSLATE_NOOP("CoreText", "changed since scan: {problem}"),
    QT_TRANSLATE_NOOP("CoreText", "keeper changed: {path} {problem}"),
    QT_TRANSLATE_NOOP("CoreText", "cannot be re-read ({kind}: {error})"),
    QT_TRANSLATE_NOOP("CoreText", "not trashed: the undo journal cannot be written ({error})"),
    QT_TRANSLATE_NOOP("CoreText", "could not move: {error}"),
    QT_TRANSLATE_NOOP("CoreText", "could not trash: {error}"),
    QT_TRANSLATE_NOOP("CoreText", "its photo was not trashed: {path}"),
    QT_TRANSLATE_NOOP("CoreText", "not moved: the undo journal cannot be written ({error})"),
    QT_TRANSLATE_NOOP("CoreText", "could not move: {error} [errno {errno}]"),
    QT_TRANSLATE_NOOP("CoreText", "no usable trash on this drive ({where}); file left in place"),
    QT_TRANSLATE_NOOP("CoreText", "could not trash: {error} [errno {errno}]"),
    QT_TRANSLATE_NOOP("CoreText", "its photo was not moved: {path}"),
    QT_TRANSLATE_NOOP("CoreText", "no free name in the trash"),
    QT_TRANSLATE_NOOP("CoreText", "Permission denied: {path}"),
    QT_TRANSLATE_NOOP("CoreText", "trash entry taken"),
    QT_TRANSLATE_NOOP("CoreText", "the file changed just before the move"),
    QT_TRANSLATE_NOOP("CoreText", "pywin32 is needed to move files to the Recycle Bin safely"),
    QT_TRANSLATE_NOOP("CoreText", "the Recycle Bin refused the file (not recyclable)"),
    # Why undo left a file where it is (core/cleanup/restore.py, journal.py).
    QT_TRANSLATE_NOOP("CoreText", "a file already exists at the original path"),
    QT_TRANSLATE_NOOP("CoreText", "no longer in the trash"),
    QT_TRANSLATE_NOOP("CoreText", "no longer in the folder"),
    QT_TRANSLATE_NOOP("CoreText", "was never trashed (still in place)"),
    QT_TRANSLATE_NOOP("CoreText", "its new path is not recorded"),
    QT_TRANSLATE_NOOP("CoreText", "not found in the trash"),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "the trash entry is not the file that was trashed ({changes}); left in the trash",
    ),
    QT_TRANSLATE_NOOP("CoreText", "its folder now leads elsewhere ({folder}); left in the trash"),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "the moved file is not the file that was moved ({changes}); left in the folder it was "
        "moved to",
    ),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "its folder now leads elsewhere ({folder}); left in the folder it was moved to",
    ),
    QT_TRANSLATE_NOOP("CoreText", "cannot be checked in the trash ({error})"),
    QT_TRANSLATE_NOOP("CoreText", "could not restore: {error}"),
    QT_TRANSLATE_NOOP("CoreText", "interrupted during the move"),
    QT_TRANSLATE_NOOP("CoreText", "interrupted before the move"),
    QT_TRANSLATE_NOOP("CoreText", "{count} files trashed on {when}"),
    QT_TRANSLATE_NOOP("CoreText", "{count} file moved on {when}"),
    QT_TRANSLATE_NOOP("CoreText", "{count} files moved on {when}"),
    QT_TRANSLATE_NOOP("CoreText", "{count} file trashed on {when}"),
    # Why a folder cannot receive moved files (core/cleanup/destination.py).
    QT_TRANSLATE_NOOP(
        "CoreText",
        "the folder is on another drive: photodedup moves files only within one drive "
        "(it never copies a photo and deletes the original)",
    ),
    QT_TRANSLATE_NOOP("CoreText", "no free name in the folder"),
    QT_TRANSLATE_NOOP("CoreText", "the name was taken at the destination"),
    QT_TRANSLATE_NOOP("CoreText", "not a folder"),
    QT_TRANSLATE_NOOP("CoreText", "the folder is inside a trash or photodedup's own folders"),
    QT_TRANSLATE_NOOP(
        "CoreText",
        "the folder is inside a reference folder (reference photos are never touched)",
    ),
    QT_TRANSLATE_NOOP("CoreText", "the folder is not writable"),
    QT_TRANSLATE_NOOP("CoreText", "the file changed during the move"),
    QT_TRANSLATE_NOOP("CoreText", "the folder cannot be used ({error})"),
    QT_TRANSLATE_NOOP("CoreText", "the folder now leads elsewhere (a symlink was swapped in)"),
    QT_TRANSLATE_NOOP("CoreText", "cannot move into {folder}: {problem}"),
    QT_TRANSLATE_NOOP("CoreText", "{folder}: {problem}"),
    # Why a result document cannot be used (core/report.py ReportError).
    QT_TRANSLATE_NOOP("CoreText", "{path} is not a photodedup scan result"),
    QT_TRANSLATE_NOOP("CoreText", "{path} has format version {version}; expected one of 1, 2"),
    QT_TRANSLATE_NOOP("CoreText", "{path}: 'groups' must be a list"),
    QT_TRANSLATE_NOOP("CoreText", "bad group entry: {entry}"),
    QT_TRANSLATE_NOOP("CoreText", "group {id}: unknown kind {kind}"),
    QT_TRANSLATE_NOOP("CoreText", "group {id}: 'members' must be a list"),
    QT_TRANSLATE_NOOP("CoreText", "group {id}: bad member {member}"),
    QT_TRANSLATE_NOOP("CoreText", "cannot read {path}: {error}"),
    QT_TRANSLATE_NOOP("CoreText", "cannot read {path}: nested too deeply"),
    QT_TRANSLATE_NOOP("CoreText", "{path}: '{key}' must be a list of paths (no NUL bytes)"),
)
