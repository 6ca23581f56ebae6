"""How the participant list prints: the venue's columns on A4 landscape at a
readable size, delegations grouped, header and footer in the list's language.

The printed columns (``columns.PRINTED``, from column A) are printed one page
wide (fit to width), and narrowed so that this needs a scale of at least
``MIN_SCALE`` percent (11-point text prints at 9 points or more): wrapping
columns are narrowed until they fit. Widths are measured as LibreOffice lays
them out (8 pixels a character, wider than Excel's 7), so Excel prints larger. The other
columns stay in the sheet, outside the print area. A delegation's rows are one
group: the organization is printed on its first row only and a rule separates
groups (conditional formatting, so every row keeps its organization for
sorting, filtering and the import).
"""

from __future__ import annotations

from datetime import date

from openpyxl.formatting.rule import Rule
from openpyxl.styles import Border, Side
from openpyxl.styles.differential import DifferentialStyle
from openpyxl.styles.numbers import NumberFormat
from openpyxl.utils import get_column_letter

from briefing_app.db.models import Meeting
from briefing_app.domain.vocabulary import marking_pair
from briefing_app.services.pack.fmt import place_line
from briefing_app.services.pack.labels import pick_pair
from briefing_app.services.participants.columns import COLUMNS, PRINTED

#: Smallest print scale: the sheet's 11-point text prints at 9 points or more.
MIN_SCALE = 82
TEXT_POINTS = 11
#: A4 landscape width, side margins (inches), and a safety share.
PAGE_WIDTH_PT = 841.9
SIDE_MARGIN_IN = 0.3
SAFETY = 0.98
#: Columns grouped: the delegation's names, printed on a group's first row only.
GROUP_KEYS = ("org_en", "org_zh")
GROUP_RULE = Side(style="medium", color="1F4E79")

#: Header/footer words (English, Chinese); "&" codes are Excel's (&P page, &N pages).
_WORDS = {
    "participants": ("participants", "参会人员名单"),
    "page": ("Page &P of &N", "第 &P 页，共 &N 页"),
    "as_of": ("As of", "截至"),
    # The Summary sheet's headings.
    "rsvp_status": ("RSVP status", "出席回复情况"),
    "people": ("Participants", "人数"),
    "total": ("Total", "合计"),
    "organization": ("Organization", "单位（英文）"),
    "organization_zh": ("Organization (Chinese)", "单位（中文）"),
    "confirmed": ("Confirmed/attended", "已确认/已出席"),
}


def column_points(width: float) -> float:
    """Printed width in points at 100% of a column ``width`` characters wide (11-point
    text, 96 dpi; 8 pixels a character as LibreOffice measures, Excel uses 7)."""
    return (width * 8 + 5) * 0.75


def usable_points() -> float:
    return (PAGE_WIDTH_PT - 2 * SIDE_MARGIN_IN * 72) * SAFETY


def fit_printed(widths: list[float]) -> list[float]:
    """``widths`` with the printed wrapping columns narrowed until they fit at MIN_SCALE."""
    fitted = list(widths)
    limit = usable_points() * 100 / MIN_SCALE
    wrapping = [i for i in range(PRINTED) if COLUMNS[i].wrap]
    while sum(column_points(w) for w in fitted[:PRINTED]) > limit:
        widest = max(wrapping, key=lambda i: fitted[i])
        if fitted[widest] <= 6:
            break
        fitted[widest] -= 1
    return fitted


def print_scale(widths: list[float]) -> float:
    """Scale (percent) at which the printed columns fill the page width, 100 at most."""
    total = sum(column_points(w) for w in widths[:PRINTED])
    return min(100.0, usable_points() * 100 / total)


def setup_print(ws, meeting: Meeting, widths: list[float], rows: int, language: str) -> None:
    """Page, scale, print area (printed columns only), titles, groups, header and footer."""
    setup = ws.page_setup
    setup.orientation = "landscape"
    setup.paperSize = 9  # A4
    setup.fitToWidth = 1  # at print_scale(widths) >= MIN_SCALE: see fit_printed
    setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = True
    ws.print_title_rows = "1:1"
    ws.print_area = f"A1:{get_column_letter(PRINTED)}{rows + 1}"
    ws.page_margins.left = ws.page_margins.right = SIDE_MARGIN_IN
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    ws.page_margins.header = ws.page_margins.footer = 0.3
    group_delegations(ws, rows)
    header_footer(ws, meeting, language)


def group_delegations(ws, rows: int) -> None:
    """A rule above each delegation; its names shown on its first row only."""
    if rows < 2:
        return
    keys = [c.key for c in COLUMNS]
    first = get_column_letter(keys.index("org_en") + 1)
    same = f"${first}3=${first}2"
    hidden = DifferentialStyle(numFmt=NumberFormat(numFmtId=200, formatCode=";;;"))
    for key in GROUP_KEYS:
        letter = get_column_letter(keys.index(key) + 1)
        rule = Rule(type="expression", dxf=hidden, formula=[same])
        ws.conditional_formatting.add(f"{letter}3:{letter}{rows + 1}", rule)
    ruled = DifferentialStyle(border=Border(top=GROUP_RULE))
    rule = Rule(type="expression", dxf=ruled, formula=[f"${first}3<>${first}2"])
    ws.conditional_formatting.add(f"A3:{get_column_letter(PRINTED)}{rows + 1}", rule)


def _escape_hf(text: str) -> str:
    """Header/footer text with '&' escaped (it starts a code there)."""
    return text.replace("&", "&&")


def word(key: str, language: str) -> str:
    """A fixed word of the list's header, footer or Summary sheet in ``language``."""
    en, zh = _WORDS[key]
    return en if language == "both" and key == "page" else pick_pair(en, zh, language)


_word = word


def meeting_line(meeting: Meeting, language: str = "en") -> str:
    """Date (ISO), venue and city of the meeting, joined by " · " (in Chinese the city,
    then the venue, in Chinese where they have it: ``fmt.place_line``)."""
    when = meeting.starts_at.date().isoformat() if meeting.starts_at else ""
    venue = (meeting.venue or "", meeting.venue_zh or "")
    city = (meeting.city or "", meeting.city_zh or "")
    place = place_line(venue, city, language, " · ", " / ")
    return " · ".join(part for part in (when, place) if part)


def marking_text(meeting: Meeting, language: str) -> str:
    """The meeting's classification marking in ``language`` (the Chinese form where it
    has one, ``vocabulary.marking_pair``; "" when the meeting has none)."""
    en, zh = marking_pair(meeting.classification or "", meeting.classification_zh or "")
    return pick_pair(en or zh, zh or en, language)


def list_title(meeting: Meeting, language: str) -> str:
    """'Roundtable 2022 — participants' in the list's language."""
    title = meeting.title_zh if language == "zh" and meeting.title_zh else meeting.title
    return f"{title} — {_word('participants', language)}"


def header_footer(ws, meeting: Meeting, language: str, with_meeting_line: bool = True) -> None:
    """Title (and meeting line) in the header; marking left in header and footer;
    page X of Y and the list's date (ISO) in the footer; words in ``language``."""
    marking = _escape_hf(marking_text(meeting, language))
    ws.oddHeader.left.text = marking
    ws.oddHeader.center.text = _escape_hf(list_title(meeting, language))
    line = meeting_line(meeting, language) if with_meeting_line else ""
    ws.oddHeader.right.text = _escape_hf(line)
    ws.oddFooter.left.text = marking
    ws.oddFooter.center.text = _word("page", language)
    ws.oddFooter.right.text = f"{_word('as_of', language)} {date.today().isoformat()}"
    for part in (ws.oddHeader.left, ws.oddHeader.right, ws.oddFooter.left, ws.oddFooter.right):
        part.size = 8
    ws.oddHeader.center.font = "Calibri,Bold"
    if marking:
        ws.oddHeader.left.font = ws.oddFooter.left.font = "Calibri,Bold"
