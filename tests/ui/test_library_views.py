"""Each library view with real widgets on a real SQLite file: create, edit,
delete with its account of what else goes, undo/redo, validation at the field,
and the unsaved-changes guard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from sqlalchemy import func, select

from briefing_app.db.models import Organization, Person, Priority, TalkingPoint
from briefing_app.services import library
from briefing_app.ui.views import library_records, library_view
from briefing_app.ui.views.organizations import OrganizationsView
from briefing_app.ui.views.people import PeopleView
from briefing_app.ui.views.priorities import PrioritiesView
from briefing_app.ui.views.talking_points import TalkingPointsView
from tests.ui.meeting_dialog import answer_next_dialog


@pytest.fixture
def dialogs(monkeypatch):
    """Answer the confirmation/unsaved dialogs as a user would; record what they said."""
    said = {"confirm": [], "errors": [], "unsaved": "save"}

    def confirm(parent, title, message, action):
        said["confirm"].append(message)
        return True

    monkeypatch.setattr(library_records, "confirm", confirm)
    monkeypatch.setattr(library_view, "ask_unsaved", lambda parent: said["unsaved"])
    for module in (library_view, library_records):
        monkeypatch.setattr(module, "show_error", lambda p, t, m: said["errors"].append(m))
    return said


def _view(qtbot, db, cls):
    view = cls(db, QUndoStack())
    qtbot.addWidget(view)
    view.show()
    return view


def _type(view, name, text):
    widget = view.editor.widgets[name]
    if hasattr(widget, "edit") and hasattr(widget.edit, "setText"):
        widget.edit.setText(text)
    else:
        widget.edit.setPlainText(text)
    widget.changed.emit()


def _count(db, model):
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_organization_create_edit_undo_redo(qtbot, db, dialogs):
    view = _view(qtbot, db, OrganizationsView)
    view.new_record()
    _type(view, "name_en", "Ministry of Commerce")
    _type(view, "name_zh", "商务部")
    _type(view, "precedence_rank", "8")
    assert view.save_button.isEnabled()
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert view.model.total() == 1 and view.proxy.data(view.proxy.index(0, 1)) == "商务部"
    org_id = view.editor.record_id
    _type(view, "acronym", "MOFCOM")
    assert view.save()
    with db.session() as s:
        assert s.get(Organization, org_id).acronym == "MOFCOM"
    view.undo_stack.undo()
    with db.session() as s:
        assert s.get(Organization, org_id).acronym == ""
    assert view.editor.widgets["acronym"].value() == ""
    view.undo_stack.undo()  # undo the creation
    assert _count(db, Organization) == 0 and view.model.total() == 0
    view.undo_stack.redo()
    view.undo_stack.redo()
    with db.session() as s:
        assert s.get(Organization, org_id).acronym == "MOFCOM"
    assert dialogs["errors"] == []


@pytest.mark.parametrize("answer", ["cancel", "discard", "save"])
def test_undo_while_another_record_has_unsaved_edits_asks_first(qtbot, db, dialogs, answer):
    """Undoing an edit of one record while another has unsaved edits in the editor:
    the undo happens, and the user is asked about the edits once it has finished (a
    save then becomes a new undo step); the edits are never dropped silently."""
    view = _view(qtbot, db, OrganizationsView)
    ids = {}
    for name in ("Ministry of Commerce", "Ministry of Culture and Tourism"):
        view.new_record()
        _type(view, "name_en", name)
        assert view.save()
        ids[name] = view.editor.record_id
    view.open_record(ids["Ministry of Commerce"])
    _type(view, "acronym", "MOFCOM")
    assert view.save()
    view.open_record(ids["Ministry of Culture and Tourism"])
    _type(view, "acronym", "MCT")  # not saved
    dialogs["unsaved"] = answer
    view.undo_stack.undo()  # MOFCOM's acronym goes
    with db.session() as s:
        assert s.get(Organization, ids["Ministry of Commerce"]).acronym == ""
    assert view.editor.widgets["acronym"].value() == "MCT"  # not yet asked
    qtbot.wait(50)
    saved = "MCT" if answer == "save" else ""
    with db.session() as s:
        assert s.get(Organization, ids["Ministry of Culture and Tourism"]).acronym == saved
    if answer == "cancel":
        assert view.editor.record_id == ids["Ministry of Culture and Tourism"]
        assert view.editor.widgets["acronym"].value() == "MCT"
    else:
        assert view.editor.record_id == ids["Ministry of Commerce"]
    if answer == "save":
        assert view.undo_stack.undoText().startswith("Edit")  # the save is the newest step
    assert dialogs["errors"] == []


def test_organization_chinese_mandate_and_relevance_are_saved_and_undone(qtbot, db, dialogs):
    view = _view(qtbot, db, OrganizationsView)
    view.new_record()
    _type(view, "name_en", "Ministry of Commerce")
    _type(view, "mandate_zh", "拟订国内外贸易政策。")
    _type(view, "relevance_zh", "关注海外知识产权纠纷。")
    assert view.save()
    org_id = view.editor.record_id
    with db.session() as s:
        org = s.get(Organization, org_id)
        assert (org.mandate_zh, org.relevance_zh) == (
            "拟订国内外贸易政策。",
            "关注海外知识产权纠纷。",
        )
    _type(view, "mandate_zh", "负责贸易。")
    assert view.save()
    view.undo_stack.undo()
    with db.session() as s:
        assert s.get(Organization, org_id).mandate_zh == "拟订国内外贸易政策。"
    assert view.editor.widgets["mandate_zh"].value() == "拟订国内外贸易政策。"
    assert dialogs["errors"] == []


def test_validation_is_shown_at_the_field(qtbot, db, dialogs):
    view = _view(qtbot, db, OrganizationsView)
    view.new_record()
    _type(view, "precedence_rank", "first")
    assert not view.save()
    assert view.editor.errors["name_en"].isVisible()
    assert view.editor.errors["name_en"].text() == "is required"
    assert "whole number" in view.editor.errors["precedence_rank"].text()
    assert _count(db, Organization) == 0
    _type(view, "name_en", "Boao Forum for Asia")
    _type(view, "precedence_rank", "14")
    assert view.save()
    assert not view.editor.errors["name_en"].isVisible()


def test_delete_says_what_else_goes_and_undo_restores_it(qtbot, db, dialogs):
    with db.session() as s, s.begin():
        org = library.create(s, "organization", {"name_en": "Ministry of Commerce"}).id
        for name in ("Wang", "Li", "Zhao"):
            library.create(s, "person", {"organization_id": org, "family_name": name})
        library.create(s, "talking_point", {"title": "Trade", "target_ids": [org]})
    view = _view(qtbot, db, OrganizationsView)
    view.table.selectRow(0)
    assert view.editor.record_id == org
    view.delete_current()
    (message,) = dialogs["confirm"]
    assert "Ministry of Commerce" in message
    assert "3 people" in message and "1 talking-point target" in message
    assert _count(db, Person) == 0 and view.model.total() == 0
    view.undo_stack.undo()
    assert _count(db, Person) == 3 and view.model.total() == 1
    with db.session() as s:
        assert [o.id for o in s.scalars(select(TalkingPoint)).one().targets] == [org]


def test_people_view_needs_an_organization(qtbot, db, dialogs):
    with db.session() as s, s.begin():
        org = library.create(s, "organization", {"name_en": "CNIPA", "acronym": "CNIPA"}).id
    view = _view(qtbot, db, PeopleView)
    view.new_record()
    _type(view, "family_name", "Shen")
    assert not view.save()
    assert view.editor.errors["organization_id"].text() == "is required"
    view.editor.widgets["organization_id"].set_value(org)
    _type(view, "native_name", "申长雨")
    assert view.save()
    assert view.proxy.data(view.proxy.index(0, 2)) == "CNIPA"
    assert view.proxy.data(view.proxy.index(0, 1)) == "申长雨"


def test_talking_point_with_priorities_and_targets(qtbot, db, dialogs):
    with db.session() as s, s.begin():
        pri = library.create(s, "priority", {"title": "SMEs, women and youth"}).id
        org = library.create(s, "organization", {"name_en": "Ministry of Commerce"}).id
    view = _view(qtbot, db, TalkingPointsView)
    view.new_record()
    _type(view, "title", "IP for SMEs")
    _type(view, "text_zh", "中小企业知识产权")
    priorities = view.editor.widgets["priority_ids"]
    priorities.picker.setEditText("SMEs, women and youth")
    priorities._add()
    view.editor.widgets["target_ids"].set_value([org])
    view.editor.widgets["target_ids"].changed.emit()
    assert view.save()
    with db.session() as s:
        point = s.scalars(select(TalkingPoint)).one()
        assert [p.id for p in point.priorities] == [pri]
        assert [o.id for o in point.targets] == [org]
        assert point.text_zh == "中小企业知识产权"


def test_priorities_edit_and_delete(qtbot, db, dialogs):
    with db.session() as s, s.begin():
        library.create(s, "priority", {"title": "Digital", "position": 2})
        library.create(s, "priority", {"title": "Outreach", "position": 1})
    view = _view(qtbot, db, PrioritiesView)
    assert view.proxy.data(view.proxy.index(0, 1)) == "Outreach"
    view.table.selectRow(1)
    _type(view, "title", "Digital transformation")
    _type(view, "source_zh", "2022-2026年中期战略计划")
    _type(view, "period_zh", "长期")
    assert view.save()
    assert view.proxy.data(view.proxy.index(1, 1)) == "Digital transformation"
    with db.session() as s:
        saved = s.scalar(select(Priority).where(Priority.title == "Digital transformation"))
        assert (saved.source_zh, saved.period_zh) == ("2022-2026年中期战略计划", "长期")
    view.delete_current()
    assert "Nothing else is affected." in dialogs["confirm"][0]
    assert _count(db, Priority) == 1


def test_unsaved_changes_guard_when_switching_records(qtbot, db, dialogs):
    with db.session() as s, s.begin():
        a = library.create(s, "organization", {"name_en": "A", "precedence_rank": 1}).id
        library.create(s, "organization", {"name_en": "B", "precedence_rank": 2})
    view = _view(qtbot, db, OrganizationsView)
    view.table.selectRow(0)
    _type(view, "country", "China")
    dialogs["unsaved"] = "cancel"
    view.table.selectRow(1)
    assert view.editor.record_id == a and view.editor.is_dirty()
    assert view.table.currentIndex().row() == 0
    dialogs["unsaved"] = "save"
    view.table.selectRow(1)
    assert view.editor.record_id != a
    with db.session() as s:
        assert s.get(Organization, a).country == "China"


def _answer_conflict(qtbot, button_name: str) -> list[str]:
    """Click a button of the conflict dialog as soon as it is shown; returns what it said."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QPushButton

    seen = []

    def click():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, click)
            return
        seen.extend(label.text() for label in dialog.findChildren(QLabel))
        dialog.findChild(QPushButton, button_name).click()

    QTimer.singleShot(0, click)
    return seen


def _other_user_sets_acronym(db, org):
    with db.session() as s, s.begin():
        library.update(s, "organization", org, {"acronym": "GACC"}, 1)


def test_concurrent_change_take_theirs(qtbot, db, dialogs):
    with db.session() as s, s.begin():
        org = library.create(s, "organization", {"name_en": "Customs"}).id
    view = _view(qtbot, db, OrganizationsView)
    view.table.selectRow(0)
    _other_user_sets_acronym(db, org)
    _type(view, "acronym", "CUSTOMS")
    seen = _answer_conflict(qtbot, "take_theirs")
    assert view.save()
    assert any("version 1" in text and "version 2" in text for text in seen)
    assert view.editor.widgets["acronym"].value() == "GACC" and view.editor.version == 2
    with db.session() as s:
        assert s.get(Organization, org).acronym == "GACC"


def test_concurrent_change_keep_mine_then_undo_returns_to_theirs(qtbot, db, dialogs):
    with db.session() as s, s.begin():
        org = library.create(s, "organization", {"name_en": "Customs"}).id
    view = _view(qtbot, db, OrganizationsView)
    view.table.selectRow(0)
    _other_user_sets_acronym(db, org)
    _type(view, "acronym", "CUSTOMS")
    _answer_conflict(qtbot, "keep_mine")
    assert view.save()
    with db.session() as s:
        assert s.get(Organization, org).acronym == "CUSTOMS"
    view.undo_stack.undo()
    with db.session() as s:
        assert s.get(Organization, org).acronym == "GACC"
    assert dialogs["errors"] == []


def test_meetings_view_create_open_and_delete(qtbot, db, dialogs):
    from briefing_app.db.models import AgendaItem, Meeting
    from briefing_app.ui.views.meetings import MeetingsView

    view = _view(qtbot, db, MeetingsView)
    opened = []
    view.open_meeting.connect(opened.append)

    def fill(dialog):
        dialog.title.setText("Roundtable 2023")
        dialog.city.setText("Beijing")

    answer_next_dialog(fill)
    view.new_record()  # the New meeting dialog; the meeting opens once created
    meeting_id = view.editor.record_id
    assert opened == [meeting_id] and view.model.total() == 1
    view.open_button.click()
    assert opened == [meeting_id, meeting_id]
    with db.session() as s, s.begin():
        s.add(AgendaItem(meeting_id=meeting_id, title="Welcome", position=1))
    view.delete_current()
    assert "1 agenda item" in dialogs["confirm"][0]
    assert _count(db, Meeting) == 0 and _count(db, AgendaItem) == 0
    view.undo_stack.undo()
    assert _count(db, AgendaItem) == 1 and view.model.total() == 1
