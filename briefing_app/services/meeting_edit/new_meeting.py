"""A new meeting in one step: its details, the host's people and the invited
delegations, created in the caller's transaction.

Seating rules (DESIGN.md §2, order of precedence): each organization's people
are taken in precedence order. Of those seated, the first of an invited
organization is its *Head of delegation* and the others *Members*; an invited
organization with nobody to seat gets one seat still to be named (its head, to
be named later). The host's first seated person is the *Host*, the others
*Staff*. Roles stay editable afterwards like any other.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from briefing_app.db.models import Meeting, Organization, Participant, Person
from briefing_app.domain.bilingual import in_language, person_name
from briefing_app.domain.enums import ParticipantRole
from briefing_app.domain.timezones import is_valid_zone, system_zone
from briefing_app.errors import NotFoundError, UserError, ValidationError
from briefing_app.services.library_lists import organization_choices
from briefing_app.services.meeting_edit.details import create_meeting
from briefing_app.services.meeting_edit.rows import MeetingDetails
from briefing_app.services.meeting_edit.suggested import add_suggested_points
from briefing_app.services.meetings import organization_key, people_in_order

#: How long a new meeting lasts unless the user says otherwise.
DEFAULT_LENGTH = timedelta(hours=2)


@dataclass(frozen=True)
class DelegationPerson:
    """One person the new-meeting form offers to seat (``is_head``: best rank)."""

    id: int
    name: str
    title: str
    is_head: bool


@dataclass(frozen=True)
class Delegation:
    """An organization and its people in order of precedence."""

    organization_id: int
    name: str
    people: tuple[DelegationPerson, ...] = field(default_factory=tuple)


def _organization(session: Session, organization_id: int) -> Organization:
    org = session.get(Organization, organization_id)
    if org is None:
        raise NotFoundError(f"organization {organization_id} does not exist (was it deleted?)")
    return org


def organization_people(session: Session, organization_id: int) -> list[Person]:
    """The organization's people, its head (best protocol rank) first."""
    query = (
        select(Person)
        .where(Person.organization_id == organization_id)
        .options(selectinload(Person.organization))
    )
    return people_in_order(list(session.scalars(query)))


def delegations(
    session: Session, organization_ids: Iterable[int], language: str = "en"
) -> list[Delegation]:
    """Each organization with its people (head first), in order of precedence; names
    and titles in ``language`` (domain.bilingual)."""
    orgs = sorted((_organization(session, i) for i in set(organization_ids)), key=organization_key)
    return [
        Delegation(
            org.id,
            in_language(language, org.name_en, org.name_zh),
            tuple(
                DelegationPerson(
                    p.id,
                    person_name(language, p),
                    in_language(language, p.title_en, p.title_zh),
                    is_head=position == 0,
                )
                for position, p in enumerate(organization_people(session, org.id))
            ),
        )
        for org in orgs
    ]


def default_people(session: Session, organization_ids: Iterable[int]) -> list[int]:
    """Whom the form ticks at first: each organization's head."""
    heads = (organization_people(session, oid)[:1] for oid in organization_ids)
    return [people[0].id for people in heads if people]


def _seat(session: Session, meeting_id: int, org_id: int, person_id, role: str) -> int:
    seat = Participant(
        meeting_id=meeting_id, organization_id=org_id, person_id=person_id, role=role
    )
    session.add(seat)
    session.flush()
    return seat.id


def seat_delegation(
    session: Session,
    meeting_id: int,
    organization_id: int,
    person_ids: Iterable[int] | None = None,
    *,
    host: bool = False,
) -> list[int]:
    """Seat ``organization_id``'s people at the meeting; returns the new seat ids.

    ``person_ids`` None = the head only. The people are seated in order of
    precedence: the first as Head of delegation (Host for the ``host``), the
    rest as Members (Staff). Nobody to seat: one seat to be named (none for the host).
    An organization already at the meeting is refused (UserError).
    """
    if session.get(Meeting, meeting_id) is None:
        raise NotFoundError(f"meeting {meeting_id} does not exist (was it deleted?)")
    org = _organization(session, organization_id)
    already = select(Participant.id).where(
        Participant.meeting_id == meeting_id, Participant.organization_id == organization_id
    )
    if session.scalars(already).first() is not None:
        raise UserError(f"{org.name_en} is already invited to this meeting")
    people = organization_people(session, organization_id)
    wanted = None if person_ids is None else set(person_ids)
    chosen = people[:1] if wanted is None else [p for p in people if p.id in wanted]
    if wanted is not None and len(chosen) != len(wanted):
        strangers = sorted(wanted - {p.id for p in chosen})
        raise ValidationError(
            [f"people: {strangers} are not people of organization {organization_id}"],
            f"meeting {meeting_id}",
        )
    first, rest = (
        (ParticipantRole.HOST, ParticipantRole.STAFF)
        if host
        else (ParticipantRole.HEAD_OF_DELEGATION, ParticipantRole.MEMBER)
    )
    if not chosen:
        return [] if host else [_seat(session, meeting_id, organization_id, None, first)]
    return [
        _seat(session, meeting_id, organization_id, p.id, first if i == 0 else rest)
        for i, p in enumerate(chosen)
    ]


def _people_by_organization(session: Session, person_ids: Iterable[int]) -> dict[int, set[int]]:
    grouped: dict[int, set[int]] = {}
    for pid in person_ids:
        person = session.get(Person, pid)
        if person is None:
            raise NotFoundError(f"person {pid} does not exist (was it deleted?)")
        grouped.setdefault(person.organization_id, set()).add(pid)
    return grouped


def create_new_meeting(
    session: Session,
    details: MeetingDetails,
    invited: Iterable[int] = (),
    people: Iterable[int] | None = None,
    *,
    suggested_points: bool = False,
) -> int:
    """Create the meeting with the host's people and the invited delegations seated.

    ``invited``: organization ids (the host is seated as host, not invited).
    ``people``: person ids to seat (of the host or an invited organization);
    None = each organization's head. ``suggested_points``: also choose the
    suggested talking points (``suggested.add_suggested_points``). Returns the meeting id.
    """
    host = details.host_organization_id
    invited = [oid for oid in dict.fromkeys(invited) if oid != host]
    for oid in invited:
        _organization(session, oid)
    chosen = _people_by_organization(session, people) if people is not None else None
    outside = set(chosen or ()) - {*invited, host}
    if outside:
        raise ValidationError(
            [f"people: organization {sorted(outside)} is neither the host nor invited"],
            "new meeting",
        )
    meeting_id = create_meeting(session, details)
    if host is not None:
        ids = None if chosen is None else chosen.get(host, set())
        seat_delegation(session, meeting_id, host, ids, host=True)
    for oid in invited:
        ids = None if chosen is None else chosen.get(oid, set())
        seat_delegation(session, meeting_id, oid, ids)
    if suggested_points:
        add_suggested_points(session, meeting_id)
    return meeting_id


def find_organization(session: Session, ref: str | int) -> Organization:
    """The organization with id, uid or acronym ``ref``, or the one whose name contains it."""
    text = str(ref).strip()
    if text.isdigit() and (org := session.get(Organization, int(text))) is not None:
        return org
    orgs = list(session.scalars(select(Organization)))
    needle = text.casefold()
    exact = [o for o in orgs if needle in (o.uid.casefold(), (o.acronym or "").casefold())]
    matches = exact or [
        o for o in orgs if needle and (needle in o.name_en.casefold() or needle in o.name_zh)
    ]
    if not matches:
        raise NotFoundError(f'no organization with id, acronym or name matching "{text}"')
    if len(matches) > 1:
        names = ", ".join(o.acronym or o.name_en for o in matches[:5])
        raise NotFoundError(f'"{text}" matches {len(matches)} organizations ({names})')
    return matches[0]


def office_organization(session: Session, uid: str, office_name: str) -> int | None:
    """The office's own organization: the one whose uid is ``uid`` (Preferences), else
    the one named ``office_name`` (English or Chinese name, or acronym); None if neither."""
    if uid:
        found = session.scalar(select(Organization.id).where(Organization.uid == uid))
        if found is not None:
            return found
    name = (office_name or "").strip()
    if not name:
        return None
    query = select(Organization.id).where(
        (Organization.name_en == name) | (Organization.name_zh == name)
        | (Organization.acronym == name)
    )  # fmt: skip
    return session.scalars(query.order_by(Organization.id)).first()


def office_choices(session: Session, language: str = "en") -> list[tuple[str, str]]:
    """(uid, "Name (ACRONYM)") of every organization in order of precedence, names in
    ``language``, for choosing the office's own (Preferences keeps the uid: it
    survives export/import)."""
    uids = dict(session.execute(select(Organization.id, Organization.uid)).all())
    return [(uids[oid], label) for oid, label in organization_choices(session, language)]


def default_zone(session: Session, last_used: str = "", system_hint: str | None = None) -> str:
    """The zone a new meeting starts with: the last one this user chose; else that of
    the meeting created last in this database (an office's meetings are mostly where
    the office is, and a fresh database with the demo holds the office's own); else
    the machine's."""
    if is_valid_zone(last_used):
        return last_used
    latest = select(Meeting.timezone).order_by(Meeting.id.desc()).limit(20)
    for zone in session.scalars(latest):
        if zone != "UTC" and is_valid_zone(zone):
            return zone
    return system_zone(system_hint)
