"""Suggested talking points: what the library already says for this meeting.

For each participating organization, the approved points aimed at it; for the
general key messages, the approved points aimed at no one. Each group in
order of priority (the position of the point's first priority; points without
a priority last), then by title. The user then removes or reorders.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from briefing_app.db.models import MeetingTalkingPoint, Organization, TalkingPoint
from briefing_app.domain.enums import TalkingPointStatus
from briefing_app.services.meeting_edit.talking_points import pick_point
from briefing_app.services.meetings import participating_organizations


def _by_priority(point: TalkingPoint) -> tuple:
    positions = [p.position for p in point.priorities]
    return (not positions, min(positions, default=0), point.title.casefold(), point.id)


def suggested_points(session: Session, meeting_id: int) -> list[tuple[int, int | None]]:
    """(talking point id, organization id or None) not yet chosen, group by group:
    the organizations in order of precedence, then the general key messages."""
    approved = session.scalars(
        select(TalkingPoint)
        .where(TalkingPoint.status == TalkingPointStatus.APPROVED)
        .options(selectinload(TalkingPoint.priorities), selectinload(TalkingPoint.targets))
    ).all()
    points = sorted(approved, key=_by_priority)
    chosen = set(
        session.execute(
            select(MeetingTalkingPoint.talking_point_id, MeetingTalkingPoint.organization_id)
            .where(MeetingTalkingPoint.meeting_id == meeting_id)
        ).all()
    )  # fmt: skip
    orgs: list[Organization | None] = [*participating_organizations(session, meeting_id), None]
    suggestions = []
    for org in orgs:
        for point in points:
            aimed = org in point.targets if org is not None else not point.targets
            key = (point.id, org.id if org is not None else None)
            if aimed and key not in chosen:
                suggestions.append(key)
    return suggestions


def add_suggested_points(session: Session, meeting_id: int) -> list[int]:
    """Choose every suggested point (appended to its group); returns the new link ids."""
    return [
        pick_point(session, meeting_id, point_id, org_id)
        for point_id, org_id in suggested_points(session, meeting_id)
    ]
