"""A meeting's seating plan in the database: create it, seat it by the rules,
read it back as plain rows (docs/seating.md). The caller owns the transaction."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from briefing_app.db.models import (
    Meeting,
    Participant,
    Seat,
    SeatingPlan,
    participant_principals,
)
from briefing_app.domain.enums import Rsvp
from briefing_app.domain.seating import Guest, auto_seat
from briefing_app.domain.seating_layout import Layout, TableShape, layout, max_back_seats
from briefing_app.errors import UserError
from briefing_app.services.meetings import ordered_participants

#: Largest table we draw (a plenary is a theatre with audience rows).
MAX_SEATS = 500


@dataclass(frozen=True)
class PlanSize:
    shape: TableShape
    seat_count: int
    back_seats: int


def guests_of(session: Session, participants: list[Participant]) -> list[Guest]:
    """Participants (already in order of precedence) as the seating rules see them,
    with each interpreter's principal (read in one query)."""
    principals = principals_of(session, [p.id for p in participants])
    return [Guest(p.id, p.organization_id, str(p.role), principals.get(p.id)) for p in participants]


def principals_of(session: Session, ids: list[int]) -> dict[int, int]:
    """participant id -> their principal's id, for those of ``ids`` that have one."""
    if not ids:
        return {}
    link = participant_principals.c
    rows = session.execute(
        select(link.participant_id, link.principal_id).where(link.participant_id.in_(ids))
    )
    return {pid: principal for pid, principal in rows if principal is not None}


def default_size(shape: TableShape, guests: list[Guest]) -> tuple[int, int]:
    """Seats at the table and behind it when the user gives none: every delegate
    at the table (staff behind); theatre: the leaders at the head table, the rest
    in the rows."""
    if shape == TableShape.THEATRE:
        at_table = max(1, sum(g.leads for g in guests))
    else:
        at_table = max(2, sum(not g.staff for g in guests))
    return at_table, default_back(shape, at_table, guests)


def default_back(shape: TableShape, seats: int, guests: list[Guest]) -> int:
    """A chair behind every table seat; theatre: a row seat for everyone else."""
    if shape == TableShape.THEATRE:
        return max(0, len(guests) - seats)
    return seats


def attending(participants: list[Participant]) -> list[Participant]:
    """Who needs a chair: everyone but those who declined."""
    return [p for p in participants if p.rsvp != Rsvp.DECLINED]


def plan_of(session: Session, meeting_id: int) -> SeatingPlan | None:
    return session.scalar(select(SeatingPlan).where(SeatingPlan.meeting_id == meeting_id))


def _size(plan: SeatingPlan | None, guests, shape, seats, back, fit: bool = False) -> PlanSize:
    if shape is None:
        shape = plan.shape if plan else TableShape.ROUND
    try:
        shape = TableShape(shape)
    except ValueError:
        names = ", ".join(s.value for s in TableShape)
        raise UserError(f'seating: unknown table shape "{shape}" (use {names})') from None
    same = plan is not None and plan.shape == shape and not fit
    if seats is None:
        seats = plan.seat_count if same else default_size(shape, guests)[0]
    if back is None:
        back = plan.back_seats if same and plan.seat_count == seats else None
    if not 1 <= seats <= MAX_SEATS:
        raise UserError(f"seating: --seats {seats}: give 1 to {MAX_SEATS} seats")
    if back is None:
        back = default_back(shape, seats, guests)
    if not 0 <= back <= MAX_SEATS:
        raise UserError(f"seating: --back-seats {back}: give 0 to {MAX_SEATS} chairs")
    return PlanSize(shape, seats, max_back_seats(shape, seats, back))


def seat_meeting(
    session: Session,
    meeting: Meeting,
    shape: str | None = None,
    seats: int | None = None,
    back_seats: int | None = None,
    fit: bool = False,
) -> SeatingPlan:
    """Create or update the meeting's plan and (re)seat everyone by the rules,
    keeping locked seats. Sizes not given stay the plan's, unless ``fit`` (or a
    new shape): then a seat for every delegate (``default_size``). Each
    participant's ``seat`` gets their seat number (what the Excel participant
    list shows); the unseated get none."""
    everyone = ordered_participants(session, meeting.id)
    participants = attending(everyone)
    guests = guests_of(session, participants)
    plan = plan_of(session, meeting.id)
    size = _size(plan, guests, shape, seats, back_seats, fit)
    if plan is None:
        plan = SeatingPlan(meeting_id=meeting.id)
        session.add(plan)
    plan.shape = size.shape.value
    plan.seat_count, plan.back_seats = size.seat_count, size.back_seats
    chairs = plan_layout(plan)
    present = {g.id for g in guests}
    capacity = {p.position for p in chairs.places}
    locked = {
        s.position: (s.participant_id if s.participant_id in present else None)
        for s in plan.seats
        if s.locked and s.position in capacity
    }
    outcome = auto_seat(guests, chairs, meeting.host_organization_id, locked)
    _store(plan, chairs, outcome.seats, set(locked))
    session.flush()
    numbers = {gid: pos for pos, gid in outcome.seats.items()}
    for p in everyone:  # those who declined lose the number they had
        number = str(numbers[p.id]) if p.id in numbers else ""
        if p.seat != number:
            p.seat = number
    return plan


def plan_layout(plan: SeatingPlan) -> Layout:
    return layout(plan.shape, plan.seat_count, plan.back_seats)


def _store(plan: SeatingPlan, chairs: Layout, seated: dict[int, int], locked: set[int]) -> None:
    """Make the plan's seat rows match: one per chair, occupant and lock."""
    rows = {s.position: s for s in plan.seats}
    for place in chairs.places:
        row = rows.pop(place.position, None)
        if row is None:
            row = Seat(position=place.position, locked=False)
            plan.seats.append(row)
        row.participant_id = seated.get(place.position)
        row.locked = place.position in locked
    for stale in rows.values():
        plan.seats.remove(stale)
