"""The audit trail's record (written by ``db/audit.py``; docs/history.md)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from briefing_app.db.base import Base, utcnow


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
