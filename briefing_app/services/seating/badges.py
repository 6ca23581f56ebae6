"""Name badges on label sheets (docs/seating.md): a Word table whose cells
are the labels, sized to the twip from the sheet's layout (``label_sheets``).

Each badge: a colour band across the top naming the participant's role (the
colour tells the role at a glance; the word says it for whoever cannot tell
the colours apart), the name on one line in each script shrunk to fit, and
the organization below. All the labels are rows of one table, each of exact
height; the page is cut just under the sheet's last row, so the next sheet's
first row cannot fit and starts the next page at the sheet's top margin."""

from __future__ import annotations

import math
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.oxml.ns import nsdecls
from docx.shared import Mm

from briefing_app.domain.enums import ParticipantRole
from briefing_app.domain.vocabulary import ROLE_WORDS
from briefing_app.services.files import atomic_write
from briefing_app.services.seating.attendees import Attendee, AttendeeList
from briefing_app.services.seating.cards import fill_attendee_table, plain_normal_style
from briefing_app.services.seating.fit import PT_PER_CM, fit_line, width_em
from briefing_app.services.seating.label_sheets import LabelSheet

TWIPS_PER_MM = 1440 / 25.4
#: The band's colour for each role (white text on it); the legend is in docs/seating.md.
ROLE_COLOURS = {
    ParticipantRole.HOST: "C00000",  # red
    ParticipantRole.CHAIR: "7030A0",  # purple
    ParticipantRole.HEAD_OF_DELEGATION: "1F4E79",  # dark blue
    ParticipantRole.MEMBER: "548235",  # green
    ParticipantRole.OBSERVER: "C55A11",  # orange
    ParticipantRole.STAFF: "595959",  # grey
}
PAD = 3.0  # mm inside the label's edges
TITLES = {"en": "Name badges", "zh": "胸卡", "both": "Name badges / 胸卡"}


def _twips(mm: float) -> int:
    return round(mm * TWIPS_PER_MM)


def role_word(role: str, language: str) -> str:
    try:
        en, zh = ROLE_WORDS[ParticipantRole(role)]
    except ValueError:
        en, zh = role.replace("_", " ").capitalize(), ""
    return {"en": en.upper(), "zh": zh or en.upper()}.get(language, f"{en.upper()}  {zh}".strip())


def _para(text: str, size: float, *, bold=False, colour="000000", before=0.0, after=0.0,
          fill: str = "", exact: float = 0.0) -> str:  # fmt: skip
    """One centred paragraph of one run (sizes in points, spacing in mm)."""
    shade = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
    line = (
        f'w:line="{round(exact * 20)}" w:lineRule="exact"'
        if exact
        else 'w:line="240" w:lineRule="auto"'
    )
    half = round(size * 2)
    weight = "<w:b/><w:bCs/>" if bold else ""
    return (
        f'<w:p><w:pPr>{shade}<w:spacing w:before="{_twips(before)}" w:after="{_twips(after)}" '
        f'{line}/><w:jc w:val="center"/></w:pPr><w:r><w:rPr>'
        f'<w:rFonts w:eastAsia="SimSun" w:hint="eastAsia"/>{weight}<w:color w:val="{colour}"/>'
        f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/></w:rPr>'
        f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'
    )


def _height_mm(text: str, size: float, width_cm: float, bold: bool) -> float:
    """Estimated height of a paragraph (its lines wrapped in ``width_cm``)."""
    tall = 1.45 if any("\u2e80" <= c <= "\uffef" for c in text) else 1.2
    lines = max(1, math.ceil(width_em(text, bold) * size / (width_cm * PT_PER_CM)))
    return lines * size * tall * 25.4 / 72


def badge_xml(person: Attendee, sheet: LabelSheet, language: str) -> str:
    """The paragraphs of one badge."""
    h = sheet.label_h
    band = min(8.0, max(4.5, h * 0.12))  # mm
    band_pt = band * 72 / 25.4
    width_cm = (sheet.label_w - 2 * PAD) / 10
    largest = min(26.0, h * 0.4)
    lines = []  # (text, size, bold, colour)
    for i, text in enumerate(person.names[:2]):
        fitted = fit_line(text, width_cm, largest * (0.72 if i else 1.0), 9.0)
        lines.append((fitted.text, fitted.size_pt, True, "000000"))
    org_size = max(8.0, min(12.0, largest * 0.5))
    for text in person.organization[:2]:  # wraps rather than shrinks below a readable size
        fitted = fit_line(text, width_cm, org_size, org_size * 0.85, bold=False)
        lines.append((fitted.text, fitted.size_pt, False, "404040"))
    room = h - PAD - band - 1.5
    block = sum(_height_mm(t, size, width_cm, bold) for t, size, bold, _ in lines)
    before = max(0.0, (room - block) / 2)
    colour = ROLE_COLOURS.get(person.role, "595959")
    out = [_para(role_word(person.role, language), band_pt * 0.55, bold=True, colour="FFFFFF",
                 fill=colour, exact=band_pt, after=1.5)]  # fmt: skip
    for i, (text, size, bold, ink) in enumerate(lines):
        out.append(_para(text, size, bold=bold, colour=ink, before=before if i == 0 else 0))
    return "".join(out)


def _cell(width: float, body: str, outline: bool) -> str:
    borders = ""
    if outline:  # a custom sheet is plain paper: faint lines to cut along
        side = '<w:{0} w:val="dotted" w:sz="4" w:space="0" w:color="BFBFBF"/>'
        borders = (
            "<w:tcBorders>"
            + "".join(side.format(s) for s in ("top", "left", "bottom", "right"))
            + "</w:tcBorders>"
        )
    pad = _twips(PAD)
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{_twips(width)}" w:type="dxa"/>{borders}'
        f'<w:tcMar><w:top w:w="{pad}" w:type="dxa"/><w:left w:w="{pad}" w:type="dxa"/>'
        f'<w:bottom w:w="0" w:type="dxa"/><w:right w:w="{pad}" w:type="dxa"/></w:tcMar>'
        f"</w:tcPr>{body or '<w:p/>'}</w:tc>"
    )


def _row(height: float, cells: str) -> str:
    return (
        f'<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="{_twips(height)}" w:hRule="exact"/>'
        f"</w:trPr>{cells}</w:tr>"
    )


def _widths(sheet: LabelSheet) -> list[float]:
    widths = []
    for c in range(sheet.cols):
        if c and sheet.gap_x > 0:
            widths.append(sheet.gap_x)
        widths.append(sheet.label_w)
    return widths


def _label_row(badges: list[str], sheet: LabelSheet) -> str:
    cells = []
    outline = sheet.key == "custom"
    for c in range(sheet.cols):
        if c and sheet.gap_x > 0:
            cells.append(_cell(sheet.gap_x, "", False))
        cells.append(_cell(sheet.label_w, badges[c] if c < len(badges) else "", outline))
    return _row(sheet.label_h, "".join(cells))


def _gap_row(sheet: LabelSheet) -> str:
    return _row(sheet.gap_y, "".join(_cell(w, "", False) for w in _widths(sheet)))


def table_xml(badges: list[str], sheet: LabelSheet) -> str:
    """Every label of every sheet as rows of one table (gap rows between rows of a sheet)."""
    rows = []
    for start in range(0, max(1, len(badges)), sheet.cols):
        if start and (start // sheet.cols) % sheet.rows and sheet.gap_y > 0:
            rows.append(_gap_row(sheet))
        rows.append(_label_row(badges[start : start + sheet.cols], sheet))
    widths = _widths(sheet)
    grid = "".join(f'<w:gridCol w:w="{_twips(w)}"/>' for w in widths)
    zero = "".join(f'<w:{s} w:w="0" w:type="dxa"/>' for s in ("top", "left", "bottom", "right"))
    return (
        f"<w:tbl {nsdecls('w')}><w:tblPr>"
        f'<w:tblW w:w="{sum(_twips(w) for w in widths)}" w:type="dxa"/>'
        f'<w:tblInd w:w="0" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
        f'<w:tblCellMar>{zero}</w:tblCellMar><w:tblLook w:val="0000"/></w:tblPr>'
        f"<w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
    )


def _page(document, sheet: LabelSheet) -> None:
    page_w, page_h = sheet.page
    section = document.sections[0]
    section.page_width, section.page_height = Mm(page_w), Mm(page_h)
    section.left_margin, section.top_margin = Mm(sheet.left), Mm(sheet.top)
    section.right_margin = Mm(max(0.0, page_w - sheet.left - sum(_widths(sheet))))
    # the body ends a little under the sheet's last row: room for the paragraph
    # Word needs after a table, never for another row of labels
    section.bottom_margin = Mm(max(0.0, sheet.bottom - min(sheet.bottom, sheet.label_h / 2, 8.0)))
    section.header_distance = section.footer_distance = Mm(0)
    plain_normal_style(document)


def build_badges(people: AttendeeList, sheet: LabelSheet, progress=None):
    """The badges as an unsaved python-docx Document."""
    document = Document()
    _page(document, sheet)
    return fill_attendee_table(
        document, people, lambda person: badge_xml(person, sheet, people.language),
        lambda badges: table_xml(badges, sheet), TITLES[people.language], progress,
    )  # fmt: skip


def write_badges(people: AttendeeList, out: str | Path, sheet: LabelSheet, progress=None) -> Path:
    """Write the badges to ``out`` (.docx) atomically; return the path."""
    document = build_badges(people, sheet, progress)
    return atomic_write(out, lambda tmp: document.save(str(tmp)))
