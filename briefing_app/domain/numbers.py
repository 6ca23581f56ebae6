"""Whole numbers from outside (a JSON file, a form, a command line): the range
the database can store, and reading one from text without the surprises of
``int()`` (a 5000-digit string raises ValueError about Python's own limit;
10**30 passes and then fails in SQLite with OverflowError, 2**31 in PostgreSQL)."""

from __future__ import annotations

#: What every whole-number column can store on every backend: PostgreSQL's ``integer``
#: is 32 bits (SQLite's INTEGER would take 64), and the models use ``Integer`` throughout.
INTEGER_MIN, INTEGER_MAX = -(2**31), 2**31 - 1
_MAX_DIGITS = len(str(INTEGER_MAX))


class NumberTooLargeError(ValueError):
    """A whole number outside what the database can store."""


def fits(value: int) -> bool:
    """Whether the database can store ``value``."""
    return INTEGER_MIN <= value <= INTEGER_MAX


def whole_number(text: str) -> int:
    """The whole number written in ``text`` (ASCII digits, optional sign, spaces around).

    ValueError if it is not one; :class:`NumberTooLargeError` (a ValueError) if it
    is one the database cannot store, however many digits it has.
    """
    body = text.strip()
    digits = body[1:] if body[:1] in "+-" else body
    if not digits or not digits.isascii() or not digits.isdigit():
        raise ValueError(f"not a whole number: {body[:40]!r}")
    if len(digits.lstrip("0")) > _MAX_DIGITS or not fits(value := int(body)):
        raise NumberTooLargeError(f"too large: at most {INTEGER_MAX}")
    return value
