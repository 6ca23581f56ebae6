"""Column sets of the meeting workspace's tables, and words for stored values.

Kept apart from the generic model so each table is declared in one place and
every header and vocabulary word goes through Qt's translation (written out
as ``QCoreApplication.translate("MeetingColumns", ...)`` so lupdate finds it).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from briefing_app.ui.item_models.meeting_rows import Column


def role_choices() -> list[tuple[str, str]]:
    """(stored value, label) of every participant role."""
    return [
        ("host", QCoreApplication.translate("MeetingColumns", "Host")),
        ("chair", QCoreApplication.translate("MeetingColumns", "Chair")),
        ("head_of_delegation", QCoreApplication.translate("MeetingColumns", "Head of delegation")),
        ("member", QCoreApplication.translate("MeetingColumns", "Member")),
        ("observer", QCoreApplication.translate("MeetingColumns", "Observer")),
        ("staff", QCoreApplication.translate("MeetingColumns", "Staff")),
    ]


def rsvp_choices() -> list[tuple[str, str]]:
    """(stored value, label) of every RSVP state."""
    return [
        ("invited", QCoreApplication.translate("MeetingColumns", "Invited")),
        ("confirmed", QCoreApplication.translate("MeetingColumns", "Confirmed")),
        ("tentative", QCoreApplication.translate("MeetingColumns", "Tentative")),
        ("declined", QCoreApplication.translate("MeetingColumns", "Declined")),
        ("attended", QCoreApplication.translate("MeetingColumns", "Attended")),
    ]


def status_choices() -> list[tuple[str, str]]:
    """(stored value, label) of every talking point status."""
    return [
        ("draft", QCoreApplication.translate("MeetingColumns", "Draft")),
        ("approved", QCoreApplication.translate("MeetingColumns", "Approved")),
        ("retired", QCoreApplication.translate("MeetingColumns", "Retired")),
    ]


def _label(choices: list[tuple[str, str]], value: str) -> str:
    return dict(choices).get(value, value or "")


def _hhmm(row) -> str:
    return row.start_time.strftime("%H:%M") if row.start_time else ""


def agenda_columns() -> list[Column]:
    return [
        Column(
            "start_time",
            QCoreApplication.translate("MeetingColumns", "Time"),
            True,
            display=_hhmm,
            edit=_hhmm,
        ),
        Column(
            "duration_minutes",
            QCoreApplication.translate("MeetingColumns", "Minutes"),
            True,
            edit=lambda r: r.duration_minutes or 0,
        ),
        Column("title", QCoreApplication.translate("MeetingColumns", "Item"), True),
        Column("speaker", QCoreApplication.translate("MeetingColumns", "Speaker"), True),
        Column("notes", QCoreApplication.translate("MeetingColumns", "Notes"), True),
    ]


def participant_columns() -> list[Column]:
    return [
        Column("organization", QCoreApplication.translate("MeetingColumns", "Organization")),
        Column(
            "name",
            QCoreApplication.translate("MeetingColumns", "Name"),
            display=lambda r: (
                r.name or QCoreApplication.translate("MeetingColumns", "(seat to be named)")
            ),
        ),
        Column("title", QCoreApplication.translate("MeetingColumns", "Title")),
        Column(
            "role",
            QCoreApplication.translate("MeetingColumns", "Role"),
            True,
            display=lambda r: _label(role_choices(), r.role),
        ),
        Column(
            "rsvp",
            QCoreApplication.translate("MeetingColumns", "RSVP"),
            True,
            display=lambda r: _label(rsvp_choices(), r.rsvp),
        ),
        Column("seat", QCoreApplication.translate("MeetingColumns", "Seat"), True),
        Column("remarks", QCoreApplication.translate("MeetingColumns", "Remarks"), True),
    ]


def picked_point_columns() -> list[Column]:
    return [
        Column("title", QCoreApplication.translate("MeetingColumns", "Talking point")),
        Column(
            "status",
            QCoreApplication.translate("MeetingColumns", "Status"),
            display=lambda r: _label(status_choices(), r.status),
        ),
        Column(
            "priorities",
            QCoreApplication.translate("MeetingColumns", "Priorities"),
            display=lambda r: ", ".join(r.priorities),
        ),
    ]


def library_point_columns() -> list[Column]:
    return [
        Column(
            "picked",
            QCoreApplication.translate("MeetingColumns", "Chosen"),
            display=lambda r: "✓" if r.picked else "",
        ),
        Column("title", QCoreApplication.translate("MeetingColumns", "Talking point")),
        Column(
            "status",
            QCoreApplication.translate("MeetingColumns", "Status"),
            display=lambda r: _label(status_choices(), r.status),
        ),
        Column(
            "priorities",
            QCoreApplication.translate("MeetingColumns", "Priorities"),
            display=lambda r: ", ".join(r.priorities),
        ),
        Column(
            "targets",
            QCoreApplication.translate("MeetingColumns", "Aimed at"),
            display=lambda r: ", ".join(r.targets),
        ),
    ]
