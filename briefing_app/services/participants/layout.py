"""The participant workbook's layout: styles, table, drop-downs, print setup,
header/footer, properties and the Summary sheet.

Written with openpyxl's write-only mode: the sheet is streamed row by row, so
everything that precedes the rows in the file (views, column widths) is set
before the first row. Only the Summary sheet contains formulas, and those are
COUNTIF/COUNTIFS over the participant table, written on purpose.
"""

from __future__ import annotations

import unicodedata
import warnings
from copy import copy
from datetime import UTC, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from briefing_app.db.models import Meeting
from briefing_app.domain.names import is_right_to_left
from briefing_app.services.participants.columns import COLUMNS, enum_choices
from briefing_app.services.participants.export import ListRows, Progress, is_formula_like
from briefing_app.services.participants.print_layout import (
    GROUP_KEYS,
    fit_printed,
    meeting_line,
    setup_print,
)

SHEET = "Participants"
SUMMARY = "Summary"
TABLE = "ParticipantList"
#: Rows below the data that still get the RSVP/role drop-downs (rows people append).
SPARE_ROWS = 500
HEADER_FONT = Font(name="Calibri", bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
ID_FONT = Font(name="Calibri", color="808080", italic=True)
ID_FILL = PatternFill("solid", fgColor="EDEDED")
TOP = Alignment(vertical="top")
WRAP = Alignment(vertical="top", wrap_text=True)
#: The row number, centred: it never runs into the organization beside it.
CENTERED = Alignment(vertical="top", horizontal="center")
HEADER_ALIGN = Alignment(vertical="center", horizontal="center", wrap_text=True)
#: Arabic or Hebrew text: reading order right to left, aligned right.
RTL = Alignment(vertical="top", horizontal="right", wrap_text=True, readingOrder=2)
THIN = Border(bottom=Side(style="thin", color="1F4E79"))
MAX_WIDTH = 50
LINE_HEIGHT = 15  # points per line of 11-point text
#: Chinese, Japanese and Korean lines are taller (Noto CJK): two lines of them at 15
#: points were cut at the bottom in LibreOffice, and a one-line row was too short.
EAST_ASIAN_LINE_HEIGHT = 18
#: Points below wrapped text (in print, four lines at 15 points touched the rule below).
ROW_PADDING = 4


def _wide(ch: str) -> bool:
    """An East Asian wide character (Chinese, Japanese, Korean)."""
    return unicodedata.east_asian_width(ch) in "WF"


def text_width(text: str) -> int:
    """Display width in Excel character units: East Asian wide characters count two."""
    if text.isascii():
        return len(text)
    return sum(2 if _wide(ch) else 1 for ch in text)


def _line_height(text: str) -> float:
    """Points per line of ``text``: taller when it holds East Asian characters."""
    return LINE_HEIGHT if text.isascii() or not any(map(_wide, text)) else EAST_ASIAN_LINE_HEIGHT


def column_widths(rows: list[list[object]], headers: list[str]) -> list[float]:
    """Widths that fit the content, capped per column (wrapping columns wrap beyond)."""
    widths = []
    for idx, col in enumerate(COLUMNS):
        longest = max((text_width(str(r[idx])) for r in rows if r[idx] != ""), default=0)
        words = max((text_width(w) for w in headers[idx].split()), default=4)
        cap = col.width if col.wrap else MAX_WIDTH
        widths.append(min(max(longest, words + 3, 5), cap) + 2)
    return widths


def line_count(text: str, width: float) -> int:
    """Lines ``text`` needs when word-wrapped in a column ``width`` characters wide.

    An estimate: proportional Latin text averages a little under one width unit a
    character, so a line holds about 10% more than ``width`` characters.
    """
    usable = max(width * 1.1 - 1, 1)
    lines = 0
    for paragraph in text.split("\n"):
        used, lines = 0.0, lines + 1
        for word in paragraph.split(" "):
            size = text_width(word)
            if used and used + 1 + size > usable:
                lines, used = lines + 1, 0.0
            used += (1 if used else 0) + size
            while used > usable:  # a word longer than the line (or CJK text) breaks anywhere
                lines, used = lines + 1, used - usable
    return lines


def row_height(row: list[object], widths: list[float], shown=None) -> float | None:
    """Height for a row whose wrapped text needs more than one line (None: default).
    ``shown(column)`` says whether a column's text is printed on this row (default: all).
    Text of several lines gets ``ROW_PADDING`` below it, so its last line does not sit
    on the row's bottom rule in print."""
    height, lines = max(
        (
            (count * _line_height(v), count)
            for c, v, w in zip(COLUMNS, row, widths, strict=True)
            if c.wrap and isinstance(v, str) and v and (shown is None or shown(c))
            for count in (line_count(v, w),)
        ),
        default=(LINE_HEIGHT, 1),
    )
    if lines > 1:
        height += ROW_PADDING
    return height if height > LINE_HEIGHT else None


STYLE_TEXT = "Participant list text"
STYLE_WRAP = "Participant list wrapped text"
STYLE_ID = "Participant list record ID"
STYLE_HEADER = "Participant list header"
STYLE_ID_HEADER = "Participant list record ID header"
STYLE_RTL = "Participant list right-to-left"
STYLE_NO = "Participant list number"
#: Columns whose text may be in a right-to-left script (laid out right to left).
RTL_COLUMNS = frozenset({"org_native", "native_name"})


def add_named_styles(wb: Workbook) -> None:
    """Named cell styles (staff can restyle them in Excel; cheap to apply per cell)."""
    plain, top = Font(name="Calibri", size=11), Alignment(vertical="top")
    for name, font, fill, alignment in (
        (STYLE_TEXT, plain, None, top),
        (STYLE_WRAP, plain, None, WRAP),
        (STYLE_ID, ID_FONT, ID_FILL, top),
        (STYLE_HEADER, HEADER_FONT, HEADER_FILL, HEADER_ALIGN),
        (STYLE_ID_HEADER, HEADER_FONT, ID_FILL, HEADER_ALIGN),
        (STYLE_RTL, plain, None, RTL),
        (STYLE_NO, plain, None, CENTERED),
    ):
        style = NamedStyle(name=name, font=font, alignment=alignment)
        if fill is not None:
            style.fill = fill
        wb.add_named_style(style)


def styled(ws, value: object, style: str | None, cache: dict | None = None) -> WriteOnlyCell:
    """A cell with a named style; text that looks like a formula stays text (quote prefix).

    Setting ``cell.style`` looks the name up each time; with a ``cache`` (one per
    workbook) the resulting style array is copied instead, as openpyxl itself does.
    """
    cell = WriteOnlyCell(ws, value=value)
    cached = cache.get(style) if cache is not None else None
    if cached is not None:
        cell._style = copy(cached)
    elif style is not None:
        cell.style = style
        if cache is not None:
            cache[style] = copy(cell._style)
    if is_formula_like(value):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def _data_row(ws, row: list[object], tall: bool, cache: dict) -> list[object]:
    """Cells of one row: plain values where no style is needed (fast), styled otherwise."""
    cells: list[object] = []
    for col, value in zip(COLUMNS, row, strict=True):
        if value == "":
            cells.append(None)
            continue
        if col.key == "uid":
            style = STYLE_ID
        elif col.key == "no":
            style = STYLE_NO
        elif col.key in RTL_COLUMNS and is_right_to_left(value):
            style = STYLE_RTL
        elif tall:  # a row with text over several lines: wrap, and align everything on top
            style = STYLE_WRAP if col.wrap else STYLE_TEXT
        else:  # one-line row: nothing to wrap, default style (fast)
            style = None
        plain = style is None and not is_formula_like(value)
        cells.append(value if plain else styled(ws, value, style, cache))
    return cells


def _setup_participant_sheet(ws, meeting: Meeting, data: ListRows, headers: list[str]) -> None:
    """Views, widths, print setup and header/footer: all set before the first row."""
    ws.freeze_panes = "C2"
    widths = fit_printed(column_widths(data.rows, headers))
    for idx, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(idx)].width = width
    header_lines = max(line_count(h, w) for h, w in zip(headers, widths, strict=True))
    ws.row_dimensions[1].height = header_lines * LINE_HEIGHT + 4
    org = [c.key for c in COLUMNS].index("org_en")
    for number, row in enumerate(data.rows, 2):
        grouped = number > 2 and row[org] == data.rows[number - 3][org]
        height = row_height(row, widths, lambda c, g=grouped: not (g and c.key in GROUP_KEYS))
        if height:
            ws.row_dimensions[number].height = height
    setup_print(ws, meeting, widths, len(data.rows), data.language)


def _validations(ws, language: str, last_row: int) -> None:
    """Drop-downs on the Role and RSVP columns, for the data rows and spare rows below."""
    keys = [c.key for c in COLUMNS]
    for kind, title in (("role", "Role"), ("rsvp", "RSVP")):
        letter = get_column_letter(keys.index(kind) + 1)
        choices = enum_choices(kind, language)
        dv = DataValidation(
            type="list",
            formula1='"' + ",".join(choices) + '"',
            allow_blank=True,
            showErrorMessage=True,
            errorTitle=f"{title} not in the list",
            error=f"Choose one of: {', '.join(choices)}",
        )
        dv.add(f"{letter}2:{letter}{last_row + SPARE_ROWS}")
        ws.data_validations.append(dv)


def _table(ws, headers: list[str], rows: int) -> None:
    ref = f"A1:{get_column_letter(len(headers))}{max(rows, 1) + 1}"
    table = Table(displayName=TABLE, ref=ref)
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    table.tableColumns = [TableColumn(id=i, name=h) for i, h in enumerate(headers, 1)]
    table.autoFilter = AutoFilter(ref=ref)
    with warnings.catch_warnings():  # write-only mode warns that columns must be set: they are
        warnings.filterwarnings("ignore", "In write-only mode", UserWarning)
        ws.add_table(table)


def write_participants_sheet(ws, meeting: Meeting, data: ListRows, progress) -> None:
    headers = [c.header(data.language) for c in COLUMNS]
    _setup_participant_sheet(ws, meeting, data, headers)
    _validations(ws, data.language, len(data.rows) + 1)
    _table(ws, headers, len(data.rows))
    ws.append(
        [
            styled(ws, h, STYLE_ID_HEADER if c.key == "uid" else STYLE_HEADER)
            for c, h in zip(COLUMNS, headers, strict=True)
        ]
    )
    total = len(data.rows)
    tall = {n for n in range(2, total + 2) if ws.row_dimensions.get(n) is not None}
    cache: dict = {}
    for done, row in enumerate(data.rows, 1):
        ws.append(_data_row(ws, row, done + 1 in tall, cache))
        if progress is not None and (done % 200 == 0 or done == total):
            progress(done, total, f"writing participant {done} of {total}")
    if not data.rows:
        ws.append([None])  # an Excel table needs one data row


def set_properties(wb: Workbook, meeting: Meeting) -> None:
    """Workbook properties set on purpose (never openpyxl's defaults)."""
    props = wb.properties
    now = datetime.now(UTC).replace(tzinfo=None)
    props.title = f"{meeting.title} — participants"
    props.subject = "Participant list"
    props.creator = props.lastModifiedBy = "Briefing App"
    props.category = meeting.classification or ""
    props.keywords = "participants; RSVP"
    props.description = meeting_line(meeting)
    props.created = props.modified = now
    props.language = {"zh": "zh-CN"}.get(meeting.language or "en", "en")


def write_workbook(path: Path, meeting: Meeting, data: ListRows, progress: Progress | None) -> None:
    """Write the whole workbook to ``path`` (a temporary file the caller moves into place)."""
    from briefing_app.services.participants.summary import write_summary_sheet

    wb = Workbook(write_only=True)
    add_named_styles(wb)
    set_properties(wb, meeting)
    wb.calculation.fullCalcOnLoad = True
    write_participants_sheet(wb.create_sheet(SHEET), meeting, data, progress)
    write_summary_sheet(wb.create_sheet(SUMMARY), meeting, data)
    wb.save(path)
