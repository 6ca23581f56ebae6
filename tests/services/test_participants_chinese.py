"""A Chinese participant list reads as Chinese: the marking, venue and city in its
header, the Summary sheet's words, and the 职务 column holding the Chinese title (the
English one where there is none); the import reads the title back into the title the
column holds, and a list made before (English titles under 职务) changes nothing."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from briefing_app.db.models import Meeting, Person
from briefing_app.services.participants import apply_import
from briefing_app.services.participants.columns import COLUMNS, title_attribute
from tests.services.test_participants_support import edit, export_to, make_meeting, preview

pytestmark = pytest.mark.both_backends

TITLE = [c.key for c in COLUMNS].index("title") + 1


@pytest.fixture
def meeting_id(db):
    with db.session() as s, s.begin():
        meeting_id = make_meeting(s)
        meeting = s.get(Meeting, meeting_id)
        meeting.classification, meeting.classification_zh = "FOR OFFICIAL USE ONLY", ""
        meeting.venue_zh, meeting.city_zh = "办事处会议室", "北京"
        s.scalar(select(Person).where(Person.family_name == "Wang")).title_zh = "副主任委员"
        return meeting_id


def _titles(path) -> dict[str, str]:
    ws = load_workbook(path)["Participants"]
    family = [c.key for c in COLUMNS].index("family_name") + 1
    rows = range(2, ws.max_row + 1)
    return {ws.cell(r, family).value: ws.cell(r, TITLE).value for r in rows}


def test_a_chinese_list_is_headed_and_summed_up_in_chinese(db, meeting_id, tmp_path):
    wb = load_workbook(export_to(db, meeting_id, tmp_path / "zh.xlsx", language="zh"))
    for ws in wb.worksheets:
        assert ws.oddHeader.left.text == ws.oddFooter.left.text == "仅供公务使用"
    assert wb["Participants"].oddHeader.right.text == "2022-03-23 · 北京，办事处会议室"
    summary = [[c.value for c in row if c.value is not None] for row in wb["Summary"].iter_rows()]
    assert summary[1:3] == [["2022-03-23 · 北京，办事处会议室"], ["仅供公务使用"]]
    assert summary[4] == ["出席回复情况", "人数"]
    words = {v for row in summary for v in row if isinstance(v, str)}
    assert {"合计", "单位（英文）", "单位（中文）", "已确认/已出席"} <= words
    assert not any(w in words for w in ("RSVP status", "Total", "Organization"))


def test_english_and_bilingual_lists(db, meeting_id, tmp_path):
    en = load_workbook(export_to(db, meeting_id, tmp_path / "en.xlsx", language="en"))
    ws = en["Participants"]
    assert ws.oddHeader.left.text == "FOR OFFICIAL USE ONLY"
    assert ws.oddHeader.right.text == "2022-03-23 · Beijing office · Beijing"
    assert en["Summary"]["A5"].value == "RSVP status"
    both = load_workbook(export_to(db, meeting_id, tmp_path / "both.xlsx", language="both"))
    assert both["Participants"].oddHeader.left.text == "FOR OFFICIAL USE ONLY / 仅供公务使用"
    assert both["Summary"]["A5"].value == "RSVP status / 出席回复情况"


def test_the_chinese_lists_title_column_holds_chinese_titles(db, meeting_id, tmp_path):
    zh = _titles(export_to(db, meeting_id, tmp_path / "zh.xlsx", language="zh"))
    assert zh["Wang"] == "副主任委员"
    assert zh["Liu"] == "Director"  # no Chinese title: the English one
    en = _titles(export_to(db, meeting_id, tmp_path / "en.xlsx", language="en"))
    assert en["Wang"] == "Vice-Chair"


def test_an_unedited_chinese_list_changes_nothing(db, meeting_id, tmp_path):
    path = export_to(db, meeting_id, tmp_path / "zh.xlsx", language="zh")
    result = preview(db, meeting_id, path)
    assert result.changed == [] and result.title_attr == "title_zh"


def test_a_title_edited_in_a_chinese_list_is_the_chinese_title(db, meeting_id, tmp_path):
    path = export_to(db, meeting_id, tmp_path / "zh.xlsx", language="zh")
    edit(path, {("Wang", "title"): "主任委员", ("Liu", "title"): "主任"})
    result = preview(db, meeting_id, path)
    changes = {c.name: [(f.field, f.old, f.new) for f in c.changes] for c in result.changed}
    assert changes == {
        "WANG Wei": [("title", "副主任委员", "主任委员")],
        "LIU Hua": [("title", "Director", "主任")],
    }
    with db.session() as s, s.begin():
        apply_import(s, meeting_id, result)
    with db.session() as s:
        people = {p.family_name: (p.title_en, p.title_zh) for p in s.scalars(select(Person))}
    assert people["Wang"] == ("Vice-Chair", "主任委员")
    assert people["Liu"] == ("Director", "主任")


def test_a_chinese_list_made_before_with_english_titles_changes_nothing(db, meeting_id, tmp_path):
    """Before, a Chinese list of an English meeting held the English titles under 职务."""
    path = export_to(db, meeting_id, tmp_path / "zh.xlsx", language="zh")
    edit(path, {("Wang", "title"): "Vice-Chair"})
    assert preview(db, meeting_id, path).changed == []


@pytest.mark.parametrize(
    ("meeting", "listed", "expected"),
    [("en", "zh", "title_zh"), ("zh", "en", "title_en"), ("zh", None, "title_zh"),
     ("en", "both", "title_en"), ("zh", "both", "title_zh")],
)  # fmt: skip
def test_the_title_column_follows_the_lists_language(meeting, listed, expected):
    assert title_attribute(meeting, listed) == expected
