"""Per-row comparison for the import preview: field changes of a matched
participant, and the addition a new row describes.

Rules: a column missing from the file changes nothing; a blank role or RSVP
cell keeps the stored value (a participant always has both); any other blank
cell clears the field. A named participant keeps a family name. A seat still
to be named becomes a person when the row gives a family name. A person who is
already in the database and joins the meeting keeps their stored details.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from briefing_app.db.models import Organization, Participant, Person
from briefing_app.domain.names import display_name, infer_name_order
from briefing_app.services.participants.columns import (
    EDITABLE,
    ENUM_LABELS,
    PERSON_CONTACT,
    PERSON_FIELDS,
    enum_choices,
    normalize,
    parse_enum,
)
from briefing_app.services.participants.preview import AddedRow, FieldChange
from briefing_app.services.participants.table import SheetRow

if TYPE_CHECKING:
    from briefing_app.services.participants.diff import _Matcher

PERSON_KEYS = (*PERSON_FIELDS, *PERSON_CONTACT)
ENUM_NAMES = {"role": "role", "rsvp": "RSVP status"}


def current_value(p: Participant, key: str, title_attr: str) -> str:
    """The stored value of column ``key`` for participant ``p`` (as text)."""
    if key in ("role", "rsvp", "seat", "remarks"):
        return str(getattr(p, key) or "")
    if p.person is None:
        return ""
    if key == "title":  # a Chinese list shows the English title where there is no Chinese
        return str(getattr(p.person, title_attr) or p.person.title_en or "")
    return str(getattr(p.person, key) or "")


def name_key(family: str, given: str) -> tuple[str, str]:
    """Names folded for matching: case and inner spacing do not matter."""
    return (" ".join(family.split()).casefold(), " ".join(given.split()).casefold())


def person_keys(person: Person) -> tuple[tuple, tuple]:
    """The keys a row can name ``person`` by: family + given name, and native-script name."""
    return (
        ("name", name_key(person.family_name, person.given_name or "")),
        ("native", normalize(person.native_name or "")),
    )


def row_key(values: dict[str, str]) -> tuple | None:
    """The key a row names its person by: family + given name if it has a family name,
    else the native-script name; None if it has neither."""
    family = values.get("family_name", "")
    if family:
        return ("name", name_key(family, values.get("given_name", "")))
    native = values.get("native_name", "")
    return ("native", normalize(native)) if native else None


@dataclass
class PeopleIndex:
    """People indexed by the keys of ``person_keys`` (built once, looked up per row)."""

    by_key: dict[tuple, list[Person]] = field(default_factory=dict)

    @classmethod
    def of(cls, people: Iterable[Person]) -> PeopleIndex:
        index = cls()
        for person in people:
            for key in person_keys(person):
                index.by_key.setdefault(key, []).append(person)
        return index

    def named(self, values: dict[str, str]) -> list[Person]:
        """The people a row's values name (family + given name, or native-script name)."""
        key = row_key(values)
        return list(self.by_key.get(key, ())) if key is not None else []


def enum_value(m: _Matcher, row: SheetRow, key: str) -> str | None:
    """Stored value for the row's role/RSVP cell ("" if blank); None (+ a problem) if unknown."""
    text = row.values.get(key, "")
    if not text:
        return ""
    value = parse_enum(key, text)
    if value is None:
        m.preview.problems.append(
            f'{m.sheet.where(row.row, key)}: "{text}" is not a {ENUM_NAMES[key]} '
            f"(one of: {', '.join(enum_choices(key))})"
        )
    return value


def _new_value(m: _Matcher, row: SheetRow, key: str) -> str | None:
    if key in ENUM_LABELS:
        return enum_value(m, row, key)
    return row.values[key]


def field_changes(m: _Matcher, p: Participant, row: SheetRow) -> list[FieldChange] | None:
    """Changes the row makes to ``p``; None if the row has a problem (already reported)."""
    changes, ok = [], True
    for key in EDITABLE:
        if not m.sheet.has(key):
            continue
        new = _new_value(m, row, key)
        if new is None:
            ok = False
            continue
        if new == "" and (key in ENUM_LABELS or (p.person is None and key in PERSON_KEYS)):
            continue
        old = current_value(p, key, m.preview.title_attr)
        if key == "title" and _english_title_kept(m, p, new):
            continue
        if old.strip() != new:
            changes.append(FieldChange(key, old, new))
    return changes if _names_ok(m, p, row) and ok else None


def _english_title_kept(m: _Matcher, p: Participant, new: str) -> bool:
    """A Chinese list's title cell holding the person's English title unchanged (a list
    made before Chinese lists showed Chinese titles): not a new Chinese title."""
    english = (p.person.title_en or "").strip() if p.person is not None else ""
    return m.preview.title_attr == "title_zh" and bool(english) and new == english


def _names_ok(m: _Matcher, p: Participant, row: SheetRow) -> bool:
    if not m.sheet.has("family_name") or row.values["family_name"]:
        return True
    if p.person is not None:
        m.preview.problems.append(
            f"{m.sheet.where(row.row, 'family_name')}: empty; {p.person.family_name}'s "
            "family name cannot be removed (delete the row to remove the participant)"
        )
        return False
    if any(row.values.get(k) for k in PERSON_KEYS):
        m.preview.problems.append(
            f"{m.sheet.where(row.row, 'family_name')}: empty; to name this seat, give a family name"
        )
        return False
    return True


def _row_values(m: _Matcher, row: SheetRow) -> dict[str, str] | None:
    values = {k: v for k, v in row.values.items() if k in EDITABLE and k not in ENUM_LABELS}
    for key, default in (("role", "member"), ("rsvp", "invited")):
        value = enum_value(m, row, key) if m.sheet.has(key) else ""
        if value is None:
            return None
        values[key] = value or default
    return values


def addition(m: _Matcher, org: Organization, row: SheetRow) -> AddedRow | None:
    """The participant a row without a match adds; None if the row has a problem."""
    values = _row_values(m, row)
    family = row.values.get("family_name", "")
    if values is None:
        return None
    if not family and any(row.values.get(k) for k in PERSON_KEYS):
        m.preview.problems.append(
            f"{m.sheet.where(row.row, 'family_name')}: a new participant needs a family name"
        )
        return None
    if not family:
        return AddedRow(row.row, org.uid, org.name_en, "", None, values)
    key = (org.id, name_key(family, row.values.get("given_name", "")))
    if key in m.new_keys:
        m.preview.problems.append(
            f"rows {m.new_keys[key]} and {row.row} both add {family} ({org.name_en}); delete one"
        )
        return None
    m.new_keys[key] = row.row
    known = m.known_people(org).named(row.values)
    if len(known) > 1:
        m.ambiguous(row, org, [f"{p.given_name} {p.family_name} ({p.uid})" for p in known])
        return None
    given, native = row.values.get("given_name", ""), row.values.get("native_name", "")
    name = display_name(family, given, infer_name_order(family, given, native), "")
    if known:
        _note_kept_details(m, known[0], row)
    return AddedRow(row.row, org.uid, org.name_en, name, known[0].uid if known else None, values)


def _note_kept_details(m: _Matcher, person: Person, row: SheetRow) -> None:
    differing = [
        k
        for k in PERSON_KEYS
        if k in row.values
        and row.values[k]
        and row.values[k] != current_value_of_person(person, k, m.preview.title_attr)
    ]
    if differing:
        m.preview.warnings.append(
            f"row {row.row}: {person.given_name} {person.family_name} is already in the "
            f"database; their stored {', '.join(differing)} are kept (edit them in the app)"
        )


def current_value_of_person(person: Person, key: str, title_attr: str) -> str:
    return str(getattr(person, title_attr if key == "title" else key) or "")
