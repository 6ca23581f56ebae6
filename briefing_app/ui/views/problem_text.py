"""Errors and validation messages from the services, in the language of the interface.

Services describe a problem in English for the command line, and give it a
stable ``code`` with the values in it (``errors.Problem`` for a field's
problem, ``UserError.code``/``params`` for an error). Each code the interface
knows has a marked translation here whose ``{placeholders}`` take those
values; a message without a known code is shown as it is. Nothing is matched
against the English text.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "validation"

#: code of a service's problem -> its translatable text
_PROBLEMS = {
    "required": QT_TRANSLATE_NOOP("validation", "is required"),
    "own_ancestor": QT_TRANSLATE_NOOP(
        "validation", "an organization cannot be its own parent (or ancestor)"
    ),
    "too_long": QT_TRANSLATE_NOOP("validation", "is {n} characters long; at most {limit} fit"),
    "not_whole_number": QT_TRANSLATE_NOOP("validation", "“{value}” is not a whole number"),
    "not_a_date": QT_TRANSLATE_NOOP("validation", "“{value}” is not a date (YYYY-MM-DD)"),
    "not_one_of": QT_TRANSLATE_NOOP("validation", "“{value}” is not one of {choices}"),
    "missing_organization": QT_TRANSLATE_NOOP("validation", "organization {id} does not exist"),
    "missing_person": QT_TRANSLATE_NOOP("validation", "person {id} does not exist"),
    "unknown_ids": QT_TRANSLATE_NOOP("validation", "unknown ids {ids}"),
    "nothing_said": QT_TRANSLATE_NOOP(
        "validation", "give a kind or a summary (in English or Chinese)"
    ),
    "title_missing": QT_TRANSLATE_NOOP("validation", "a meeting needs a title"),
    "at_most": QT_TRANSLATE_NOOP("validation", "at most {limit} characters"),
    "unknown_time_zone": QT_TRANSLATE_NOOP("validation", "unknown time zone “{value}”"),
    "time_skipped": QT_TRANSLATE_NOOP(
        "validation",
        "{when} does not exist in {zone}: the clocks are put forward then (daylight"
        " saving); choose a time before or after the change",
    ),
    "time_repeated": QT_TRANSLATE_NOOP(
        "validation",
        "{when} happens twice in {zone}: the clocks are put back then (UTC{first}, then"
        " UTC{second}); choose a time outside the repeated hour",
    ),
    "too_large": QT_TRANSLATE_NOOP("validation", "“{value}” is too large (at most {limit})"),
    "ends_before_start": QT_TRANSLATE_NOOP("validation", "the meeting ends before it starts"),
    "start_missing": QT_TRANSLATE_NOOP("validation", "give a start when there is an end"),
    "unknown_pack_language": QT_TRANSLATE_NOOP("validation", "unknown pack language “{value}”"),
    "unknown_status": QT_TRANSLATE_NOOP("validation", "unknown status “{value}”"),
    "reference_prefix_char": QT_TRANSLATE_NOOP(
        "validation",
        "“{char}” cannot be in a document reference: use Latin letters, digits, “-”, “.” or"
        " “_” (no spaces or “/”)",
    ),
    "reference_prefix_start": QT_TRANSLATE_NOOP(
        "validation", "a document reference starts with a letter or digit"
    ),
}


#: code of a service's error -> its translatable text (context "": ``views.common.tr``)
_ERRORS = {
    "read_only_missing": QT_TRANSLATE_NOOP(
        "", "{path} does not exist and cannot be created: {reason}"
    ),
    "read_only_needs_upgrade": QT_TRANSLATE_NOOP(
        "",
        "{path} needs to be upgraded to this version of Briefing App, which cannot be done "
        "while it is read-only ({reason}).",
    ),
}


def _translated(context: str, texts: dict[str, str], code: str, params: dict) -> str | None:
    text = texts.get(code)
    if text is None:
        return None
    try:
        return QCoreApplication.translate(context, text).format(**params)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return text.format(**params)


def problem_text(message: str) -> str:
    """The translated form of a service's problem ``message`` (as is without a known code)."""
    code, params = getattr(message, "code", ""), getattr(message, "params", {})
    return _translated(_CONTEXT, _PROBLEMS, code, params) or str(message)


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
    """A service's error for the user, in the interface's language where its ``code``
    is one the interface knows (else its message as it is)."""
    code, params = getattr(exc, "code", ""), getattr(exc, "params", {})
    if code == "changed_meanwhile":
        record = _RECORDS.get(params["table"])
        what = QCoreApplication.translate("undo", record) if record else params["table"]
        return QCoreApplication.translate(
            "undo",
            "The database has changed since this step: the {record} is gone, its place is "
            "taken, or something else now uses it. The step cannot be undone or redone "
            "without touching that too, so it was left out.",
        ).format(record=what)
    return (
        _translated("", _ERRORS, code, params)
        or _translated(_CONTEXT, _PROBLEMS, code, params)
        or str(exc)
    )
