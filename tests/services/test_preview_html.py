"""The HTML preview shows what the Word pack shows: the DRAFT marking with the
pack version on the cover and in the header until the version is approved."""

from __future__ import annotations

import dataclasses
from html import escape

from briefing_app.services.pack.content import build_pack_content
from briefing_app.services.preview_html import marking_line, render_preview_html


def _content(demo_db, language="en"):
    with demo_db.session() as s:
        return build_pack_content(s, "Roundtable", language, pack_version=3)


def test_a_draft_says_draft_in_the_header_and_after_its_version_as_the_word_cover(demo_db):
    content = _content(demo_db)
    assert content.draft
    html = render_preview_html(content)
    header = marking_line(content)
    assert header == f"DRAFT · {content.marking}"
    assert html.count("DRAFT") == 2  # the header word and "(DRAFT)" after the number
    version = f"<td>3 (DRAFT) · {escape(content.cover.generated)}</td>"
    assert version in html and html.index(header) < html.index(version)
    assert f"<td>{content.cover.reference}</td>" in html and "WOC/" in content.cover.reference
    assert "<td>________________________</td>" in html  # cleared by: a line to sign
    assert html.rstrip().endswith(f'<p class="marking">{content.marking}</p></body></html>')


def test_an_approved_version_has_no_draft_marking(demo_db):
    content = dataclasses.replace(_content(demo_db), draft=False)
    content.cover.cleared_by = "Ms. LIU Hua, 2022-03-20"
    html = render_preview_html(content)
    assert "DRAFT" not in html
    assert marking_line(content) == content.marking
    assert ">Pack version</td><td>3 · " in html  # the cover still names the version
    assert "<td>Ms. LIU Hua, 2022-03-20</td>" in html and "_____" not in html


def test_chinese_preview_uses_the_packs_chinese_words(demo_db):
    content = _content(demo_db, "zh")
    html = render_preview_html(content)
    assert "<td>3（草稿） · " in html and "草稿 · " in marking_line(content)
    assert "会议简报" in html and "文号" in html


def test_at_a_glance_follows_the_cover_with_what_the_word_page_holds(demo_db):
    from briefing_app.services.preview_html import preview_parts

    content = _content(demo_db)
    g = content.glance
    html = render_preview_html(content)
    at = html.index("<h2>At a glance</h2>")
    assert html.index("<h1>Roundtable 2022</h1>") < at < html.index("<h2>Purpose and objectives")
    glance = html[at : html.index("<h2>Purpose and objectives")]
    for text in (g.when, g.where, *g.purpose, *g.decisions):
        assert escape(text) in glance
    assert "<li>Agree on a yearly roundtable" in html
    titles = [escape(m.title) for m in g.messages]
    assert len(titles) == 3 and [html.index(t, at) for t in titles] == sorted(
        html.index(t, at) for t in titles
    )
    assert "<th>Delegation</th><th>Led by</th><th>Title</th>" in html
    for lead in g.leads:  # every delegation in order of precedence, with its head
        assert f"<td>{escape(lead.organization)}</td><td>{escape(lead.name)}</td>" in html
    assert len(g.leads) == 15 and g.leads[-1].name == "(seat to be named)"
    first_title, first = preview_parts(content)[0]
    assert first_title == "Roundtable 2022" and "At a glance" in first
    zh = render_preview_html(_content(demo_db, "zh"))
    assert "<h2>概览</h2>" in zh and "<th>代表团</th><th>团长</th>" in zh


def test_a_draft_message_at_a_glance_is_marked(demo_db):
    content = _content(demo_db)
    content.glance.messages[1].draft = True
    html = render_preview_html(content)
    assert (
        f'<li><span class="draft">[DRAFT]</span> {escape(content.glance.messages[1].title)}' in html
    )


def test_the_seating_plan_is_the_last_part_with_the_word_pages_line_and_chairs(demo_db):
    from briefing_app.services.meetings import find_meeting
    from briefing_app.services.pack.seating_page import seating_summary
    from briefing_app.services.preview_html import preview_parts
    from briefing_app.services.seating import seat_meeting

    assert not any(t == "Seating plan" for t, _ in preview_parts(_content(demo_db)))
    with demo_db.session() as s, s.begin():
        seat_meeting(s, find_meeting(s, "Roundtable"), "round", None, None)
    content = _content(demo_db)
    title, html = preview_parts(content)[-1]
    assert title == "Seating plan"
    summary = seating_summary(content.seating, "en")
    assert summary == "Round table · 22 seats at the table · 24 seated"  # 2 behind
    assert f'<h2>Seating plan</h2><p class="muted">{summary}</p>' in html
    seated = [s for s in content.seating.seats if s.name]
    assert html.count("<tr>") == 1 + len(seated)
    liu = next(s for s in seated if s.position == 1)
    assert "刘" in liu.name  # both scripts, whatever the pack's language
    assert f"<td>1</td><td>{_cell(liu.name)}</td>" in html
    zh_title, zh = preview_parts(_content(demo_db, "zh"))[-1]
    assert zh_title == "座位图" and "桌旁22座" in zh


def _cell(text):
    return escape(text).replace("\n", "<br/>")


def _bios_content(demo_db, language="en", bios=None):
    from tests.services.test_pack_biographies import add_photos

    add_photos(demo_db)
    with demo_db.session() as s:
        return build_pack_content(s, "Roundtable", language, pack_version=3, bios=bios)


def test_biographies_come_after_the_participants_with_photo_thumbnails(demo_db):
    from briefing_app.services.preview_html import (
        THUMBNAIL_WIDTH,
        preview_parts,
        preview_photos,
    )

    content = _bios_content(demo_db)
    titles = [title for title, _html in preview_parts(content)]
    assert titles.index("Biographies") == titles.index("Participants") + 1
    assert titles[titles.index("Biographies") + 1] == content.organizations[0].name
    html = dict(preview_parts(content))["Biographies"]
    assert "Heads of delegation, in order of precedence." in html
    names = [b.name for b in content.biographies]
    assert [html.index(escape(name)) for name in names] == sorted(
        html.index(escape(name)) for name in names
    )  # in the pack's order (of precedence)
    photos = preview_photos(content)
    with_photo = [b for b in content.biographies if b.photo]
    assert len(with_photo) == 3 and set(photos) == {b.photo_sha256 for b in with_photo}
    for b in with_photo:
        assert f'<img src="photo:{b.photo_sha256}" width="{THUMBNAIL_WIDTH}"/>' in html
        assert photos[b.photo_sha256][:3] in (b"\xff\xd8\xff", b"\x89PN")  # JPEG or PNG
    assert html.count("<img ") == 3  # people without a photo: text only, no empty frame
    wang = content.biographies[0]
    assert escape(wang.position[0]) in html and escape(wang.text[0]) in html


def test_chinese_and_bilingual_biographies_follow_the_pack(demo_db):
    from briefing_app.services.preview_html import preview_parts

    zh = dict(preview_parts(_bios_content(demo_db, "zh", bios="all")))
    assert "与会者，按礼宾顺序排列。" in zh["人物简介"]
    both = _bios_content(demo_db, "both")
    html = dict(preview_parts(both))["Biographies / 人物简介"]
    for line in both.biographies[0].position:  # the English line, then the Chinese one
        assert escape(line) in html


def test_no_biographies_part_when_the_pack_has_none(demo_db):
    from briefing_app.services.preview_html import preview_parts, preview_photos

    content = _bios_content(demo_db, bios="none")
    assert not any(title.startswith("Biographies") for title, _ in preview_parts(content))
    assert preview_photos(content) == {}


def test_bilingual_agenda_lines_break_as_in_word(demo_db):
    html = render_preview_html(_content(demo_db, "both"))
    assert "Slides in English and Chinese; 15 minutes with questions<br/>中英文幻灯片" in html
