"""Pack versions, the files made of them and the review comments on them
(docs/review.md)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from briefing_app.db.base import Base, utcnow
from briefing_app.db.models.meetings import Meeting
from briefing_app.domain.enums import Delivery, ReviewStatus


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
