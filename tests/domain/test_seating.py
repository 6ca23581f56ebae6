"""Automatic seating rules on real plans of every shape (docs/seating.md)."""

from __future__ import annotations

import pytest

from briefing_app.domain.seating import Guest, auto_seat
from briefing_app.domain.seating_layout import TableShape, layout

HOST, HEAD, MEMBER, STAFF = "host", "head_of_delegation", "member", "staff"


def delegations(*sizes: int, host_staff: int = 0) -> list[Guest]:
    """Org 0 is the host's (host + staff); orgs 1.. each a head and members, in
    precedence order (the order services.meetings gives)."""
    guests = [Guest(1, 0, HOST)] + [Guest(2 + i, 0, STAFF) for i in range(host_staff)]
    for org, size in enumerate(sizes, start=1):
        for k in range(size):
            guests.append(Guest(org * 100 + k, org, HEAD if k == 0 else MEMBER))
    return guests


def seated_at(result, plan, honour: int) -> int:
    place = next(p for p in plan.table_places() if p.honour == honour)
    return result.seats[place.position]


def place_of(result, plan, gid: int):
    pos = next(pos for pos, g in result.seats.items() if g == gid)
    return next(p for p in plan.places if p.position == pos)


def right_of(host, other) -> bool:
    """Facing ``host.angle``, is ``other`` on the host's right hand?"""
    import math

    a = math.radians(host.angle)
    fx, fy = math.sin(a), -math.cos(a)  # facing vector, y down the page
    rx, ry = -fy, fx  # right hand: the facing vector turned clockwise on the page
    return (other.x - host.x) * rx + (other.y - host.y) * ry > 0


@pytest.mark.parametrize("shape", ["round", "head", "u_shape", "theatre"])
def test_host_at_honour_principal_guest_on_the_right_then_alternating(shape):
    guests = delegations(1, 1, 1, 1, 1)
    plan = layout(shape, 6 if shape in ("round", "head") else 7)
    result = auto_seat(guests, plan)
    host = place_of(result, plan, 1)
    assert host.honour == 0
    order = [seated_at(result, plan, h) for h in range(6)]
    assert order == [1, 100, 200, 300, 400, 500]  # precedence fills honour order
    # the principal guest, the 3rd and the 5th on the host's right; 2nd and 4th on the left
    sides = [right_of(host, place_of(result, plan, g)) for g in order[1:]]
    assert sides == [True, False, True, False, True]


def test_round_table_alternates_around_the_circle():
    guests = delegations(1, 1, 1, 1, 1, 1, 1)
    plan = layout("round", 8)
    result = auto_seat(guests, plan)
    assert result.seats[1] == 1  # the host at the top
    assert result.seats[8] == 100  # counter-clockwise neighbour = the host's right
    assert result.seats[2] == 200
    assert result.seats[7] == 300
    assert result.seats[5] == 700  # the last one opposite the host


def test_boardroom_principal_guest_faces_the_host():
    guests = delegations(1, 1, 1, 1, 1)
    plan = layout("boardroom", 6)
    result = auto_seat(guests, plan)
    host, guest = place_of(result, plan, 1), place_of(result, plan, 100)
    assert (host.angle, guest.angle) == (180.0, 0.0)
    assert guest.x == host.x and guest.y == -host.y  # straight across the table
    third = place_of(result, plan, 200)  # next: the host's right, on the host's side
    assert third.side == "host" and right_of(host, third)
    fourth = place_of(result, plan, 300)  # then the principal guest's right
    assert fourth.side == "guest" and right_of(guest, fourth)


def test_boardroom_bilateral_each_delegation_on_its_own_side():
    guests = [Guest(1, 0, HOST), Guest(2, 0, MEMBER), Guest(3, 0, MEMBER)]
    guests += [Guest(10, 1, HEAD), Guest(11, 1, MEMBER), Guest(12, 1, MEMBER)]
    plan = layout("boardroom", 6)
    result = auto_seat(guests, plan)
    assert {place_of(result, plan, g).side for g in (1, 2, 3)} == {"host"}
    assert {place_of(result, plan, g).side for g in (10, 11, 12)} == {"guest"}
    host, guest = place_of(result, plan, 1), place_of(result, plan, 10)
    assert right_of(host, place_of(result, plan, 2))
    assert not right_of(host, place_of(result, plan, 3))
    assert right_of(guest, place_of(result, plan, 11))


def test_heads_at_the_table_members_further_down_staff_behind_their_principal():
    guests = delegations(2, 2, 2, host_staff=1)
    plan = layout("round", 5, back_seats=5)
    result = auto_seat(guests, plan)
    at_table = {result.seats[p.position] for p in plan.table_places() if p.position in result.seats}
    assert {1, 100, 200, 300} <= at_table  # every head at the table
    assert 2 not in at_table  # staff never at the table
    interpreter = place_of(result, plan, 2)
    assert not interpreter.at_table and interpreter.behind == place_of(result, plan, 1).position
    # one member found the last table place, the other two sit behind their own heads
    behind = [g for g in (101, 201, 301) if not place_of(result, plan, g).at_table]
    assert len(behind) == 2
    for g in behind:
        head = place_of(result, plan, g - 1)
        chair = place_of(result, plan, g)
        assert chair.behind == head.position
    assert result.unseated == []


def test_theatre_head_table_for_leaders_audience_keeps_delegations_together():
    guests = delegations(3, 3, 3)
    plan = layout("theatre", 4, back_seats=20)
    result = auto_seat(guests, plan)
    assert {result.seats[p.position] for p in plan.table_places()} == {1, 100, 200, 300}
    rows = [result.seats.get(p.position) for p in plan.places if not p.at_table]
    members = [g for g in rows if g is not None]
    assert members == [101, 102, 201, 202, 301, 302]  # in precedence order, side by side


def test_locked_seats_are_kept_on_rerun():
    guests = delegations(1, 1, 1, 1)
    plan = layout("round", 5)
    # honour order of 5 round seats: 1, 5 (host's right), 2, 4, 3. The venue fixed
    # guest 300 at seat 3 and keeps seat 4 empty.
    result = auto_seat(guests, plan, locked={3: 300, 4: None})
    assert result.seats[3] == 300
    assert 4 not in result.seats
    assert result.seats[1] == 1  # the host still at the place of honour
    assert result.seats[5] == 100  # the principal guest still at the host's right
    assert result.seats[2] == 200  # the next free place in order of honour
    assert sorted(result.seats.values()) == [1, 100, 200, 300]
    assert result.unseated == [400]  # four free chairs, five guests


def test_over_capacity_reports_the_unseated():
    guests = delegations(3, 3)
    plan = layout("round", 3, back_seats=2)
    result = auto_seat(guests, plan)
    assert len(result.seats) == 5
    assert len(result.unseated) == 2
    assert set(result.unseated).isdisjoint(result.seats.values())


def test_host_is_the_host_organizations_leader_when_no_one_has_the_host_role():
    guests = [Guest(5, 1, HEAD), Guest(6, 2, HEAD), Guest(7, 3, HEAD)]
    plan = layout("round", 3)
    assert auto_seat(guests, plan, host_org=2).seats[1] == 6


@pytest.mark.parametrize("shape", [s.value for s in TableShape])
@pytest.mark.parametrize("n", [1, 2, 3, 60])
def test_every_shape_has_distinct_chairs_and_honours(shape, n):
    plan = layout(shape, n, back_seats=n)
    table = plan.table_places()
    assert len(table) == n
    assert sorted(p.honour for p in table) == list(range(n))
    assert len({(p.x, p.y) for p in plan.places}) == len(plan.places)


def test_interpreters_and_note_takers_sit_behind_their_principals():
    """Staff linked to a principal take the chair right behind that principal,
    ahead of members who overflow from the table; unlinked staff sit behind
    their own head of delegation."""
    guests = delegations(2, 1, host_staff=2)
    # guest 2 interprets for the principal guest (org 1's head, id 100); 3 is unlinked
    guests = [Guest(g.id, g.org, g.role, 100 if g.id == 2 else None) for g in guests]
    # member 101 comes before the staff in precedence and overflows the table too:
    # the chair behind its own head would be its nearest
    guests = [g for g in guests if g.id not in (2, 3)] + [g for g in guests if g.id in (2, 3)]
    for shape in ("round", "boardroom", "head", "u_shape"):
        plan = layout(shape, 3, back_seats=3)
        result = auto_seat(guests, plan)
        principal = place_of(result, plan, 100)
        assert principal.at_table
        interpreter = place_of(result, plan, 2)
        assert interpreter.behind == principal.position, shape
        assert not place_of(result, plan, 3).at_table
        assert not place_of(result, plan, 101).at_table
        assert result.unseated == []


def test_a_principal_without_a_seat_leaves_the_interpreter_behind_their_head():
    guests = [Guest(1, 0, HOST), Guest(100, 1, HEAD), Guest(5, 0, STAFF, principal=999)]
    plan = layout("round", 2, back_seats=2)
    result = auto_seat(guests, plan)
    assert place_of(result, plan, 5).behind == place_of(result, plan, 1).position
