"""Right-click menus of the review: on a photo (card or compare pane) and on a group row.

Each menu is built when asked for, from the review's current state, so its items say
what they would do now ("Mark for Trash" or "Unmark", disabled for keepers and
reference photos).  Every action goes through the controller, like the keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from photodedup.gui.controller import ScanController
from photodedup.gui.desktop import Desktop
from photodedup.gui.not_duplicates import NotDuplicates
from photodedup.gui.review_panel import ReviewPanel


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContextMenus", text)


class ReviewMenus:
    """Builds and shows the context menus of one results page."""

    def __init__(
        self,
        controller: ScanController,
        results: ReviewPanel,
        desktop: Desktop | None = None,
        not_duplicates: NotDuplicates | None = None,
    ) -> None:
        self.controller = controller
        self._results = results
        self.desktop = desktop or Desktop()
        self.not_duplicates = not_duplicates or NotDuplicates(controller)

    def attach(self) -> None:
        """Show the menus on right-click (or the Menu key) on cards, rows and compare panes."""
        results = self._results
        results.group_view.menu_requested.connect(self.show_photo_menu)
        results.compare_view.menu_requested.connect(
            lambda photo, where: self.show_photo_menu(photo, where, in_compare=True)
        )
        lst = results.group_list
        lst.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        lst.customContextMenuRequested.connect(self._list_menu)

    def _list_menu(self, pos: QPoint) -> None:
        lst = self._results.group_list
        index = lst.indexAt(pos) if pos is not None else lst.currentIndex()
        if not index.isValid():
            index = lst.currentIndex()
        if index.isValid():
            lst.setCurrentIndex(index)
            self.show_group_menu(self._results.selected_group_id(), lst.viewport().mapToGlobal(pos))

    # ------------------------------------------------------------------ photo
    def photo_menu(self, photo: int, *, in_compare: bool = False) -> QMenu:
        """The menu of one photo."""
        results, review = self._results, self.controller.review
        path = review.photo(photo).path
        menu = QMenu(results.window())
        menu.setObjectName("photo-menu")
        self._add(menu, _tr("&Open"), lambda: self.desktop.open_file(path))
        self._add(menu, _tr("Show in &Folder"), lambda: self.desktop.show_in_folder(path))
        self._add(menu, _tr("&Copy Path"), lambda: self.desktop.copy_path(path))
        menu.addSeparator()
        keeper = review.is_keeper(photo)
        self._add(menu, _tr("&Keep This Photo"), lambda: results.keep(photo), enabled=not keeper)
        marked = photo in review.marked
        text = _tr("&Unmark") if marked else _tr("&Mark for Trash")
        self._add(
            menu,
            text,
            lambda: self._toggle(photo, in_compare),
            enabled=marked or review.can_mark(photo),
        )
        if not in_compare:
            menu.addSeparator()
            self._add(
                menu,
                _tr("Compare with the &Keeper"),
                lambda: results.open_compare(photo),
                enabled=not keeper,
            )
            menu.addSeparator()
            action = self._add(
                menu,
                _tr("&Not a Duplicate"),
                lambda: self.not_duplicates.not_a_duplicate(photo),
                enabled=not keeper,
            )
            action.setToolTip(
                _tr("This photo is not a copy of the keeper: never group them together again")
            )
            menu.setToolTipsVisible(True)
        return menu

    def _toggle(self, photo: int, in_compare: bool) -> None:
        self._results.toggle_mark(photo)
        if in_compare:
            self._results.compare_view.refresh()

    # ------------------------------------------------------------------ group
    def group_menu(self, group_id: int) -> QMenu:
        """The menu of one group row: its keeper's file, and marks for the whole group."""
        review = self.controller.review
        group = review.group(group_id)
        menu = QMenu(self._results.window())
        menu.setObjectName("group-menu")
        if group is None:
            return menu
        path = review.photo(group.keeper).path
        self._add(menu, _tr("&Open the Keeper"), lambda: self.desktop.open_file(path))
        self._add(
            menu, _tr("Show the Keeper in &Folder"), lambda: self.desktop.show_in_folder(path)
        )
        self._add(menu, _tr("&Copy the Keeper's Path"), lambda: self.desktop.copy_path(path))
        menu.addSeparator()
        copies = group.kind.copies
        self._add(
            menu,
            _tr("&Mark All but the Keeper"),
            lambda: self.controller.mark_all_but_keeper([group_id]),
            enabled=copies,
        )
        self._add(
            menu,
            _tr("&Unmark This Group"),
            lambda: self.controller.unmark_groups([group_id]),
            enabled=any(m.photo in review.marked for m in group.members),
        )
        menu.addSeparator()
        action = self._add(
            menu,
            _tr("&Not Duplicates (Hide This Group)"),
            lambda: self.not_duplicates.not_duplicates(group_id),
        )
        action.setToolTip(_tr("These photos are not copies of each other: never group them again"))
        menu.setToolTipsVisible(True)
        return menu

    # ------------------------------------------------------------------ show
    def show_photo_menu(self, photo: int, where: QPoint, *, in_compare: bool = False) -> None:
        """Pop up a photo's menu at a global position."""
        self.photo_menu(photo, in_compare=in_compare).popup(where)

    def show_group_menu(self, group_id: int | None, where: QPoint) -> None:
        """Pop up a group's menu at a global position."""
        if group_id is not None:
            self.group_menu(group_id).popup(where)

    @staticmethod
    def _add(menu: QMenu, text: str, slot: object, *, enabled: bool = True) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(slot)
        action.setEnabled(enabled)
        return action
