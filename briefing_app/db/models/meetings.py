"""A meeting's records: the meeting, its agenda, participants, seating plan and
the talking points chosen for it."""

from __future__ import annotations

from datetime import datetime, time
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from briefing_app.db.base import Base
from briefing_app.db.models.library import Organization, Person, TalkingPoint
from briefing_app.db.models.tracked import Tracked
from briefing_app.domain.enums import MeetingStatus, ParticipantRole, Rsvp

if TYPE_CHECKING:
    from briefing_app.db.models.packs import PackVersion

#: An interpreter's or note-taker's principal (at most one per participant); a
#: link table, so that neither side's table had to be copied to add it.
participant_principals = Table(
    "participant_principals",
    Base.metadata,
    Column("participant_id", ForeignKey("participants.id", ondelete="CASCADE"), primary_key=True),
    Column("principal_id", ForeignKey("participants.id", ondelete="CASCADE"), index=True),
)


class Meeting(Tracked, Base):
    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    title_zh: Mapped[str] = mapped_column(String(300), default="")
    kind: Mapped[str] = mapped_column(String(100), default="")
    #: Local wall-clock times at the venue, interpreted in ``timezone``.
    starts_at: Mapped[datetime | None] = mapped_column(DateTime)
    ends_at: Mapped[datetime | None] = mapped_column(DateTime)
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    venue: Mapped[str] = mapped_column(String(300), default="")
    city: Mapped[str] = mapped_column(String(200), default="")
    #: Venue and city in Chinese for zh / bilingual packs and lists (empty = the English).
    venue_zh: Mapped[str] = mapped_column(String(300), default="", server_default="")
    city_zh: Mapped[str] = mapped_column(String(200), default="", server_default="")
    host_organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL")
    )
    chair_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL")
    )
    objectives: Mapped[str] = mapped_column(Text, default="")
    objectives_zh: Mapped[str] = mapped_column(Text, default="")
    #: What the office wants the meeting to decide or agree, one per line.
    decisions: Mapped[str] = mapped_column(Text, default="", server_default="")
    decisions_zh: Mapped[str] = mapped_column(Text, default="", server_default="")
    classification: Mapped[str] = mapped_column(String(100), default="")
    #: The marking in Chinese (empty = the usual Chinese form of a listed marking, else
    #: the English; domain/vocabulary.marking_pair).
    classification_zh: Mapped[str] = mapped_column(String(100), default="", server_default="")
    language: Mapped[str] = mapped_column(String(10), default="en")
    status: Mapped[MeetingStatus] = mapped_column(String(20), default=MeetingStatus.PLANNED)

    host: Mapped[Organization | None] = relationship(foreign_keys=[host_organization_id])
    chair: Mapped[Person | None] = relationship(foreign_keys=[chair_person_id])
    agenda: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="AgendaItem.position"
    )
    participants: Mapped[list[Participant]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )
    talking_points: Mapped[list[MeetingTalkingPoint]] = relationship(
        back_populates="meeting",
        cascade="all, delete-orphan",
        order_by="MeetingTalkingPoint.position",
    )
    pack_versions: Mapped[list[PackVersion]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="PackVersion.number"
    )


class AgendaItem(Tracked, Base):
    __tablename__ = "agenda_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    start_time: Mapped[time | None] = mapped_column(Time)
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    title_zh: Mapped[str] = mapped_column(String(300), default="")
    #: Free text, for a speaker who is not in the database.
    speaker: Mapped[str] = mapped_column(String(300), default="")
    #: That free text in Chinese, for zh and bilingual packs (empty: they print ``speaker``).
    speaker_zh: Mapped[str] = mapped_column(String(300), default="", server_default="")
    #: The speaker as a person: the pack shows their current name and title.
    speaker_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL")
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    #: The notes in Chinese, for zh and bilingual packs (empty: they print ``notes``).
    notes_zh: Mapped[str] = mapped_column(Text, default="", server_default="")

    meeting: Mapped[Meeting] = relationship(back_populates="agenda")
    speaker_person: Mapped[Person | None] = relationship()


class Participant(Tracked, Base):
    """A seat at a meeting: a named person, or an organization's seat still to be named."""

    __tablename__ = "participants"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[ParticipantRole] = mapped_column(String(30), default=ParticipantRole.MEMBER)
    rsvp: Mapped[Rsvp] = mapped_column(String(20), default=Rsvp.INVITED)
    seat: Mapped[str] = mapped_column(String(50), default="")
    remarks: Mapped[str] = mapped_column(Text, default="")

    meeting: Mapped[Meeting] = relationship(back_populates="participants")
    organization: Mapped[Organization] = relationship()
    person: Mapped[Person | None] = relationship()
    #: For an interpreter or note-taker: the participant they work for, whose
    #: chair theirs stands behind on the seating plan (docs/seating.md).
    principal: Mapped[Participant | None] = relationship(
        secondary=participant_principals,
        primaryjoin=lambda: Participant.id == participant_principals.c.participant_id,
        secondaryjoin=lambda: Participant.id == participant_principals.c.principal_id,
        uselist=False,
    )


class SeatingPlan(Tracked, Base):
    """A meeting's seating plan: the table's shape and size (docs/seating.md).

    Seats 1..``seat_count`` are at the table (for theatre: the head table); seats
    after them (up to ``back_seats`` more) are the chairs behind the table, or the
    audience rows. Where each seat stands comes from ``domain.seating_layout``.
    """

    __tablename__ = "seating_plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), unique=True
    )
    shape: Mapped[str] = mapped_column(String(20), default="round")
    seat_count: Mapped[int] = mapped_column(Integer, default=0)
    back_seats: Mapped[int] = mapped_column(Integer, default=0)
    #: Where the room's door (or screen) is, on the drawing: "" (not shown),
    #: "top", "bottom", "left" or "right" (domain.seating_layout.RoomSide).
    door: Mapped[str] = mapped_column(String(10), default="", server_default="")
    screen: Mapped[str] = mapped_column(String(10), default="", server_default="")

    meeting: Mapped[Meeting] = relationship()
    seats: Mapped[list[Seat]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="Seat.position"
    )


class Seat(Base):
    """One chair of a plan: its number, who sits there (None = empty), and whether
    the automatic seating must leave it as it is."""

    __tablename__ = "seats"
    __table_args__ = (UniqueConstraint("plan_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(
        ForeignKey("seating_plans.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL"), index=True
    )
    locked: Mapped[bool] = mapped_column(Boolean, default=False)

    plan: Mapped[SeatingPlan] = relationship(back_populates="seats")
    participant: Mapped[Participant | None] = relationship()


class MeetingTalkingPoint(Base):
    """A talking point chosen for a meeting, aimed at one organization or (None) general."""

    __tablename__ = "meeting_talking_points"
    __table_args__ = (UniqueConstraint("meeting_id", "talking_point_id", "organization_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    talking_point_id: Mapped[int] = mapped_column(
        ForeignKey("talking_points.id", ondelete="CASCADE")
    )
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE")
    )
    position: Mapped[int] = mapped_column(Integer, default=0)

    meeting: Mapped[Meeting] = relationship(back_populates="talking_points")
    talking_point: Mapped[TalkingPoint] = relationship()
    organization: Mapped[Organization | None] = relationship()
