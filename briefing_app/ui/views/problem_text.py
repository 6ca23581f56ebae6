"""Validation messages from the services, in the language of the interface.

``services.library`` and ``services.meeting_edit`` describe a field's problem
in English, sometimes with a value in it (``"12x" is not a whole number``).
Each known message is a pattern here with a marked translation whose
``{placeholders}`` take the values back; an unknown message is shown as it is.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "validation"

#: (pattern matching the service's English message, its translatable form)
_MESSAGES = [
    (r"is required", QT_TRANSLATE_NOOP("validation", "is required")),
    (
        r"an organization cannot be its own parent \(or ancestor\)",
        QT_TRANSLATE_NOOP("validation", "an organization cannot be its own parent (or ancestor)"),
    ),
    (
        r"is (?P<n>\d+) characters long; at most (?P<limit>\d+) fit",
        QT_TRANSLATE_NOOP("validation", "is {n} characters long; at most {limit} fit"),
    ),
    (
        r'"(?P<value>.*)" is not a whole number',
        QT_TRANSLATE_NOOP("validation", "“{value}” is not a whole number"),
    ),
    (
        r'"(?P<value>.*)" is not a date \(YYYY-MM-DD\)',
        QT_TRANSLATE_NOOP("validation", "“{value}” is not a date (YYYY-MM-DD)"),
    ),
    (
        r'"(?P<value>.*)" is not one of (?P<choices>.*)',
        QT_TRANSLATE_NOOP("validation", "“{value}” is not one of {choices}"),
    ),
    (
        r"organization (?P<id>\d+) does not exist",
        QT_TRANSLATE_NOOP("validation", "organization {id} does not exist"),
    ),
    (
        r"person (?P<id>\d+) does not exist",
        QT_TRANSLATE_NOOP("validation", "person {id} does not exist"),
    ),
    (r"unknown ids (?P<ids>.*)", QT_TRANSLATE_NOOP("validation", "unknown ids {ids}")),
    (
        r"give a kind or a summary \(in English or Chinese\)",
        QT_TRANSLATE_NOOP("validation", "give a kind or a summary (in English or Chinese)"),
    ),
    (r"a meeting needs a title", QT_TRANSLATE_NOOP("validation", "a meeting needs a title")),
    (
        r"at most (?P<limit>\d+) characters",
        QT_TRANSLATE_NOOP("validation", "at most {limit} characters"),
    ),
    (
        r'unknown time zone "(?P<value>.*)"',
        QT_TRANSLATE_NOOP("validation", "unknown time zone “{value}”"),
    ),
    (
        r"(?P<when>\S+ \S+) does not exist in (?P<zone>\S+): the clocks are put forward then"
        r" \(daylight saving\); choose a time before or after the change",
        QT_TRANSLATE_NOOP(
            "validation",
            "{when} does not exist in {zone}: the clocks are put forward then (daylight"
            " saving); choose a time before or after the change",
        ),
    ),
    (
        r"(?P<when>\S+ \S+) happens twice in (?P<zone>\S+): the clocks are put back then"
        r" \(UTC(?P<first>\S+), then UTC(?P<second>\S+)\); choose a time outside the"
        r" repeated hour",
        QT_TRANSLATE_NOOP(
            "validation",
            "{when} happens twice in {zone}: the clocks are put back then (UTC{first}, then"
            " UTC{second}); choose a time outside the repeated hour",
        ),
    ),
    (
        r'"(?P<value>.*)" is too large \(at most (?P<limit>\d+)\)',
        QT_TRANSLATE_NOOP("validation", "“{value}” is too large (at most {limit})"),
    ),
    (
        r"the meeting ends before it starts",
        QT_TRANSLATE_NOOP("validation", "the meeting ends before it starts"),
    ),
    (
        r"give a start when there is an end",
        QT_TRANSLATE_NOOP("validation", "give a start when there is an end"),
    ),
    (
        r'unknown pack language "(?P<value>.*)"',
        QT_TRANSLATE_NOOP("validation", "unknown pack language “{value}”"),
    ),
    (
        r'unknown status "(?P<value>.*)"',
        QT_TRANSLATE_NOOP("validation", "unknown status “{value}”"),
    ),
]
_COMPILED = [(re.compile(pattern + r"\Z"), text) for pattern, text in _MESSAGES]


def problem_text(message: str) -> str:
    """The translated form of a service's validation ``message`` (as is if unknown)."""
    for pattern, text in _COMPILED:
        match = pattern.match(message)
        if match:
            return QCoreApplication.translate(_CONTEXT, text).format(**match.groupdict())
    return message


#: How a record is named when an undo cannot put it back or take it out.
_RECORDS = {
    "agenda_items": QT_TRANSLATE_NOOP("undo", "agenda item"),
    "participants": QT_TRANSLATE_NOOP("undo", "seat"),
    "people": QT_TRANSLATE_NOOP("undo", "person"),
    "talking_points": QT_TRANSLATE_NOOP("undo", "talking point"),
    "meeting_talking_points": QT_TRANSLATE_NOOP("undo", "chosen talking point"),
    "organizations": QT_TRANSLATE_NOOP("undo", "organization"),
    "meetings": QT_TRANSLATE_NOOP("undo", "meeting"),
    "priorities": QT_TRANSLATE_NOOP("undo", "priority"),
    "engagements": QT_TRANSLATE_NOOP("undo", "engagement"),
}


def error_text(exc: Exception) -> str:
    """A service's error for the user, in the interface's language where it is one
    of the kinds the interface knows (else its message as it is)."""
    from briefing_app.errors import ChangedMeanwhileError

    if isinstance(exc, ChangedMeanwhileError):
        record = _RECORDS.get(exc.table)
        what = QCoreApplication.translate("undo", record) if record else exc.table
        return QCoreApplication.translate(
            "undo",
            "The database has changed since this step: the {record} is gone, its place is "
            "taken, or something else now uses it. The step cannot be undone or redone "
            "without touching that too, so it was left out.",
        ).format(record=what)
    return str(exc)
