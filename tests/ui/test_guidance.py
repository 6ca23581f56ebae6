"""Guidance for a new user: the Getting started page (first start, no meeting),
its three ways in, Help ▸ User Guide and Help ▸ Keyboard Shortcuts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from briefing_app.db.models import Meeting
from briefing_app.services import library
from briefing_app.settings import Settings
from briefing_app.ui import guidance, workers
from briefing_app.ui.dialogs.new_meeting import NewMeetingDialog
from briefing_app.ui.main_window import MainWindow
from briefing_app.ui.views import library_view


@pytest.fixture(autouse=True)
def synchronous_pool():
    workers.set_default_pool(workers.SynchronousPool())
    yield
    workers.set_default_pool(None)


@pytest.fixture(autouse=True)
def no_modal_prompts(monkeypatch):
    monkeypatch.setattr(library_view, "ask_unsaved", lambda parent: "discard")


def _window(qtbot, db, first_start=False):
    window = MainWindow(db, Settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    guidance.maybe_welcome(window, first_start)
    return window


def test_an_empty_database_opens_on_getting_started(qtbot, db, monkeypatch):
    window = _window(qtbot, db)
    assert window.stack.currentWidget() is window.welcome
    assert window.nav.currentRow() == -1
    opened = []
    monkeypatch.setattr(NewMeetingDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    qtbot.mouseClick(window.welcome.create_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1  # File ▸ New Meeting…'s form
    assert window.stack.currentWidget() is window.views["meetings"]  # where a cancel leaves you


def test_a_database_with_meetings_opens_on_them_unless_first_start(qtbot, db):
    with db.session() as s, s.begin():
        s.add(Meeting(title="Courtesy call"))
    window = _window(qtbot, db)
    assert window.stack.currentWidget() is window.views["meetings"]
    first = _window(qtbot, db, first_start=True)
    assert first.stack.currentWidget() is first.welcome
    first.nav.setCurrentRow(1)  # clicking any part of the library leaves the page
    assert first.stack.currentWidget() is first.views["organizations"]
    first.actions["getting_started"].trigger()
    assert first.stack.currentWidget() is first.welcome


def test_look_at_the_demo_loads_it_into_a_fresh_database_and_opens_it(qtbot, db):
    window = _window(qtbot, db)
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    [meeting_id] = window.meeting_tabs
    assert window.tabs.currentWidget() is window.meeting_tabs[meeting_id]
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Roundtable 2022"
    assert window.views["meetings"].model.total() == 1
    window.actions["getting_started"].trigger()
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)  # again: no copy
    assert window.views["meetings"].model.total() == 1 and list(window.meeting_tabs) == [meeting_id]
    window.discard_changes_and_close()


def test_the_demo_never_slips_into_a_library_without_asking(qtbot, db, monkeypatch):
    with db.session() as s, s.begin():
        library.create(s, "organization", {"name_en": "Ministry of Commerce"})
    asked = []
    monkeypatch.setattr(guidance, "_ask_where_demo_goes", lambda w: asked.append(w) or "cancel")
    window = _window(qtbot, db)
    window.welcome.demo_button.click()
    assert asked and window.meeting_tabs == {}
    with db.session() as s:
        assert s.query(Meeting).count() == 0
    switched = []
    window.switch_database.connect(switched.append)
    monkeypatch.setattr(guidance, "_ask_where_demo_goes", lambda w: "separate")
    window.welcome.demo_button.click()
    from briefing_app import paths
    from briefing_app.db.migrate import open_database

    assert switched == [str(paths.demo_database_path())]
    demo = open_database(switched[0])
    with demo.session() as s:
        assert [m.title for m in s.query(Meeting)] == ["Roundtable 2022"]
    demo.dispose()
    monkeypatch.setattr(guidance, "_ask_where_demo_goes", lambda w: "add")
    window.welcome.demo_button.click()
    assert len(window.meeting_tabs) == 1
    window.discard_changes_and_close()


def test_user_guide_is_the_shipped_markdown_rendered(qtbot, db):
    window = _window(qtbot, db)
    assert window.actions["user_guide"].shortcut().toString() == "F1"
    dialog = guidance.open_user_guide(window)
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert text.startswith("Briefing App — user guide")
    assert "Export briefing set…" in text and "#" not in text.splitlines()[0]
    assert dialog.path.name == "user-guide.md"


def test_user_guide_in_chinese(qtbot, db, chinese_interface):
    window = _window(qtbot, db)
    dialog = guidance.open_user_guide(window)
    qtbot.addWidget(dialog)
    assert dialog.path.name == "user-guide.zh_CN.md"
    assert "用户指南" in dialog.browser.toPlainText()
    assert window.welcome.create_button.text() == "新建会议"


def test_keyboard_map_lists_the_real_shortcuts(qtbot, db):
    window = _window(qtbot, db)
    dialog = guidance.open_keyboard_map(window)
    qtbot.addWidget(dialog)
    rows = dict((action, keys) for keys, action in dialog.rows())
    assert rows["New Meeting"] == "Ctrl+N" and rows["New Record"] == "Ctrl+Shift+N"
    assert rows["Save"] == "Ctrl+S" and rows["Find"] == "Ctrl+F"
    assert rows["User Guide"] == "F1" and rows["Meetings"] == "Ctrl+1"
    assert rows["In the search box: clear the search"] == "Esc"
    undo = rows["Undo"].split(", ")
    assert undo[0] == "Ctrl+Z" and all("+" in keys for keys in undo)  # no bare "Undo" key
    window.actions["new"].setShortcut("Ctrl+Alt+R")  # the map follows the actions
    again = guidance.open_keyboard_map(window)
    qtbot.addWidget(again)
    assert dict((a, k) for k, a in again.rows())["New Record"] == "Ctrl+Alt+R"


def test_help_menu_holds_guide_keys_getting_started_and_about(qtbot, db):
    window = _window(qtbot, db)
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    texts = [a.text() for a in menus["&Help"].actions() if not a.isSeparator()]
    assert texts == [
        "&User Guide", "&Keyboard Shortcuts", "&Getting Started", "&About Briefing App"
    ]  # fmt: skip
    file_texts = [a.text() for a in menus["&File"].actions()]
    assert "&Import Data…" in file_texts and "E&xport Data…" in file_texts


def test_keyboard_map_leaves_out_bare_platform_keys(qapp):
    from PySide6.QtGui import QAction, QKeySequence

    from briefing_app.ui.dialogs.help_dialogs import shortcut_rows

    action = QAction("&Undo")
    action.setShortcuts([QKeySequence("Ctrl+Z"), QKeySequence("F14"), QKeySequence("Undo")])
    assert shortcut_rows({"undo": action}) == [("Ctrl+Z", "Undo")]
    action.setShortcuts([QKeySequence("F1")])
    assert shortcut_rows({"help": action}) == [("F1", "Undo")]


def test_the_app_opens_on_getting_started_at_its_first_start_only(qtbot, qapp, demo_db):
    from briefing_app.app import GuiSession

    session = GuiSession(qapp, Settings(), None)
    first = session.show(demo_db, first_start=True)
    qtbot.addWidget(first)
    assert first.stack.currentWidget() is first.welcome
    later = session.show(demo_db)
    qtbot.addWidget(later)
    assert later.stack.currentWidget() is later.views["meetings"]
    asked_for = session.show(demo_db, view="people", first_start=True)  # --view wins
    qtbot.addWidget(asked_for)
    assert asked_for.stack.currentWidget() is asked_for.views["people"]
