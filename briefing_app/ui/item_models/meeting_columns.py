"""Column sets of the meeting workspace's tables, and words for stored values.

Kept apart from the generic model so each table is declared in one place and
every header and vocabulary word goes through Qt's translation.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from briefing_app.ui.item_models.meeting_rows import Column

_CTX = "MeetingColumns"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def role_choices() -> list[tuple[str, str]]:
    """(stored value, label) of every participant role."""
    return [
        ("host", _tr("Host")),
        ("chair", _tr("Chair")),
        ("head_of_delegation", _tr("Head of delegation")),
        ("member", _tr("Member")),
        ("observer", _tr("Observer")),
        ("staff", _tr("Staff")),
    ]


def rsvp_choices() -> list[tuple[str, str]]:
    """(stored value, label) of every RSVP state."""
    return [
        ("invited", _tr("Invited")),
        ("confirmed", _tr("Confirmed")),
        ("tentative", _tr("Tentative")),
        ("declined", _tr("Declined")),
        ("attended", _tr("Attended")),
    ]


def status_choices() -> list[tuple[str, str]]:
    """(stored value, label) of every talking point status."""
    return [("draft", _tr("Draft")), ("approved", _tr("Approved")), ("retired", _tr("Retired"))]


def _label(choices: list[tuple[str, str]], value: str) -> str:
    return dict(choices).get(value, value or "")


def _hhmm(row) -> str:
    return row.start_time.strftime("%H:%M") if row.start_time else ""


def agenda_columns() -> list[Column]:
    return [
        Column("start_time", _tr("Time"), True, display=_hhmm, edit=_hhmm),
        Column(
            "duration_minutes",
            _tr("Minutes"),
            True,
            edit=lambda r: r.duration_minutes or 0,
        ),
        Column("title", _tr("Item"), True),
        Column("speaker", _tr("Speaker"), True),
        Column("notes", _tr("Notes"), True),
    ]


def participant_columns() -> list[Column]:
    return [
        Column("organization", _tr("Organization")),
        Column("name", _tr("Name"), display=lambda r: r.name or _tr("(seat to be named)")),
        Column("title", _tr("Title")),
        Column("role", _tr("Role"), True, display=lambda r: _label(role_choices(), r.role)),
        Column("rsvp", _tr("RSVP"), True, display=lambda r: _label(rsvp_choices(), r.rsvp)),
        Column("seat", _tr("Seat"), True),
        Column("remarks", _tr("Remarks"), True),
    ]


def picked_point_columns() -> list[Column]:
    return [
        Column("title", _tr("Talking point")),
        Column("status", _tr("Status"), display=lambda r: _label(status_choices(), r.status)),
        Column("priorities", _tr("Priorities"), display=lambda r: ", ".join(r.priorities)),
    ]


def library_point_columns() -> list[Column]:
    return [
        Column("picked", _tr("Chosen"), display=lambda r: "✓" if r.picked else ""),
        Column("title", _tr("Talking point")),
        Column("status", _tr("Status"), display=lambda r: _label(status_choices(), r.status)),
        Column("priorities", _tr("Priorities"), display=lambda r: ", ".join(r.priorities)),
        Column("targets", _tr("Aimed at"), display=lambda r: ", ".join(r.targets)),
    ]
