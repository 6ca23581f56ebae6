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
