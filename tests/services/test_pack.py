"""The Word briefing pack, generated from a real database and reopened with python-docx."""

from __future__ import annotations

import zipfile
from datetime import UTC, datetime, timedelta

import docx
import pytest
from docx.oxml.ns import qn

from briefing_app.cli import run as cli
from briefing_app.db.models import Meeting, MeetingTalkingPoint, TalkingPoint
from briefing_app.services.meetings import participating_organizations
from briefing_app.services.pack import generate_pack
from briefing_app.settings import Settings
from tests.benchmarks.synthetic import make_large_meeting
from tests.services.pack_helpers import CJK, headings, org_blocks, zip_text

pytestmark = pytest.mark.both_backends


@pytest.fixture
def meeting_id(db):
    with db.session() as s, s.begin():
        return make_large_meeting(s, organizations=4, people_per_org=3, points_per_org=3)


@pytest.fixture
def pack(db, meeting_id, tmp_path):
    out = tmp_path / "pack.docx"
    with db.session() as s:
        result = generate_pack(s, meeting_id, out)
    return result


def test_agency_sections_in_precedence_order_with_their_talking_points(db, meeting_id, pack):
    document = docx.Document(pack.path)
    blocks = org_blocks(document)
    with db.session() as s:
        expected = [o.name_en for o in participating_organizations(s, meeting_id)]
        chosen = s.query(MeetingTalkingPoint).filter_by(meeting_id=meeting_id).all()
        aimed = {
            (row.organization.name_en, row.talking_point.title)
            for row in chosen
            if row.organization_id is not None and row.talking_point.status == "approved"
        }
    assert list(blocks) == expected
    assert aimed
    for org_name, title in aimed:
        assert any(title in line for line in blocks[org_name]), (org_name, title)
    assert headings(document, 1) == [
        "Purpose and objectives",
        "Agenda",
        "Participants",
        "Participating organizations",
        "Key messages",
        "Annex: background on priorities",
    ]


def test_contents_field_marking_page_numbers_and_update_on_open(pack):
    document = docx.Document(pack.path)
    body = document.element.body
    instructions = "".join(t.text for t in body.iter(qn("w:instrText")))
    assert 'TOC \\o "1-2"' in instructions
    assert "PAGEREF _Toc" in instructions
    toc_lines = [
        p.text.split("\t")[0] for p in document.paragraphs if p.style.name in ("TOC 1", "TOC 2")
    ]
    assert "Participants" in toc_lines and len(toc_lines) >= 10
    assert document.settings.element.find(qn("w:updateFields")) is None  # no prompt on open
    with zipfile.ZipFile(pack.path) as zf:
        assert b"updateFields" not in zf.read("word/settings.xml")
    section = document.sections[0]
    assert "FOR OFFICIAL USE ONLY" in section.header.paragraphs[0].text
    footer = section.footer._element
    assert "FOR OFFICIAL USE ONLY" in "".join(t.text or "" for t in footer.iter(qn("w:t")))
    footer_fields = "".join(t.text for t in footer.iter(qn("w:instrText")))
    assert "PAGE" in footer_fields and "NUMPAGES" in footer_fields


def test_core_properties_are_set_on_purpose(pack):
    props = docx.Document(pack.path).core_properties
    office = Settings().office_name
    assert props.author == office and props.last_modified_by == office
    assert props.title == "Synthetic Roundtable"
    assert "Synthetic Roundtable" in props.subject
    assert abs(props.created - datetime.now(UTC)) < timedelta(minutes=2)
    assert props.revision == 1
    assert "python-docx" not in zip_text(pack.path)
    assert pack.sha256 and len(pack.sha256) == 64


def test_chinese_pack_has_chinese_headings_and_east_asian_fonts(db, meeting_id, tmp_path):
    with db.session() as s:
        result = generate_pack(s, meeting_id, tmp_path / "zh.docx", language="zh")
    document = docx.Document(result.path)
    assert "与会者" in headings(document, 1)
    assert "第1号知识产权机构" in org_blocks(document)
    cjk_runs = [
        r for r in document.element.body.iter(qn("w:r"))
        if CJK.search("".join(t.text or "" for t in r.iter(qn("w:t"))))
    ]  # fmt: skip
    assert len(cjk_runs) > 20
    for run in cjk_runs:
        fonts = run.find(qn("w:rPr")).find(qn("w:rFonts"))
        assert fonts.get(qn("w:eastAsia")) == "SimSun"
    footer = "".join(t.text or "" for t in document.sections[0].footer._element.iter(qn("w:t")))
    assert "第" in footer and "页" in footer


def test_bilingual_pack_labels_both_languages(db, meeting_id, tmp_path):
    with db.session() as s:
        result = generate_pack(s, meeting_id, tmp_path / "both.docx", language="both")
    h1 = headings(docx.Document(result.path), 1)
    assert "Participants / 与会者" in h1


def _draft_title(db, meeting_id) -> str:
    with db.session() as s:
        rows = s.query(MeetingTalkingPoint).filter_by(meeting_id=meeting_id).all()
        return next(r.talking_point.title for r in rows if r.talking_point.status == "draft")


def test_drafts_only_on_request_and_marked(db, meeting_id, pack, tmp_path):
    title = _draft_title(db, meeting_id)
    assert title not in zip_text(pack.path)
    with db.session() as s:
        result = generate_pack(s, meeting_id, tmp_path / "d.docx", include_drafts=True)
    lines = [p.text for p in docx.Document(result.path).paragraphs]
    assert any(line.endswith(f"[DRAFT] {title}") for line in lines)


def test_empty_sections_are_left_out(db, meeting_id, tmp_path):
    with db.session() as s, s.begin():
        s.query(MeetingTalkingPoint).filter_by(meeting_id=meeting_id).delete()
        meeting = s.get(Meeting, meeting_id)
        meeting.agenda.clear()
        meeting.objectives = meeting.objectives_zh = ""
    with db.session() as s:
        result = generate_pack(s, meeting_id, tmp_path / "thin.docx")
    document = docx.Document(result.path)
    assert headings(document, 1) == ["Participants", "Participating organizations"]
    blocks = org_blocks(document)
    assert all("TALKING POINTS" not in line.upper() for lines in blocks.values() for line in lines)


def test_text_word_cannot_store_is_cleaned_and_reported(db, meeting_id, tmp_path):
    with db.session() as s, s.begin():
        tp = s.query(TalkingPoint).filter_by(status="approved").first()
        tp.text_en = "Bell\x07 and form feed\x0c removed"
        title = tp.title
    with db.session() as s:
        result = generate_pack(s, meeting_id, tmp_path / "clean.docx")
    assert any("removed 2 character" in line for line in result.cleaned)
    text = "\n".join(p.text for p in docx.Document(result.path).paragraphs)
    assert "Bell and form feed removed" in text and title in text


def test_cli_writes_the_pack_and_reports_unknown_meeting(db, db_location, meeting_id, tmp_path):
    out = tmp_path / "cli.docx"
    code = cli(["--db", db_location, "pack", "Synthetic", "--out", str(out), "--lang", "zh"])
    assert code == 0 and out.exists()
    assert "目录" in [p.text for p in docx.Document(out).paragraphs]
    assert cli(["--db", db_location, "pack", "no such", "--out", str(out)]) == 2


class _Cancel(Exception):
    """What a GUI progress callback raises when the user cancels."""


def test_cancel_on_the_last_step_leaves_the_previous_pack_untouched(db, meeting_id, tmp_path):
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "pack.docx"
    out.write_bytes(b"the previous pack")
    seen = []

    def progress(done, total, message):
        seen.append(done)
        if done == total:
            raise _Cancel

    with db.session() as s, pytest.raises(_Cancel):
        generate_pack(s, meeting_id, out, progress=progress)
    assert seen == [0, 1, 2, 3, 4]
    assert out.read_bytes() == b"the previous pack"
    assert [p.name for p in out.parent.iterdir()] == ["pack.docx"]  # no temporary file left


@pytest.fixture
def german_time_locale(tmp_path_factory, monkeypatch):
    """LC_TIME set to German (compiled into a temp folder with localedef when the system
    has no such locale), as Qt does on a German desktop; restored afterwards."""
    import locale
    import shutil
    import subprocess

    before = locale.setlocale(locale.LC_TIME)
    try:
        locale.setlocale(locale.LC_TIME, "de_DE.UTF-8")
    except locale.Error:
        folder = tmp_path_factory.mktemp("locales")
        tool = shutil.which("localedef")
        made = tool and subprocess.run(
            [tool, "-i", "de_DE", "-f", "UTF-8", str(folder / "de_DE.UTF-8")],
            capture_output=True,
        )
        if not made or made.returncode not in (0, 1) or not (folder / "de_DE.UTF-8").exists():
            pytest.skip("no German locale and localedef could not make one (apt install locales)")
        monkeypatch.setenv("LOCPATH", str(folder))
        locale.setlocale(locale.LC_TIME, "de_DE.UTF-8")
    try:
        yield
    finally:
        locale.setlocale(locale.LC_TIME, before)


def test_dates_are_english_whatever_the_process_locale(german_time_locale):
    from datetime import date

    from briefing_app.services.pack.fmt import format_date, format_generated

    day = date(2022, 3, 23)
    assert f"{day:%A %B}" == "Mittwoch März"  # the locale really is German
    assert format_date(day, "en") == "Wednesday, 23 March 2022"
    assert format_date(day, "both") == "Wednesday, 23 March 2022 / 2022年3月23日 星期三"
    assert format_generated(datetime(2022, 3, 1, 9, 5), "en") == "Tuesday, 1 March 2022, 09:05"
