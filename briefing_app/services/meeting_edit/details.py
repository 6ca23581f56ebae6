"""Reading, validating and saving a meeting's details.

Validation returns problems per field so the UI can show each one beside the
field it concerns; ``update_details`` refuses to save while any remain.
"""

from __future__ import annotations

from dataclasses import fields

from sqlalchemy.orm import Session

from briefing_app.db.models import Meeting, Organization, Person
from briefing_app.domain.enums import MeetingStatus, PackLanguage
from briefing_app.domain.text import clean
from briefing_app.domain.timezones import is_valid_zone, local_time_problem, quoted
from briefing_app.errors import NotFoundError, Problem, ValidationError
from briefing_app.services.library_fields import MEETING_TEXT_LIMITS
from briefing_app.services.meeting_edit.rows import MeetingDetails

_FIELDS = [f.name for f in fields(MeetingDetails)]


def _meeting(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(f"meeting {meeting_id} does not exist (was it deleted?)")
    return meeting


def get_details(session: Session, meeting_id: int) -> MeetingDetails:
    """The meeting's current details as a plain dataclass."""
    meeting = _meeting(session, meeting_id)
    return MeetingDetails(**{name: getattr(meeting, name) for name in _FIELDS})


def _text_problems(details: MeetingDetails) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not (details.title or "").strip():
        problems["title"] = Problem("title_missing", "a meeting needs a title")
    for name, limit in MEETING_TEXT_LIMITS.items():
        if len(getattr(details, name) or "") > limit:
            problems[name] = Problem("at_most", "at most {limit} characters", limit=limit)
    return problems


def _reference_problems(session: Session, details: MeetingDetails) -> dict[str, str]:
    problems: dict[str, str] = {}
    host = details.host_organization_id
    if host is not None and session.get(Organization, host) is None:
        problems["host_organization_id"] = Problem(
            "missing_organization", "organization {id} does not exist", id=host
        )
    chair = details.chair_person_id
    if chair is not None and session.get(Person, chair) is None:
        problems["chair_person_id"] = Problem(
            "missing_person", "person {id} does not exist", id=chair
        )
    return problems


def validate_details(session: Session, details: MeetingDetails) -> dict[str, str]:
    """Problems by field name (empty when the details can be saved)."""
    problems = _text_problems(details)
    if not is_valid_zone(details.timezone):
        problems["timezone"] = Problem(
            "unknown_time_zone", 'unknown time zone "{value}"', value=quoted(details.timezone)[1:-1]
        )
    for name in ("starts_at", "ends_at"):
        moment = getattr(details, name)
        if moment and (problem := local_time_problem(moment, details.timezone)):
            problems[name] = problem
    if details.starts_at and details.ends_at and details.ends_at < details.starts_at:
        problems["ends_at"] = Problem("ends_before_start", "the meeting ends before it starts")
    if details.ends_at and not details.starts_at:
        problems["starts_at"] = Problem("start_missing", "give a start when there is an end")
    if details.language not in {lang.value for lang in PackLanguage}:
        problems["language"] = Problem(
            "unknown_pack_language", 'unknown pack language "{value}"', value=details.language
        )
    if details.status not in {s.value for s in MeetingStatus}:
        problems["status"] = Problem(
            "unknown_status", 'unknown status "{value}"', value=details.status
        )
    problems.update(_reference_problems(session, details))
    return problems


def _raise_if_invalid(session: Session, details: MeetingDetails, where: str) -> None:
    problems = validate_details(session, details)
    if problems:
        raise ValidationError([f"{name}: {text}" for name, text in problems.items()], where)


def _cleaned(details: MeetingDetails) -> dict[str, object]:
    values = {name: getattr(details, name) for name in _FIELDS}
    return {k: clean(v).strip() if isinstance(v, str) else v for k, v in values.items()}


def update_details(session: Session, meeting_id: int, details: MeetingDetails) -> None:
    """Save ``details`` onto the meeting, or raise ValidationError naming each field."""
    meeting = _meeting(session, meeting_id)
    _raise_if_invalid(session, details, f"meeting {meeting_id}")
    for name, value in _cleaned(details).items():
        if getattr(meeting, name) != value:
            setattr(meeting, name, value)
    session.flush()


def create_meeting(session: Session, details: MeetingDetails) -> int:
    """A new meeting with ``details``; returns its id."""
    _raise_if_invalid(session, details, "new meeting")
    meeting = Meeting(**_cleaned(details))
    session.add(meeting)
    session.flush()
    return meeting.id
