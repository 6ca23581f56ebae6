"""The pack of the demo roundtable (resources/demo), reopened with python-docx."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import docx
from docx.oxml.ns import qn

from briefing_app.cli import run as cli
from briefing_app.db.models import MeetingTalkingPoint
from briefing_app.services.meetings import find_meeting, participating_organizations
from briefing_app.settings import Settings
from tests.services.pack_helpers import CJK, org_blocks, zip_text


def test_demo_pack_sections_talking_points_fonts_toc_marking_properties(demo_db, db_path, tmp_path):
    out = tmp_path / "roundtable.docx"
    assert cli(["--db", str(db_path), "pack", "Roundtable", "--out", str(out)]) == 0
    assert cli(["--db", str(db_path), "pack", "Roundtable", "--out", str(tmp_path / "zh.docx"),
                "--lang", "zh"]) == 0  # fmt: skip
    with demo_db.session() as s:
        meeting = find_meeting(s, "Roundtable")
        orgs = [o.name_en for o in participating_organizations(s, meeting.id)]
        aimed = [
            (row.organization.name_en, row.talking_point.title)
            for row in s.query(MeetingTalkingPoint).filter_by(meeting_id=meeting.id)
            if row.organization_id is not None and row.talking_point.status == "approved"
        ]
        marking = meeting.classification or Settings().classification
        title = meeting.title
    document = docx.Document(out)
    blocks = org_blocks(document)
    assert list(blocks) == orgs and len(orgs) >= 14
    assert aimed
    for org, tp_title in aimed:
        assert any(tp_title in line for line in blocks[org]), (org, tp_title)
    body = document.element.body
    assert "TOC \\o" in "".join(t.text for t in body.iter(qn("w:instrText")))
    section = document.sections[0]
    assert marking in section.header.paragraphs[0].text
    assert marking in "".join(t.text or "" for t in section.footer._element.iter(qn("w:t")))
    props = document.core_properties
    assert props.author == Settings().office_name and props.title == title
    assert abs(props.created - datetime.now(UTC)) < timedelta(minutes=2)
    assert "python-docx" not in zip_text(out)
    chinese = docx.Document(tmp_path / "zh.docx").element.body
    runs = [r for r in chinese.iter(qn("w:r"))
            if CJK.search("".join(t.text or "" for t in r.iter(qn("w:t"))))]  # fmt: skip
    assert len(runs) > 50
    assert all(r.find(qn("w:rPr")).find(qn("w:rFonts")).get(qn("w:eastAsia")) for r in runs)


def test_chinese_in_headers_and_footers_gets_the_east_asian_font(demo_db, db_path, tmp_path):
    """The saved header and footer parts (草稿 and the marking in a Chinese pack), read
    back from the file: docxtpl replaces them with new parts when it fills them in."""
    out = tmp_path / "zh.docx"
    assert cli(["--db", str(db_path), "pack", "Roundtable", "--out", str(out),
                "--lang", "zh"]) == 0  # fmt: skip
    document = docx.Document(out)
    parts = [
        rel.target_part.element
        for rel in document.part.rels.values()
        if rel.reltype.endswith(("/header", "/footer"))
    ]
    runs = [
        r
        for part in parts
        for r in part.iter(qn("w:r"))
        if CJK.search("".join(t.text or "" for t in r.iter(qn("w:t"))))
    ]
    assert runs  # the Chinese pack's header says 草稿
    for run in runs:
        fonts = run.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
        assert fonts is not None and fonts.get(qn("w:eastAsia")), run.xpath("string(.)")
