"""The HTML preview shows what the Word pack shows: the DRAFT marking with the
pack version on the cover and in the header until the version is approved."""

from __future__ import annotations

import dataclasses

from briefing_app.services.pack.content import build_pack_content
from briefing_app.services.preview_html import marking_line, render_preview_html


def _content(demo_db, language="en"):
    with demo_db.session() as s:
        return build_pack_content(s, "Roundtable", language, pack_version=3)


def test_a_draft_says_draft_and_its_pack_version_on_the_cover_and_in_the_header(demo_db):
    content = _content(demo_db)
    assert content.draft
    html = render_preview_html(content)
    cover = '<p class="draft"><span style="font-size: 16pt;">DRAFT</span>&nbsp;&nbsp;Pack version 3'
    assert cover in html
    header = marking_line(content)
    assert header == f"DRAFT · {content.marking}"
    assert html.index(header) < html.index(cover)  # the page header comes first
    assert html.rstrip().endswith(f'<p class="marking">{content.marking}</p></body></html>')


def test_an_approved_version_has_no_draft_marking(demo_db):
    content = dataclasses.replace(_content(demo_db), draft=False)
    html = render_preview_html(content)
    assert "DRAFT" not in html
    assert marking_line(content) == content.marking
    assert "Pack version" in html  # the cover still names the version


def test_chinese_preview_uses_the_packs_chinese_words(demo_db):
    content = _content(demo_db, "zh")
    html = render_preview_html(content)
    assert "草稿</span>&nbsp;&nbsp;简报版本 3</p>" in html
    assert "会议简报" in html
