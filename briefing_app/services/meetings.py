"""Finding meetings and reading them in protocol order."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from briefing_app.db.models import Meeting, Organization, Participant, Person
from briefing_app.domain.numbers import fits
from briefing_app.domain.precedence import (
    delegate_order_key,
    organization_order_key,
    precedence_key,
)
from briefing_app.errors import NotFoundError


def list_meetings(session: Session) -> list[Meeting]:
    """All meetings, soonest first (undated ones last)."""
    rows = session.scalars(select(Meeting)).all()
    return sorted(rows, key=lambda m: (m.starts_at is None, m.starts_at or 0, m.id))


def meeting_titles(session: Session, ids) -> dict[int, tuple[str, str]]:
    """id -> (title, Chinese title) of those of ``ids`` that exist."""
    query = select(Meeting.id, Meeting.title, Meeting.title_zh).where(Meeting.id.in_(list(ids)))
    return {mid: (title, title_zh) for mid, title, title_zh in session.execute(query)}


def find_meeting(session: Session, ref: str | int) -> Meeting:
    """The meeting with id ``ref``, or the one whose title contains ``ref`` (any case)."""
    text = str(ref).strip()
    if text.isascii() and text.isdigit() and len(text) < 30 and fits(int(text)):
        meeting = session.get(Meeting, int(text))
        if meeting is not None:
            return meeting
    needle = text.casefold()
    matches = [
        m
        for m in session.scalars(select(Meeting)).all()
        if needle and (needle in m.title.casefold() or needle in (m.title_zh or "").casefold())
    ]
    if not matches:
        raise NotFoundError(f'no meeting with id or title matching "{text}"')
    if len(matches) > 1:
        names = ", ".join(f"{m.id}: {m.title}" for m in matches[:5])
        raise NotFoundError(f'"{text}" matches {len(matches)} meetings ({names}); give the id')
    return matches[0]


def seat_key(
    org: tuple,
    seat_id: int | None,
    role: str | None = None,
    person_rank: int | None = None,
    family_name: str | None = None,
    given_name: str | None = None,
) -> tuple:
    """Precedence key of a seat from plain values; ``family_name`` None = a seat to be named.

    ``org`` is the organization's :func:`org_key_of` (rank, tie order, English
    name, id); the rule is :mod:`briefing_app.domain.precedence`'s.
    """
    named = family_name is not None
    return precedence_key(
        org,
        delegate_order_key(named, role, person_rank, family_name, given_name, seat_id),
    )


def org_key_of(
    rank: int | None, tie_order: int | None, name_en: str | None, org_id: int | None
) -> tuple:
    """An organization's precedence key from plain values (rows of a query)."""
    return organization_order_key(rank, tie_order, name_en, org_id)


def organization_key(org: Organization) -> tuple:
    """Precedence key of an organization: rank, tie order, English name, id."""
    return org_key_of(org.precedence_rank, org.tie_order, org.name_en, org.id)


def participant_key(p: Participant) -> tuple:
    """Precedence key of a participant (see :func:`seat_key`)."""
    person = p.person
    return seat_key(
        organization_key(p.organization),
        p.id,
        p.role,
        person.rank if person else None,
        person.family_name if person else None,
        person.given_name if person else None,
    )


def ordered_participants(session: Session, meeting_id: int) -> list[Participant]:
    """The meeting's participants in order of precedence."""
    rows = session.scalars(
        select(Participant)
        .where(Participant.meeting_id == meeting_id)
        .options(selectinload(Participant.organization), selectinload(Participant.person))
    ).all()
    return sorted(rows, key=participant_key)


def participating_organizations(session: Session, meeting_id: int) -> list[Organization]:
    """Organizations with at least one seat at the meeting, in order of precedence."""
    orgs = {p.organization.id: p.organization for p in ordered_participants(session, meeting_id)}
    return sorted(orgs.values(), key=organization_key)


def people_in_order(people: list[Person]) -> list[Person]:
    """People of one or more organizations in order of precedence (no seat: no role)."""
    return sorted(
        people,
        key=lambda p: seat_key(
            organization_key(p.organization), p.id, None, p.rank, p.family_name, p.given_name
        ),
    )
