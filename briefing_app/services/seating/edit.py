"""Hand edits of a seating plan (the GUI's seating tab): swap or move, lock, and
the plan's whole state for undo. Seat numbers follow into each participant's
``seat`` (the Excel list's Seat column). The caller owns the transaction."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from briefing_app.db.models import Participant, Seat
from briefing_app.domain.seating_layout import RoomSide
from briefing_app.errors import NotFoundError, UserError
from briefing_app.services.seating.plan import plan_of


@dataclass(frozen=True)
class PlanState:
    """Everything a plan is: for undo, put back exactly this."""

    shape: str
    seat_count: int
    back_seats: int
    seats: tuple[tuple[int, int | None, bool], ...]  # (position, participant id, locked)
    #: (participant id, seat text) of every participant: what the list showed.
    numbers: tuple[tuple[int, str], ...] = ()
    exists: bool = True
    door: str = ""
    screen: str = ""


def plan_state(session: Session, meeting_id: int) -> PlanState:
    numbers = tuple(
        session.query(Participant.id, Participant.seat)
        .filter_by(meeting_id=meeting_id)
        .order_by(Participant.id)  # PostgreSQL returns rows in no set order
    )
    plan = plan_of(session, meeting_id)
    if plan is None:
        return PlanState("", 0, 0, (), numbers, exists=False)
    seats = tuple((s.position, s.participant_id, s.locked) for s in plan.seats)
    return PlanState(
        plan.shape, plan.seat_count, plan.back_seats, seats, numbers,
        door=plan.door, screen=plan.screen,
    )  # fmt: skip


def restore_plan(session: Session, meeting_id: int, state: PlanState) -> None:
    """Make the meeting's plan and its participants' seat texts ``state`` again."""
    plan = plan_of(session, meeting_id)
    if plan is not None and not state.exists:
        session.delete(plan)
        session.flush()
    if state.exists:
        _put_back(session, meeting_id, plan, state)
    texts = dict(state.numbers)
    for p in session.query(Participant).filter_by(meeting_id=meeting_id):
        if p.id in texts and p.seat != texts[p.id]:
            p.seat = texts[p.id]


def _put_back(session: Session, meeting_id: int, plan, state: PlanState) -> None:
    if plan is None:
        from briefing_app.db.models import SeatingPlan

        plan = SeatingPlan(meeting_id=meeting_id)
        session.add(plan)
    plan.shape, plan.seat_count, plan.back_seats = state.shape, state.seat_count, state.back_seats
    plan.door, plan.screen = state.door, state.screen
    plan.seats.clear()
    session.flush()
    for position, pid, locked in state.seats:
        plan.seats.append(Seat(position=position, participant_id=pid, locked=locked))
    session.flush()


def _seat(session: Session, meeting_id: int, position: int) -> Seat:
    plan = plan_of(session, meeting_id)
    found = next((s for s in plan.seats if s.position == position), None) if plan else None
    if found is None:
        raise NotFoundError(f"seating plan of meeting {meeting_id}: no seat {position}")
    return found


def swap_seats(session: Session, meeting_id: int, a: int, b: int) -> None:
    """Swap who sits in seats ``a`` and ``b`` (moving to an empty seat is a swap with
    nobody); both seats are locked afterwards, since a person placed them."""
    first, second = _seat(session, meeting_id, a), _seat(session, meeting_id, b)
    first.participant_id, second.participant_id = second.participant_id, first.participant_id
    first.locked = second.locked = True
    session.flush()
    _sync_numbers(session, meeting_id)


def set_room(session: Session, meeting_id: int, door: str | None = None, screen: str | None = None):
    """Put the room's door and/or screen on a side of the drawing ("" hides it)."""
    plan = plan_of(session, meeting_id)
    if plan is None:
        raise NotFoundError(f"meeting {meeting_id} has no seating plan yet")
    for name, side in (("door", door), ("screen", screen)):
        if side is None:
            continue
        if side not in {s.value for s in RoomSide}:
            raise UserError(f'seating plan: {name} "{side}": use top, bottom, left or right')
        setattr(plan, name, side)
    session.flush()


def set_locked(session: Session, meeting_id: int, position: int, locked: bool) -> None:
    _seat(session, meeting_id, position).locked = locked
    session.flush()


def _sync_numbers(session: Session, meeting_id: int) -> None:
    """Each participant's ``seat`` is their seat number in the plan ("" without one)."""
    plan = plan_of(session, meeting_id)
    numbers = {s.participant_id: str(s.position) for s in (plan.seats if plan else [])}
    for p in session.query(Participant).filter_by(meeting_id=meeting_id):
        number = numbers.get(p.id, "")
        if p.seat != number:
            p.seat = number
