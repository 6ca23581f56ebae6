"""Second half of validation: checks across records and against the database
(duplicate uids, references to unknown records, nested rows that belong to
another meeting, organization parent cycles). Reads only; writes nothing."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from briefing_app.db.models import AgendaItem, Meeting, Organization, Participant
from briefing_app.services.interchange.schema import (
    ENTITIES,
    MEETING_CHILDREN,
    NOUNS,
    UID_ENTITIES,
    Field,
    TargetKind,
    per_fields,
)
from briefing_app.services.interchange.seating import check_peers
from briefing_app.services.interchange.validate import Dataset, Record


@dataclass
class DbIndex:
    """What the database already holds, by uid (a handful of bulk queries)."""

    uids: dict[str, set[str]] = field(default_factory=dict)
    #: "agenda"/"participants" -> {row uid: uid of the meeting it belongs to}
    owners: dict[str, dict[str, str]] = field(default_factory=dict)
    org_parent: dict[str, str | None] = field(default_factory=dict)

    @classmethod
    def load(cls, session: Session) -> DbIndex:
        index = cls()
        for name in UID_ENTITIES:
            model = ENTITIES[name][0]
            index.uids[name] = set(session.scalars(select(model.uid)))
        for name, model in (("agenda", AgendaItem), ("participants", Participant)):
            rows = session.execute(select(model.uid, Meeting.uid).join(Meeting))
            index.owners[name] = {uid: owner for uid, owner in rows}
        parent = aliased(Organization)
        rows = session.execute(
            select(Organization.uid, parent.uid).outerjoin(
                parent, Organization.parent_id == parent.id
            )
        )
        index.org_parent = {uid: owner for uid, owner in rows}
        return index


def check_references(ds: Dataset, db: DbIndex) -> None:
    """Append every cross-record problem to ``ds.problems``."""
    known = {name: set(db.uids[name]) for name in UID_ENTITIES}
    for name in UID_ENTITIES:
        _check_unique(ds.records.get(name, []), known[name] - db.uids[name], ds.problems)
        known[name].update(r.uid for r in ds.records.get(name, []) if r.uid)
    for name, (_model, fields) in ENTITIES.items():
        for rec in ds.records.get(name, []):
            _check_refs(rec, fields, known, ds.problems)
    _check_meetings(ds, db, known)
    _check_packs(ds, known)
    _check_parent_cycles(ds, db)


def _check_unique(records: list[Record], seen_before: set[str], problems: list[str]) -> None:
    first: dict[str, str] = {}
    for rec in records:
        uid = rec.uid
        if uid is None:
            continue
        if uid in first:
            problems.append(f'{rec.where}.uid: duplicate uid "{uid}" (also {first[uid]})')
        else:
            first[uid] = rec.where


def _check_refs(rec: Record, fields, known: dict[str, set[str]], problems: list[str]) -> None:
    for f in _ref_fields(fields):
        value = rec.values.get(f.name)
        if value is None or f.target not in known:
            continue
        for uid in value if f.kind == "reflist" else [value]:
            if uid not in known[f.target]:
                hint = _did_you_mean(uid, known[f.target]) if len(problems) < _HINTS else ""
                problems.append(f'{rec.where}.{f.name}: unknown {NOUNS[f.target]} "{uid}"{hint}')


@per_fields
def _ref_fields(fields: tuple[Field, ...]) -> tuple[Field, ...]:
    """The ref and reflist fields of ``fields`` (checked for every record)."""
    return tuple(f for f in fields if f.kind in ("ref", "reflist"))


_HINTS = 20  # suggestions cost a scan of the uids; only for the first problems


def _did_you_mean(uid: str, known: set[str]) -> str:
    close = difflib.get_close_matches(uid, known, n=1, cutoff=0.75)
    return f' (did you mean "{close[0]}"?)' if close else ""


def _check_meetings(ds: Dataset, db: DbIndex, known: dict[str, set[str]]) -> None:
    first: dict[str, str] = {}
    for meeting in ds.records.get("meetings", []):
        starts, ends = meeting.values.get("starts_at"), meeting.values.get("ends_at")
        if starts and ends and ends < starts:
            ds.problems.append(f"{meeting.where}.ends_at: before starts_at")
        for child in ("agenda", "participants"):
            for rec in meeting.children.get(child, []):
                _check_child_uid(rec, meeting.uid, db.owners[child], first, ds.problems)
        for rec in meeting.children.get("participants", []):
            if "organization" not in rec.values and rec.values.get("person") is None:
                ds.problems.append(
                    f'{rec.where}.organization: missing (required unless "person" is given)'
                )
        _check_meeting_points(meeting.children.get("talking_points", []), ds.problems)
        check_peers(meeting, db.owners["participants"], ds.problems)
        for child, (_model, fields) in MEETING_CHILDREN.items():
            for rec in meeting.children.get(child, []):
                _check_refs(rec, fields, known, ds.problems)


def _check_child_uid(rec, meeting_uid, owners, first: dict[str, str], problems) -> None:
    uid = rec.uid
    if uid is None:
        return
    if uid in first:
        problems.append(f'{rec.where}.uid: duplicate uid "{uid}" (also {first[uid]})')
    first[uid] = rec.where
    owner = owners.get(uid)
    if owner is not None and owner != meeting_uid:
        problems.append(f'{rec.where}.uid: "{uid}" belongs to another meeting ("{owner}")')


def _check_meeting_points(records: list[Record], problems: list[str]) -> None:
    first: dict[tuple, str] = {}
    for rec in records:
        key = (rec.values.get("talking_point"), rec.values.get("organization"))
        if key in first:
            problems.append(
                f"{rec.where}: talking point chosen twice for the same organization"
                f" (also {first[key]})"
            )
        first.setdefault(key, rec.where)


def _check_packs(ds: Dataset, known: dict[str, set[str]]) -> None:
    first: dict[tuple, str] = {}
    for rec in ds.records.get("pack_versions", []):
        key = (rec.values.get("meeting"), rec.values.get("number"))
        if key in first:
            ds.problems.append(f"{rec.where}.number: duplicate pack version (also {first[key]})")
        first.setdefault(key, rec.where)
    for rec in ds.records.get("review_comments", []):
        key = (rec.values.get("meeting"), rec.values.get("pack_version"))
        if None not in key and key not in first:
            ds.problems.append(
                f"{rec.where}.pack_version: no pack version {key[1]} of meeting"
                f' "{key[0]}" in this file'
            )
        kind, ref = rec.values.get("target_kind"), rec.values.get("target_ref")
        entity = _COMMENT_TARGETS.get(kind)
        if entity and ref and ref not in known[entity]:
            ds.problems.append(f'{rec.where}.target_ref: unknown {NOUNS[entity]} "{ref}"')


_COMMENT_TARGETS = {
    TargetKind.ORGANIZATION: "organizations",
    TargetKind.TALKING_POINT: "talking_points",
}


def _check_parent_cycles(ds: Dataset, db: DbIndex) -> None:
    parents = dict(db.org_parent)
    for rec in ds.records.get("organizations", []):
        if rec.uid and "parent" in rec.values:
            parents[rec.uid] = rec.values["parent"]
    for rec in ds.records.get("organizations", []):
        seen, uid = set(), rec.uid
        while uid is not None and uid not in seen:
            seen.add(uid)
            uid = parents.get(uid)
        if uid is not None and uid == rec.uid:
            ds.problems.append(f'{rec.where}.parent: "{rec.uid}" would be its own ancestor')
