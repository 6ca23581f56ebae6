"""File ▸ Import Data… / Export Data…: the JSON interchange from the menus, in
the background, checked first (every problem said, nothing written), applied
only when the user agrees, then shown in every view."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QMessageBox

from briefing_app.db.models import Meeting, Organization, Priority
from briefing_app.services import backup
from briefing_app.settings import Settings
from briefing_app.ui import data_actions, workers
from briefing_app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, db):
    win = MainWindow(db, Settings())
    qtbot.addWidget(win)
    win.show()
    win.data_transfer._pool = workers.SynchronousPool()
    return win


@pytest.fixture
def demo_file(tmp_path, qtbot):
    """Another database, with the demo, exported through its File ▸ Export Data…."""
    from briefing_app.db.migrate import open_database
    from briefing_app.services.demo import load_demo

    other = open_database(str(tmp_path / "other.db"))
    with other.session() as s, s.begin():
        load_demo(s)
    win = MainWindow(other, Settings())
    qtbot.addWidget(win)
    win.data_transfer._pool = workers.SynchronousPool()
    out = tmp_path / "exported.json"
    win.data_transfer.export_file(str(out))
    assert str(out) in win.statusBar().currentMessage()
    assert "16 organizations" in win.statusBar().currentMessage()
    win.close()
    other.dispose()
    return out


def test_export_writes_the_interchange_file(demo_file):
    data = json.loads(demo_file.read_text(encoding="utf-8"))
    assert [m["title"] for m in data["meetings"]] == ["Roundtable 2022"]
    assert len(data["organizations"]) == 16


def test_import_says_what_it_will_do_then_applies_and_shows_it(window, db, demo_file):
    plans = []
    transfer = window.data_transfer
    transfer.import_file(str(demo_file), confirm=lambda plan: plans.append(plan) or True)
    [plan] = plans
    assert plan.created["organizations"] == 16 and plan.changes > 16 and plan.updated == {}
    effect = data_actions.describe_effect(plan.created, plan.updated)
    assert effect.startswith("create 16 organizations, 7 priorities, 28 people, ")
    assert "1 meeting, " in effect
    with db.session() as s:
        assert s.query(Organization).count() == 16
        assert [m.title for m in s.query(Meeting)] == ["Roundtable 2022"]
    assert (
        window.statusBar()
        .currentMessage()
        .startswith("Imported exported.json: created 16 organizations, ")
    )
    assert window.views["meetings"].model.total() == 1
    assert window.data_transfer.task is None and not window.data_transfer.progress.isVisible()
    window.data_transfer.import_file(str(demo_file), confirm=lambda plan: pytest.fail("asked"))
    assert "Nothing to import" in window.statusBar().currentMessage()


def test_declining_the_preview_writes_nothing_and_no_backup(window, db, demo_file):
    window.data_transfer.import_file(str(demo_file), confirm=lambda plan: False)
    with db.session() as s:
        assert s.query(Organization).count() == 0
    assert backup.list_backups(db.path) == []
    assert window.statusBar().currentMessage() == "Import cancelled. Nothing was changed."


def test_a_bad_file_lists_every_problem_and_writes_nothing(window, db, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box))
    bad = tmp_path / "bad.json"
    people = [{"uid": f"P{i}", "family_name": "X", "organization": "NOPE"} for i in range(8)]
    bad.write_text(
        json.dumps({"format": "briefing-app", "version": 1, "people": people}), encoding="utf-8"
    )
    window.data_transfer.import_file(str(bad), confirm=lambda plan: pytest.fail("asked"))
    title, message = window.data_transfer.last_error
    assert title == "Import data" and "bad.json" in message and "NOPE" in message
    [box] = shown
    assert "nothing was imported" in box.text() and "people[7]" in box.detailedText()
    with db.session() as s:
        assert s.query(Organization).count() == 0


def test_import_is_refused_on_a_read_only_database(qtbot, db):
    db.read_only = True
    win = MainWindow(db, Settings())
    qtbot.addWidget(win)
    assert not win.actions["import_data"].isEnabled() and win.actions["export_data"].isEnabled()
    assert not win.welcome.import_button.isEnabled()


def test_the_effect_reads_in_chinese(chinese_interface):
    effect = data_actions.describe_effect({"organizations": 2, "people": 1}, {"meetings": 1})
    assert effect == "新建 2 个机构、1 位人员；更新 1 次会议"
    assert data_actions.describe_counts({"people": 1}) == "1 位人员"


def test_unsaved_edits_are_offered_for_saving_before_the_import(
    qtbot, window, db, demo_file, monkeypatch
):
    from briefing_app.ui.views import library_view

    window.show_view("priorities")
    view = window.views["priorities"]
    window.actions["new"].trigger()
    view.editor.widgets["title"].edit.setText("Outreach")
    view.editor.widgets["title"].changed.emit()
    monkeypatch.setattr(library_view, "ask_unsaved", lambda parent: "cancel")
    window.data_transfer.import_file(str(demo_file), confirm=lambda plan: True)
    with db.session() as s:
        assert s.query(Organization).count() == 0  # the user stayed with the edit
    assert view.editor.widgets["title"].edit.text() == "Outreach"
    monkeypatch.setattr(library_view, "ask_unsaved", lambda parent: "save")
    window.data_transfer.import_file(str(demo_file), confirm=lambda plan: True)
    with db.session() as s:
        assert s.query(Organization).count() == 16
        titles = [p.title for p in s.query(Priority)]
    assert "Outreach" in titles  # saved first, then the import
