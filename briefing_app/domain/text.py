"""Cleaning text that came from outside (files, paste) so Word and Excel can
store it, without changing what it says.

XML 1.0 forbids C0 controls other than tab, LF and CR, the non-characters
U+FFFE/U+FFFF, and lone surrogates; Word and Excel refuse files that contain
them. A control character that *separates* words (vertical tab, which Word
itself uses for a line break; form feed; the file, group, record and unit
separators) becomes a space, so "Head\\vof unit" reads "Head of unit", not
"Headof unit"; one already next to a space or at either end is removed. Every
other forbidden character is removed. What was changed is reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
#: Finds a character cleaning changes (``FORBIDDEN.search(text) is None``: nothing to do).
FORBIDDEN = _BAD
#: What is removed outright: every forbidden character but the word separators.
_NOT_SEPARATOR = re.compile("[\x00-\x08\x0e-\x1b\ufffe\uffff\ud800-\udfff]")
#: Word separators (VT, FF, FS, GS, RS, US), a run of them between two non-spaces.
_SEP = "\x0b\x0c\x1c-\x1f"
_SEPARATOR_RUN = re.compile(rf"(?<=[^\s{_SEP}])[{_SEP}]+(?=[^\s{_SEP}])")


@dataclass
class CleanReport:
    """What cleaning changed, per place (e.g. ``people[3].bio``)."""

    changes: dict[str, int] = field(default_factory=dict)
    #: Of ``changes``, how many were word separators turned into spaces, per place.
    spaced: dict[str, int] = field(default_factory=dict)

    def add(self, where: str, removed: int, spaced: int = 0) -> None:
        if removed or spaced:
            self.changes[where] = self.changes.get(where, 0) + removed + spaced
        if spaced:
            self.spaced[where] = self.spaced.get(where, 0) + spaced

    def merge(self, other: CleanReport) -> None:
        """Add what ``other`` recorded."""
        for where, changed in other.changes.items():
            spaced = other.spaced.get(where, 0)
            self.add(where, changed - spaced, spaced)

    @property
    def total(self) -> int:
        return sum(self.changes.values())

    def lines(self) -> list[str]:
        return [
            self._line(where, n, self.spaced.get(where, 0)) for where, n in self.changes.items()
        ]

    @staticmethod
    def _line(where: str, changed: int, spaced: int) -> str:
        parts = []
        if changed - spaced:
            parts.append(f"removed {changed - spaced} character(s) Word/Excel cannot store")
        if spaced:
            parts.append(f"replaced {spaced} control character(s) between words with a space")
        return f"{where}: {'; '.join(parts)}"


def is_clean(value: str) -> bool:
    """True when ``clean`` would leave ``value`` as it is (most text: one regex search)."""
    return _BAD.search(value) is None


def clean_counts(value: str) -> tuple[str, int, int]:
    """(``value`` cleaned, characters removed, word separators that became spaces)."""
    if not _BAD.search(value):
        return value, 0, 0
    text, removed = _NOT_SEPARATOR.subn("", value)
    spaced = 0

    def to_space(match: re.Match) -> str:
        nonlocal spaced, removed
        spaced += 1
        removed += len(match.group(0)) - 1  # the rest of a run
        return " "

    text = _SEPARATOR_RUN.sub(to_space, text)
    text, left = _BAD.subn("", text)  # separators next to a space or at an end
    return text, removed + left, spaced


def clean_text(value: str) -> tuple[str, int]:
    """Return ``value`` cleaned, and how many characters were removed or replaced."""
    cleaned, removed, spaced = clean_counts(value)
    return cleaned, removed + spaced


def clean(value: str | None, where: str = "", report: CleanReport | None = None) -> str | None:
    """Clean ``value``; record what changed in ``report`` under ``where``."""
    if value is None:
        return None
    cleaned, removed, spaced = clean_counts(value)
    if report is not None:
        report.add(where, removed, spaced)
    return cleaned


#: Excel's limit on the characters a cell can hold. Text the app may have to put
#: in a cell (the participant list) is refused beyond it wherever it comes in.
EXCEL_CELL_LIMIT = 32_767


def excel_length(text: str) -> int:
    """Length as Excel counts it (UTF-16 code units: an emoji counts two)."""
    return len(text.encode("utf-16-le")) // 2


def over_excel_limit(text: str) -> bool:
    """Whether ``text`` exceeds Excel's cell limit (counted in UTF-16 code units)."""
    # A character is at most two UTF-16 units: short text needs no encoding to know.
    return len(text) * 2 > EXCEL_CELL_LIMIT and excel_length(text) > EXCEL_CELL_LIMIT
