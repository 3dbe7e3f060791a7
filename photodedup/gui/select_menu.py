"""The Select menu: mark photos in every group (or the selected one) by a rule.

Rules act on groups of copies only (never on similar shots) and never mark a keeper or
a photo in a reference folder; see :class:`photodedup.core.review.Review`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMenu, QStatusBar, QWidget

from photodedup.core.review import Rule
from photodedup.core.types import display_path
from photodedup.gui.controller import ScanController
from photodedup.gui.status import STATUS_MS

RULES: tuple[tuple[Rule, str, str], ...] = (  # rule, menu text, shortcut
    (
        Rule.ALL_BUT_KEEPER,
        QT_TRANSLATE_NOOP("SelectMenu", "Mark &All but the Keeper"),
        "Ctrl+Shift+M",
    ),
    (Rule.SMALLER_FILES, QT_TRANSLATE_NOOP("SelectMenu", "Mark &Smaller Files"), ""),
    (Rule.OLDER_FILES, QT_TRANSLATE_NOOP("SelectMenu", "Mark &Older Files"), ""),
    (
        Rule.NAMED_LIKE_COPIES,
        QT_TRANSLATE_NOOP("SelectMenu", "Mark &Names Like \u201c(1)\u201d or \u201ccopy\u201d"),
        "",
    ),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SelectMenu", text)


class SelectMenu(QMenu):
    """Select → mark by rule, in every group or only the selected one."""

    def __init__(
        self,
        controller: ScanController,
        window: QWidget,
        *,
        status: QStatusBar,
        selected_group_id: Callable[[], int | None],
        mark_lower: QAction,
        clear_marks: QAction,
    ) -> None:
        """``window`` holds the rules' shortcuts; ``mark_lower`` and ``clear_marks`` are
        the window's own actions, listed in this menu too."""
        super().__init__(_tr("&Select"), window)
        self.setObjectName("select-menu")
        self.controller = controller
        self._window = window
        self._status = status
        self._selected_group_id = selected_group_id
        self.rule_actions: dict[Rule, QAction] = {}
        for rule, text, shortcut in RULES:
            action = self.addAction(QCoreApplication.translate("SelectMenu", text))
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _=False, r=rule: self.apply(r))
            window.addAction(action)
            self.rule_actions[rule] = action
            if rule == Rule.ALL_BUT_KEEPER:  # the window's own action (toolbar, Ctrl+Shift+L)
                self.addAction(mark_lower)
                self.rule_actions[Rule.LOWER_RESOLUTION] = mark_lower
        self.folder_action = self.addAction(_tr("Mark Everything in a &Folder…"))
        self.folder_action.triggered.connect(self.ask_folder)
        self.rule_actions[Rule.IN_FOLDER] = self.folder_action
        self.addSeparator()
        self.selected_only = self.addAction(_tr("Only in the Selected &Group"))
        self.selected_only.setCheckable(True)
        self.addSeparator()
        self.addAction(clear_marks)

    def set_enabled(self, has_groups: bool) -> None:
        """Rules need groups."""
        for action in self.rule_actions.values():
            action.setEnabled(has_groups)

    def scope(self) -> list[int] | None:
        """The groups a rule acts on: the selected one, or None for every group."""
        if not self.selected_only.isChecked():
            return None
        selected = self._selected_group_id()
        return [] if selected is None else [selected]

    def apply(self, rule: Rule, folder: str = "") -> int:
        """Mark what ``rule`` picks and say how many were marked."""
        count = self.controller.mark_by_rule(rule, self.scope(), folder)
        text = QCoreApplication.translate("SelectMenu", "%n photo(s) marked", None, count)
        if count == 0:
            text = _tr("Nothing to mark: keepers, reference photos and similar shots are skipped")
        self._status.showMessage(text, STATUS_MS)
        return count

    def ask_folder(self) -> None:
        """Ask which folder's copies to mark (folders with the most copies first)."""
        folders = self.controller.review.folders_with_copies()
        if not folders:
            self.apply(Rule.IN_FOLDER, "")
            return
        labels = [
            QCoreApplication.translate("SelectMenu", "{folder} (%n copy(s))", None, n).format(
                folder=display_path(folder)
            )
            for folder, n in folders
        ]
        label, ok = QInputDialog.getItem(
            self._window, _tr("Mark Everything in a Folder"), _tr("Folder:"), labels, 0, False
        )
        if ok and label in labels:
            self.apply(Rule.IN_FOLDER, folders[labels.index(label)][0])
