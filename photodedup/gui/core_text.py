"""The core's words in the interface's language: the one place the GUI maps them.

The core (Qt-free) gives a :class:`~photodedup.core.messages.Message`: English text that
keeps its template and arguments (keeper reasons, why a file is not trashed), or text a
template of ``messages.SCAN_PROBLEMS`` recognises (why a scan could not use a file).  Here the
template is translated (context ``CoreText``) and the arguments filled in, a byte count in
the interface's own units.  Every template the core can give is listed in
:data:`TEMPLATES` so ``pyside6-lupdate`` extracts it (``tests/gui/test_core_text.py``
fails if the core gains one that is missing here).  Plain text (a reason from an older
journal, a library's error message) is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from photodedup.core.messages import Message, Size
from photodedup.gui.formatting import human_bytes

__all__ = ["TEMPLATES", "core_text"]

CONTEXT = "CoreText"

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
)


def core_text(text: str) -> str:
    """``text`` in the interface's language if it is a core Message, else as it is."""
    if not isinstance(text, Message):
        return text
    template = QCoreApplication.translate(CONTEXT, text.template)
    args = {k: human_bytes(v) if isinstance(v, Size) else str(v) for k, v in text.args.items()}
    try:
        return template.format_map(args) if args else template
    except (KeyError, IndexError, ValueError):  # a translation with a broken field
        return str(text)
