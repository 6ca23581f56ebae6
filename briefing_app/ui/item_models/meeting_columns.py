"""Column sets of the meeting workspace's tables, and words for stored values.

Kept apart from the generic model so each table is declared in one place and
every header and vocabulary word goes through Qt's translation (marked with
``QT_TRANSLATE_NOOP("MeetingColumns", ...)`` so lupdate finds it, translated
when a table is built so a language switch applies).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from briefing_app.domain.bilingual import in_language
from briefing_app.ui.item_models.meeting_rows import Column

_ROLES = {
    "host": QT_TRANSLATE_NOOP("MeetingColumns", "Host"),
    "chair": QT_TRANSLATE_NOOP("MeetingColumns", "Chair"),
    "head_of_delegation": QT_TRANSLATE_NOOP("MeetingColumns", "Head of delegation"),
    "member": QT_TRANSLATE_NOOP("MeetingColumns", "Member"),
    "observer": QT_TRANSLATE_NOOP("MeetingColumns", "Observer"),
    "staff": QT_TRANSLATE_NOOP("MeetingColumns", "Staff"),
}
_RSVPS = {
    "invited": QT_TRANSLATE_NOOP("MeetingColumns", "Invited"),
    "confirmed": QT_TRANSLATE_NOOP("MeetingColumns", "Confirmed"),
    "tentative": QT_TRANSLATE_NOOP("MeetingColumns", "Tentative"),
    "declined": QT_TRANSLATE_NOOP("MeetingColumns", "Declined"),
    "attended": QT_TRANSLATE_NOOP("MeetingColumns", "Attended"),
}
_STATUSES = {
    "draft": QT_TRANSLATE_NOOP("MeetingColumns", "Draft"),
    "approved": QT_TRANSLATE_NOOP("MeetingColumns", "Approved"),
    "retired": QT_TRANSLATE_NOOP("MeetingColumns", "Retired"),
}
#: Headers, marked here for lupdate (``_t`` translates them where the columns are built).
_HEADERS = (
    QT_TRANSLATE_NOOP("MeetingColumns", "Time"),
    QT_TRANSLATE_NOOP("MeetingColumns", "Minutes"),
    QT_TRANSLATE_NOOP("MeetingColumns", "Item"),
    QT_TRANSLATE_NOOP("MeetingColumns", "Speaker"),
    QT_TRANSLATE_NOOP("MeetingColumns", "Speaker (Chinese)"),
    QT_TRANSLATE_NOOP("MeetingColumns", "Notes"),
    QT_TRANSLATE_NOOP("MeetingColumns", "Notes (Chinese)"),
    QT_TRANSLATE_NOOP("MeetingColumns", "Organization"),
    QT_TRANSLATE_NOOP("MeetingColumns", "Name"),
    QT_TRANSLATE_NOOP("MeetingColumns", "(seat to be named)"),
    QT_TRANSLATE_NOOP("MeetingColumns", "Title"),
    QT_TRANSLATE_NOOP("MeetingColumns", "Role"),
    QT_TRANSLATE_NOOP("MeetingColumns", "RSVP"),
    QT_TRANSLATE_NOOP("MeetingColumns", "Seat"),
    QT_TRANSLATE_NOOP("MeetingColumns", "Works for"),
    QT_TRANSLATE_NOOP("MeetingColumns", "Remarks"),
    QT_TRANSLATE_NOOP("MeetingColumns", "Talking point"),
    QT_TRANSLATE_NOOP("MeetingColumns", "Status"),
    QT_TRANSLATE_NOOP("MeetingColumns", "Priorities"),
    QT_TRANSLATE_NOOP("MeetingColumns", "Chosen"),
    QT_TRANSLATE_NOOP("MeetingColumns", "Aimed at"),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("MeetingColumns", text)


def _choices(words: dict[str, str]) -> list[tuple[str, str]]:
    return [(value, _t(word)) for value, word in words.items()]


def role_choices() -> list[tuple[str, str]]:
    """(stored value, label) of every participant role."""
    return _choices(_ROLES)


def rsvp_choices() -> list[tuple[str, str]]:
    """(stored value, label) of every RSVP state."""
    return _choices(_RSVPS)


def status_choices() -> list[tuple[str, str]]:
    """(stored value, label) of every talking point status."""
    return _choices(_STATUSES)


def _word(words: dict[str, str], value: str) -> str:
    """The translated word for a stored value (unknown values as they are)."""
    return _t(words[value]) if value in words else value or ""


def _hhmm(row) -> str:
    return row.start_time.strftime("%H:%M") if row.start_time else ""


def _speaker(row) -> str:
    return row.speaker_display or row.speaker


def _speaker_zh(row) -> str:
    return row.speaker_display_zh if row.speaker_person_id is not None else row.speaker_zh


def agenda_columns(language: str = "en") -> list[Column]:
    """The item in the interface's language: a Chinese interface shows (and edits) the
    Chinese title, showing the English one until there is a Chinese one. A free-text
    speaker and the notes have a column per language, whatever the interface's."""
    item = Column("title", _t("Item"), True)
    if language == "zh":
        item = Column("title_zh", _t("Item"), True, display=lambda r: in_language(
            language, r.title, r.title_zh), edit=lambda r: r.title_zh)  # fmt: skip
    return [
        Column("start_time", _t("Time"), True, display=_hhmm, edit=_hhmm),
        Column("duration_minutes", _t("Minutes"), True, edit=lambda r: r.duration_minutes or 0),
        item,
        Column(
            "speaker", _t("Speaker"), True, display=_speaker, edit=lambda r: r.speaker_person_id
        ),
        # A speaker who is not in the database, in Chinese; a person is named from the
        # person (shown, not editable here).
        Column(
            "speaker_zh",
            _t("Speaker (Chinese)"),
            True,
            display=_speaker_zh,
            editable_if=lambda r: r.speaker_person_id is None,
        ),
        Column("notes", _t("Notes"), True),
        # What a Chinese pack prints under the item (empty: the English notes).
        Column("notes_zh", _t("Notes (Chinese)"), True),
    ]


def participant_columns() -> list[Column]:
    """Organization, name and title come in the interface's language
    (``list_participants(..., language)``); names as protocol writes them."""
    unnamed = _t("(seat to be named)")
    return [
        Column("organization", _t("Organization")),
        Column("name", _t("Name"), display=lambda r: r.name or unnamed),
        Column("title", _t("Title")),
        Column("role", _t("Role"), True, display=lambda r: _word(_ROLES, r.role)),
        Column("rsvp", _t("RSVP"), True, display=lambda r: _word(_RSVPS, r.rsvp)),
        Column("seat", _t("Seat"), True),
        Column(
            "principal_id",
            _t("Works for"),
            True,
            display=lambda r: r.principal,
            edit=lambda r: r.principal_id,
        ),
        Column("remarks", _t("Remarks"), True),
    ]


def _point_columns() -> list[Column]:
    return [
        Column("title", _t("Talking point")),
        Column("status", _t("Status"), display=lambda r: _word(_STATUSES, r.status)),
        Column("priorities", _t("Priorities"), display=lambda r: ", ".join(r.priorities)),
    ]


def picked_point_columns() -> list[Column]:
    """The points chosen for a group: title, status, priorities."""
    return _point_columns()


def library_point_columns() -> list[Column]:
    """The library to pick from: chosen mark, the point columns, who it is aimed at."""
    return [
        Column("picked", _t("Chosen"), display=lambda r: "✓" if r.picked else ""),
        *_point_columns(),
        Column("targets", _t("Aimed at"), display=lambda r: ", ".join(r.targets)),
    ]
