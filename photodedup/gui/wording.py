"""What the core reports, in words for people (the core's reasons are for logs and the CLI).

A clean-up outcome becomes a short problem title and one sentence saying what happened
and what to do; the core's own reason stays available as a tooltip (in the interface's
language through :func:`~photodedup.gui.core_text.core_text`; matched here by its English).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("Wording", text)


def outcome_title(outcome: str) -> str:
    """The Problems panel's "Problem" column for a file that was not moved."""
    titles = {
        "changed": _tr("Changed since the scan"),
        "skipped": _tr("Not moved"),
        "failed": _tr("Could not be moved"),
    }
    return titles.get(outcome, _tr("Not moved"))


def outcome_sentence(outcome: str, reason: str) -> str:
    """Why a file was not moved to the trash, and what to do, in one or two sentences."""
    text = reason.casefold()
    if outcome == "changed":
        if "no longer exists" in text:
            why = _tr("It was moved or deleted after the scan.")
        elif "content differs" in text:
            why = _tr("Its content is not what was scanned.")
        elif "modified" in text:
            why = _tr("It was edited or replaced after the scan.")
        else:
            why = _tr("It changed after the scan.")
        return why + " " + _tr("It was left in place: scan again to review it.")
    if "keeper changed" in text:
        return _tr(
            "The photo kept from this group changed after the scan, so no copy of it was "
            "moved. Scan again to review the group."
        )
    sentences = (  # (words in the core's reason, the sentence)
        ("its photo was not trashed", _tr("Its photo was not moved, so it stays with it.")),
        ("cancel", _tr("The clean-up was stopped before this file.")),
        ("no usable trash", _tr("This drive has no trash folder, so the file was left in place.")),
        ("permission", _tr("You are not allowed to move this file; it was left in place.")),
        ("errno 13", _tr("You are not allowed to move this file; it was left in place.")),
    )
    return next((s for words, s in sentences if words in text), _tr("The file was left in place."))


def problem_details(kind_words: str, message: str) -> str:
    """A scan problem's details, without repeating the problem's name."""
    detail = message.strip()
    for prefix in (kind_words, kind_words.replace(" ", "_")):
        if detail.casefold().startswith(prefix.casefold()):
            detail = detail[len(prefix) :].lstrip(" :-")
    return detail
