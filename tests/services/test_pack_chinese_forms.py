"""What a Chinese reader sees in a Chinese or bilingual pack where the data used to
have no Chinese: the classification marking (header and footer), the office's name
(letterhead, "Prepared by"), the venue and city, and the annex's source lines; each
falls back to the English text when its Chinese is empty. Checked in the rendered
.docx (body, headers and footers) and in the content."""

from __future__ import annotations

import zipfile

import docx
import pytest
from sqlalchemy import select

from briefing_app.cli import run as cli
from briefing_app.db.models import Meeting, Organization, Priority
from briefing_app.domain.vocabulary import marking_pair
from briefing_app.services.pack import build_pack_content
from briefing_app.settings import Settings

OFFICE_ZH = "世界知识产权组织中国办事处"
VENUE_ZH = "北京，世界知识产权组织中国办事处会议室"


def _pack(db_path, tmp_path, language: str):
    out = tmp_path / f"{language}.docx"
    args = ["--db", str(db_path), "pack", "Roundtable", "--out", str(out), "--lang", language]
    assert cli(args) == 0
    return out


def _header_footer_texts(path) -> list[str]:
    """The text of every header and footer part the .docx holds."""
    with zipfile.ZipFile(path) as zf:
        names = [n for n in zf.namelist() if n.startswith(("word/header", "word/footer"))]
        parts = [docx.oxml.parse_xml(zf.read(n)) for n in names]
    return ["".join(t.text or "" for t in part.iter(docx.oxml.ns.qn("w:t"))) for part in parts]


def _body_text(path) -> str:
    document = docx.Document(path)
    return "".join(t.text or "" for t in document.element.body.iter(docx.oxml.ns.qn("w:t")))


def test_a_chinese_pack_has_the_chinese_marking_office_venue_and_sources(
    demo_db, db_path, tmp_path
):
    out = _pack(db_path, tmp_path, "zh")
    marks = [text for text in _header_footer_texts(out) if text.strip()]
    assert marks and all("仅供公务使用" in text for text in marks)
    assert not any("OFFICIAL" in text for text in marks)
    document = docx.Document(out)
    letterhead = document.tables[0].cell(0, 0).text
    assert letterhead == OFFICE_ZH
    body = _body_text(out)
    assert f"编制单位{OFFICE_ZH}" in body.replace("\u2060", "")
    assert VENUE_ZH in body and "Conference Room" not in body
    assert "来源：2021年9月世界知识产权组织成员国大会 · 时期：2022-2026" in body
    assert "来源：世界知识产权组织仲裁与调解中心 · 时期：长期" in body
    assert "ongoing" not in body and "Source" not in body
    assert "2014年7月14日 — 成立" in body  # an engagement's date as Chinese writes it
    assert document.core_properties.content_status == "仅供公务使用"


def test_a_bilingual_pack_has_both_forms(demo_db, db_path, tmp_path):
    out = _pack(db_path, tmp_path, "both")
    header = next(text for text in _header_footer_texts(out) if "DRAFT" in text)
    assert header == "DRAFT / 草稿 · FOR OFFICIAL USE ONLY / 仅供公务使用"
    body = _body_text(out)
    venue = next(r for r in docx.Document(out).tables[1].rows if r.cells[0].text == "Venue / 地点")
    # English, then the Chinese on a line of its own (on one line it broke inside a name)
    assert venue.cells[1].text == f"Conference Room, WIPO Office in China, Beijing\n{VENUE_ZH}"
    assert f"WIPO Office in China / {OFFICE_ZH}" in body
    adr = next(p for p in docx.Document(out).paragraphs if "Arbitration and Mediation C" in p.text
               and p.text.startswith("Source"))  # fmt: skip
    assert adr.text == (
        "Source / 来源: WIPO Arbitration and Mediation Center · Period: ongoing\n"
        "世界知识产权组织仲裁与调解中心 · 时期：长期"
    )
    document = docx.Document(out)
    # The letterhead on two lines: on one, the Chinese name broke inside itself.
    assert document.tables[0].cell(0, 0).text == f"WIPO Office in China\n{OFFICE_ZH}"
    assert document.core_properties.author == f"WIPO Office in China / {OFFICE_ZH}"


def test_an_english_pack_is_as_before(demo_db, db_path, tmp_path):
    out = _pack(db_path, tmp_path, "en")
    assert all("仅供" not in text for text in _header_footer_texts(out))
    body = _body_text(out)
    assert "Conference Room, WIPO Office in China, Beijing" in body
    assert "北京" not in body and "来源" not in body


def _blank_chinese(session) -> None:
    meeting = session.scalar(select(Meeting))
    meeting.venue_zh = meeting.city_zh = meeting.classification_zh = ""
    for priority in session.scalars(select(Priority)):
        priority.source_zh = priority.period_zh = ""


def test_without_chinese_the_chinese_pack_prints_the_english(demo_db):
    with demo_db.session() as s, s.begin():
        _blank_chinese(s)
        meeting = s.scalar(select(Meeting))
        meeting.classification = "EYES ONLY"  # not a listed marking: no Chinese form
        woc = select(Organization).where(Organization.name_en == "WIPO Office in China")
        office = s.scalar(woc)
        office.name_zh = ""
    with demo_db.session() as s:
        content = build_pack_content(s, "Roundtable", "zh", settings=Settings())
    assert content.marking == "EYES ONLY"
    assert content.office == content.cover.prepared_by == "WIPO Office in China"
    assert content.cover.venue == "Conference Room, WIPO Office in China, Beijing"
    assert content.annex[0].source == "WIPO General Assembly, September 2021 · 时期：2022-2026"


def test_a_part_in_chinese_and_the_other_in_english(demo_db):
    with demo_db.session() as s, s.begin():
        s.scalar(select(Meeting)).venue_zh = ""
    with demo_db.session() as s:
        content = build_pack_content(s, "Roundtable", "zh", settings=Settings())
    assert content.cover.venue == "北京，Conference Room, WIPO Office in China"


def test_the_settings_and_the_meeting_give_the_chinese_forms(demo_db):
    settings = Settings(office_name_zh="产权组织驻华办事处", classification_zh="内部")
    with demo_db.session() as s, s.begin():
        meeting = s.scalar(select(Meeting))
        meeting.classification, meeting.classification_zh = "", ""
    with demo_db.session() as s:
        content = build_pack_content(s, "Roundtable", "zh", settings=settings)
    assert content.office == "产权组织驻华办事处"
    assert content.marking == "内部"  # the settings' default marking, in its Chinese form
    with demo_db.session() as s, s.begin():
        s.scalar(select(Meeting)).classification_zh = "机密（会议）"
    with demo_db.session() as s:
        both = build_pack_content(s, "Roundtable", "both", settings=settings)
    # The meeting's own Chinese, with the settings' English (the meeting has none).
    assert both.marking == "FOR OFFICIAL USE ONLY / 机密（会议）"


@pytest.mark.parametrize(
    ("marking", "marking_zh", "expected"),
    [
        ("FOR OFFICIAL USE ONLY", "", "仅供公务使用"),
        ("confidential", "", "机密"),
        ("RESTRICTED", "内部限阅", "内部限阅"),
        ("EYES ONLY", "", ""),
    ],
)
def test_listed_markings_have_a_chinese_form(marking, marking_zh, expected):
    assert marking_pair(marking, marking_zh) == (marking, expected)
