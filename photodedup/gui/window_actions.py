"""The main window's actions, menus and toolbar (enabled states are set by the window)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
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
    history: QAction
    not_duplicates: QAction
    trash_lower: QAction
    mark_lower: QAction
    trash_marked: QAction
    move_marked: QAction
    clear_marks: QAction
    compare: QAction
    next_group: QAction
    previous_group: QAction
    next_photo: QAction
    previous_photo: QAction
    keep_current: QAction
    toggle_mark: QAction
    show_problems: QAction
    larger_thumbnails: QAction
    smaller_thumbnails: QAction
    fit_thumbnails: QAction
    find: QAction
    shortcuts_help: QAction
    user_guide: QAction
    about: QAction
    recent_menu: QMenu


def _icon(widget: QWidget, name: str, fallback: QStyle.StandardPixmap) -> QIcon:
    return icon(name, widget.style().standardIcon(fallback))


_SP = QStyle.StandardPixmap
_KEY = QKeySequence.StandardKey
Shortcut = QKeySequence.StandardKey | str | None

# name -> (menu text, shortcut, icon name, Qt fallback icon, short toolbar text)
_SPECS: dict[str, tuple[str, Shortcut, str, QStyle.StandardPixmap | None, str]] = {
    "add_folder": (
        QT_TRANSLATE_NOOP("MainWindow", "&Add Folder…"),
        _KEY.Open,
        "folder-add",
        _SP.SP_FileDialogNewFolder,
        QT_TRANSLATE_NOOP("MainWindow", "Add Folder"),
    ),
    "scan": (
        QT_TRANSLATE_NOOP("MainWindow", "&Scan"),
        "Ctrl+R",
        "scan",
        _SP.SP_BrowserReload,
        QT_TRANSLATE_NOOP("MainWindow", "Scan"),
    ),
    "cancel": (
        QT_TRANSLATE_NOOP("MainWindow", "S&top Scan"),
        "Ctrl+.",
        "stop",
        _SP.SP_BrowserStop,
        QT_TRANSLATE_NOOP("MainWindow", "Stop"),
    ),
    "export_csv": (
        QT_TRANSLATE_NOOP("MainWindow", "Export as &CSV…"),
        "Ctrl+Shift+E",
        "",
        None,
        "",
    ),
    "export_json": (QT_TRANSLATE_NOOP("MainWindow", "Export as &JSON…"), "Ctrl+E", "", None, ""),
    "settings": (QT_TRANSLATE_NOOP("MainWindow", "Se&ttings…"), _KEY.Preferences, "", None, ""),
    "quit": (QT_TRANSLATE_NOOP("MainWindow", "&Quit"), _KEY.Quit, "", None, ""),
    "undo": (
        QT_TRANSLATE_NOOP("MainWindow", "&Undo Last Clean-up…"),
        _KEY.Undo,
        "undo",
        _SP.SP_ArrowBack,
        QT_TRANSLATE_NOOP("MainWindow", "Undo"),
    ),
    "history": (
        QT_TRANSLATE_NOOP("MainWindow", "Clean-up &History…"),
        "Ctrl+H",
        "",
        None,
        "",
    ),
    "not_duplicates": (
        QT_TRANSLATE_NOOP("MainWindow", "&Not Duplicates…"),
        None,
        "",
        None,
        "",
    ),
    "trash_lower": (
        QT_TRANSLATE_NOOP("MainWindow", "Trash &Lower-Resolution Copies…"),
        "Ctrl+L",
        "trash-lower",
        _SP.SP_TrashIcon,
        QT_TRANSLATE_NOOP("MainWindow", "Trash Lower-Res Copies"),
    ),
    "mark_lower": (
        QT_TRANSLATE_NOOP("MainWindow", "&Mark Lower-Resolution Copies"),
        "Ctrl+Shift+L",
        "",
        None,
        "",
    ),
    "trash_marked": (
        QT_TRANSLATE_NOOP("MainWindow", "Move &Marked to Trash…"),
        _KEY.Delete,
        "trash",
        _SP.SP_DialogDiscardButton,
        QT_TRANSLATE_NOOP("MainWindow", "Trash Marked"),
    ),
    "move_marked": (
        QT_TRANSLATE_NOOP("MainWindow", "Move Marked to &Folder…"),
        None,
        "",
        None,
        "",
    ),
    "clear_marks": (
        QT_TRANSLATE_NOOP("MainWindow", "&Clear All Marks"),
        "Ctrl+Shift+A",
        "",
        None,
        "",
    ),
    "compare": (
        QT_TRANSLATE_NOOP("MainWindow", "&Compare Side by Side"),
        "Return",
        "compare",
        _SP.SP_FileDialogDetailedView,
        QT_TRANSLATE_NOOP("MainWindow", "Compare"),
    ),
    "next_group": (QT_TRANSLATE_NOOP("MainWindow", "&Next Group"), "PgDown", "", None, ""),
    "previous_group": (QT_TRANSLATE_NOOP("MainWindow", "&Previous Group"), "PgUp", "", None, ""),
    "next_photo": (QT_TRANSLATE_NOOP("MainWindow", "Next &Photo"), "Right", "", None, ""),
    "previous_photo": (QT_TRANSLATE_NOOP("MainWindow", "Previous P&hoto"), "Left", "", None, ""),
    "keep_current": (QT_TRANSLATE_NOOP("MainWindow", "&Keep This Photo"), "K", "", None, ""),
    "toggle_mark": (QT_TRANSLATE_NOOP("MainWindow", "&Toggle Trash Mark"), "Space", "", None, ""),
    "show_problems": (
        QT_TRANSLATE_NOOP("MainWindow", "Show P&roblems"),
        "Ctrl+Shift+P",
        "",
        None,
        "",
    ),
    "larger_thumbnails": (
        QT_TRANSLATE_NOOP("MainWindow", "&Larger Thumbnails"),
        _KEY.ZoomIn,
        "",
        None,
        "",
    ),
    "smaller_thumbnails": (
        QT_TRANSLATE_NOOP("MainWindow", "&Smaller Thumbnails"),
        _KEY.ZoomOut,
        "",
        None,
        "",
    ),
    "fit_thumbnails": (
        QT_TRANSLATE_NOOP("MainWindow", "&Fit Thumbnails to Window"),
        "Ctrl+0",
        "",
        None,
        "",
    ),
    "find": (QT_TRANSLATE_NOOP("MainWindow", "&Find Groups…"), _KEY.Find, "", None, ""),
    "shortcuts_help": (
        QT_TRANSLATE_NOOP("MainWindow", "&Keyboard Shortcuts"),
        "Ctrl+/",
        "",
        None,
        "",
    ),
    "user_guide": (QT_TRANSLATE_NOOP("MainWindow", "User &Guide"), _KEY.HelpContents, "", None, ""),
    "about": (QT_TRANSLATE_NOOP("MainWindow", "&About Photo Dedup"), None, "", None, ""),
}


# Keys that act on the review (cards and group list) only: elsewhere (the similarity
# slider, the folder list, the compare page) ←/→/Space/Enter keep their usual meaning.
REVIEW_KEYS = (
    "next_photo",
    "previous_photo",
    "toggle_mark",
    "keep_current",
    "compare",
    "next_group",
    "previous_group",
)


def attach_review_shortcuts(acts: WindowActions, widgets: list[QWidget]) -> None:
    """Make the review keys work only while focus is in one of ``widgets``."""
    for name in REVIEW_KEYS:
        action: QAction = getattr(acts, name)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for widget in widgets:
            widget.addAction(action)


def _make(window: QMainWindow, name: str) -> QAction:
    text, shortcut, icon_name, fallback, short = _SPECS[name]
    action = QAction(_tr(text), window)
    if icon_name and fallback is not None:
        action.setIcon(_icon(window, icon_name, fallback))
    if short:
        action.setIconText(_tr(short))
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if name not in REVIEW_KEYS:
        window.addAction(action)
    return action


def create_actions(window: QMainWindow) -> WindowActions:
    """Create the actions (not yet connected)."""
    actions = {name: _make(window, name) for name in _SPECS}
    acts = WindowActions(**actions, recent_menu=QMenu(_tr("Recent &Folders"), window))
    acts.show_problems.setCheckable(True)
    acts.larger_thumbnails.setShortcuts([QKeySequence(_KEY.ZoomIn), QKeySequence("Ctrl+=")])
    acts.scan.setShortcuts([QKeySequence("Ctrl+R"), QKeySequence("F5")])  # F5: "refresh"
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
    edit.addActions([acts.undo, acts.history, acts.not_duplicates])
    edit.addSeparator()
    edit.addActions([acts.toggle_mark, acts.keep_current])
    edit.addSeparator()
    edit.addActions([acts.trash_lower, acts.trash_marked, acts.move_marked])
    view = bar.addMenu(_tr("&View"))
    view.addActions([acts.compare, acts.next_group, acts.previous_group])
    view.addActions([acts.next_photo, acts.previous_photo])
    view.addSeparator()
    view.addActions([acts.larger_thumbnails, acts.smaller_thumbnails, acts.fit_thumbnails])
    view.addSeparator()
    view.addActions([acts.find, acts.show_problems])
    help_menu = bar.addMenu(_tr("&Help"))
    help_menu.addActions([acts.user_guide, acts.shortcuts_help])
    help_menu.addSeparator()
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
