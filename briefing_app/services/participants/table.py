"""Interpreting raw rows: find the header, map columns, check every cell.

Headers may come in any order and in English or Chinese. Problems that make
the file unusable as it stands — missing required columns, the same column
twice, ragged rows, merged cells over the data, dates where text belongs,
over-long values — are collected with their row and column and raised together
as one ValidationError, before anything is compared with the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from openpyxl.utils import get_column_letter, range_boundaries

from briefing_app.domain.text import EXCEL_CELL_LIMIT, CleanReport, clean_counts, over_excel_limit
from briefing_app.domain.uids import is_valid_uid
from briefing_app.errors import ValidationError, shorten
from briefing_app.services.participants.columns import (
    BY_KEY,
    REQUIRED_ANY,
    column_for_header,
    header_language,
)
from briefing_app.services.participants.reading import RawRows

HEADER_SEARCH_ROWS = 10


@dataclass
class SheetRow:
    """One data row: its row number and the cleaned text of each known column present."""

    row: int
    values: dict[str, str]


@dataclass
class SheetData:
    """The participant list as read: which columns it has, and its rows."""

    source: str
    kind: str
    encoding: str
    columns: dict[str, int]  # column key -> 0-based index
    rows: list[SheetRow]
    warnings: list[str] = field(default_factory=list)
    #: The language of the Title column's header ("zh" for "职务", "en" for "Title",
    #: None otherwise): which title it holds (``columns.title_attribute``).
    title_language: str | None = None

    def has(self, key: str) -> bool:
        return key in self.columns

    def where(self, row: int, key: str) -> str:
        """'row 5, column J (RSVP)' for messages."""
        letter = get_column_letter(self.columns[key] + 1)
        return f"row {row}, column {letter} ({BY_KEY[key].en})"


def _header_text(value: object) -> str:
    return "" if value is None else str(value).strip()


def find_header(raw: RawRows, source: str) -> int:
    """Index into ``raw.rows`` of the header row: the first with two or more known headers."""
    for idx, (_, values) in enumerate(raw.rows[:HEADER_SEARCH_ROWS]):
        known = [column_for_header(_header_text(v)) for v in values]
        if sum(k is not None for k in known) >= 2:
            return idx
    raise ValidationError(
        [
            "no header row found in the first rows: expected column names such as "
            "Organization, Family name, RSVP (or 单位, 姓, 出席回复)"
        ],
        source=source,
    )


def map_columns(headers: list[object], row: int) -> tuple[dict[str, int], list[str], list[str]]:
    """(column key -> index, problems, warnings) for the header row."""
    columns: dict[str, int] = {}
    problems, warnings = [], []
    for idx, value in enumerate(headers):
        text, letter = _header_text(value), get_column_letter(idx + 1)
        key = column_for_header(text)
        if key is None:
            if text:
                warnings.append(f'column {letter} ("{text}") is not a participant-list column')
            continue
        if key in columns:
            first = get_column_letter(columns[key] + 1)
            problems.append(
                f"row {row}: columns {first} and {letter} are both {BY_KEY[key].en} "
                f'("{_header_text(headers[columns[key]])}" and "{text}"); keep one'
            )
            continue
        columns[key] = idx
    for options in REQUIRED_ANY:
        if not any(k in columns for k in options):
            names = " or ".join(f"{BY_KEY[k].en} ({BY_KEY[k].zh})" for k in options)
            problems.append(f"row {row}: missing required column {names}")
    return columns, problems, warnings


def merged_problems(merged: list[str], header_row: int) -> list[str]:
    """Merged ranges touching the header or the data rows."""
    problems = []
    for ref in merged:
        min_col, min_row, max_col, max_row = range_boundaries(ref)
        if max_row >= header_row:
            problems.append(
                f"cells {ref} are merged (rows {min_row}–{max_row}, columns "
                f"{get_column_letter(min_col)}–{get_column_letter(max_col)}); "
                "unmerge them so every row has its own values"
            )
    return problems


def cell_text(value: object) -> str | None:
    """Text of a cell value, or None for a date/time (which a participant list never holds)."""
    if value is None:
        return ""
    if isinstance(value, (datetime, date, time)):
        return None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


@dataclass
class _RowReader:
    sheet: SheetData
    width: int
    csv: bool
    report: CleanReport
    problems: list[str]
    formulas: set[tuple[int, int]] = field(default_factory=set)  # (row, index) of formulas
    keyed: list[tuple[str, int]] = field(default_factory=list)  # (key, index), No. left out

    def __post_init__(self) -> None:
        self.keyed = [(k, i) for k, i in self.sheet.columns.items() if k != "no"]

    def read(self, row: int, values: list[object]) -> SheetRow:
        self._check_shape(row, values)
        n = len(values)
        out = {key: self._cell(row, key, values[i] if i < n else None) for key, i in self.keyed}
        if self.formulas:
            self._flag_formulas(row)
        return SheetRow(row, out)

    def _flag_formulas(self, row: int) -> None:
        """A formula in a known column is kept as its text; say so, cell by cell."""
        for key, i in self.keyed:
            if (row, i) in self.formulas:
                self.sheet.warnings.append(f"{self.sheet.where(row, key)}: a formula, kept as text")

    def _check_shape(self, row: int, values: list[object]) -> None:
        if self.csv and len(values) != self.width:
            self.problems.append(
                f"row {row}: {len(values)} fields but the header row has {self.width} "
                "(a missing or extra delimiter, or an unquoted comma?)"
            )
            return
        for idx in range(self.width, len(values)):
            if values[idx] not in (None, ""):
                self.problems.append(
                    f"row {row}, column {get_column_letter(idx + 1)}: "
                    "a value in a column without a header"
                )
                return

    def _cell(self, row: int, key: str, value: object) -> str:
        """Cleaned text of one cell; a date, or text too long for a cell, is a problem.

        The common case (plain text Excel can store) costs a type check, one
        regex pass and a strip; messages are only formatted when needed.
        """
        text = value if value.__class__ is str else cell_text(value)
        if text is None:
            self._date_problem(row, key, value)
            return ""
        if key == "uid" and text.strip() and not is_valid_uid(text.strip()):
            self.problems.append(
                f"{self.sheet.where(row, key)}: {shorten(repr(text.strip()), 60)} is not a "
                "record ID (copy it again from the exported list, or leave it empty)"
            )
            return ""
        text, removed, spaced = clean_counts(text)
        if removed or spaced:
            self.report.add(self.sheet.where(row, key), removed, spaced)
        text = text.strip()
        if over_excel_limit(text):
            self.problems.append(
                f"{self.sheet.where(row, key)}: {len(text):,} characters, more than the "
                f"{EXCEL_CELL_LIMIT:,} a cell can hold"
            )
        return text

    def _date_problem(self, row: int, key: str, value: object) -> None:
        self.problems.append(
            f"{self.sheet.where(row, key)}: holds a date ({value}); the list "
            "has no date columns — Excel may have turned the text into a date: format the "
            "column as Text and type the value again"
        )


def _width(header: list[object]) -> int:
    """Number of header columns (up to the last non-empty header cell)."""
    filled = [i for i, v in enumerate(header) if _header_text(v)]
    return filled[-1] + 1 if filled else 0


def interpret(raw: RawRows, source: str) -> SheetData:
    """Check and map the raw rows; raise ValidationError listing every problem found."""
    at = find_header(raw, source)
    header_row, header = raw.rows[at]
    columns, problems, warnings = map_columns(header, header_row)
    if problems:
        raise ValidationError(problems, source=source)
    problems.extend(merged_problems(raw.merged, header_row))
    sheet = SheetData(source, raw.kind, raw.encoding, columns, [], warnings)
    if "title" in columns:
        sheet.title_language = header_language("title", header[columns["title"]])
    width = len(header) if raw.kind == "csv" else _width(header)
    reader = _RowReader(sheet, width, raw.kind == "csv", CleanReport(), problems, raw.formulas)
    sheet.rows = [reader.read(n, values) for n, values in raw.rows[at + 1 :]]
    if problems:
        raise ValidationError(problems, source=source)
    sheet.warnings.extend(reader.report.lines())
    return sheet
