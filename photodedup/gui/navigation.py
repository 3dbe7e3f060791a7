"""Moving around the results: groups, photos, keep / mark, and the compare page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from photodedup.gui import colors
from photodedup.gui.widgets.compare_view import caption_html

if TYPE_CHECKING:
    from photodedup.gui.main_window import MainWindow

STATUS_MS = 8000


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def group_header(w: MainWindow, group_id: int | None) -> str:
    """Title above the cards: position, kind, keeper rule and the keys to use."""
    review = w.controller.review
    group = review.group(group_id) if group_id is not None else None
    if group is None:
        return ""
    row = w.cluster_model.row_of_group(group_id)
    title = _tr("Group {n} of {total}: {count}").format(
        n=(row or 0) + 1, total=w.cluster_model.total(), count=photo_count(len(group.members))
    )
    palette = w.palette()
    badge = colors.kind_badge_html(str(group.kind))
    if w.detail_stack.currentIndex() == 1:
        keys = _tr(
            "←/→ other photo · M mark the right one · K keep it · S swap · D difference · "
            "B blink · N/P group · Esc back"
        )
    elif str(group.kind) == "shots":
        keys = _tr(
            "Similar shots: different photos of one scene. Compare them and mark by hand; "
            "no bulk action marks them."
        )
    else:
        keys = _tr(
            "←/→ choose a photo · Space mark for trash · K keep · Enter compare · PgDn next group"
        )
    faint = colors.faint_text(palette).name()
    return (
        f"<span style='font-size:13pt;font-weight:600'>{title}</span>&nbsp;&nbsp;{badge}"
        f"<br><span style='color:{faint}'>{keys}</span>"
    )


def photo_count(n: int) -> str:
    """'1 photo', '3 photos' (Qt plural forms)."""
    return QCoreApplication.translate("MainWindow", "%n photo(s)", None, n)


def step_group(w: MainWindow, delta: int) -> None:
    """Select the next / previous group."""
    row = w.group_list.currentIndex().row() + delta
    model = w.cluster_model
    if row >= model.rowCount() and model.canFetchMore(w.group_list.rootIndex()):
        model.fetchMore(w.group_list.rootIndex())
    if 0 <= row < model.rowCount():
        w.group_list.setCurrentIndex(model.index(row))


def step_photo(w: MainWindow, delta: int) -> None:
    """Move the current card left / right."""
    cards = [card.photo_index for card in w.group_view.cards]
    if not cards:
        return
    current = w.group_view.current
    position = cards.index(current) if current in cards else 0
    # No wrap-around: at either end the key does nothing (it never jumps onto the keeper).
    w.group_view.set_current(cards[max(0, min(len(cards) - 1, position + delta))])


def keep(w: MainWindow, photo: int | None) -> None:
    """Make a photo the keeper of its group."""
    if photo is not None and photo >= 0:
        w.controller.set_keeper(photo)


def toggle_mark(w: MainWindow, photo: int | None) -> None:
    """Mark / unmark a photo for the trash."""
    if photo is None or photo < 0:
        return
    marked = photo in w.controller.review.marked
    if not w.controller.set_marked(photo, not marked) and not marked:
        w.status.showMessage(_tr("Keepers and reference photos cannot be marked"), STATUS_MS)


def open_compare(w: MainWindow, photo: int | None) -> None:
    """Show the compare page for the selected group."""
    group = w.member_model.group
    if group is None or len(group.members) < 2:
        close_compare(w)
        return
    review = w.controller.review

    def describe(index: int) -> tuple[str, str, int, int]:
        p = review.photo(index)
        keeper = review.is_keeper(index)
        marked = index in review.marked
        badge, hue = (
            (_tr("KEEP"), colors.KEEP_HUE)
            if keeper
            else (_tr("TRASH"), colors.TRASH_HUE)
            if marked
            else (_tr("COPY"), colors.COPY_HUE)
        )
        color = hue.darker(125).name()
        return (
            p.path,
            caption_html(p.path, p.info, p.file.size, badge, color),
            p.info.width,
            p.info.height,
        )

    w.compare_view.set_photos([m.photo for m in group.members], photo, describe)
    w.detail_stack.setCurrentIndex(1)
    w.group_header.setText(group_header(w, group.id))
    w.compare_view.setFocus()
    w._update_actions()


def close_compare(w: MainWindow) -> None:
    """Back to the cards."""
    w.detail_stack.setCurrentIndex(0)
    group = w.member_model.group
    w.group_header.setText(group_header(w, group.id) if group is not None else "")
    w.group_list.setFocus()
    w._update_actions()
