"""Cleaning text that came from outside (files, paste) so Word and Excel can
store it. XML 1.0 forbids C0 controls other than tab, LF and CR, the
non-characters U+FFFE/U+FFFF, and lone surrogates; Word and Excel refuse
files that contain them. We remove them and say what we removed."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


@dataclass
class CleanReport:
    """What cleaning changed, per place (e.g. ``people[3].bio``)."""

    changes: dict[str, int] = field(default_factory=dict)

    def add(self, where: str, removed: int) -> None:
        if removed:
            self.changes[where] = self.changes.get(where, 0) + removed

    @property
    def total(self) -> int:
        return sum(self.changes.values())

    def lines(self) -> list[str]:
        return [
            f"{where}: removed {n} character(s) Word/Excel cannot store"
            for where, n in self.changes.items()
        ]


def clean_text(value: str) -> tuple[str, int]:
    """Return ``value`` without unstorable characters, and how many were removed."""
    cleaned, count = _BAD.subn("", value)
    return cleaned, count


def clean(value: str | None, where: str = "", report: CleanReport | None = None) -> str | None:
    """Clean ``value``; record removals in ``report`` under ``where``."""
    if value is None:
        return None
    cleaned, count = clean_text(value)
    if report is not None:
        report.add(where, count)
    return cleaned
