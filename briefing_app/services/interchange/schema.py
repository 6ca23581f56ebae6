"""The interchange format, declared once: which JSON keys each record has,
their types, and which model attribute they map to. Validation, import and
export are all driven by these tables, so the three cannot drift apart.

Format (docs/interchange.md): a JSON object with ``"format": "briefing-app"``,
``"version": 1`` and one array per entity. Records refer to each other by
``uid``; meetings nest their agenda, participants and talking points.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TypeVar

from briefing_app.db.models import (
    AgendaItem,
    Engagement,
    Meeting,
    MeetingTalkingPoint,
    Organization,
    PackVersion,
    Participant,
    Person,
    Priority,
    ReviewComment,
    TalkingPoint,
)
from briefing_app.domain.enums import (
    Delivery,
    MeetingStatus,
    NameOrder,
    ParticipantRole,
    ReviewStatus,
    Rsvp,
    TalkingPointStatus,
)
from briefing_app.domain.text import EXCEL_CELL_LIMIT
from briefing_app.services.library_fields import MEETING_TEXT_LIMITS, SEAT_LIMIT, text_limit

T = TypeVar("T")
FORMAT_NAME = "briefing-app"
FORMAT_VERSION = 1


class TargetKind(StrEnum):
    """What a review comment is about (ReviewComment.target_kind)."""

    SECTION = "section"
    ORGANIZATION = "organization"
    TALKING_POINT = "talking_point"


@dataclass(frozen=True)
class Field:
    """One JSON key of a record.

    ``kind`` is one of: str, uid, int, bool, date, datetime, time, enum, strlist,
    object, timezone, ref (a uid of ``target``), reflist (uids of ``target``),
    peer (the uid of a participant of the same meeting; interchange/seating.py), photo
    (a person's photo: an image as base64, set through ``services/photos``).
    ``attr`` is the model attribute (defaults to ``name``; for refs it is the
    relationship). ``nullable`` fields accept and export ``null``.
    """

    name: str
    kind: str = "str"
    required: bool = False
    nullable: bool = False
    enum: type[StrEnum] | None = None
    target: str = ""
    attr: str = ""
    #: Names the record's parent (a review comment's pack version); not set as an attribute.
    parent_key: bool = False
    #: The most characters a text may have (set from the library's limits below).
    limit: int = EXCEL_CELL_LIMIT

    @property
    def attribute(self) -> str:
        return self.attr or self.name


def per_fields(compute: Callable[..., T]) -> Callable[..., T]:
    """``compute(fields, *args)``, remembered per tuple of fields and ``args``: the
    tuple by identity (hashing the fields for each record, as a cache by value
    does, would cost more than the work; the tuple is kept alive so that its id
    stays its own)."""
    found: dict[tuple, tuple] = {}

    @functools.wraps(compute)
    def remembered(fields: tuple[Field, ...], *args):
        key = (id(fields), *args)
        hit = found.get(key)
        if hit is None:
            hit = found[key] = (fields, compute(fields, *args))
        return hit[1]

    return remembered


def _s(name: str, required: bool = False) -> Field:
    return Field(name, "str", required=required)


def _uid() -> Field:
    return Field("uid", "uid", required=True)


ORGANIZATION_FIELDS = (
    _uid(),
    _s("name_en", required=True),
    _s("name_zh"),
    _s("name_native"),
    _s("name_native_lang"),
    _s("acronym"),
    # A key of the office's kinds (services/org_kinds.py); an unknown one is added.
    _s("kind"),
    Field("parent", "ref", nullable=True, target="organizations"),
    _s("country"),
    Field("precedence_rank", "int", nullable=True),
    Field("tie_order", "int", nullable=True),
    _s("mandate"),
    _s("mandate_zh"),
    _s("relevance"),
    _s("relevance_zh"),
    _s("website"),
    _s("notes"),
    Field("tags", "strlist"),
)

PERSON_FIELDS = (
    _uid(),
    Field("organization", "ref", required=True, target="organizations"),
    _s("family_name", required=True),
    _s("given_name"),
    _s("native_name"),
    _s("name_zh"),
    Field("name_order", "enum", enum=NameOrder),
    _s("honorific"),
    _s("title_en"),
    _s("title_zh"),
    Field("rank", "int", nullable=True),
    _s("email"),
    _s("phone"),
    Field("languages", "strlist"),
    _s("bio"),
    _s("bio_zh"),
    _s("needs"),
    _s("notes"),
    # {"format": "jpeg"|"png", "data": base64} or null (no photo); absent in older files.
    Field("photo", "photo", nullable=True),
)

PRIORITY_FIELDS = (
    _uid(),
    _s("title", required=True),
    _s("title_zh"),
    _s("description"),
    _s("description_zh"),
    _s("source"),
    _s("source_zh"),
    _s("period"),
    _s("period_zh"),
    Field("position", "int"),
)

TALKING_POINT_FIELDS = (
    _uid(),
    _s("title", required=True),
    _s("title_zh"),
    _s("text_en"),
    _s("text_zh"),
    Field("tags", "strlist"),
    Field("status", "enum", enum=TalkingPointStatus),
    _s("owner"),
    Field("last_reviewed", "date", nullable=True),
    _s("classification"),
    Field("priorities", "reflist", target="priorities"),
    Field("targets", "reflist", target="organizations"),
)

ENGAGEMENT_FIELDS = (
    _uid(),
    Field("organization", "ref", required=True, target="organizations"),
    Field("date", "date", required=True),
    _s("kind"),
    _s("kind_zh"),
    _s("summary"),
    _s("summary_zh"),
    _s("follow_ups"),
    _s("follow_ups_zh"),
)

MEETING_FIELDS = (
    _uid(),
    _s("title", required=True),
    _s("title_zh"),
    _s("kind"),
    Field("starts_at", "datetime", nullable=True),
    Field("ends_at", "datetime", nullable=True),
    Field("timezone", "timezone"),
    _s("venue"),
    _s("venue_zh"),
    _s("city"),
    _s("city_zh"),
    Field("host", "ref", nullable=True, target="organizations"),
    Field("chair", "ref", nullable=True, target="people"),
    _s("objectives"),
    _s("objectives_zh"),
    _s("decisions"),
    _s("decisions_zh"),
    _s("classification"),
    _s("classification_zh"),
    _s("language"),
    Field("status", "enum", enum=MeetingStatus),
)

AGENDA_FIELDS = (
    _uid(),
    Field("position", "int"),
    Field("start_time", "time", nullable=True),
    Field("duration_minutes", "int", nullable=True),
    _s("title", required=True),
    _s("title_zh"),
    _s("speaker"),
    _s("speaker_zh"),  # absent in older files
    # The speaker as a person (the pack shows their current name and title); older
    # files have only the free-text "speaker".
    Field("speaker_person", "ref", nullable=True, target="people"),
    _s("notes"),
    _s("notes_zh"),  # absent in older files
)

PARTICIPANT_FIELDS = (
    _uid(),
    # Required unless "person" is given (then it defaults to the person's organization).
    Field("organization", "ref", target="organizations"),
    Field("person", "ref", nullable=True, target="people"),
    Field("role", "enum", enum=ParticipantRole),
    Field("rsvp", "enum", enum=Rsvp),
    _s("seat"),
    _s("remarks"),
    # An interpreter's or note-taker's principal: a participant of the same meeting.
    Field("principal", "peer", nullable=True),
)

MEETING_TALKING_POINT_FIELDS = (
    Field("talking_point", "ref", required=True, target="talking_points"),
    Field("organization", "ref", nullable=True, target="organizations"),
    Field("position", "int"),
)

PACK_VERSION_FIELDS = (
    Field("meeting", "ref", required=True, target="meetings", parent_key=True),
    Field("number", "int", required=True),
    Field("created_at", "datetime"),
    _s("created_by"),
    _s("template"),
    _s("language"),
    Field("snapshot", "object"),
    _s("file_hash"),
    Field("review_status", "enum", enum=ReviewStatus),
    _s("reviewer"),
    Field("decided_at", "datetime", nullable=True),
    Field("delivery", "enum", enum=Delivery),
    _s("token"),
    _s("content_hash"),
)

REVIEW_COMMENT_FIELDS = (
    Field("meeting", "ref", required=True, target="meetings", parent_key=True),
    Field("pack_version", "int", required=True, parent_key=True),
    Field("target_kind", "enum", enum=TargetKind),
    _s("target_ref"),
    _s("author"),
    _s("text"),
    Field("resolved", "bool"),
    Field("created_at", "datetime"),
)

#: The library editor's kind for each entity: the same text limits apply on import.
_LIBRARY_KINDS = {
    "organizations": "organization",
    "priorities": "priority",
    "people": "person",
    "talking_points": "talking_point",
    "engagements": "engagement",
    "meetings": "meeting",
}


def _limited(entity: str, fields: tuple[Field, ...]) -> tuple[Field, ...]:
    """``fields`` with each text's limit: the library's "str:N" (what its editor
    accepts), the meeting form's, a seat's, else Excel's cell limit."""
    kind = _LIBRARY_KINDS.get(entity, "")
    limits = {"meetings": MEETING_TEXT_LIMITS, "participants": {"seat": SEAT_LIMIT}}.get(entity, {})
    return tuple(
        replace(f, limit=limits.get(f.attribute) or text_limit(kind, f.attribute))
        if f.kind == "str"
        else f
        for f in fields
    )


#: Top-level arrays in the order they are validated, written and exported.
ENTITIES: dict[str, tuple[type, tuple[Field, ...]]] = {
    "organizations": (Organization, _limited("organizations", ORGANIZATION_FIELDS)),
    "priorities": (Priority, _limited("priorities", PRIORITY_FIELDS)),
    "people": (Person, _limited("people", PERSON_FIELDS)),
    "talking_points": (TalkingPoint, _limited("talking_points", TALKING_POINT_FIELDS)),
    "engagements": (Engagement, _limited("engagements", ENGAGEMENT_FIELDS)),
    "meetings": (Meeting, _limited("meetings", MEETING_FIELDS)),
    "pack_versions": (PackVersion, PACK_VERSION_FIELDS),
    "review_comments": (ReviewComment, REVIEW_COMMENT_FIELDS),
}

#: Arrays nested in each meeting.
MEETING_CHILDREN: dict[str, tuple[type, tuple[Field, ...]]] = {
    "agenda": (AgendaItem, AGENDA_FIELDS),
    "participants": (Participant, _limited("participants", PARTICIPANT_FIELDS)),
    "talking_points": (MeetingTalkingPoint, MEETING_TALKING_POINT_FIELDS),
}

#: Entities whose records carry a ``uid`` and can be referred to.
UID_ENTITIES = (
    "organizations",
    "priorities",
    "people",
    "talking_points",
    "engagements",
    "meetings",
)

#: Singular nouns for messages ('unknown organization "X"').
NOUNS = {
    "organizations": "organization",
    "priorities": "priority",
    "people": "person",
    "talking_points": "talking point",
    "engagements": "engagement",
    "meetings": "meeting",
}
