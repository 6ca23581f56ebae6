"""The Engagements section of the Organizations view with real widgets on a real
SQLite file: add, edit, undo/redo and delete an engagement, problems shown at the
field, a concurrent change reported in a dialog, and the item model checked."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from sqlalchemy import func, select

from briefing_app.db.models import Engagement, Organization
from briefing_app.services import engagements
from briefing_app.ui.dialogs import engagement_dialog
from briefing_app.ui.dialogs.engagement_dialog import EngagementDialog
from briefing_app.ui.item_models.engagements import EngagementsModel, IdRole
from briefing_app.ui.views import engagements as panel_module
from briefing_app.ui.views.organizations import OrganizationsView


@pytest.fixture
def user(monkeypatch):
    """Answer dialogs as a user would: ``typed`` holds what to type into the next
    engagement dialog before pressing Save; confirmations and errors are recorded."""
    said = {"typed": [], "confirm": [], "errors": []}

    def run_dialog(dialog: EngagementDialog) -> int:
        for name, value in said["typed"].pop(0).items():
            _set(dialog, name, value)
        dialog.save()
        return dialog.result()

    def confirm(parent, title, message, action):
        said["confirm"].append(message)
        return True

    def show_error(parent, title, message):
        said["errors"].append(message)

    monkeypatch.setattr(EngagementDialog, "exec", run_dialog)
    monkeypatch.setattr(panel_module, "confirm", confirm)
    monkeypatch.setattr(panel_module, "show_error", show_error)
    monkeypatch.setattr(engagement_dialog, "show_error", show_error)
    return said


def _set(dialog: EngagementDialog, name: str, value) -> None:
    widget = dialog.editor.widgets[name]
    widget.set_value(value)
    widget.changed.emit()


def _view(qtbot, db, uid: str = "CNIPA") -> OrganizationsView:
    view = OrganizationsView(db, QUndoStack())
    qtbot.addWidget(view)
    view.show()
    with db.session() as s:
        org_id = s.scalar(select(Organization.id).where(Organization.uid == uid))
    assert view.open_record(org_id)
    return view


def _rows(db, uid: str = "CNIPA") -> list[tuple]:
    with db.session() as s:
        query = (
            select(Engagement.date, Engagement.kind, Engagement.kind_zh, Engagement.follow_ups_zh)
            .join(Organization)
            .where(Organization.uid == uid)
            .order_by(Engagement.date.desc())
        )
        return [tuple(r) for r in s.execute(query)]


def _shown(panel) -> list[tuple[str, str]]:
    proxy = panel.proxy
    return [(proxy.index(r, 0).data(), proxy.index(r, 1).data()) for r in range(proxy.rowCount())]


def _click(qtbot, button) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_add_edit_undo_redo_and_delete_an_engagement(qtbot, demo_db, user):
    view = _view(qtbot, demo_db)
    panel = view.engagements
    assert _shown(panel) == [("2022-02-05", "Treaty instruments deposited")]
    assert not panel.edit_button.isEnabled()
    user["typed"].append(
        {
            "date": date(2022, 3, 23),
            "kind": "Roundtable",
            "kind_zh": "圆桌会议",
            "summary": "Roundtable with 14 agencies.",
            "follow_ups_zh": "发送会议纪要。",
        }
    )
    _click(qtbot, panel.add_button)
    assert _rows(demo_db)[0] == (date(2022, 3, 23), "Roundtable", "圆桌会议", "发送会议纪要。")
    assert _shown(panel)[0] == ("2022-03-23", "Roundtable")  # most recent first, selected
    assert panel.current().kind == "Roundtable"
    user["typed"].append({"kind_zh": "圆桌会"})
    _click(qtbot, panel.edit_button)
    assert _rows(demo_db)[0][2] == "圆桌会"
    view.undo_stack.undo()  # the edit
    assert _rows(demo_db)[0][2] == "圆桌会议"
    view.undo_stack.undo()  # the addition
    assert len(_rows(demo_db)) == 1 and len(_shown(panel)) == 1
    view.undo_stack.redo()
    view.undo_stack.redo()
    assert _rows(demo_db)[0][2] == "圆桌会"
    panel.table.selectRow(0)
    _click(qtbot, panel.delete_button)
    assert "2022-03-23 Roundtable" in user["confirm"][0]
    assert [r[1] for r in _rows(demo_db)] == ["Treaty instruments deposited"]
    view.undo_stack.undo()
    assert _rows(demo_db)[0] == (date(2022, 3, 23), "Roundtable", "圆桌会", "发送会议纪要。")
    assert user["errors"] == [] and user["typed"] == []


def test_problems_are_shown_at_the_field_and_nothing_is_saved(qtbot, demo_db, user):
    view = _view(qtbot, demo_db)
    dialog = EngagementDialog("Add", engagements.empty_values(), view.engagements._create, view)
    qtbot.addWidget(dialog)
    _set(dialog, "follow_ups", "Call back.")
    assert not dialog.save()
    error = dialog.editor.errors["kind"]
    assert not error.isHidden()
    assert error.text() == "give a kind or a summary (in English or Chinese)"
    assert len(_rows(demo_db)) == 1
    _set(dialog, "summary_zh", "电话沟通。")
    assert dialog.save() and dialog.result() == EngagementDialog.DialogCode.Accepted
    assert len(_rows(demo_db)) == 2


def test_an_engagement_changed_meanwhile_is_reported_not_overwritten(qtbot, demo_db, user):
    view = _view(qtbot, demo_db)
    panel = view.engagements
    panel.table.selectRow(0)
    row = panel.current()
    with demo_db.session() as s, s.begin():  # someone else saves first
        engagements.update(s, row.id, {"kind": "Instruments deposited"}, row.version)
    user["typed"].append({"kind": "Mine"})
    _click(qtbot, panel.edit_button)
    (message,) = user["errors"]
    assert "Someone else changed this engagement" in message
    assert _rows(demo_db)[0][1] == "Instruments deposited"
    assert _shown(panel) == [("2022-02-05", "Instruments deposited")]
    assert view.undo_stack.count() == 0


def test_the_section_follows_the_organization_and_waits_for_a_saved_one(qtbot, demo_db, user):
    view = _view(qtbot, demo_db, "MFA")
    panel = view.engagements
    assert [kind for _d, kind in _shown(panel)] == ["High-level meeting", "High-level visit"]
    view.new_record()
    assert _shown(panel) == [] and not panel.add_button.isEnabled()
    view.editor.widgets["name_en"].set_value("Ministry of Examples")
    assert view.save()
    assert panel.organization_id == view.editor.record_id and panel.add_button.isEnabled()


def test_undo_shows_the_organization_the_engagement_belongs_to(qtbot, demo_db, user):
    view = _view(qtbot, demo_db, "MFA")
    user["typed"].append({"kind": "Call", "date": date(2022, 3, 1)})
    _click(qtbot, view.engagements.add_button)
    user["typed"].append({"kind": "Courtesy call"})
    _click(qtbot, view.engagements.edit_button)
    with demo_db.session() as s:
        cnipa = s.scalar(select(Organization.id).where(Organization.uid == "CNIPA"))
    view.open_record(cnipa)  # another organization in the same view
    view.undo_stack.undo()  # the edit of MFA's engagement: MFA is shown again
    assert view.engagements.current().kind == "Call"
    with demo_db.session() as s:
        assert view.editor.record_id == s.scalar(
            select(Engagement.organization_id).where(Engagement.kind == "Call")
        )


def test_model_passes_modeltester(qtmodeltester, demo_db):
    model = EngagementsModel()
    with demo_db.session() as s:
        mfa = s.scalar(select(Organization.id).where(Organization.uid == "MFA"))
        model.set_rows(engagements.list_for(s, mfa))
        assert s.scalar(select(func.count()).select_from(Engagement)) == 9
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.headerData(2, Qt.Orientation.Horizontal) == "Summary"
    assert model.index(0, 0).data(IdRole) == model.engagement_at(0).id
    assert "Thank MFA" in model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)


def test_a_read_only_database_lists_engagements_but_changes_nothing(qtbot, demo_db, db_path):
    from briefing_app.services.lock import connect_read_only

    demo_db.dispose()
    read_only = connect_read_only(db_path, "another copy of the app is using it")
    view = _view(qtbot, read_only, "MFA")
    panel = view.engagements
    panel.table.selectRow(0)
    assert len(_shown(panel)) == 2 and panel.current() is not None
    buttons = (panel.add_button, panel.edit_button, panel.delete_button)
    assert not any(b.isEnabled() for b in buttons)
    panel.add()  # a shortcut or a stray call does nothing either
    panel.delete_current()
    assert len(_shown(panel)) == 2
    read_only.dispose()


def test_redo_that_shows_another_organization_asks_about_unsaved_edits_afterwards(
    qtbot, demo_db, user, monkeypatch
):
    """Redo of an engagement of MFA while CNIPA has unsaved edits: the user's "Save"
    records a new step after the redo has finished (saving inside it used to crash)."""
    from briefing_app.ui.views import library_view

    monkeypatch.setattr(library_view, "ask_unsaved", lambda parent: "save")
    view = _view(qtbot, demo_db, "MFA")
    user["typed"].append({"kind": "Call", "date": date(2022, 3, 1)})
    _click(qtbot, view.engagements.add_button)
    view.undo_stack.undo()
    with demo_db.session() as s:
        cnipa = s.scalar(select(Organization.id).where(Organization.uid == "CNIPA"))
    view.open_record(cnipa)
    name = view.editor.widgets["name_en"]
    name.edit.setText("China National IP Administration")
    name.changed.emit()
    view.undo_stack.redo()  # the engagement is MFA's: MFA is to be shown
    qtbot.waitUntil(lambda: view.undo_stack.count() == 2)
    with demo_db.session() as s:
        assert s.get(Organization, cnipa).name_en == "China National IP Administration"
        mfa = s.scalar(select(Engagement.organization_id).where(Engagement.kind == "Call"))
    assert view.editor.record_id == mfa
    assert view.engagements.current().kind == "Call"


def test_the_table_prefers_chinese_text_in_a_chinese_interface(chinese_interface, qtbot, demo_db):
    view = _view(qtbot, demo_db)  # CNIPA
    model = view.engagements.model
    assert (model.index(0, 1).data(), model.index(0, 2).data()) == (
        "交存条约文书",
        "邓鸿森总干事在北京接受中国批准《马拉喀什条约》和加入《海牙协定》的文书。",
    )
