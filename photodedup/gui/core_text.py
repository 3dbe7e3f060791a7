"""The core's words in the interface's language: the one place the GUI maps them.

The core (Qt-free) gives a :class:`~photodedup.core.messages.Message`: English text that
keeps its template and arguments (keeper reasons, why a file is not trashed).  Here the
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
