"""Name badges reopened with python-docx: the label sheet's geometry to the twip,
the labels on each sheet, the colour band per role, both scripts, the command's
exit codes; and, where LibreOffice is installed, the pages it lays out."""

from __future__ import annotations

import math
import shutil
import subprocess

import pytest
from docx.oxml.ns import qn
from docx.shared import Mm

from briefing_app.cli import run
from briefing_app.domain.names import plain_name
from briefing_app.errors import UserError
from briefing_app.services import pdf
from briefing_app.services.meetings import find_meeting
from briefing_app.services.seating.attendees import attendee_list
from briefing_app.services.seating.badges import ROLE_COLOURS, write_badges
from briefing_app.services.seating.label_sheets import SHEETS, sheet_named
from briefing_app.services.seating.room_documents import export_cards
from tests.services.cards_helpers import cell_texts, open_docx

TWIPS_PER_MM = 1440 / 25.4


def _badges(db, tmp_path, sheet, language="both"):
    with db.session() as s:
        people = attendee_list(s, find_meeting(s, "Roundtable"), language)
    return people, open_docx(write_badges(people, tmp_path / "badges.docx", sheet))


def _twips(mm: float) -> int:
    return round(mm * TWIPS_PER_MM)


def _labels(table, sheet):
    """The label cells, row by row (gap columns and gap rows left out)."""
    step = 2 if sheet.gap_x > 0 else 1
    rows = [r for r in table.rows if round(r.height.mm, 1) == round(sheet.label_h, 1)]
    return [[r.cells[i] for i in range(0, len(r.cells), step)] for r in rows]


@pytest.mark.parametrize("key", list(SHEETS))
def test_label_geometry_matches_the_sheet(demo_db, tmp_path, key):
    sheet = SHEETS[key]
    people, document = _badges(demo_db, tmp_path, sheet)
    section = document.sections[0]
    page_w, page_h = sheet.page
    assert abs(section.page_width - Mm(page_w)) < Mm(0.05)
    assert abs(section.page_height - Mm(page_h)) < Mm(0.05)
    assert abs(section.top_margin - Mm(sheet.top)) < Mm(0.05)
    assert abs(section.left_margin - Mm(sheet.left)) < Mm(0.05)
    (table,) = document.tables
    grid = [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.findall(qn("w:gridCol"))]
    expected = [_twips(sheet.label_w)]
    for _ in range(sheet.cols - 1):
        expected += ([_twips(sheet.gap_x)] if sheet.gap_x else []) + [_twips(sheet.label_w)]
    assert grid == expected
    for row in table.rows:
        assert row.height.twips in (_twips(sheet.label_h), _twips(sheet.gap_y))
        for cell, width in zip(row.cells, grid, strict=True):
            assert cell.width.twips == width
    labels = _labels(table, sheet)
    assert len(labels) == math.ceil(len(people.attendees) / sheet.cols)
    # a page holds exactly one sheet: its rows fit the body, one more row does not
    sheet_twips = sheet.rows * _twips(sheet.label_h) + (sheet.rows - 1) * _twips(sheet.gap_y)
    body_twips = (section.page_height - section.top_margin - section.bottom_margin) / 635
    assert sheet_twips <= body_twips < sheet_twips + _twips(sheet.label_h)


def test_each_badge_band_colour_name_and_organization(demo_db, tmp_path):
    sheet = SHEETS["l7165"]
    people, document = _badges(demo_db, tmp_path, sheet)
    cells = [c for row in _labels(document.tables[0], sheet) for c in row]
    for person, cell in zip(people.attendees, cells, strict=False):
        band = cell.paragraphs[0]
        fill = band._p.pPr.find(qn("w:shd")).get(qn("w:fill"))
        assert fill == ROLE_COLOURS[person.role]
        texts = cell_texts(cell)
        assert len(texts) == 1 + len(person.names) + len(person.organization)
    first = [plain_name(t) for t in cell_texts(cells[0])]
    assert first[0] == "HOST  主办方"
    assert first[1:3] == ["刘华女士", "Ms. LIU Hua"]
    assert first[3:] == ["世界知识产权组织中国办事处", "WIPO Office in China"]
    colours = {c.paragraphs[0]._p.pPr.find(qn("w:shd")).get(qn("w:fill")) for c in cells}
    assert len(colours) >= 3  # host, heads of delegation, members, staff told apart


def test_custom_layout_centred_with_cut_lines(demo_db, tmp_path):
    sheet = sheet_named("custom", "90x55mm", "2x4", "letter")
    assert (sheet.label_w, sheet.label_h, sheet.cols, sheet.rows) == (90, 55, 2, 4)
    assert sheet.left == pytest.approx((215.9 - 180) / 2)
    _, document = _badges(demo_db, tmp_path, sheet, "en")
    cell = document.tables[0].rows[0].cells[0]
    assert cell.width.twips == _twips(90)
    assert cell._tc.tcPr.find(qn("w:tcBorders")) is not None


@pytest.mark.parametrize(
    ("label", "grid", "message"),
    [
        ("90by55", "2x4", "WxHmm"),
        ("90x55mm", "2", "columns x rows"),
        ("120x80mm", "2x4", "need 240 x 320 mm"),
        ("10x10mm", "2x4", "at least 30 × 20 mm"),
    ],
)
def test_custom_layout_bad_sizes(label, grid, message):
    with pytest.raises(UserError, match=message):
        sheet_named("custom", label, grid, "a4")


def test_cli_exit_codes(demo_db, tmp_path, capsys, no_office):
    db = str(demo_db.path)
    out = tmp_path / "b.docx"
    assert run(["--db", db, "badges", "Roundtable", "--out", str(out)]) == 0
    assert "24 badge(s) of Roundtable 2022 on 3 sheet(s) of Avery L7165" in capsys.readouterr().out
    custom = ["--layout", "custom", "--label", "85x54mm", "--grid", "2x5"]
    assert run(["--db", db, "badges", "1", *custom, "--out", str(out)]) == 0
    assert "on 3 sheet(s) of Custom (A4, 2 × 5, 85 × 54 mm)" in capsys.readouterr().out
    for bad in (
        ["--layout", "custom", "--out", str(out)],
        ["--layout", "l9999", "--out", str(out)],
        ["--out", str(tmp_path / "b.xlsx")],
        ["--out", str(tmp_path / "b.pdf")],
    ):
        assert run(["--db", db, "badges", "1", *bad]) == 2
        err = capsys.readouterr().err
        assert len(err.strip().splitlines()) == 1, err
    assert not (tmp_path / "b.pdf").exists()


needs_office = pytest.mark.skipif(
    pdf.find_office() is None or shutil.which("pdftotext") is None,
    reason="LibreOffice and poppler-utils are needed",
)


def _pages(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(
        next(line.split()[1] for line in info.stdout.splitlines() if line.startswith("Pages:"))
    )


def _text(path) -> list[str]:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return [page for page in out.stdout.split("\f") if page.strip()]


@needs_office
def test_libreoffice_lays_out_one_sheet_a_page_and_one_card_a_page(demo_db, tmp_path):
    with demo_db.session() as s:
        meeting = find_meeting(s, "Roundtable")
        people = attendee_list(s, meeting, "both")
        badges = write_badges(people, tmp_path / "badges.docx", SHEETS["l7173"])
        pdf.convert_to_pdf([(badges, tmp_path / "badges.pdf")])
        export_cards(s, meeting, tmp_path / "cards.pdf", "zh", "letter", True)
    assert _pages(tmp_path / "badges.pdf") == math.ceil(24 / 10)
    assert _pages(tmp_path / "cards.pdf") == 24
    first = _text(tmp_path / "cards.pdf")[0]
    assert first.count("刘华女士") == 2 and first.count("世界知识产权组织中国办事处") == 2
