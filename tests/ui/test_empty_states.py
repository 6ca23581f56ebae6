"""Empty states: an empty library table says how to add the first record, a
filter that hides every row says so, and a greyed-out form says what to do."""

from __future__ import annotations

import pytest

from briefing_app.services import library
from briefing_app.settings import Settings
from briefing_app.ui.main_window import VIEW_NAMES, MainWindow
from briefing_app.ui.views import library_view


@pytest.fixture(autouse=True)
def no_modal_prompts(monkeypatch):
    monkeypatch.setattr(library_view, "ask_unsaved", lambda parent: "discard")


@pytest.fixture
def window(qtbot, db):
    win = MainWindow(db, Settings())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_every_empty_view_says_what_to_do_next(window):
    for name in VIEW_NAMES:
        view = window.view(name)
        window.show_view(name)
        hint = view.empty_state.table_hint
        keys = "New Meeting… (Ctrl+N)" if name == "meetings" else "New (Ctrl+Shift+N)"
        assert hint.isVisible() and keys in hint.text(), name
        assert not view.table.isVisible()
        assert view.empty_state.editor_hint.isVisible()
        assert "New (Ctrl+Shift+N)" in view.empty_state.editor_hint.text()
    people = window.view("people").empty_state.table_hint.text()
    assert "Add their organizations first" in people


def test_hints_follow_new_records_selection_and_the_filter(qtbot, window, db):
    window.show_view("organizations")
    view = window.views["organizations"]
    window.actions["new"].trigger()  # New Record
    assert not view.empty_state.editor_hint.isVisible()  # the form is open: no hint
    view.editor.widgets["name_en"].edit.setText("Ministry of Commerce")
    view.editor.widgets["name_en"].changed.emit()
    window.actions["save"].trigger()
    assert view.model.total() == 1
    assert view.table.isVisible() and not view.empty_state.table_hint.isVisible()
    qtbot.keyClicks(view.filter_edit, "zzz")
    expected = "No row matches “zzz”. Clear the filter to see all."
    assert view.empty_state.table_hint.text() == expected
    view.filter_edit.clear()
    assert not view.empty_state.table_hint.isVisible()
    window.actions["undo"].trigger()  # the organization goes again
    assert view.model.total() == 0
    assert view.empty_state.table_hint.isVisible() and not view.table.isVisible()


def test_a_greyed_out_form_beside_records_says_select_or_new(qtbot, db):
    with db.session() as s, s.begin():
        library.create(s, "priority", {"title": "Outreach"})
    win = MainWindow(db, Settings())
    qtbot.addWidget(win)
    win.show()
    win.show_view("priorities")
    view = win.views["priorities"]
    hint = view.empty_state.editor_hint
    assert view.editor.isEnabled() and not hint.isVisible()  # the first record is open
    view.editor.record_id = None  # as after a restore: no record open, the form greyed out
    view.revert()
    assert not view.editor.isEnabled()
    assert hint.isVisible() and hint.text().startswith("Select a row on the left")
    view.open_first_if_none()
    assert view.editor.isEnabled() and not hint.isVisible()


def test_read_only_views_do_not_suggest_new(qtbot, db):
    db.read_only = True
    win = MainWindow(db, Settings())
    qtbot.addWidget(win)
    view = win.view("organizations")
    view.show()
    assert view.empty_state.table_hint.text() == "Nothing recorded here yet."
    assert not view.empty_state.editor_hint.isVisible()
