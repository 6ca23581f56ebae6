"""The main window: navigation, search (Chinese too), meeting tabs, menus,
remembered geometry, the close guard, and the screenshot mode of ``run_gui``."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel

from briefing_app import paths
from briefing_app.db.models import Meeting
from briefing_app.services import library
from briefing_app.settings import Settings
from briefing_app.ui.main_window import VIEW_NAMES, MainWindow
from briefing_app.ui.views import library_records, library_view
from briefing_app.ui.window_lifecycle import ui_settings


def _seed(db) -> dict:
    with db.session() as s, s.begin():
        org = library.create(
            s, "organization", {"name_en": "Ministry of Commerce", "name_zh": "商务部"}
        ).id
        person = library.create(
            s, "person", {"organization_id": org, "family_name": "Liu", "native_name": "刘华"}
        ).id
        meeting = Meeting(title="Roundtable 2022", city="Beijing")
        s.add(meeting)
        s.flush()
        return {"org": org, "person": person, "meeting": meeting.id}


@pytest.fixture(autouse=True)
def no_modal_prompts(monkeypatch):
    """Closing a window with unsaved edits asks; in tests the answer is "discard"."""
    monkeypatch.setattr(library_view, "ask_unsaved", lambda parent: "discard")


@pytest.fixture
def window(qtbot, db):
    win = MainWindow(db, Settings())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_starts_on_meetings_and_creates_other_views_on_demand(window):
    assert list(window.views) == ["meetings"]
    assert window.stack.currentWidget() is window.views["meetings"]
    for number, name in enumerate(VIEW_NAMES, start=1):
        window.actions[f"view_{name}"].trigger()
        assert window.stack.currentWidget() is window.views[name]
        assert window.actions[f"view_{name}"].shortcut().toString() == f"Ctrl+{number}"
    window.show_view("talking-points")
    assert window.current_name == "talking_points"


def test_standard_shortcuts(window):
    shortcuts = {name: a.shortcut().toString() for name, a in window.actions.items()}
    assert shortcuts["new_meeting"] == "Ctrl+N" and shortcuts["save"] == "Ctrl+S"
    assert shortcuts["new"] == "Ctrl+Shift+N"
    assert shortcuts["undo"] == "Ctrl+Z" and shortcuts["find"] == "Ctrl+F"
    assert shortcuts["quit"] == "Ctrl+Q" and shortcuts["preferences"]


def test_ctrl_f_focuses_search_and_chinese_results_open_the_record(qtbot, db, window):
    ids = _seed(db)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()
    qtbot.keyClicks(window.search_box, "Comm")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.results)
    assert window.results.tree.topLevelItem(0).child(0).text(0) == "Ministry of Commerce"
    window.search_box.setText("商务")  # what an input method commits (QTest types ASCII only)
    qtbot.waitUntil(lambda: window.results.tree.topLevelItem(0).child(0).text(1) == "商务部")
    tree = window.results.tree
    assert tree.topLevelItemCount() == 1
    group = tree.topLevelItem(0)
    assert group.text(0).startswith("Organizations")
    window.results.focus_first()
    tree.itemActivated.emit(tree.currentItem(), 0)
    view = window.views["organizations"]
    assert window.stack.currentWidget() is view
    assert view.editor.record_id == ids["org"]
    window.search_box.clear()
    window.search_box.setText("刘华")
    qtbot.waitUntil(lambda: "刘华" in window.results.tree.topLevelItem(0).child(0).text(0))
    person = window.results.tree.topLevelItem(0).child(0)
    window.results.tree.itemActivated.emit(person, 0)
    assert window.views["people"].editor.record_id == ids["person"]


def test_new_and_save_actions_work_on_the_current_view(db, window):
    window.show_view("priorities")
    window.actions["new"].trigger()
    view = window.views["priorities"]
    view.editor.widgets["title"].edit.setText("Outreach")
    view.editor.widgets["title"].changed.emit()
    window.actions["save"].trigger()
    assert view.model.total() == 1
    window.actions["undo"].trigger()
    assert view.model.total() == 0


def test_opening_a_meeting_shows_its_workspace_in_a_tab(qtbot, db, window):
    ids = _seed(db)
    view = window.views["meetings"]
    view.reload()
    view.table.selectRow(0)
    view.open_button.click()
    assert window.tabs.count() == 2
    assert window.tabs.tabText(1) == "Roundtable 2022"
    view.open_button.click()  # the same meeting is brought forward, not opened twice
    assert window.tabs.count() == 2 and list(window.meeting_tabs) == [ids["meeting"]]
    view.editor.widgets["title"].edit.setText("Roundtable 2022 (Beijing)")
    view.editor.widgets["title"].changed.emit()
    assert view.save()
    assert window.tabs.tabText(1) == "Roundtable 2022 (Beijing)"
    window._close_tab(1)
    assert window.tabs.count() == 1


def test_edit_undo_follows_the_tab_shown(qtbot, db, window):
    """Edit ▸ Undo acts on the meeting tab's own stack there, the library's elsewhere."""
    from briefing_app.services import meeting_edit as me

    ids = _seed(db)
    window.open_meeting(ids["meeting"])
    workspace = window.meeting_tabs[ids["meeting"]]
    workspace.agenda.add_item("Opening")
    workspace.agenda.view.selectRow(0)
    workspace.agenda.delete_selected()
    undo, redo = window.actions["undo"], window.actions["redo"]
    assert undo.isEnabled() and "Delete agenda item" in undo.text()
    window.tabs.setCurrentIndex(0)
    assert not undo.isEnabled()  # nothing done in the library yet
    window.tabs.setCurrentIndex(1)
    undo.trigger()
    with db.session() as s:
        assert [r.title for r in me.list_agenda(s, ids["meeting"])] == ["Opening"]
    assert "Delete agenda item" in redo.text()
    window._close_tab(1)
    assert window.undo_group.stacks() == [window.undo_stack]


def test_deleting_a_meeting_closes_its_tab(qtbot, db, window, monkeypatch):
    _seed(db)
    monkeypatch.setattr(library_records, "confirm", lambda *args: True)
    view = window.views["meetings"]
    view.reload()
    view.table.selectRow(0)
    view.open_button.click()
    assert window.tabs.count() == 2
    window.tabs.setCurrentIndex(0)
    view.delete_current()
    assert window.tabs.count() == 1 and window.meeting_tabs == {}


def test_close_guard_and_remembered_state(qtbot, db, window, monkeypatch):
    _seed(db)
    window.show_view("organizations")
    view = window.views["organizations"]
    view.table.selectRow(0)
    view.editor.widgets["country"].edit.setText("China")
    view.editor.widgets["country"].changed.emit()
    monkeypatch.setattr(library_view, "ask_unsaved", lambda parent: "cancel")
    assert not window.close()
    assert window.isVisible()
    window.resize(760, 520)
    view.splitter.setSizes([250, 400])
    monkeypatch.setattr(library_view, "ask_unsaved", lambda parent: "discard")
    assert window.close()
    assert ui_settings().value("window/geometry") is not None
    again = MainWindow(db, Settings())
    qtbot.addWidget(again)
    again.show_view("organizations")
    assert again.size().width() == 760
    saved = ui_settings().value("splitters/splitter_organization")
    assert again.views["organizations"].splitter.saveState() == saved


def test_run_gui_screenshot(qtbot, tmp_path, db_path):
    from briefing_app.app import run_gui

    target = tmp_path / "shot.png"
    assert run_gui(str(db_path), screenshot=str(target), view="people") == 0
    image = QImage(str(target))
    assert image.width() >= 1000 and image.height() >= 600


def test_run_gui_reports_an_unusable_database(qtbot, tmp_path, monkeypatch):
    from briefing_app import app

    shown = []  # the start-up dialog explains the problem; the user chooses Quit
    monkeypatch.setattr(
        "briefing_app.ui.startup.ask_broken", lambda parent, path, m: shown.append(m) or "quit"
    )
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database" * 100)
    assert app.run_gui(str(junk), screenshot=str(tmp_path / "x.png")) == 2
    assert "not a" in shown[0].lower() and "database" in shown[0].lower(), shown


def test_read_only_database_shows_why_and_allows_no_edits(qtbot, db, db_path):
    from briefing_app.services.lock import connect_read_only

    _seed(db)
    db.dispose()
    read_only = connect_read_only(db_path, "another copy of the app is using it")
    win = MainWindow(read_only, Settings())
    qtbot.addWidget(win)
    assert "another copy of the app is using it" in win.banner.text()
    assert not win.actions["new"].isEnabled() and not win.actions["save"].isEnabled()
    win.show_view("organizations")
    view = win.views["organizations"]
    assert view.editor.record_id is not None  # records can be read
    assert not view.new_button.isEnabled() and not view.delete_button.isEnabled()
    view.editor.widgets["country"].edit.setText("China")
    view.editor.widgets["country"].changed.emit()
    assert not view.save_button.isEnabled() and not view.save()
    read_only.dispose()


def test_chinese_interface_from_the_shipped_translation(qtbot, qapp, db):
    from briefing_app.app import install_translators

    translators = install_translators(qapp, "zh_CN")
    try:
        assert translators, "resources/translations/briefing_app_zh_CN.qm did not load"
        win = MainWindow(db, Settings())
        qtbot.addWidget(win)
        labels = [win.nav.item(i).text() for i in range(win.nav.count())]
        assert labels == ["会议", "机构", "人员", "谈话要点", "优先事项"]
        win.show_view("people")
        header = win.views["people"].model.headerData(3, Qt.Orientation.Horizontal)
        assert header == "职务"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale("en"))


def test_preferences_are_saved_to_the_settings_file(qtbot, db, tmp_path):
    from briefing_app.ui.dialogs.preferences import PreferencesDialog

    settings = Settings.load()
    dialog = PreferencesDialog(settings, db)
    qtbot.addWidget(dialog)
    assert not dialog.database_changed() and not dialog.language_changed()
    dialog.office.setText("WIPO Office in China (WOC)")
    dialog.classification.setText("INTERNAL")
    dialog.office_zh.setText("世界知识产权组织中国办事处")
    dialog.classification_zh.setText("内部")
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    other = tmp_path / "other.db"
    dialog.database.setText(str(other))
    assert dialog.database_changed() and dialog.language_changed()
    assert "restart" in dialog.note.text()
    dialog.accept()
    saved = Settings.load()
    assert saved.office_name == "WIPO Office in China (WOC)"
    assert saved.classification == "INTERNAL"
    assert (saved.office_name_zh, saved.classification_zh) == ("世界知识产权组织中国办事处", "内部")
    assert saved.ui_language == "zh_CN" and saved.database == str(other)


def test_preferences_reference_prefix_is_checked_as_you_type(qtbot, demo_db):
    from briefing_app.services.pack import build_pack_content
    from briefing_app.ui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog(Settings.load(), demo_db)
    qtbot.addWidget(dialog)
    field, error = dialog.reference_prefix, dialog.findChild(QLabel, "error_reference_prefix")
    assert field.placeholderText() == "WOC (the office name's initials)"
    dialog.office.setText("Protocol Department of Example")
    assert field.placeholderText() == "PDE (the office name's initials)"
    dialog.show()
    field.setText("WOC/2026")
    assert not error.isHidden() and not dialog.ok_button.isEnabled()
    # The dialog grows to show the whole message (two lines), not a clipped one.
    qtbot.waitUntil(lambda: dialog.height() >= dialog.heightForWidth(dialog.width()))
    assert error.text().startswith("“/” cannot be in a document reference")
    dialog.accept()  # Enter in a field: refused, nothing saved
    assert dialog.result() != dialog.DialogCode.Accepted
    assert Settings.load().reference_prefix == ""
    field.setText("X" * 17)
    assert error.text() == "is 17 characters long; at most 16 fit"
    field.setText("WOC-PROT")
    assert error.isHidden() and dialog.ok_button.isEnabled()
    dialog.accept()
    assert Settings.load().reference_prefix == "WOC-PROT"
    with demo_db.session() as s:
        assert build_pack_content(s, "Roundtable").cover.reference.startswith("WOC-PROT/")


def test_a_server_password_is_never_saved_in_the_settings(qtbot, db):
    from briefing_app.ui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog(Settings.load(), db)
    qtbot.addWidget(dialog)
    dialog.database.setText("postgresql://anna:s3cret@db.office.example/briefing")
    dialog.accept()
    assert "Leave the password out" in dialog.note.text()
    assert dialog.result() != dialog.DialogCode.Accepted
    saved = paths.settings_file()
    assert not saved.exists() or "s3cret" not in saved.read_text(encoding="utf-8")
    dialog.database.setText("postgresql://anna@db.office.example/briefing")
    dialog.accept()
    assert Settings.load().database == "postgresql://anna@db.office.example/briefing"


def test_the_cli_uses_the_database_chosen_in_preferences(qtbot, db, tmp_path, capsys):
    from briefing_app.cli import run
    from briefing_app.ui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog(Settings.load(), db)
    qtbot.addWidget(dialog)
    chosen = tmp_path / "chosen.db"
    dialog.database.setText(str(chosen))
    dialog.accept()
    assert run(["init", "--demo"]) == 0  # no --db, no BRIEFING_APP_DB: Preferences
    assert chosen.exists()
    capsys.readouterr()
    assert run(["meetings"]) == 0
    assert "Roundtable" in capsys.readouterr().out


def test_open_another_database_switches_window_and_remembers_it(
    qtbot, qapp, db, db_path, tmp_path, monkeypatch
):
    from briefing_app import app as app_module

    _seed(db)
    db.dispose()
    session = app_module.GuiSession(qapp, Settings.load(), str(db_path))
    first = session.show(app_module.open_for_gui(str(db_path)))
    qtbot.addWidget(first)
    assert first.views["meetings"].model.total() == 1
    other = tmp_path / "other.db"
    first.switch_database.emit(str(other))  # what File ▸ Open Another Database… does
    second = session.window
    qtbot.addWidget(second)
    assert second is not first and not first.isVisible()
    assert second.db.path == other.resolve()
    assert second.views["meetings"].model.total() == 0
    assert Settings.load().database == str(other)
    # a file that is not a database: a readable error, and the previous one again
    shown = []
    monkeypatch.setattr(
        "briefing_app.ui.startup.ask_broken", lambda parent, path, m: shown.append(m) or "quit"
    )
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database" * 100)
    assert not session.switch(str(junk))
    qtbot.addWidget(session.window)
    assert "database" in shown[0].lower(), shown
    assert session.window.db.path == other.resolve()
    assert Settings.load().database == str(other)  # the CLI keeps opening the one in use
    session.dispose()


def test_meeting_tab_and_heading_use_the_chinese_title_in_a_chinese_interface(
    chinese_interface, qtbot, db, window
):
    ids = _seed(db)
    with db.session() as s, s.begin():
        s.get(Meeting, ids["meeting"]).title_zh = "2022年圆桌会议"
    window.open_meeting(ids["meeting"])
    workspace = window.meeting_tabs[ids["meeting"]]
    assert window.tabs.tabText(window.tabs.indexOf(workspace)) == "2022年圆桌会议"
    assert workspace.title.text().startswith("2022年圆桌会议")
