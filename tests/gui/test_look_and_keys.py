"""Issue #14 bugs: palette colours, keyboard (slider, compare, two-photo groups), sizes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import QApplication

from photodedup.gui import colors
from photodedup.gui.main_window import MainWindow, default_size
from tests.gui.helpers import scan, settle
from tests.photos import Library, build_library


@pytest.fixture
def dark(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The application under a dark palette (restored afterwards)."""
    before = QApplication.palette()
    QApplication.setPalette(colors.dark_palette())
    yield
    QApplication.setPalette(before)


@pytest.fixture
def pair_library(tmp_path) -> Library:  # type: ignore[no-untyped-def]
    """One original and one resized copy: a two-photo group."""
    return build_library(
        tmp_path / "home" / "Pictures", originals=1, kinds=("resized",), singles=0, bad=False
    )


def test_cards_are_readable_under_a_dark_palette(  # type: ignore[no-untyped-def]
    qtbot, dark: None, window: MainWindow, library: Library
) -> None:
    window.show()
    scan(qtbot, window, library.root)
    palette = window.palette()
    base = palette.color(palette.ColorRole.Base)
    card = window.results.group_view.card(window.results.group_view.current)
    assert card is not None
    background = card.background()  # the current card: tinted, still dark
    assert background.lightnessF() < 0.4
    image = card.grab().toImage()
    assert image.pixelColor(card.width() // 2, card.height() - 6).lightnessF() < 0.4
    keeper = window.results.group_view.cards[0]
    reason = keeper.reason.palette().color(keeper.reason.foregroundRole())
    assert colors.contrast(reason, base) >= 4.5
    for fact in keeper.findChildren(type(keeper.name)):
        text = fact.palette().color(fact.foregroundRole())
        assert colors.contrast(text, keeper.background()) >= 4.5
    assert "color:gray" not in window.results.group_header.text()


def test_current_card_follows_a_light_palette_too(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, library: Library
) -> None:
    scan(qtbot, window, library.root)
    card = window.results.group_view.card(window.results.group_view.current)
    assert card is not None and card.background().lightnessF() > 0.6
    assert card.background() != window.palette().color(window.palette().ColorRole.Base)


def test_slider_moves_with_the_arrow_keys_while_results_are_shown(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, library: Library
) -> None:
    window.show()
    scan(qtbot, window, library.root)
    current = window.results.group_view.current
    slider = window.threshold.slider
    before = slider.value()
    slider.setFocus()
    qtbot.waitUntil(slider.hasFocus)
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert slider.value() == before + 1
    qtbot.keyClick(slider, Qt.Key.Key_Left)
    assert slider.value() == before
    assert window.results.group_view.current == current  # the cards did not move


def test_arrow_keys_switch_photos_in_compare_after_a_click(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, library: Library
) -> None:
    window.show()
    scan(qtbot, window, library.root)
    window.acts.compare.trigger()
    view = window.results.compare_view
    right = view.right
    pane = view.panes[1]
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(20, 20))
    qtbot.mousePress(pane.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(30, 30))
    qtbot.mouseMove(pane.viewport(), QPoint(60, 50))
    qtbot.mouseRelease(pane.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(60, 50))
    focused = QApplication.focusWidget()
    assert focused is view
    qtbot.keyClick(focused, Qt.Key.Key_Right)
    assert view.right != right
    assert view.zoom_label.text().endswith("%")


def test_arrow_keys_do_not_wrap_onto_the_keeper(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, pair_library: Library
) -> None:
    window.show()
    scan(qtbot, window, pair_library.root)
    view = window.results.group_view
    keeper, copy = (card.photo_index for card in view.cards)
    assert view.current == copy
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.current == copy
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert copy in window.controller.review.marked
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.current == keeper


def test_window_fits_900_pixels_and_compare_does_not_widen_it(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, library: Library
) -> None:
    assert window.minimumSizeHint().width() <= 900
    window.resize(900, 700)
    window.show()
    scan(qtbot, window, library.root)
    assert window.minimumSizeHint().width() <= 900
    window.results.open_compare(None)
    qtbot.wait(10)
    assert window.width() == 900
    assert window.minimumSizeHint().width() <= 900
    assert default_size(QSize(960, 1080)).width() <= 900


def test_card_buttons_stay_in_view_in_a_short_window(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, library: Library
) -> None:
    window.resize(1400, 480)
    window.show()
    scan(qtbot, window, library.root)
    viewport = window.results.group_view.viewport()
    cards = window.results.group_view.cards
    qtbot.waitUntil(lambda: cards[1].mark_box.height() < 100)  # laid out
    first_row = [card for card in cards[1:] if card.y() == cards[0].y()]
    assert first_row
    for card in first_row:
        for button in (card.keep_button, card.mark_box):
            bottom = button.mapTo(viewport, QPoint(0, button.height())).y()
            assert 0 < bottom <= viewport.height()


def test_cards_grow_in_a_large_window_and_with_ctrl_wheel(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, library: Library
) -> None:
    window.resize(1000, 700)
    window.show()
    scan(qtbot, window, library.root)
    small = window.results.group_view.side
    window.resize(1900, 1100)
    qtbot.waitUntil(lambda: window.results.group_view.side > small)
    assert window.results.group_view.cards[0].thumb.width() == window.results.group_view.side
    fitted = window.results.group_view.side
    window.acts.smaller_thumbnails.trigger()
    assert window.results.group_view.side < fitted
    window.acts.fit_thumbnails.trigger()
    assert window.results.group_view.side == fitted
    settle(qtbot, window)


def test_thumbnails_use_the_screen_pixel_ratio(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    from photodedup.gui.widgets.group_view import GroupView

    monkeypatch.setattr(GroupView, "devicePixelRatioF", lambda _self: 2.0)
    window.resize(1400, 900)
    window.show()
    scan(qtbot, window, library.root)
    card = window.results.group_view.cards[0]

    def sharp() -> bool:
        return not card.picture.isNull() and card.picture.devicePixelRatio() == 2.0

    qtbot.waitUntil(sharp, timeout=20_000)
    pixmap = card.picture
    side = window.results.group_view.side
    assert window.thumbnails.cached(card.path, 256 if 2 * side <= 256 else 512) is not None
    longest = max(pixmap.width(), pixmap.height())
    assert longest > max(card.thumb.width(), card.thumb.height())  # physical pixels
    assert longest <= 2 * max(card.thumb.width(), card.thumb.height())


def test_compare_difference_and_blink(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, library: Library
) -> None:
    window.show()
    scan(qtbot, window, library.root)
    window.acts.compare.trigger()
    view = window.results.compare_view
    qtbot.waitUntil(lambda: not view.panes[1].item.pixmap().isNull(), timeout=20_000)
    normal = view.panes[1].item.pixmap().toImage()
    qtbot.keyClick(view, Qt.Key.Key_D)
    assert view.mode == "difference"
    assert "Difference" in view.captions[1].text()
    diff = view.panes[1].item.pixmap().toImage()
    assert diff != normal
    center = diff.pixelColor(diff.width() // 2, diff.height() // 2)
    assert (
        center.lightnessF()
        < normal.pixelColor(normal.width() // 2, normal.height() // 2).lightnessF()
    )
    qtbot.keyClick(view, Qt.Key.Key_D)
    assert view.mode == "" and "Difference" not in view.captions[1].text()
    qtbot.keyClick(view, Qt.Key.Key_B)
    qtbot.waitUntil(lambda: "Blink" in view.captions[1].text(), timeout=3000)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.mode == ""


def test_compare_shows_a_preview_while_the_full_image_decodes(  # type: ignore[no-untyped-def]
    qtbot, sync_controller, library: Library
) -> None:
    import time

    from photodedup.gui.thumbnails import ThumbnailLoader, decode_oriented

    def slow_full_size(path: str, side: int):  # type: ignore[no-untyped-def]
        if side == 0:  # the full image of a 50-megapixel photo takes seconds
            time.sleep(3)
        return decode_oriented(path, side)

    win = MainWindow(sync_controller, ThumbnailLoader(decoder=slow_full_size))
    qtbot.addWidget(win)
    win.show()
    scan(qtbot, win, library.root)
    win.acts.compare.trigger()
    pane = win.results.compare_view.panes[1]
    started = time.monotonic()
    qtbot.waitUntil(lambda: not pane.item.pixmap().isNull(), timeout=2500)
    assert time.monotonic() - started < 2.5
    win.thumbnails.shutdown()


def test_a_narrow_fact_shows_its_shorter_form_rather_than_a_cut_one(qtbot) -> None:  # type: ignore[no-untyped-def]
    from photodedup.gui.widgets.photo_card import ElidedLabel

    full, short = "4000 × 3000 (12.0 MP)", "4000 × 3000"
    label = ElidedLabel(full, "", short)
    qtbot.addWidget(label)
    label.show()
    metrics = label.fontMetrics()
    for shown in (full, short):
        label.resize(metrics.horizontalAdvance(shown) + 4, label.height())
        qtbot.waitUntil(lambda shown=shown: label.text() == shown)
    label.resize(metrics.horizontalAdvance("4000"), label.height())
    qtbot.waitUntil(lambda: "…" in label.text())
    assert label.toolTip() == full and label.full_text() == full


def test_the_undo_question_names_its_action_and_restores_on_return(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The undo questions' buttons say what they do ("Restore", not "Yes"); Return takes
    the default, Restore (nothing is lost by restoring), and Escape cancels."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from photodedup.gui.dialogs import confirm_trash

    box = confirm_trash.restore_question(None, "Undo Last Clean-up", "Restore?")
    texts = [b.text() for b in box.buttons()]
    assert "&Restore" in texts and "Yes" not in texts and "&Yes" not in texts
    assert box.defaultButton().text() == "&Restore"

    def press(key: Qt.Key) -> None:
        shown = QApplication.activeModalWidget()
        assert isinstance(shown, QMessageBox)
        qtbot.keyClick(shown, key)

    QTimer.singleShot(0, lambda: press(Qt.Key.Key_Return))
    assert confirm_trash.confirm_undo(None, "2 files") is True
    QTimer.singleShot(0, lambda: press(Qt.Key.Key_Escape))
    assert confirm_trash.confirm_undo_session(None, "2 files") is False
