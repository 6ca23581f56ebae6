"""A seating plan as plain rows: for the JSON file, the Word chart and the GUI.

Warnings name what a person setting up the room must fix: participants with no
chair, anyone seated twice, chairs missing for the people invited."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from briefing_app.db.models import Meeting, Participant
from briefing_app.domain.bilingual import organization_short
from briefing_app.domain.enums import Rsvp
from briefing_app.domain.names import display_name
from briefing_app.domain.seating_layout import Outline
from briefing_app.services.meetings import ordered_participants
from briefing_app.services.seating.plan import attending, plan_layout, plan_of


@dataclass(frozen=True)
class SeatRow:
    position: int
    x: float
    y: float
    angle: float
    at_table: bool
    behind: int | None
    locked: bool
    participant_uid: str | None = None
    person_uid: str | None = None
    name: str = ""
    organization: str = ""
    role: str = ""


@dataclass
class PlanView:
    meeting_title: str
    shape: str
    seat_count: int
    back_seats: int
    seats: list[SeatRow]
    tables: tuple[Outline, ...]
    unseated: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    #: Participants in more than one chair (a plan edited outside the app).
    twice: list[str] = field(default_factory=list)
    #: The side of the drawing the room's door / screen is on ("" = not shown).
    door: str = ""
    screen: str = ""


def seat_label(p: Participant, language: str) -> tuple[str, str]:
    """(name, organization) as a seat shows them: both scripts stacked for "both"."""
    org = p.organization
    org_text = organization_short(
        "zh" if language == "zh" else "en", org.name_en, org.name_zh, org.acronym
    )
    person = p.person
    if person is None:
        return org_text, ""
    name = display_name(
        person.family_name,
        person.given_name,
        person.name_order,
        person.honorific,
        person.native_name or "",
        language=language,
        name_zh=getattr(person, "name_zh", "") or "",
        stacked=True,
    )
    return name, org_text


def plan_view(session: Session, meeting: Meeting, language: str | None = None) -> PlanView | None:
    """The meeting's plan as rows (None when it has none); ``language`` en/zh/both,
    default the meeting's."""
    plan = plan_of(session, meeting.id)
    if plan is None:
        return None
    language = language or meeting.language or "en"
    participants = {p.id: p for p in ordered_participants(session, meeting.id)}
    occupant = {s.position: s for s in plan.seats}
    chairs = plan_layout(plan)
    rows = []
    for place in chairs.places:
        seat = occupant.get(place.position)
        who = participants.get(seat.participant_id) if seat else None
        rows.append(_row(place, seat.locked if seat else False, who, language))
    view = PlanView(
        meeting.title, plan.shape, plan.seat_count, plan.back_seats, rows, chairs.tables,
        door=plan.door or "", screen=plan.screen or "",
    )  # fmt: skip
    _check(view, plan, participants, language)
    return view


def _row(place, locked: bool, who: Participant | None, language: str) -> SeatRow:
    base = dict(
        position=place.position,
        x=place.x,
        y=place.y,
        angle=place.angle,
        at_table=place.at_table,
        behind=place.behind,
        locked=locked,
    )
    if who is None:
        return SeatRow(**base)
    name, org = seat_label(who, language)
    return SeatRow(
        **base,
        participant_uid=who.uid,
        person_uid=who.person.uid if who.person else None,
        name=name,
        organization=org,
        role=str(who.role),
    )


def _check(view: PlanView, plan, participants: dict[int, Participant], language: str) -> None:
    counts: dict[int, int] = {}
    for s in plan.seats:
        if s.participant_id is not None:
            counts[s.participant_id] = counts.get(s.participant_id, 0) + 1
    for pid, p in participants.items():
        if p.rsvp == Rsvp.DECLINED and pid not in counts:
            continue  # declined: needs no chair
        label = seat_label(p, language)[0].replace("\n", " ")
        if pid not in counts:
            view.unseated.append(label)
        elif counts[pid] > 1:
            view.twice.append(label)
            view.warnings.append(f"{label} is seated {counts[pid]} times")
    chairs, coming = len(view.seats), len(attending(list(participants.values())))
    if coming > chairs:
        view.warnings.append(f"{coming} participants for {chairs} chairs")
    if view.unseated:
        view.warnings.append(f"{len(view.unseated)} without a seat: " + ", ".join(view.unseated))


def plan_json(view: PlanView) -> dict:
    """What ``seating --out plan.json`` writes (docs/seating.md describes it)."""
    return {
        "format": "briefing-app seating plan",
        "version": 1,
        "meeting": view.meeting_title,
        "shape": view.shape,
        "seat_count": view.seat_count,
        "back_seats": view.back_seats,
        "door": view.door,
        "screen": view.screen,
        "units": "cm; origin at the table's centre, x right, y down the page; "
        "angle = direction the occupant faces, degrees clockwise from up",
        "tables": [vars(t) for t in view.tables],
        "seats": [
            {
                "position": r.position,
                "x": r.x,
                "y": r.y,
                "angle": r.angle,
                "at_table": r.at_table,
                "behind": r.behind,
                "locked": r.locked,
                "participant_uid": r.participant_uid,
                "person_uid": r.person_uid,
                "name": r.name.replace("\n", " "),
                "organization": r.organization,
            }
            for r in view.seats
        ],
        "unseated": view.unseated,
        "warnings": view.warnings,
    }
