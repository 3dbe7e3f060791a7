"""The results page: the group list, the selected group's cards and the compare page.

:class:`ReviewPanel` owns these widgets and their models and moves around them: groups,
photos, keep / mark, compare and back.  Decisions go through the controller; the window
hears what to refresh through :attr:`ReviewPanel.changed` and what to say in the status
bar through :attr:`ReviewPanel.message`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from photodedup.core.types import GroupKind
from photodedup.gui import colors
from photodedup.gui.controller import ScanController
from photodedup.gui.group_query import GroupQuery
from photodedup.gui.models.cluster_model import ClusterModel, GroupIdRole
from photodedup.gui.models.member_model import MemberModel
from photodedup.gui.status import STATUS_MS
from photodedup.gui.thumbnails import ThumbnailLoader
from photodedup.gui.widgets.compare_view import CompareView, caption_html
from photodedup.gui.widgets.group_filter import GroupFilter
from photodedup.gui.widgets.group_list import GroupList
from photodedup.gui.widgets.group_view import GroupView

PAGE_CARDS, PAGE_COMPARE = 0, 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def photo_count(n: int) -> str:
    """'1 photo', '3 photos' (Qt plural forms)."""
    return QCoreApplication.translate("MainWindow", "%n photo(s)", None, n)


class ReviewPanel(QSplitter):
    """Groups on the left; the selected group's cards, or two of its photos, on the right."""

    changed = Signal()  # what is shown changed: the window's actions follow
    message = Signal(str, int)  # a status-bar message and how long to show it (ms)

    def __init__(self, controller: ScanController, thumbnails: ThumbnailLoader) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.controller = controller
        self.cluster_model = ClusterModel(thumbnails, self)
        self.member_model = MemberModel(controller.set_marked, self)
        self.group_filter = GroupFilter()
        self.group_list = GroupList()
        self.group_list.setModel(self.cluster_model)
        self.group_view = GroupView(self.member_model, thumbnails)
        self.compare_view = CompareView(thumbnails)
        self.compare_view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.detail_stack = QStackedWidget()
        self.detail_stack.addWidget(self.group_view)
        self.detail_stack.addWidget(self.compare_view)
        self.group_header = QLabel(textFormat=Qt.TextFormat.RichText, wordWrap=True)
        self.group_header.setContentsMargins(16, 10, 16, 0)
        self._lay_out()
        self._connect()

    def _lay_out(self) -> None:
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.group_header)
        detail_layout.addWidget(self.detail_stack, 1)
        groups = QWidget()
        groups_layout = QVBoxLayout(groups)
        groups_layout.setContentsMargins(0, 0, 0, 0)
        groups_layout.setSpacing(4)
        groups_layout.addWidget(self.group_filter)
        groups_layout.addWidget(self.group_list, 1)
        self.addWidget(groups)
        self.addWidget(detail)
        self.setStretchFactor(1, 1)
        self.setSizes([300, 870])

    def _connect(self) -> None:
        self.group_filter.query_changed.connect(self.query_changed)
        self.group_list.selectionModel().currentChanged.connect(
            lambda _cur, _prev: self.show_group(self.selected_group_id())
        )
        self.group_view.keep_requested.connect(self.keep)
        self.group_view.compare_requested.connect(self.open_compare)
        self.group_view.current_changed.connect(lambda _photo: self.changed.emit())
        cv = self.compare_view
        cv.back_requested.connect(self.close_compare)
        cv.next_group.connect(lambda: (self.step_group(1), self.open_compare(None)))
        cv.previous_group.connect(lambda: (self.step_group(-1), self.open_compare(None)))
        cv.keep_requested.connect(lambda photo: (self.keep(photo), self.open_compare(None)))
        cv.mark_toggled.connect(lambda photo: (self.toggle_mark(photo), cv.refresh()))

    # ------------------------------------------------------------------ state
    @property
    def browsing(self) -> bool:
        """The cards (not the compare page) are shown."""
        return self.detail_stack.currentIndex() == PAGE_CARDS

    def focus_search(self) -> None:
        """Edit → Find: into the search field, its text selected."""
        self.group_filter.search.setFocus()
        self.group_filter.search.selectAll()

    # ----------------------------------------------------------------- groups
    def reload(self) -> None:
        """New groups: reload the list, then (next event-loop turn, so no single long
        stall) select the group selected before if it still exists."""
        selected = self.selected_group_id()
        self.cluster_model.set_review(self.controller.review)
        QTimer.singleShot(0, lambda: self.select_group(selected))

    def query_changed(self, query: GroupQuery) -> None:
        """Search / sort / filter changed: reload the list, keep the selection when shown."""
        selected = self.selected_group_id()
        self.cluster_model.set_query(query)
        self.select_group(selected)

    def refresh_marks(self) -> None:
        """Same groups, different marks: repaint (and refilter "only with marks")."""
        if self.cluster_model.query.only_marked:
            self.query_changed(self.cluster_model.query)
        self.cluster_model.refresh()
        self.member_model.refresh()

    def show_group(self, group_id: int | None) -> None:
        """Show one group's cards (None: nothing selected)."""
        self.member_model.set_group(self.controller.review, group_id)
        self.group_header.setText(self.header(group_id))
        self.changed.emit()

    def selected_group_id(self) -> int | None:
        """The group selected in the list."""
        index = self.group_list.currentIndex()
        return int(index.data(GroupIdRole)) if index.isValid() else None

    def select_group(self, group_id: int | None) -> None:
        """Select a group in the list (the first one if it is gone)."""
        row = self.cluster_model.row_of_group(group_id) if group_id is not None else None
        if row is None and self.cluster_model.rowCount():
            row = 0
        if row is None:
            self.show_group(None)
            return
        index = self.cluster_model.index(row)
        if index != self.group_list.currentIndex():
            self.group_list.setCurrentIndex(index)  # currentChanged shows the group
        else:
            self.show_group(self.selected_group_id())

    def header(self, group_id: int | None) -> str:
        """Title above the cards: position, kind, keeper rule and the keys to use."""
        group = self.controller.review.group(group_id) if group_id is not None else None
        if group is None:
            return ""
        row = self.cluster_model.row_of_group(group.id)
        title = _tr("Group {n} of {total}: {count}").format(
            n=(row or 0) + 1,
            total=self.cluster_model.total(),
            count=photo_count(len(group.members)),
        )
        badge = colors.kind_badge_html(str(group.kind))
        faint = colors.faint_text(self.palette()).name()
        return (
            f"<span style='font-size:13pt;font-weight:600'>{title}</span>&nbsp;&nbsp;{badge}"
            f"<br><span style='color:{faint}'>{self._keys(group.kind)}</span>"
        )

    def _keys(self, kind: GroupKind) -> str:
        if not self.browsing:
            return _tr(
                "←/→ other photo · M mark the right one · K keep it · S swap · D difference · "
                "B blink · N/P group · Esc back"
            )
        if kind == GroupKind.SHOTS:
            return _tr(
                "Similar shots: different photos of one scene. Compare them and mark by hand; "
                "no bulk action marks them."
            )
        return _tr(
            "←/→ choose a photo · Space mark for trash · K keep · Enter compare · PgDn next group"
        )

    # ------------------------------------------------------------- navigation
    def step_group(self, delta: int) -> None:
        """Select the next / previous group."""
        row = self.group_list.currentIndex().row() + delta
        model = self.cluster_model
        if row >= model.rowCount() and model.canFetchMore(self.group_list.rootIndex()):
            model.fetchMore(self.group_list.rootIndex())
        if 0 <= row < model.rowCount():
            self.group_list.setCurrentIndex(model.index(row))

    def step_photo(self, delta: int) -> None:
        """Move the current card left / right."""
        cards = [card.photo_index for card in self.group_view.cards]
        if not cards:
            return
        current = self.group_view.current
        position = cards.index(current) if current in cards else 0
        # No wrap-around: at either end the key does nothing (it never jumps onto the keeper).
        self.group_view.set_current(cards[max(0, min(len(cards) - 1, position + delta))])

    # -------------------------------------------------------------- decisions
    def keep(self, photo: int | None) -> None:
        """Make a photo the keeper of its group."""
        if photo is not None and photo >= 0:
            self.controller.set_keeper(photo)

    def toggle_mark(self, photo: int | None) -> None:
        """Mark / unmark a photo for the trash."""
        if photo is None or photo < 0:
            return
        marked = photo in self.controller.review.marked
        if not self.controller.set_marked(photo, not marked) and not marked:
            self.message.emit(_tr("Keepers and reference photos cannot be marked"), STATUS_MS)

    # ---------------------------------------------------------------- compare
    def open_compare(self, photo: int | None) -> None:
        """Show the compare page for the selected group."""
        group = self.member_model.group
        if group is None or len(group.members) < 2:
            self.close_compare()
            return
        self.compare_view.set_photos([m.photo for m in group.members], photo, self._describe)
        self.detail_stack.setCurrentIndex(PAGE_COMPARE)
        self.group_header.setText(self.header(group.id))
        self.compare_view.setFocus()
        self.changed.emit()

    def _describe(self, index: int) -> tuple[str, str, int, int]:
        review = self.controller.review
        p = review.photo(index)
        if review.is_keeper(index):
            badge, hue = _tr("KEEP"), colors.KEEP_HUE
        elif index in review.marked:
            badge, hue = _tr("TRASH"), colors.TRASH_HUE
        else:
            group = self.member_model.group
            shot = group is not None and not group.kind.copies
            badge, hue = (_tr("SHOT") if shot else _tr("COPY")), colors.COPY_HUE
        color = hue.darker(125).name()
        caption = caption_html(p.path, p.info, p.file.size, badge, color)
        return (p.path, caption, p.info.width, p.info.height)

    def close_compare(self) -> None:
        """Back to the cards."""
        self.detail_stack.setCurrentIndex(PAGE_CARDS)
        group = self.member_model.group
        self.group_header.setText(self.header(group.id) if group is not None else "")
        self.group_list.setFocus()
        self.changed.emit()
