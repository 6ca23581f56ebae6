"""Writing the whole database in the interchange format. Deterministic: records
are ordered by their data (never by database ids), keys are sorted, dates are
ISO 8601 and the JSON is UTF-8 with Chinese left readable, so exporting,
importing into an empty database and exporting again gives identical bytes."""

from __future__ import annotations

import base64
import itertools
import json
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime, time
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from briefing_app.db.models import Meeting, PackVersion, Participant, SeatingPlan
from briefing_app.services.bulk import bulk_work
from briefing_app.services.interchange.export_rows import (
    INDENT,
    ORDER,
    array_text,
    json_string,
    library_records,
    temporal_text,
    value_text,
)
from briefing_app.services.interchange.schema import (
    ENTITIES,
    FORMAT_NAME,
    FORMAT_VERSION,
    MEETING_CHILDREN,
    Field,
)
from briefing_app.services.interchange.seating import export_seating, plans_by_meeting

#: The top-level keys that are not arrays of records.
_HEADER = {"format": FORMAT_NAME, "version": FORMAT_VERSION}


def export_parts(session: Session, counts: dict[str, int] | None = None) -> Iterator[str]:
    """The canonical text of the database (what ``dumps(export_dataset(session))``
    gives), piece by piece: a large library's text (tens of MB) is never whole in
    memory. ``counts`` receives the number of records of each array as it is written."""
    counts = {} if counts is None else counts
    with bulk_work():
        arrays = {name: _library(session, name) for name in ORDER}
        arrays |= _meeting_arrays(session)
        yield "{"
        for i, name in enumerate(sorted({**arrays, **_HEADER})):
            yield f"{',' if i else ''}\n{INDENT}{json_string(name)}: "
            if name in _HEADER:
                yield value_text(_HEADER[name], 1)
                continue
            count, records = arrays[name]()
            counts[name] = count
            yield from array_text(records, 1)
        yield "\n}\n"


def read_snapshot(session: Session) -> None:
    """Make ``session``'s reads from now on one consistent snapshot of the database,
    so that an export never mixes records from before and after someone else's
    change (a talking point naming an organization deleted meanwhile). SQLite's
    driver begins a transaction only before a write, PostgreSQL reads each statement
    as of its start by default. Call it before the session has read anything."""
    if session.get_bind().dialect.name == "postgresql":
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        return
    connection = session.connection()
    if not connection.connection.dbapi_connection.in_transaction:
        connection.exec_driver_sql("BEGIN")  # ended by the session's rollback


def export_json(session: Session) -> str:
    """The canonical text of the database."""
    return "".join(export_parts(session))


def export_dataset(session: Session) -> dict:
    """The database as an interchange document (a plain dict)."""
    return json.loads(export_json(session))


def write_export(session: Session, target) -> tuple[Path, dict[str, int]]:
    """Write the canonical text of the database atomically to ``target``, piece by
    piece; the file written and the number of records of each array."""
    from briefing_app.services.files import atomic_write

    counts: dict[str, int] = {}
    target = atomic_write(target, lambda tmp: _write_parts(export_parts(session, counts), tmp))
    return target, {name: counts[name] for name in ENTITIES}


def dumps(document: dict) -> str:
    """The canonical text of a document: sorted keys, 2-space indent, UTF-8, final newline."""
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_file(document: dict, target) -> Path:
    """Write the canonical text of ``document`` (what ``dumps`` returns) atomically to
    ``target``, piece by piece."""
    from briefing_app.services.files import atomic_write

    encoder = json.JSONEncoder(ensure_ascii=False, indent=2, sort_keys=True)
    parts = itertools.chain(encoder.iterencode(document), "\n")
    return atomic_write(target, lambda tmp: _write_parts(parts, tmp))


def _write_parts(parts: Iterable[str], path: Path) -> None:
    with open(path, "w", encoding="utf-8") as out:
        out.writelines(parts)


def _library(session: Session, name: str) -> Callable[[], tuple[int, Iterator[str]]]:
    return lambda: library_records(session, name, 3)


def _meeting_arrays(session: Session) -> dict[str, Callable[[], tuple[int, Iterator[str]]]]:
    """The meetings (with their lists and seating plans), their pack versions and
    the review comments, read as ORM objects (there are few)."""
    meetings = _meetings(session)
    plans = plans_by_meeting(session)
    packs = sorted(
        (p for m in meetings for p in m.pack_versions), key=lambda p: (p.meeting.uid, p.number)
    )

    def texts(records: list[dict]) -> Callable[[], tuple[int, Iterator[str]]]:
        return lambda: (len(records), (value_text(r, 2) for r in records))

    return {
        "meetings": texts([_meeting(m, plans.get(m.id)) for m in meetings]),
        "pack_versions": texts([_pack(p) for p in packs]),
        "review_comments": texts(_comments(packs)),
    }


def to_json(value: object, f: Field) -> object:
    """One model value as JSON (references become uids)."""
    if value is None:
        return None
    if f.kind in ("ref", "peer"):
        return value.uid
    if f.kind == "reflist":
        return sorted(v.uid for v in value)
    if isinstance(value, date | time):  # datetime too
        return temporal_text(value)
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
