"""The workspace's shortcuts for a new meeting: inviting an organization seats
its head, "Invite person…" offers the invited organizations' people first,
"Add suggested points" fills every group in one undo step, and retired
points stay out of the picker unless asked for."""

from __future__ import annotations

from briefing_app.db.models import TalkingPoint
from briefing_app.services import meeting_edit as me
from tests.ui.meeting_dialog import answer_next_dialog


def _listed(dialog) -> list[str]:
    return [dialog.proxy.index(r, 0).data() for r in range(dialog.proxy.rowCount())]


def test_inviting_an_organization_seats_its_head_in_one_step(workspace, world):
    tab = workspace.participants
    tab.invite_organizations([world["spc"], world["boao"]])
    assert [(r.name, r.role) for r in tab.model.rows()] == [
        ("Mr. YANG Wanming", "head_of_delegation"),  # the court's best-ranked
        ("", "head_of_delegation"),  # nobody of the forum yet: a seat to be named
    ]
    assert workspace.undo_stack.count() == 1
    workspace.undo_stack.undo()
    assert tab.model.rows() == []
    workspace.undo_stack.redo()
    assert len(tab.model.rows()) == 2
    tab.model.setData(tab.model.index(0, 3), "observer")  # the role stays editable
    assert tab.model.rows()[0].role == "observer"


def test_invite_person_offers_the_invited_organizations_people_first(qtbot, workspace, world):
    tab = workspace.participants
    tab.invite_organizations([world["spc"]])
    seen = []

    def look(dialog):
        seen.append(_listed(dialog))
        assert "picks several" in dialog.hint.text()
        dialog.everyone.setChecked(True)
        seen.append(_listed(dialog))
        dialog.everyone.setChecked(False)
        dialog.select_ids([world["zhou"]])

    answer_next_dialog(look)
    tab.ask_people()
    assert seen[0] == ["ZHOU Qiang — Judge, Supreme People's Court"]  # YANG is seated
    assert len(seen[1]) == 3 and any("WANG Lei" in label for label in seen[1])
    assert [r.role for r in tab.model.rows()] == ["head_of_delegation", "member"]


def test_invite_person_shows_everyone_when_nobody_is_invited_yet(qtbot, workspace, world):
    dialogs = answer_next_dialog(lambda dialog: None, accept=False)
    workspace.participants.ask_people()
    assert dialogs[0].everyone.isChecked() and len(_listed(dialogs[0])) == 4


def test_add_suggested_points_is_one_undo_step(workspace, db, world):
    workspace.participants.invite_organizations([world["spc"], world["mofa"]])
    tab = workspace.talking_points
    stack = workspace.undo_stack
    before = stack.count()
    assert tab.add_suggested() == 3  # the court's, the ministry's, one general
    assert stack.count() == before + 1 and stack.undoText() == "Add suggested talking points"
    with db.session() as s:
        court = [r.title for r in me.list_picked_points(s, world["meeting"], world["spc"])]
        general = [r.title for r in me.list_picked_points(s, world["meeting"], None)]
    assert court == ["Judicial cooperation on IP disputes"]  # not the draft idea
    assert general == ["Global Innovation Index 2022"]
    assert tab.add_suggested() == 0 and "No more suggestions" in tab.note.text()
    assert stack.count() == before + 1  # nothing to add: no empty step
    stack.undo()
    with db.session() as s:
        assert me.general_count(s, world["meeting"]) == 0
    stack.redo()
    with db.session() as s:
        assert me.general_count(s, world["meeting"]) == 1


def test_retired_points_are_hidden_unless_asked_for(workspace, db, world):
    with db.session() as s, s.begin():
        s.add(TalkingPoint(title="Old COVID-19 tracker", status="retired"))
    tab = workspace.talking_points
    tab.select_group(None)
    tab.reload_library()
    titles = [r.title for r in tab.library.rows()]
    assert "Old COVID-19 tracker" not in titles and "Global Innovation Index 2022" in titles
    tab.show_retired.setChecked(True)
    assert "Old COVID-19 tracker" in [r.title for r in tab.library.rows()]


def test_details_tab_end_follows_the_start(qtbot, workspace, db, world):
    from datetime import datetime, timedelta

    details = workspace.details
    details.dated.setChecked(True)
    details.has_end.setChecked(True)
    start = details.starts.moment()
    assert details.ends.moment() - start == timedelta(hours=2)  # no end stored: 2 hours
    details.starts.set_moment(datetime(2022, 3, 24, 14, 0))
    assert details.ends.moment() == datetime(2022, 3, 24, 16, 0)
    assert details.save()
    with db.session() as s:
        saved = me.get_details(s, world["meeting"])
    assert (saved.starts_at, saved.ends_at) == (
        datetime(2022, 3, 24, 14),
        datetime(2022, 3, 24, 16),
    )
