"""Undo and redo of the workspace steps that add or remove rows: inviting
organizations and people, creating a person on the spot, removing a seat, adding
an agenda item, choosing, removing and writing talking points. Undo restores
exactly what was there; redo brings back the same rows (same ids), so later
steps that name them still apply."""

from __future__ import annotations

from sqlalchemy import func, select

from briefing_app.db.models import AgendaItem, Meeting, Participant, Person, TalkingPoint
from briefing_app.services import meeting_edit as me


def _seats(db, meeting_id) -> list[tuple[int, int, int | None, str]]:
    """(participant id, organization id, person id, rsvp) of every seat, by id."""
    with db.session() as s:
        rows = s.execute(
            select(Participant.id, Participant.organization_id, Participant.person_id,
                   Participant.rsvp)
            .where(Participant.meeting_id == meeting_id)
            .order_by(Participant.id)
        ).all()  # fmt: skip
        return [tuple(r) for r in rows]


def _seat_in_another_meeting(db, org_id) -> None:
    """A seat added elsewhere meanwhile: the next new row gets a higher id."""
    with db.session() as s, s.begin():
        s.add(Participant(meeting=Meeting(title="Another meeting"), organization_id=org_id))


def _picked(db, meeting_id, org_id) -> list[tuple[int, str]]:
    with db.session() as s:
        return [(r.id, r.title) for r in me.list_picked_points(s, meeting_id, org_id)]


def _count(db, model) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_inviting_organizations_is_one_step_and_redo_keeps_the_seat_ids(workspace, db, world):
    tab, stack = workspace.participants, workspace.undo_stack
    tab.invite_organizations([world["cnipa"], world["mofa"]])
    seats = _seats(db, world["meeting"])
    assert [s[1] for s in seats] == [world["cnipa"], world["mofa"]]
    assert stack.undoText() == "Invite organizations"
    # A later step names one of those seats.
    row = next(i for i, r in enumerate(tab.model.rows()) if r.organization_id == world["mofa"])
    assert tab.model.setData(tab.model.index(row, 4), "confirmed")
    _seat_in_another_meeting(db, world["boao"])  # e.g. from another meeting's tab
    stack.undo()
    stack.undo()
    assert _seats(db, world["meeting"]) == []
    assert [r.organization_id for r in tab.model.rows()] == []  # the table followed
    stack.redo()
    assert _seats(db, world["meeting"]) == seats  # same ids
    stack.redo()  # the RSVP edit applies to the same seat again
    assert dict((s[1], s[3]) for s in _seats(db, world["meeting"]))[world["mofa"]] == "confirmed"
    assert workspace.errors == []


def test_inviting_a_person_into_the_unnamed_seat_is_undone_by_emptying_it(workspace, db, world):
    tab, stack = workspace.participants, workspace.undo_stack
    tab.invite_organizations([world["npc"]])  # nobody of the NPC in the database yet
    [(seat, _org, nobody, _rsvp)] = _seats(db, world["meeting"])
    assert nobody is None
    with db.session() as s, s.begin():
        li = Person(organization_id=world["npc"], family_name="Li", rank=1)
        s.add(li)
        s.flush()
        li_id = li.id
    tab.invite_people([li_id])
    assert _seats(db, world["meeting"])[0][:3] == (seat, world["npc"], li_id)
    stack.undo()
    assert _seats(db, world["meeting"])[0][:3] == (seat, world["npc"], None)  # seat kept
    stack.redo()
    assert _seats(db, world["meeting"])[0][:3] == (seat, world["npc"], li_id)


def test_inviting_people_who_need_new_seats_is_undone_and_redone(workspace, db, world):
    tab, stack = workspace.participants, workspace.undo_stack
    tab.invite_people([world["zhou"], world["yang"]])
    seats = _seats(db, world["meeting"])
    assert {s[2] for s in seats} == {world["zhou"], world["yang"]}
    assert stack.undoText() == "Invite people"
    stack.undo()
    assert _seats(db, world["meeting"]) == []
    stack.redo()
    assert _seats(db, world["meeting"]) == seats


def test_creating_a_person_on_the_spot_is_undone_completely(workspace, db, world):
    tab, stack = workspace.participants, workspace.undo_stack
    people = _count(db, Person)
    person_id = tab.create_and_invite(
        {"organization_id": world["boao"], "family_name": "Li", "given_name": "Baodong"}
    )
    assert _count(db, Person) == people + 1
    seats = _seats(db, world["meeting"])
    assert [s[2] for s in seats] == [person_id]
    stack.undo()
    assert _count(db, Person) == people  # not left behind in the library
    assert _seats(db, world["meeting"]) == []
    stack.redo()
    assert _seats(db, world["meeting"]) == seats
    with db.session() as s:
        assert s.get(Person, person_id).family_name == "Li"


def test_removing_a_seat_is_undone_with_everything_it_held(workspace, db, world):
    tab, stack = workspace.participants, workspace.undo_stack
    tab.invite_people([world["wang"]])
    row = 0
    assert tab.model.setData(tab.model.index(row, 4), "declined")
    assert tab.model.setData(tab.model.index(row, 5), "B7")
    before = _seats(db, world["meeting"])
    tab.view.selectRow(0)
    tab.remove_selected()
    assert _seats(db, world["meeting"]) == []
    assert stack.undoText() == "Remove participant"
    stack.undo()
    assert _seats(db, world["meeting"]) == before  # same id, same RSVP
    assert tab.model.rows()[0].seat == "B7"


def test_adding_an_agenda_item_is_undone_and_redone(workspace, db, world):
    tab, stack = workspace.agenda, workspace.undo_stack
    items = _count(db, AgendaItem)
    item_id = tab.add_item("Closing remarks")
    assert stack.undoText() == "Add agenda item"
    stack.undo()
    assert _count(db, AgendaItem) == items
    stack.redo()
    with db.session() as s:
        assert s.get(AgendaItem, item_id).title == "Closing remarks"


def test_choosing_removing_and_writing_points_are_undone_in_order(workspace, db, world):
    workspace.participants.invite_organizations([world["spc"]])
    tab, stack = workspace.talking_points, workspace.undo_stack
    tab.reload()
    tab.select_group(world["spc"])
    mid, spc = world["meeting"], world["spc"]
    tab.pick([world["judicial"], world["draft_court"]])
    tab.pick([world["judicial"]])  # already chosen: no step, nothing removed on undo
    assert stack.undoText() == "Choose talking points"
    chosen = _picked(db, mid, spc)
    assert [t for _, t in chosen] == [
        "Judicial cooperation on IP disputes",
        "Court training (idea)",
    ]
    points = _count(db, TalkingPoint)
    tab.write_point("Mediation for court-referred cases", "The WIPO AMC offers mediation.")
    assert _count(db, TalkingPoint) == points + 1
    tab.picked_view.selectRow(0)
    tab.unpick_selected()
    assert [t for _, t in _picked(db, mid, spc)] == [
        "Court training (idea)",
        "Mediation for court-referred cases",
    ]
    stack.undo()  # the removed point comes back first in the group, with its id
    assert _picked(db, mid, spc)[:2] == chosen
    stack.undo()  # the written point leaves the group and the library
    assert _picked(db, mid, spc) == chosen
    assert _count(db, TalkingPoint) == points
    stack.undo()  # both chosen points in one step
    assert _picked(db, mid, spc) == []
    for _ in range(3):
        stack.redo()
    assert [t for _, t in _picked(db, mid, spc)] == [
        "Court training (idea)",
        "Mediation for court-referred cases",
    ]
    assert workspace.errors == []


def _redo_after_the_seat_s_place_was_taken(workspace, db, world) -> tuple[str, str]:
    """Invite, undo, let another meeting take the seat's id, redo: the error shown."""
    workspace.participants.invite_organizations([world["mofa"]])
    workspace.undo_stack.undo()
    _seat_in_another_meeting(db, world["boao"])  # takes the id the seat had
    workspace.undo_stack.redo()
    return workspace.errors[-1]


def test_redo_when_the_row_s_place_was_taken_meanwhile_says_so(workspace, db, world):
    title, message = _redo_after_the_seat_s_place_was_taken(workspace, db, world)
    assert title == "Cannot undo or redo"
    assert "changed since" in message
    assert _seats(db, world["meeting"]) == []  # nothing half-done


def _agenda(db, meeting_id) -> list[str]:
    with db.session() as s:
        return [r.title for r in me.list_agenda(s, meeting_id)]


def test_undo_never_deletes_another_meeting_s_row_that_took_the_id(workspace, db, world):
    tab, stack = workspace.agenda, workspace.undo_stack
    mine = _agenda(db, world["meeting"])
    tab.add_item("Closing remarks")
    tab.view.selectRow(len(mine))
    tab.delete_selected()
    with db.session() as s, s.begin():  # another meeting's item takes the freed id
        other = Meeting(title="Another meeting")
        s.add(other)
        s.flush()
        other_id = other.id
        me.add_agenda_item(s, other_id, "Other meeting's item")
    stack.undo()  # cannot put the item back: its id is taken
    stack.undo()  # must not delete the other meeting's item
    assert _agenda(db, other_id) == ["Other meeting's item"]
    assert _agenda(db, world["meeting"]) == mine
    assert [title for title, _message in workspace.errors] == ["Cannot undo or redo"] * 2


def test_undo_of_a_new_person_leaves_them_where_another_meeting_seated_them(workspace, db, world):
    person_id = workspace.participants.create_and_invite(
        {"organization_id": world["boao"], "family_name": "Li"}
    )
    _seat_in_another_meeting(db, world["boao"])
    with db.session() as s, s.begin():
        other_id = s.scalar(select(Meeting.id).where(Meeting.title == "Another meeting"))
        me.invite_person(s, other_id, person_id)
    workspace.undo_stack.undo()
    assert [s[2] for s in _seats(db, other_id)] == [person_id]  # still seated there
    assert [s[2] for s in _seats(db, world["meeting"])] == [person_id]  # nothing half done
    assert "something else now uses it" in workspace.errors[-1][1]


def test_a_group_of_steps_that_all_failed_leaves_no_empty_step(workspace, db, world):
    tab, stack = workspace.participants, workspace.undo_stack
    tab.invite_organizations([world["mofa"]])
    tab.invite_organizations([world["mofa"], world["mofa"]])  # already invited, twice
    assert [title for title, _ in workspace.errors] == ["Cannot invite"] * 2
    assert (stack.count(), stack.undoText()) == (1, "Invite organization")


def test_a_refused_undo_is_explained_in_the_interface_language(
    chinese_interface, workspace, db, world
):
    title, message = _redo_after_the_seat_s_place_was_taken(workspace, db, world)
    assert (title, message[:4]) == ("无法撤销或重做", "数据库在")
    assert "席位" in message
