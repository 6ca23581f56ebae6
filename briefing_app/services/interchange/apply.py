"""Second step of an import: write a checked Dataset (all-or-nothing is the
caller's transaction; we only flush). Records are upserted by uid: a uid the
database already has is updated to the file's values, a new uid is created.
New top-level records are written in bulk first (``bulk.py``); then the ORM
writes the rest. Its lookups are cached: every record it writes or points at
is loaded in a few bulk queries up front, never one query per record."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from briefing_app.db.models import (
    Meeting,
    MeetingTalkingPoint,
    PackVersion,
    Person,
    ReviewComment,
    TalkingPoint,
)
from briefing_app.domain.text import CleanReport
from briefing_app.services.bulk import bulk_work
from briefing_app.services.interchange.bulk import insert_new, record_values
from briefing_app.services.interchange.schema import (
    ENTITIES,
    MEETING_CHILDREN,
    UID_ENTITIES,
    Field,
)
from briefing_app.services.interchange.seating import apply_seating
from briefing_app.services.interchange.validate import Dataset, Record
from briefing_app.services.org_kinds import ensure_kinds
from briefing_app.services.photos.store import assign_photo

_CHUNK = 500
_LOAD_OPTIONS = {
    "people": (selectinload(Person.photo),),
    "talking_points": (selectinload(TalkingPoint.priorities), selectinload(TalkingPoint.targets)),
    "meetings": (
        selectinload(Meeting.agenda),
        selectinload(Meeting.participants),
        selectinload(Meeting.talking_points),
        selectinload(Meeting.pack_versions).selectinload(PackVersion.comments),
    ),
}


_LABELS = {
    "talking_points": "talking points",
    "pack_versions": "pack versions",
    "review_comments": "review comments",
    "seating_plans": "seating plans",
    "agenda": "agenda items",
    "participants (meeting)": "participants",
    "talking_points (meeting)": "meeting talking points",
}


@dataclass
class ImportResult:
    """What an import did, per array: created / updated / unchanged, and cleaning."""

    created: Counter = field(default_factory=Counter)
    updated: Counter = field(default_factory=Counter)
    unchanged: Counter = field(default_factory=Counter)
    cleaned: CleanReport = field(default_factory=CleanReport)

    def summary(self) -> str:
        parts = []
        for label, counts in (("created", self.created), ("updated", self.updated)):
            items = ", ".join(f"{n} {_LABELS.get(name, name)}" for name, n in counts.items() if n)
            parts.append(f"{label} {items or 'nothing'}")
        unchanged = sum(self.unchanged.values())
        if unchanged:
            parts.append(f"{unchanged} record(s) unchanged")
        return "; ".join(parts)

    def cleaning_lines(self) -> list[str]:
        lines = self.cleaned.lines()
        if not lines:
            return []
        return [f"cleaned {len(lines)} field(s):", *(f"  {line}" for line in lines)]


def apply(session: Session, ds: Dataset) -> ImportResult:
    """Upsert every record of ``ds``; flushes, never commits. New top-level records go
    in bulk (``bulk.py``); the ORM writes the rest, with its version checks."""
    with bulk_work():
        return _apply(session, ds)


def _apply(session: Session, ds: Dataset) -> ImportResult:
    result = ImportResult(cleaned=ds.report)
    kinds = {r.values.get("kind") for r in ds.records.get("organizations", [])}
    ensure_kinds(session, {k for k in kinds if isinstance(k, str)})
    session.flush()
    created = insert_new(session, ds)
    objs = _load(session, ds, created)
    changed: set[tuple[str, str]] = set()
    with session.no_autoflush:
        for name in UID_ENTITIES:  # pass 1: set plain values
            _, fields = ENTITIES[name]
            for rec in ds.records.get(name, []):
                if (name, rec.uid) in created:
                    _new_photo(objs, name, rec)
                elif _set_scalars(objs[name][rec.uid], rec, fields, creating=False):
                    changed.add((name, rec.uid))
        for name in UID_ENTITIES:  # pass 2: references
            _, fields = ENTITIES[name]
            for rec in ds.records.get(name, []):
                if (name, rec.uid) not in created and _set_refs(
                    objs[name][rec.uid], rec, fields, objs
                ):
                    changed.add((name, rec.uid))
        _count(ds, created, changed, result)
        for rec in ds.records.get("meetings", []):
            _apply_children(objs["meetings"][rec.uid], rec, objs, result)
            plans = Counter()
            apply_seating(session, objs["meetings"][rec.uid], rec, plans)
            for what in ("created", "updated"):
                if plans[what]:
                    getattr(result, what)["seating_plans"] += plans[what]
        _apply_packs(ds, objs, result)
    session.flush()
    return result


def _new_photo(objs, name: str, rec: Record) -> None:
    """A new person's photo (written in bulk without it): set through the ORM."""
    if name == "people" and rec.values.get("photo") is not None:
        assign_photo(objs[name][rec.uid], rec.values["photo"])


def _load(session: Session, ds: Dataset, created: set) -> dict[str, dict[str, object]]:
    """uid -> object for what the ORM still writes or points at: records the database
    had, every meeting (their nested lists), new people with a photo, and what those
    refer to."""
    wanted: dict[str, set[str]] = defaultdict(set)
    for name in ENTITIES:
        fields = ENTITIES[name][1]
        for rec in ds.records.get(name, []):
            if (name, rec.uid) in created and name != "meetings":
                if name == "people" and rec.values.get("photo") is not None:
                    wanted[name].add(rec.uid)
                continue
            _collect(rec, fields, name, wanted)
            for child, (_m, child_fields) in MEETING_CHILDREN.items():
                for sub in rec.children.get(child, []):
                    _collect(sub, child_fields, "", wanted)
    objs: dict[str, dict[str, object]] = {}
    for name in UID_ENTITIES:
        model = ENTITIES[name][0]
        uids = sorted(wanted[name])
        objs[name] = {}
        for start in range(0, len(uids), _CHUNK):
            query = select(model).where(model.uid.in_(uids[start : start + _CHUNK]))
            for obj in session.scalars(query.options(*_LOAD_OPTIONS.get(name, ()))):
                objs[name][obj.uid] = obj
    return objs


def _collect(rec: Record, fields, name: str, wanted: dict[str, set[str]]) -> None:
    if name in UID_ENTITIES and rec.uid:
        wanted[name].add(rec.uid)
    for f in fields:
        value = rec.values.get(f.name)
        if f.kind == "ref" and value:
            wanted[f.target].add(value)
        elif f.kind == "reflist" and value:
            wanted[f.target].update(value)


def _count(ds: Dataset, created: set, changed: set, result: ImportResult) -> None:
    for name in UID_ENTITIES:
        for rec in ds.records.get(name, []):
            key = (name, rec.uid)
            bucket = result.created if key in created else result.updated
            if key not in created and key not in changed:
                bucket = result.unchanged
            bucket[name] += 1


def _set_scalars(obj, rec: Record, fields: tuple[Field, ...], creating: bool) -> bool:
    """Set plain values the file gives (``bulk.record_values``). True if changed."""
    changed = False
    photo = next((f for f in fields if f.kind == "photo"), None)
    if photo is not None and photo.name in rec.values:
        changed = assign_photo(obj, rec.values[photo.name])
    for f, value in record_values(rec, fields, creating):
        if creating or getattr(obj, f.attribute) != value:
            setattr(obj, f.attribute, value)
            changed = True
    return changed


def _set_refs(obj, rec: Record, fields: tuple[Field, ...], objs) -> bool:
    """Point references at the records named by uid. True if any changed."""
    changed = False
    for f in fields:
        if f.kind not in ("ref", "reflist") or f.name not in rec.values or f.parent_key:
            continue
        value = rec.values[f.name]
        if f.kind == "ref":
            target = objs[f.target][value] if value else None
            if getattr(obj, f.attribute) is not target:
                setattr(obj, f.attribute, target)
                changed = True
        else:
            targets = [objs[f.target][uid] for uid in value]
            if {t.uid for t in getattr(obj, f.attribute)} != set(value):
                setattr(obj, f.attribute, targets)
                changed = True
    return changed


def _apply_children(meeting: Meeting, rec: Record, objs, result: ImportResult) -> None:
    """A meeting's nested lists, when given, replace what the meeting had."""
    for child, (model, fields) in MEETING_CHILDREN.items():
        if child not in rec.children:
            continue
        current = getattr(meeting, child)
        by_key = {_child_key(child, c): c for c in current}
        rows = []
        for sub in rec.children[child]:
            values = sub.values
            key = values.get("uid") or (values["talking_point"], values.get("organization"))
            row = by_key.get(key)
            creating = row is None
            if creating:
                row = model(uid=sub.uid) if sub.uid else model()
            changed = _set_scalars(row, sub, fields, creating) | _set_refs(row, sub, fields, objs)
            if child == "participants" and "organization" not in values and row.person:
                row.organization = row.person.organization
            rows.append(row)
            counter = result.created if creating else result.updated if changed else None
            if counter is not None:
                counter["agenda" if child == "agenda" else f"{child} (meeting)"] += 1
        if [id(r) for r in rows] != [id(c) for c in current]:
            setattr(meeting, child, rows)


def _child_key(child: str, row) -> object:
    if isinstance(row, MeetingTalkingPoint):
        org = row.organization.uid if row.organization else None
        return (row.talking_point.uid, org)
    return row.uid


def _apply_packs(ds: Dataset, objs, result: ImportResult) -> None:
    """Upsert pack versions by (meeting, number); each one's comments become the file's."""
    _, fields = ENTITIES["pack_versions"]
    _, comment_fields = ENTITIES["review_comments"]
    comments: dict[tuple, list[Record]] = defaultdict(list)
    for rec in ds.records.get("review_comments", []):
        comments[(rec.values["meeting"], rec.values["pack_version"])].append(rec)
    for rec in ds.records.get("pack_versions", []):
        meeting = objs["meetings"][rec.values["meeting"]]
        number = rec.values["number"]
        pack = next((p for p in meeting.pack_versions if p.number == number), None)
        if pack is None:
            pack = PackVersion(number=number)
            meeting.pack_versions.append(pack)
            _set_scalars(pack, rec, fields, creating=True)
            result.created["pack_versions"] += 1
        elif _set_scalars(pack, rec, fields, creating=False):
            result.updated["pack_versions"] += 1
        _apply_comments(pack, comments[(meeting.uid, number)], comment_fields, result)


def _apply_comments(pack: PackVersion, recs: list[Record], fields, result: ImportResult) -> None:
    existing = list(pack.comments)
    for i, rec in enumerate(recs):
        if i < len(existing):
            if _set_scalars(existing[i], rec, fields, creating=False):
                result.updated["review_comments"] += 1
        else:
            comment = ReviewComment()
            _set_scalars(comment, rec, fields, creating=True)
            pack.comments.append(comment)
            result.created["review_comments"] += 1
    for extra in existing[len(recs) :]:
        pack.comments.remove(extra)
