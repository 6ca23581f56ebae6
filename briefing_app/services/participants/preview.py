"""What an import would change, as plain dataclasses (safe to pass between threads).

``ImportPreview`` is what the CLI prints and the GUI shows; ``apply_import``
takes it back, re-validates it against the database and applies it. Values
are stored as the database holds them (role/RSVP as enum values); ``label``
helpers turn them into what people read.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from briefing_app.services.participants.columns import BY_KEY, ENUM_LABELS, enum_label


def shown(key: str, value: str) -> str:
    """A value as people read it: enum labels for role/RSVP, quotes, (empty)."""
    if key in ENUM_LABELS and value:
        return enum_label(key, value)
    return f'"{value}"' if value else "(empty)"


@dataclass(frozen=True)
class FieldChange:
    """One field of one row: stored value before and after."""

    field: str  # column key, e.g. "rsvp"
    old: str
    new: str

    @property
    def label(self) -> str:
        return BY_KEY[self.field].en

    def describe(self) -> str:
        return f"{self.label}: {shown(self.field, self.old)} → {shown(self.field, self.new)}"


@dataclass
class ChangedRow:
    """A participant the file changes."""

    row: int
    participant_uid: str
    name: str
    organization: str
    changes: list[FieldChange]


@dataclass
class AddedRow:
    """A row that becomes a new participant: a new person, a known person, or a seat."""

    row: int
    organization_uid: str
    organization: str
    name: str
    person_uid: str | None  # an existing person joining the meeting; None: new person or seat
    values: dict[str, str]  # column key -> value to store (role/RSVP as enum values)

    @property
    def kind(self) -> str:
        if self.person_uid:
            return "existing person"
        return "new person" if self.values.get("family_name") else "seat to be named"


@dataclass
class RemovedParticipant:
    """A participant of the meeting with no row in the file."""

    participant_uid: str
    name: str
    organization: str


@dataclass
class AmbiguousRow:
    """A row without record ID that matches more than one participant or person."""

    row: int
    name: str
    organization: str
    candidates: list[str]


@dataclass
class ImportPreview:
    """Everything an import would do; nothing has been written."""

    meeting_id: int
    source: str
    title_attr: str = "title_en"
    added: list[AddedRow] = field(default_factory=list)
    changed: list[ChangedRow] = field(default_factory=list)
    removed: list[RemovedParticipant] = field(default_factory=list)
    ambiguous: list[AmbiguousRow] = field(default_factory=list)
    unchanged: int = 0
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def has_changes(self) -> bool:
        return bool(self.added or self.changed or self.removed)

    @property
    def can_apply(self) -> bool:
        """Applying needs a file without problems and without ambiguous rows."""
        return not self.problems and not self.ambiguous

    def counts(self) -> str:
        return (
            f"{len(self.added)} added, {len(self.changed)} changed, "
            f"{len(self.removed)} not in the file (removed from the meeting on apply), "
            f"{len(self.ambiguous)} ambiguous, {self.unchanged} unchanged"
        )

    def lines(self) -> list[str]:
        """The preview as text lines (the CLI prints them; tests read them)."""
        out = [f"{self.source}: {self.counts()}"]
        for a in self.added:
            out.append(f"  + row {a.row}: {a.name or '(seat)'}, {a.organization} ({a.kind})")
        for c in self.changed:
            out.append(f"  ~ row {c.row}: {c.name}, {c.organization}")
            out.extend(f"      {fc.describe()}" for fc in c.changes)
        for r in self.removed:
            out.append(f"  - not in the file: {r.name}, {r.organization}")
        for amb in self.ambiguous:
            out.append(
                f"  ? row {amb.row}: {amb.name}, {amb.organization} matches "
                f"{len(amb.candidates)}: {'; '.join(amb.candidates)} (add the record ID)"
            )
        out.extend(f"  ! {p}" for p in self.problems)
        out.extend(f"  note: {w}" for w in self.warnings)
        return out


@dataclass
class ApplyResult:
    """What ``apply_import`` did, in the caller's transaction."""

    added: int = 0
    changed: int = 0
    removed: int = 0
    people_created: int = 0

    def describe(self) -> str:
        return (
            f"{self.added} added ({self.people_created} new people), {self.changed} changed, "
            f"{self.removed} removed from the meeting"
        )
