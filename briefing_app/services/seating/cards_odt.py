"""The place cards as an OpenDocument text (flat .fodt), the source of their PDF.

LibreOffice 7.4 draws the text of Word's 90° cell text direction (``tbRl``)
with Chinese characters upright, stacked as in vertical Chinese writing,
where Word turns them with the line; nor does it turn the text of a rotated
DOCX text box. Its own drawing shapes turn their text with them, Chinese
included. So the PDF is made from this document: the same landscape pages as
the Word file (``cards.card_lines``, ``cards.geometry``), each face a
rectangle shape turned by 90° one way or the other."""

from __future__ import annotations

import math
from pathlib import Path
from xml.sax.saxutils import escape

from briefing_app.services.files import atomic_write
from briefing_app.services.seating.attendees import AttendeeList
from briefing_app.services.seating.cards import (
    EDGE,
    FOOT,
    CardOptions,
    card_lines,
    foot_line,
    geometry,
)
from briefing_app.services.seating.drawing import Line

_PARTS = {
    "office": "office:1.0",
    "style": "style:1.0",
    "text": "text:1.0",
    "draw": "drawing:1.0",
    "fo": "xsl-fo-compatible:1.0",
    "svg": "svg-compatible:1.0",
}
_NS = " ".join(f'xmlns:{k}="urn:oasis:names:tc:opendocument:xmlns:{v}"' for k, v in _PARTS.items())
_NS += ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
_GEOMETRY = (
    '<draw:enhanced-geometry svg:viewBox="0 0 21600 21600" draw:type="rectangle" '
    'draw:enhanced-path="M 0 0 L 21600 0 21600 21600 0 21600 0 0 Z N"/>'
)
_SHAPE_STYLE = (
    '<style:style style:name="face" style:family="graphic"><style:graphic-properties '
    'draw:stroke="none" draw:fill="none" draw:textarea-vertical-align="middle" '
    'draw:textarea-horizontal-align="justify" fo:padding-top="0cm" fo:padding-bottom="0cm" '
    'fo:padding-left="0cm" fo:padding-right="0cm" draw:auto-grow-height="false" '
    'draw:auto-grow-width="false" style:wrap="run-through" style:run-through="foreground"/>'
    '</style:style><style:style style:name="fold" style:family="graphic">'
    '<style:graphic-properties draw:stroke="dash" draw:stroke-dash="fold" '
    'svg:stroke-color="#a6a6a6" svg:stroke-width="0.02cm" style:wrap="run-through" '
    'style:run-through="foreground"/></style:style>'
    '<style:style style:name="next" style:family="paragraph">'
    '<style:paragraph-properties fo:break-before="page"/></style:style>'
)


class _Styles:
    """Paragraph styles, one per (size, bold, colour) used."""

    def __init__(self) -> None:
        self.names: dict[tuple, str] = {}

    def name(self, line: Line) -> str:
        key = (line.size_pt, line.bold, line.colour)
        return self.names.setdefault(key, f"L{len(self.names) + 1}")

    def xml(self) -> str:
        out = []
        for (size, bold, colour), name in self.names.items():
            weight = 'fo:font-weight="bold" style:font-weight-asian="bold" ' if bold else ""
            out.append(
                f'<style:style style:name="{name}" style:family="paragraph">'
                '<style:paragraph-properties fo:text-align="center" fo:margin-top="0cm" '
                'fo:margin-bottom="0cm"/><style:text-properties fo:font-family="Calibri" '
                "style:font-family-asian=\"'Noto Sans CJK SC'\" "
                f'fo:font-size="{size}pt" style:font-size-asian="{size}pt" {weight}'
                f'fo:color="#{colour}"/></style:style>'
            )
        return "".join(out)


def _shape(page: int, left: float, top: float, along: float, across: float,
           clockwise: bool, paragraphs: str) -> str:  # fmt: skip
    """A text shape turned by 90°: ``along`` its lines (cm), ``across`` them; its
    turned box's top-left corner at (``left``, ``top``) on the page."""
    if clockwise:
        angle, x, y = -math.pi / 2, left + across, top
    else:
        angle, x, y = math.pi / 2, left, top + along
    return (
        f'<draw:custom-shape text:anchor-type="page" text:anchor-page-number="{page}" '
        f'draw:style-name="face" svg:width="{along:.3f}cm" svg:height="{across:.3f}cm" '
        f'draw:transform="rotate ({angle:.10f}) translate ({x:.3f}cm {y:.3f}cm)">'
        f"{paragraphs}{_GEOMETRY}</draw:custom-shape>"
    )


def _paragraphs(lines, styles: _Styles) -> str:
    return "".join(
        f'<text:p text:style-name="{styles.name(line)}">{escape(line.text)}</text:p>'
        for line in lines
    )


def _card(page: int, person, cards: AttendeeList, options: CardOptions, styles: _Styles) -> str:
    g = geometry(options.paper)
    top = (g.page_h - g.row) / 2
    text = _paragraphs(card_lines(person, g.line, options.organization), styles)
    name_w = g.face - FOOT
    middle = g.page_w / 2
    shapes = [
        _shape(page, middle - name_w, top, g.row, name_w, True, text),
        _shape(page, middle, top, g.row, name_w, False, text),
        f'<draw:line text:anchor-type="page" text:anchor-page-number="{page}" '
        f'draw:style-name="fold" svg:x1="{middle:.3f}cm" svg:y1="{top:.3f}cm" '
        f'svg:x2="{middle:.3f}cm" svg:y2="{top + g.row:.3f}cm"/>',
    ]
    small = foot_line(person, cards)
    if small is not None:
        foot = _paragraphs([small], styles)
        shapes.append(_shape(page, EDGE, top, g.row, FOOT, True, foot))
        shapes.append(_shape(page, g.page_w - EDGE - FOOT, top, g.row, FOOT, False, foot))
    style = "next" if page > 1 else "Standard"
    return f'<text:p text:style-name="{style}">{"".join(shapes)}</text:p>'


def cards_fodt(cards: AttendeeList, options: CardOptions) -> str:
    """The whole flat OpenDocument text."""
    g = geometry(options.paper)
    styles = _Styles()
    body = "".join(
        _card(n, person, cards, options, styles) for n, person in enumerate(cards.attendees, 1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document {_NS} office:version="1.3" '
        'office:mimetype="application/vnd.oasis.opendocument.text">'
        f"<office:meta><dc:title>{escape(cards.meeting_title)}</dc:title></office:meta>"
        '<office:styles><draw:stroke-dash draw:name="fold" draw:style="rect" draw:dots1="1" '
        'draw:dots1-length="0.2cm" draw:distance="0.15cm"/></office:styles>'
        f"<office:automatic-styles>{_SHAPE_STYLE}{styles.xml()}"
        '<style:page-layout style:name="card"><style:page-layout-properties '
        f'fo:page-width="{g.page_w}cm" fo:page-height="{g.page_h}cm" '
        'style:print-orientation="landscape" fo:margin-top="1cm" fo:margin-bottom="1cm" '
        'fo:margin-left="1cm" fo:margin-right="1cm"/></style:page-layout>'
        "</office:automatic-styles><office:master-styles>"
        '<style:master-page style:name="Standard" style:page-layout-name="card"/>'
        f"</office:master-styles><office:body><office:text>{body}</office:text></office:body>"
        "</office:document>\n"
    )


def write_cards_odt(cards: AttendeeList, out: str | Path, options: CardOptions) -> Path:
    """Write the cards as a flat OpenDocument text (.fodt) to ``out``."""
    text = cards_fodt(cards, options)
    return atomic_write(out, lambda tmp: tmp.write_text(text, encoding="utf-8"))
