"""Excel participant list: one row per participant, in order of precedence.

The rows are in the order of ``services.meetings.participant_key`` (the one
ordering every protocol list uses), loaded by ``loading.list_records``.
Every text value is cleaned of characters Excel cannot store
(``domain/text.py``); a value longer than Excel's cell limit stops the export
with the record and field named, never a silent cut. Values that Excel would
read as a formula (``= + - @``, tab, CR first) are written as text cells with
Excel's quote prefix. The workbook is streamed with openpyxl's
write-only mode (formatting included) and written atomically.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Row
from sqlalchemy.orm import Session

from briefing_app.db.models import Meeting
from briefing_app.domain.names import display_name
from briefing_app.domain.text import EXCEL_CELL_LIMIT, CleanReport, clean_counts, excel_length
from briefing_app.errors import NotFoundError, ValidationError
from briefing_app.services.files import atomic_write
from briefing_app.services.participants.columns import (
    COLUMNS,
    enum_label,
    title_attribute,
)
from briefing_app.services.participants.loading import list_records

Progress = Callable[[int, int, str], None]
#: First characters that make Excel (or LibreOffice) treat typed text as a formula.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


@dataclass
class ListRows:
    """The sheet's data: one list of cell values per participant, plus what was cleaned."""

    language: str
    rows: list[list[object]]
    report: CleanReport


def sheet_language(meeting: Meeting, language: str | None = None) -> str:
    """Language of headers and labels: ``language`` if given, else the meeting's ("en" default)."""
    chosen = language or meeting.language or "en"
    return chosen if chosen in ("en", "zh", "both") else "en"


def is_formula_like(value: object) -> bool:
    """True for text Excel would turn into a formula if it were typed or left untyped."""
    return isinstance(value, str) and value.startswith(FORMULA_TRIGGERS)


def participant_values(r: Row, language: str) -> dict[str, object]:
    """The raw values of one participant's row (from ``list_records``), by column key."""
    values = {col.key: getattr(r, col.key) for col in COLUMNS[1:]}
    values["role"] = enum_label("role", r.role, language)
    values["rsvp"] = enum_label("rsvp", r.rsvp, language)
    return values


def row_label(r: Row) -> str:
    """How a problem report names a participant: display name and organization."""
    if r.person_id is None:
        return f"seat to be named ({r.org_en})"
    name = display_name(r.family_name, r.given_name or "", r.name_order, "")
    return f"{name} ({r.org_en})"


def _clean_row(values: dict[str, object], line: int, report: CleanReport) -> list[object]:
    row: list[object] = [line - 1]
    for col in COLUMNS[1:]:
        text, removed, spaced = clean_counts(str(values.get(col.key) or ""))
        if removed or spaced:
            report.add(f"row {line}, {col.en}", removed, spaced)
        row.append(text)
    return row


def _too_long(row: list[object], line: int, r: Row) -> list[str]:
    return [
        f"row {line}, {col.en} of {row_label(r)}: {excel_length(value):,} characters, "
        f"more than Excel's {EXCEL_CELL_LIMIT:,}-character cell limit"
        for col, value in zip(COLUMNS, row, strict=True)
        if isinstance(value, str)
        and len(value) > EXCEL_CELL_LIMIT // 2
        and excel_length(value) > EXCEL_CELL_LIMIT
    ]


def build_rows(session: Session, meeting: Meeting, language: str) -> ListRows:
    """Clean and check every value; raise ValidationError listing over-long cells."""
    report, problems, rows = CleanReport(), [], []
    title_attr = title_attribute(meeting.language, language)
    for line, r in enumerate(list_records(session, meeting.id, title_attr), 2):
        row = _clean_row(participant_values(r, language), line, report)
        problems.extend(_too_long(row, line, r))
        rows.append(row)
    if problems:
        raise ValidationError(problems, source="participant list")
    return ListRows(language, rows, report)


def export_participants(
    session: Session,
    meeting_id: int,
    out_path: str | os.PathLike,
    progress: Progress | None = None,
    *,
    language: str | None = None,
    report: CleanReport | None = None,
) -> Path:
    """Write the meeting's participant list to ``out_path`` (.xlsx) and return the path.

    ``progress(done, total, message)`` is called while rows are written.
    ``language`` ("en", "zh", "both") overrides the meeting's language for
    headers and labels; ``report`` receives what cleaning removed. Raises
    NotFoundError, ValidationError (over-long values) or TargetFileError.
    Reads only; the caller's session is not written to.
    """
    from briefing_app.services.participants.layout import write_workbook

    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(f"no meeting with id {meeting_id}")
    data = build_rows(session, meeting, sheet_language(meeting, language))
    if report is not None:
        report.merge(data.report)
    return atomic_write(out_path, lambda tmp: write_workbook(tmp, meeting, data, progress))
