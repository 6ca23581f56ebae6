"""A small, explicit meeting for the review tests: two agencies, three people,
three talking points (two aimed at an agency, one general), two agenda items."""

from __future__ import annotations

from datetime import datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from briefing_app.db.models import (
    AgendaItem,
    Meeting,
    MeetingTalkingPoint,
    Organization,
    Participant,
    Person,
    Priority,
    TalkingPoint,
)
from briefing_app.domain.enums import NameOrder, ParticipantRole, Rsvp

COURTS_TEXT = (
    "We welcome the specialised IP courts and their growing case law.\n"
    "We propose an exchange of judges with the WIPO Arbitration and Mediation Center."
)


def make_meeting(session: Session, title: str = "IP Roundtable 2022") -> int:
    """Add the meeting and its data; flush, don't commit; return the meeting id."""
    mofcom = Organization(name_en="Ministry of Commerce", acronym="MOFCOM", precedence_rank=1)
    spc = Organization(
        name_en="Supreme People's Court", name_zh="最高人民法院", acronym="SPC", precedence_rank=2
    )
    liu = Person(
        organization=mofcom, family_name="Liu", given_name="Hua", honorific="Ms.",
        name_order=NameOrder.FAMILY_FIRST, title_en="Director-General", rank=1,
    )  # fmt: skip
    wang = Person(
        organization=spc, family_name="Wang", given_name="Lei", honorific="Mr.",
        name_order=NameOrder.FAMILY_FIRST, title_en="Judge", rank=1,
    )  # fmt: skip
    chen = Person(
        organization=spc, family_name="Chen", given_name="Jun", honorific="Mr.",
        name_order=NameOrder.FAMILY_FIRST, title_en="Senior Judge", rank=2,
    )  # fmt: skip
    priority = Priority(title="A balanced global IP ecosystem", position=1, description="Why.")
    trade = TalkingPoint(title="Trade and IP", text_en="IP supports fair trade.", status="approved")
    courts = TalkingPoint(title="IP courts", text_en=COURTS_TEXT, status="approved")
    general = TalkingPoint(
        title="Madrid System", text_en="Use the Madrid System.", status="approved",
        priorities=[priority],
    )  # fmt: skip
    meeting = Meeting(title=title, objectives="Deepen cooperation.", classification="")
    meeting.starts_at = datetime(2022, 11, 24, 9, 30)
    meeting.agenda = [
        AgendaItem(position=0, start_time=time(9, 30), title="Opening", speaker="Director"),
        AgendaItem(position=1, start_time=time(10, 0), title="Round of views"),
    ]
    meeting.participants = [
        Participant(organization=mofcom, person=liu, role=ParticipantRole.HEAD_OF_DELEGATION,
                    rsvp=Rsvp.CONFIRMED),
        Participant(organization=spc, person=wang, role=ParticipantRole.HEAD_OF_DELEGATION,
                    rsvp=Rsvp.INVITED),
        Participant(organization=spc, person=chen, role=ParticipantRole.MEMBER,
                    rsvp=Rsvp.TENTATIVE),
    ]  # fmt: skip
    meeting.talking_points = [
        MeetingTalkingPoint(talking_point=trade, organization=mofcom, position=0),
        MeetingTalkingPoint(talking_point=courts, organization=spc, position=1),
        MeetingTalkingPoint(talking_point=general, organization=None, position=2),
    ]
    session.add(meeting)
    session.flush()
    return meeting.id


def talking_point(session: Session, title: str) -> TalkingPoint:
    return session.scalar(select(TalkingPoint).where(TalkingPoint.title == title))


def participant(session: Session, family_name: str) -> Participant:
    return session.scalar(select(Participant).join(Person).where(Person.family_name == family_name))
