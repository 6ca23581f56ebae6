"""Guidance for a new user, attached to the main window in one call:
``attach_guidance(window)``.

- the Getting started page (``views/welcome.py``), shown on the app's first
  start and whenever the database has no meeting, and from Help ▸ Getting Started;
- Help ▸ User Guide (F1) and Help ▸ Keyboard Shortcuts;
- File ▸ Import Data… / Export Data… (``data_actions.py``).
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from briefing_app.ui.data_actions import attach_data_actions
from briefing_app.ui.views.common import show_error, tr
from briefing_app.ui.views.welcome import WelcomePage


def attach_guidance(window, pool=None) -> None:
    """Welcome page, Help menu entries and the data import/export of ``window``."""
    attach_data_actions(window, pool)
    page = window.welcome = WelcomePage(window.stack)
    page.set_read_only(window.db.capabilities.read_only)
    window.stack.addWidget(page)
    page.create_meeting.connect(lambda: create_meeting(window))
    page.show_demo.connect(lambda: show_demo(window))
    page.import_data.connect(window.data_transfer.ask_import)
    page.open_guide.connect(lambda: open_user_guide(window))
    _help_actions(window)


def _help_actions(window) -> None:
    guide = QAction(tr("&User Guide"), window)
    guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    if guide.shortcut().isEmpty():
        guide.setShortcut(QKeySequence("F1"))
    guide.triggered.connect(lambda _checked=False: open_user_guide(window))
    keys = QAction(tr("&Keyboard Shortcuts"), window)
    keys.triggered.connect(lambda _checked=False: open_keyboard_map(window))
    start = QAction(tr("&Getting Started"), window)
    start.triggered.connect(lambda _checked=False: show_welcome(window))
    window.actions |= {"user_guide": guide, "keyboard_map": keys, "getting_started": start}
    menu = _menu_holding(window, window.actions["about"])
    if menu is not None:
        menu.insertActions(window.actions["about"], [guide, keys, start])
        menu.insertSeparator(window.actions["about"])


def _menu_holding(window, action) -> QMenu | None:
    for entry in window.menuBar().actions():
        menu = entry.menu()
        if menu is not None and action in menu.actions():
            return menu
    return None


# -- the Getting started page ---------------------------------------------------------------
def maybe_welcome(window, first_start: bool = False) -> bool:
    """Show Getting started on the app's first start or when there is no meeting."""
    meetings = window.view("meetings")
    if first_start or meetings.model.total() == 0:
        show_welcome(window)
        return True
    return False


def show_welcome(window) -> None:
    if not window._leave_current("welcome"):
        return
    window.tabs.setCurrentIndex(0)
    window.stack.setCurrentWidget(window.welcome)
    window.nav.blockSignals(True)
    window.nav.setCurrentRow(-1)  # clicking any part of the library leaves the page
    window.nav.blockSignals(False)
    window.current_name = None
    window.welcome.create_button.setFocus()  # Enter creates a meeting; shortcuts work at once
    window.show_status(window.welcome.title())


def create_meeting(window) -> None:
    """File ▸ New Meeting…: the whole meeting in one form; it opens once created."""
    window.show_view("meetings")  # where the meeting is listed (and a cancel leaves you)
    action = window.actions.get("new_meeting")
    if action is not None:
        action.trigger()
    else:
        window.view("meetings").new_record()


def show_demo(window) -> None:
    """Open the demo meeting: loaded into this database if it is fresh; otherwise the
    user chooses between adding it and a database of its own."""
    from briefing_app.services.demo import demo_meeting_id, library_is_empty, load_demo

    db = window.db
    with db.session() as s:
        meeting_id, fresh = demo_meeting_id(s), library_is_empty(s)
    if meeting_id is None and not fresh:
        choice = _ask_where_demo_goes(window)
        if choice == "separate":
            _switch_to_demo_database(window)
            return
        if choice != "add":
            return
    if meeting_id is None:
        if db.capabilities.read_only:
            window.show_status(tr("The database is open read-only: the demo cannot be added."))
            return
        with db.session() as s, s.begin():
            load_demo(s)
            meeting_id = demo_meeting_id(s)
        _reload_views(window)
    window.show_view("meetings")
    window.open_meeting(meeting_id)


def _ask_where_demo_goes(window) -> str:
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Look at the demo"))
    box.setText(tr("This database already holds your own organizations and people."))
    box.setInformativeText(
        tr(
            "Open the demo in a database of its own (your data stays as it is; File ▸ "
            "Open Another Database… brings you back), or add the demo meeting with its "
            "organizations, people and talking points to this database?"
        )
    )
    separate = box.addButton(tr("Open a Demo Database"), QMessageBox.ButtonRole.AcceptRole)
    add = box.addButton(tr("Add to This Database"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(separate)
    box.exec()
    return {separate: "separate", add: "add"}.get(box.clickedButton(), "cancel")


def _switch_to_demo_database(window) -> None:
    from briefing_app import paths
    from briefing_app.db.migrate import open_database
    from briefing_app.errors import UserError
    from briefing_app.services.demo import load_demo

    path = paths.demo_database_path()
    try:
        demo = open_database(str(path))
        try:
            with demo.session() as s, s.begin():
                load_demo(s)
        finally:
            demo.dispose()
    except (UserError, OSError) as exc:
        show_error(window, tr("Look at the demo"), str(exc))
        return
    window.switch_database.emit(str(path))


def _reload_views(window) -> None:
    for view in window.views.values():
        view.stale = True
    meetings = window.views.get("meetings")
    if meetings is not None:
        meetings.reload()
        meetings.stale = False


# -- help ---------------------------------------------------------------------------------
def open_user_guide(window):
    from briefing_app.ui.dialogs.help_dialogs import UserGuideDialog

    dialog = UserGuideDialog(window)
    dialog.open()
    return dialog


def open_keyboard_map(window):
    from briefing_app.ui.dialogs.help_dialogs import KeyboardMapDialog

    dialog = KeyboardMapDialog(window.actions, window)
    dialog.open()
    return dialog
