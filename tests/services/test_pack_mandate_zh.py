"""Chinese mandate and relevance in the pack: zh shows them (English when empty),
both shows English then Chinese; checked in the rendered demo .docx."""

from __future__ import annotations

import docx
from sqlalchemy import select

from briefing_app.cli import run as cli
from briefing_app.db.models import Organization
from briefing_app.services.meetings import find_meeting
from briefing_app.services.pack import build_pack_content
from tests.services.pack_helpers import org_blocks


def _cnipa(demo_db) -> Organization:
    with demo_db.session() as s:
        org = s.scalar(select(Organization).where(Organization.uid == "CNIPA"))
        s.expunge(org)
        return org


def test_zh_demo_pack_shows_the_chinese_mandate_and_relevance(demo_db, db_path, tmp_path):
    out = tmp_path / "zh.docx"
    assert cli(["--db", str(db_path), "pack", "Roundtable", "--out", str(out), "--lang", "zh"]) == 0
    cnipa = _cnipa(demo_db)
    block = org_blocks(docx.Document(out))[cnipa.name_zh]
    assert cnipa.mandate_zh in block and cnipa.relevance_zh in block
    assert cnipa.mandate not in block and cnipa.relevance not in block


def test_both_pack_shows_english_then_chinese(demo_db, db_path, tmp_path):
    out = tmp_path / "both.docx"
    assert (
        cli(["--db", str(db_path), "pack", "Roundtable", "--out", str(out), "--lang", "both"]) == 0
    )
    cnipa = _cnipa(demo_db)
    blocks = org_blocks(docx.Document(out))
    block = next(lines for name, lines in blocks.items() if cnipa.name_en in name)
    assert block.index(cnipa.mandate) < block.index(cnipa.mandate_zh)
    assert block.index(cnipa.relevance) < block.index(cnipa.relevance_zh)


def test_zh_falls_back_to_english_when_the_chinese_text_is_empty(demo_db):
    with demo_db.session() as s, s.begin():
        org = s.scalar(select(Organization).where(Organization.uid == "CNIPA"))
        org.mandate_zh = ""
        mandate, relevance_zh = org.mandate, org.relevance_zh
        meeting_id = find_meeting(s, "Roundtable").id
    with demo_db.session() as s:
        content = build_pack_content(s, meeting_id, language="zh")
    section = next(o for o in content.organizations if o.uid == "CNIPA")
    assert section.mandate == [mandate]
    assert section.relevance == [relevance_zh]
