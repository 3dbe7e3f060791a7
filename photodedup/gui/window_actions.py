"""The main window's actions, menus and toolbar (enabled states are set by the window)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar, QWidget

from photodedup.gui.resources import icon


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


@dataclass
class WindowActions:
    """Every action of the main window."""

    add_folder: QAction
    scan: QAction
    cancel: QAction
    export_csv: QAction
    export_json: QAction
    settings: QAction
    quit: QAction
    undo: QAction
    trash_lower: QAction
    mark_lower: QAction
    trash_marked: QAction
    clear_marks: QAction
    compare: QAction
    next_group: QAction
    previous_group: QAction
    next_photo: QAction
    previous_photo: QAction
    keep_current: QAction
    toggle_mark: QAction
    show_problems: QAction
    about: QAction
    recent_menu: QMenu


def _icon(widget: QWidget, name: str, fallback: QStyle.StandardPixmap) -> QIcon:
    return icon(name, widget.style().standardIcon(fallback))


def _action(
    window: QMainWindow,
    text: str,
    shortcut: QKeySequence | str | None = None,
    icon: QIcon | None = None,
) -> QAction:
    action = QAction(icon, text, window) if icon is not None else QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    window.addAction(action)
    return action


def create_actions(window: QMainWindow) -> WindowActions:
    """Create the actions (not yet connected)."""
    sp = QStyle.StandardPixmap
    key = QKeySequence.StandardKey
    acts = WindowActions(
        add_folder=_action(
            window,
            _tr("&Add Folder…"),
            key.Open,
            _icon(window, "folder-add", sp.SP_FileDialogNewFolder),
        ),
        scan=_action(window, _tr("&Scan"), "Ctrl+R", _icon(window, "scan", sp.SP_BrowserReload)),
        cancel=_action(
            window, _tr("S&top Scan"), "Ctrl+.", _icon(window, "stop", sp.SP_BrowserStop)
        ),
        export_csv=_action(window, _tr("Export as &CSV…"), "Ctrl+Shift+E"),
        export_json=_action(window, _tr("Export as &JSON…"), "Ctrl+E"),
        settings=_action(window, _tr("Se&ttings…"), key.Preferences),
        quit=_action(window, _tr("&Quit"), key.Quit),
        undo=_action(
            window,
            _tr("&Undo Last Clean-up…"),
            key.Undo,
            _icon(window, "undo", sp.SP_ArrowBack),
        ),
        trash_lower=_action(
            window,
            _tr("Trash &Lower-Resolution Copies…"),
            "Ctrl+L",
            _icon(window, "trash-lower", sp.SP_TrashIcon),
        ),
        mark_lower=_action(window, _tr("&Mark Lower-Resolution Copies"), "Ctrl+Shift+L"),
        trash_marked=_action(
            window,
            _tr("Move &Marked to Trash…"),
            key.Delete,
            _icon(window, "trash", sp.SP_DialogDiscardButton),
        ),
        clear_marks=_action(window, _tr("&Clear All Marks"), "Ctrl+Shift+A"),
        compare=_action(
            window,
            _tr("&Compare Side by Side"),
            "Return",
            _icon(window, "compare", sp.SP_FileDialogDetailedView),
        ),
        next_group=_action(window, _tr("&Next Group"), "PgDown"),
        previous_group=_action(window, _tr("&Previous Group"), "PgUp"),
        next_photo=_action(window, _tr("Next &Photo"), "Right"),
        previous_photo=_action(window, _tr("Previous P&hoto"), "Left"),
        keep_current=_action(window, _tr("&Keep This Photo"), "K"),
        toggle_mark=_action(window, _tr("&Toggle Trash Mark"), "Space"),
        show_problems=_action(window, _tr("Show P&roblems"), "Ctrl+Shift+P"),
        about=_action(window, _tr("&About Photo Dedup"), None),
        recent_menu=QMenu(_tr("Recent &Folders"), window),
    )
    acts.show_problems.setCheckable(True)
    short_names = {
        acts.add_folder: _tr("Add Folder"),
        acts.scan: _tr("Scan"),
        acts.cancel: _tr("Stop"),
        acts.compare: _tr("Compare"),
        acts.trash_lower: _tr("Trash Lower-Res Copies"),
        acts.trash_marked: _tr("Trash Marked"),
        acts.undo: _tr("Undo"),
    }
    for action, text in short_names.items():
        action.setIconText(text)
    acts.about.setMenuRole(QAction.MenuRole.AboutRole)
    acts.settings.setMenuRole(QAction.MenuRole.PreferencesRole)
    acts.quit.setMenuRole(QAction.MenuRole.QuitRole)
    acts.trash_lower.setToolTip(
        _tr("Mark, in every group, each copy with fewer pixels than its keeper, then confirm")
    )
    return acts


def build_menus(window: QMainWindow, acts: WindowActions) -> None:
    """Fill the menu bar."""
    bar = window.menuBar()
    file_menu = bar.addMenu(_tr("&File"))
    file_menu.addActions([acts.add_folder])
    file_menu.addMenu(acts.recent_menu)
    file_menu.addSeparator()
    file_menu.addActions([acts.scan, acts.cancel])
    file_menu.addSeparator()
    file_menu.addActions([acts.export_csv, acts.export_json])
    file_menu.addSeparator()
    file_menu.addActions([acts.settings, acts.quit])
    edit = bar.addMenu(_tr("&Edit"))
    edit.addActions([acts.undo])
    edit.addSeparator()
    edit.addActions([acts.mark_lower, acts.clear_marks, acts.toggle_mark, acts.keep_current])
    edit.addSeparator()
    edit.addActions([acts.trash_lower, acts.trash_marked])
    view = bar.addMenu(_tr("&View"))
    view.addActions([acts.compare, acts.next_group, acts.previous_group])
    view.addActions([acts.next_photo, acts.previous_photo])
    view.addSeparator()
    view.addAction(acts.show_problems)
    help_menu = bar.addMenu(_tr("&Help"))
    help_menu.addAction(acts.about)


def build_toolbar(window: QMainWindow, acts: WindowActions, threshold: QWidget) -> QToolBar:
    """The main toolbar: folders and scan, the similarity slider, clean-up actions."""
    toolbar = QToolBar(_tr("Main"))
    toolbar.setObjectName("main-toolbar")
    toolbar.setMovable(False)
    toolbar.setIconSize(QSize(22, 22))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.addActions([acts.add_folder, acts.scan, acts.cancel])
    toolbar.addSeparator()
    toolbar.addWidget(threshold)
    toolbar.addSeparator()
    toolbar.addActions([acts.compare, acts.trash_lower, acts.trash_marked])
    toolbar.addSeparator()
    toolbar.addAction(acts.undo)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    return toolbar
