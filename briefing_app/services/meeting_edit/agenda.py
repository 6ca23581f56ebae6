"""The meeting's agenda: add, edit, delete and reorder items.

Positions are always rewritten as 0..n-1 in one go, so the order on screen,
in the database and in the pack are the same and gaps never accumulate.
"""

from __future__ import annotations

from datetime import datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from briefing_app.db.models import AgendaItem, Meeting, Person
from briefing_app.domain.bilingual import in_language, person_name
from briefing_app.domain.text import clean
from briefing_app.errors import NotFoundError, ValidationError
from briefing_app.services.meeting_edit.order import check_complete_order, renumber
from briefing_app.services.meeting_edit.rows import AgendaRow

_EDITABLE = ("title", "title_zh", "start_time", "duration_minutes", "speaker", "notes")
_EDITABLE += ("notes_zh", "speaker_zh", "speaker_person_id")


def parse_time(text: str) -> time | None:
    """'9:30' or '09:30' as a time; '' as None; anything else is a ValidationError."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        return datetime.strptime(text, "%H:%M").time()
    except ValueError:
        raise ValidationError([f'start_time: "{text}" is not a time (use HH:MM)']) from None


def parse_minutes(text) -> int | None:
    """'40' as 40; '', '0' or None as None (no duration); anything else is a ValidationError
    (the range is checked with the other fields)."""
    text = str(text if text is not None else "").strip()
    if text in ("", "0"):
        return None
    if not (text.isascii() and text.isdigit() and len(text) < 6):
        raise ValidationError([f'duration_minutes: "{text}" is not a whole number of minutes'])
    return int(text)


def field_value(key: str, value):
    """What an editor or the command line gave for field ``key`` (text, or a time or
    number already) as the field's value: times and minutes parsed, text as text."""
    if key == "start_time":
        return value if isinstance(value, time) else parse_time(str(value or ""))
    if key == "duration_minutes":
        return value if isinstance(value, int) and value else parse_minutes(value)
    return str(value or "")


def speaker_values(person_id: int | None = None, text: str | None = None) -> dict:
    """The speaker fields for a speaker who is a person (their name comes from the
    database: no free text in either language) or free text (no person linked; the
    Chinese free text is left as it is)."""
    if person_id is not None:
        return {"speaker": "", "speaker_zh": "", "speaker_person_id": person_id}
    return {"speaker": str(text or ""), "speaker_person_id": None}


def find_agenda_item(session: Session, meeting_id: int, ref: str) -> AgendaItem:
    """The item numbered ``ref`` on the meeting's agenda (1 = first, as listed), or the
    one whose English or Chinese title contains ``ref`` (any case)."""
    items = _items(session, meeting_id)
    where = _meeting_label(session, meeting_id)
    text = str(ref).strip()
    if text.isascii() and text.isdigit() and len(text) < 6:
        if 1 <= int(text) <= len(items):
            return items[int(text) - 1]
        numbered = f"its items are numbered 1 to {len(items)}" if items else "it has no items"
        raise NotFoundError(f"{where}: no agenda item {text} on the agenda ({numbered})")
    needle = text.casefold()
    found = [i for i in items if needle and needle in f"{i.title}\n{i.title_zh}".casefold()]
    if len(found) == 1:
        return found[0]
    if not found:
        raise NotFoundError(f'{where}: no agenda item with number or title matching "{text}"')
    names = ", ".join(f'{items.index(i) + 1}: "{i.title}"' for i in found[:5])
    raise NotFoundError(
        f'{where}: "{text}" matches {len(found)} agenda items ({names}); give the number'
    )


def _meeting_label(session: Session, meeting_id: int) -> str:
    return f'meeting "{session.get(Meeting, meeting_id).title}"'


def item_number(session: Session, item: AgendaItem) -> int:
    """The item's number on its agenda (1 = first), as listed (positions may have gaps
    or start at 1 in imported data)."""
    return [i.id for i in _items(session, item.meeting_id)].index(item.id) + 1


def item_label(session: Session, item: AgendaItem) -> str:
    """'meeting "Roundtable 2022", agenda item 3': where a problem is, for messages."""
    return f"{_meeting_label(session, item.meeting_id)}, agenda item {item_number(session, item)}"


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
    comma = "，" if language == "zh" else ", "  # as the pack writes it
    return comma.join(x for x in (person_name(language, person), title) if x)


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
    where = f"{_meeting_label(session, meeting_id)}, new agenda item"
    values = _validated(session, where, {"title": title, **values})
    item = AgendaItem(meeting_id=meeting_id, position=len(items), **values)
    session.add(item)
    session.flush()
    return item.id


def update_agenda_item(session: Session, item_id: int, **values) -> AgendaRow:
    """Change some fields of one item; returns the item as saved."""
    item = session.get(AgendaItem, item_id)
    if item is None:
        raise NotFoundError(f"agenda item {item_id} does not exist (was it deleted?)")
    for name, value in _validated(session, item_label(session, item), values).items():
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
    renumber(_items(session, meeting_id))


def reorder_agenda(session: Session, meeting_id: int, ordered_ids: list[int]) -> None:
    """Put the items in the order of ``ordered_ids`` (all of them, each once)."""
    items = {item.id: item for item in _items(session, meeting_id)}
    check_complete_order(ordered_ids, items, "agenda order", "item of the meeting", meeting_id)
    renumber([items[i] for i in ordered_ids])
    session.flush()


def move_agenda_item(session: Session, item_id: int, position: int) -> None:
    """Move one item to ``position`` (0 = first; the others keep their order)."""
    item = session.get(AgendaItem, item_id)
    if item is None:
        raise NotFoundError(f"agenda item {item_id} does not exist (was it deleted?)")
    ids = [i.id for i in _items(session, item.meeting_id) if i.id != item_id]
    if not 0 <= position <= len(ids):
        raise ValidationError(
            [f"position: {position + 1} is not a place on the agenda (1 to {len(ids) + 1})"],
            item_label(session, item),
        )
    ids.insert(position, item_id)
    reorder_agenda(session, item.meeting_id, ids)
