"""The main window: composes the panels, wires actions to the controller.

Every enabled state is derived from the controller's state in :meth:`_update_actions`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, QSize, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QResizeEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from photodedup import APP_DISPLAY_NAME
from photodedup.core import paths
from photodedup.gui import navigation, review_actions
from photodedup.gui.context_menus import ReviewMenus
from photodedup.gui.controller import Busy, ScanController
from photodedup.gui.models.cluster_model import ClusterModel, GroupIdRole
from photodedup.gui.models.member_model import MemberModel
from photodedup.gui.reopen import LastReview
from photodedup.gui.resources import app_icon
from photodedup.gui.select_menu import SelectMenu
from photodedup.gui.status import StatusBar
from photodedup.gui.thumbnails import ThumbnailLoader
from photodedup.gui.widgets.compare_view import CompareView
from photodedup.gui.widgets.empty_state import EmptyState
from photodedup.gui.widgets.error_panel import ErrorPanel
from photodedup.gui.widgets.folder_panel import FolderPanel, local_folders
from photodedup.gui.widgets.group_filter import GroupFilter
from photodedup.gui.widgets.group_list import GroupList
from photodedup.gui.widgets.group_view import GroupView
from photodedup.gui.widgets.progress_panel import ProgressPanel
from photodedup.gui.widgets.stale_banner import StaleBanner
from photodedup.gui.widgets.threshold import ThresholdSlider
from photodedup.gui.window_actions import (
    attach_review_shortcuts,
    build_menus,
    build_toolbar,
    create_actions,
)

PAGE_EMPTY, PAGE_RESULTS = 0, 1
DEFAULT_SIZE = QSize(1400, 860)
COMPACT_WIDTH = 1100  # narrower windows get icon-only tools and slim side panels
COMPACT_FOLDERS, COMPACT_GROUPS = 170, 230


def start_folder() -> str:
    """Where file dialogs open first: the Pictures folder, else the home folder."""
    pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    return pictures if pictures and Path(pictures).is_dir() else str(Path.home())


def default_size(available: QSize) -> QSize:
    """The first window size: 1400 x 860, or 90 % of a smaller screen."""
    return DEFAULT_SIZE.boundedTo(available * 0.9)


PAGE_CARDS, PAGE_COMPARE = 0, 1


class MainWindow(QMainWindow):
    """Folders on the left, groups in the middle, the selected group's photos on the right."""

    def __init__(
        self, controller: ScanController | None = None, thumbnails: ThumbnailLoader | None = None
    ) -> None:
        super().__init__()
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.export_folder = ""  # where the last export was saved
        self.shortcuts_dialog: QWidget | None = None
        self.history_dialog: Any = None  # Edit → Clean-up History, made when first shown
        self.controller = controller or ScanController()
        self.thumbnails = thumbnails or ThumbnailLoader()
        self.cluster_model = ClusterModel(self.thumbnails, self)
        self.member_model = MemberModel(self.controller.set_marked, self)
        self._build_widgets()
        self.acts = create_actions(self)
        attach_review_shortcuts(self.acts, [self.group_list, self.group_view])
        build_menus(self, self.acts)
        self.select_menu = SelectMenu(self)
        bar = self.menuBar()
        bar.insertMenu(bar.actions()[2], self.select_menu)  # File, Edit, Select, View, Help
        self.menus = ReviewMenus(self)
        self.last_review = LastReview(self)
        self.threshold = ThresholdSlider(self.controller.settings.threshold)
        self.toolbar = build_toolbar(self, self.acts, self.threshold)
        self._compact: bool | None = None
        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        review_actions.connect(self)
        self.menus.attach()
        self._restore_geometry()
        self.refresh_folders()
        self.update_pages()
        self.controller.refresh_undo()
        QTimer.singleShot(0, self._prepare_results_page)
        QTimer.singleShot(0, self.last_review.reopen)

    def _prepare_results_page(self) -> None:
        """Lay out and paint the (hidden) results page once while the window is idle.

        Qt polishes and lays out a page the first time it shows; doing it now keeps that
        one-off cost out of the moment the first scan's results appear.
        """
        self.results_splitter.resize(self.pages.size())
        self.results_splitter.grab()

    # ------------------------------------------------------------------ layout
    def _build_widgets(self) -> None:
        self.folder_panel = FolderPanel(os.path.isdir)
        self.group_list = GroupList()
        self.group_list.setModel(self.cluster_model)
        self.group_view = GroupView(self.member_model, self.thumbnails)
        self.compare_view = CompareView(self.thumbnails)
        self.compare_view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.detail_stack = QStackedWidget()
        self.detail_stack.addWidget(self.group_view)
        self.detail_stack.addWidget(self.compare_view)
        self.group_header = QLabel(textFormat=Qt.TextFormat.RichText, wordWrap=True)
        self.group_header.setContentsMargins(16, 10, 16, 0)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.group_header)
        detail_layout.addWidget(self.detail_stack, 1)
        self.group_filter = GroupFilter()
        groups = QWidget()
        groups_layout = QVBoxLayout(groups)
        groups_layout.setContentsMargins(0, 0, 0, 0)
        groups_layout.setSpacing(4)
        groups_layout.addWidget(self.group_filter)
        groups_layout.addWidget(self.group_list, 1)
        self.results_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.results_splitter.addWidget(groups)
        self.results_splitter.addWidget(detail)
        self.results_splitter.setStretchFactor(1, 1)
        self.results_splitter.setSizes([300, 870])
        self._build_frame()

    def _build_frame(self) -> None:
        """Pages, folder panel, progress bar and the problems dock around the results."""
        self.empty_state = EmptyState()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty_state)
        self.pages.addWidget(self.results_splitter)
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.addWidget(self.folder_panel)
        self.main_splitter.addWidget(self.pages)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setSizes([230, 1170])
        self.progress_panel = ProgressPanel()
        self.stale_banner = StaleBanner()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.progress_panel)
        layout.addWidget(self.stale_banner)
        layout.addWidget(self.main_splitter, 1)
        self.setCentralWidget(central)
        self.error_panel = ErrorPanel()
        self.error_dock = QDockWidget(self.tr("Problems"), self)
        self.error_dock.setObjectName("problems-dock")
        self.error_dock.setWidget(self.error_panel)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.error_dock)
        self.error_dock.hide()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Below ``COMPACT_WIDTH`` the side panels shrink and the tool bar shows icons."""
        super().resizeEvent(event)
        compact = event.size().width() < COMPACT_WIDTH
        if compact == self._compact:
            return
        self._compact = compact
        style = Qt.ToolButtonStyle
        self.toolbar.setToolButtonStyle(
            style.ToolButtonIconOnly if compact else style.ToolButtonTextBesideIcon
        )
        if compact:
            width = event.size().width()
            self.main_splitter.setSizes([COMPACT_FOLDERS, width - COMPACT_FOLDERS])
            rest = width - COMPACT_FOLDERS
            self.results_splitter.setSizes([COMPACT_GROUPS, rest - COMPACT_GROUPS])

    # ---------------------------------------------------------------- updates
    def refresh_folders(self) -> None:
        """Show the controller's folders and the recent-folders menu."""
        c = self.controller
        self.folder_panel.set_folders(c.folders, set(c.settings.reference_roots))
        review_actions.fill_recent_menu(self)
        self.update_pages()

    def update_pages(self) -> None:
        """Pick the empty-state text or the results page, then the actions."""
        c = self.controller
        groups = c.review.groups
        if c.has_result and groups:
            self.pages.setCurrentIndex(PAGE_RESULTS)
        else:
            self.pages.setCurrentIndex(PAGE_EMPTY)
            review_actions.fill_empty_state(self)
        self._update_actions()

    def _update_actions(self) -> None:
        c, a = self.controller, self.acts
        idle = c.busy == Busy.IDLE
        has_groups = c.has_result and bool(c.review.groups)
        browsing = has_groups and self.detail_stack.currentIndex() == PAGE_CARDS
        has_photo = browsing and self.group_view.current is not None
        a.add_folder.setEnabled(c.busy != Busy.SCAN)
        a.recent_menu.setEnabled(c.busy != Busy.SCAN and bool(c.settings.recent_roots))
        a.scan.setEnabled(idle and bool(c.folders))
        a.cancel.setEnabled(c.busy in (Busy.SCAN, Busy.TRASH))
        a.export_csv.setEnabled(c.has_result)
        a.export_json.setEnabled(c.has_result)
        a.settings.setEnabled(c.busy != Busy.SCAN)
        a.undo.setEnabled(idle and c.undo_summary is not None)
        a.trash_lower.setEnabled(idle and has_groups)
        a.mark_lower.setEnabled(has_groups)
        a.trash_marked.setEnabled(idle and bool(c.review.marked))
        a.clear_marks.setEnabled(bool(c.review.marked))
        a.compare.setEnabled(browsing and self.member_model.rowCount() > 1)
        self.select_menu.set_enabled(has_groups)
        for action in (a.next_group, a.previous_group, a.next_photo, a.previous_photo):
            action.setEnabled(browsing)
        a.keep_current.setEnabled(has_photo)
        a.toggle_mark.setEnabled(has_photo)
        self.folder_panel.setEnabled(c.busy != Busy.SCAN)
        self.threshold.setEnabled(c.busy != Busy.SCAN)
        self.status.update_counts(c)
        self.stale_banner.show_reason(str(c.stale), c.stale_count)

    def show_group(self, group_id: int | None) -> None:
        """Show one group's cards (None: nothing selected)."""
        self.member_model.set_group(self.controller.review, group_id)
        self.group_header.setText(navigation.group_header(self, group_id))
        self._update_actions()

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

    def set_problems(self, problems: list[Any]) -> None:
        """Fill the problems panel and the status-bar counter."""
        self.error_panel.set_problems(problems)
        self.status.set_problem_count(len(problems))

    # ------------------------------------------------------------- folders
    def choose_folder(self) -> None:
        """Ask for a folder with the native dialog."""
        folders = [f for f in self.controller.folders if Path(f).is_dir()]
        start = folders[-1] if folders else start_folder()
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add a Folder of Photos"), start)
        if folder:
            self.add_folders([folder])

    def add_folders(self, folders: list[str]) -> None:
        """Add folders to scan."""
        for folder in folders:
            self.controller.add_folder(folder)
        self.refresh_folders()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        """Folders can be dropped anywhere on the window."""
        if local_folders(event, os.path.isdir):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        """Add dropped folders."""
        folders = local_folders(event, os.path.isdir)
        if folders:
            event.acceptProposedAction()
            self.add_folders(folders)

    # --------------------------------------------------------------- closing
    def _gui_settings(self) -> QSettings:
        return QSettings(str(paths.config_dir() / "window.ini"), QSettings.Format.IniFormat)

    def _restore_geometry(self) -> None:
        store = self._gui_settings()
        geometry = store.value("geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(default_size(self.screen().availableGeometry().size()))
        for name in ("main_splitter", "results_splitter"):
            state = store.value(name)
            if isinstance(state, QByteArray):
                getattr(self, name).restoreState(state)

    def save_geometry(self) -> None:
        """Remember window size, position and splitters."""
        store = self._gui_settings()
        store.setValue("geometry", self.saveGeometry())
        store.setValue("main_splitter", self.main_splitter.saveState())
        store.setValue("results_splitter", self.results_splitter.saveState())
        store.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Ask before quitting during a clean-up; stop work; save settings and geometry."""
        if self.controller.busy == Busy.TRASH:
            answer = QMessageBox.question(
                self,
                self.tr("Quit"),
                self.tr(
                    "Files are being moved to the trash. Stop after the current file and quit?"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.save_geometry()
        self.last_review.save()
        self.controller.shutdown()
        self.thumbnails.shutdown()
        event.accept()
