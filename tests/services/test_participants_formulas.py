"""Formula cells in an edited participant list are kept as their text, never read as
empty (which would erase the stored value on apply), and the preview flags each one."""

from __future__ import annotations

import re
import zipfile

import pytest

from briefing_app.cli import run
from briefing_app.db.models import Participant, Person
from briefing_app.services.participants import apply_import
from tests.services.test_participants_support import HOSTILE, edit, export_to, make_meeting, preview

NOTE_TAKER = '=HYPERLINK("http://intranet.example/notes","Note-taker")'

pytestmark = pytest.mark.both_backends


@pytest.fixture
def meeting_id(db):
    with db.session() as s, s.begin():
        return make_meeting(s)


@pytest.fixture
def sheet(db, meeting_id, tmp_path):
    return export_to(db, meeting_id, tmp_path / "list.xlsx")


def remarks_of(db, family_name: str) -> str:
    with db.session() as s:
        person = s.query(Person).filter_by(family_name=family_name).one()
        return s.query(Participant).filter_by(person_id=person.id).one().remarks


def test_a_formula_in_remarks_is_kept_as_text_and_flagged(db, meeting_id, sheet):
    edit(sheet, {("Zhou", "remarks"): NOTE_TAKER})
    result = preview(db, meeting_id, sheet)
    (changed,) = result.changed
    assert [c.describe() for c in changed.changes] == [f'Remarks: "{HOSTILE}" → "{NOTE_TAKER}"']
    assert [w for w in result.warnings if "formula" in w] == [
        f"row {changed.row}, column O (Remarks): a formula, kept as text"
    ]
    with db.session() as s, s.begin():
        apply_import(s, meeting_id, result)
    assert remarks_of(db, "Zhou") == NOTE_TAKER


def test_a_formula_with_the_stored_text_changes_nothing(db, meeting_id, sheet):
    edit(sheet, {("Zhou", "remarks"): HOSTILE})  # typed back as a formula, not as text
    result = preview(db, meeting_id, sheet)
    assert result.changed == [] and result.unchanged == 5 and result.can_apply
    assert any(w.endswith("column O (Remarks): a formula, kept as text") for w in result.warnings)


def test_a_cached_result_does_not_replace_the_formula(db, meeting_id, sheet):
    """A file Excel saved carries the formula's last result too; the formula's text wins."""
    edit(sheet, {("Zhou", "remarks"): NOTE_TAKER})
    cached = sheet.with_name("cached.xlsx")
    with zipfile.ZipFile(sheet) as src, zipfile.ZipFile(cached, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data, n = re.subn(rb"(</f>)<v\s*/>|(</f>)<v></v>|(</f>)(?!<v>)",
                                  rb"</f><v>Note-taker</v>", data)  # fmt: skip
                assert n == 1
            dst.writestr(info, data)
    result = preview(db, meeting_id, cached)
    assert [c.describe() for c in result.changed[0].changes] == [
        f'Remarks: "{HOSTILE}" → "{NOTE_TAKER}"'
    ]


def test_a_formula_in_a_name_cell_is_the_name_as_text(db, meeting_id, sheet, capsys):
    edit(sheet, {("Yang", "family_name"): '=UPPER("yang")'})
    assert run(["--db", db.url, "import-participants", str(meeting_id), str(sheet)]) == 0
    out = capsys.readouterr().out
    assert 'Family name: "Yang" → "=UPPER("yang")"' in out
    assert re.search(r"note: row \d, column E \(Family name\): a formula, kept as text", out)


def test_a_list_that_cannot_be_applied_says_so_on_stderr(db, meeting_id, sheet, capsys):
    edit(sheet, {("Yang", "family_name"): None})
    assert run(["--db", db.url, "import-participants", str(meeting_id), str(sheet)]) == 2
    captured = capsys.readouterr()
    assert "family name cannot be removed" in captured.out
    assert captured.err == (
        "briefing-app: list.xlsx: cannot be applied: 1 problem(s) (listed above)\n"
    )
