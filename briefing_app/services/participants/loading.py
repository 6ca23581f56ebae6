"""Loading a meeting's participants for the participant list, in few queries.

``services.meetings.ordered_participants`` runs three queries (participants,
then their organizations and people by ``selectinload``). The list and the
import load the organizations first and keep them, then the participants with
their people joined: each participant's organization then comes from the
session's identity map, with no further query. The order is the same
(``participant_key``). (Deferring the unused JSON columns was tried: it costs
more per object than decoding them.)
"""

from __future__ import annotations

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session, joinedload

from briefing_app.db.models import Organization, Participant, Person
from briefing_app.services.meetings import org_key_of, participant_key, seat_key


def load_participants(
    session: Session, meeting_id: int, *, all_organizations: bool = False
) -> tuple[list[Organization], list[Participant]]:
    """(organizations, the meeting's participants in order of precedence).

    The organizations are those of the meeting, or every organization in the
    database with ``all_organizations`` (an import can add people of any).
    Keep the returned organizations referenced while the participants are used.
    """
    orgs = select(Organization)
    if not all_organizations:
        in_meeting = select(Participant.organization_id).where(Participant.meeting_id == meeting_id)
        orgs = orgs.where(Organization.id.in_(in_meeting))
    organizations = list(session.scalars(orgs))
    stmt = (
        select(Participant)
        .where(Participant.meeting_id == meeting_id)
        .options(joinedload(Participant.person))
    )
    return organizations, sorted(session.scalars(stmt), key=participant_key)


def _title_column(title_attr: str):
    """The title the list shows: the Chinese one where there is one, else the English
    (the English title column is the English title)."""
    if title_attr == "title_en":
        return Person.title_en
    return func.coalesce(func.nullif(Person.title_zh, ""), Person.title_en)


def list_records(session: Session, meeting_id: int, title_attr: str) -> list[Row]:
    """The exported list's values, one row per participant, in order of precedence.

    One SQL query returning plain rows (no ORM objects: the export only reads),
    labelled by column key (``org_en``, ``family_name``, ``title``...). Person
    columns are None for a seat still to be named.
    """
    stmt = (
        select(
            Participant.id,
            Participant.uid,
            Participant.role,
            Participant.rsvp,
            Participant.seat,
            Participant.remarks,
            Organization.name_en.label("org_en"),
            Organization.name_zh.label("org_zh"),
            Organization.name_native.label("org_native"),
            Organization.id.label("org_id"),
            Organization.precedence_rank.label("org_rank"),
            Organization.tie_order.label("org_tie"),
            Person.id.label("person_id"),
            Person.rank.label("person_rank"),
            Person.honorific,
            Person.family_name,
            Person.given_name,
            Person.native_name,
            Person.name_order,
            _title_column(title_attr).label("title"),
            Person.email,
            Person.phone,
            Person.needs,
        )
        .join(Organization, Participant.organization_id == Organization.id)
        .outerjoin(Person, Participant.person_id == Person.id)
        .where(Participant.meeting_id == meeting_id)
    )
    return sorted(session.execute(stmt).all(), key=record_key)


def record_key(r: Row) -> tuple:
    """``services.meetings.seat_key`` for a row of ``list_records``."""
    named = r.person_id is not None
    return seat_key(
        org_key_of(r.org_rank, r.org_tie, r.org_en, r.org_id),
        r.id,
        r.role,
        r.person_rank,
        r.family_name if named else None,
        r.given_name,
    )
