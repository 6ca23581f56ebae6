"""How the participant list prints: the venue's columns at 9 pt or more, grouped by
delegation, header and footer in the list's language with ISO dates."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from briefing_app.db.models import Participant
from briefing_app.domain.enums import Rsvp
from briefing_app.services.pack.labels import term
from briefing_app.services.participants import export_participants
from briefing_app.services.participants.columns import COLUMNS, PRINTED, enum_label
from briefing_app.services.participants.print_layout import MIN_SCALE, TEXT_POINTS, print_scale
from tests.services.test_participants_support import make_meeting

VENUE_COLUMNS = [
    "No.",
    "Organization",
    "Organization (Chinese)",
    "Honorific",
    "Family name",
    "Given name",
    "Name in native script",
    "Title",
    "Role",
    "RSVP",
    "Seat",
    "Dietary/access needs",
]


@pytest.fixture
def meeting_id(db):
    with db.session() as s, s.begin():
        return make_meeting(s)


def export(db, meeting_id, path, language=None):
    with db.session() as s:
        return export_participants(s, meeting_id, path, language=language)


def widths(ws) -> list[float]:
    return [ws.column_dimensions[get_column_letter(i)].width for i in range(1, len(COLUMNS) + 1)]


def test_print_area_holds_the_venue_columns_the_rest_stays_in_the_sheet(db, meeting_id, tmp_path):
    ws = load_workbook(export(db, meeting_id, tmp_path / "l.xlsx"))["Participants"]
    headers = [c.value for c in ws[1]]
    assert headers[:PRINTED] == VENUE_COLUMNS
    assert ws.print_area == f"'Participants'!$A$1:${get_column_letter(PRINTED)}$6"
    assert {"E-mail", "Phone", "Remarks", "Record ID (do not edit)"} <= set(headers[PRINTED:])
    assert ws.cell(2, headers.index("E-mail") + 1).value  # still in the sheet


def test_printed_text_is_nine_points_or_more_even_with_long_values(db, meeting_id, tmp_path):
    with db.session() as s, s.begin():
        for p in s.query(Participant).filter_by(meeting_id=meeting_id):
            if p.person is not None:
                p.person.title_en = "Deputy Director-General, Department of " + "Policy " * 20
                p.person.needs = "Wheelchair access and a seat near the door " * 3
            p.organization.name_en = "Standing Committee of the Assembly " * 4
    ws = load_workbook(export(db, meeting_id, tmp_path / "l.xlsx"))["Participants"]
    assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.page_setup.fitToWidth == 1
    scale = print_scale(widths(ws))  # the scale fit-to-width needs for the printed columns
    assert scale >= MIN_SCALE and TEXT_POINTS * scale / 100 >= 9
    assert ws.cell(2, 8).font.sz in (None, 11)  # text stays 11 pt in the sheet


def test_row_number_is_centred_apart_from_the_organization(db, meeting_id, tmp_path):
    ws = load_workbook(export(db, meeting_id, tmp_path / "l.xlsx"))["Participants"]
    assert all(ws.cell(r, 1).alignment.horizontal == "center" for r in range(2, 7))


def test_delegations_are_grouped_names_once_and_a_rule_between(db, meeting_id, tmp_path):
    ws = load_workbook(export(db, meeting_id, tmp_path / "l.xlsx"))["Participants"]
    rules = {str(rng.sqref): rng.rules for rng in ws.conditional_formatting}
    for letter in ("B", "C"):  # organization names: hidden when the row above has the same
        (hidden,) = rules[f"{letter}3:{letter}6"]
        assert hidden.formula == ["$B3=$B2"] and hidden.dxf.numFmt.formatCode == ";;;"
    (ruled,) = rules["A3:L6"]
    assert ruled.formula == ["$B3<>$B2"] and ruled.dxf.border.top.style == "medium"
    assert [ws.cell(r, 2).value for r in range(2, 7)].count("Supreme Court") == 2  # kept


def test_footer_date_is_iso_and_header_footer_follow_a_chinese_list(db, meeting_id, tmp_path):
    today = date.today().isoformat()
    wb = load_workbook(export(db, meeting_id, tmp_path / "l.xlsx"))
    assert wb["Participants"].oddFooter.right.text == f"As of {today}"
    zh = load_workbook(export(db, meeting_id, tmp_path / "zh.xlsx", "zh"))
    for ws in zh.worksheets:
        assert ws.oddHeader.center.text.endswith("— 参会人员名单")
        assert ws.oddFooter.center.text == "第 &P 页，共 &N 页"
        assert ws.oddFooter.right.text == f"截至 {today}"
        assert "&D" not in ws.oddFooter.right.text  # the printer's own (US style) date
    assert zh["Participants"].oddHeader.right.text.startswith("2022-03-23")


def test_rsvp_and_role_words_are_the_packs(db, meeting_id, tmp_path):
    for value in Rsvp:
        for language in ("en", "zh"):
            assert term(value, language) == enum_label("rsvp", value, language)
    with db.session() as s, s.begin():
        s.query(Participant).filter_by(meeting_id=meeting_id).first().rsvp = Rsvp.DECLINED
    ws = load_workbook(export(db, meeting_id, tmp_path / "zh.xlsx", "zh"))["Participants"]
    rsvp = [c.value for c in ws[1]].index("出席回复") + 1
    assert "已婉拒" in [ws.cell(r, rsvp).value for r in range(2, 7)]
    assert term("declined", "zh") == "已婉拒"


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_libreoffice_prints_the_venue_columns_on_one_page_width(db, meeting_id, tmp_path):
    path = export(db, meeting_id, tmp_path / "list.xlsx")
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        check=True,
        capture_output=True,
        timeout=120,
        env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    pdf = tmp_path / "list.pdf"
    first = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True, text=True
    ).stdout
    words = " ".join(first.split())
    for header in ("Organization", "Title", "Seat", "Dietary/access needs", "Given name"):
        assert header in words
    assert "E-mail" not in words and "Record ID" not in words
    assert words.count("Supreme Court") == 1  # two participants, one group


def test_rows_with_chinese_text_are_tall_enough_for_its_lines(demo_db, tmp_path):
    """Noto CJK lines are taller than Latin ones: a row of Chinese text gets 18 points a
    line (at 15, LibreOffice cut the second line of a Chinese organization name)."""
    from briefing_app.services.participants.layout import EAST_ASIAN_LINE_HEIGHT, row_height

    with demo_db.session() as s:
        export_participants(s, 1, tmp_path / "list.xlsx")
    ws = load_workbook(tmp_path / "list.xlsx")["Participants"]
    keys = [c.key for c in COLUMNS]
    zh, en = keys.index("org_zh") + 1, keys.index("org_en") + 1
    for row in range(2, ws.max_row + 1):
        chinese = ws.cell(row, zh).value or ""
        first = ws.cell(row, en).value != ws.cell(row - 1, en).value  # printed there only
        if first and len(chinese) > 8:  # wraps in its column: two lines of Chinese at least
            assert ws.row_dimensions[row].height >= 2 * EAST_ASIAN_LINE_HEIGHT, (row, chinese)
    one_line = ["王芳" if k == "native_name" else "" for k in keys]
    widths = [30.0] * len(keys)
    assert row_height(one_line, widths) == EAST_ASIAN_LINE_HEIGHT
    assert row_height(["" for _ in keys], widths) is None


def test_wrapped_rows_leave_room_below_their_last_line():
    """Four lines of a title at 15 points each filled the row to its bottom rule in
    print: rows of several lines get ROW_PADDING more; one line keeps its height."""
    from briefing_app.services.participants.layout import (
        LINE_HEIGHT,
        ROW_PADDING,
        line_count,
        row_height,
    )

    keys = [c.key for c in COLUMNS]
    widths = [12.0] * len(keys)
    title = "Third Secretary, Department of International Organizations and Conferences"
    row = [title if k == "title" else "" for k in keys]
    lines = line_count(title, 12.0)
    assert lines > 3 and row_height(row, widths) == lines * LINE_HEIGHT + ROW_PADDING
    short = ["Division Director" if k == "title" else "" for k in keys]
    assert row_height(short, [30.0] * len(keys)) is None
