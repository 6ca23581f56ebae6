"""The library's records: organizations and their kinds, people (and their photos),
priorities, talking points and engagements."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
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
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from briefing_app.db.base import Base, utcnow
from briefing_app.db.models.tracked import Tracked
from briefing_app.domain.enums import NameOrder, OrgKind, TalkingPointStatus

talking_point_priorities = Table(
    "talking_point_priorities",
    Base.metadata,
    Column(
        "talking_point_id", ForeignKey("talking_points.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("priority_id", ForeignKey("priorities.id", ondelete="CASCADE"), primary_key=True),
)

talking_point_targets = Table(
    "talking_point_targets",
    Base.metadata,
    Column(
        "talking_point_id", ForeignKey("talking_points.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("organization_id", ForeignKey("organizations.id", ondelete="CASCADE"), primary_key=True),
)


class Organization(Tracked, Base):
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


class Person(Tracked, Base):
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


class Priority(Tracked, Base):
    __tablename__ = "priorities"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    title_zh: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    description_zh: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(300), default="")
    period: Mapped[str] = mapped_column(String(100), default="")
    #: Source and period in Chinese for zh / bilingual packs' annex (empty = the English).
    source_zh: Mapped[str] = mapped_column(String(300), default="", server_default="")
    period_zh: Mapped[str] = mapped_column(String(100), default="", server_default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class TalkingPoint(Tracked, Base):
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


class Engagement(Tracked, Base):
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
