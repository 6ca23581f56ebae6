"""Create, read, update and delete the library records (no Qt).

The library is what staff keep between meetings: organizations, people,
talking points, priorities (and the list of meetings). Every function takes a
Session and never commits. Values travel as plain dicts keyed by field name so
the GUI, the CLI and tests share the same validation: problems come back per
field (``FieldErrors.fields``) so the editor can show each one beside its field.

Saving carries the version the editor opened: if the record changed since,
``services.conflicts.ConflictError`` says so (with both sides, field by field)
instead of overwriting someone's change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from briefing_app.db.models import Engagement, Meeting, Organization, Person, Priority, TalkingPoint
from briefing_app.domain.numbers import INTEGER_MAX, NumberTooLargeError, whole_number
from briefing_app.domain.text import EXCEL_CELL_LIMIT, clean, over_excel_limit
from briefing_app.errors import NotFoundError, Problem, ValidationError, shorten
from briefing_app.services import record_snapshot
from briefing_app.services.conflicts import ConflictError
from briefing_app.services.library_fields import (
    ENUMS,
    FIELDS,
    LABELS,
    REQUIRED,
    empty_values,
    text_limit,
)
from briefing_app.services.record_snapshot import Snapshot

MODELS = {
    "organization": Organization,
    "person": Person,
    "talking_point": TalkingPoint,
    "priority": Priority,
    "meeting": Meeting,
    "engagement": Engagement,  # one organization's history: services/engagements.py
}


class FieldErrors(ValidationError):
    """Validation failed; ``fields`` maps each field name to what is wrong with it."""

    def __init__(self, kind: str, fields: dict[str, str]) -> None:
        self.kind = kind
        self.fields = dict(fields)
        super().__init__([f"{name}: {msg}" for name, msg in fields.items()], LABELS[kind])


@dataclass(frozen=True)
class Saved:
    """What a save returns: the record id and its new version."""

    id: int
    version: int


def _get(session: Session, kind: str, record_id: int):
    record = session.get(MODELS[kind], record_id)
    if record is None:
        raise NotFoundError(f"{LABELS[kind]} {record_id} does not exist (was it deleted?)")
    return record


def get_values(session: Session, kind: str, record_id: int) -> dict:
    """The record's editable values plus ``id`` and ``version``, as plain data."""
    record = _get(session, kind, record_id)
    values = {"id": record.id, "version": record.version}
    for name in FIELDS[kind]:
        if name == "priority_ids":
            values[name] = [p.id for p in record.priorities]
        elif name == "target_ids":
            values[name] = [o.id for o in record.targets]
        else:
            value = getattr(record, name)
            values[name] = list(value or []) if FIELDS[kind][name] == "list" else value
    return values


def _convert(session: Session, kind: str, name: str, value):
    """(converted value, problem or None) for one field."""
    ftype = FIELDS[kind][name]
    if ftype.startswith("str") or ftype == "text":
        text = clean(str(value or "")).strip()
        limit = text_limit(kind, name)
        if len(text) > limit and (limit < EXCEL_CELL_LIMIT or over_excel_limit(text)):
            return text, Problem(
                "too_long", "is {n} characters long; at most {limit} fit", n=len(text), limit=limit
            )
        return text, None
    if ftype == "int":
        if value in (None, ""):
            return None, None
        try:
            return whole_number(str(value)), None
        except NumberTooLargeError:
            return None, Problem(
                "too_large", '"{value}" is too large (at most {limit})',
                value=shorten(str(value)), limit=INTEGER_MAX,
            )  # fmt: skip
        except ValueError:
            return None, Problem(
                "not_whole_number", '"{value}" is not a whole number', value=shorten(str(value))
            )
    if ftype == "date":
        if value in (None, "") or isinstance(value, date):
            return value or None, None
        try:
            return date.fromisoformat(str(value).strip()), None
        except ValueError:
            return None, Problem("not_a_date", '"{value}" is not a date (YYYY-MM-DD)', value=value)
    if ftype == "enum":
        enum = ENUMS[(kind, name)]
        try:
            return enum(value).value, None
        except ValueError:
            return value, _not_one_of(value, [e.value for e in enum])
    if ftype == "orgkind":
        from briefing_app.services.org_kinds import kind_labels

        known = kind_labels(session)
        if value in known:
            return value, None
        return value, _not_one_of(value, known)
    if ftype == "list":
        items = value.split(",") if isinstance(value, str) else list(value or [])
        return [clean(str(i)).strip() for i in items if str(i).strip()], None
    if ftype == "ref":
        if value in (None, ""):
            return None, None
        if not str(value).strip().isdigit():
            return None, f'"{value}" is not an organization id'
        if session.get(Organization, int(value)) is None:
            return None, Problem(
                "missing_organization", "organization {id} does not exist", id=value
            )
        return int(value), None
    target = MODELS[ftype.split(":")[1]]
    bad = [v for v in value or [] if not str(v).strip().isdigit()]
    if bad:
        return [], f"not record ids: {bad}"
    ids = [int(v) for v in value or []]
    found = set(session.scalars(select(target.id).where(target.id.in_(ids))))
    missing = [i for i in ids if i not in found]
    problem = Problem("unknown_ids", "unknown ids {ids}", ids=missing) if missing else None
    return [i for i in ids if i in found], problem


def _not_one_of(value, choices) -> Problem:
    return Problem(
        "not_one_of", '"{value}" is not one of {choices}', value=value, choices=", ".join(choices)
    )


def validate(session: Session, kind: str, values: dict, record_id: int | None = None) -> dict:
    """Cleaned values for every given field; raises FieldErrors listing every problem."""
    cleaned, problems = {}, {}
    for name, value in values.items():
        if name not in FIELDS[kind]:
            continue
        cleaned[name], problem = _convert(session, kind, name, value)
        if problem:
            problems[name] = problem
    for name in REQUIRED[kind]:
        if name in cleaned and cleaned[name] in (None, "") and name not in problems:
            problems[name] = Problem("required", "is required")
    parent = cleaned.get("parent_id") if kind == "organization" else None
    if parent and record_id is not None and _would_cycle(session, record_id, parent):
        problems["parent_id"] = Problem(
            "own_ancestor", "an organization cannot be its own parent (or ancestor)"
        )
    if problems:
        raise FieldErrors(kind, problems)
    return cleaned


def _would_cycle(session: Session, record_id: int, parent_id: int) -> bool:
    seen, current = set(), parent_id
    while current is not None and current not in seen:
        if current == record_id:
            return True
        seen.add(current)
        current = session.scalar(select(Organization.parent_id).where(Organization.id == current))
    return False


def _apply(session: Session, record, kind: str, cleaned: dict) -> None:
    for name, value in cleaned.items():
        if name == "priority_ids":
            record.priorities = list(
                session.scalars(select(Priority).where(Priority.id.in_(value)))
            )
        elif name == "target_ids":
            orgs = select(Organization).where(Organization.id.in_(value))
            record.targets = list(session.scalars(orgs))
        else:
            setattr(record, name, value)


def create(session: Session, kind: str, values: dict) -> Saved:
    """Validate and add a new record; every required field must be present."""
    full = {**empty_values(kind), **values}
    cleaned = validate(session, kind, full)
    record = MODELS[kind]()
    _apply(session, record, kind, cleaned)
    session.add(record)
    session.flush()
    return Saved(record.id, record.version)


def _conflict(session: Session, kind: str, record_id: int, expected: int, mine: dict):
    """ConflictError (services.conflicts) with the record as it is now, field by field.

    Read through a fresh session: the caller's may be mid-flush or already failed,
    and its transaction belongs to the caller.
    """
    with Session(session.get_bind()) as fresh:
        record = fresh.get(MODELS[kind], record_id)
        theirs = {}
        if record is not None:
            current = get_values(fresh, kind, record_id)
            theirs = {name: current.get(name) for name in mine}
        version = record.version if record is not None else None
    return ConflictError(MODELS[kind].__tablename__, record_id, expected, version, mine, theirs)


def update(session: Session, kind: str, record_id: int, values: dict, expected: int) -> Saved:
    """Save changed ``values`` if the record is still at version ``expected``.

    Raises ``ConflictError`` when someone else changed or deleted it meanwhile:
    checked by reading the version first, and again by SQLAlchemy's version
    counter in the UPDATE itself (a change landing between read and write).
    """
    record = session.get(MODELS[kind], record_id, populate_existing=True)
    if record is None or record.version != expected:
        raise _conflict(session, kind, record_id, expected, dict(values))
    cleaned = validate(session, kind, values, record_id)
    _apply(session, record, kind, cleaned)
    try:
        session.flush()
    except StaleDataError:  # the caller's transaction rolls back as this propagates
        raise _conflict(session, kind, record_id, expected, cleaned) from None
    return Saved(record.id, record.version)


def impact(session: Session, kind: str, record_id: int) -> dict[str, int]:
    """What else a delete would remove (per table) or clear (``table.column``)."""
    _get(session, kind, record_id)
    return record_snapshot.collect(session, MODELS[kind].__tablename__, record_id).affected()


def delete(session: Session, kind: str, record_id: int) -> Snapshot:
    """Delete the record and everything that depends on it; the snapshot undoes it."""
    _get(session, kind, record_id)
    return record_snapshot.delete_record(session, MODELS[kind].__tablename__, record_id)


def restore(session: Session, snapshot: Snapshot) -> None:
    """Undo a delete: the record and its dependents come back with the same ids."""
    record_snapshot.restore(session, snapshot)


def describe(session: Session, kind: str, record_id: int, language: str = "en") -> str:
    """A short name for messages ("Ministry of Commerce", "Ms. LIU Hua"; "商务部", "刘华女士"
    in ``language`` "zh", where the record has them: domain.bilingual)."""
    from briefing_app.domain.bilingual import in_language, person_name

    record = _get(session, kind, record_id)
    if kind == "organization":
        return in_language(language, record.name_en, record.name_zh)
    if kind == "person":
        return person_name(language, record)
    return in_language(language, record.title, getattr(record, "title_zh", ""))


def count(session: Session, kind: str) -> int:
    return session.scalar(select(func.count()).select_from(MODELS[kind])) or 0
