"""Word comments written in an exported pack come back attached to the right items."""

from __future__ import annotations

import re

import docx
import pytest

from briefing_app.services.review.comments import list_comments
from briefing_app.services.review.delivery import generate_version
from briefing_app.services.review.word_comments import NotAPackError, import_word_comments
from tests.services.review_data import make_meeting, talking_point

pytestmark = pytest.mark.both_backends


@pytest.fixture
def meeting_id(db):
    with db.session() as s, s.begin():
        return make_meeting(s)


@pytest.fixture
def pack(db, meeting_id, tmp_path):
    return generate_version(db, meeting_id, tmp_path / "v1.docx").path


def _paragraph(document, text: str, style: str | None = None):
    for p in document.paragraphs:
        if text in p.text and (style is None or p.style.name == style):
            return p
    raise AssertionError(f"no paragraph {text!r}")


def _cell_paragraph(document, text: str):
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                for p in cell.paragraphs:
                    if text in p.text:
                        return p
    raise AssertionError(f"no cell {text!r}")


def _refusal(db, meeting_id, path) -> str:
    """The message the import refuses ``path`` with; nothing is stored."""
    with db.session() as s:
        with pytest.raises(NotAPackError) as refused:
            import_word_comments(s, meeting_id, path)
        assert list_comments(s, meeting_id) == []
    return str(refused.value)


def director_comments(pack, out):
    """What a director does in Word: comments on a talking point's wording, an
    agency's section, the agenda and the cover."""
    document = docx.Document(str(pack))
    text = _paragraph(document, "exchange of judges")  # second paragraph of "IP courts"
    document.add_comment(text.runs, "Too early to propose this.", author="Director Liu")
    heading = _paragraph(document, "Ministry of Commerce", "Heading 2")
    document.add_comment(heading.runs, "Add their new minister.", author="Director Liu")
    cell = _cell_paragraph(document, "Round of views")
    document.add_comment(cell.runs, "Allow 45 minutes.", author="Deputy Zhang")
    entry = _paragraph(document, "Madrid System", "Pack Entry")
    document.add_comment(entry.runs, "Good.", author="Director Liu")
    title = _paragraph(document, "IP Roundtable 2022", "Title")
    document.add_comment(title.runs, "Use the official title.", author="Director Liu")
    document.save(str(out))
    return out


def test_word_comments_attach_to_talking_point_organization_and_section(
    db, meeting_id, pack, tmp_path
):
    commented = director_comments(pack, tmp_path / "v1-director.docx")
    with db.session() as s, s.begin():
        result = import_word_comments(s, meeting_id, commented)
    assert result.version == 1 and result.skipped == 0
    got = {(c.text, c.about, c.author) for c in result.added}
    assert got == {
        ("Too early to propose this.", "talking point: IP courts", "Director Liu"),
        ("Add their new minister.", "organization: Ministry of Commerce", "Director Liu"),
        ("Allow 45 minutes.", "section: Agenda", "Deputy Zhang"),
        ("Good.", "talking point: Madrid System", "Director Liu"),
        ("Use the official title.", "section: Cover", "Director Liu"),
    }
    with db.session() as s:
        stored = list_comments(s, meeting_id, 1)
    assert {(c.target_kind, c.text) for c in stored} == {
        ("talking_point", "Too early to propose this."),
        ("organization", "Add their new minister."),
        ("section", "Allow 45 minutes."),
        ("talking_point", "Good."),
        ("section", "Use the official title."),
    }
    assert all(not c.resolved and c.version == 1 for c in stored)


def test_importing_the_same_file_twice_adds_nothing(db, meeting_id, pack, tmp_path):
    commented = director_comments(pack, tmp_path / "v1-director.docx")
    with db.session() as s, s.begin():
        import_word_comments(s, meeting_id, commented)
    with db.session() as s, s.begin():
        again = import_word_comments(s, meeting_id, commented)
    assert again.added == [] and again.skipped == 5


def test_a_foreign_docx_is_refused(db, meeting_id, tmp_path):
    foreign = tmp_path / "letter.docx"
    document = docx.Document()
    document.add_paragraph("Dear colleague")
    document.add_comment(document.paragraphs[0].runs, "hm", author="X")
    document.save(str(foreign))
    assert f"{foreign}: is not a briefing pack made by Briefing App" in _refusal(
        db, meeting_id, foreign
    )


def test_not_a_word_file_is_refused(db, meeting_id, tmp_path):
    fake = tmp_path / "notes.docx"
    fake.write_text("plain text", encoding="utf-8")
    assert _refusal(db, meeting_id, fake) == f"{fake}: is not a Word .docx file"


def test_another_meetings_pack_is_refused(db, meeting_id, tmp_path):
    with db.session() as s, s.begin():
        other = make_meeting(s, title="Judicial Exchange 2023")
    other_pack = generate_version(db, other, tmp_path / "other.docx").path
    commented = director_comments_on_other(other_pack, tmp_path / "other-director.docx")
    assert _refusal(db, meeting_id, commented) == (
        f'{commented}: is the pack of meeting "Judicial Exchange 2023", not of '
        '"IP Roundtable 2022"; comments not imported'
    )


def director_comments_on_other(pack, out):
    document = docx.Document(str(pack))
    title = _paragraph(document, "Judicial Exchange 2023", "Title")
    document.add_comment(title.runs, "Wrong meeting?", author="Director Liu")
    document.save(str(out))
    return out


def test_comments_in_a_chinese_pack_find_their_items(db, meeting_id, tmp_path):
    with db.session() as s, s.begin():
        talking_point(s, "IP courts").title_zh = "知识产权法院"
    pack = generate_version(db, meeting_id, tmp_path / "zh.docx", language="zh").path
    document = docx.Document(str(pack))
    entry = _paragraph(document, "知识产权法院", "Pack Entry")
    document.add_comment(entry.runs, "措辞再斟酌。", author="刘主任")
    heading = _paragraph(document, "最高人民法院", "Heading 2")
    document.add_comment(heading.runs, "补充新任副院长。", author="刘主任")
    document.save(str(tmp_path / "zh-director.docx"))
    with db.session() as s, s.begin():
        result = import_word_comments(s, meeting_id, tmp_path / "zh-director.docx")
    assert [(c.about, c.author) for c in result.added] == [
        ("talking point: 知识产权法院", "刘主任"),
        ("organization: 最高人民法院", "刘主任"),
    ]


def _with_changed_part(source, out, part: str, change) -> object:
    """A copy of the .docx ``source`` whose ``part`` went through ``change(xml)``."""
    import zipfile

    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == part:
                data = change(data.decode("utf-8")).encode("utf-8")
            zout.writestr(item, data)
    return out


@pytest.mark.parametrize(
    ("part", "change", "expected"),
    [
        (
            "word/comments.xml",
            lambda xml: re.sub(r'w:id="\d+"', 'w:id="abc"', xml),
            'word/comments.xml, comment 1 has w:id "abc", not a number',
        ),
        (
            "word/comments.xml",
            lambda xml: re.sub(r' w:id="\d+"', "", xml),
            "word/comments.xml, comment 1 has no w:id",
        ),
        (
            "word/document.xml",
            lambda xml: re.sub(r'(<w:commentRangeStart w:id=")\d+', r"\g<1>abc", xml),
            'word/document.xml, a w:commentRangeStart mark has w:id "abc", not a number',
        ),
        (
            "word/document.xml",
            lambda xml: re.sub(r'(<w:commentReference w:id=")\d+', r"\g<1>" + "9" * 5000, xml),
            "word/document.xml, a w:commentReference mark has w:id",
        ),
    ],
)
def test_a_comment_id_that_is_not_a_number_is_refused_naming_the_part(
    db, meeting_id, pack, tmp_path, part, change, expected
):
    commented = director_comments(pack, tmp_path / "v1-director.docx")
    damaged = _with_changed_part(commented, tmp_path / "damaged.docx", part, change)
    message = _refusal(db, meeting_id, damaged)
    assert message.startswith(f"{damaged}: {expected}")
    assert "the file is damaged" in message and len(message) < 300
