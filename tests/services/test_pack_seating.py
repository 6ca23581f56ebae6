"""The seating chart as the pack's last part: there when the meeting has a plan
(names in both scripts, on one page, in the contents with the right page
number, LibreOffice agreeing), absent without one, kept in the snapshot."""

from __future__ import annotations

import docx
import pytest
from docx.oxml.ns import qn

from briefing_app.services.meetings import find_meeting
from briefing_app.services.pack import build_pack_content, generate_pack
from briefing_app.services.pack.layout_records import TEXT, layout_records
from briefing_app.services.pack.model import PackContent
from briefing_app.services.seating import seat_meeting
from briefing_app.services.seating.drawing import Box, Line, anchored_shape
from tests.services.pack_helpers import headings, toc_page_numbers
from tests.services.test_pack_libreoffice import SOFFICE, _page_starting_line, _pdf_pages

WPS = "{http://schemas.microsoft.com/office/word/2010/wordprocessingShape}wsp"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"


def _seat_demo(db, shape="round", door="bottom"):
    with db.session() as s, s.begin():
        meeting = find_meeting(s, "Roundtable")
        plan = seat_meeting(s, meeting, shape=shape)
        plan.door = door


def test_the_pack_ends_with_the_chart_when_the_meeting_has_a_plan(demo_db, tmp_path):
    with demo_db.session() as s:
        plain = generate_pack(s, "Roundtable", tmp_path / "plain.docx", language="en")
    assert "Seating plan" not in headings(docx.Document(plain.path), 1)
    _seat_demo(demo_db)
    with demo_db.session() as s:
        pack = generate_pack(s, "Roundtable", tmp_path / "seated.docx", language="en")
    document = docx.Document(pack.path)
    assert headings(document, 1)[-1] == "Seating plan"
    assert toc_page_numbers(document)[-1][0] == "Seating plan"
    last = document.paragraphs[-1]._p
    shapes = ["".join(t.text for t in s.iter(qn("w:t"))) for s in last.iter(WPS)]
    names = [d.get("name").split(" ")[0] for d in last.iter(f"{WP}docPr")]
    # the 22 chairs at the table and the two staff behind, each labelled; the door
    assert (names.count("Chair"), names.count("Seat"), names.count("Door")) == (24, 24, 1)
    assert any("Ms. LIU Hua" in t and "刘华" in t for t in shapes)  # both scripts
    assert "Door" in shapes
    assert document.paragraphs[-2].text == "Round table · 22 seats at the table · 24 seated"


def test_the_chart_is_in_the_snapshot(demo_db):
    _seat_demo(demo_db, shape="boardroom", door="right")
    with demo_db.session() as s:
        content = build_pack_content(s, "Roundtable", "both")
    again = PackContent.from_dict(content.to_dict())
    assert again.seating == content.seating
    assert again.seating.shape == "boardroom" and again.seating.door == "right"
    host = next(seat for seat in again.seating.seats if seat.role == "host")
    assert "刘华" in host.name and host.at_table and host.angle == 180.0


def test_the_page_estimate_reads_no_text_inside_drawings():
    """A text box's words are not lines of the paragraph holding it."""
    document = docx.Document()
    holder = document.add_paragraph()
    box = Box(2, 2, 3, 1, lines=(Line("A long name " * 40, 9),))
    holder._p.append(anchored_shape(box, shape_id=1, z=1))
    records = [r for r in layout_records(document.element.body) if r.startswith("P")]
    assert len(records) == 1 and "long name" not in records[0] and TEXT not in records[0]


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize(("language", "shape"), [("en", "round"), ("zh", "u_shape"),
                                                 ("both", "boardroom")])  # fmt: skip
def test_contents_page_numbers_still_match_libreoffice(demo_db, tmp_path, language, shape):
    _seat_demo(demo_db, shape=shape)
    with demo_db.session() as s:
        pack = generate_pack(s, "Roundtable", tmp_path / f"{language}.docx", language=language)
    pages = [p for p in _pdf_pages(pack.path, tmp_path) if p.strip()]
    entries = toc_page_numbers(docx.Document(pack.path))
    after = 3
    for title, page in entries:
        actual = _page_starting_line(pages, title, after)
        assert actual == page, (title, page, actual)
        after = actual
    assert entries[-1][1] == len(pages)  # the chart is the last page, and one page
    assert "刘华" in pages[-1]
