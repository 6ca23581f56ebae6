"""One organization's engagement history: list, create, update, delete (no Qt).

An engagement (a visit, a meeting, a treaty step...) is what the pack's
organization section lists under "Past engagements", most recent first. The
record rules are those of the library (``services.library`` with kind
``"engagement"``): text cleaned of what Word cannot store, problems reported per
field (``library.FieldErrors``), saves checked against the version the editor
opened (``services.conflicts.ConflictError``), deletes that undo can restore.
This module adds what is particular to engagements: the list for one
organization and the rule that an engagement says what happened (a kind or a
summary, in English or Chinese). Functions take a Session and never commit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from briefing_app.db.models import Engagement, Organization
from briefing_app.domain.text import clean
from briefing_app.errors import NotFoundError, Problem
from briefing_app.services import library
from briefing_app.services.library import FieldErrors, Saved
from briefing_app.services.record_snapshot import Snapshot

KIND = "engagement"
#: The texts an engagement has, each with its Chinese variant beside it.
TEXTS = ("kind", "kind_zh", "summary", "summary_zh", "follow_ups", "follow_ups_zh")
#: At least one of these must say what happened.
WHAT = ("kind", "kind_zh", "summary", "summary_zh")
NOTHING_SAID = Problem("nothing_said", "give a kind or a summary (in English or Chinese)")


@dataclass(frozen=True)
class EngagementRow:
    """One engagement as plain data (what the GUI's table and dialog show)."""

    id: int
    version: int
    organization_id: int
    date: date
    kind: str
    kind_zh: str
    summary: str
    summary_zh: str
    follow_ups: str
    follow_ups_zh: str

    def values(self) -> dict:
        """The editable values, keyed like ``create`` / ``update`` take them."""
        return {"date": self.date, **{name: getattr(self, name) for name in TEXTS}}

    def describe(self) -> str:
        """A short name for messages: '2022-02-05 Treaty ratification'."""
        what = self.kind or self.kind_zh or self.summary or self.summary_zh
        first_line = what.splitlines()[0] if what else ""
        short = first_line if len(first_line) <= 40 else first_line[:39] + "…"
        return f"{self.date.isoformat()} {short}".strip()


def _row(e: Engagement) -> EngagementRow:
    return EngagementRow(
        e.id, e.version, e.organization_id, e.date, *(getattr(e, name) or "" for name in TEXTS)
    )


def _organization(session: Session, organization_id: int) -> None:
    if session.get(Organization, organization_id) is None:
        raise NotFoundError(f"organization {organization_id} does not exist (was it deleted?)")


def list_for(session: Session, organization_id: int) -> list[EngagementRow]:
    """The organization's engagements, most recent first (as the pack lists them)."""
    _organization(session, organization_id)
    query = (
        select(Engagement)
        .where(Engagement.organization_id == organization_id)
        .order_by(Engagement.date.desc(), Engagement.id.desc())
    )
    return [_row(e) for e in session.scalars(query)]


def get(session: Session, engagement_id: int) -> EngagementRow:
    record = session.get(Engagement, engagement_id, populate_existing=True)
    if record is None:
        raise NotFoundError(f"engagement {engagement_id} does not exist (was it deleted?)")
    return _row(record)


def empty_values(day: date | None = None) -> dict:
    """What the dialog shows for a new engagement (dated ``day``, default today)."""
    return {"date": day or date.today(), **dict.fromkeys(TEXTS, "")}


def validate(session: Session, values: dict) -> dict:
    """Cleaned values (all of an engagement's fields must be given); raises
    ``FieldErrors`` naming every field with a problem, the library's and ours."""
    problems: dict[str, str] = {}
    cleaned: dict = {}
    try:
        cleaned = library.validate(session, KIND, values)
    except FieldErrors as exc:
        problems.update(exc.fields)
    if not any(clean(str(values.get(name) or "")).strip() for name in WHAT):
        problems.setdefault("kind", NOTHING_SAID)
    if problems:
        raise FieldErrors(KIND, problems)
    return cleaned


def create(session: Session, organization_id: int, values: dict) -> Saved:
    """Add an engagement to the organization's history."""
    _organization(session, organization_id)
    full = {**dict.fromkeys(TEXTS, ""), "date": None, **values, "organization_id": organization_id}
    validate(session, full)
    return library.create(session, KIND, full)


def update(session: Session, engagement_id: int, values: dict, expected: int) -> Saved:
    """Save changed ``values`` if the engagement is still at version ``expected``;
    ``ConflictError`` if someone else changed or deleted it meanwhile."""
    changes = {k: v for k, v in values.items() if k in library.FIELDS[KIND]}
    changes.pop("organization_id", None)  # an engagement stays with its organization
    record = session.get(Engagement, engagement_id, populate_existing=True)
    if record is not None and record.version == expected:
        validate(session, {**_row(record).values(), **changes})
    return library.update(session, KIND, engagement_id, changes, expected)


def delete(session: Session, engagement_id: int) -> Snapshot:
    """Delete the engagement; ``restore`` with the snapshot puts it back (undo)."""
    return library.delete(session, KIND, engagement_id)


def restore(session: Session, snapshot: Snapshot) -> None:
    library.restore(session, snapshot)
