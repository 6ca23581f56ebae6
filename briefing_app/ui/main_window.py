"""The main window: navigation, the library views, meeting tabs, menus, search.

Views are created the first time they are shown, so start-up reads only the
meetings list. Meeting workspaces (part B's ``MeetingWorkspace``) open as
closable tabs beside the library (``MeetingTabs``, ``meeting_tabs.py``). Window
geometry and splitter positions are kept in ``ui.ini`` in the user data folder,
and closing asks the views and tabs first (``WindowLifecycle``,
``window_lifecycle.py``).

At a fast start (``ui/fast_start.py``) the window is first built *light*: what
the first paint shows (menus, toolbar, navigation, the meetings table with its
rows) and nothing else. ``complete_build`` adds the rest right after that paint
(the meetings' editor, search results, Getting started, backups, data
import/export, live updates, the fields' clear buttons), before the ORM is
loaded; the finished window looks as a window built in one go. What the first paint
runs leaves PySide's ``Qt`` namespace alone (``item_models/roles.py``). A menu command
reaching a view before then completes the window first (``current_view``); a light
view has no editor and nothing unsaved until it is completed. Modules only that
rest needs are imported inside the functions that build it.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from briefing_app import paths
from briefing_app.db.open import without_password
from briefing_app.ui.icons import icon
from briefing_app.ui.item_models.roles import UserRole
from briefing_app.ui.main_menus import build_menus
from briefing_app.ui.meeting_tabs import MeetingTabs
from briefing_app.ui.views.search_box import SearchBox
from briefing_app.ui.window_lifecycle import WindowLifecycle

VIEW_NAMES = ["meetings", "organizations", "people", "talking_points", "priorities"]
_KIND_VIEW = {
    "organization": "organizations",
    "person": "people",
    "talking_point": "talking_points",
    "priority": "priorities",
    "meeting": "meetings",
}


_VIEW_CLASSES = {
    "meetings": ("meetings", "MeetingsView"),
    "organizations": ("organizations", "OrganizationsView"),
    "people": ("people", "PeopleView"),
    "talking_points": ("talking_points", "TalkingPointsView"),
    "priorities": ("priorities", "PrioritiesView"),
}


def _view_class(name: str):
    """The view's class, its module imported only now (start-up builds only the meetings)."""
    module, cls = _VIEW_CLASSES[name]
    return getattr(importlib.import_module(f"briefing_app.ui.views.{module}"), cls)


class MainWindow(MeetingTabs, WindowLifecycle, QMainWindow):
    """Library views on the left/centre, meeting workspaces in tabs."""

    #: The user asked to work on another database (path or URL; "" = the default file).
    switch_database = Signal(str)

    def __init__(self, db, settings, parent=None, first_pages=()) -> None:
        super().__init__(parent)
        self.db, self.settings = db, settings
        #: Fast start (the engine is not made yet): ``finish_start`` does the rest of the
        #: start after the first paint. Decided once, here, before any view reads.
        self.deferred_start = not db.is_open
        #: Fast start: views' first pages read without SQLAlchemy (services.first_page).
        self._first_pages = {page.kind: page for page in first_pages}
        self.setObjectName("MainWindow")
        self.setWindowTitle(self._title())
        self.undo_stack = QUndoStack(self)  # the library's edits
        self.undo_group = QUndoGroup(self)  # Edit ▸ Undo/Redo follow the tab shown
        self.undo_group.addStack(self.undo_stack)
        self.undo_group.setActiveStack(self.undo_stack)
        self.views: dict[str, QWidget] = {}
        self.current_name: str | None = None
        self.meeting_tabs: dict[int, QWidget] = {}
        #: Built light (a fast start with meetings to show): ``complete_build`` after the
        #: first paint. Getting started is not needed then (there are meetings).
        meetings = self._first_pages.get("meeting")
        self.light = self.deferred_start and meetings is not None and meetings.total > 0
        self.completed = False
        self._build()
        self.actions = build_menus(self)
        if db.capabilities.read_only:
            for name in ("new_meeting", "new", "save", "delete"):
                self.actions[name].setEnabled(False)
        if not self.light:
            self.complete_build()
        self._restore_state()
        self.show_view("meetings")

    def complete_build(self) -> None:
        """What the first paint does not show: search results, Getting started, backups,
        data import/export, live updates, the views' editors. At once for a window built
        in one go; after the first paint for a light one (``finish_start``)."""
        if self.completed:
            return
        self.completed = True
        from briefing_app.ui.views.search_results import SearchResultsView

        self.results = SearchResultsView(self.db, self.stack)
        self.results.open_record.connect(self.open_record)
        self.stack.addWidget(self.results)
        self.search_box.query_changed.connect(self.run_search)
        self.search_box.go_down.connect(self.results.focus_first)
        self.search_box.setClearButtonEnabled(True)
        from briefing_app.ui.safety_actions import attach_safety

        attach_safety(self)  # File ▸ Backups…/Check Database…, automatic backups, warnings
        from briefing_app.ui.guidance import attach_guidance

        attach_guidance(self)  # Getting started page, Help ▸ User Guide…, File ▸ Import Data…
        from briefing_app.ui.search_indexing import attach_search_indexing

        attach_search_indexing(self)  # a large import's records: indexed for search now
        from briefing_app.ui.live_updates import attach_live_updates

        self.live_updates = attach_live_updates(self)  # others' changes appear within seconds
        for view in self.views.values():
            view.complete()
        if self.search_box.text():  # typed before this: search now
            self.search_box.query_changed.emit(self.search_box.text().strip())

    def finish_start(self) -> None:
        """Fast start, once the window is painted: complete a light window, load the ORM
        (the database makes its engine) and show the current view's first record, as a
        normal start does."""
        self.complete_build()
        self.deferred_start = False
        self.db.open()
        view = self.current_view()
        if hasattr(view, "open_first_if_none"):
            view.open_first_if_none()
            view.table.setFocus()

    def _title(self) -> str:
        where = self.db.path.name if self.db.path else without_password(self.db.url)
        return self.tr("Briefing App — {database}").format(database=where)

    # -- layout ----------------------------------------------------------------
    def _build(self) -> None:
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setMinimumWidth(150)
        for name, text in self._nav_labels().items():
            item = QListWidgetItem(icon(name), text)
            item.setData(UserRole, name)
            self.nav.addItem(item)
        self.nav.currentItemChanged.connect(self._on_nav)
        self.stack = QStackedWidget(self)
        self.search_box = SearchBox(self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.tabCloseRequested.connect(self._close_tab)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.tabs.addTab(self.stack, icon("organizations"), self.tr("Library"))
        self.tabs.tabBar().setTabButton(0, self.tabs.tabBar().ButtonPosition.RightSide, None)
        self.splitter = QSplitter(parent=self)  # horizontal (QSplitter(self): see roles.py)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([170, 1100])
        self.setCentralWidget(self._with_banner(self.splitter))
        toolbar = self.addToolBar(self.tr("Search"))
        toolbar.setObjectName("toolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(20, 20))
        self.toolbar = toolbar
        self.db_label = QLabel(str(self.db.path or without_password(self.db.url)), self)
        self.statusBar().addPermanentWidget(self.db_label)

    def _with_banner(self, content: QWidget) -> QWidget:
        """Above everything, why the database is read-only (when it is)."""
        if not self.db.capabilities.read_only:
            return content
        try:
            from briefing_app.ui.startup import banner_text
        except ImportError:
            return content
        text = banner_text(self.db)
        if not text:
            return content
        holder = QWidget(self)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        self.banner = QLabel(text, holder)
        self.banner.setObjectName("read_only_banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff4c2; color: #5c4400; padding: 6px 10px;")
        box.addWidget(self.banner)
        box.addWidget(content, 1)
        return holder

    def _nav_labels(self) -> dict[str, str]:
        return {
            "meetings": self.tr("Meetings"),
            "organizations": self.tr("Organizations"),
            "people": self.tr("People"),
            "talking_points": self.tr("Talking points"),
            "priorities": self.tr("Priorities"),
        }

    # -- views -----------------------------------------------------------------
    def view(self, name: str):
        """The library view ``name``, created on first use."""
        if name not in self.views:
            cls = _view_class(name)
            page = self._first_pages.pop(cls.KIND, None)
            light = not self.completed  # its editor built by complete_build
            view = cls(self.db, self.undo_stack, self.stack, first_page=page, light=light)
            view.status.connect(self.show_status)
            view.data_changed.connect(self._on_data_changed)
            if hasattr(view, "open_meeting"):
                view.open_meeting.connect(self.open_meeting)
                view.settings = self.settings
            self._restore_splitter(view.splitter)
            self.stack.addWidget(view)
            self.views[name] = view
        return self.views[name]

    def current_view(self):
        self.complete_build()  # a menu command before the first paint was followed
        if self.tabs.currentIndex() != 0:
            return self.tabs.currentWidget()
        return self.stack.currentWidget()

    def show_view(self, name: str) -> None:
        """Show a library view by name ("people", "talking-points"...)."""
        name = name.replace("-", "_").lower()
        if name not in VIEW_NAMES:
            self.show_status(self.tr("Unknown view “{name}”").format(name=name))
            return
        self.nav.setCurrentRow(VIEW_NAMES.index(name))

    def _on_nav(self, current, previous) -> None:
        if current is None:
            return
        name = current.data(UserRole)
        if not self._leave_current(name):
            self.nav.blockSignals(True)
            self.nav.setCurrentItem(previous)
            self.nav.blockSignals(False)
            return
        self._show(name)

    def _leave_current(self, name: str) -> bool:
        """The guard: the view being left may keep the user (unsaved edits)."""
        old = self.views.get(self.current_name)
        return old is None or self.current_name == name or old.maybe_leave()

    def _show(self, name: str) -> None:
        view = self.view(name)
        if view.stale:
            view.reload()
        view.refresh_choices()
        self.current_name = name
        self.stack.setCurrentWidget(view)
        self.tabs.setCurrentIndex(0)
        if not self.deferred_start:  # else finish_start does it, after the first paint
            view.open_first_if_none()
            view.table.setFocus()  # selects a row if none is: that reads the record
        self.show_status(view.title())

    def run_search(self, query: str) -> None:
        """Search as the user types; an empty query goes back to the current view."""
        if not query:
            if self.current_name:
                self.stack.setCurrentWidget(self.view(self.current_name))
            return
        results = self.results.show_results(query)
        self.stack.setCurrentWidget(self.results)
        self.tabs.setCurrentIndex(0)
        self.show_status(self.tr("Search: {n} found").format(n=results.total()))

    def _on_data_changed(self, kind: str) -> None:
        """A change in one view may show in others (people of a deleted organization...)."""
        current = self.stack.currentWidget()
        for view in self.views.values():
            if view is not current:
                view.stale = True
        if kind in ("meeting", "organization", "person"):
            self.sync_meeting_tabs()

    def open_record(self, kind: str, record_id: int) -> None:
        """Show the record's view and load it into the editor (from search results);
        a meeting opens in its workspace."""
        if kind == "meeting":
            self.open_meeting(record_id)
            return
        name = _KIND_VIEW[kind]
        view = self.view(name)
        if not self._leave_current(name) or not view.maybe_leave():
            return
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(VIEW_NAMES.index(name))
        self.nav.blockSignals(False)
        self._show(name)
        view.open_record(record_id)
        view.table.setFocus()

    # -- actions used by the menus -----------------------------------------------
    def new_meeting(self) -> None:
        """File ▸ New Meeting…: the whole meeting in one dialog; it opens once created."""
        self.view("meetings").new_record()

    def new_record(self) -> None:
        view = self.current_view()
        if hasattr(view, "new_record"):
            view.new_record()

    def save(self) -> None:
        view = self.current_view()
        if hasattr(view, "save"):
            view.save()

    def delete_record(self) -> None:
        view = self.current_view()
        if hasattr(view, "delete_current"):
            view.delete_current()

    def show_history(self) -> None:
        """Edit ▸ History…: who changed the open record, or the meeting of the tab shown."""
        view = self.current_view()
        if hasattr(view, "show_history"):
            view.show_history()

    def focus_search(self) -> None:
        self.search_box.focus()

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def open_preferences(self) -> None:
        from briefing_app.ui.dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self.db, self)
        if dialog.exec() and dialog.database_changed():
            self.switch_database.emit(self.settings.database)

    def open_another_database(self) -> None:
        """Pick a database file (new or existing) and switch to it."""
        from briefing_app.ui.dialogs.preferences import ask_database_file

        start = str(self.db.path.parent if self.db.path else paths.user_data_dir())
        path = ask_database_file(self, start)
        if path:
            self.switch_database.emit(path)
