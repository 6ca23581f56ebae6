"""Checking and converting single JSON values against a schema Field.

Each converter returns the Python value for the model (strings cleaned of
characters Word/Excel cannot store) or raises ``Bad`` with a message naming
what was expected; the caller prefixes the record and field.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime, time
from functools import cache

from briefing_app.domain.numbers import INTEGER_MAX, INTEGER_MIN, fits
from briefing_app.domain.text import (
    EXCEL_CELL_LIMIT,
    FORBIDDEN,
    CleanReport,
    clean,
    excel_length,
    over_excel_limit,
)
from briefing_app.domain.timezones import is_valid_zone
from briefing_app.domain.uids import UID_PATTERN, UID_RULE, is_valid_uid
from briefing_app.services.interchange.schema import Field


class Bad(ValueError):
    """A value does not fit its field; the message says what was expected."""


class HugeNumber:
    """A number in the file with too many digits to be read as one (``parse``
    puts this in its place so that the field it is in can be named)."""

    __slots__ = ("digits",)

    def __init__(self, digits: int) -> None:
        self.digits = digits


def read_int(text: str) -> int | HugeNumber:
    """``json.loads``'s ``parse_int``: no number of thousands of digits reaches ``int``."""
    return int(text) if len(text) <= 40 else HugeNumber(len(text.lstrip("-")))


def describe(value: object) -> str:
    """A short, quoted rendering of a bad value for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return "an object" if isinstance(value, dict) else "a list"
    if isinstance(value, HugeNumber):
        return f"a number of {value.digits} digits"
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + '…"'


def convert(field: Field, value: object, where: str, report: CleanReport) -> object:
    """The model value for ``value``; raises Bad if it does not fit ``field``."""
    if value is None:
        if field.nullable:
            return None
        raise Bad("must not be null")
    return _CONVERTERS[field.kind](field, value, where, report)


def _text(field: Field, value: object, where: str, report: CleanReport) -> str:
    if not isinstance(value, str):
        raise Bad(f"expected text, got {describe(value)}")
    cleaned = clean(value, where, report)
    if field.required and not cleaned.strip():
        raise Bad("must not be empty")
    _check_length(cleaned, field.limit)
    return cleaned


def _check_length(text: str, limit: int) -> None:
    """Bad if ``text`` is longer than ``limit`` (Excel's limit counts UTF-16 units)."""
    if len(text) <= limit or (limit == EXCEL_CELL_LIMIT and not over_excel_limit(text)):
        return
    if limit == EXCEL_CELL_LIMIT:
        raise Bad(
            f"{excel_length(text):,} characters, more than Excel's {limit:,}-character"
            " cell limit (the participant list could not hold it)"
        )
    raise Bad(f"{len(text):,} characters; at most {limit:,} fit")


def _uid(field: Field, value: object, where: str, report: CleanReport) -> str:
    """A uid is taken as it is or refused (never cleaned: a cleaned uid could be
    another record's); see domain/uids.py."""
    if not is_valid_uid(value):
        raise Bad(f"{describe(value)} is not a uid: {UID_RULE}")
    return value


def _int(field: Field, value: object, where: str, report: CleanReport) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise Bad(f"expected a whole number, got {describe(value)}")
    if not fits(value):
        limits = f"from {INTEGER_MIN} to {INTEGER_MAX}"
        raise Bad(f"expected a whole number {limits}, got {describe(value)}")
    return value


def _bool(field: Field, value: object, where: str, report: CleanReport) -> bool:
    if not isinstance(value, bool):
        raise Bad(f"expected true or false, got {describe(value)}")
    return value


def _date(field: Field, value: object, where: str, report: CleanReport) -> date:
    try:
        if isinstance(value, str) and len(value) == 10:
            return date.fromisoformat(value)
    except ValueError:
        pass
    raise Bad(f"expected a date YYYY-MM-DD, got {describe(value)}")


def _datetime(field: Field, value: object, where: str, report: CleanReport) -> datetime:
    try:
        parsed = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        parsed = None
    if parsed is None or len(value) < 16:
        raise Bad(f"expected a date and time YYYY-MM-DDTHH:MM[:SS], got {describe(value)}")
    if parsed.tzinfo is not None:
        raise Bad(f"give the time without a UTC offset (local time), got {describe(value)}")
    return parsed


def _time(field: Field, value: object, where: str, report: CleanReport) -> time:
    try:
        parsed = time.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        parsed = None
    if parsed is None or parsed.tzinfo is not None or len(value) < 5:
        raise Bad(f"expected a time HH:MM, got {describe(value)}")
    return parsed


def _enum(field: Field, value: object, where: str, report: CleanReport) -> str:
    allowed = enum_values(field.enum)
    if not isinstance(value, str) or value not in allowed:
        names = ", ".join(a or '""' for a in allowed)
        raise Bad(f"{describe(value)} is not allowed (allowed: {names})")
    return allowed[value]  # one string object for every record that has it


@cache
def enum_values(enum: type) -> dict[str, str]:
    """The values of ``enum``, in order (an Enum's members are slow to look up)."""
    return {member.value: member.value for member in enum}


_FORBIDDEN_SEARCH = FORBIDDEN.search

#: What a quick check returns for a value it leaves to ``convert`` (which words the problem).
SLOW = object()


def quick_check(field: Field) -> Callable[[object], object] | None:
    """For a field whose values are mostly taken as they are (text aside, which
    ``validate.check_record`` checks inline), a check returning the model value of
    a plain, valid value, or ``SLOW`` for anything ``convert`` must look at; None
    for the other kinds. The same outcome as ``convert``, without its calls."""
    kind = field.kind
    if kind == "uid":
        match = UID_PATTERN.fullmatch
        return lambda value: value if type(value) is str and match(value) else SLOW
    if kind == "int":
        return lambda value: value if type(value) is int and fits(value) else SLOW
    if kind == "bool":
        return lambda value: value if type(value) is bool else SLOW
    if kind == "enum":
        allowed = enum_values(field.enum)
        return lambda value: allowed.get(value, SLOW) if type(value) is str else SLOW
    if kind in ("ref", "peer"):
        return lambda value: value if type(value) is str and value else SLOW
    if kind == "reflist":
        return lambda value: (
            list(dict.fromkeys(value))
            if type(value) is list and all(type(v) is str and v for v in value)
            else SLOW
        )
    if kind == "strlist":
        limit = field.limit
        return lambda value: (
            list(value)
            if type(value) is list
            and all(type(v) is str and len(v) <= limit and _FORBIDDEN_SEARCH(v) is None
                    for v in value)
            else SLOW
        )  # fmt: skip
    return None


def _timezone(field: Field, value: object, where: str, report: CleanReport) -> str:
    if not isinstance(value, str) or not value:
        raise Bad(f"expected a time zone name like Asia/Shanghai, got {describe(value)}")
    if not is_valid_zone(value):
        raise Bad(f"unknown time zone {describe(value)} (e.g. Asia/Shanghai, UTC)")
    return value


def _strlist(field: Field, value: object, where: str, report: CleanReport) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise Bad(f"expected a list of texts, got {describe(value)}")
    cleaned = [clean(v, where, report) for v in value]
    for text in cleaned:
        _check_length(text, field.limit)
    return cleaned


def _object(field: Field, value: object, where: str, report: CleanReport) -> dict:
    if not isinstance(value, dict):
        raise Bad(f"expected an object, got {describe(value)}")
    return clean_tree(value, where, report)


def clean_tree(value: object, where: str, report: CleanReport) -> object:
    """``value`` with every string inside it (keys too) cleaned."""
    if isinstance(value, str):
        return clean(value, where, report)
    if isinstance(value, list):
        return [clean_tree(v, where, report) for v in value]
    if isinstance(value, dict):
        return {clean(k, where, report): clean_tree(v, where, report) for k, v in value.items()}
    if isinstance(value, HugeNumber):
        raise Bad(f"holds {describe(value)}, too long to be read")
    return value


def _ref(field: Field, value: object, where: str, report: CleanReport) -> str:
    if not isinstance(value, str) or not value:
        raise Bad(f"expected a uid (text), got {describe(value)}")
    return value


def _reflist(field: Field, value: object, where: str, report: CleanReport) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise Bad(f"expected a list of uids, got {describe(value)}")
    return list(dict.fromkeys(value))


def _photo(field: Field, value: object, where: str, report: CleanReport) -> object:
    """``{"format": "jpeg", "data": "<base64>"}``: the image checked and re-encoded as
    a photo set from a file is (``services/photos``); a PreparedPhoto."""
    import base64
    import binascii

    from briefing_app import settings
    from briefing_app.services.photos import PhotoError, prepare_photo

    if not isinstance(value, dict) or not isinstance(value.get("data"), str):
        raise Bad(f'expected an object {{"format": "jpeg", "data": base64}}, got {describe(value)}')
    unknown = sorted(set(value) - {"format", "data"})
    if unknown:
        raise Bad(f'unknown key "{unknown[0]}" (a photo has "format" and "data")')
    limit = settings.PHOTO_LIMITS.file_bytes
    if len(value["data"]) > (limit + 2) // 3 * 4 + 4:
        raise Bad(f"image larger than the {limit / 2**20:.0f} MB limit for photos")
    try:
        data = base64.b64decode(value["data"], validate=True)
    except (binascii.Error, ValueError):
        raise Bad("data: not base64 text") from None
    try:
        return prepare_photo(data, "image")
    except PhotoError as exc:
        raise Bad(str(exc)) from None


_CONVERTERS = {
    "str": _text,
    "uid": _uid,
    "int": _int,
    "bool": _bool,
    "date": _date,
    "datetime": _datetime,
    "time": _time,
    "enum": _enum,
    "timezone": _timezone,
    "strlist": _strlist,
    "object": _object,
    "ref": _ref,
    "peer": _ref,
    "reflist": _reflist,
    "photo": _photo,
}
