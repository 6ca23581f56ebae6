"""Who did what: every record written through a session leaves an ``audit_events``
row (who, when, which record, which fields from what to what).

``install(sessions)`` hooks the session factory's ``after_flush``: at that point
new rows have their ids and every changed attribute still holds its history, so
one multi-row INSERT per flush records them all, in the same transaction as the
change (a rolled-back change leaves no trace). Statements that bypass the ORM
(``services/record_snapshot``'s delete with its cascade, and its undo) call
:func:`record` themselves.

Who: ``session.info["actor"]`` when a caller set it, else the database login on
a server (PostgreSQL's ``current_user``, which the user cannot choose), else the
``user_name`` setting or the operating system's login (``Settings.resolved_user_name``).
"""

from __future__ import annotations

import enum
import secrets
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from briefing_app.db import models
from briefing_app.db.base import utcnow
from briefing_app.db.rows_insert import insert_rows

if TYPE_CHECKING:
    from sqlalchemy.orm import sessionmaker

CREATED, CHANGED, DELETED, RESTORED = "created", "changed", "deleted", "restored"

#: Columns that say nothing a reader needs (bookkeeping the ORM keeps itself).
_SKIPPED = frozenset(
    {"id", "uid", "version", "created_at", "updated_at", "snapshot", "token", "data"}
)
#: Long text is kept to this many characters before and after.
TEXT_LIMIT = 300
_AUDITED = (
    models.Organization,
    models.OrganizationKind,
    models.Person,
    models.PersonPhoto,
    models.Priority,
    models.TalkingPoint,
    models.Engagement,
    models.Meeting,
    models.AgendaItem,
    models.Participant,
    models.SeatingPlan,
    models.Seat,
    models.MeetingTalkingPoint,
    models.PackVersion,
    models.ReviewComment,
)


def install(sessions: sessionmaker[Session]) -> None:
    """Record every flush of sessions made by ``sessions``, under an origin of their own
    (:func:`origin_of`). Once per factory: the origin it is given says it is installed.

    Not ``event.contains``: SQLAlchemy keys a factory's listeners by the factory's
    ``id()`` and keeps that key once the factory is gone, so a new factory made at
    the address of a dropped one was taken as hooked already, and its database
    recorded nothing."""
    info = sessions.kw.setdefault("info", {})
    if "origin" not in info:
        info["origin"] = secrets.token_hex(8)
        event.listen(sessions, "after_flush", _after_flush)


def origin_of(sessions: sessionmaker[Session]) -> str:
    """The tag the entries written through ``sessions`` carry ("" if not installed)."""
    return sessions.kw.get("info", {}).get("origin", "")


def actor(session: Session) -> str:
    """Who is writing (see the module's docstring)."""
    given = session.info.get("actor")
    if given:
        return str(given)
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        name = connection.info.get("briefing_app_login")
        if name is None:
            name = connection.exec_driver_sql("SELECT current_user").scalar() or ""
            connection.info["briefing_app_login"] = name
        return name
    from briefing_app.settings import Settings

    return Settings.load().resolved_user_name()


def record(
    session: Session, action: str, table: str, row: dict, changes: dict | None = None
) -> None:
    """An event for a write made with plain SQL (``row``: the record's columns)."""
    _insert(session, [_plain_event(action, table, row, _row_label(table, row), changes or {})])


def record_created(session: Session, table: str, rows: list[dict]) -> None:
    """One "created" event per row written in bulk with plain SQL (an import's new
    records; ``rows``: their columns, ``id`` included), labelled as the ORM's would be."""
    if not rows:
        return
    table = str(table)  # not SQLAlchemy's quoted_name: the driver takes a plain str as it is
    _insert(
        session,
        [_plain_event(CREATED, table, row, _created_label(table, row), _NONE) for row in rows],
    )


#: The changes of every "created" event written in bulk: one object, converted to
#: JSON once (``rows_insert``).
_NONE: dict = {}


def _plain_event(action: str, table: str, row: dict, label: str, changes: dict) -> dict:
    """An event's columns for a row written with plain SQL."""
    return {
        "action": action,
        "entity": table,
        "record_uid": str(row.get("uid") or row.get("id") or ""),
        "label": _clip(label),
        "meeting_id": row.get("id") if table == "meetings" else row.get("meeting_id"),
        "changes": changes,
    }


def _created_label(table: str, row: dict) -> str:
    if table == "people":  # as _label gives a Person
        return _name_label(*(row[k] for k in ("honorific", "family_name", "given_name")),
                           row["name_order"])  # fmt: skip
    return _row_label(table, row)


def _after_flush(session: Session, context) -> None:
    rows = []
    for obj in session.new:
        if isinstance(obj, _AUDITED):
            rows.append(_event(obj, CREATED, {}))
    for obj in session.dirty:
        if isinstance(obj, _AUDITED):
            changes = _changes(obj)
            if changes:
                rows.append(_event(obj, CHANGED, changes))
    # what the flush deleted, orphans included (a photo taken off its person)
    for state, (is_delete, _list_only) in context.states.items():
        obj = state.obj()
        if is_delete and isinstance(obj, _AUDITED):
            rows.append(_event(obj, DELETED, {}))
    if rows:
        _insert(session, rows)


def _insert(session: Session, rows: list[dict]) -> None:
    who, now, origin = actor(session), utcnow(), session.info.get("origin", "")
    for row in rows:
        row.update(actor=who, at=now, origin=origin)
    insert_rows(session.connection(), models.AuditEvent.__table__, rows)


def _event(obj, action: str, changes: dict) -> dict:
    table = obj.__table__.name
    if isinstance(obj, models.PersonPhoto):  # told in the person's own history
        person = inspect(obj).session.get(models.Person, obj.person_id)
        uid, label = (person.uid, _person_label(person)) if person else ("", "")
    else:
        uid, label = str(getattr(obj, "uid", None) or obj.id or ""), _label(obj)
    return {
        "action": action,
        "entity": table,
        "record_uid": uid,
        "label": _clip(label),
        "meeting_id": _meeting_id(obj),
        "changes": changes,
    }


def _changes(obj) -> dict[str, list]:
    """{field: [before, after]} for the columns and many-to-many links that changed."""
    state = inspect(obj)
    found: dict[str, list] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in _SKIPPED:
            continue
        history = state.attrs[attr.key].history
        if history.has_changes():
            before = history.deleted[0] if history.deleted else None
            after = history.added[0] if history.added else None
            if _plain(before) != _plain(after):
                found[attr.key] = [_plain(before), _plain(after)]
    for rel in state.mapper.relationships:
        if rel.secondary is None:
            continue
        history = state.attrs[rel.key].history
        if history.added or history.deleted:
            found[rel.key] = [
                [_clip(_label(o)) for o in history.deleted],
                [_clip(_label(o)) for o in history.added],
            ]
    return found


def _plain(value: Any) -> Any:
    """A value JSON can hold, long text shortened."""
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, str):
        return _clip(value)
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return _clip(str(value))


def _clip(text: str) -> str:
    text = text or ""
    return text if len(text) <= TEXT_LIMIT else text[: TEXT_LIMIT - 1] + "…"


def _loaded(obj, key: str):
    """A related record: from memory when it is there (an import sets them all),
    else loaded (one query by primary key, mostly answered by the session)."""
    if key in obj.__dict__:
        return obj.__dict__[key]
    state = inspect(obj)
    return None if state.deleted or state.detached else getattr(obj, key)


def _person_label(person) -> str:
    """ "Ms. LIU Hua", "Ms. Anna SMITH": the protocol form, built cheaply (an import
    writes thousands of these)."""
    return _name_label(person.honorific, person.family_name, person.given_name, person.name_order)


def _name_label(honorific, family_name, given_name, name_order) -> str:
    family, given = (family_name or "").upper(), given_name or ""
    parts = (family, given) if name_order == "family_first" else (given, family)
    return " ".join(p for p in (honorific or "", *parts) if p)


def _label(obj) -> str:
    if isinstance(obj, models.Person):
        return _person_label(obj)
    if isinstance(obj, models.Participant):
        person = _loaded(obj, "person")
        if person is not None:
            return _person_label(person)
        organization = _loaded(obj, "organization")
        return organization.name_en if organization is not None else f"#{obj.id}"
    if isinstance(obj, models.MeetingTalkingPoint):
        point = _loaded(obj, "talking_point")
        return point.title if point is not None else f"#{obj.talking_point_id}"
    return _row_label(obj.__table__.name, {c: getattr(obj, c, None) for c in _LABEL_COLUMNS})


_LABEL_COLUMNS = ("title", "name_en", "label_en", "kind", "date", "number", "position", "text")


def _row_label(table: str, row: dict) -> str:
    if table == "people":
        return " ".join(p for p in (row.get("given_name"), row.get("family_name")) if p)
    if table == "pack_versions" and row.get("number") is not None:
        return f"v{row['number']}"
    if table == "seats" and row.get("position") is not None:
        return f"seat {row['position']}"
    if table == "engagements":
        return " ".join(str(p) for p in (row.get("date") or "", row.get("kind") or "") if p)
    for column in _LABEL_COLUMNS:
        if row.get(column):
            return str(row[column])
    return f"#{row.get('id', '')}"


def _meeting_id(obj) -> int | None:
    if isinstance(obj, models.Meeting):
        return obj.id
    if isinstance(obj, models.Seat):
        plan = _loaded(obj, "plan")
        return plan.meeting_id if plan is not None else None
    if isinstance(obj, models.ReviewComment):
        version = _loaded(obj, "pack_version")
        return version.meeting_id if version is not None else None
    return getattr(obj, "meeting_id", None)
