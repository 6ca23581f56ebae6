"""Excel export of the participant list, reopened with openpyxl (and LibreOffice)."""

from __future__ import annotations

import shutil
import subprocess
import zipfile

import openpyxl.xml
import pytest
from openpyxl import load_workbook

from briefing_app.db.models import Participant
from briefing_app.domain.text import CleanReport
from briefing_app.errors import ValidationError
from briefing_app.services.participants import export_participants
from tests.services.test_participants_support import HOSTILE, KEYS, make_meeting

pytestmark = pytest.mark.both_backends


@pytest.fixture
def meeting_id(db):
    with db.session() as s, s.begin():
        return make_meeting(s)


@pytest.fixture
def exported(db, meeting_id, tmp_path):
    with db.session() as s:
        return export_participants(s, meeting_id, tmp_path / "list.xlsx")


def col(key: str) -> int:
    return KEYS.index(key)


def test_rows_in_order_of_precedence_with_record_ids(db, meeting_id, exported):
    ws = load_workbook(exported)["Participants"]
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert [r[col("family_name")] for r in rows] == ["Liu", "Wang", None, "Yang", "Zhou"]
    assert [r[col("no")] for r in rows] == [1, 2, 3, 4, 5]
    with db.session() as s:
        uids = {p.uid for p in s.query(Participant).filter_by(meeting_id=meeting_id)}
    assert {r[col("uid")] for r in rows} == uids
    assert rows[0][col("rsvp")] == "Confirmed" and rows[1][col("role")] == "Head of delegation"
    assert rows[1][col("phone")] == "+86 10 1234 5678"
    assert ws.cell(1, col("uid") + 1).value == "Record ID (do not edit)"


def test_frozen_header_table_and_dropdowns(exported):
    ws = load_workbook(exported)["Participants"]
    assert ws.freeze_panes == "C2"
    assert ws.cell(1, 1).font.b
    table = ws.tables["ParticipantList"]
    assert table.ref == "A1:Q6"
    assert table.autoFilter.ref == "A1:Q6"
    assert [c.name for c in table.tableColumns] == [c.value for c in ws[1]]
    lists = {str(dv.sqref): dv for dv in ws.data_validations.dataValidation}
    role, rsvp = lists["I2:I506"], lists["J2:J506"]
    assert rsvp.type == "list" and "Confirmed" in rsvp.formula1 and "Declined" in rsvp.formula1
    assert role.type == "list" and "Head of delegation" in role.formula1
    assert rsvp.showErrorMessage


def test_print_setup_header_footer_and_properties(exported):
    wb = load_workbook(exported)
    ws = wb["Participants"]
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$1:$1"
    assert ws.print_area.endswith("$A$1:$L$6")  # the venue's columns (tests/…_print.py)
    assert ws.oddHeader.center.text == "Roundtable 2022 && partners — participants"
    assert ws.oddHeader.right.text == "2022-03-23 · Beijing office · Beijing"
    assert ws.oddHeader.left.text == "INTERNAL" and ws.oddFooter.left.text == "INTERNAL"
    assert ws.oddFooter.center.text == "Page &P of &N"
    assert wb.properties.creator == "Briefing App"
    assert wb.properties.title == "Roundtable 2022 & partners — participants"
    assert wb.properties.category == "INTERNAL"


def test_hostile_text_stays_text_and_only_summary_has_formulas(exported):
    ws = load_workbook(exported)["Participants"]
    cells = {c.value: c for row in ws.iter_rows(min_row=2) for c in row if c.value}
    hostile, dash = cells[HOSTILE], cells["-to be named"]
    assert hostile.data_type == "s" and dash.data_type == "s"
    assert hostile.quotePrefix and dash.quotePrefix
    with zipfile.ZipFile(exported) as zf:
        sheet = zf.read("xl/worksheets/sheet1.xml").decode()
        summary = zf.read("xl/worksheets/sheet2.xml").decode()
    assert "<f>" not in sheet and "<f " not in sheet
    formulas = [part.split("</f>")[0] for part in summary.split("<f>")[1:]]
    assert formulas and all(f.startswith(("COUNTIF", "SUM(")) for f in formulas)


def test_summary_counts_are_formulas_over_the_table(exported):
    ws = load_workbook(exported)["Summary"]
    values = {ws.cell(r, 1).value: ws.cell(r, 2).value for r in range(1, ws.max_row + 1)}
    assert values["Confirmed"] == "=COUNTIF(Participants!$J:$J,A7)"
    orgs = [r for r in ws.iter_rows(values_only=True) if r and r[0] == "Supreme Court"]
    assert orgs[0][2].startswith("=COUNTIF(Participants!$B:$B,")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_libreoffice_computes_the_summary(exported, tmp_path):
    out = tmp_path / "lo"
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "xlsx", "--outdir", str(out), str(exported)],
        check=True,
        capture_output=True,
        timeout=120,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    ws = load_workbook(out / "list.xlsx", data_only=True)["Summary"]
    counts = {r[0]: r[1:] for r in ws.iter_rows(values_only=True) if r and r[0]}
    assert counts["Confirmed"][0] == 2 and counts["Invited"][0] == 2
    assert counts["Tentative"][0] == 1 and counts["Total"][0] == 5
    assert counts["Supreme Court"][1:3] == (2, 1)
    assert counts["Foreign Affairs Committee"][1:3] == (2, 0)


def test_over_long_value_is_reported_and_previous_file_kept(db, meeting_id, exported):
    before = exported.read_bytes()
    with db.session() as s, s.begin():
        p = s.query(Participant).filter_by(meeting_id=meeting_id).first()
        p.remarks = "x" * 40_000
    with db.session() as s, pytest.raises(ValidationError, match=r"Remarks of .*40,000"):
        export_participants(s, meeting_id, exported)
    assert exported.read_bytes() == before


def test_over_long_values_name_row_participant_and_column(db, meeting_id, tmp_path):
    with db.session() as s, s.begin():
        rows = s.query(Participant).filter_by(meeting_id=meeting_id).all()
        zhou = next(p for p in rows if p.person and p.person.family_name == "Zhou")
        zhou.person.needs = "\U0001f600" * 16_384  # 32,768 UTF-16 units: one too many
        next(p for p in rows if p.person is None).remarks = "y" * 40_000
    with db.session() as s, pytest.raises(ValidationError) as caught:
        export_participants(s, meeting_id, tmp_path / "long.xlsx")
    text = str(caught.value)
    assert "row 4, Remarks of seat to be named (Foreign Affairs Committee): 40,000" in text
    assert "row 6, Dietary/access needs of Min ZHOU (Supreme Court): 32,768" in text
    assert not (tmp_path / "long.xlsx").exists()


def test_unstorable_characters_are_cleaned_and_reported(db, meeting_id, tmp_path):
    with db.session() as s, s.begin():
        p = s.query(Participant).filter_by(meeting_id=meeting_id, seat="").first()
        p.seat = "A\x07 1"
    report = CleanReport()
    with db.session() as s:
        path = export_participants(s, meeting_id, tmp_path / "c.xlsx", report=report)
    seats = [
        r[col("seat")] for r in load_workbook(path)["Participants"].iter_rows(values_only=True)
    ]
    assert "A 1" in seats
    assert report.total == 1 and "Seat" in report.lines()[0]


def test_chinese_headers_and_labels(db, meeting_id, tmp_path):
    with db.session() as s:
        path = export_participants(s, meeting_id, tmp_path / "zh.xlsx", language="zh")
    ws = load_workbook(path)["Participants"]
    assert ws.cell(1, col("rsvp") + 1).value == "出席回复"
    assert ws.cell(2, col("rsvp") + 1).value == "已确认"


def test_progress_is_reported(db, meeting_id, tmp_path):
    calls = []
    with db.session() as s:
        export_participants(s, meeting_id, tmp_path / "p.xlsx", lambda *a: calls.append(a))
    assert calls[-1][:2] == (5, 5)


def test_openpyxl_parses_with_defusedxml():
    assert openpyxl.xml.DEFUSEDXML is True
