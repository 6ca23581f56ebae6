"""The meeting's agenda: add, edit, delete and reorder items.

Positions are always rewritten as 0..n-1 in one go, so the order on screen,
in the database and in the pack are the same and gaps never accumulate.
"""

from __future__ import annotations

from datetime import time

from sqlalchemy import select
from sqlalchemy.orm import Session

from briefing_app.db.models import AgendaItem, Meeting, Person
from briefing_app.domain.bilingual import in_language, person_name
from briefing_app.domain.text import clean
from briefing_app.errors import NotFoundError, ValidationError
from briefing_app.services.meeting_edit.rows import AgendaRow

_EDITABLE = ("title", "title_zh", "start_time", "duration_minutes", "speaker", "notes")
_EDITABLE += ("notes_zh", "speaker_zh", "speaker_person_id")


def _items(session: Session, meeting_id: int) -> list[AgendaItem]:
    if session.get(Meeting, meeting_id) is None:
        raise NotFoundError(f"meeting {meeting_id} does not exist (was it deleted?)")
    query = select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
    return list(session.scalars(query.order_by(AgendaItem.position, AgendaItem.id)))


def speaker_text(item: AgendaItem, language: str = "en") -> str:
    """The speaker as the workspace shows it: the linked person's current name and
    title in ``language`` (domain.bilingual), else the free text."""
    person = item.speaker_person
    if person is None:
        return item.speaker
    title = in_language(language, person.title_en, person.title_zh)
    return ", ".join(x for x in (person_name(language, person), title) if x)


def _row(item: AgendaItem, language: str = "en") -> AgendaRow:
    return AgendaRow(
        id=item.id,
        position=item.position,
        title=item.title,
        start_time=item.start_time,
        duration_minutes=item.duration_minutes,
        speaker=item.speaker,
        speaker_zh=item.speaker_zh,
        notes=item.notes,
        notes_zh=item.notes_zh,
        title_zh=item.title_zh,
        speaker_person_id=item.speaker_person_id,
        speaker_display=speaker_text(item, language),
        speaker_display_zh=speaker_text(item, "zh") if item.speaker_person else "",
    )


def list_agenda(session: Session, meeting_id: int, language: str = "en") -> list[AgendaRow]:
    """The agenda in order; linked speakers named in ``language``."""
    return [_row(item, language) for item in _items(session, meeting_id)]


def _validated(session: Session, item_ref: str, values: dict) -> dict:
    unknown = set(values) - set(_EDITABLE)
    if unknown:
        raise ValueError(f"not agenda fields: {sorted(unknown)}")
    problems = []
    if "title" in values and not (values["title"] or "").strip():
        problems.append("title: an agenda item needs a title")
    minutes = values.get("duration_minutes")
    if minutes is not None and not (0 < int(minutes) <= 24 * 60):
        problems.append("duration_minutes: between 1 and 1440 minutes")
    person = values.get("speaker_person_id")
    if person is not None and (not isinstance(person, int) or session.get(Person, person) is None):
        problems.append(f"speaker_person_id: person {person} does not exist")
    start = values.get("start_time")
    if start is not None and not isinstance(start, time):
        problems.append("start_time: not a time of day")
    if problems:
        raise ValidationError(problems, item_ref)
    return {k: clean(v).strip() if isinstance(v, str) else v for k, v in values.items()}


def add_agenda_item(session: Session, meeting_id: int, title: str, **values) -> int:
    """Append an item (title plus any of start_time, duration_minutes, speaker, notes)."""
    items = _items(session, meeting_id)
    values = _validated(session, "new agenda item", {"title": title, **values})
    item = AgendaItem(meeting_id=meeting_id, position=len(items), **values)
    session.add(item)
    session.flush()
    return item.id


def update_agenda_item(session: Session, item_id: int, **values) -> AgendaRow:
    """Change some fields of one item; returns the item as saved."""
    item = session.get(AgendaItem, item_id)
    if item is None:
        raise NotFoundError(f"agenda item {item_id} does not exist (was it deleted?)")
    for name, value in _validated(session, f"agenda item {item.position + 1}", values).items():
        setattr(item, name, value)
    session.flush()
    return _row(item)


def delete_agenda_item(session: Session, item_id: int) -> None:
    """Remove one item and close the gap in positions."""
    item = session.get(AgendaItem, item_id)
    if item is None:
        raise NotFoundError(f"agenda item {item_id} does not exist (was it deleted?)")
    meeting_id = item.meeting_id
    session.delete(item)
    session.flush()
    _renumber(_items(session, meeting_id))


def _renumber(items: list[AgendaItem]) -> None:
    for position, item in enumerate(items):
        if item.position != position:
            item.position = position


def reorder_agenda(session: Session, meeting_id: int, ordered_ids: list[int]) -> None:
    """Put the items in the order of ``ordered_ids`` (all of them, each once)."""
    items = {item.id: item for item in _items(session, meeting_id)}
    if sorted(ordered_ids) != sorted(items):
        raise ValidationError(
            ["agenda order: the new order must list every item of the meeting exactly once"],
            f"meeting {meeting_id}",
        )
    _renumber([items[i] for i in ordered_ids])
    session.flush()
