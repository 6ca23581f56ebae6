"""A meeting's seating plan and its interpreters' principals in the interchange
format (docs/interchange.md, "seating"): declared, checked, written and read here,
hooked into validate/references/apply/export.

A meeting's ``"seating"`` is an object (shape, sizes, door, screen and the seats
that are taken or locked) or ``null`` (no plan); a file without the key leaves
the meeting's plan as it is, so files written before plans existed still import.
Seats and principals name participants of the same meeting by uid.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from briefing_app.db.models import Meeting, Participant, Seat, SeatingPlan
from briefing_app.domain.seating_layout import RoomSide, TableShape, layout, max_back_seats
from briefing_app.services.interchange.schema import Field
from briefing_app.services.interchange.validate import Dataset, Record, check_record

#: Largest table (the same bound as the seating command's).
MAX_SEATS = 500

SEATING_FIELDS = (
    Field("shape", "enum", required=True, enum=TableShape),
    Field("seat_count", "int", required=True),
    Field("back_seats", "int"),
    Field("door", "enum", enum=RoomSide),
    Field("screen", "enum", enum=RoomSide),
)
SEAT_FIELDS = (
    Field("position", "int", required=True),
    Field("participant", "peer", nullable=True),
    Field("locked", "bool"),
)
KEY = "seating"


# ------------------------------------------------------------------ checking
def check_seating(where: str, item: dict, rec: Record, ds: Dataset) -> None:
    """Convert a meeting's ``"seating"`` into ``rec.children["seating"]``: [] for
    null (remove the plan), [plan record] with its ``"seats"`` children."""
    if KEY not in item:
        return
    value = item[KEY]
    rec.children[KEY] = []
    if value is None:
        return
    extra = {k: v for k, v in value.items() if k != "seats"} if isinstance(value, dict) else value
    plan = check_record(f"{where}.{KEY}", 0, extra, SEATING_FIELDS, ds)
    if plan is None:
        return
    seats = value.get("seats", [])
    if not isinstance(seats, list):
        ds.problems.append(f"{where}.{KEY}.seats: expected a list of seats")
        seats = []
    plan.children["seats"] = [
        sub
        for i, seat in enumerate(seats)
        if (sub := check_record(f"{where}.{KEY}.seats[{i}]", i, seat, SEAT_FIELDS, ds))
    ]
    _check_sizes(plan, ds.problems)
    rec.children[KEY] = [plan]


def _chairs(plan: Record) -> int:
    shape = plan.values.get("shape", TableShape.ROUND)
    count = plan.values.get("seat_count", 0)
    return count + max_back_seats(shape, count, plan.values.get("back_seats", 0))


def _check_sizes(plan: Record, problems: list[str]) -> None:
    count, back = plan.values.get("seat_count"), plan.values.get("back_seats", 0)
    if isinstance(count, int) and not 1 <= count <= MAX_SEATS:
        problems.append(f"{plan.where}.seat_count: {count}; give 1 to {MAX_SEATS} seats")
        return
    if isinstance(back, int) and not 0 <= back <= MAX_SEATS:
        problems.append(f"{plan.where}.back_seats: {back}; give 0 to {MAX_SEATS} chairs")
        return
    chairs, first = _chairs(plan), {}
    for seat in plan.children["seats"]:
        n, where = seat.values.get("position"), f"{seat.where}.position"
        if not isinstance(n, int):
            continue
        if not 1 <= n <= chairs:
            problems.append(f"{where}: {n}; this plan has chairs 1 to {chairs}")
        elif n in first:
            problems.append(f"{where}: seat {n} twice (also {first[n]})")
        first.setdefault(n, seat.where)


def check_peers(meeting: Record, db_owners: dict[str, str], problems: list[str]) -> None:
    """Seats and principals must name participants of this meeting: those the
    file lists for it, else those the database has for it."""
    listed = meeting.children.get("participants")
    if listed is not None:
        known = {r.uid for r in listed if r.uid}
    else:
        known = {uid for uid, owner in db_owners.items() if owner == meeting.uid}
    for rec in listed or []:
        principal = rec.values.get("principal")
        if principal is not None and principal not in known:
            problems.append(f'{rec.where}.principal: no participant "{principal}" in this meeting')
        elif principal is not None and principal == rec.uid:
            problems.append(f"{rec.where}.principal: a participant cannot be their own principal")
    seated: dict[str, str] = {}
    for plan in meeting.children.get(KEY, []):
        for seat in plan.children["seats"]:
            uid = seat.values.get("participant")
            if uid is None:
                continue
            where = f"{seat.where}.participant"
            if uid not in known:
                problems.append(f'{where}: no participant "{uid}" in this meeting')
            elif uid in seated:
                problems.append(f'{where}: "{uid}" seated twice (also {seated[uid]})')
            seated.setdefault(uid, seat.where)


# ------------------------------------------------------------------ writing
def apply_seating(session: Session, meeting: Meeting, rec: Record, counts) -> None:
    """The file's principals and plan for one meeting (after its participants)."""
    people = {p.uid: p for p in meeting.participants}
    for sub in rec.children.get("participants", []):
        if "principal" in sub.values:
            row, uid = people[sub.uid], sub.values["principal"]
            target = people.get(uid) if uid else None
            if row.principal is not target:
                row.principal = target
    if KEY not in rec.children:
        return
    plan = _plan_of(session, meeting)
    if not rec.children[KEY]:
        if plan is not None:
            session.delete(plan)
            counts["removed"] += 1
        return
    values = rec.children[KEY][0]
    if plan is None:
        plan = SeatingPlan(meeting=meeting)
        session.add(plan)
        counts["created"] += 1
        _fill(plan, values, people)
        return
    before = export_seating(plan)
    _fill(plan, values, people)
    counts["updated"] += export_seating(plan) != before


def _plan_of(session: Session, meeting: Meeting) -> SeatingPlan | None:
    if meeting.id is None:
        return None
    return session.scalar(select(SeatingPlan).where(SeatingPlan.meeting_id == meeting.id))


def _fill(plan: SeatingPlan, rec: Record, people: dict[str, Participant]) -> None:
    v = rec.values
    plan.shape, plan.seat_count = v["shape"], v["seat_count"]
    plan.back_seats = max_back_seats(plan.shape, plan.seat_count, v.get("back_seats", 0))
    plan.door, plan.screen = v.get("door", ""), v.get("screen", "")
    given = {s.values["position"]: s.values for s in rec.children["seats"]}
    rows = {s.position: s for s in plan.seats}
    for place in layout(plan.shape, plan.seat_count, plan.back_seats).places:
        seat = given.get(place.position, {})
        row = rows.pop(place.position, None)
        if row is None:
            row = Seat(position=place.position)
            plan.seats.append(row)
        uid = seat.get("participant")
        row.participant = people.get(uid) if uid else None
        row.locked = bool(seat.get("locked", False))
    for stale in rows.values():
        plan.seats.remove(stale)


# ------------------------------------------------------------------ exporting
def plans_by_meeting(session: Session) -> dict[int, SeatingPlan]:
    rows = session.scalars(
        select(SeatingPlan).options(selectinload(SeatingPlan.seats).selectinload(Seat.participant))
    )
    return {plan.meeting_id: plan for plan in rows}


def export_seating(plan: SeatingPlan) -> dict:
    """The plan as the file holds it: only the seats that are taken or locked."""
    return {
        "shape": plan.shape,
        "seat_count": plan.seat_count,
        "back_seats": plan.back_seats,
        "door": plan.door,
        "screen": plan.screen,
        "seats": [
            {
                "position": s.position,
                "participant": s.participant.uid if s.participant else None,
                "locked": s.locked,
            }
            for s in sorted(plan.seats, key=lambda s: s.position)
            if s.participant is not None or s.locked
        ],
    }
