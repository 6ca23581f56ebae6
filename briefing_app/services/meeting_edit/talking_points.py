"""Choosing talking points for a meeting: per organization, or general.

A *group* is one participating organization (``organization_id``) or the
general key messages (``organization_id=None``). Positions are numbered
0..n-1 within each group; the pack reads each group in that order.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from briefing_app.db.models import (
    Meeting,
    MeetingTalkingPoint,
    Organization,
    Priority,
    TalkingPoint,
)
from briefing_app.domain.bilingual import in_language, organization_short
from briefing_app.domain.enums import TalkingPointStatus
from briefing_app.domain.text import clean
from briefing_app.errors import NotFoundError, ValidationError
from briefing_app.services.meeting_edit.order import check_complete_order, renumber
from briefing_app.services.meeting_edit.rows import LibraryPointRow, PickedPointRow


def _group(session: Session, meeting_id: int, organization_id: int | None):
    if session.get(Meeting, meeting_id) is None:
        raise NotFoundError(f"meeting {meeting_id} does not exist (was it deleted?)")
    org_filter = (
        MeetingTalkingPoint.organization_id.is_(None)
        if organization_id is None
        else MeetingTalkingPoint.organization_id == organization_id
    )
    query = (
        select(MeetingTalkingPoint)
        .where(MeetingTalkingPoint.meeting_id == meeting_id, org_filter)
        .options(selectinload(MeetingTalkingPoint.talking_point))
        .order_by(MeetingTalkingPoint.position, MeetingTalkingPoint.id)
    )
    return list(session.scalars(query))


def _titles(priorities: Iterable[Priority], language: str) -> tuple[str, ...]:
    return tuple(in_language(language, p.title, p.title_zh) for p in priorities)


def list_picked_points(
    session: Session, meeting_id: int, organization_id: int | None, language: str = "en"
) -> list[PickedPointRow]:
    """The points chosen for one group, in order; titles in ``language``."""
    return [
        PickedPointRow(
            id=m.id,
            talking_point_id=m.talking_point_id,
            organization_id=m.organization_id,
            position=m.position,
            title=in_language(language, m.talking_point.title, m.talking_point.title_zh),
            text_en=m.talking_point.text_en,
            status=m.talking_point.status,
            priorities=_titles(m.talking_point.priorities, language),
        )
        for m in _group(session, meeting_id, organization_id)
    ]


def library_points(
    session: Session,
    *,
    organization_id: int | None = None,
    general_only: bool = False,
    priority_id: int | None = None,
    status: str | None = None,
    picked_for: tuple[int, int | None] | None = None,
    include_retired: bool = True,
    language: str = "en",
) -> list[LibraryPointRow]:
    """Library points aimed at ``organization_id`` (or with no target when
    ``general_only``), optionally of one priority and status. ``picked_for``
    = (meeting_id, organization_id) marks points already chosen for that group.
    Retired points are left out unless ``include_retired`` (or asked for by ``status``).
    Titles and names in ``language``, the points in the order of their titles."""
    query = select(TalkingPoint).options(
        selectinload(TalkingPoint.priorities), selectinload(TalkingPoint.targets)
    )
    if organization_id is not None:
        query = query.where(TalkingPoint.targets.any(Organization.id == organization_id))
    elif general_only:
        query = query.where(~TalkingPoint.targets.any())
    if priority_id is not None:
        query = query.where(TalkingPoint.priorities.any(Priority.id == priority_id))
    if status:
        query = query.where(TalkingPoint.status == status)
    elif not include_retired:
        query = query.where(TalkingPoint.status != TalkingPointStatus.RETIRED)
    picked = set()
    if picked_for is not None:
        picked = {m.talking_point_id for m in _group(session, *picked_for)}
    rows = [
        LibraryPointRow(
            id=tp.id,
            title=in_language(language, tp.title, tp.title_zh),
            text_en=tp.text_en,
            status=tp.status,
            priorities=_titles(tp.priorities, language),
            targets=tuple(
                organization_short(language, o.name_en, o.name_zh, o.acronym) for o in tp.targets
            ),
            picked=tp.id in picked,
        )
        for tp in session.scalars(query.order_by(TalkingPoint.id))
    ]
    return sorted(rows, key=lambda row: (row.title, row.id))


def pick_point(
    session: Session, meeting_id: int, talking_point_id: int, organization_id: int | None
) -> int:
    """Add a library point to the end of a group (no-op if already there); returns its link id."""
    if session.get(TalkingPoint, talking_point_id) is None:
        raise NotFoundError(f"talking point {talking_point_id} does not exist")
    if organization_id is not None and session.get(Organization, organization_id) is None:
        raise NotFoundError(f"organization {organization_id} does not exist")
    group = _group(session, meeting_id, organization_id)
    existing = next((m for m in group if m.talking_point_id == talking_point_id), None)
    if existing is not None:
        return existing.id
    link = MeetingTalkingPoint(
        meeting_id=meeting_id,
        talking_point_id=talking_point_id,
        organization_id=organization_id,
        position=len(group),
    )
    session.add(link)
    session.flush()
    return link.id


def unpick_point(session: Session, link_id: int) -> None:
    """Take a point off its group (the library keeps it)."""
    link = session.get(MeetingTalkingPoint, link_id)
    if link is None:
        raise NotFoundError(f"chosen talking point {link_id} does not exist")
    meeting_id, org_id = link.meeting_id, link.organization_id
    session.delete(link)
    session.flush()
    renumber(_group(session, meeting_id, org_id))
    session.flush()


def reorder_points(
    session: Session, meeting_id: int, organization_id: int | None, ordered_ids: list[int]
) -> None:
    """Put one group's chosen points in the order of ``ordered_ids`` (link ids)."""
    links = {m.id: m for m in _group(session, meeting_id, organization_id)}
    check_complete_order(ordered_ids, links, "talking point order", "chosen point", meeting_id)
    renumber([links[i] for i in ordered_ids])
    session.flush()


def create_point(
    session: Session,
    meeting_id: int,
    organization_id: int | None,
    title: str,
    text_en: str = "",
    *,
    text_zh: str = "",
    priority_ids: Iterable[int] = (),
) -> int:
    """Write a new draft point in place: added to the library (aimed at the
    organization, if any) and chosen for the group. Returns the link id."""
    if not (title or "").strip():
        raise ValidationError(["title: a talking point needs a title"], "new talking point")
    point = TalkingPoint(
        title=clean(title).strip(),
        text_en=clean(text_en).strip(),
        text_zh=clean(text_zh).strip(),
        status=TalkingPointStatus.DRAFT,
    )
    if organization_id is not None:
        org = session.get(Organization, organization_id)
        if org is None:
            raise NotFoundError(f"organization {organization_id} does not exist")
        point.targets.append(org)
    for pid in priority_ids:
        priority = session.get(Priority, pid)
        if priority is None:
            raise NotFoundError(f"priority {pid} does not exist")
        point.priorities.append(priority)
    session.add(point)
    session.flush()
    return pick_point(session, meeting_id, point.id, organization_id)


def point_groups(
    session: Session, meeting_id: int, language: str = "en"
) -> list[tuple[int, str, int]]:
    """(organization id, name in ``language``, points chosen) for each participating
    organization, in order of precedence (the general group is not included)."""
    from briefing_app.services.meetings import participating_organizations

    counts: dict[int | None, int] = {}
    query = select(MeetingTalkingPoint.organization_id).where(
        MeetingTalkingPoint.meeting_id == meeting_id
    )
    for org_id in session.scalars(query):
        counts[org_id] = counts.get(org_id, 0) + 1
    return [
        (org.id, in_language(language, org.name_en, org.name_zh), counts.get(org.id, 0))
        for org in participating_organizations(session, meeting_id)
    ]


def general_count(session: Session, meeting_id: int) -> int:
    """How many general key messages are chosen for the meeting."""
    return len(_group(session, meeting_id, None))
