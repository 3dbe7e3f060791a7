"""The main window, the GUI's composition root: builds the actions, menus and panels,
hands each part what it needs and wires the signals.

The parts: :class:`~photodedup.gui.review_panel.ReviewPanel` (the results page),
:class:`~photodedup.gui.scan_flow.ScanFlow` (folders, scans, the empty state),
:class:`~photodedup.gui.cleanup_flow.CleanupFlow` (trash and undo),
:class:`~photodedup.gui.window_dialogs.WindowDialogs`, the Select and context menus and
the last review's reopening.  Every enabled state is derived from the controller's state
in :meth:`MainWindow.update_actions`.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QResizeEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from photodedup import APP_DISPLAY_NAME
from photodedup.core import paths
from photodedup.gui.cleanup_flow import CleanupFlow, problem_rows
from photodedup.gui.context_menus import ReviewMenus
from photodedup.gui.controller import Busy, ScanController
from photodedup.gui.dialogs.shortcuts_dialog import open_user_guide
from photodedup.gui.not_duplicates import NotDuplicates
from photodedup.gui.reopen import LastReview
from photodedup.gui.resources import app_icon
from photodedup.gui.review_panel import ReviewPanel
from photodedup.gui.scan_flow import ScanFlow
from photodedup.gui.select_menu import SelectMenu
from photodedup.gui.status import STATUS_MS, StatusBar
from photodedup.gui.thumbnails import ThumbnailLoader
from photodedup.gui.widgets.empty_state import EmptyState
from photodedup.gui.widgets.error_panel import ErrorPanel
from photodedup.gui.widgets.folder_panel import FolderPanel, local_folders
from photodedup.gui.widgets.progress_panel import ProgressPanel
from photodedup.gui.widgets.stale_banner import StaleBanner
from photodedup.gui.widgets.threshold import ThresholdSlider
from photodedup.gui.window_actions import (
    attach_review_shortcuts,
    build_menus,
    build_toolbar,
    create_actions,
)
from photodedup.gui.window_dialogs import WindowDialogs

PAGE_EMPTY, PAGE_RESULTS = 0, 1
DEFAULT_SIZE = QSize(1400, 860)
COMPACT_WIDTH = 1100  # narrower windows get icon-only tools and slim side panels
COMPACT_FOLDERS, COMPACT_GROUPS = 170, 230


def default_size(available: QSize) -> QSize:
    """The first window size: 1400 x 860, or 90 % of a smaller screen."""
    return DEFAULT_SIZE.boundedTo(available * 0.9)


class MainWindow(QMainWindow):
    """Folders on the left, groups in the middle, the selected group's photos on the right.

    The composition root: it builds the actions, menus and panels, gives each part what it
    needs, connects the signals and derives every enabled state in :meth:`update_actions`.
    """

    def __init__(
        self, controller: ScanController | None = None, thumbnails: ThumbnailLoader | None = None
    ) -> None:
        super().__init__()
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.controller = controller or ScanController()
        self.thumbnails = thumbnails or ThumbnailLoader()
        self.results = ReviewPanel(self.controller, self.thumbnails)
        self._build_frame()
        self.acts = create_actions(self)
        attach_review_shortcuts(self.acts, [self.results.group_list, self.results.group_view])
        build_menus(self, self.acts)
        self.threshold = ThresholdSlider(self.controller.settings.threshold)
        self.toolbar = build_toolbar(self, self.acts, self.threshold)
        self._compact: bool | None = None
        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        self._build_parts()
        self._connect_actions()
        self._connect_panels()
        self._connect_controller()
        self.menus.attach()
        self._restore_geometry()
        self.scans.refresh_folders()
        self.controller.refresh_undo()
        QTimer.singleShot(0, self._prepare_results_page)
        QTimer.singleShot(0, self.last_review.reopen)

    def _build_parts(self) -> None:
        """The window's helpers, each given the widgets and actions it works with."""
        c, results, status = self.controller, self.results, self.status
        a = self.acts
        self.select_menu = SelectMenu(
            c,
            self,
            status=status,
            selected_group_id=results.selected_group_id,
            mark_lower=a.mark_lower,
            clear_marks=a.clear_marks,
        )
        bar = self.menuBar()
        bar.insertMenu(bar.actions()[2], self.select_menu)  # File, Edit, Select, View, Help
        self.not_duplicates = NotDuplicates(c)
        self.not_duplicates.changed.connect(self._not_duplicates_changed)
        self.menus = ReviewMenus(c, results, not_duplicates=self.not_duplicates)
        self.last_review = LastReview(c, status)
        self.cleanup = CleanupFlow(
            c, self, status=status, problems_dock=self.error_dock, scope=self.select_menu.scope
        )
        self.dialogs = WindowDialogs(
            c,
            self,
            status=status,
            undo=self.cleanup.undo_session,
            not_duplicates=self.not_duplicates,
        )
        self.scans = ScanFlow(
            c,
            self,
            folder_panel=self.folder_panel,
            empty_state=self.empty_state,
            status=status,
            recent_menu=a.recent_menu,
            results=results,
            folders_changed=self.update_pages,
        )

    def _prepare_results_page(self) -> None:
        """Lay out and paint the (hidden) results page once while the window is idle.

        Qt polishes and lays out a page the first time it shows; doing it now keeps that
        one-off cost out of the moment the first scan's results appear.
        """
        self.results.resize(self.pages.size())
        self.results.grab()

    # ------------------------------------------------------------------ layout
    def _build_frame(self) -> None:
        """Pages, folder panel, progress bar and the problems dock around the results."""
        self.folder_panel = FolderPanel(os.path.isdir)
        self.empty_state = EmptyState()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty_state)
        self.pages.addWidget(self.results)
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
            self.results.setSizes([COMPACT_GROUPS, rest - COMPACT_GROUPS])

    # ---------------------------------------------------------------- wiring
    def _connect_actions(self) -> None:
        c, a, results = self.controller, self.acts, self.results
        cleanup, dialogs, scans = self.cleanup, self.dialogs, self.scans
        a.add_folder.triggered.connect(scans.choose_folder)
        a.scan.triggered.connect(scans.start_scan)
        a.cancel.triggered.connect(c.cancel)
        a.export_csv.triggered.connect(lambda: dialogs.export("csv"))
        a.export_json.triggered.connect(lambda: dialogs.export("json"))
        a.settings.triggered.connect(dialogs.edit_settings)
        a.quit.triggered.connect(self.close)
        a.undo.triggered.connect(cleanup.undo)
        a.trash_lower.triggered.connect(cleanup.trash_lower_resolution)
        a.mark_lower.triggered.connect(cleanup.mark_lower_resolution)
        a.trash_marked.triggered.connect(cleanup.trash_marked)
        a.move_marked.triggered.connect(cleanup.move_marked)
        a.clear_marks.triggered.connect(c.clear_marks)
        a.compare.triggered.connect(lambda: results.open_compare(results.group_view.current))
        a.next_group.triggered.connect(lambda: results.step_group(1))
        a.previous_group.triggered.connect(lambda: results.step_group(-1))
        a.next_photo.triggered.connect(lambda: results.step_photo(1))
        a.previous_photo.triggered.connect(lambda: results.step_photo(-1))
        a.keep_current.triggered.connect(lambda: results.keep(results.group_view.current))
        a.toggle_mark.triggered.connect(lambda: results.toggle_mark(results.group_view.current))
        a.find.triggered.connect(results.focus_search)
        a.show_problems.toggled.connect(self.error_dock.setVisible)
        a.larger_thumbnails.triggered.connect(lambda: results.group_view.zoom(1))
        a.smaller_thumbnails.triggered.connect(lambda: results.group_view.zoom(-1))
        a.fit_thumbnails.triggered.connect(lambda: results.group_view.set_fixed_side(None))
        a.about.triggered.connect(dialogs.show_about)
        a.shortcuts_help.triggered.connect(dialogs.show_shortcuts)
        a.history.triggered.connect(dialogs.show_history)
        a.not_duplicates.triggered.connect(dialogs.show_ignored)
        a.user_guide.triggered.connect(open_user_guide)

    def _connect_panels(self) -> None:
        a, c = self.acts, self.controller
        self.status.problems_button.toggled.connect(a.show_problems.setChecked)
        self.error_dock.visibilityChanged.connect(a.show_problems.setChecked)
        self.error_dock.visibilityChanged.connect(self.status.problems_button.setChecked)
        self.stale_banner.rescan_requested.connect(self.scans.start_scan)
        self.threshold.threshold_changed.connect(c.set_threshold)
        self.progress_panel.cancel_requested.connect(c.cancel)
        self.results.changed.connect(self.update_actions)
        self.results.message.connect(self.status.showMessage)

    def _connect_controller(self) -> None:
        c = self.controller
        c.state_changed.connect(self._busy_changed)
        c.progress.connect(self.progress_panel.update_progress)
        c.result_changed.connect(self._result_changed)
        c.marks_changed.connect(self._marks_changed)

    # ---------------------------------------------------------------- updates
    def _busy_changed(self) -> None:
        """Show or hide the progress panel and refresh enabled states."""
        if self.controller.busy == Busy.IDLE:
            self.progress_panel.finish()
        elif not self.progress_panel.running:
            self.progress_panel.start()
        self.update_pages()

    def _result_changed(self) -> None:
        """New groups: reload the list, keep the selected group if it still exists."""
        self.results.reload()
        self.update_pages()
        # The problem list is built in a later event-loop turn too: no single long stall.
        QTimer.singleShot(0, lambda: self.set_problems(problem_rows(self.controller.review)))

    def _not_duplicates_changed(self, count: int) -> None:
        """Say what the "not a duplicate" list now does (the groups follow by themselves)."""
        if count > 0:
            text = self.tr(
                "Remembered as not duplicates: they will not be grouped again "
                "(Edit → Not Duplicates to undo)."
            )
        else:
            text = self.tr("Forgotten: those photos can be grouped again.")
        self.status.showMessage(text, STATUS_MS)

    def _marks_changed(self) -> None:
        """Same groups, different marks: repaint; an earlier message about marks is stale."""
        self.status.clearMessage()
        self.results.refresh_marks()
        self.update_actions()

    def update_pages(self) -> None:
        """Pick the empty-state text or the results page, then the actions."""
        c = self.controller
        if c.has_result and c.review.groups:
            self.pages.setCurrentIndex(PAGE_RESULTS)
        else:
            self.pages.setCurrentIndex(PAGE_EMPTY)
            self.scans.fill_empty_state()
        self.update_actions()

    def update_actions(self) -> None:
        """Derive every enabled state from the controller's state and what is shown."""
        c, a = self.controller, self.acts
        idle = c.busy == Busy.IDLE
        has_groups = c.has_result and bool(c.review.groups)
        browsing = has_groups and self.results.browsing
        has_photo = browsing and self.results.group_view.current is not None
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
        a.move_marked.setEnabled(idle and bool(c.review.marked))
        a.clear_marks.setEnabled(bool(c.review.marked))
        a.compare.setEnabled(browsing and self.results.member_model.rowCount() > 1)
        self.select_menu.set_enabled(has_groups)
        for action in (a.next_group, a.previous_group, a.next_photo, a.previous_photo):
            action.setEnabled(browsing)
        a.keep_current.setEnabled(has_photo)
        a.toggle_mark.setEnabled(has_photo)
        self.folder_panel.setEnabled(c.busy != Busy.SCAN)
        self.threshold.setEnabled(c.busy != Busy.SCAN)
        self.status.update_counts(c)
        self.stale_banner.show_reason(str(c.stale), c.stale_count)

    def set_problems(self, problems: list[tuple[str, str, str]]) -> None:
        """Fill the problems panel and the status-bar counter."""
        self.error_panel.set_problems(problems)
        self.status.set_problem_count(len(problems))

    # ------------------------------------------------------------- folders
    def add_folders(self, folders: list[str]) -> None:
        """Add folders to scan (command-line arguments, drops)."""
        self.scans.add_folders(folders)

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
        splitters = {"main_splitter": self.main_splitter, "results_splitter": self.results}
        for name, splitter in splitters.items():
            state = store.value(name)
            if isinstance(state, QByteArray):
                splitter.restoreState(state)

    def save_geometry(self) -> None:
        """Remember window size, position and splitters."""
        store = self._gui_settings()
        store.setValue("geometry", self.saveGeometry())
        store.setValue("main_splitter", self.main_splitter.saveState())
        store.setValue("results_splitter", self.results.saveState())
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
