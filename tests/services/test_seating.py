"""Seating plans in the database: the demo roundtable seated by the rules,
locks kept, seat numbers in the participant list, the JSON."""

from __future__ import annotations

import pytest

from briefing_app.db.models import Seat
from briefing_app.errors import UserError
from briefing_app.services.meetings import find_meeting, ordered_participants
from briefing_app.services.seating import plan_json, plan_of, plan_view, seat_meeting

pytestmark = pytest.mark.both_backends


def _by_name(view):
    return {r.name.split("\n")[0]: r for r in view.seats if r.name}


def test_demo_round_table_host_principal_guest_and_staff_behind(demo_db):
    with demo_db.session() as s, s.begin():
        meeting = find_meeting(s, "Roundtable")
        plan = seat_meeting(s, meeting, shape="round")
        # 23 delegates, one of whom declined (Ms. XU Jingyi: no chair), and 2 staff
        assert (plan.seat_count, plan.back_seats) == (22, 22)
        view = plan_view(s, meeting, "en")
        seats = _by_name(view)
        xu = next(p for p in ordered_participants(s, meeting.id) if p.rsvp == "declined")
        assert xu.seat == "" and "Ms. XU Jingyi" not in seats
    assert view.unseated == [] and view.warnings == []  # declining is no warning
    assert seats["Ms. LIU Hua"].position == 1  # the host (role host) at the place of honour
    # principal guest = first head of delegation by precedence (NPC FAC, rank 1)
    assert seats["Mr. WANG Jianguo"].position == 22  # host's right: anticlockwise neighbour
    assert seats["Mr. ZHANG Li"].position == 2  # second guest at the host's left
    for staff in ("Mr. ZHAO Ming", "Ms. CHEN Jing"):
        assert not seats[staff].at_table
    assert seats["Mr. ZHAO Ming"].behind == 1  # the first interpreter right behind the host


def test_seat_numbers_reach_the_participants_and_locks_survive_a_rerun(demo_db):
    with demo_db.session() as s, s.begin():
        meeting = find_meeting(s, "Roundtable")
        plan = seat_meeting(s, meeting, shape="round", seats=16)
        coming = [p for p in ordered_participants(s, meeting.id) if p.rsvp != "declined"]
        numbers = {p.id: p.seat for p in coming}
        assert all(numbers.values())  # 16 at the table + behind: all who come have a number
        seat_of = {st.participant_id: st.position for st in plan.seats if st.participant_id}
        assert {pid: str(pos) for pid, pos in seat_of.items()} == numbers
        # lock the last head of delegation (BFA) into seat 2, then re-run
        boao = next(p for p in ordered_participants(s, meeting.id) if p.person is None)
        chair = next(st for st in plan.seats if st.position == 2)
        for st in plan.seats:
            if st.participant_id == boao.id:
                st.participant_id = None
        s.flush()
        chair.participant_id, chair.locked = boao.id, True
        s.flush()
        seat_meeting(s, meeting)
        again = {st.position: st for st in plan_of(s, meeting.id).seats}
        assert again[2].participant_id == boao.id and again[2].locked
        placed = [st.participant_id for st in again.values() if st.participant_id]
        assert len(placed) == len(set(placed)) == len(numbers)
        assert boao.seat == "2"


def test_changing_the_shape_keeps_one_row_per_chair(demo_db):
    with demo_db.session() as s, s.begin():
        meeting = find_meeting(s, "Roundtable")
        seat_meeting(s, meeting, shape="round")
        plan = seat_meeting(s, meeting, shape="theatre")
        assert plan.seat_count == 15  # the 15 leaders at the head table
        assert s.query(Seat).count() == plan.seat_count + plan.back_seats
        view = plan_view(s, meeting, "both")
    assert view.warnings == []
    host = next(r for r in view.seats if r.role == "host")
    assert host.at_table and host.x == 0  # centre of the head table
    assert "刘华" in host.name


def test_json_lists_position_angle_and_person_uid(demo_db):
    with demo_db.session() as s, s.begin():
        meeting = find_meeting(s, "Roundtable")
        seat_meeting(s, meeting, shape="boardroom")
        data = plan_json(plan_view(s, meeting))
        people = {p.person.uid for p in ordered_participants(s, meeting.id) if p.person}
    assert data["shape"] == "boardroom"
    seats = data["seats"]
    assert len(seats) == data["seat_count"] + data["back_seats"]
    first = next(x for x in seats if x["name"].startswith("Ms. LIU Hua"))
    assert {"x", "y", "angle", "person_uid", "position"} <= first.keys()
    assert first["angle"] == 180.0 and first["person_uid"] in people
    facing = [x for x in seats if x["at_table"] and x["x"] == first["x"] and x["y"] == -first["y"]]
    assert facing[0]["name"].startswith("Mr. WANG Jianguo")  # the principal guest opposite


def test_too_few_chairs_warns_and_names_the_unseated(demo_db):
    with demo_db.session() as s, s.begin():
        meeting = find_meeting(s, "Roundtable")
        seat_meeting(s, meeting, shape="head", seats=5, back_seats=3)
        view = plan_view(s, meeting, "en")
        unseated = [p for p in ordered_participants(s, meeting.id) if not p.seat]
    assert len(view.unseated) == 24 - 8 == len(unseated) - 1  # the one who declined: no warning
    assert any("24 participants for 8 chairs" in w for w in view.warnings)


@pytest.mark.parametrize(
    ("kwargs", "text"),
    [({"shape": "oval"}, 'unknown table shape "oval"'), ({"seats": 0}, "--seats 0")],
)
def test_bad_shape_or_size_is_a_user_error(demo_db, kwargs, text):
    with demo_db.session() as s, s.begin():
        meeting = find_meeting(s, "Roundtable")
        with pytest.raises(UserError, match=text):
            seat_meeting(s, meeting, **kwargs)


def test_swap_locks_both_and_undo_state_puts_everything_back(demo_db):
    from briefing_app.services.seating.edit import (
        plan_state,
        restore_plan,
        set_locked,
        swap_seats,
    )

    with demo_db.session() as s, s.begin():
        meeting = find_meeting(s, "Roundtable")
        before = plan_state(s, meeting.id)
        assert not before.exists
        seat_meeting(s, meeting, shape="round")
        seated = plan_state(s, meeting.id)
        by_pos = {pos: pid for pos, pid, _ in seated.seats}
        swap_seats(s, meeting.id, 2, 23)
        after = {st.position: st for st in plan_of(s, meeting.id).seats}
        assert (after[2].participant_id, after[23].participant_id) == (by_pos[23], by_pos[2])
        assert after[2].locked and after[23].locked
        assert s.get(type(after[2].participant), by_pos[2]).seat == "23"
        set_locked(s, meeting.id, 2, False)
        assert not after[2].locked
        restore_plan(s, meeting.id, seated)
        assert plan_state(s, meeting.id) == seated
        restore_plan(s, meeting.id, before)
        assert plan_of(s, meeting.id) is None
        assert plan_state(s, meeting.id) == before  # the seat texts as they were
