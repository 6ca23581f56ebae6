"""Place cards reopened with python-docx: one page (one exact-height table row)
per card, the two faces turned opposite ways, names on one line at a size that
fits, the order of the seating plan, and the command's exit codes."""

from __future__ import annotations

import pytest
from docx.shared import Cm

from briefing_app.cli import run
from briefing_app.domain.names import NBSP, WORD_JOINER
from briefing_app.services.meetings import find_meeting, ordered_participants
from briefing_app.services.pdf import NOT_AVAILABLE
from briefing_app.services.seating import seat_meeting
from briefing_app.services.seating.attendees import attendee_list
from briefing_app.services.seating.cards import (
    NAME_MAX,
    NAME_MIN,
    CardOptions,
    geometry,
    write_cards,
)
from tests.services.cards_helpers import add_guest, cell_texts, directions, open_docx, run_sizes

TWIPS_PER_CM = 1440 / 2.54


def _cards(db, tmp_path, language="en", paper="a4", org=False, seat=False):
    with db.session() as s, s.begin():
        meeting = find_meeting(s, "Roundtable")
        if seat:
            seat_meeting(s, meeting, shape="round")
        people = attendee_list(s, meeting, language)
        out = write_cards(people, tmp_path / "cards.docx", CardOptions(paper, org))
    return people, open_docx(out)


@pytest.mark.parametrize(("paper", "short", "long"), [("a4", 21.0, 29.7), ("letter", 21.59, 27.94)])
def test_one_card_a_page_on_the_paper_asked(demo_db, tmp_path, paper, short, long):
    people, document = _cards(demo_db, tmp_path, paper=paper)
    section = document.sections[0]
    assert abs(section.page_width - Cm(long)) < Cm(0.01)
    assert abs(section.page_height - Cm(short)) < Cm(0.01)
    (table,) = document.tables
    assert len(table.rows) == len(people.attendees) == 24
    body = section.page_height - section.top_margin - section.bottom_margin
    for row in table.rows:  # exact height: one row fills a page, two never fit
        height = int(
            row._tr.trPr.find(
                "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}trHeight"
            ).get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val")
        )
        assert row.height_rule is not None and row.height.twips == height
        assert body / 2 < row.height <= body
    assert round(row.height.cm, 1) == round(geometry(paper).row, 1)


def test_two_faces_turned_opposite_ways_with_the_same_name(demo_db, tmp_path):
    _, document = _cards(demo_db, tmp_path, language="both", org=True)
    row = document.tables[0].rows[0]
    assert directions(row) == ["tbRl", "tbRl", "btLr", "btLr"]  # 90° one way, 90° the other
    near, far = row.cells[1], row.cells[2]
    assert cell_texts(near) == cell_texts(far)
    names = [t.replace(NBSP, " ").replace(WORD_JOINER, "") for t in cell_texts(near)]
    assert names[:2] == ["刘华女士", "Ms. LIU Hua"]
    assert names[2:] == ["世界知识产权组织中国办事处", "WIPO Office in China"]


def test_organization_only_when_asked(demo_db, tmp_path):
    _, document = _cards(demo_db, tmp_path, language="en")
    texts = cell_texts(document.tables[0].rows[0].cells[1])
    assert [t.replace(NBSP, " ") for t in texts] == ["Ms. LIU Hua"]


def test_long_name_shrunk_short_name_not_and_never_broken(demo_db, tmp_path):
    with demo_db.session() as s, s.begin():
        add_guest(s, "VON HOHENZOLLERN", "Maximilian", honorific="H.E. Dr")
    _, document = _cards(demo_db, tmp_path, language="en")
    rows = {cell_texts(r.cells[1])[0].replace(NBSP, " "): r for r in document.tables[0].rows}
    long = rows["H.E. Dr Maximilian VON HOHENZOLLERN"]
    short = rows["Ms. LIU Hua"]
    assert run_sizes(short.cells[1]) == [NAME_MAX["latin"]]
    (size,) = run_sizes(long.cells[1])
    assert NAME_MIN <= size < NAME_MAX["latin"] * 0.6
    for row in (long, short):  # one paragraph, no plain space to break at, no line break
        (paragraph,) = row.cells[1].paragraphs
        assert " " not in paragraph.text and "\n" not in paragraph.text
        assert not paragraph._p.xpath(".//w:br")


def test_name_too_long_even_small_wraps_at_the_smallest_size(demo_db, tmp_path):
    family = "WOLFESCHLEGELSTEINHAUSENBERGERDORFF VON HOHENZOLLERN-SIGMARINGEN"
    with demo_db.session() as s, s.begin():
        add_guest(s, family, "Hubert Blaine Maximilian")
    _, document = _cards(demo_db, tmp_path, language="en")
    row = next(r for r in document.tables[0].rows if family in cell_texts(r.cells[1])[0])
    assert run_sizes(row.cells[1]) == [NAME_MIN]
    assert " " in cell_texts(row.cells[1])[0]  # left free to wrap between words


def test_chinese_names_held_together(demo_db, tmp_path):
    _, document = _cards(demo_db, tmp_path, language="zh")
    (first,) = cell_texts(document.tables[0].rows[0].cells[1])
    assert first == WORD_JOINER.join("刘华女士")
    assert run_sizes(document.tables[0].rows[0].cells[1]) == [NAME_MAX["cjk"]]


def test_order_is_the_seating_plan_then_precedence(demo_db, tmp_path):
    people, document = _cards(demo_db, tmp_path, seat=True)
    seats = [a.seat for a in people.attendees]
    numbered = [n for n in seats if n is not None]
    assert numbered == sorted(numbered) and numbered[0] == 1
    foot = cell_texts(document.tables[0].rows[1].cells[0])
    assert foot == ["Seat 2   ·   FOR OFFICIAL USE ONLY"]
    with demo_db.session() as s:
        meeting = find_meeting(s, "Roundtable")
        seated = [p for p in ordered_participants(s, meeting.id) if p.seat and p.rsvp != "declined"]
        by_seat = sorted(seated, key=lambda p: int(p.seat))
        assert numbered == [int(p.seat) for p in by_seat]
        latin = [a.names[0] for a in people.attendees[: len(numbered)]]
        assert latin == [f"{p.person.honorific} {p.person.family_name} {p.person.given_name}"
                         if p.person else p.organization.name_en for p in by_seat]  # fmt: skip
    unseated = people.attendees[len(numbered) :]
    assert all(a.seat is None for a in unseated)


def test_declined_get_no_card(demo_db, tmp_path):
    with demo_db.session() as s, s.begin():
        add_guest(s, "DECLINER", "Dan", rsvp="declined")
    people, _ = _cards(demo_db, tmp_path)
    assert not any("DECLINER" in n for a in people.attendees for n in a.names)


def test_cli_exit_codes_and_messages(demo_db, tmp_path, capsys, no_office):
    db = str(demo_db.path)
    out = tmp_path / "cards.docx"
    assert run(["--db", db, "place-cards", "Roundtable", "--out", str(out), "--org"]) == 0
    assert "24 place card(s)" in capsys.readouterr().out and out.is_file()
    assert run(["--db", db, "place-cards", "Roundtable", "--out", str(tmp_path / "c.odt")]) == 2
    err = capsys.readouterr().err
    assert "c.odt" in err and ".docx or .pdf" in err and len(err.splitlines()) == 1
    assert run(["--db", db, "place-cards", "Nowhere", "--out", str(out)]) == 2
    assert len(capsys.readouterr().err.splitlines()) == 1
    assert run(["--db", db, "place-cards", "1", "--out", str(tmp_path / "c.pdf")]) == 2
    err = capsys.readouterr().err
    assert NOT_AVAILABLE[:40] in err and len(err.splitlines()) == 1
    assert not (tmp_path / "c.pdf").exists()


def test_pdf_source_turns_the_faces_as_libreoffice_shapes(demo_db, tmp_path):
    import xml.etree.ElementTree as ET

    from briefing_app.services.seating.cards_odt import write_cards_odt

    with demo_db.session() as s:
        people = attendee_list(s, find_meeting(s, "Roundtable"), "zh")
    out = write_cards_odt(people, tmp_path / "cards.fodt", CardOptions("a4", True))
    ns = {
        "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
        "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
        "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
        "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    }
    root = ET.parse(out).getroot()
    pages = root.findall("office:body/office:text/text:p", ns)
    assert len(pages) == len(people.attendees) == 24
    shapes = pages[0].findall("draw:custom-shape", ns)
    faces = [s for s in shapes if s.get(f"{{{ns['svg']}}}height") != "1.400cm"]
    turns = sorted(s.get(f"{{{ns['draw']}}}transform").split(")")[0] for s in faces)
    assert turns == ["rotate (-1.5707963268", "rotate (1.5707963268"]
    texts = ["".join(p.itertext()) for p in faces[0].findall("text:p", ns)]
    assert texts[0].replace(WORD_JOINER, "") == "刘华女士"
    assert texts[-1] == WORD_JOINER.join("世界知识产权组织中国办事处")
