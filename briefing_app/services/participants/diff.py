"""Matching an edited participant list to the meeting, and the change preview.

Rows match on the record ID (the participant's ``uid``). A row without one
matches on organization + name among the meeting's participants; if that
finds several, the row is reported as ambiguous, never guessed. A row that
matches no participant becomes an addition: a person of that organization
already in the database joins the meeting, otherwise a new person is created
(the organization must exist). Participants with no row in the file are
listed as "not in the file"; applying removes them from the meeting (their
person records stay). Columns missing from the file leave their fields alone.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from briefing_app.db.models import Meeting, Organization, Participant, Person
from briefing_app.domain.names import display_name
from briefing_app.errors import NotFoundError
from briefing_app.services.participants.columns import normalize, title_attribute
from briefing_app.services.participants.loading import load_participants
from briefing_app.services.participants.preview import (
    AmbiguousRow,
    ChangedRow,
    ImportPreview,
    RemovedParticipant,
)
from briefing_app.services.participants.rows import (
    PeopleIndex,
    addition,
    field_changes,
    person_keys,
    row_key,
)
from briefing_app.services.participants.table import SheetData, SheetRow


def participant_name(p: Participant) -> str:
    person = p.person
    if person is None:
        return "(seat to be named)"
    return display_name(person.family_name, person.given_name, person.name_order, "")


def _row_name(row: SheetRow) -> str:
    v = row.values
    name = " ".join(x for x in (v.get("given_name", ""), v.get("family_name", "")) if x)
    return name or v.get("native_name", "")


@dataclass
class _Matcher:
    """State of one preview: the meeting's participants, organizations, what is claimed."""

    session: Session
    sheet: SheetData
    preview: ImportPreview
    organizations: list[Organization]
    participants: list[Participant]
    orgs: dict[str, list[Organization]] = field(default_factory=dict)
    claimed: dict[str, int] = field(default_factory=dict)  # participant uid -> row
    candidates_seen: set[str] = field(default_factory=set)
    new_keys: dict[tuple, int] = field(default_factory=dict)
    by_uid: dict[str, Participant] = field(default_factory=dict)
    by_name: dict[tuple, list[Participant]] = field(default_factory=dict)
    seats: dict[int, list[Participant]] = field(default_factory=dict)
    people: dict[int, PeopleIndex] = field(default_factory=dict)  # organization id -> index

    def __post_init__(self) -> None:
        for org in self.organizations:
            for name in {org.name_en, org.name_zh, org.acronym}:
                if name:
                    self.orgs.setdefault(normalize(name), []).append(org)
        for p in self.participants:
            self.by_uid[p.uid] = p
            if p.person is None:
                self.seats.setdefault(p.organization_id, []).append(p)
                continue
            for key in person_keys(p.person):
                self.by_name.setdefault((p.organization_id, key), []).append(p)

    def known_people(self, org: Organization) -> PeopleIndex:
        """The people of ``org`` in the database, indexed by name (one query per organization)."""
        if org.id not in self.people:
            stmt = select(Person).where(Person.organization_id == org.id)
            self.people[org.id] = PeopleIndex.of(self.session.scalars(stmt))
        return self.people[org.id]

    def organization(self, row: SheetRow) -> Organization | None:
        """The organization a row names (English name, Chinese name or acronym)."""
        for key in ("org_en", "org_zh"):
            text = row.values.get(key, "")
            if not text:
                continue
            found = self.orgs.get(normalize(text), [])
            if len(found) == 1:
                return found[0]
            what = "several organizations are" if found else "no organization is"
            self.preview.problems.append(
                f'{self.sheet.where(row.row, key)}: {what} called "{text}" in the database'
                + (" (add it first, or correct the name)" if not found else "")
            )
            return None
        self.preview.problems.append(f"row {row.row}: no organization given")
        return None

    def claim(self, p: Participant, row: SheetRow) -> bool:
        earlier = self.claimed.get(p.uid)
        if earlier is not None:
            self.preview.problems.append(
                f"rows {earlier} and {row.row} are both {participant_name(p)} "
                f"({p.organization.name_en}); delete one"
            )
            return False
        self.claimed[p.uid] = row.row
        return True

    def match_row(self, row: SheetRow) -> None:
        uid = row.values.get("uid", "")
        if uid:
            p = self.by_uid.get(uid)
            if p is None:
                self.preview.problems.append(
                    f"{self.sheet.where(row.row, 'uid')}: record ID {uid} is not a participant "
                    "of this meeting (copied from another list?); clear it to add the row as new"
                )
            elif self.claim(p, row):
                self.check_org(p, row)
                self.diff(p, row)
            return
        org = self.organization(row)
        if org is not None:
            self.match_by_name(org, row)

    def check_org(self, p: Participant, row: SheetRow) -> None:
        for key in ("org_en", "org_zh"):
            text = row.values.get(key, "")
            org = p.organization
            known = {normalize(n) for n in (org.name_en, org.name_zh, org.acronym) if n}
            if text and normalize(text) not in known:
                self.preview.warnings.append(
                    f'{self.sheet.where(row.row, key)}: "{text}" is not the organization of '
                    f"{participant_name(p)} ({org.name_en}); an import does not move people "
                    "between organizations, so this cell is ignored"
                )

    def match_by_name(self, org: Organization, row: SheetRow) -> None:
        v = row.values
        if not v.get("family_name") and not v.get("native_name"):
            self.match_seat(org, row)
            return
        found = self.by_name.get((org.id, row_key(v)), [])
        if len(found) == 1:
            if self.claim(found[0], row):
                self.diff(found[0], row)
        elif found:
            self.ambiguous(row, org, [f"{participant_name(p)} ({p.uid})" for p in found])
        else:
            self.add(org, row)

    def match_seat(self, org: Organization, row: SheetRow) -> None:
        seats = [p for p in self.seats.get(org.id, []) if p.uid not in self.claimed]
        if len(seats) == 1:
            self.claim(seats[0], row)
            self.diff(seats[0], row)
        elif seats:
            self.ambiguous(row, org, [f"seat {p.seat or '(no seat)'} ({p.uid})" for p in seats])
        else:
            self.add(org, row)

    def ambiguous(self, row: SheetRow, org: Organization, candidates: list[str]) -> None:
        self.candidates_seen.update(c.rsplit("(", 1)[-1].rstrip(")") for c in candidates)
        self.preview.ambiguous.append(
            AmbiguousRow(row.row, _row_name(row) or "(seat)", org.name_en, candidates)
        )

    def add(self, org: Organization, row: SheetRow) -> None:
        added = addition(self, org, row)
        if added is not None:
            self.preview.added.append(added)

    def diff(self, p: Participant, row: SheetRow) -> None:
        changes = field_changes(self, p, row)
        if changes:
            self.preview.changed.append(
                ChangedRow(row.row, p.uid, participant_name(p), p.organization.name_en, changes)
            )
        elif changes is not None:
            self.preview.unchanged += 1


def preview_import(
    session: Session, meeting_id: int, file_path: str | os.PathLike
) -> ImportPreview:
    """Read ``file_path`` (.xlsx or .csv) and compare it with the meeting; write nothing.

    Raises ImportFileError / ValidationError (with row and column) when the
    file cannot be used at all; row-level problems (unknown organization,
    bad RSVP value, unknown record ID...) are listed in ``preview.problems``
    and block ``apply_import``.
    """
    from briefing_app.services.participants.reading import read_rows
    from briefing_app.services.participants.table import interpret

    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(f"no meeting with id {meeting_id}")
    path = Path(file_path)
    sheet = interpret(read_rows(path), path.name)
    title_attr = title_attribute(meeting.language, sheet.title_language)
    preview = ImportPreview(meeting_id, path.name, title_attr)
    if sheet.encoding and sheet.encoding not in ("UTF-8", "UTF-8 (with BOM)"):
        preview.warnings.append(f"read as {sheet.encoding} text")
    preview.warnings.extend(sheet.warnings)
    orgs, participants = load_participants(session, meeting_id, all_organizations=True)
    matcher = _Matcher(session, sheet, preview, orgs, participants)
    for row in sheet.rows:
        matcher.match_row(row)
    preview.removed = [
        RemovedParticipant(p.uid, participant_name(p), p.organization.name_en)
        for p in matcher.participants
        if p.uid not in matcher.claimed and p.uid not in matcher.candidates_seen
    ]
    return preview
