"""Reading a meeting from the database into a :class:`PackContent`.

Everything the document shows is decided here: which talking points appear
(approved ones; drafts only on request, marked), the order of precedence
(only through :mod:`briefing_app.services.meetings`), names by protocol rules
(:mod:`briefing_app.domain.names`), the language of data and labels, and text
cleaned of characters Word cannot store. The result is plain data, so a
renderer, the GUI preview and pack-version snapshots never need the database.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from briefing_app.db.models import (
    Meeting,
    MeetingTalkingPoint,
    Organization,
    PackVersion,
    Participant,
    Person,
    Priority,
    talking_point_priorities,
)
from briefing_app.domain.enums import TalkingPointStatus
from briefing_app.domain.names import own_script_name
from briefing_app.domain.timezones import UnknownTimeZoneError
from briefing_app.errors import UserError
from briefing_app.services.meetings import (
    find_meeting,
    ordered_participants,
    organization_key,
)
from briefing_app.services.org_kinds import kind_labels
from briefing_app.services.pack import biographies, seating_page, sections
from briefing_app.services.pack.fmt import (
    TextPicker,
    format_date,
    format_generated,
    format_slot,
    format_time_range,
)
from briefing_app.services.pack.glance import at_a_glance
from briefing_app.services.pack.labels import LANGUAGES, labels, term
from briefing_app.services.pack.model import (
    AgendaRow,
    Cover,
    PackContent,
    ParticipantRow,
)
from briefing_app.services.pack.sections import person_name
from briefing_app.settings import Settings

__all__ = ["PackContent", "build_pack_content"]


def build_pack_content(
    session: Session,
    meeting_id: int | str,
    language: str = "en",
    include_drafts: bool = False,
    *,
    pack_version: int | None = None,
    settings: Settings | None = None,
    now: datetime | None = None,
    bios: str | None = None,
) -> PackContent:
    """Everything the pack for ``meeting_id`` (an id or unique title part) shows.

    ``pack_version`` defaults to the number a pack of this content would be recorded
    as: the newest version's if it holds the same content, else the next free one;
    ``bios``: whose biographies ("heads", "all", "none"; default: the setting).
    """
    if language not in LANGUAGES:
        raise UserError(f'pack language "{language}" is not one of {", ".join(LANGUAGES)}')
    settings = settings or Settings.load()
    meeting = find_meeting(session, meeting_id)
    pick = TextPicker(language, family_caps=settings.family_name_capitals)
    now = now or datetime.now().astimezone().replace(tzinfo=None)
    participants = ordered_participants(session, meeting.id)
    chosen = _chosen_talking_points(session, meeting.id, include_drafts)
    served = _priorities_by_point(session, meeting.id)
    orgs = _organizations(session, participants, chosen)
    content = PackContent(
        meeting_id=meeting.id,
        meeting_uid=meeting.uid,
        language=language,
        include_drafts=include_drafts,
        generated_at=now.isoformat(timespec="seconds"),
        office=pick.clean(settings.office_name, "settings.office_name"),
        marking=pick.clean(meeting.classification or settings.classification, "classification"),
        pack_version=pack_version or 0,
    )
    content.cover = _cover(meeting, content, pick, now)
    content.cover.reference = document_reference(
        settings.resolved_reference_prefix(), meeting.uid, content.pack_version
    )
    content.purpose = pick.paragraphs(meeting.objectives, meeting.objectives_zh, "objectives")
    content.agenda = [_agenda_row(item, pick) for item in meeting.agenda]
    content.participants = [_participant_row(i, p, pick) for i, p in enumerate(participants, 1)]
    seats, aimed = _by_organization(participants), _by_organization(chosen)
    kinds = kind_labels(session)
    content.organizations = [
        sections.organization_section(
            org, seats.get(org.id, []), aimed.get(org.id, []), served, pick, kinds
        )
        for org in orgs
    ]
    scope = biographies.check_scope(bios or settings.pack_biographies)
    content.biographies = biographies.biographies(session, participants, pick, scope)
    content.biographies_of = scope if content.biographies else ""
    content.key_messages = sections.key_messages(chosen, served, pick)
    content.annex = sections.annex(_served_priorities(chosen, served), pick)
    content.seating = seating_page.seating_chart(session, meeting)
    content.glance = at_a_glance(meeting, content.cover, participants, content.key_messages, pick)
    content.cleaned = pick.report.lines()
    if not pack_version:
        content.set_version(_number_it_would_get(session, content, bios))
    return content


def document_reference(prefix: str, meeting_uid: str, version: int) -> str:
    """The pack's reference on its cover: "WOC/ROUNDTABLE-2022/v3"."""
    return f"{prefix}/{meeting_uid}/v{version}"


def _by_organization(rows: Iterable[Participant | MeetingTalkingPoint]) -> dict[int, list]:
    """Rows grouped by ``organization_id``, keeping their order."""
    groups: dict[int, list] = {}
    for row in rows:
        if row.organization_id is not None:
            groups.setdefault(row.organization_id, []).append(row)
    return groups


def _number_it_would_get(session: Session, content: PackContent, bios: str | None) -> int:
    """The number a pack of ``content`` would be recorded as: the newest version's when
    it holds the same content (``review/identity.py``), else the next free one."""
    from briefing_app.services.review.identity import content_hash, content_identity

    newest = session.execute(
        select(PackVersion.number, PackVersion.content_hash, PackVersion.delivery)
        .where(PackVersion.meeting_id == content.meeting_id)
        .order_by(PackVersion.number.desc())
        .limit(1)
    ).first()
    if newest is None:
        return 1
    number, stored, delivery = newest
    if not stored or delivery != "delivered":
        return number + 1
    if content.language == "both":
        now = content_hash(content)
    else:
        now = content_identity(session, content.meeting_id, content.include_drafts, bios)[1]
    return number if now == stored else number + 1


def _chosen_talking_points(
    session: Session, meeting_id: int, include_drafts: bool
) -> list[MeetingTalkingPoint]:
    """The meeting's chosen talking points that may be shown, in their chosen order."""
    allowed = {TalkingPointStatus.APPROVED.value}
    if include_drafts:
        allowed.add(TalkingPointStatus.DRAFT.value)
    rows = session.scalars(
        select(MeetingTalkingPoint)
        .where(MeetingTalkingPoint.meeting_id == meeting_id)
        .options(selectinload(MeetingTalkingPoint.talking_point))
        .order_by(MeetingTalkingPoint.position, MeetingTalkingPoint.id)
    ).all()
    return [row for row in rows if str(row.talking_point.status) in allowed]


def _organizations(
    session: Session, participants: list[Participant], chosen: list[MeetingTalkingPoint]
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


def _served_priorities(
    chosen: Iterable[MeetingTalkingPoint], served: dict[int, list[Priority]]
) -> list[Priority]:
    seen: dict[int, Priority] = {}
    for row in chosen:
        for priority in served.get(row.talking_point_id, ()):
            seen.setdefault(priority.id, priority)
    return sorted(seen.values(), key=lambda p: (p.position, p.id))


def _cover(meeting: Meeting, content: PackContent, pick: TextPicker, now: datetime) -> Cover:
    language = pick.language
    host = meeting.host
    cover = Cover(
        title=pick.clean(meeting.title, "meeting.title"),
        subtitle=pick.clean(meeting.title_zh, "meeting.title_zh"),
        kind=pick.clean(meeting.kind, "meeting.kind"),
        venue=", ".join(
            part
            for part in (pick.clean(meeting.venue, "venue"), pick.clean(meeting.city, "city"))
            if part
        ),
        host=pick.one(host.name_en, host.name_zh, "host") if host else "",
        briefing_for=_person_line(meeting.chair, pick) if meeting.chair else "",
        version=str(content.pack_version),
        generated=format_generated(now, language),
        prepared_by=content.office,
    )
    if language == "zh" and cover.subtitle:
        cover.title, cover.subtitle = cover.subtitle, cover.title
    if meeting.starts_at is not None:
        cover.date = format_date(meeting.starts_at.date(), language)
        try:
            cover.time = format_time_range(
                meeting.starts_at, meeting.ends_at, meeting.timezone, language
            )
        except UnknownTimeZoneError as exc:
            raise UserError(
                f'meeting "{meeting.title}", timezone: {exc}; correct it in the meeting\'s details'
            ) from None
    return cover


def _person_line(person: Person, pick: TextPicker) -> str:
    """'Ms. LIU Hua, Director, WIPO Office in China' for the cover."""
    title = pick.one(person.title_en, person.title_zh, f"people[{person.uid}].title")
    comma = "，" if pick.language == "zh" else ", "
    return comma.join(part for part in (person_name(person, pick), title) if part)


def _agenda_row(item, pick: TextPicker) -> AgendaRow:
    where = f"agenda[{item.position}]"
    return AgendaRow(
        time=format_slot(item.start_time, item.duration_minutes),
        item=pick.one(item.title, item.title_zh, where + ".title", joiner="\n"),
        speaker=_speaker(item, pick, where),
        notes=pick.one(item.notes, item.notes_zh, where + ".notes", joiner="\n"),
    )


def _speaker(item, pick: TextPicker, where: str) -> str:
    """The linked person's current name and title in the pack's language, else the
    free text."""
    if item.speaker_person is not None:
        return _person_line(item.speaker_person, pick)
    return pick.clean(item.speaker, where + ".speaker")


def _participant_row(number: int, p: Participant, pick: TextPicker) -> ParticipantRow:
    """A line of the participants table: the Latin name and the name in the person's
    own script side by side in every language (the organization heads its group)."""
    org = p.organization
    person = p.person
    where = f"people[{person.uid}]" if person else f"participants[{p.uid}]"
    return ParticipantRow(
        uid=p.uid,
        number=number,
        organization=pick.one(org.name_en, org.name_zh, f"organizations[{org.uid}].name"),
        organization_uid=org.uid,
        name=person_name(person, pick, latin=True) if person else _to_be_named(pick),
        native_name=_own_script_name(person, pick) if person else "",
        title=pick.one(person.title_en, person.title_zh, where + ".title", "\n") if person else "",
        role=term(p.role, pick.language, "\n"),
        rsvp=term(p.rsvp, pick.language, "\n"),
    )


def _to_be_named(pick: TextPicker) -> str:
    return labels(pick.language)["to_be_named"].replace(" / ", "\n")


def _own_script_name(person: Person, pick: TextPicker) -> str:
    where = f"people[{person.uid}]"
    return own_script_name(
        pick.clean(person.native_name, where + ".native_name"),
        pick.clean(person.name_zh, where + ".name_zh"),
        pick.clean(person.honorific, where + ".honorific"),
        pick.language,
    )
