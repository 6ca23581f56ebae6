"""Writing the whole database in the interchange format. Deterministic: records
are ordered by their data (never by database ids), keys are sorted, dates are
ISO 8601 and the JSON is UTF-8 with Chinese left readable, so exporting,
importing into an empty database and exporting again gives identical bytes."""

from __future__ import annotations

import base64
import json
from datetime import date, datetime, time
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from briefing_app.db.models import (
    Engagement,
    Meeting,
    Organization,
    PackVersion,
    Participant,
    Person,
    Priority,
    SeatingPlan,
    TalkingPoint,
)
from briefing_app.services.interchange.export_rows import plain_records
from briefing_app.services.interchange.schema import (
    ENTITIES,
    FORMAT_NAME,
    FORMAT_VERSION,
    MEETING_CHILDREN,
    Field,
)
from briefing_app.services.interchange.seating import export_seating, plans_by_meeting


def export_dataset(session: Session) -> dict:
    """The database as an interchange document (a plain dict)."""
    meetings = _meetings(session)
    plans = plans_by_meeting(session)
    packs = sorted(
        (p for m in meetings for p in m.pack_versions), key=lambda p: (p.meeting.uid, p.number)
    )
    uids: dict = {}  # model -> {id: uid}, shared by the library's tables
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "organizations": _records(session, Organization, "organizations", _org_key, uids),
        "priorities": _records(
            session, Priority, "priorities", lambda p: (p.position, p.uid), uids
        ),
        "people": _records(session, Person, "people", _person_key, uids),
        "talking_points": _records(session, TalkingPoint, "talking_points", lambda t: t.uid, uids),
        "engagements": _records(session, Engagement, "engagements", _engagement_key, uids),
        "meetings": [_meeting(m, plans.get(m.id)) for m in meetings],
        "pack_versions": [_pack(p) for p in packs],
        "review_comments": _comments(packs),
    }


def dumps(document: dict) -> str:
    """The canonical text of a document: sorted keys, 2-space indent, UTF-8, final newline."""
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_file(document: dict, target) -> Path:
    """Write the canonical text of ``document`` (what ``dumps`` returns) atomically to
    ``target``, piece by piece: the whole text of a large library (tens of MB, twice
    that as a Python string) is never in memory."""
    from briefing_app.services.files import atomic_write

    return atomic_write(target, lambda tmp: _write_to(document, tmp))


def _write_to(document: dict, path: Path) -> None:
    encoder = json.JSONEncoder(ensure_ascii=False, indent=2, sort_keys=True)
    with open(path, "w", encoding="utf-8") as out:
        out.writelines(encoder.iterencode(document))
        out.write("\n")


def export_json(session: Session) -> str:
    return dumps(export_dataset(session))


def to_json(value: object, f: Field) -> object:
    """One model value as JSON (references become uids)."""
    if value is None:
        return None
    if f.kind in ("ref", "peer"):
        return value.uid
    if f.kind == "reflist":
        return sorted(v.uid for v in value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat("minutes" if not value.second and not value.microsecond else "auto")
    if isinstance(value, date):
        return value.isoformat()
    if f.kind == "photo":
        return {"format": value.format, "data": base64.b64encode(value.data).decode("ascii")}
    if f.kind == "strlist":
        return list(value)
    return str(value) if f.kind == "enum" else value


def serialize(obj, fields: tuple[Field, ...]) -> dict:
    """The record as JSON; a person without a photo has no "photo" key (files written
    before photos existed and exports of a database without photos look the same)."""
    out = {}
    for f in (f for f in fields if not f.parent_key):
        value = getattr(obj, f.attribute)
        if not (f.kind == "photo" and value is None):
            out[f.name] = to_json(value, f)
    return out


def _records(session: Session, model, name: str, key, uids: dict) -> list[dict]:
    """All rows of ``model``, serialized, ordered by ``key`` (read without ORM
    instances: ``export_rows``)."""
    fields = ENTITIES[name][1]
    rows = plain_records(session, model, fields, uids)
    return [serialize(obj, fields) for obj in sorted(rows, key=key)]


def _org_key(o: Organization) -> tuple:
    return (o.precedence_rank is None, o.precedence_rank or 0, o.uid)


def _person_key(p: Person) -> tuple:
    return (p.organization.uid, p.rank is None, p.rank or 0, p.uid)


def _engagement_key(e: Engagement) -> tuple:
    return (e.organization.uid, e.date, e.uid)


def _meetings(session: Session) -> list[Meeting]:
    rows = session.scalars(
        select(Meeting).options(
            selectinload(Meeting.agenda),
            selectinload(Meeting.participants).selectinload(Participant.principal),
            selectinload(Meeting.talking_points),
            selectinload(Meeting.pack_versions).selectinload(PackVersion.comments),
        )
    ).all()
    return sorted(rows, key=lambda m: (m.starts_at is None, m.starts_at or datetime.min, m.uid))


_CHILD_KEYS = {
    "agenda": lambda a: (a.position, a.uid),
    "participants": lambda p: (p.organization.uid, p.uid),
    "talking_points": lambda t: (
        t.position,
        t.talking_point.uid,
        t.organization.uid if t.organization else "",
    ),
}


def _meeting(meeting: Meeting, plan: SeatingPlan | None) -> dict:
    """A meeting with its lists, and its seating plan when it has one (a meeting
    without a plan has no "seating" key: files look as they did before plans)."""
    out = serialize(meeting, ENTITIES["meetings"][1])
    for child, (_model, fields) in MEETING_CHILDREN.items():
        rows = sorted(getattr(meeting, child), key=_CHILD_KEYS[child])
        out[child] = [serialize(row, fields) for row in rows]
    if plan is not None:
        out["seating"] = export_seating(plan)
    return out


def _pack(pack: PackVersion) -> dict:
    out = serialize(pack, ENTITIES["pack_versions"][1])
    out["meeting"] = pack.meeting.uid
    return out


def _comments(packs: list[PackVersion]) -> list[dict]:
    fields = ENTITIES["review_comments"][1]
    out = []
    for pack in packs:
        rows = [serialize(c, fields) for c in pack.comments]
        for row in sorted(rows, key=dumps):
            out.append({**row, "meeting": pack.meeting.uid, "pack_version": pack.number})
    return out
