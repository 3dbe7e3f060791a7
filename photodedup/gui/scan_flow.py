"""Folders and scans as the user goes through them: add folders, scan, hear what was found.

:class:`ScanFlow` owns the folder panel's requests, the recent-folders menu, the empty
state's text and button, and the status-bar messages of a scan.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QTimer
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QStatusBar, QWidget

from photodedup import APP_DISPLAY_NAME
from photodedup.core.types import ScanResult, display_path
from photodedup.gui.controller import Busy, ScanController
from photodedup.gui.review_panel import ReviewPanel
from photodedup.gui.status import STATUS_MS
from photodedup.gui.widgets.empty_state import EmptyState
from photodedup.gui.widgets.folder_panel import FolderPanel


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def start_folder() -> str:
    """Where file dialogs open first: the Pictures folder, else the home folder."""
    pictures = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    return pictures if pictures and Path(pictures).is_dir() else str(Path.home())


class ScanFlow:
    """Folders to scan, the scan itself, and what the window says before and after it."""

    def __init__(
        self,
        controller: ScanController,
        window: QWidget,
        *,
        folder_panel: FolderPanel,
        empty_state: EmptyState,
        status: QStatusBar,
        recent_menu: QMenu,
        results: ReviewPanel,
        folders_changed: Callable[[], None],
    ) -> None:
        """``window`` owns the dialogs; ``folders_changed`` refreshes the window's pages."""
        self.controller = controller
        self._window = window
        self._folder_panel = folder_panel
        self._empty_state = empty_state
        self._status = status
        self._recent_menu = recent_menu
        self._results = results
        self._folders_changed = folders_changed
        folder_panel.add_requested.connect(self.choose_folder)
        folder_panel.folders_dropped.connect(self.add_folders)
        folder_panel.remove_requested.connect(self.remove_folder)
        folder_panel.reference_toggled.connect(controller.set_reference)
        empty_state.action_clicked.connect(self.empty_state_clicked)
        controller.scan_finished.connect(self.scan_finished)
        controller.failed.connect(self.task_failed)

    # ---------------------------------------------------------------- folders
    def choose_folder(self) -> None:
        """Ask for a folder with the native dialog."""
        folders = [f for f in self.controller.folders if Path(f).is_dir()]
        start = folders[-1] if folders else start_folder()
        title = _tr("Add a Folder of Photos")
        folder = QFileDialog.getExistingDirectory(self._window, title, start)
        if folder:
            self.add_folders([folder])

    def add_folders(self, folders: list[str]) -> None:
        """Add folders to scan."""
        for folder in folders:
            self.controller.add_folder(folder)
        self.refresh_folders()

    def remove_folder(self, folder: str) -> None:
        """Stop scanning a folder."""
        self.controller.remove_folder(folder)
        self.refresh_folders()

    def refresh_folders(self) -> None:
        """Show the controller's folders and the recent-folders menu."""
        c = self.controller
        self._folder_panel.set_folders(c.folders, set(c.settings.reference_roots))
        self._fill_recent_menu()
        self._folders_changed()

    def _fill_recent_menu(self) -> None:
        menu = self._recent_menu
        menu.clear()
        for folder in self.controller.settings.recent_roots:
            action = menu.addAction(display_path(folder))
            action.triggered.connect(lambda _=False, f=folder: self.add_folders([f]))

    # ------------------------------------------------------------------- scan
    def start_scan(self) -> None:
        """Start scanning the folders."""
        self._results.close_compare()
        if self.controller.start_scan():
            self._status.showMessage(_tr("Scanning…"))

    def scan_finished(self, result: ScanResult) -> None:
        """Say what the scan found."""
        groups = len(self.controller.review.groups)
        photos = len(result.photos)
        if result.cancelled:
            text = QCoreApplication.translate(
                "MainWindow",
                "Scan stopped: %n photo(s) read (kept in the cache for next time)",
                None,
                photos,
            )
        else:
            text = _tr("Scan finished: {photos}, {groups}, {errors}").format(
                photos=QCoreApplication.translate("MainWindow", "%n photo(s)", None, photos),
                groups=QCoreApplication.translate("MainWindow", "%n group(s)", None, groups),
                errors=QCoreApplication.translate(
                    "MainWindow", "%n problem(s)", None, len(result.errors)
                ),
            )
        self._status.showMessage(text, STATUS_MS)
        # after the deferred group selection
        QTimer.singleShot(0, self._results.group_list.setFocus)

    def task_failed(self, text: str) -> None:
        """A background task raised: one message, not one per file."""
        self._status.showMessage(_tr("Error: {text}").format(text=text), STATUS_MS)
        message = _tr("Something went wrong:\n{text}").format(text=text)
        QMessageBox.warning(self._window, APP_DISPLAY_NAME, message)

    # ------------------------------------------------------------ empty state
    def empty_state_clicked(self) -> None:
        """The empty state's button: add a folder, or scan."""
        if self.controller.folders and self.controller.busy == Busy.IDLE:
            self.start_scan()
        else:
            self.choose_folder()

    def fill_empty_state(self) -> None:
        """Tell the user what to do next."""
        title, body, button = self._empty_texts()
        self._empty_state.show_state(title, body, button, None)

    def _empty_texts(self) -> tuple[str, str, str | None]:
        c = self.controller
        if c.busy == Busy.SCAN:
            return _tr("Scanning…"), _tr("Groups appear here when the scan ends."), None
        if not c.folders:
            body = _tr(
                "Photo Dedup finds resized, re-saved, converted and lightly edited copies of "
                "your photos. Drop a folder anywhere on this window, or click the button below. "
                "Nothing is ever deleted: copies go to the trash, and you can undo."
            )
            return _tr("Add a folder to start"), body, _tr("Add Folder…")
        if c.has_result and c.review.result.cancelled:
            body = QCoreApplication.translate(
                "MainWindow",
                "%n photo(s) read before the scan was stopped, and no duplicates among them yet. "
                "Scan again to read the rest: what was read is kept.",
                None,
                len(c.review.result.photos),
            )
            return _tr("Scan stopped"), body, _tr("Scan Again")
        if c.has_result:
            body = QCoreApplication.translate(
                "MainWindow",
                "%n photo(s) checked. Move the similarity slider towards Loose to find more.",
                None,
                len(c.review.result.photos),
            )
            return _tr("No duplicates found"), body, _tr("Scan Again")
        body = QCoreApplication.translate(
            "MainWindow",
            "%n folder(s) selected. Tick Reference for folders whose photos must stay.",
            None,
            len(c.folders),
        )
        return _tr("Ready to scan"), body, _tr("Scan Now")
