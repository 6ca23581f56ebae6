"""First half of an import: parse the file and check every record's shape,
types, enums and dates, collecting ALL problems (never stopping at the first)
before anything is written. Cross-record checks live in ``references.py``."""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass, field
from datetime import datetime

from briefing_app.domain.text import FORBIDDEN, CleanReport
from briefing_app.domain.timezones import local_time_problem
from briefing_app.services.interchange.schema import (
    ENTITIES,
    FORMAT_NAME,
    FORMAT_VERSION,
    MEETING_CHILDREN,
    Field,
    per_fields,
)
from briefing_app.services.interchange.values import (
    SLOW,
    Bad,
    convert,
    describe,
    quick_check,
    read_int,
)

TOP_KEYS = ("format", "version", *ENTITIES)
_FORBIDDEN_SEARCH = FORBIDDEN.search


@dataclass(slots=True)
class Record:
    """One checked record: where it was in the file and its converted values
    (only the keys the file gave; absent keys keep the model's value/default), and
    its ``uid`` (``values["uid"]``, None when it has none: read for every record
    by each step of an import, so kept as an attribute)."""

    where: str
    index: int
    values: dict[str, object]
    children: dict[str, list[Record]] = field(default_factory=dict)
    uid: str | None = None


@dataclass
class Dataset:
    """A checked file: records per top-level array, and what cleaning removed."""

    records: dict[str, list[Record]]
    report: CleanReport
    problems: list[str]


def parse(raw: bytes | str) -> object:
    """Decode and parse JSON; raises Bad with line and column on a syntax error."""
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise Bad(f"not UTF-8 text (bad byte at offset {exc.start})") from None
    try:
        return json.loads(raw, parse_int=read_int)
    except json.JSONDecodeError as exc:
        raise Bad(f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from None
    except RecursionError:
        raise Bad("not valid JSON: nested too deeply") from None


def check_document(data: object) -> Dataset:
    """Check the top-level shape and every record; problems are collected, not raised."""
    ds = Dataset(records={}, report=CleanReport(), problems=[])
    if not isinstance(data, dict):
        ds.problems.append(
            f'expected a JSON object with "format": "{FORMAT_NAME}", got {describe(data)}'
        )
        return ds
    check_header(data, ds.problems)
    for key in data:
        if key not in TOP_KEYS:
            ds.problems.append(f"{key}: unknown top-level key{hint(key, TOP_KEYS)}")
    for name, (_model, fields) in ENTITIES.items():
        items = data.get(name, [])
        if not isinstance(items, list):
            ds.problems.append(f"{name}: expected a list of records, got {describe(items)}")
            continue
        ds.records[name] = [
            rec
            for i, item in enumerate(items)
            if (rec := check_record(f"{name}[{i}]", i, item, fields, ds)) is not None
        ]
    return ds


def check_header(data: dict, problems: list[str]) -> None:
    if data.get("format") != FORMAT_NAME:
        problems.append(
            f'format: expected "{FORMAT_NAME}", got {describe(data.get("format"))}'
            " (is this a Briefing App interchange file?)"
        )
    version = data.get("version")
    if version != FORMAT_VERSION:
        newer = isinstance(version, int) and not isinstance(version, bool) and version > 1
        problems.append(
            f"version: expected {FORMAT_VERSION}, got {describe(version)}"
            + (" (written by a newer Briefing App; update the app)" if newer else "")
        )


def check_record(
    where: str, index: int, item: object, fields: tuple[Field, ...], ds: Dataset
) -> Record | None:
    """Convert one record; problems go to ``ds.problems``. None if it is not an object."""
    if not isinstance(item, dict):
        ds.problems.append(f"{where}: expected an object, got {describe(item)}")
        return None
    children = MEETING_CHILDREN if where.startswith("meetings[") and "." not in where else {}
    allowed = _allowed(fields, bool(children))
    if not item.keys() <= allowed.keys():
        for key in item:
            if key not in allowed:
                ds.problems.append(f"{where}.{key}: unknown field{hint(key, allowed)}")
    values: dict[str, object] = {}
    rec = Record(where=where, index=index, values=values)
    problems = ds.problems
    for name, f, limit, required, quick in _checks(fields):
        value = item.get(name, _ABSENT)
        if value is _ABSENT:
            if required:
                problems.append(f"{where}.{name}: missing (required)")
            continue
        if value is None and f.nullable:
            values[name] = None
            continue
        if limit:  # text: most values fit as they are (nothing to clean, not empty
            # when required, not too long: domain.text.is_clean without its call)
            if (
                type(value) is str
                and len(value) <= limit
                and _FORBIDDEN_SEARCH(value) is None
                and (not required or (value != "" and not value.isspace()))
            ):
                values[name] = value
                continue
        elif quick is not None and (fit := quick(value)) is not SLOW:
            values[name] = fit
            continue
        try:
            values[name] = convert(f, value, f"{where}.{name}", ds.report)
        except Bad as exc:
            problems.append(f"{where}.{name}: {exc}")
    rec.uid = values.get("uid")  # type: ignore[assignment]
    if children:
        ds.problems.extend(_local_time_problems(rec))
    for child, (_model, child_fields) in children.items():
        if child in item:
            rec.children[child] = _check_children(f"{where}.{child}", item[child], child_fields, ds)
    if children:
        from briefing_app.services.interchange.seating import check_seating

        check_seating(where, item, rec, ds)
    return rec


_ABSENT = object()


@per_fields
def _checks(fields: tuple[Field, ...]) -> tuple[tuple, ...]:
    """(name, field, text limit (0: not text), required, quick check or None) per field."""
    return tuple(
        (f.name, f, f.limit if f.kind == "str" else 0, f.required, quick_check(f)) for f in fields
    )


@per_fields
def _allowed(fields: tuple[Field, ...], meeting: bool) -> dict[str, None]:
    """The keys a record may have, in order (for hints): its fields, and for a meeting
    its nested lists and seating."""
    names = [f.name for f in fields] + ([*MEETING_CHILDREN, "seating"] if meeting else [])
    return dict.fromkeys(names)


def _local_time_problems(meeting: Record) -> list[str]:
    """A meeting's start or end that its time zone skips or repeats (daylight saving)."""
    zone = meeting.values.get("timezone") or "UTC"
    problems = []
    for name in ("starts_at", "ends_at"):
        moment = meeting.values.get(name)
        if isinstance(moment, datetime) and (problem := local_time_problem(moment, zone)):
            problems.append(f"{meeting.where}.{name}: {problem}")
    return problems


def _check_children(where: str, items: object, fields: tuple[Field, ...], ds: Dataset) -> list:
    if not isinstance(items, list):
        ds.problems.append(f"{where}: expected a list, got {describe(items)}")
        return []
    return [
        rec
        for i, item in enumerate(items)
        if (rec := check_record(f"{where}[{i}]", i, item, fields, ds)) is not None
    ]


def hint(key: str, allowed) -> str:
    close = difflib.get_close_matches(key, list(allowed), n=1)
    return f' (did you mean "{close[0]}"?)' if close else ""
