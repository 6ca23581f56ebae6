"""Time zones: the real IANA zone list, checking a name against it, the zone
itself, the machine's own zone, and local times a zone skips or repeats.

Every path that takes a zone name from a person or a file (the details form,
``import``, pack formatting) checks it here, so that a prefix such as "Asia"
(a *directory* of the zone database, on which ``ZoneInfo`` raises
``IsADirectoryError``) or "../etc" is refused the same way everywhere.
"""

from __future__ import annotations

import contextlib
import os
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo, available_timezones

from briefing_app.errors import Problem, UserError

# Entries of the zone database that are not zones: "localtime" is whatever the
# machine is set to, "posixrules" a rules template, "Factory" a placeholder.
_NOT_ZONES = frozenset({"localtime", "posixrules", "Factory"})
_EXAMPLE = "e.g. Asia/Shanghai, Europe/Zurich, UTC"


class UnknownTimeZoneError(UserError, ValueError):
    """A name that is not a time zone of the zone database."""

    def __init__(self, name: object) -> None:
        self.name = name
        super().__init__(f"unknown time zone {quoted(name)} ({_EXAMPLE})")


def quoted(name: object) -> str:
    """``name`` in quotes for messages, shortened and with control characters shown."""
    text = name if isinstance(name, str) else repr(name)
    text = text.encode("unicode_escape").decode("ascii") if not text.isprintable() else text
    return f'"{text[:60]}…"' if len(text) > 60 else f'"{text}"'


@cache
def zone_names() -> tuple[str, ...]:
    """Every IANA time zone name known here, sorted (computed once)."""
    return tuple(sorted(available_timezones() - _NOT_ZONES))


@cache
def _zone_set() -> frozenset[str]:
    return frozenset(zone_names())


def is_valid_zone(name: object) -> bool:
    """Whether ``name`` is exactly a zone of :func:`zone_names` ("Asia/Shanghai",
    "UTC"); prefixes, directories, paths and other spellings are not."""
    return isinstance(name, str) and name in _zone_set()


def zone(name: object) -> ZoneInfo:
    """The zone called ``name``; raises :class:`UnknownTimeZoneError` (never the
    ``OSError``/``ValueError`` family that ``ZoneInfo`` itself raises)."""
    if not is_valid_zone(name):
        raise UnknownTimeZoneError(name)
    return ZoneInfo(name)


def _zone_from_path(path: Path) -> str | None:
    """'Europe/Zurich' for a link such as /etc/localtime -> …/zoneinfo/Europe/Zurich."""
    try:
        target = str(path.resolve())
    except OSError:
        return None
    parts = target.replace("\\", "/").split("/zoneinfo/", 1)
    return parts[1] if len(parts) == 2 else None


def _system_candidates() -> list[str | None]:
    candidates: list[str | None] = [os.environ.get("TZ", "").lstrip(":")]
    with contextlib.suppress(OSError, UnicodeDecodeError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    candidates.append(_zone_from_path(Path("/etc/localtime")))
    return candidates


def system_zone(hint: str | None = None) -> str:
    """The machine's zone as an IANA name, best guess: ``hint`` (e.g. what the GUI
    toolkit reports) if it is a real zone, else $TZ, /etc/timezone, the target of
    /etc/localtime; "UTC" when none of them names a zone."""
    for candidate in [hint, *_system_candidates()]:
        if is_valid_zone(candidate):
            return candidate
    return "UTC"


def local_time_problem(moment: datetime, zone_name: str) -> str | None:
    """Why the wall-clock time ``moment`` (naive) is not one instant in ``zone_name``:
    skipped by a daylight-saving change (it never happens) or repeated (it happens
    twice); None when it is fine or the zone is unknown (checked elsewhere)."""
    if moment.tzinfo is not None or not is_valid_zone(zone_name):
        return None
    tz = ZoneInfo(zone_name)
    first, second = (moment.replace(tzinfo=tz, fold=f).utcoffset() for f in (0, 1))
    if first == second:
        return None
    back = moment.replace(tzinfo=tz).astimezone(UTC).astimezone(tz).replace(tzinfo=None)
    when = f"{moment:%Y-%m-%d %H:%M}"
    if back != moment:
        return Problem(
            "time_skipped",
            "{when} does not exist in {zone}: the clocks are put forward then"
            " (daylight saving); choose a time before or after the change",
            when=when, zone=zone_name,
        )  # fmt: skip
    return Problem(
        "time_repeated",
        "{when} happens twice in {zone}: the clocks are put back then"
        " (UTC{first}, then UTC{second}); choose a time outside the repeated hour",
        when=when, zone=zone_name, first=_offset(first), second=_offset(second),
    )  # fmt: skip


def _offset(delta: timedelta | None) -> str:
    minutes = int((delta or timedelta(0)).total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def utc_offset_text(moment: datetime, zone_name: str) -> str:
    """'UTC+08:00' for the naive local ``moment`` in ``zone_name``; '' for an unknown zone."""
    if not is_valid_zone(zone_name):
        return ""
    return "UTC" + _offset(moment.replace(tzinfo=ZoneInfo(zone_name)).utcoffset())
