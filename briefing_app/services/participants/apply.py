"""Applying an import preview: re-validate against the database, then change it.

Runs in the caller's transaction (the caller does ``with s.begin():``), so the
whole import is applied or nothing is. Before touching anything it checks
that the preview has no problems or ambiguous rows, and that every record is
still as the preview saw it (a change made meanwhile is reported, not
overwritten). Participants with no row in the file are removed from the
meeting; their person records stay in the database.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from briefing_app.db.models import Organization, Participant, Person
from briefing_app.domain.enums import NameOrder, ParticipantRole, Rsvp
from briefing_app.domain.names import infer_name_order
from briefing_app.errors import UserError, ValidationError
from briefing_app.services.participants.preview import AddedRow, ApplyResult, ImportPreview
from briefing_app.services.participants.rows import PERSON_KEYS, current_value

PARTICIPANT_KEYS = ("role", "rsvp", "seat", "remarks")


class ImportConflictError(UserError):
    """The database changed between the preview and the apply."""


def _by_uid(session: Session, model, uids: set[str]) -> dict:
    if not uids:
        return {}
    return {r.uid: r for r in session.scalars(select(model).where(model.uid.in_(uids)))}


def _conflicts(session: Session, meeting_id: int, preview: ImportPreview) -> list[str]:
    """Everything in the preview that no longer holds in the database."""
    problems = []
    rows = session.scalars(select(Participant).where(Participant.meeting_id == meeting_id)).all()
    current = {p.uid: p for p in rows}
    for ch in preview.changed:
        p = current.get(ch.participant_uid)
        if p is None:
            problems.append(f"row {ch.row}: {ch.name} is no longer a participant")
            continue
        for fc in ch.changes:
            if current_value(p, fc.field, preview.title_attr).strip() != fc.old.strip():
                problems.append(f"row {ch.row}: {ch.name}'s {fc.label} was changed meanwhile")
    problems.extend(
        f"{r.name} ({r.organization}) is no longer a participant"
        for r in preview.removed
        if r.participant_uid not in current
    )
    orgs = _by_uid(session, Organization, {a.organization_uid for a in preview.added})
    people = _by_uid(session, Person, {a.person_uid for a in preview.added if a.person_uid})
    present = {p.person.uid for p in rows if p.person is not None}
    for a in preview.added:
        if a.organization_uid not in orgs:
            problems.append(f"row {a.row}: organization {a.organization} no longer exists")
        if a.person_uid and (a.person_uid not in people or a.person_uid in present):
            problems.append(f"row {a.row}: {a.name} was deleted or added to the meeting meanwhile")
    return problems


def _name_order(values: dict[str, str]) -> NameOrder:
    """Family first for names written (or with a native-script name) in Han, Hangul or
    Kana (domain/names.py); the user can change it afterwards."""
    return NameOrder(
        infer_name_order(
            values.get("family_name", ""),
            values.get("given_name", ""),
            values.get("native_name", ""),
        )
    )


def _new_person(org: Organization, values: dict[str, str], title_attr: str) -> Person:
    person = Person(organization=org, family_name=values["family_name"])
    person.name_order = _name_order(values)
    for key in PERSON_KEYS:
        if key in values and key != "family_name":
            setattr(person, title_attr if key == "title" else key, values[key])
    return person


def _set_participant(p: Participant, values: dict[str, str]) -> None:
    for key in PARTICIPANT_KEYS:
        if key not in values:
            continue
        value = values[key]
        if key == "role":
            value = ParticipantRole(value)
        elif key == "rsvp":
            value = Rsvp(value)
        setattr(p, key, value)


def _apply_change(session: Session, p: Participant, values: dict[str, str], title_attr: str) -> int:
    """Apply one changed row; returns 1 if a person was created (a seat got a name)."""
    _set_participant(p, values)
    person_values = {k: v for k, v in values.items() if k in PERSON_KEYS}
    if not person_values:
        return 0
    if p.person is None:
        full = {k: current_value(p, k, title_attr) for k in PERSON_KEYS} | person_values
        p.person = _new_person(p.organization, full, title_attr)
        return 1
    for key, value in person_values.items():
        setattr(p.person, title_attr if key == "title" else key, value)
    return 0


def _add(session: Session, meeting_id: int, a: AddedRow, title_attr: str) -> int:
    org = session.scalars(select(Organization).where(Organization.uid == a.organization_uid)).one()
    created = 0
    if a.person_uid:
        person = session.scalars(select(Person).where(Person.uid == a.person_uid)).one()
    elif a.values.get("family_name"):
        person, created = _new_person(org, a.values, title_attr), 1
    else:
        person = None
    p = Participant(meeting_id=meeting_id, organization=org, person=person)
    _set_participant(p, a.values)
    session.add(p)
    return created


def apply_import(session: Session, meeting_id: int, preview: ImportPreview) -> ApplyResult:
    """Apply ``preview`` (from ``preview_import``) in the caller's transaction.

    Raises ValidationError if the preview has problems or ambiguous rows, and
    ImportConflictError if the database changed since the preview; in both
    cases nothing has been changed. Does not commit.
    """
    if preview.meeting_id != meeting_id:
        raise UserError(f"{preview.source}: this preview is for another meeting")
    if not preview.can_apply:
        blocking = preview.problems + [f"row {a.row}: ambiguous match" for a in preview.ambiguous]
        raise ValidationError(blocking, source=f"{preview.source} (nothing was changed)")
    conflicts = _conflicts(session, meeting_id, preview)
    if conflicts:
        raise ImportConflictError(
            f"{preview.source}: the database changed since the preview ({'; '.join(conflicts)}); "
            "nothing was changed — preview the import again"
        )
    result = ApplyResult()
    current = {
        p.uid: p
        for p in session.scalars(select(Participant).where(Participant.meeting_id == meeting_id))
    }
    for ch in preview.changed:
        values = {fc.field: fc.new for fc in ch.changes}
        result.people_created += _apply_change(
            session, current[ch.participant_uid], values, preview.title_attr
        )
        result.changed += 1
    for a in preview.added:
        result.people_created += _add(session, meeting_id, a, preview.title_attr)
        result.added += 1
    for r in preview.removed:
        session.delete(current[r.participant_uid])
        result.removed += 1
    try:
        session.flush()
    except StaleDataError as exc:
        raise ImportConflictError(
            f"{preview.source}: a record was changed by someone else while importing; "
            "nothing was changed — preview the import again"
        ) from exc
    return result
