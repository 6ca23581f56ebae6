"""Reading the audit trail (``db/audit.py``): a record's history, a meeting's, and
who changed what between two pack versions; as lines of text in English or
Chinese for the CLI, the GUI's history dialog and the review comparison."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from briefing_app.db.models import (
    AuditEvent,
    MeetingTalkingPoint,
    Organization,
    Participant,
    Person,
    TalkingPoint,
)
from briefing_app.services.history_labels import field_name, field_value

#: What a table's records are called, in English and Chinese.
ENTITY_NAMES: dict[str, tuple[str, str]] = {
    "organizations": ("organization", "机构"),
    "organization_kinds": ("organization kind", "机构类型"),
    "people": ("person", "人员"),
    "person_photos": ("photo", "照片"),
    "priorities": ("priority", "优先事项"),
    "talking_points": ("talking point", "谈话要点"),
    "engagements": ("engagement", "往来记录"),
    "meetings": ("meeting", "会议"),
    "agenda_items": ("agenda item", "议程项"),
    "participants": ("participant", "参会人员"),
    "seating_plans": ("seating plan", "座次图"),
    "seats": ("seat", "座位"),
    "meeting_talking_points": ("talking point chosen", "选用的谈话要点"),
    "pack_versions": ("pack version", "简报版本"),
    "review_comments": ("review comment", "审阅意见"),
}
ACTION_NAMES: dict[str, tuple[str, str]] = {
    "created": ("created", "新建"),
    "changed": ("changed", "修改"),
    "deleted": ("deleted", "删除"),
    "restored": ("restored", "恢复"),
}


@dataclass
class HistoryEntry:
    at: datetime
    actor: str
    action: str
    entity: str
    record_uid: str
    label: str
    changes: dict = field(default_factory=dict)
    meeting_id: int | None = None

    def action_text(self, language: str = "en") -> str:
        """``changed organization`` (``修改机构`` in Chinese)."""
        zh = language == "zh"
        verb = ACTION_NAMES.get(self.action, (self.action, self.action))[zh]
        noun = ENTITY_NAMES.get(self.entity, (self.entity, self.entity))[zh]
        return f"{verb}{noun}" if zh else f"{verb} {noun}"

    def what(self, language: str = "en") -> str:
        """``changed organization "CNIPA"`` (or its Chinese form)."""
        text = self.action_text(language)
        return f"{text}“{self.label}”" if language == "zh" else f'{text} "{self.label}"'

    def details(self, language: str = "en") -> list[str]:
        """One line per changed field: ``acronym: "old" → "new"``, or for long text
        the changed words (``…kept [-removed-] {+added+} kept…``); for a delete,
        what went with the record."""
        if self.action == "changed":
            colon = "：" if language == "zh" else ": "
            return [
                f"{field_name(key, language)}{colon}"
                + _change(field_value(key, old, language), field_value(key, new, language))
                for key, (old, new) in self.changes.items()
            ]
        zh = language == "zh"
        return [
            f"{ENTITY_NAMES.get(table, (table, table))[zh]} × {count}"
            for table, count in self.changes.items()
            if isinstance(count, int)
        ]


#: Text longer than this is shown as its changed words, not whole.
_WHOLE = 60


def _change(old, new) -> str:
    if isinstance(old, str) and isinstance(new, str) and max(len(old), len(new)) > _WHOLE:
        from briefing_app.services.review.diff import word_diff
        from briefing_app.services.review.diff_render import words_text

        return " ".join(words_text(word_diff(old, new)).split())
    return f"{_shown(old)} → {_shown(new)}"


def _shown(value) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, list):
        return "[" + ", ".join(_shown(v) for v in value) + "]"
    return f'"{" ".join(value.split())}"' if isinstance(value, str) else str(value)


def _entries(session: Session, query) -> list[HistoryEntry]:
    """Newest first in the order they were written: by entry id, which only grows,
    not by clock time (a clock set back, or two computers' clocks apart on a server,
    would list a later entry below an earlier one)."""
    return _entries_of(session.scalars(query.order_by(AuditEvent.id.desc())))


def _entries_of(events) -> list[HistoryEntry]:
    return [
        HistoryEntry(
            e.at, e.actor, e.action, e.entity, e.record_uid, e.label, e.changes or {}, e.meeting_id
        )
        for e in events
    ]


def record_history(session: Session, uid: str, limit: int | None = None) -> list[HistoryEntry]:
    """Every event of one record (by its uid), newest first."""
    query = select(AuditEvent).where(AuditEvent.record_uid == uid)
    return _entries(session, query.limit(limit) if limit else query)


def library_record_history(
    session: Session, kind: str, record_id: int, limit: int | None = None
) -> list[HistoryEntry]:
    """The history of a library record by its kind ("organization", "person"...) and id."""
    from briefing_app.services.library import MODELS

    uid = session.scalar(select(MODELS[kind].uid).where(MODELS[kind].id == record_id))
    return record_history(session, uid, limit) if uid else []


def _library_uids(session: Session, meeting_id: int) -> list[str]:
    """The organizations, people and talking points a meeting uses."""
    org_ids = select(Participant.organization_id).where(Participant.meeting_id == meeting_id)
    person_ids = select(Participant.person_id).where(Participant.meeting_id == meeting_id)
    point_ids = select(MeetingTalkingPoint.talking_point_id).where(
        MeetingTalkingPoint.meeting_id == meeting_id
    )
    uids: list[str] = []
    for model, ids in ((Organization, org_ids), (Person, person_ids), (TalkingPoint, point_ids)):
        uids += session.scalars(select(model.uid).where(model.id.in_(ids))).all()
    return uids


def meeting_history(
    session: Session,
    meeting_id: int,
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int | None = None,
) -> list[HistoryEntry]:
    """Events of the meeting and its parts, and of the organizations, people and
    talking points it uses, newest first (``since`` < at ≤ ``until``)."""
    uids = _library_uids(session, meeting_id)
    query = select(AuditEvent).where(
        or_(AuditEvent.meeting_id == meeting_id, AuditEvent.record_uid.in_(uids))
    )
    if since is not None:
        query = query.where(AuditEvent.at > since)
    if until is not None:
        query = query.where(AuditEvent.at <= until)
    return _entries(session, query.limit(limit) if limit else query)


def between_versions(session: Session, meeting_id: int, older, newer) -> list[HistoryEntry]:
    """Who changed what after ``older`` pack version was made, up to ``newer``; the
    pack versions' own events (their review) are left out.

    The bounds are the versions' own "created" entries (entry ids only grow), so a
    clock step between them cannot move an edit in or out; versions made before the
    audit trail existed fall back to their creation times."""
    first, last = (_creation_entry(session, version) for version in (older, newer))
    if first is None or last is None:
        entries = meeting_history(
            session, meeting_id, since=older.created_at, until=newer.created_at
        )
    else:
        uids = _library_uids(session, meeting_id)
        query = select(AuditEvent).where(
            or_(AuditEvent.meeting_id == meeting_id, AuditEvent.record_uid.in_(uids)),
            AuditEvent.id > first,
            AuditEvent.id < last,
        )
        entries = _entries(session, query)
    return [e for e in entries if e.entity not in ("pack_versions", "review_comments")]


def _creation_entry(session: Session, version) -> int | None:
    """The id of the entry that recorded ``version``'s creation, if there is one."""
    return session.scalar(
        select(func.min(AuditEvent.id)).where(
            AuditEvent.entity == "pack_versions",
            AuditEvent.action == "created",
            AuditEvent.record_uid == str(version.id),
        )
    )


@dataclass
class Activity:
    """What others wrote after entry ``after``: ``last`` is the newest entry's id (give
    it next time), ``entries`` the others' entries, oldest first (at most ``limit``)."""

    last: int
    entries: list[HistoryEntry]


def latest_entry(session: Session) -> int:
    """The id of the newest entry (0 when there is none)."""
    return session.scalar(select(func.max(AuditEvent.id))) or 0


def others_since(session: Session, after: int, origin: str, limit: int = 50) -> Activity:
    """Entries after id ``after`` written by other origins (another user, another copy of
    the app, a command) than ``origin``: what open views should show."""
    last = latest_entry(session)
    if last <= after:
        return Activity(max(last, after), [])
    query = (
        select(AuditEvent)
        .where(AuditEvent.id > after, AuditEvent.id <= last, AuditEvent.origin != origin)
        .order_by(AuditEvent.id.desc())
        .limit(limit)
    )
    return Activity(last, list(reversed(_entries_of(session.scalars(query)))))


def format_entries(entries: list[HistoryEntry], language: str = "en") -> list[str]:
    """Lines for a terminal: ``2026-12-07 08:45  li.wei  changed organization "CNIPA"``
    then each changed field indented."""
    lines = []
    for entry in entries:
        when = entry.at.strftime("%Y-%m-%d %H:%M")
        lines.append(f"{when}  {entry.actor or '?'}  {entry.what(language)}")
        lines += [f"    {detail}" for detail in entry.details(language)]
    return lines
