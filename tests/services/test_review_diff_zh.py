"""A real comparison read in Chinese: v1 generated and approved, a talking point
reworded and an RSVP changed, v2 generated; the text (CLI), the HTML (review
tab) and the Word memo of a Chinese pack say it in Chinese, with only the
snapshot's own values (names, RSVP words, the talking point's words) left as
they are."""

from __future__ import annotations

import html
import re

import docx
import pytest

from briefing_app.services.review.diff import compare_versions
from briefing_app.services.review.diff_render import format_html, format_text, words_text
from briefing_app.services.review.memo import write_memo
from briefing_app.services.review.versions import find_version
from tests.services.review_data import make_meeting
from tests.services.test_review_versions import _decide, _edit_after_approval, _generate

_LATIN = re.compile("[A-Za-z]")

pytestmark = pytest.mark.both_backends


@pytest.fixture
def meeting_id(db):
    with db.session() as s, s.begin():
        return make_meeting(s)


def _compare(db, meeting_id, tmp_path, language="en"):
    _generate(db, meeting_id, tmp_path / "v1.docx", language=language)
    _decide(db, meeting_id, 1, "submit", "approve")
    _edit_after_approval(db)
    _generate(db, meeting_id, tmp_path / "v2.docx", language=language)
    with db.session() as s:
        return compare_versions(s, meeting_id)


def _without(text: str, values) -> str:
    for value in values:
        text = text.replace(value, "")
    return text


def _snapshot_values(comparison) -> list[str]:
    """What the comparison quotes from the English snapshots, word diff included."""
    words = words_text(comparison.changes[1].words)
    return [words, "Mr. WANG Lei", "Supreme People's Court", "Invited", "Confirmed", "IP courts"]


def test_chinese_text_of_a_real_comparison(db, meeting_id, tmp_path):
    comparison = _compare(db, meeting_id, tmp_path)
    text = format_text(comparison, "zh")
    assert text.splitlines()[:8] == [
        "第 1 版至第 2 版的变更",
        "",
        "与会者：",
        "  - 修改“Mr. WANG Lei（Supreme People's Court）”：出席情况 Invited → Confirmed",
        "",
        "谈话要点：",
        "  - 改写“IP courts”（正文）：We welcome the specialised IP courts and their"
        " [-growing-] {+consistent+} case law. We propose an exchange …",
        "",
    ]
    # then who changed what between the versions (the audit trail), in Chinese too
    edits = text.splitlines()[8:]
    assert edits[0] == "修改记录："
    assert (
        edits[1].endswith("修改参会人员“Mr. WANG Lei”")
        and edits[2] == '      出席情况："已邀请" → "已确认"'
    )
    assert edits[3].endswith("修改谈话要点“IP courts”") and edits[4].startswith(
        "      正文：We welcome"
    )
    actor = comparison.edits[0].actor
    assert not _LATIN.search(_without(text, [*_snapshot_values(comparison), actor]))


def test_chinese_html_of_a_real_comparison(db, meeting_id, tmp_path):
    comparison = _compare(db, meeting_id, tmp_path)
    page = format_html(comparison, "zh")
    assert "<h3>第 1 版至第 2 版的变更</h3>" in page
    assert "<h4>与会者</h4>" in page and "<h4>谈话要点</h4>" in page
    assert "<b>改写</b>“IP courts”（正文）：" in page
    visible = html.unescape(re.sub(r"<[^>]+>", " ", page))
    words = [seg.text for seg in comparison.changes[1].words]
    assert "<h4>修改记录</h4>" in page  # who changed what between the versions
    actor = comparison.edits[0].actor
    assert not _LATIN.search(_without(visible, [*words, *_snapshot_values(comparison)[1:], actor]))


def test_english_text_of_the_same_comparison_is_unchanged(db, meeting_id, tmp_path):
    text = format_text(_compare(db, meeting_id, tmp_path))
    assert text.splitlines()[:4] == [
        "Changes from version 1 to version 2",
        "",
        "Participants:",
        '  - rsvp "Mr. WANG Lei (Supreme People\'s Court)": RSVP Invited → Confirmed',
    ]
    assert (
        '  - reworded "IP courts" (text): We welcome the specialised IP courts and their '
        "[-growing-] {+consistent+} case law." in text
    )


def test_memo_of_a_chinese_pack_is_in_chinese(db, meeting_id, tmp_path):
    comparison = _compare(db, meeting_id, tmp_path, language="zh")
    with db.session() as s:
        newer = find_version(s, meeting_id, 2)
        assert newer.language == "zh"
        snapshot = newer.snapshot
    memo = write_memo(comparison, snapshot, tmp_path / "memo.docx")
    paragraphs = [p.text for p in docx.Document(str(memo)).paragraphs]
    assert paragraphs[0] == "第 1 版以来的变更"
    assert paragraphs[1] == "IP Roundtable 2022：简报第 2 版与第 1 版的对比。"
    assert paragraphs[2:4] == [
        "与会者",
        "修改“Mr. WANG Lei（最高人民法院）”：出席情况 已邀请 → 已确认",
    ]
    assert paragraphs[4] == "谈话要点" and paragraphs[5].startswith("改写“IP courts”（正文）：")
    english = write_memo(comparison, snapshot, tmp_path / "memo-en.docx", language="en")
    assert docx.Document(str(english)).paragraphs[0].text == "Changes since version 1"
