"""Confirmation before anything moves: how many files, how many MB, what is protected.

``confirm_trash``, ``confirm_move``, ``choose_folder`` and ``confirm_undo`` are
module-level functions so tests can replace them (auto-accept) without a modal dialog.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from photodedup.core.cleanup.plan import SHARED, SHARED_WITH
from photodedup.core.messages import Message
from photodedup.core.types import display_path
from photodedup.gui.core_text import core_text
from photodedup.gui.formatting import file_name, human_bytes

MAX_DETAIL_LINES = 200


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConfirmTrash", text)


def plan_counts(plan: Any) -> tuple[int, int]:
    """(files, bytes) the trash will receive: the photos and the sidecars that follow them."""
    sidecars = getattr(plan, "sidecars", ())
    count = plan.file_count + len(sidecars)
    return count, plan.total_bytes + sum(s.file.identity.size for s in sidecars)


def plan_summary(plan: Any) -> str:
    """'Move 12 files (34.5 MB) to the trash?' (sidecars included)."""
    count, size = plan_counts(plan)
    return QCoreApplication.translate(
        "ConfirmTrash", "Move %n file(s) ({size}) to the trash?", None, count
    ).format(size=human_bytes(size))


def sidecar_note(plan: Any) -> str:
    """'Including 2 files that go with their photos…' (sidecars, a shot's other file, a
    Live Photo's movie) and '1 sidecar file stays…', or ""."""
    notes = []
    if moving := len(getattr(plan, "sidecars", ())):
        notes.append(
            QCoreApplication.translate(
                "ConfirmTrash",
                "Including %n file(s) that go with their photos: sidecars (.xmp, .aae…), "
                "the other file of a RAW+JPEG shot, a Live Photo's movie.",
                None,
                moving,
            )
        )
    if staying := len(getattr(plan, "kept_sidecars", ())):
        notes.append(
            QCoreApplication.translate(
                "ConfirmTrash",
                "%n sidecar file(s) kept: each also describes a photo that stays.",
                None,
                staying,
            )
        )
    return " ".join(notes)


def _kept_reason(reason: str) -> str:
    if isinstance(reason, Message) and reason.template == SHARED_WITH:  # names the file
        name = file_name(str(reason.args["path"]))
        return _tr("also describes {name}, which stays").format(name=name)
    if reason == SHARED:
        return _tr("also describes a file that stays")
    return core_text(reason)


def _sidecar_lines(victim: Any, moving: set[str], kept: dict[str, str]) -> list[str]:
    lines = []
    for sidecar in getattr(victim, "sidecars", ()):
        name = file_name(sidecar.path)
        if sidecar.path in moving:
            lines.append("    " + _tr("also moves: {name}").format(name=name))
        elif sidecar.path in kept:
            text = _tr("stays: {name} ({reason})")
            lines.append("    " + text.format(name=name, reason=_kept_reason(kept[sidecar.path])))
    return lines


def plan_details(plan: Any) -> str:
    """One line per victim, its sidecars (moving or staying) indented under it, and one per
    refused file (truncated for huge plans)."""
    moving = {s.file.path for s in getattr(plan, "sidecars", ())}
    kept = {r.path: r.reason for r in getattr(plan, "kept_sidecars", ())}
    lines = []
    for victim in plan.victims[:MAX_DETAIL_LINES]:
        lines.append(display_path(victim.path))
        lines += _sidecar_lines(victim, moving, kept)
    if plan.file_count > MAX_DETAIL_LINES:
        more = plan.file_count - MAX_DETAIL_LINES
        lines.append(QCoreApplication.translate("ConfirmTrash", "… and %n more", None, more))
    if plan.refused:
        lines.append("")
        lines.append(_tr("Not trashed:"))
        refused = plan.refused[:MAX_DETAIL_LINES]
        lines += [f"{file_name(r.path)}: {core_text(r.reason)}" for r in refused]
    return "\n".join(lines)


def confirm_trash(parent: QWidget | None, plan: Any) -> bool:
    """Ask before trashing; True to go ahead."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Move to Trash"))
    box.setText(plan_summary(plan))
    info = _tr(
        "Keepers and photos in reference folders are never touched. Each file is checked "
        "again just before it moves. You can undo with Edit → Undo Last Clean-up."
    )
    go = box.addButton(_tr("Move to Trash"), QMessageBox.ButtonRole.DestructiveRole)
    return _ask(box, plan, info, go)


def _ask(box: QMessageBox, plan: Any, info: str, go: QAbstractButton) -> bool:
    """Finish a confirmation (sidecars, refusals, details, Cancel by default); True if
    ``go`` was clicked."""
    if note := sidecar_note(plan):
        info += "\n\n" + note
    if plan.refused:
        info += "\n\n" + QCoreApplication.translate(
            "ConfirmTrash", "%n marked file(s) will be kept (see details).", None, len(plan.refused)
        )
    box.setInformativeText(info)
    box.setDetailedText(plan_details(plan))
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is go


def confirm_move(parent: QWidget | None, plan: Any, folder: str) -> bool:
    """Ask before moving the marked files into ``folder``; True to go ahead."""
    count, size = plan_counts(plan)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Move to Folder"))
    box.setText(
        QCoreApplication.translate(
            "ConfirmTrash", "Move %n file(s) ({size}) to {folder}?", None, count
        ).format(size=human_bytes(size), folder=display_path(folder))
    )
    info = _tr(
        "Keepers and photos in reference folders are never touched. Each file is checked "
        "again just before it moves; nothing in the folder is overwritten (a taken name "
        "gets a number). You can undo with Edit → Undo Last Clean-up."
    )
    go = box.addButton(_tr("Move"), QMessageBox.ButtonRole.AcceptRole)
    return _ask(box, plan, info, go)


def choose_folder(parent: QWidget | None) -> str:
    """Ask for the folder to move files into (starting in Pictures, else home); "" if none."""
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    loc = QStandardPaths.StandardLocation
    start = QStandardPaths.writableLocation(loc.PicturesLocation) or (
        QStandardPaths.writableLocation(loc.HomeLocation)
    )
    return QFileDialog.getExistingDirectory(parent, _tr("Move Marked Files to Folder"), start)


def confirm_undo(parent: QWidget | None, summary: str) -> bool:
    """Ask before restoring the last clean-up; True to go ahead."""
    return _ask_restore(
        parent,
        _tr("Undo Last Clean-up"),
        _tr("Restore the last clean-up ({summary}) from the trash?").format(
            summary=core_text(summary)
        ),
    )


def confirm_undo_session(parent: QWidget | None, summary: str) -> bool:
    """Ask before restoring a clean-up chosen in the history; True to go ahead."""
    return _ask_restore(
        parent,
        _tr("Undo Clean-up"),
        _tr("Put the files of this clean-up ({summary}) back where they were?").format(
            summary=summary
        ),
    )


def restore_question(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """The question before an undo: "Restore" (the default: nothing is lost by restoring)
    and Cancel."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    go = box.addButton(_tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(go)
    return box


def _ask_restore(parent: QWidget | None, title: str, text: str) -> bool:
    box = restore_question(parent, title, text)
    box.exec()
    return box.clickedButton() is box.defaultButton()
