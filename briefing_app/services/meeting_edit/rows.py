"""Plain, immutable rows the meeting editor services return.

They carry ids and display values only, so a worker thread can hand them to
the UI thread and item models can hold them without a Session.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time


@dataclass
class MeetingDetails:
    """The editable header of a meeting (what the Details tab shows)."""

    title: str
    title_zh: str = ""
    kind: str = ""
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    timezone: str = "UTC"
    venue: str = ""
    city: str = ""
    venue_zh: str = ""
    city_zh: str = ""
    host_organization_id: int | None = None
    chair_person_id: int | None = None
    objectives: str = ""
    objectives_zh: str = ""
    decisions: str = ""
    decisions_zh: str = ""
    classification: str = ""
    classification_zh: str = ""
    language: str = "en"
    status: str = "planned"


@dataclass(frozen=True)
class AgendaRow:
    id: int
    position: int
    title: str
    start_time: time | None = None
    duration_minutes: int | None = None
    speaker: str = ""
    notes: str = ""
    title_zh: str = ""
    notes_zh: str = ""
    #: The free-text speaker in Chinese (a linked person is named from the person).
    speaker_zh: str = ""
    #: The speaker as a person (then ``speaker_display`` is their current name).
    speaker_person_id: int | None = None
    speaker_display: str = ""
    #: A linked speaker's name and title in Chinese (the Speaker (Chinese) column).
    speaker_display_zh: str = ""


@dataclass(frozen=True)
class ParticipantRow:
    """One seat at the meeting, in order of precedence; organization, name and title in
    the language asked for (domain.bilingual)."""

    id: int
    organization_id: int
    organization: str
    person_id: int | None
    name: str
    title: str
    role: str
    rsvp: str
    seat: str
    remarks: str = ""
    organization_rank: int | None = None
    person_rank: int | None = None
    #: Whom an interpreter or note-taker works for (a participant of the meeting):
    #: their chair goes behind that participant's on the seating plan.
    principal_id: int | None = None
    principal: str = ""


@dataclass(frozen=True)
class PickedPointRow:
    """A talking point chosen for the meeting, aimed at one organization or general."""

    id: int
    talking_point_id: int
    organization_id: int | None
    position: int
    title: str
    text_en: str
    status: str
    priorities: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class LibraryPointRow:
    """A talking point of the library, with what the picker filters on."""

    id: int
    title: str
    text_en: str
    status: str
    priorities: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    picked: bool = False
