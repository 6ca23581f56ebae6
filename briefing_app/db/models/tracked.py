"""The columns every record people edit carries (DESIGN.md §2).

``version`` is SQLAlchemy's version counter: an UPDATE whose version no longer
matches raises StaleDataError, so a concurrent change is reported instead of
silently overwritten. ``uid`` is the stable key the interchange format and
participant-list round trips use.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String
from sqlalchemy.orm import Mapped, declared_attr, mapped_column

from briefing_app.db.base import new_uid, utcnow


class Tracked:
    """Columns every editable record has: uid, version counter, timestamps."""

    uid: Mapped[str] = mapped_column(String(64), unique=True, default=new_uid)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:
        return {"version_id_col": cls.__table__.c.version}
