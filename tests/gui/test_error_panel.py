"""The problems panel: thousands of rows, sorted by any column, without a per-row visit."""

from __future__ import annotations

from PySide6.QtCore import Qt

from photodedup.gui.widgets.error_panel import ErrorPanel, kind_text


def _rows(n: int) -> list[tuple[str, str, str]]:
    kinds = ("truncated", "unreadable", "warning", "vanished")
    return [(f"/p/f{i % 7}/IMG_{n - i:05d}.jpg", kinds[i % 4], f"why {i}") for i in range(n)]


def test_rows_arrive_sorted_by_file_and_resort_by_kind(qtbot) -> None:
    panel = ErrorPanel()
    qtbot.addWidget(panel)
    panel.set_problems(_rows(5000))
    assert panel.count() == 5000
    paths = [row[0] for row in panel.model.problems]
    assert paths == sorted(paths, key=str.casefold)
    panel.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    kinds = [kind_text(row[1]) for row in panel.model.problems]
    assert kinds == sorted(kinds, reverse=True)
    panel.set_problems(_rows(10))  # a new scan keeps the user's sort
    kinds = [kind_text(row[1]) for row in panel.model.problems]
    assert kinds == sorted(kinds, reverse=True)


def test_cells_show_words_and_the_kind_column_fits_every_kind(qtbot) -> None:
    panel = ErrorPanel()
    qtbot.addWidget(panel)
    panel.set_problems([("/p/a.jpg", "decoder_timeout", "over 30 s")])
    model = panel.view.model()
    assert model.index(0, 1).data() == "Took too long to decode"
    widest = panel.fontMetrics().horizontalAdvance("Took too long to decode")
    assert panel.view.horizontalHeader().sectionSize(1) >= widest
