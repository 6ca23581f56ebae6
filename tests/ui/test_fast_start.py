"""The fast start: the main window is shown with its meetings before SQLAlchemy is
imported, and the app works normally afterwards (real process, real file)."""

from __future__ import annotations

import dataclasses
import json
import os
import socket
import subprocess
import sys

from PySide6.QtCore import Qt

from briefing_app.services.first_page import meetings_first_page
from briefing_app.settings import Settings
from briefing_app.ui.item_models.library_table import LibraryTableModel

# Runs the real start (run_gui), recording what was loaded when the window was shown and
# first painted; after the start has finished, opens a meeting and edits a record.
FAST_START = r"""
import json, sys
from briefing_app import app as gui
from briefing_app.ui import fast_start, main_window

fast_start.LATEST_MS = 60_000  # the rest of the start must follow the paint, not the fallback

seen = {}

def rows(window):
    return window.views["meetings"].model.rowCount()

show = gui.GuiSession.show
def recording_show(self, *args, **kwargs):
    window = show(self, *args, **kwargs)
    seen["shown"] = {"orm": "sqlalchemy" in sys.modules, "rows": rows(window),
                     "open": window.db.is_open}
    return window
gui.GuiSession.show = recording_show

LATER = %r

finish = main_window.MainWindow.finish_start
def recording_finish(window):
    seen["painted"] = {"orm": "sqlalchemy" in sys.modules, "rows": rows(window),
                       "editor": window.views["meetings"].editor is not None,
                       "later": sorted(m for m in LATER if m in sys.modules)}
    finish(window)
    from PySide6.QtCore import QTimer
    QTimer.singleShot(0, lambda: use(window))
main_window.MainWindow.finish_start = recording_finish

def use(window):
    view = window.views["meetings"]
    meeting_id = view.model.id_at(0)
    seen["editor"] = view.editor.record_id  # the first meeting, as a normal start shows
    seen["menus"] = menu_texts(window)
    seen["gc"] = __import__("gc").isenabled()  # paused for the start only
    view.editor.widgets["city"].set_value("Shanghai")
    seen["saved"] = view.save()
    window.open_meeting(meeting_id)
    seen["tabs"] = window.tabs.count()
    seen["autobackup"] = window.autobackup.listening
    seen["check"] = gui_session.check_task is not None
    window.discard_changes_and_close()

def menu_texts(window):
    return [[a.text() for a in entry.menu().actions()] for entry in window.menuBar().actions()]

init = gui.GuiSession.__init__
def keep(self, *args):
    global gui_session
    init(self, *args)
    gui_session = self
gui.GuiSession.__init__ = keep
code = gui.run_gui(sys.argv[1])
print(json.dumps(seen))
sys.exit(code)
"""


#: Built after the first paint of a fast start (the light window), not before.
AFTER_FIRST_PAINT = [
    "briefing_app.ui.views.record_editor", "briefing_app.ui.views.fields",
    "briefing_app.ui.views.empty_state", "briefing_app.ui.views.search_results",
    "briefing_app.ui.guidance", "briefing_app.ui.data_actions", "briefing_app.ui.safety_actions",
    "briefing_app.ui.live_updates", "briefing_app.ui.workers", "briefing_app.ui.search_indexing",
    "briefing_app.services.library_fields",
]  # fmt: skip
FAST_START = FAST_START.replace("%r", repr(AFTER_FIRST_PAINT))

FIRST_PAINT_MODULES = [
    "briefing_app.app", "briefing_app.ui.fast_start", "briefing_app.ui.main_window",
    "briefing_app.ui.views.meetings", "briefing_app.ui.views.library_view",
    "briefing_app.ui.views.record_editor", "briefing_app.ui.views.search_box",
    "briefing_app.ui.views.search_results", "briefing_app.ui.main_menus",
    "briefing_app.ui.workers", "briefing_app.ui.safety_actions", "briefing_app.ui.autobackup",
    "briefing_app.ui.item_models.library_table", "briefing_app.services.quick_open",
    "briefing_app.services.first_page",
]  # fmt: skip


def test_first_paint_modules_do_not_import_sqlalchemy():
    code = "import importlib, sys\n"
    code += "".join(f"importlib.import_module({m!r})\n" for m in FIRST_PAINT_MODULES)
    code += "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')))"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def _run_fast_start(path, home):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "BRIEFING_APP_HOME": str(home)}
    done = subprocess.run(
        [sys.executable, "-c", FAST_START, str(path)],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_window_is_shown_with_meetings_before_sqlalchemy(qtbot, demo_db, app_home):
    path = demo_db.path
    demo_db.dispose()
    seen = _run_fast_start(path, app_home)
    assert seen["shown"] == {"orm": False, "rows": 1, "open": False}
    # The light window: the editor and the rest are built after the first paint.
    assert seen["painted"] == {"orm": False, "rows": 1, "editor": False, "later": []}
    assert seen["editor"] is not None and seen["saved"] is True
    assert seen["tabs"] == 2  # the library and the meeting's workspace
    assert seen["autobackup"] is True and seen["check"] is True and seen["gc"] is True
    from briefing_app.db.migrate import open_database
    from briefing_app.services import library
    from briefing_app.ui.main_window import MainWindow

    db = open_database(str(path))
    with db.session() as s:
        assert library.get_values(s, "meeting", seen["editor"])["city"] == "Shanghai"
    whole = MainWindow(db, Settings())  # built in one go, as a full open does
    assert seen["menus"] == [
        [a.text() for a in e.menu().actions()] for e in whole.menuBar().actions()
    ]
    whole.discard_changes_and_close()
    db.dispose()
    assert not path.with_name(path.name + ".lock").exists()  # released on quit


def test_model_uses_the_first_page_once(qtbot, db):
    from briefing_app.db.models import Meeting

    with db.session() as s, s.begin():
        s.add_all(Meeting(title=f"M{i}", status="planned") for i in range(3))
    page = meetings_first_page(db.path, 2)  # deliberately short: the rest comes from SQL
    model = LibraryTableModel(db, "meeting", ["a"] * 5, load=False, first_page=page)
    model.sort(0)  # what the view's sorting does first: uses the page
    assert model.rowCount() == 2 and model.total() == 3
    model.sort(0, Qt.SortOrder.AscendingOrder)  # the view turning its sorting on: no reload
    assert model.rowCount() == 2
    model.fetchMore()
    assert model.rowCount() == 3  # the next page through library_lists
    with db.session() as s, s.begin():
        s.add(Meeting(title="added later", status="planned"))
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.total() == 4 and model.rowCount() == 4  # later loads read the database


def test_first_page_not_used_for_another_order(qtbot, db):
    from briefing_app.db.models import Meeting

    with db.session() as s, s.begin():
        s.add_all(Meeting(title=f"M{i}", status="planned") for i in range(3))
    page = meetings_first_page(db.path, 1)
    model = LibraryTableModel(db, "meeting", ["a"] * 5, load=False, first_page=page)
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == 3 and model.data(model.index(0, 1)) == "M2"


def test_main_window_shows_the_given_first_page_without_opening_the_engine(qtbot, db):
    from briefing_app.services.first_page import FirstPage
    from briefing_app.services.list_rows import ListRow
    from briefing_app.services.quick_open import quick_open
    from briefing_app.ui.main_window import MainWindow

    path = db.path
    db.dispose()
    lazy = quick_open(str(path))
    assert lazy is not None and not lazy.is_open
    page = FirstPage("meeting", 5, [ListRow(999, 1, (None, "Preloaded", "", "", "planned"))])
    window = MainWindow(lazy, Settings(), first_pages=[page])
    qtbot.addWidget(window)
    model = window.views["meetings"].model
    assert (model.rowCount(), model.id_at(0), model.total()) == (1, 999, 5)
    assert window.deferred_start and not lazy.is_open  # nothing read through SQLAlchemy
    window.close()
    lazy.dispose()


def _light_window(db, rows=1):
    """A main window as a fast start builds it for its first paint (engine not made)."""
    from briefing_app.services.first_page import FirstPage
    from briefing_app.services.list_rows import ListRow
    from briefing_app.services.quick_open import quick_open
    from briefing_app.ui.main_window import MainWindow

    path = db.path
    db.dispose()
    lazy = quick_open(str(path))
    page = FirstPage("meeting", rows, [ListRow(999, 1, (None, "Preloaded", "", "", "planned"))])
    return MainWindow(lazy, Settings(), first_pages=[page]), lazy


def test_a_menu_command_before_the_first_paint_completes_the_window(qtbot, db):
    window, lazy = _light_window(db)
    qtbot.addWidget(window)
    view = window.views["meetings"]
    assert window.light and view.editor is None and "backups" not in window.actions
    assert not view.has_unsaved_changes() and view.maybe_leave()  # nothing to lose yet
    window.actions["history"].trigger()  # Ctrl+Shift+H right after the window appears
    assert window.completed and view.editor is not None and "backups" in window.actions
    assert window.statusBar().currentMessage() == "Open a record to see its history."
    window.close()
    lazy.dispose()


def test_roles_are_qts():
    from briefing_app.ui.item_models import roles

    role = Qt.ItemDataRole
    assert (roles.DisplayRole, roles.EditRole, roles.ToolTipRole, roles.UserRole) == (
        role.DisplayRole, role.EditRole, role.ToolTipRole, role.UserRole
    )  # fmt: skip


def test_a_light_view_is_painted_with_a_snapshot_of_its_rows(qtbot, db):
    """What the table shows before the window is completed: the model's rows as text
    (held by Qt: no Python is called to paint them); then the model, sorted on its column."""
    from briefing_app.services.first_page import FirstPage
    from briefing_app.services.list_rows import ListRow
    from briefing_app.services.quick_open import quick_open
    from briefing_app.ui.main_window import MainWindow

    path = db.path
    db.dispose()
    lazy = quick_open(str(path))
    rows = [ListRow(900 + i, 1, (None, f"Meeting {i}", "Beijing", "", "planned")) for i in range(3)]
    window = MainWindow(lazy, Settings(), first_pages=[FirstPage("meeting", 3, rows)])
    qtbot.addWidget(window)
    view = window.views["meetings"]
    table, model = view.table, view.model

    def shown() -> list[list[str]]:
        shows = table.model()
        return [[shows.index(r, c).data() for c in range(5)] for r in range(shows.rowCount())]

    def headers() -> list[str]:
        shows = table.model()
        return [shows.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]

    snapshot = shown()
    assert table.model() is not view.proxy
    assert snapshot == [[model.index(r, c).data() for c in range(5)] for r in range(3)]
    assert snapshot[1] == ["", "Meeting 1", "Beijing", "", "Planned"]
    assert headers() == [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert not table.isSortingEnabled()
    window.complete_build()
    assert table.model() is view.proxy and shown() == snapshot and table.isSortingEnabled()
    header = table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        0, Qt.SortOrder.AscendingOrder
    )  # fmt: skip
    view.filter_edit.setText("meeting 2")  # the filter ignores case
    assert view.proxy.rowCount() == 1
    window.close()
    lazy.dispose()


def test_a_light_window_closes_before_it_is_completed(qtbot, db):
    window, lazy = _light_window(db)
    qtbot.addWidget(window)
    assert window.close() and not window.completed
    lazy.dispose()


def test_no_meeting_means_no_light_window(qtbot, db):
    """Getting started is shown when there is no meeting: the window is built whole."""
    window, lazy = _light_window(db, rows=0)
    qtbot.addWidget(window)
    assert not window.light and window.completed and window.views["meetings"].editor is not None
    window.close()
    lazy.dispose()


def test_a_locked_database_takes_the_full_open(qapp, db, monkeypatch):
    """The fast path steps aside; the full open (which asks the user) runs as before."""
    from briefing_app import app
    from briefing_app.services import lock

    path = db.path
    db.dispose()
    alive = lock.LockInfo(os.getppid(), socket.gethostname(), "someone", "2025-01-01T10:00")
    lock.lock_path(path).write_text(json.dumps(dataclasses.asdict(alive)))
    calls = []
    monkeypatch.setattr(app, "open_for_gui", lambda *args, **kw: calls.append(args))
    assert app._run(qapp, Settings(), str(path), False, None, None, None) == 2
    assert calls == [(str(path),)]
    assert lock.read_lock(lock.lock_path(path)) == alive  # not touched
