"""Every class of bad input gives a clear error (with row and column) and changes nothing;
CSV in the encodings people send is read correctly, and unreadable text is refused."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import datetime

import pytest
from openpyxl import load_workbook

from briefing_app.errors import UserError
from briefing_app.services.archive import ArchiveError
from briefing_app.services.participants.reading import ImportFileError
from tests.services.test_participants_support import (
    KEYS,
    edit,
    export_to,
    make_meeting,
    preview,
    state,
)

pytestmark = pytest.mark.both_backends


@pytest.fixture
def meeting_id(db):
    with db.session() as s, s.begin():
        return make_meeting(s)


@pytest.fixture
def sheet(db, meeting_id, tmp_path):
    return export_to(db, meeting_id, tmp_path / "list.xlsx")


def refused(db, meeting_id, path, pattern, error=UserError):
    before = state(db, meeting_id)
    with pytest.raises(error, match=pattern):
        preview(db, meeting_id, path)
    assert state(db, meeting_id) == before


def test_a_pdf_named_xlsx_is_not_a_workbook(db, meeting_id, tmp_path):
    path = tmp_path / "list.xlsx"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    refused(db, meeting_id, path, r"list.xlsx: not an Excel workbook", ImportFileError)


def test_binary_data_is_not_a_csv(db, meeting_id, tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes(b"\x7fELF\x02\x01\x00\x00binary")
    refused(db, meeting_id, path, "not a workbook or a CSV", ImportFileError)


def test_truncated_workbook_is_damaged(db, meeting_id, sheet):
    sheet.write_bytes(sheet.read_bytes()[:3000])
    refused(db, meeting_id, sheet, "the workbook is damaged", ImportFileError)


def test_encrypted_workbook(db, meeting_id, tmp_path):
    path = tmp_path / "secret.xlsx"
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    path.write_bytes(ole + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 512)
    refused(db, meeting_id, path, "password-protected", ImportFileError)


def test_old_xls_workbook(db, meeting_id, tmp_path):
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024)
    refused(db, meeting_id, path, r"old-format \.xls", ImportFileError)


def test_word_document_is_not_a_workbook(db, meeting_id, tmp_path):
    path = tmp_path / "list.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("word/document.xml", "<w:document/>")
    refused(db, meeting_id, path, r"not an Excel workbook \(a Word document\)", ImportFileError)


def test_zip_bomb_is_refused_before_reading(db, meeting_id, tmp_path):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/workbook.xml", b"<workbook/>")
        zf.writestr("xl/worksheets/sheet1.xml", b" " * (30 * 1024 * 1024))
    refused(db, meeting_id, path, "sheet1.xml: refused: it would expand 1,0", ArchiveError)


def test_xml_entity_bomb_is_refused_by_defusedxml(db, meeting_id, sheet):
    doctype = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
    rewritten = sheet.with_name("bomb.xlsx")
    with zipfile.ZipFile(sheet) as src, zipfile.ZipFile(rewritten, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                text = data.decode()
                assert not text.startswith("<?xml")
                data = doctype + text.replace("Director", "&lol2;", 1)
            dst.writestr(info, data)
    refused(db, meeting_id, rewritten, "refused: .* declares entities", ImportFileError)


def test_missing_required_column(db, meeting_id, sheet):
    wb = load_workbook(sheet)
    wb["Participants"].delete_cols(KEYS.index("family_name") + 1)
    wb.save(sheet)
    refused(db, meeting_id, sheet, r"row 1: missing required column Family name \(姓\)")


def test_duplicate_headers(db, meeting_id, sheet):
    wb = load_workbook(sheet)
    wb["Participants"].cell(1, KEYS.index("title") + 1).value = "姓"
    wb.save(sheet)
    refused(
        db, meeting_id, sheet, r'columns E and H are both Family name \("Family name" and "姓"\)'
    )


def test_value_in_a_column_without_header(db, meeting_id, sheet):
    wb = load_workbook(sheet)
    wb["Participants"].cell(4, len(KEYS) + 2).value = "stray"
    wb.save(sheet)
    refused(db, meeting_id, sheet, "row 4, column S: a value in a column without a header")


def test_ragged_csv_row(db, meeting_id, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Organization,Family name,RSVP\nSupreme Court,Yang,Confirmed,extra\n")
    refused(db, meeting_id, path, "row 2: 4 fields but the header row has 3")


def test_merged_cells_over_data(db, meeting_id, sheet):
    wb = load_workbook(sheet)
    wb["Participants"].merge_cells("B4:B5")
    wb.save(sheet)
    refused(db, meeting_id, sheet, r"cells B4:B5 are merged \(rows 4–5, columns B–B\)")


def test_date_in_a_text_column(db, meeting_id, sheet):
    edit(sheet, {("Yang", "seat"): datetime(2024, 3, 12)})
    refused(db, meeting_id, sheet, r"row 5, column K \(Seat\): holds a date \(2024-03-12")


def _csv_bytes(sheet, encoding: str, delimiter: str = ",") -> bytes:
    """The exported list as CSV text in ``encoding``, with Wang's RSVP set to 已确认."""
    ws = load_workbook(sheet)["Participants"]
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter)
    for row in ws.iter_rows(values_only=True):
        values = ["" if v is None else str(v) for v in row]
        if values[KEYS.index("family_name")] == "Wang":
            values[KEYS.index("rsvp")] = "已确认"
        writer.writerow(values)
    return out.getvalue().encode(encoding)


@pytest.mark.parametrize(
    ("encoding", "delimiter", "note"),
    [
        ("utf-8", ",", None),
        ("utf-8-sig", ",", None),
        ("gb18030", ",", "read as GB18030 text"),
        ("gbk", ";", "read as GB18030 text"),
        ("utf-16", "\t", "read as UTF-16 text"),  # Excel's "Unicode text": BOM + tabs
    ],
)
def test_csv_in_each_encoding(db, meeting_id, sheet, tmp_path, encoding, delimiter, note):
    path = tmp_path / "list.csv"
    path.write_bytes(_csv_bytes(sheet, encoding, delimiter))
    result = preview(db, meeting_id, path)
    assert [(c.name, c.changes[0].new) for c in result.changed] == [("WANG Wei", "confirmed")]
    assert result.unchanged == 4 and result.can_apply and not result.removed
    assert (note in result.warnings) if note else not any("read as" in w for w in result.warnings)


def test_csv_in_an_unknown_encoding_is_refused_not_garbled(db, meeting_id, tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes("Organization,Family name\nSupreme Court,Müller\n".encode("cp1252"))
    refused(db, meeting_id, path, "cannot tell the text encoding", ImportFileError)


def test_utf16_csv_bom_but_broken_bytes(db, meeting_id, tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes(b"\xff\xfeO\x00r\x00\x00\xd8")  # lone surrogate
    refused(db, meeting_id, path, "not valid UTF-16", ImportFileError)


def test_value_longer_than_a_cell_is_refused_with_row_and_column(db, meeting_id, tmp_path):
    path = tmp_path / "list.csv"
    # 16,384 characters outside the BMP are 32,768 UTF-16 units: one more than a cell holds.
    remarks = "\U0001f600" * 16_384
    path.write_text(f"Organization,Family name,Remarks\nSupreme Court,Yang,{remarks}\n")
    refused(db, meeting_id, path, r"row 2, column C \(Remarks\): 16,384 characters, more than")


def test_characters_excel_cannot_store_are_removed_and_noted(db, meeting_id, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Organization,Family name,Given name,Seat\nSupreme Court,Yang,Lei,A\x07\x0b3\n")
    result = preview(db, meeting_id, path)
    seats = [f.new for c in result.changed for f in c.changes if f.field == "seat"]
    assert seats == ["A 3"]  # the vertical tab separated "A" and "3": now a space
    assert (
        "row 2, column D (Seat): removed 1 character(s) Word/Excel cannot store; "
        "replaced 1 control character(s) between words with a space"
    ) in result.warnings
