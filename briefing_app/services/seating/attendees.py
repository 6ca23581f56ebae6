"""Who gets a place card or a badge, in what order, and how their name reads.

Order: the seating plan's seat order when the meeting has a plan (so the cards
come off the printer in the order they go round the table), then anyone
without a seat in order of precedence; without a plan, precedence
(``services/meetings.ordered_participants``). Participants who declined get
neither card nor badge. A seat still to be named (no person) shows its
organization's name in the name's place."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from briefing_app.db.models import Meeting, Organization, Participant, Person
from briefing_app.domain.enums import Rsvp
from briefing_app.domain.names import (
    Script,
    chinese_form,
    chinese_name,
    is_chinese_script,
    latin_name,
)
from briefing_app.domain.names import script_of as _script
from briefing_app.services.meetings import ordered_participants
from briefing_app.services.seating.plan import plan_of

LANGUAGES = ("en", "zh", "both")


@dataclass(frozen=True)
class Attendee:
    """One card or badge: the name's lines (largest first), the organization's
    lines, the participant's role and seat number (None: no seat)."""

    names: tuple[str, ...]
    organization: tuple[str, ...]
    role: str
    seat: int | None = None


@dataclass(frozen=True)
class AttendeeList:
    """Plain data for the card and badge writers (no ORM objects)."""

    meeting_title: str
    language: str
    marking: str
    attendees: list[Attendee]


def person_lines(person: Person, language: str) -> tuple[str, ...]:
    """The name as a card shows it: "en" the Latin form with its honorific; "zh"
    the Chinese form with the Chinese honorific (Latin when there is none);
    "both" the native-script form above the Latin one."""
    latin = latin_name(person.family_name, person.given_name, person.name_order, person.honorific)
    native = (person.native_name or "").strip()
    chinese = chinese_form(
        native, person.name_zh, (person.family_name or "") + (person.given_name or "")
    )
    if language == "zh":
        return (chinese_name(chinese, person.honorific),) if chinese else (latin,)
    if language == "en":
        return (latin,)
    other = chinese or (native if _script(native) not in (Script.LATIN, Script.NONE) else "")
    if not other or other in latin:
        return (latin,)
    shown = chinese_name(other, person.honorific) if is_chinese_script(other) else other
    return (shown, latin)


def organization_lines(org: Organization, language: str) -> tuple[str, ...]:
    """The organization's full name(s): Chinese above English for "both"."""
    en, zh = (org.name_en or "").strip(), (org.name_zh or "").strip()
    if language == "zh":
        return (zh or en,)
    if language == "both" and zh and zh != en:
        return (zh, en)
    return (en or zh,)


def _attendee(p: Participant, language: str, seat: int | None) -> Attendee:
    org = organization_lines(p.organization, language)
    if p.person is None:
        return Attendee(org, (), str(p.role), seat)
    return Attendee(person_lines(p.person, language), org, str(p.role), seat)


def attendee_list(session: Session, meeting: Meeting, language: str | None = None) -> AttendeeList:
    """The meeting's cards/badges in order (see the module's docstring)."""
    language = language or meeting.language or "en"
    people = [p for p in ordered_participants(session, meeting.id) if p.rsvp != Rsvp.DECLINED]
    plan = plan_of(session, meeting.id)
    seats = {}
    if plan is not None:
        for seat in sorted(plan.seats, key=lambda s: s.position):
            if seat.participant_id is not None:
                seats.setdefault(seat.participant_id, seat.position)
    by_seat = sorted((p for p in people if p.id in seats), key=lambda p: seats[p.id])
    rest = [p for p in people if p.id not in seats]
    rows = [_attendee(p, language, seats.get(p.id)) for p in by_seat + rest]
    return AttendeeList(meeting.title, language, meeting.classification or "", rows)
