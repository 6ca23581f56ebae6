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

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from briefing_app.db.models import Organization, Participant
from briefing_app.services.meetings import participant_key


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
