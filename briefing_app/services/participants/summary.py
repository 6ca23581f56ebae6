"""The Summary sheet: counts by RSVP status and by organization.

The counts are COUNTIF/COUNTIFS formulas over whole columns of the
Participants sheet, so they stay right when people edit RSVPs or append rows.
Organization names are matched exactly: the criterion is prefixed with "=" and
the wildcards ``* ? ~`` in names are escaped. These are the only formulas the
workbook contains; labels that look like formulas are written as text.
"""

from __future__ import annotations

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from briefing_app.db.models import Meeting
from briefing_app.domain.enums import Rsvp
from briefing_app.services.participants.columns import COLUMNS, enum_choices, enum_label
from briefing_app.services.participants.export import ListRows, is_formula_like

TITLE_FONT = Font(name="Calibri", bold=True, size=14)
BOLD = Font(name="Calibri", bold=True)
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")


def _col(key: str) -> str:
    """Whole-column reference on the Participants sheet for column ``key``."""
    letter = get_column_letter([c.key for c in COLUMNS].index(key) + 1)
    return f"Participants!${letter}:${letter}"


def _exact(ref: str) -> str:
    """COUNTIF criterion matching the text in cell ``ref`` exactly (wildcards escaped)."""
    escaped = f'SUBSTITUTE(SUBSTITUTE(SUBSTITUTE({ref},"~","~~"),"*","~*"),"?","~?")'
    return f'"="&{escaped}'


def _text(ws, value: str, font: Font | None = None, fill=None) -> WriteOnlyCell:
    cell = WriteOnlyCell(ws, value=value)
    if is_formula_like(value):
        cell.data_type = "s"
        cell.quotePrefix = True
    if font is not None:
        cell.font = font
    if fill is not None:
        cell.fill = fill
    return cell


def _heading(ws, *labels: str) -> list[WriteOnlyCell]:
    return [_text(ws, label, BOLD, HEAD_FILL) for label in labels]


def _organizations(data: ListRows) -> list[tuple[str, str]]:
    """(English, Chinese) names of the participating organizations, in order of precedence."""
    keys = [c.key for c in COLUMNS]
    en, zh = keys.index("org_en"), keys.index("org_zh")
    seen: dict[str, str] = {}
    for row in data.rows:
        seen.setdefault(str(row[en]), str(row[zh]))
    return list(seen.items())


def write_summary_sheet(ws, meeting: Meeting, data: ListRows) -> None:
    """RSVP counts, then per-organization seats and confirmations, as live formulas."""
    from briefing_app.services.participants.layout import text_width
    from briefing_app.services.participants.print_layout import (
        header_footer,
        marking_text,
        meeting_line,
        word,
    )

    lang = data.language

    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = 9  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    # portrait: no room for a third part
    header_footer(ws, meeting, data.language, with_meeting_line=False)
    orgs = _organizations(data)
    longest = max((text_width(en) for en, _ in orgs), default=30)
    ws.column_dimensions["A"].width = min(max(longest, 30), 70) + 2
    ws.column_dimensions["B"].width = 28
    ws.column_dimensions["C"].width = 14
    ws.column_dimensions["D"].width = 18
    title = meeting.title_zh if lang == "zh" and meeting.title_zh else meeting.title
    ws.append([_text(ws, title, TITLE_FONT)])
    ws.append([_text(ws, meeting_line(meeting, lang))])
    ws.append([_text(ws, marking_text(meeting, lang), BOLD)])
    ws.append([])
    ws.append(_heading(ws, word("rsvp_status", lang), word("people", lang)))
    first = 6
    choices = enum_choices("rsvp", data.language)
    rsvp, org = _col("rsvp"), _col("org_en")
    for offset, label in enumerate(choices):
        ws.append([_text(ws, label), f"=COUNTIF({rsvp},A{first + offset})"])
    total_row = first + len(choices)
    ws.append([_text(ws, word("total", lang), BOLD), f"=SUM(B{first}:B{total_row - 1})"])
    ws.append([])
    keys = ("organization", "organization_zh", "people", "confirmed")
    ws.append(_heading(ws, *(word(key, lang) for key in keys)))
    confirmed = enum_label("rsvp", Rsvp.CONFIRMED, data.language)
    attended = enum_label("rsvp", Rsvp.ATTENDED, data.language)
    row = total_row + 3
    for name_en, name_zh in orgs:
        crit = _exact(f"A{row}")
        ws.append(
            [
                _text(ws, name_en),
                _text(ws, name_zh),
                f"=COUNTIF({org},{crit})",
                f'=COUNTIFS({org},{crit},{rsvp},"{confirmed}")'
                f'+COUNTIFS({org},{crit},{rsvp},"{attended}")',
            ]
        )
        row += 1
