"""Menus, toolbar buttons and shortcuts of the main window (standard key sequences)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QSizePolicy, QWidget

from briefing_app import __version__
from briefing_app.ui.icons import icon
from briefing_app.ui.views.common import tr


def _action(window, text: str, slot, shortcut=None, icon_name: str = "") -> QAction:
    action = QAction(icon(icon_name) if icon_name else QIcon(), text, window)
    if shortcut is not None:  # one shortcut (setShortcut's overloads would create the
        action.setShortcuts([QKeySequence(shortcut)])  # Qt namespace: item_models/roles.py)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def build_menus(window) -> dict[str, QAction]:
    """Create File / Edit / View / Help menus and the toolbar; return actions by name."""
    keys = QKeySequence.StandardKey
    actions = {
        "new_meeting": _action(
            window, tr("New &Meeting…"), window.new_meeting, keys.New, "meetings"
        ),
        "new": _action(window, tr("&New Record"), window.new_record, "Ctrl+Shift+N", "new"),
        "save": _action(window, tr("&Save"), window.save, keys.Save, "save"),
        "delete": _action(window, tr("&Delete…"), window.delete_record, None, "delete"),
        "open_db": _action(
            window, tr("Open Another &Database…"), window.open_another_database, keys.Open, "open"
        ),
        "preferences": _action(
            window, tr("&Preferences…"), window.open_preferences, keys.Preferences, "preferences"
        ),
        "quit": _action(window, tr("&Quit"), window.close, keys.Quit),
        "find": _action(window, tr("&Find…"), window.focus_search, keys.Find, "search"),
        "history": _action(window, tr("&History…"), window.show_history, "Ctrl+Shift+H"),
        "about": _action(window, tr("&About Briefing App"), lambda: _about(window)),
    }
    if actions["preferences"].shortcut().isEmpty():
        actions["preferences"].setShortcuts([QKeySequence("Ctrl+,")])
    if actions["quit"].shortcut().isEmpty():
        actions["quit"].setShortcuts([QKeySequence("Ctrl+Q")])
    undo = window.undo_group.createUndoAction(window, tr("&Undo"))
    undo.setShortcuts(keys.Undo)
    undo.setIcon(icon("undo"))
    redo = window.undo_group.createRedoAction(window, tr("&Redo"))
    redo.setShortcuts(keys.Redo)
    redo.setIcon(icon("redo"))
    actions |= {"undo": undo, "redo": redo}
    _fill_menus(window, actions)
    _fill_toolbar(window, actions)
    return actions


def _fill_menus(window, actions: dict[str, QAction]) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu(tr("&File"))
    for name in ("new_meeting", "new", "save", None, "open_db", "preferences", None, "quit"):
        file_menu.addSeparator() if name is None else file_menu.addAction(actions[name])
    edit_menu = bar.addMenu(tr("&Edit"))
    for name in ("undo", "redo", None, "delete", None, "history", "find"):
        edit_menu.addSeparator() if name is None else edit_menu.addAction(actions[name])
    view_menu = bar.addMenu(tr("&View"))
    for number, (name, label) in enumerate(window._nav_labels().items(), start=1):
        action = _action(window, label, lambda n=name: window.show_view(n), f"Ctrl+{number}", name)
        view_menu.addAction(action)
        actions[f"view_{name}"] = action
    help_menu = bar.addMenu(tr("&Help"))
    help_menu.addAction(actions["about"])


def _fill_toolbar(window, actions: dict[str, QAction]) -> None:
    toolbar = window.toolbar
    for name in ("new", "save", "delete", None, "undo", "redo"):
        toolbar.addSeparator() if name is None else toolbar.addAction(actions[name])
    spacer = QWidget(toolbar)
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    toolbar.addWidget(spacer)
    toolbar.addWidget(window.search_box)


def _about(window) -> None:
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.about(
        window,
        tr("About Briefing App"),
        tr(
            "Briefing App {version}\n\nBriefing packs and participant lists for protocol staff."
        ).format(version=__version__),
    )
