"""A pack version is its content (issue 12): the same content in English, Chinese or
both, as Word or PDF, is one version with a file per language and format; a content
edit makes the next version; import-comments finds the version by each file's token."""

from __future__ import annotations

import docx
import pytest
from sqlalchemy import select

from briefing_app.db.models import Meeting, PackFile, PackVersion, Participant
from briefing_app.services.pack.custom_props import VERSION_TOKEN_PROPERTY, get_custom_property
from briefing_app.services.review.delivery import generate_version
from briefing_app.services.review.identity import content_identity
from briefing_app.services.review.versions import list_versions
from briefing_app.services.review.word_comments import import_word_comments
from tests.services.review_data import make_meeting


@pytest.fixture
def meeting_id(db):
    with db.session() as s, s.begin():
        return make_meeting(s)


def _files(db) -> list[tuple[int, str, str, str]]:
    with db.session() as s:
        rows = s.scalars(select(PackFile).order_by(PackFile.id)).all()
        return [(f.pack_version.number, f.language, f.format, str(f.delivery)) for f in rows]


def test_one_content_in_three_languages_and_two_formats_is_one_version(db, meeting_id, tmp_path):
    made = [
        generate_version(db, meeting_id, tmp_path / f"{lang}.docx", language=lang)
        for lang in ("en", "zh", "both")
    ]
    pdf_source = generate_version(db, meeting_id, tmp_path / "en-pdf.docx", file_format="pdf")
    assert [m.version.number for m in [*made, pdf_source]] == [1, 1, 1, 1]
    assert [m.again for m in made] == [False, True, True]
    assert _files(db) == [
        (1, "en", "docx", "delivered"),
        (1, "zh", "docx", "delivered"),
        (1, "both", "docx", "delivered"),
        (1, "en", "pdf", "delivered"),
    ]
    with db.session() as s:
        (v1,) = list_versions(s, meeting_id)
    assert v1.files == ("en", "zh", "both", "en (pdf)")
    tokens = [get_custom_property(docx.Document(str(m.path)), VERSION_TOKEN_PROPERTY) for m in made]
    assert len(set(tokens)) == 3 and all(tokens)  # each file its own token
    # Every file says version 1 in its own language.
    assert docx.Document(str(made[1].path)).core_properties.version == "1"
    assert made[1].content.language == "zh" and made[1].content.pack_version == 1


def test_a_content_edit_is_a_new_version_and_the_number_only_changes_then(db, meeting_id, tmp_path):
    generate_version(db, meeting_id, tmp_path / "a.docx")
    with db.session() as s, s.begin():
        seat = s.scalars(select(Participant).where(Participant.meeting_id == meeting_id)).first()
        seat.rsvp = "declined" if seat.rsvp != "declined" else "confirmed"
    second = generate_version(db, meeting_id, tmp_path / "b.docx", language="zh")
    third = generate_version(db, meeting_id, tmp_path / "c.docx", language="en")
    assert (second.version.number, second.again) == (2, False)
    assert (third.version.number, third.again) == (2, True)
    with db.session() as s:
        assert [v.number for v in list_versions(s, meeting_id)] == [1, 2]


def test_the_identity_ignores_language_time_and_number_but_not_content(db, meeting_id):
    with db.session() as s:
        first = content_identity(s, meeting_id)
        assert content_identity(s, meeting_id) == first
        assert content_identity(s, meeting_id, include_drafts=True)[0] == first[0]
    with db.session() as s, s.begin():
        s.get(Meeting, meeting_id).objectives_zh = "新的目标。"  # only the Chinese text
    with db.session() as s:
        assert content_identity(s, meeting_id) != first


def test_a_file_that_fails_is_withdrawn_and_the_version_stays(db, meeting_id, tmp_path):
    generate_version(db, meeting_id, tmp_path / "en.docx")

    def cancel(done, total, message):
        if done == total:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        generate_version(db, meeting_id, tmp_path / "zh.docx", language="zh", progress=cancel)
    assert not (tmp_path / "zh.docx").exists()
    assert _files(db) == [(1, "en", "docx", "delivered")]
    with db.session() as s:
        assert [str(v.delivery) for v in s.scalars(select(PackVersion))] == ["delivered"]


def test_word_comments_in_each_language_file_reach_the_one_version(db, meeting_id, tmp_path):
    en = generate_version(db, meeting_id, tmp_path / "en.docx").path
    zh = generate_version(db, meeting_id, tmp_path / "zh.docx", language="zh").path
    for path, heading, text in ((en, "Participants", "Who else?"), (zh, "与会者", "还有谁？")):
        document = docx.Document(str(path))
        para = next(p for p in document.paragraphs if p.text == heading)
        document.add_comment(para.runs, text, author="Director Liu")
        document.save(str(path))
    with db.session() as s, s.begin():
        results = [import_word_comments(s, meeting_id, p) for p in (en, zh)]
    assert [r.version for r in results] == [1, 1]
    # The Chinese file's headings are read in Chinese: the comment is on the participants.
    assert [(c.target_kind, c.target_ref) for r in results for c in r.added] == [
        ("section", "participants"),
        ("section", "participants"),
    ]


def test_an_approved_version_in_another_language_is_the_approved_pack(db, meeting_id, tmp_path):
    from briefing_app.services.review.status import change_status

    generate_version(db, meeting_id, tmp_path / "en.docx")
    for action in ("submit", "approve"):
        with db.session() as s, s.begin():
            change_status(s, meeting_id, 1, action, by="Director Liu")
    zh = generate_version(db, meeting_id, tmp_path / "zh.docx", language="zh")
    assert (zh.version.number, zh.version.status, zh.again) == (1, "approved", True)
    assert not zh.content.draft and zh.content.approval.startswith("Director Liu于")
    text = "\n".join(p.text for p in docx.Document(str(zh.path)).paragraphs)
    assert "草稿" not in text  # no DRAFT marking on the approved content


def test_the_content_shows_the_number_its_pack_would_get(db, meeting_id, tmp_path):
    from briefing_app.services.pack import build_pack_content

    generate_version(db, meeting_id, tmp_path / "en.docx")
    with db.session() as s:
        assert build_pack_content(s, meeting_id, "zh").pack_version == 1  # the same content
        assert build_pack_content(s, meeting_id, "both").cover.version == "1"
    with db.session() as s, s.begin():
        s.get(Meeting, meeting_id).objectives = "Other objectives."
    with db.session() as s:
        assert build_pack_content(s, meeting_id, "en").pack_version == 2
