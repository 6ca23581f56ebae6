"""Place cards: tent cards folded from A4 or Letter (docs/seating.md).

One card a page. The sheet is folded across its middle into a tent; each half
is one face, and the two faces are upside down to each other so that both read
upright from their side of the table. The page is laid out landscape: a
one-row table whose two middle cells are the faces, their text turned by
Word's table-cell text direction (``tbRl`` on the left half, ``btLr`` on the
right: together the 180° between the faces; Word turns every character with
the line, Chinese included). LibreOffice 7.4 draws the text of a rotated
DrawingML text box unrotated, and in a ``tbRl`` cell it stands Chinese
characters upright as in vertical writing: so the PDF is made from an
OpenDocument version of the same pages (``cards_odt``), which LibreOffice
draws right. The fold is the dashed line between the two faces; the outer
cells hold the seat number and the meeting's marking in small type at each
face's foot.

Each card is one row of exact height: two rows never fit a page, so each row
(each card) takes its own page with no section or page breaks. Each name is
on one line at the largest size that fits (``fit.fit_line``), held together
with no-break joins; a name too long even at the smallest size wraps. The
organization (``--org``) goes under the name in smaller type."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

from briefing_app.services.files import atomic_write
from briefing_app.services.seating.attendees import Attendee, AttendeeList
from briefing_app.services.seating.chart import _properties
from briefing_app.services.seating.drawing import Line, _run
from briefing_app.services.seating.fit import fit_line

#: Paper sizes (short side, long side) in cm; the card page is laid out landscape.
PAPERS = {"a4": (21.0, 29.7), "letter": (21.59, 27.94)}
#: cm: free at both ends of a name line (the card's sides), page margins left and
#: right, the strip at each face's foot (seat, marking), the last paragraph's room.
SIDE, EDGE, FOOT, SPARE = 1.5, 0.8, 1.4, 0.4
TWIPS_PER_CM = 1440 / 2.54
#: Largest sizes (pt) of a name line: one line (Latin, Chinese), two lines (first, second).
NAME_MAX = {"latin": 48.0, "cjk": 60.0, "first": 54.0, "second": 36.0}
NAME_MIN = 16.0
ORG_MAX, ORG_MIN = 20.0, 14.0  # an organization too long at 14 pt wraps
SEAT_WORD = {"en": "Seat {n}", "zh": "座位 {n}", "both": "Seat 座位 {n}"}
TITLES = {"en": "Place cards", "zh": "桌签", "both": "Place cards / 桌签"}


@dataclass(frozen=True)
class CardOptions:
    paper: str = "a4"
    organization: bool = False


@dataclass(frozen=True)
class CardGeometry:
    """Where things are on a card's (landscape) page, in cm."""

    page_w: float
    page_h: float

    @property
    def row(self) -> float:
        """The card's row height: the length of a name line (the face's width)."""
        return self.page_h - 2 * SIDE

    @property
    def face(self) -> float:
        return (self.page_w - 2 * EDGE) / 2

    @property
    def line(self) -> float:
        """Room for a name along its line."""
        return self.row - 0.6


def geometry(paper: str) -> CardGeometry:
    short, long = PAPERS[paper]
    return CardGeometry(long, short)


def _is_cjk(text: str) -> bool:
    return any("\u2e80" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" for c in text)


def _name_lines(person: Attendee, width: float) -> list[Line]:
    lines = []
    two = len(person.names) > 1
    for i, text in enumerate(person.names[:2]):
        if two:
            largest = NAME_MAX["second" if i else "first"]
        else:
            largest = NAME_MAX["cjk" if _is_cjk(text) else "latin"]
        fitted = fit_line(text, width, largest, NAME_MIN if i == 0 else NAME_MIN * 0.8)
        lines.append(Line(fitted.text, fitted.size_pt, bold=True))
    return lines


def card_lines(person: Attendee, width: float, organization: bool) -> tuple[Line, ...]:
    """A face's text: the name's lines, then (if asked) the organization's."""
    lines = _name_lines(person, width)
    if organization and person.organization:
        lines.append(Line("", ORG_MIN * 0.6))  # a little air between name and organization
        for text in person.organization:
            fitted = fit_line(text, width, ORG_MAX, ORG_MIN, bold=False)
            lines.append(Line(fitted.text, fitted.size_pt, colour="404040"))
    return tuple(lines)


def _twips(cm: float) -> int:
    return round(cm * TWIPS_PER_CM)


def _cell(width: float, direction: str, paragraphs: str, fold: str = "") -> str:
    border = (
        f'<w:tcBorders><w:{fold} w:val="dashed" w:sz="4" w:space="0" w:color="A6A6A6"/>'
        "</w:tcBorders>" if fold else ""
    )  # fmt: skip
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{_twips(width)}" w:type="dxa"/>{border}'
        f'<w:textDirection w:val="{direction}"/><w:vAlign w:val="center"/></w:tcPr>'
        f"{paragraphs or '<w:p/>'}</w:tc>"
    )


def foot_line(person: Attendee, cards: AttendeeList) -> Line | None:
    """The small print at a face's foot: seat number and the meeting's marking."""
    parts = [SEAT_WORD[cards.language].format(n=person.seat)] if person.seat else []
    parts += [cards.marking] if cards.marking else []
    return Line("   ·   ".join(parts), 7.5, colour="808080") if parts else None


def card_row(person: Attendee, cards: AttendeeList, options: CardOptions) -> str:
    """One card: a row of four cells (foot, near face | far face, foot)."""
    g = geometry(options.paper)
    text = "".join(_run(line) for line in card_lines(person, g.line, options.organization))
    small = foot_line(person, cards)
    foot = _run(small) if small else ""
    name_w = g.face - FOOT
    return (
        f'<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="{_twips(g.row)}" w:hRule="exact"/>'
        "</w:trPr>"
        + _cell(FOOT, "tbRl", foot)
        + _cell(name_w, "tbRl", text, fold="right")
        + _cell(name_w, "btLr", text)
        + _cell(FOOT, "btLr", foot)
        + "</w:tr>"
    )


def _table(rows: list[str], options: CardOptions) -> str:
    g = geometry(options.paper)
    widths = (FOOT, g.face - FOOT, g.face - FOOT, FOOT)
    grid = "".join(f'<w:gridCol w:w="{_twips(w)}"/>' for w in widths)
    return (
        f"<w:tbl {nsdecls('w')}><w:tblPr>"
        f'<w:tblW w:w="{_twips(sum(widths))}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
        '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="0" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>'
        '<w:tblLook w:val="0000"/>'
        f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
    )


def _page(document, paper: str) -> None:
    g = geometry(paper)
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(g.page_w), Cm(g.page_h)
    section.left_margin = section.right_margin = Cm(EDGE)
    section.top_margin = Cm(SIDE)
    section.bottom_margin = Cm(SIDE - SPARE)  # room for the paragraph after the table
    plain_normal_style(document)


def plain_normal_style(document) -> None:
    """Calibri 10 pt (SimSun for Chinese), no space after paragraphs."""
    normal = document.styles["Normal"]
    normal.font.name, normal.font.size = "Calibri", Pt(10)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "SimSun")
    normal.paragraph_format.space_after = Pt(0)


def add_table(document, table_xml: str) -> None:
    """Put ``table_xml`` in the body, then the paragraph Word needs after a
    table: 1 point high, so it fits under the last row of a full page."""
    sect = document.element.body[-1]
    sect.addprevious(parse_xml(table_xml))
    sect.addprevious(parse_xml(
        f'<w:p {nsdecls("w")}><w:pPr><w:spacing w:before="0" w:after="0" w:line="20" '
        'w:lineRule="exact"/><w:rPr><w:sz w:val="2"/></w:rPr></w:pPr></w:p>'
    ))  # fmt: skip


def fill_attendee_table(
    document, people: AttendeeList, make_row, make_table, title: str, progress=None
):
    """One table of a row XML per attendee (``make_row(person)``; ``make_table(rows)``
    the table's XML), progress told every 25; the document titled ``title: meeting``
    and marked. The place cards' and the badges' body. Returns ``document``."""
    rows = []
    for n, person in enumerate(people.attendees):
        rows.append(make_row(person))
        if progress is not None and n % 25 == 0:
            progress(n, len(people.attendees))
    add_table(document, make_table(rows))
    _properties(document, f"{title}: {people.meeting_title}", people.marking)
    return document


def build_cards(cards: AttendeeList, options: CardOptions, progress=None):
    """The cards as an unsaved python-docx Document (one page a card)."""
    if options.paper not in PAPERS:
        raise ValueError(f"unknown paper {options.paper!r}")
    document = Document()
    _page(document, options.paper)
    return fill_attendee_table(
        document, cards, lambda person: card_row(person, cards, options),
        lambda rows: _table(rows, options), TITLES[cards.language], progress,
    )  # fmt: skip


def write_cards(cards: AttendeeList, out: str | Path, options: CardOptions, progress=None) -> Path:
    """Write the place cards to ``out`` (.docx) atomically; return the path."""
    document = build_cards(cards, options, progress)
    return atomic_write(out, lambda tmp: document.save(str(tmp)))
