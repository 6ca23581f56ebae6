"""The domain model as SQLAlchemy 2.x typed ORM classes (DESIGN.md §2).

Every record that people edit carries ``version`` as SQLAlchemy's version
counter: an UPDATE whose version no longer matches raises StaleDataError, so a
concurrent change is reported instead of silently overwritten. ``uid`` is the
stable key the interchange format and participant-list round trips use.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, declared_attr, mapped_column, relationship

from briefing_app.db.base import Base, new_uid, utcnow
from briefing_app.domain.enums import (
    Delivery,
    MeetingStatus,
    NameOrder,
    OrgKind,
    ParticipantRole,
    ReviewStatus,
    Rsvp,
    TalkingPointStatus,
)

talking_point_priorities = Table(
    "talking_point_priorities",
    Base.metadata,
    Column(
        "talking_point_id", ForeignKey("talking_points.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("priority_id", ForeignKey("priorities.id", ondelete="CASCADE"), primary_key=True),
)

#: An interpreter's or note-taker's principal (at most one per participant); a
#: link table, so that neither side's table had to be copied to add it.
participant_principals = Table(
    "participant_principals",
    Base.metadata,
    Column("participant_id", ForeignKey("participants.id", ondelete="CASCADE"), primary_key=True),
    Column("principal_id", ForeignKey("participants.id", ondelete="CASCADE"), index=True),
)

talking_point_targets = Table(
    "talking_point_targets",
    Base.metadata,
    Column(
        "talking_point_id", ForeignKey("talking_points.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("organization_id", ForeignKey("organizations.id", ondelete="CASCADE"), primary_key=True),
)


class _Tracked:
    """Columns every editable record has: uid, version counter, timestamps."""

    uid: Mapped[str] = mapped_column(String(64), unique=True, default=new_uid)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:
        return {"version_id_col": cls.__table__.c.version}


class Organization(_Tracked, Base):
    __tablename__ = "organizations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name_en: Mapped[str] = mapped_column(String(300))
    name_zh: Mapped[str] = mapped_column(String(300), default="")
    #: The organization's name in its own language and script (any), with the
    #: language's tag ("ko", "ar", "ru", "fr"...): shown beside the English and Chinese.
    name_native: Mapped[str] = mapped_column(String(300), default="", server_default="")
    name_native_lang: Mapped[str] = mapped_column(String(35), default="", server_default="")
    acronym: Mapped[str] = mapped_column(String(40), default="")
    #: Key of an :class:`OrganizationKind` (the office can add kinds).
    kind: Mapped[str] = mapped_column(String(40), default=OrgKind.OTHER)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("organizations.id", ondelete="SET NULL")
    )
    country: Mapped[str] = mapped_column(String(100), default="")
    precedence_rank: Mapped[int | None] = mapped_column(Integer)
    #: Order among organizations sharing ``precedence_rank`` (1 first; None after the
    #: given ones, then by English name): see domain/precedence.py.
    tie_order: Mapped[int | None] = mapped_column(Integer)
    mandate: Mapped[str] = mapped_column(Text, default="")
    relevance: Mapped[str] = mapped_column(Text, default="")
    #: Chinese versions of mandate and relevance for zh / bilingual packs (empty = use English).
    mandate_zh: Mapped[str] = mapped_column(Text, default="", server_default="")
    relevance_zh: Mapped[str] = mapped_column(Text, default="", server_default="")
    website: Mapped[str] = mapped_column(String(500), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)

    parent: Mapped[Organization | None] = relationship(remote_side="Organization.id")
    people: Mapped[list[Person]] = relationship(
        back_populates="organization", cascade="all, delete-orphan"
    )
    engagements: Mapped[list[Engagement]] = relationship(
        back_populates="organization",
        cascade="all, delete-orphan",
        order_by="Engagement.date.desc()",
    )


class OrganizationKind(Base):
    """A kind of organization (ministry, university, NGO...) with its English and
    Chinese labels; the usual ones are shipped, the office can add more."""

    __tablename__ = "organization_kinds"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(40), unique=True)
    label_en: Mapped[str] = mapped_column(String(100))
    label_zh: Mapped[str] = mapped_column(String(100), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class Person(_Tracked, Base):
    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), index=True
    )
    family_name: Mapped[str] = mapped_column(String(200))
    given_name: Mapped[str] = mapped_column(String(200), default="")
    native_name: Mapped[str] = mapped_column(String(200), default="")
    #: The name in Chinese characters for someone whose own name is in another script
    #: (a transliteration: "金民俊"); a Chinese pack uses it with a Chinese honorific.
    name_zh: Mapped[str] = mapped_column(String(200), default="", server_default="")
    name_order: Mapped[NameOrder] = mapped_column(String(20), default=NameOrder.GIVEN_FIRST)
    honorific: Mapped[str] = mapped_column(String(40), default="")
    title_en: Mapped[str] = mapped_column(String(300), default="")
    title_zh: Mapped[str] = mapped_column(String(300), default="")
    rank: Mapped[int | None] = mapped_column(Integer)
    email: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    bio: Mapped[str] = mapped_column(Text, default="")
    #: The biography in Chinese (for zh and bilingual packs; "" = they use ``bio``).
    bio_zh: Mapped[str] = mapped_column(Text, default="", server_default="")
    needs: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    organization: Mapped[Organization] = relationship(back_populates="people")
    #: Loaded only when asked for (lists of people never read image bytes).
    photo: Mapped[PersonPhoto | None] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )


class PersonPhoto(Base):
    """A person's photograph, re-encoded and size-limited (``services/photos.py``).

    Kept out of ``people`` so that reading lists of people never reads image bytes;
    deleting the person deletes it (and an undone delete brings it back)."""

    __tablename__ = "person_photos"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True
    )
    #: The image file's bytes: JPEG, or PNG for a picture with transparency.
    data: Mapped[bytes] = mapped_column(LargeBinary)
    #: "jpeg" or "png".
    format: Mapped[str] = mapped_column(String(10))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    #: Of ``data``: a pack version's content (and the interchange file) tell photos by it.
    sha256: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class Priority(_Tracked, Base):
    __tablename__ = "priorities"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    title_zh: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    description_zh: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(300), default="")
    period: Mapped[str] = mapped_column(String(100), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class TalkingPoint(_Tracked, Base):
    __tablename__ = "talking_points"
    #: Covering index for search's 1-2 character LIKE over titles (services/search.py).
    __table_args__ = (Index("ix_talking_points_titles", "title", "title_zh"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    title_zh: Mapped[str] = mapped_column(String(300), default="")
    text_en: Mapped[str] = mapped_column(Text, default="")
    text_zh: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    status: Mapped[TalkingPointStatus] = mapped_column(String(20), default=TalkingPointStatus.DRAFT)
    owner: Mapped[str] = mapped_column(String(200), default="")
    last_reviewed: Mapped[date | None] = mapped_column(Date)
    classification: Mapped[str] = mapped_column(String(100), default="")

    priorities: Mapped[list[Priority]] = relationship(
        secondary=talking_point_priorities, order_by="Priority.position"
    )
    targets: Mapped[list[Organization]] = relationship(
        secondary=talking_point_targets, order_by="Organization.precedence_rank"
    )


class Engagement(_Tracked, Base):
    __tablename__ = "engagements"

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), index=True
    )
    date: Mapped[date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(100), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    summary_zh: Mapped[str] = mapped_column(Text, default="")
    follow_ups: Mapped[str] = mapped_column(Text, default="")
    #: Chinese kind and follow-ups for zh / bilingual packs (empty = use English).
    kind_zh: Mapped[str] = mapped_column(Text, default="", server_default="")
    follow_ups_zh: Mapped[str] = mapped_column(Text, default="", server_default="")

    organization: Mapped[Organization] = relationship(back_populates="engagements")


class Meeting(_Tracked, Base):
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


class AgendaItem(_Tracked, Base):
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


class Participant(_Tracked, Base):
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


class SeatingPlan(_Tracked, Base):
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


class PackVersion(Base):
    __tablename__ = "pack_versions"
    __table_args__ = (UniqueConstraint("meeting_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(200), default="")
    template: Mapped[str] = mapped_column(String(500), default="")
    language: Mapped[str] = mapped_column(String(10), default="en")
    snapshot: Mapped[dict] = mapped_column(JSON, default=dict)
    file_hash: Mapped[str] = mapped_column(String(128), default="")
    review_status: Mapped[ReviewStatus] = mapped_column(String(30), default=ReviewStatus.DRAFT)
    reviewer: Mapped[str] = mapped_column(String(200), default="")
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)
    #: "pending" from the moment the number is taken until the file is confirmed written,
    #: then "delivered"; a pending version left by a crash keeps its number for good.
    delivery: Mapped[Delivery] = mapped_column(
        String(20), default=Delivery.DELIVERED, server_default=Delivery.DELIVERED.value
    )
    #: Random id written into the document's custom properties: which version a file is
    #: (the first file's; every file's token is in ``files``).
    token: Mapped[str] = mapped_column(String(36), default="", server_default="")
    #: SHA-256 of the language-independent content (``review/identity.py``): the same
    #: content in another language or format is this version again, not a new one.
    content_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")

    meeting: Mapped[Meeting] = relationship(back_populates="pack_versions")
    comments: Mapped[list[ReviewComment]] = relationship(
        back_populates="pack_version", cascade="all, delete-orphan", order_by="ReviewComment.id"
    )
    files: Mapped[list[PackFile]] = relationship(
        back_populates="pack_version", cascade="all, delete-orphan", order_by="PackFile.id"
    )


class PackFile(Base):
    """A file made of a pack version: its language and format, and the token written
    into it (``import-comments`` finds the version by it). Pending until the file is
    confirmed written, like the version's first file (docs/review.md)."""

    __tablename__ = "pack_files"

    id: Mapped[int] = mapped_column(primary_key=True)
    pack_version_id: Mapped[int] = mapped_column(
        ForeignKey("pack_versions.id", ondelete="CASCADE"), index=True
    )
    language: Mapped[str] = mapped_column(String(10), default="en")
    #: "docx" or "pdf".
    format: Mapped[str] = mapped_column(String(10), default="docx")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(200), default="")
    #: Unique when set (files recorded before tokens existed have none).
    token: Mapped[str | None] = mapped_column(String(36), unique=True)
    file_hash: Mapped[str] = mapped_column(String(128), default="")
    delivery: Mapped[Delivery] = mapped_column(String(20), default=Delivery.PENDING)
    #: The content as this file shows it, when its language is not the version's
    #: (the version's ``snapshot``); None otherwise.
    snapshot: Mapped[dict | None] = mapped_column(JSON)

    pack_version: Mapped[PackVersion] = relationship(back_populates="files")


class ReviewComment(Base):
    __tablename__ = "review_comments"

    id: Mapped[int] = mapped_column(primary_key=True)
    pack_version_id: Mapped[int] = mapped_column(
        ForeignKey("pack_versions.id", ondelete="CASCADE"), index=True
    )
    #: What the comment is about: "section", "organization" or "talking_point".
    target_kind: Mapped[str] = mapped_column(String(30), default="section")
    #: Section name, or the uid of the organization / talking point.
    target_ref: Mapped[str] = mapped_column(String(200), default="")
    author: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    pack_version: Mapped[PackVersion] = relationship(back_populates="comments")


class AuditEvent(Base):
    """Who changed which record, when, and what (``db/audit.py`` writes these on every
    flush; docs/history.md). Kept when the record is gone: ``record_uid`` and
    ``label`` are copies, and ``meeting_id`` is a plain number, not a foreign key."""

    __tablename__ = "audit_events"
    __table_args__ = (
        Index("ix_audit_events_record", "entity", "record_uid"),
        Index("ix_audit_events_meeting", "meeting_id", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(200), default="")
    #: "created", "changed", "deleted" or "restored".
    action: Mapped[str] = mapped_column(String(20))
    #: The table of the record ("organizations", "participants"...).
    entity: Mapped[str] = mapped_column(String(60))
    record_uid: Mapped[str] = mapped_column(String(64), default="")
    #: A readable name of the record at the time (a title, a person's name).
    label: Mapped[str] = mapped_column(String(300), default="")
    meeting_id: Mapped[int | None] = mapped_column(Integer)
    #: For "changed": {field: [before, after]}; for "deleted": what went with it.
    changes: Mapped[dict] = mapped_column(JSON, default=dict)
    #: Which open database wrote it (one per app or command run): open views refresh
    #: for the changes of others, not their own (ui/live_updates.py).
    origin: Mapped[str] = mapped_column(String(40), default="")
