"""Chinese kind and follow-ups of engagements in the pack: zh shows them (English
when empty), both shows English then Chinese; checked in the rendered demo .docx
and in the HTML preview."""

from __future__ import annotations

import docx
from sqlalchemy import select

from briefing_app.cli import run as cli
from briefing_app.db.models import Engagement
from briefing_app.services.meetings import find_meeting
from briefing_app.services.pack import build_pack_content
from briefing_app.services.preview_html import render_preview_html
from tests.services.pack_helpers import org_blocks

CNIPA_NAME_ZH = "国家知识产权局"


def _cnipa_engagement(demo_db) -> Engagement:
    with demo_db.session() as s:
        e = s.scalar(select(Engagement).where(Engagement.uid == "ENG-CNIPA-INSTRUMENTS"))
        s.expunge(e)
        return e


def _pack(db_path, out, language: str) -> list[str]:
    args = ["--db", str(db_path), "pack", "Roundtable", "--out", str(out), "--lang", language]
    assert cli(args) == 0
    blocks = org_blocks(docx.Document(out))
    return next(lines for name, lines in blocks.items() if CNIPA_NAME_ZH in name)


def test_zh_demo_pack_shows_the_chinese_kind_and_follow_ups(demo_db, db_path, tmp_path):
    e = _cnipa_engagement(demo_db)
    block = "\n".join(_pack(db_path, tmp_path / "zh.docx", "zh"))
    assert f"2022年2月5日 — {e.kind_zh}" in block
    assert e.follow_ups_zh in block
    assert e.kind not in block and e.follow_ups not in block


def test_both_pack_shows_english_then_chinese(demo_db, db_path, tmp_path):
    e = _cnipa_engagement(demo_db)
    block = "\n".join(_pack(db_path, tmp_path / "both.docx", "both"))
    assert f"2022-02-05 — {e.kind} / {e.kind_zh}" in block
    assert block.index(e.follow_ups) < block.index(e.follow_ups_zh)


def test_zh_falls_back_to_english_and_the_preview_shows_the_picked_texts(demo_db):
    with demo_db.session() as s, s.begin():
        e = s.scalar(select(Engagement).where(Engagement.uid == "ENG-CNIPA-INSTRUMENTS"))
        e.kind_zh = ""
        kind, follow_ups_zh = e.kind, e.follow_ups_zh
        meeting_id = find_meeting(s, "Roundtable").id
    with demo_db.session() as s:
        content = build_pack_content(s, meeting_id, language="zh")
    section = next(o for o in content.organizations if o.uid == "CNIPA")
    entry = next(x for x in section.engagements if x.uid == "ENG-CNIPA-INSTRUMENTS")
    assert (entry.kind, entry.follow_ups) == (kind, follow_ups_zh)
    html = render_preview_html(content)
    assert f"2022年2月5日 {kind}:" in html
    assert f"<i>后续行动:</i> {follow_ups_zh}" in html
