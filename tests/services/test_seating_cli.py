"""``seating`` end to end: the JSON, the Word chart reopened, the seat numbers in
the Excel participant list, bad input as one line."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile

import pytest
from docx import Document
from openpyxl import load_workbook

from briefing_app.cli import run
from tests.services.test_participants_support import KEYS

WPS = "{http://schemas.microsoft.com/office/word/2010/wordprocessingShape}wsp"


def test_json_then_excel_seat_column(demo_db, tmp_path, capsys):
    db = str(demo_db.path)
    out = tmp_path / "plan.json"
    assert run(["--db", db, "seating", "Roundtable", "--shape", "round", "--out", str(out)]) == 0
    assert "round, 22 seats at the table" in capsys.readouterr().out  # one declined
    plan = json.loads(out.read_text(encoding="utf-8"))
    seats = {s["name"]: s for s in plan["seats"] if s["name"]}
    assert seats["Ms. LIU Hua"]["position"] == 1 and seats["Ms. LIU Hua"]["angle"] == 180.0
    assert seats["Mr. WANG Jianguo"]["position"] == 22
    xlsx = tmp_path / "list.xlsx"
    assert run(["--db", db, "participants", "Roundtable", "--out", str(xlsx)]) == 0
    rows = list(load_workbook(xlsx)["Participants"].iter_rows(min_row=2, values_only=True))
    by_family = {r[KEYS.index("family_name")]: r[KEYS.index("seat")] for r in rows}
    assert by_family["LIU"] == "1" and by_family["WANG"] == "22"
    assert by_family["ZHAO"] == "23"  # the note-taker's chair behind the host
    assert not by_family["XU"]  # declined: no chair


def test_word_chart_is_one_page_drawing_with_both_scripts(demo_db, tmp_path, capsys):
    out = tmp_path / "chart.docx"
    args = ["--db", str(demo_db.path), "seating", "1", "--shape", "boardroom"]
    assert run([*args, "--lang", "both", "--out", str(out)]) == 0
    document = Document(str(out))
    section = document.sections[0]
    assert section.page_width > section.page_height  # landscape
    shapes = document.element.body.findall(f".//{WPS}")
    texts = ["".join(s.itertext()) for s in shapes]
    assert sum(1 for t in texts if "Ms. LIU Hua" in t and "刘华" in t) == 1
    assert len(shapes) == 1 + 22 + 2  # the table, 22 chairs, the 2 staff chairs used
    assert "座位图" in document.paragraphs[0].text
    with zipfile.ZipFile(out) as z:
        assert '<w:br w:type="page"/>' not in z.read("word/document.xml").decode()
    assert document.core_properties.content_status == "FOR OFFICIAL USE ONLY"


def test_bad_output_name_and_bad_seats_are_one_line(demo_db, tmp_path, capsys):
    db = str(demo_db.path)
    assert run(["--db", db, "seating", "1", "--out", str(tmp_path / "plan.odt")]) == 2
    assert ".json, .docx or .pdf" in capsys.readouterr().err
    assert run(["--db", db, "seating", "1", "--seats", "0"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--seats 0" in err


def test_pdf_chart_is_one_page(demo_db, tmp_path, capsys):
    from briefing_app.services.pdf import find_office

    if find_office() is None:
        pytest.skip("LibreOffice is not installed")
    out = tmp_path / "chart.pdf"
    args = ["--db", str(demo_db.path), "seating", "1", "--shape", "u_shape", "--lang", "zh"]
    assert run([*args, "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils (pdftotext) missing: converted, text not checked")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    pages = [p for p in text.split("\f") if p.strip()]
    assert len(pages) == 1 and "刘华" in pages[0] and "座位图" in pages[0]


def test_door_and_screen_from_the_command_line_reach_the_json(demo_db, tmp_path, capsys):
    db, out = str(demo_db.path), tmp_path / "plan.json"
    args = ["--db", db, "seating", "1", "--door", "bottom", "--screen", "left"]
    assert run([*args, "--out", str(out)]) == 0
    plan = json.loads(out.read_text(encoding="utf-8"))
    assert (plan["door"], plan["screen"]) == ("bottom", "left")
    assert run(["--db", db, "seating", "1", "--screen", "none", "--out", str(out)]) == 0
    plan = json.loads(out.read_text(encoding="utf-8"))
    assert (plan["door"], plan["screen"]) == ("bottom", "")  # the door kept, the screen gone
    with pytest.raises(SystemExit) as exited:
        run(["--db", db, "seating", "1", "--door", "ceiling"])
    assert exited.value.code == 2 and "invalid choice" in capsys.readouterr().err
