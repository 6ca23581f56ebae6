"""Reading a meeting's rows for its pack, once.

A pack in one language and the same content in both languages (its identity,
``review/identity.py``) are built from the same rows: :func:`read_rows` loads
them (a handful of queries) into a :class:`MeetingRows`, and
``content.PackReader`` builds the content in any language from it without
asking the database again. What does not depend on the language (the seating
chart, the small copies of the photos) is made here, once.

The thousands of seats, people and talking points of a large meeting are read
with Core as :class:`Record` objects (about half the time of ORM objects, and
plain attribute reads), named as the models' attributes; the few organizations
(with their engagements), priorities and the meeting stay ORM objects.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from types import SimpleNamespace

from sqlalchemy import JSON, inspect, select
from sqlalchemy.orm import Session, selectinload

from briefing_app.db.models import (
    Meeting,
    MeetingTalkingPoint,
    Organization,
    Participant,
    Person,
    Priority,
    TalkingPoint,
    talking_point_priorities,
)
from briefing_app.domain.enums import TalkingPointStatus
from briefing_app.services.meeting_edit.new_meeting import office_organization
from briefing_app.services.meetings import find_meeting, organization_key, participant_key
from briefing_app.services.org_kinds import kind_labels
from briefing_app.services.pack import biographies, seating_page
from briefing_app.services.pack.model import SeatingChart
from briefing_app.settings import Settings


class Record(SimpleNamespace):
    """A row read with Core: the model's column attributes as plain attributes (lists
    such as ``tags`` left out: the pack shows none), and the related records the pack
    follows set on it (a seat's ``person`` and ``organization``, a chosen talking
    point's ``talking_point``)."""


@dataclass
class MeetingRows:
    """What a meeting's pack is built from, read once (see the module's docstring)."""

    meeting: Meeting
    include_drafts: bool
    #: The meeting's seats (Participant records with ``person`` and ``organization``),
    #: in order of precedence.
    participants: list[Record]
    #: The talking points the pack may show (MeetingTalkingPoint records with
    #: ``talking_point``), in their chosen order.
    chosen: list[Record]
    #: The priorities each talking point serves (by talking point id), in order.
    served: dict[int, list[Priority]]
    #: Organizations with a seat or a talking point, in order of precedence.
    organizations: list[Organization]
    #: The office's labels of organization kinds (``org_kinds.kind_labels``).
    kinds: dict[str, tuple[str, str]]
    seating: SeatingChart | None
    #: Whose biographies ("heads", "all", "none"), the participants who get one and
    #: the small copies of their photos, by person id.
    bios_scope: str
    bio_participants: list[Record] = field(default_factory=list)
    photos: dict = field(default_factory=dict)
    #: The office's name in Chinese (``office_name_zh``; "" = print the English).
    office_zh: str = ""

    def seats_by_organization(self) -> dict[int, list[Record]]:
        return by_organization(self.participants)

    def points_by_organization(self) -> dict[int, list[Record]]:
        return by_organization(self.chosen)


def read_rows(
    session: Session, meeting_ref: int | str, include_drafts: bool, bios_scope: str
) -> MeetingRows:
    """The rows of the meeting ``meeting_ref`` (an id or unique title part) its pack
    shows; ``bios_scope``: whose biographies (already checked)."""
    meeting = find_meeting(session, meeting_ref)
    seats = records(session, Participant, Participant.meeting_id == meeting.id)
    chosen = _chosen_talking_points(session, meeting.id, include_drafts)
    organizations = _organizations(session, seats, chosen)
    participants = _in_order(session, meeting.id, seats, organizations)
    bio_participants = biographies.chosen(participants, bios_scope)
    return MeetingRows(
        meeting=meeting,
        include_drafts=include_drafts,
        participants=participants,
        chosen=chosen,
        served=_priorities_by_point(session, meeting.id),
        organizations=organizations,
        kinds=kind_labels(session),
        seating=seating_page.seating_chart(session, meeting),
        bios_scope=bios_scope,
        bio_participants=bio_participants,
        photos=biographies.small_photos(session, bio_participants),
    )


def office_name_zh(session: Session, settings: Settings) -> str:
    """The office's name in Chinese: the ``office_name_zh`` setting, else the Chinese
    name of the office's own organization (``host_organization``, else the one named
    like ``office_name``), else "" (documents then print the English name)."""
    if settings.office_name_zh.strip():
        return settings.office_name_zh.strip()
    office = office_organization(session, settings.host_organization, settings.office_name)
    if office is None:
        return ""
    return session.scalar(select(Organization.name_zh).where(Organization.id == office)) or ""


def records(session: Session, model: type, *where, order_by=()) -> list[Record]:
    """The rows of ``model`` matching ``where`` as :class:`Record` objects."""
    attrs = [a for a in inspect(model).column_attrs if not isinstance(a.columns[0].type, JSON)]
    result = session.execute(
        select(*(a.columns[0] for a in attrs)).where(*where).order_by(*order_by)
    )
    names = [a.key for a in attrs]
    return [Record(**dict(zip(names, row, strict=True))) for row in result]


def _in_order(
    session: Session, meeting_id: int, seats: list[Record], organizations: list[Organization]
) -> list[Record]:
    """The meeting's seats with their people and organizations, in order of precedence
    (``services.meetings.participant_key``, as ``ordered_participants``)."""
    people_ids = select(Participant.person_id).where(Participant.meeting_id == meeting_id)
    people = {p.id: p for p in records(session, Person, Person.id.in_(people_ids))}
    by_id = {org.id: org for org in organizations}
    for seat in seats:
        seat.person = people.get(seat.person_id)
        seat.organization = by_id[seat.organization_id]
    return sorted(seats, key=participant_key)


def by_organization(rows: Iterable[Record]) -> dict[int, list[Record]]:
    """Rows grouped by ``organization_id``, keeping their order."""
    groups: dict[int, list] = {}
    for row in rows:
        if row.organization_id is not None:
            groups.setdefault(row.organization_id, []).append(row)
    return groups


def _chosen_talking_points(session: Session, meeting_id: int, include_drafts: bool) -> list[Record]:
    """The meeting's chosen talking points that may be shown, in their chosen order."""
    allowed = {TalkingPointStatus.APPROVED.value}
    if include_drafts:
        allowed.add(TalkingPointStatus.DRAFT.value)
    rows = records(
        session, MeetingTalkingPoint, MeetingTalkingPoint.meeting_id == meeting_id,
        order_by=(MeetingTalkingPoint.position, MeetingTalkingPoint.id),
    )  # fmt: skip
    ids = select(MeetingTalkingPoint.talking_point_id).where(
        MeetingTalkingPoint.meeting_id == meeting_id
    )
    points = {tp.id: tp for tp in records(session, TalkingPoint, TalkingPoint.id.in_(ids))}
    for row in rows:
        row.talking_point = points[row.talking_point_id]
    return [row for row in rows if str(row.talking_point.status) in allowed]


def _organizations(
    session: Session, participants: list[Record], chosen: list[Record]
) -> list[Organization]:
    """Organizations with a seat or a talking point aimed at them, in order of precedence,
    with their engagements loaded in one query."""
    ids = {p.organization_id for p in participants}
    ids |= {row.organization_id for row in chosen if row.organization_id is not None}
    if not ids:
        return []
    orgs = session.scalars(
        select(Organization)
        .where(Organization.id.in_(ids))
        .options(selectinload(Organization.engagements))
    ).all()
    return sorted(orgs, key=organization_key)


def _priorities_by_point(session: Session, meeting_id: int) -> dict[int, list[Priority]]:
    """The priorities each of the meeting's talking points serves, by talking point id,
    in priority order (position, id).

    One query for the links and one for the few priorities, grouped here: loading
    ``TalkingPoint.priorities`` per point builds thousands of ORM collections."""
    links = talking_point_priorities.c
    pairs = session.execute(
        select(links.talking_point_id, links.priority_id)
        .join(MeetingTalkingPoint, MeetingTalkingPoint.talking_point_id == links.talking_point_id)
        .where(MeetingTalkingPoint.meeting_id == meeting_id)
        .distinct()
    ).all()
    ids = {priority_id for _, priority_id in pairs}
    priorities = {p.id: p for p in session.scalars(select(Priority).where(Priority.id.in_(ids)))}
    served: dict[int, list[Priority]] = {}
    for point_id, priority_id in pairs:
        served.setdefault(point_id, []).append(priorities[priority_id])
    for group in served.values():
        group.sort(key=lambda p: (p.position, p.id))
    return served


def served_priorities(
    chosen: Iterable[Record], served: dict[int, list[Priority]]
) -> list[Priority]:
    """The priorities any of ``chosen`` serves, in priority order."""
    seen: dict[int, Priority] = {}
    for row in chosen:
        for priority in served.get(row.talking_point_id, ()):
            seen.setdefault(priority.id, priority)
    return sorted(seen.values(), key=lambda p: (p.position, p.id))
