"""The core's words in the interface's language: the GUI's side of :mod:`photodedup.i18n`.

The core (Qt-free) gives a :class:`~photodedup.core.messages.Message`: English text that
keeps its template and arguments (keeper reasons, why a file is not trashed), or text a
template of ``messages.SCAN_PROBLEMS`` recognises (why a scan could not use a file).  Here the
template is translated through the installed translators (context ``CoreText``, the
templates listed in :data:`photodedup.i18n.TEMPLATES`, shared with the command line) and
the arguments filled in, a byte count in the interface's own units.  Plain text (a reason
from an older journal, a library's error message) is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from photodedup.gui.formatting import human_bytes
from photodedup.i18n import TEMPLATES, core_words

__all__ = ["TEMPLATES", "core_text"]

CONTEXT = "CoreText"


def _translate(template: str) -> str:
    return QCoreApplication.translate(CONTEXT, template)


def core_text(text: str) -> str:
    """``text`` in the interface's language if it is a core Message, else as it is."""
    return core_words(text, _translate, human_bytes)
