"""The folders to scan: add (button or drag-and-drop), remove, mark as reference."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from photodedup.core.types import display_path
from photodedup.gui import colors

PathRole = Qt.ItemDataRole.UserRole + 1


def local_folders(event: QDragEnterEvent | QDropEvent, is_dir: Callable[[str], bool]) -> list[str]:
    """Local folder paths carried by a drag (files and remote URLs are ignored)."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    paths = [url.toLocalFile() for url in urls if url.isLocalFile()]
    return [p for p in paths if p and is_dir(p)]


class FolderPanel(QWidget):
    """List of scanned folders with a Reference check box per folder."""

    add_requested = Signal()
    folders_dropped = Signal(list)  # list[str]
    remove_requested = Signal(str)
    reference_toggled = Signal(str, bool)

    def __init__(self, is_dir: Callable[[str], bool]) -> None:
        super().__init__()
        self._is_dir = is_dir
        self.setAcceptDrops(True)
        title = QLabel(self.tr("Folders"))
        title.setStyleSheet("font-weight: 600; font-size: 11pt;")
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Folder"), self.tr("Reference")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAccessibleName(self.tr("Folders to scan"))
        colors.outline_check_boxes(self.tree)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideLeft)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.tree.headerItem().setToolTip(
            1, self.tr("Photos in a reference folder are compared but never trashed")
        )
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self._build_buttons(title)

    def _build_buttons(self, title: QLabel) -> None:
        style = self.style()
        self.add_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_FileDialogNewFolder), self.tr("Add…")
        )
        self.remove_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogDiscardButton), self.tr("Remove")
        )
        self.add_button.clicked.connect(self.add_requested)
        self.remove_button.clicked.connect(self._remove_selected)
        self.remove_button.setEnabled(False)
        hint = QLabel(self.tr("Tip: drop folders here. Tick Reference for originals to protect."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text); font-size: 9pt;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.addWidget(title)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        layout.addWidget(hint)

    def set_folders(self, folders: list[str], references: set[str]) -> None:
        """Show these folders (reference ones ticked)."""
        self.tree.blockSignals(True)
        self.tree.clear()
        for folder in folders:
            item = QTreeWidgetItem([display_path(folder), ""])
            item.setData(0, PathRole, folder)
            item.setToolTip(0, display_path(folder))
            item.setIcon(0, self.style().standardIcon(QStyle.StandardPixmap.SP_DirIcon))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = Qt.CheckState.Checked if folder in references else Qt.CheckState.Unchecked
            item.setCheckState(1, checked)
            self.tree.addTopLevelItem(item)
        self.tree.blockSignals(False)
        self._selection_changed()

    def selected_folder(self) -> str | None:
        """The selected folder's path."""
        items = self.tree.selectedItems()
        return str(items[0].data(0, PathRole)) if items else None

    def _remove_selected(self) -> None:
        folder = self.selected_folder()
        if folder is not None:
            self.remove_requested.emit(folder)

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(self.selected_folder() is not None)

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column == 1:
            checked = item.checkState(1) == Qt.CheckState.Checked
            self.reference_toggled.emit(str(item.data(0, PathRole)), checked)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        """Accept drags that carry at least one local folder."""
        if local_folders(event, self._is_dir):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        """Add the dropped folders."""
        folders = local_folders(event, self._is_dir)
        if folders:
            event.acceptProposedAction()
            self.folders_dropped.emit(folders)
