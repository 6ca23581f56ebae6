"""The snapshot comparison: word diff and every area, on PackContent built by hand,
and its wording in English and Chinese."""

from __future__ import annotations

import pytest

from briefing_app.services.pack.model import (
    AgendaRow,
    MessageGroup,
    OrganizationSection,
    PackContent,
    ParticipantRow,
    TalkingPointEntry,
)
from briefing_app.services.review.diff import Detail, Place, compare, default_pair, word_diff
from briefing_app.services.review.diff_labels import detail_text, subject_text
from briefing_app.services.review.diff_render import format_html, format_text, words_text

pytestmark = pytest.mark.both_backends


def _content(**kw) -> PackContent:
    tp_a = TalkingPointEntry(uid="a", title="Trade", text=["IP supports fair trade."])
    base = dict(
        agenda=[AgendaRow(time="09:30", item="Opening", speaker="Director")],
        participants=[ParticipantRow(uid="p1", organization="MOFCOM", name="Ms. LIU Hua",
                                     role="Head of delegation", rsvp="Confirmed")],
        organizations=[OrganizationSection(uid="o1", name="MOFCOM", talking_points=[tp_a])],
        key_messages=[],
    )  # fmt: skip
    base.update(kw)
    return PackContent(**base)


def test_word_diff_marks_only_changed_words_and_shortens_long_context():
    old = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen end"
    new = old.replace("end", "finish")
    text = words_text(word_diff(old, new))
    assert text == "… nine ten eleven twelve thirteen fourteen [-end-] {+finish+}"


def test_word_diff_compares_chinese_character_by_character():
    old = "邓鸿森总干事在北京接受中国批准的文书。"
    new = "邓鸿森总干事在日内瓦接受中国批准的文书。"
    assert (
        words_text(word_diff(old, new)) == "邓鸿森总干事在 [-北京-] {+日内瓦+} 接受中国批准的文书。"
    )
    mixed = words_text(word_diff("WIPO 中国办事处 opened", "WIPO 中国办事处 reopened"))
    assert mixed == "WIPO 中国办事处 [-opened-] {+reopened+}"


def test_identical_content_has_no_changes_even_with_new_date_and_number():
    a, b = _content(), _content()
    b.generated_at, b.pack_version, b.cover.version, b.cover.generated = "x", 2, "2", "today"
    comparison = compare(a.to_dict(), b.to_dict())
    assert comparison.changes == []
    assert format_text(comparison).endswith("no changes to the content.")


def test_every_area_is_compared():
    new_tp = TalkingPointEntry(uid="b", title="Madrid", text=["Use Madrid."])
    b = _content(
        agenda=[AgendaRow(time="10:00", item="Opening", speaker="Director"),
                AgendaRow(time="10:30", item="Lunch")],
        participants=[ParticipantRow(uid="p2", organization="SPC", name="", role="Member")],
        organizations=[OrganizationSection(uid="o2", name="SPC")],
        key_messages=[MessageGroup(uid="g", title="Ecosystem", talking_points=[new_tp])],
    )  # fmt: skip
    b.cover.venue = "Beijing"
    comparison = compare(_content(), b, 1, 2)
    got = [(c.area, c.kind, subject_text(c, "en")) for c in comparison.changes]
    assert got == [
        ("meeting", "changed", "venue"),
        ("agenda", "changed", "Opening"),
        ("agenda", "added", "Lunch"),
        ("participants", "added", "seat for SPC"),
        ("participants", "removed", "Ms. LIU Hua (MOFCOM)"),
        ("organizations", "added", "SPC"),
        ("organizations", "removed", "MOFCOM"),
        ("talking_points", "added", "Madrid"),
        ("talking_points", "removed", "Trade"),
    ]
    assert comparison.changes[1].details == [Detail("field", ("time", "09:30", "10:00"))]
    assert detail_text(comparison.changes[1], "en") == "time 09:30 → 10:00"
    assert comparison.changes[3].subject == "" and comparison.changes[3].organization == "SPC"
    assert comparison.changes[7].details == [Detail("for", (Place("Ecosystem", True),))]
    html = format_html(comparison)
    assert "<h4>Talking points</h4>" in html and "Beijing" in html


def test_moved_talking_point_and_html_word_marks():
    moved = _content()
    tp = moved.organizations[0].talking_points[0]
    tp.text = ["IP supports open trade."]
    moved.organizations.append(OrganizationSection(uid="o2", name="SPC", talking_points=[tp]))
    comparison = compare(_content(), moved)
    assert [(c.kind, detail_text(c, "en")) for c in comparison.changes] == [
        ("added", ""),
        ("reworded", "text"),
        ("moved", "now also for SPC"),
    ]
    assert comparison.changes[2].details == [Detail("now_also_for", (Place("SPC"),))]
    html = format_html(comparison)
    assert 'text-decoration:line-through">fair</span>' in html
    assert 'text-decoration:underline">open</span>' in html


def test_default_pair_is_last_approved_against_newest():
    assert default_pair([1, 2, 3], approved=[1]) == (1, 3)
    assert default_pair([1, 2, 3], approved=[]) == (2, 3)
    assert default_pair([1, 2, 3], approved=[3]) == (2, 3)


def _every_kind_of_change():
    """v1 and v2 differing in every way the comparison knows."""
    old = _content(purpose=["Deepen cooperation on IP."])
    old.organizations[0].talking_points[0].status = "approved"
    wang = ParticipantRow(
        uid="p3", organization="SPC", name="Mr. WANG Lei", title="Judge", role="Member",
        rsvp="Invited",
    )  # fmt: skip
    old.participants.append(wang)
    tp = TalkingPointEntry(uid="a", title="Trade and IP", text=["IP supports open trade."],
                           status="draft")  # fmt: skip
    new = _content(
        agenda=[AgendaRow(time="10:00", item="Opening", speaker="Director", notes="short"),
                AgendaRow(time="10:30", item="Lunch")],
        participants=[ParticipantRow(uid="p2", organization="SPC", role="Member"),
                      ParticipantRow(uid="p3", organization="SPC", name="Mr. CHEN Jun",
                                     title="Senior Judge", role="Head of delegation",
                                     rsvp="Declined")],
        organizations=[OrganizationSection(uid="o1", name="MOFCOM"),
                       OrganizationSection(uid="o2", name="SPC", talking_points=[tp])],
        key_messages=[MessageGroup(uid="g", title="Ecosystem", talking_points=[
            TalkingPointEntry(uid="b", title="Madrid", text=["Use Madrid."]), tp])],
        purpose=["Deepen cooperation on IP and courts."],
    )  # fmt: skip
    new.cover.venue, new.cover.briefing_for, new.marking = "Beijing", "Director", "CONFIDENTIAL"
    return compare(old, new, 1, 2)


#: What the English text said before the comparison was put into words by language
#: (only the status, now in the pack's vocabulary, reads "Approved" instead of "approved").
ENGLISH = """\
Changes from version 1 to version 2

Meeting details:
  - changed "venue": — → Beijing
  - changed "briefing for": — → Director
  - changed "marking": — → CONFIDENTIAL
  - reworded "purpose": Deepen cooperation on [-IP.-] {+IP and courts.+}

Agenda:
  - changed "Opening": time 09:30 → 10:00; notes — → short
  - added "Lunch": 10:30

Participants:
  - added "seat for SPC": Member
  - rsvp "Mr. CHEN Jun (SPC)": RSVP Invited → Declined
  - role "Mr. CHEN Jun (SPC)": role Member → Head of delegation
  - changed "Mr. CHEN Jun (SPC)": was Mr. WANG Lei, Judge
  - removed "Ms. LIU Hua (MOFCOM)"

Organizations:
  - added "SPC"

Talking points:
  - reworded "Trade and IP" (title): Trade {+and IP+}
  - reworded "Trade and IP" (text): IP supports [-fair-] {+open+} trade.
  - status "Trade and IP": Approved → Draft
  - moved "Trade and IP": now also for SPC, key messages: Ecosystem; no longer for MOFCOM
  - added "Madrid": for key messages: Ecosystem"""


def test_english_text_of_every_kind_of_change():
    comparison = _every_kind_of_change()
    assert format_text(comparison) == ENGLISH
    assert format_text(comparison, "en") == ENGLISH
    html = format_html(comparison)
    assert "<h3>Changes from version 1 to version 2</h3>" in html
    assert "<b>moved</b> “Trade and IP”: now also for SPC, key messages: Ecosystem; no " in html


def test_chinese_text_of_every_kind_of_change():
    text = format_text(_every_kind_of_change(), "zh")
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert lines == [
        "第 1 版至第 2 版的变更",
        "会议信息：",
        "- 修改“地点”：— → Beijing",
        "- 修改“呈阅对象”：— → Director",
        "- 修改“密级标识”：— → CONFIDENTIAL",
        "- 改写“目的和目标”：Deepen cooperation on [-IP.-] {+IP and courts.+}",
        "议程：",
        "- 修改“Opening”：时间 09:30 → 10:00；备注 — → short",
        "- 新增“Lunch”：10:30",
        "与会者：",
        "- 新增“SPC（人选待定）”：Member",
        "- 修改“Mr. CHEN Jun（SPC）”：出席情况 Invited → Declined",
        "- 修改“Mr. CHEN Jun（SPC）”：角色 Member → Head of delegation",
        "- 修改“Mr. CHEN Jun（SPC）”：原为Mr. WANG Lei，Judge",
        "- 删除“Ms. LIU Hua（MOFCOM）”",
        "与会单位：",
        "- 新增“SPC”",
        "谈话要点：",
        "- 改写“Trade and IP”（标题）：Trade {+and IP+}",
        "- 改写“Trade and IP”（正文）：IP supports [-fair-] {+open+} trade.",
        "- 状态变更“Trade and IP”：已批准 → 草稿",
        "- 适用范围变更“Trade and IP”：现亦用于SPC、核心信息（Ecosystem）；不再用于MOFCOM",
        "- 新增“Madrid”：用于核心信息（Ecosystem）",
    ]


def test_no_changes_in_chinese():
    comparison = compare(_content(), _content(), 3, 4)
    assert format_text(comparison, "zh") == "第 3 版至第 4 版的变更：内容没有变更。"
    assert format_html(comparison, "zh") == "<h3>第 3 版至第 4 版的变更</h3><p>内容没有变更。</p>"


def test_html_and_memo_put_no_space_between_chinese_characters(tmp_path):
    import docx

    from briefing_app.services.review.memo import write_memo

    old = _content(purpose=["邓鸿森总干事在北京接受中国批准的文书。"])
    new = _content(purpose=["邓鸿森总干事在日内瓦接受中国批准的文书。"])
    comparison = compare(old, new, 1, 2)
    page = format_html(comparison, "zh")
    assert "在<span" in page and "</span>接受" in page and "</span><span" in page
    snapshot = new.to_dict() | {"language": "zh"}
    memo = docx.Document(str(write_memo(comparison, snapshot, tmp_path / "m.docx")))
    line = next(p.text for p in memo.paragraphs if "日内瓦" in p.text)
    assert line.endswith("邓鸿森总干事在北京日内瓦接受中国批准的文书。")


def test_memo_of_a_bilingual_pack_reads_in_english_only(tmp_path):
    import docx

    from briefing_app.services.review.memo import write_memo

    comparison = _every_kind_of_change()
    memo = write_memo(comparison, _content().to_dict() | {"language": "both"}, tmp_path / "m.docx")
    text = "\n".join(p.text for p in docx.Document(str(memo)).paragraphs)
    assert "Changes since version 1" in text
    assert "Approved → Draft" in text and "已" not in text and "草稿" not in text


def test_name_layout_of_a_newer_pack_is_not_a_change():
    """Packs made before issue 11 wrote "Ms. WANG Fang (王芳)"; newer ones hold the
    honorific with a no-break space and put the native name on a line of its own."""
    from briefing_app.services.pack.model import PackContent, ParticipantRow
    from briefing_app.services.review.diff import compare

    old = PackContent(participants=[ParticipantRow(uid="S-1", name="Ms. WANG Fang (王芳)")])
    new = PackContent(participants=[ParticipantRow(uid="S-1", name="Ms.\u00a0WANG Fang\n王芳")])
    assert compare(old, new).changes == []
    renamed = PackContent(participants=[ParticipantRow(uid="S-1", name="Ms.\u00a0WANG Li\n王丽")])
    assert len(compare(old, renamed).changes) == 1
