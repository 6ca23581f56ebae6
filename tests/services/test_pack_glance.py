"""The pack's first pages: a cover with letterhead, reference and sign-off block, the
"At a glance" page, and the agenda with its notes and speakers' titles."""

from __future__ import annotations

import docx
import pytest
from sqlalchemy import select

from briefing_app.db.models import AgendaItem, Meeting, Participant
from briefing_app.services.pack import build_pack_content, generate_pack
from briefing_app.services.pack.glance import short_purpose, top_messages
from briefing_app.services.pack.labels import LANGUAGES
from briefing_app.services.pack.model import MessageGroup, TalkingPointEntry
from briefing_app.settings import Settings
from tests.services.pack_helpers import section_texts


def _texts_before_contents(document) -> list[str]:
    out = []
    for style, text in section_texts(document):
        if style == "TOC Heading":
            break
        out.append(plain(text))
    return out


def plain(text: str) -> str:
    """Without the characters that hold a name together (no-break space, word joiner)."""
    return text.replace("\u00a0", " ").replace("\u2060", "")


def test_glance_in_english_names_leads_with_their_own_script(demo_db):
    with demo_db.session() as s:
        glance = build_pack_content(s, "Roundtable", "en").glance
    assert glance.when == "Wednesday, 23 March 2022, 09:30–12:00 (Asia/Shanghai, UTC+08:00)"
    assert glance.where == "Conference Room, WIPO Office in China, Beijing"
    # The first clause of the objectives (the full text is under "Purpose").
    assert glance.purpose == [
        "Introduce WIPO's vision, mission and global IP services (the five golden keys) "
        "to government partners"
    ]
    leads = {lead.organization: lead for lead in glance.leads}
    assert glance.leads[0].organization == "WIPO Office in China"  # order of precedence
    assert plain(leads["WIPO Office in China"].name) == "Ms. LIU Hua (刘华)"
    assert leads["WIPO Office in China"].title == "Director, WIPO Office in China"
    assert leads["Boao Forum for Asia"].name == "(seat to be named)"  # a seat without a person
    assert len(glance.decisions) == 2 and glance.decisions[0].startswith("Agree on a yearly")
    assert 3 <= len(glance.messages) <= 5


def test_glance_in_chinese(demo_db):
    with demo_db.session() as s:
        glance = build_pack_content(s, "Roundtable", "zh").glance
    assert glance.leads[0].organization == "世界知识产权组织中国办事处"
    assert plain(glance.leads[0].name) == "刘华女士"
    assert glance.decisions[0].startswith("商定由中国办事处")
    assert "（Asia/Shanghai，UTC+08:00）" in glance.when


def test_a_head_who_declined_does_not_lead_the_next_person_does(demo_db):
    with demo_db.session() as s, s.begin():
        head = s.scalar(select(Participant).where(Participant.uid == "RT22-P-MOST-1"))
        head.rsvp = "declined"
    with demo_db.session() as s:
        glance = build_pack_content(s, "Roundtable", "en").glance
    most = next(lead for lead in glance.leads if lead.organization.startswith("Ministry of Sci"))
    assert "GAO" in most.name  # the member who comes


def _group(uid: str, *titles: str) -> MessageGroup:
    return MessageGroup(
        uid=uid, title=uid, talking_points=[TalkingPointEntry(title=t) for t in titles]
    )


def test_top_messages_first_under_each_priority_then_topped_up_to_three():
    many = [_group(f"P{i}", f"first {i}", f"second {i}") for i in range(7)]
    assert [m.title for m in top_messages(many)] == [f"first {i}" for i in range(5)]
    few = [_group("P1", "a1", "a2", "a3"), _group("", "other")]  # "" = serves no priority
    assert [m.title for m in top_messages(few)] == ["a1", "a2", "a3"]
    assert top_messages([]) == []


def test_short_purpose_keeps_short_text_and_cuts_long_text_after_its_first_clause():
    assert short_purpose("Deepen cooperation.") == "Deepen cooperation."
    long = "Present the plan; " + "hear each institution's views and suggestions " * 4
    assert short_purpose(long) == "Present the plan"
    chinese = "介绍中期战略计划；" + "听取各机构的知识产权工作介绍和建议" * 8
    assert short_purpose(chinese) == "介绍中期战略计划。"


def test_cover_letterhead_reference_sign_off_and_no_marking_in_the_body(demo_db, tmp_path):
    with demo_db.session() as s:
        pack = generate_pack(s, "Roundtable", tmp_path / "pack.docx")
    document = docx.Document(pack.path)
    texts = _texts_before_contents(document)
    assert texts[0] == "WIPO Office in China"  # the letterhead, first thing on the page
    assert "WOC/ROUNDTABLE-2022/v1" in texts
    assert any(t.startswith("1 (DRAFT) · ") for t in texts)
    assert texts[texts.index("Cleared by") + 1].startswith("____")
    # The marking and DRAFT are in the header and footer, not on the cover's body.
    assert not any("FOR OFFICIAL USE ONLY" in t for t in texts)
    assert not any(t.startswith("DRAFT") for t in texts)
    header = document.sections[0].header.paragraphs[0].text
    footer = document.sections[0].footer.paragraphs[0].text
    assert header == "DRAFT · FOR OFFICIAL USE ONLY" and "FOR OFFICIAL USE ONLY" in footer


def test_reference_prefix_setting(demo_db):
    settings = Settings(reference_prefix="WOC-PROT")
    with demo_db.session() as s:
        content = build_pack_content(s, "Roundtable", settings=settings, pack_version=4)
    assert content.cover.reference == "WOC-PROT/ROUNDTABLE-2022/v4"
    assert Settings(office_name="").resolved_reference_prefix() == "BP"


def test_glance_page_follows_the_cover(demo_db, tmp_path):
    with demo_db.session() as s:
        pack = generate_pack(s, "Roundtable", tmp_path / "pack.docx", language="both")
    texts = _texts_before_contents(docx.Document(pack.path))
    start = texts.index("At a glance / 概览")
    glance = texts[start:]
    for label in ("Decisions sought / 寻求达成的决定", "Heads of delegation / 代表团团长"):
        assert label in glance
    assert "Messages that matter most / 最重要的信息" in glance
    assert "Mr. WANG Jianguo\n王建国" in glance or "Mr. WANG Jianguo (王建国)" in glance


_NOTES = "Slides in English and Chinese; 15 minutes with questions"
_NOTES_ZH = "中英文幻灯片；含提问共15分钟"


@pytest.mark.parametrize("language", ["en", "zh"])
def test_agenda_shows_notes_and_the_speakers_title(demo_db, tmp_path, language):
    with demo_db.session() as s:
        pack = generate_pack(s, "Roundtable", tmp_path / "pack.docx", language=language)
    rows = [row for t in docx.Document(pack.path).tables for row in t.rows]
    row = next(row for row in rows if row.cells[0].text == "09:40–10:00")
    item = row.cells[1].paragraphs
    assert item[-1].text == (_NOTES if language == "en" else _NOTES_ZH)
    assert item[-1].runs[0].italic
    expected = "Ms. LIU Hua, Director, WIPO Office in China"
    chinese = "刘华女士，世界知识产权组织中国办事处主任"
    assert plain(row.cells[2].text) == (expected if language == "en" else chinese)


def test_agenda_notes_in_chinese_where_they_exist_and_both_in_a_bilingual_pack(demo_db):
    with demo_db.session() as s, s.begin():
        item = s.scalar(select(AgendaItem).where(AgendaItem.uid == "RT22-A4"))
        item.notes_zh = ""  # no Chinese notes: a Chinese pack prints the English ones
    with demo_db.session() as s:
        agendas = {lang: build_pack_content(s, "Roundtable", lang).agenda for lang in LANGUAGES}
    notes = {lang: [row.notes for row in rows] for lang, rows in agendas.items()}
    assert notes["zh"][1] == _NOTES_ZH
    assert notes["both"][1] == f"{_NOTES}\n{_NOTES_ZH}"
    assert (
        notes["zh"][3]
        == notes["both"][3]
        == notes["en"][3]
        == ("Hand out the MTSP summary in Chinese")
    )
    assert notes["zh"][0] == notes["both"][0] == ""  # an item without notes has none


def test_a_free_text_speaker_in_chinese_where_there_is_one(demo_db):
    with demo_db.session() as s, s.begin():
        item = s.scalar(select(AgendaItem).where(AgendaItem.uid == "RT22-A7"))
        item.speaker_zh = ""  # no Chinese: a Chinese pack prints the English
    with demo_db.session() as s:
        agendas = {lang: build_pack_content(s, "Roundtable", lang).agenda for lang in LANGUAGES}
    speakers = {lang: [row.speaker for row in rows] for lang, rows in agendas.items()}
    english = "Heads of delegation, in order of precedence"
    assert (speakers["en"][5], speakers["zh"][5]) == (english, "各团团长，按礼宾顺序")
    assert speakers["both"][5] == f"{english}\n各团团长，按礼宾顺序"
    assert speakers["zh"][6] == speakers["both"][6] == "All participants"
    # A speaker linked to a person is named from the person, whatever speaker_zh says.
    assert plain(speakers["zh"][0]) == "刘华女士，世界知识产权组织中国办事处主任"


def test_bilingual_agenda_notes_are_two_lines_of_one_grey_paragraph(demo_db, tmp_path):
    with demo_db.session() as s:
        pack = generate_pack(s, "Roundtable", tmp_path / "pack.docx", language="both")
    rows = [row for t in docx.Document(pack.path).tables for row in t.rows]
    row = next(row for row in rows if row.cells[0].text == "09:40–10:00")
    notes = row.cells[1].paragraphs[-1]
    assert notes.text == f"{_NOTES}\n{_NOTES_ZH}"
    assert all(run.italic for run in notes.runs if run.text)


def test_meeting_without_decisions_or_messages_leaves_them_out(demo_db, tmp_path):
    with demo_db.session() as s, s.begin():
        meeting = s.scalar(select(Meeting))
        meeting.decisions = meeting.decisions_zh = ""
    with demo_db.session() as s:
        pack = generate_pack(s, "Roundtable", tmp_path / "pack.docx")
    texts = _texts_before_contents(docx.Document(pack.path))
    assert "At a glance" in texts and "Decisions sought" not in texts


def test_another_language_of_the_same_version_shows_its_number_and_reference(
    demo_db, tmp_path, capsys
):
    from briefing_app.cli import run

    for language in ("en", "zh"):
        out = tmp_path / f"{language}.docx"
        argv = ["--db", str(demo_db.path), "pack", "Roundtable", "--lang", language]
        assert run([*argv, "--out", str(out)]) == 0
    capsys.readouterr()
    texts = _texts_before_contents(docx.Document(str(tmp_path / "zh.docx")))
    assert "WOC/ROUNDTABLE-2022/v1" in texts  # one version: the Chinese file is version 1
    assert any(t.startswith("1（草稿） · ") for t in texts)
