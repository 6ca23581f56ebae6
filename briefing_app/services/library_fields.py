"""The library's editable fields per kind, their types, required fields and enums
(no SQLAlchemy: the GUI builds its editors from these before the ORM is loaded).

``services.library`` validates and saves with them; ``empty_values`` is what an
editor shows for a new record.
"""

from __future__ import annotations

from briefing_app.domain.enums import MeetingStatus, NameOrder, OrgKind, TalkingPointStatus
from briefing_app.domain.text import EXCEL_CELL_LIMIT

__all__ = ["ENUMS", "FIELDS", "LABELS", "REQUIRED", "empty_values", "text_limit"]
__all__ += ["MEETING_TEXT_LIMITS", "SEAT_LIMIT"]

# Field types: str:<max>, text, int, date, enum, ref (organization id), ids:<kind>, list,
# orgkind (a key of the office's organization kinds, services/org_kinds.py).
FIELDS: dict[str, dict[str, str]] = {
    "organization": {
        "name_en": "str:300", "name_zh": "str:300", "name_native": "str:300",
        "name_native_lang": "str:35", "acronym": "str:40", "kind": "orgkind",
        "parent_id": "ref", "country": "str:100", "precedence_rank": "int",
        "tie_order": "int",
        "mandate": "text", "mandate_zh": "text", "relevance": "text", "relevance_zh": "text",
        "website": "str:500", "notes": "text",
        "tags": "list",
    },
    "person": {
        "organization_id": "ref", "family_name": "str:200", "given_name": "str:200",
        "native_name": "str:200", "name_zh": "str:200", "name_order": "enum", "honorific": "str:40",
        "title_en": "str:300", "title_zh": "str:300", "rank": "int", "email": "str:300",
        "phone": "str:100", "languages": "list", "bio": "text", "bio_zh": "text",
        "needs": "text", "notes": "text",
    },
    "talking_point": {
        "title": "str:300", "title_zh": "str:300", "text_en": "text", "text_zh": "text",
        "status": "enum", "owner": "str:200", "last_reviewed": "date",
        "classification": "str:100", "tags": "list",
        "priority_ids": "ids:priority", "target_ids": "ids:organization",
    },
    "priority": {
        "title": "str:300", "title_zh": "str:300", "description": "text",
        "description_zh": "text", "source": "str:300", "period": "str:100", "position": "int",
        "source_zh": "str:300", "period_zh": "str:100",
    },
    "meeting": {
        "title": "str:300", "title_zh": "str:300", "kind": "str:100", "venue": "str:300",
        "city": "str:200", "status": "enum", "venue_zh": "str:300", "city_zh": "str:200",
    },
    "engagement": {
        "organization_id": "ref", "date": "date", "kind": "str:100", "kind_zh": "str:100",
        "summary": "text", "summary_zh": "text", "follow_ups": "text", "follow_ups_zh": "text",
    },
}  # fmt: skip

REQUIRED = {
    "organization": ("name_en",),
    "person": ("family_name", "organization_id"),
    "talking_point": ("title",),
    "priority": ("title",),
    "meeting": ("title",),
    "engagement": ("organization_id", "date"),
}

ENUMS = {
    ("person", "name_order"): NameOrder,
    ("talking_point", "status"): TalkingPointStatus,
    ("meeting", "status"): MeetingStatus,
}

LABELS = {"organization": "organization", "person": "person", "talking_point": "talking point"}
LABELS |= {"priority": "priority", "meeting": "meeting", "engagement": "engagement"}


#: Limits of the meeting form's texts and of a participant's seat (meeting_edit).
MEETING_TEXT_LIMITS = {"title": 300, "title_zh": 300, "kind": 100, "venue": 300, "city": 200}
MEETING_TEXT_LIMITS |= {"classification": 100, "classification_zh": 100}
MEETING_TEXT_LIMITS |= {"venue_zh": 300, "city_zh": 200}
SEAT_LIMIT = 50


def text_limit(kind: str, name: str) -> int:
    """The most characters field ``name`` of a ``kind`` record may hold: its
    declared "str:N", else Excel's cell limit (the participant list must hold it)."""
    ftype = FIELDS.get(kind, {}).get(name, "")
    return int(ftype.split(":")[1]) if ftype.startswith("str:") else EXCEL_CELL_LIMIT


def empty_values(kind: str) -> dict:
    """Defaults for a new record (what the editor shows before anything is typed)."""
    values: dict = {}
    for name, ftype in FIELDS[kind].items():
        if ftype.startswith(("ids", "list")):
            values[name] = []
        elif ftype in ("int", "date", "ref"):
            values[name] = None
        elif ftype == "enum":
            values[name] = next(iter(ENUMS[(kind, name)])).value
        elif ftype == "orgkind":
            values[name] = OrgKind.OTHER.value
        else:
            values[name] = ""
    return values
