"""Pack versions end to end: generate v1, approve, edit, generate v2, compare,
regenerate from the stored snapshot, DRAFT marking. Real SQLite, real .docx."""

from __future__ import annotations

import docx
import pytest
from docx.oxml.ns import qn

from briefing_app.db.models import PackVersion
from briefing_app.domain.enums import Rsvp
from briefing_app.errors import UserError
from briefing_app.services.pack.fmt import format_date
from briefing_app.services.review.delivery import generate_version
from briefing_app.services.review.diff import compare_versions
from briefing_app.services.review.diff_labels import detail_text, subject_text
from briefing_app.services.review.diff_render import format_text
from briefing_app.services.review.status import change_status
from briefing_app.services.review.versions import (
    export_version,
    find_version,
    list_versions,
)
from tests.services.review_data import COURTS_TEXT, make_meeting, participant, talking_point

pytestmark = pytest.mark.both_backends


@pytest.fixture
def meeting_id(db):
    with db.session() as s, s.begin():
        return make_meeting(s)


def _generate(db, meeting_id, out, by="Anna Staff", language="en"):
    return generate_version(db, meeting_id, out, language=language, created_by=by)


def _decide(db, meeting_id, number, *actions, by="Director Liu"):
    for action in actions:
        with db.session() as s, s.begin():
            change_status(s, meeting_id, number, action, by=by)


def body_texts(path) -> list[str]:
    """Every paragraph's text in the body, table cells included, in order."""
    body = docx.Document(str(path)).element.body
    return ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p"))]


def header_text(path) -> str:
    return docx.Document(str(path)).sections[0].header.paragraphs[0].text


def cover_texts(path) -> list[str]:
    """Text of the body paragraphs and table cells before the contents heading (the
    cover and the "At a glance" page), in order."""
    document = docx.Document(str(path))
    out = []
    for block in document.iter_inner_content():
        if isinstance(block, docx.table.Table):
            out += [cell.text for row in block.rows for cell in row.cells]
            continue
        if block.style.name == "TOC Heading":
            break
        out.append(block.text)
    return out


def _cover_value(path, label: str) -> str:
    """The value beside ``label`` in the cover's document block."""
    texts = cover_texts(path)
    return texts[texts.index(label) + 1]


def _edit_after_approval(db):
    with db.session() as s, s.begin():
        courts = talking_point(s, "IP courts")
        courts.text_en = COURTS_TEXT.replace("growing case law", "consistent case law")
        participant(s, "Wang").rsvp = Rsvp.CONFIRMED


def test_every_generated_pack_is_a_recorded_draft_version(db, meeting_id, tmp_path):
    made = _generate(db, meeting_id, tmp_path / "v1.docx")
    assert made.version.number == 1 and made.version.status == "draft"
    assert made.version.created_by == "Anna Staff"
    with db.session() as s:
        pv = s.get(PackVersion, made.version.id)
        assert pv.snapshot["meeting_uid"] == pv.meeting.uid
        assert [o["name"] for o in pv.snapshot["organizations"]] == [
            "Ministry of Commerce",
            "Supreme People's Court",
        ]
        assert pv.template.endswith("pack.docx") and pv.language == "en"
    from briefing_app.services.files import file_sha256

    assert made.version.file_hash == file_sha256(made.path)
    props = docx.Document(str(made.path)).core_properties
    assert props.version == "1" and props.identifier


def test_director_story_v1_approved_v2_lists_exactly_the_changes(db, meeting_id, tmp_path):
    v1 = _generate(db, meeting_id, tmp_path / "v1.docx")
    _decide(db, meeting_id, 1, "submit", "approve")
    _edit_after_approval(db)
    v2 = _generate(db, meeting_id, tmp_path / "v2.docx")
    assert v2.version.number == 2 and v2.version.status == "draft"

    with db.session() as s:
        comparison = compare_versions(s, meeting_id)  # default: last approved vs newest
        versions = list_versions(s, meeting_id)
    assert (comparison.old_number, comparison.new_number) == (1, 2)
    summary = [
        (c.area, c.kind, subject_text(c, "en"), detail_text(c, "en")) for c in comparison.changes
    ]
    assert summary == [
        (
            "participants",
            "rsvp",
            "Mr. WANG Lei (Supreme People's Court)",
            "RSVP Invited → Confirmed",
        ),
        ("talking_points", "reworded", "IP courts", "text"),
    ]
    words = comparison.changes[1].words
    assert [(w.op, w.text) for w in words if w.op != "equal"] == [
        ("delete", "growing"),
        ("insert", "consistent"),
    ]
    text = format_text(comparison)
    assert "[-growing-] {+consistent+}" in text
    assert [(v.number, v.status, v.reviewer) for v in versions] == [
        (1, "approved", "Director Liu"),
        (2, "draft", ""),
    ]
    # the approved version is untouched by the edit: its snapshot has the old text
    with db.session() as s:
        old = find_version(s, meeting_id, 1).snapshot
    spc = old["organizations"][1]
    assert spc["talking_points"][0]["text"][0].endswith("growing case law.")
    assert v1.version.file_hash != v2.version.file_hash


def test_draft_marking_on_v2_and_not_on_approved_v1(db, meeting_id, tmp_path):
    _generate(db, meeting_id, tmp_path / "v1.docx")
    _decide(db, meeting_id, 1, "submit", "approve")
    _edit_after_approval(db)
    v2 = _generate(db, meeting_id, tmp_path / "v2.docx")
    with db.session() as s:
        approved = export_version(s, meeting_id, 1, tmp_path / "v1-approved.docx")
    assert header_text(v2.path) == "DRAFT · FOR OFFICIAL USE ONLY"
    assert _cover_value(v2.path, "Version").startswith("2 (DRAFT) · ")
    assert not any(line.startswith("DRAFT") for line in cover_texts(v2.path))  # no headline
    assert _cover_value(v2.path, "Cleared by").startswith("_____")  # a line to sign
    assert header_text(approved) == "FOR OFFICIAL USE ONLY"
    assert not any("DRAFT" in line for line in cover_texts(approved))
    with db.session() as s:
        decided = find_version(s, meeting_id, 1).decided_at.date()
    assert _cover_value(approved, "Cleared by") == f"Director Liu, {format_date(decided, 'en')}"
    assert _cover_value(approved, "Version").startswith("1 · ")
    assert not any("DRAFT" in line for line in body_texts(approved))


def test_snapshot_regenerates_the_same_content(db, meeting_id, tmp_path):
    v1 = _generate(db, meeting_id, tmp_path / "v1.docx")
    _edit_after_approval(db)  # the database moves on; the snapshot does not
    with db.session() as s:
        again = export_version(s, meeting_id, "v1", tmp_path / "again.docx")
    assert body_texts(again) == body_texts(v1.path)
    assert header_text(again) == header_text(v1.path)
    assert any("growing case law" in line for line in body_texts(again))
    assert docx.Document(str(again)).core_properties.version == "1"


def test_unknown_version_is_a_clear_user_error(db, meeting_id, tmp_path):
    _generate(db, meeting_id, tmp_path / "v1.docx")
    with db.session() as s:
        with pytest.raises(UserError, match=r"has no pack version 7 \(versions: 1\)"):
            find_version(s, meeting_id, 7)
        with pytest.raises(UserError, match="not a pack version number"):
            find_version(s, meeting_id, "latest")
        with pytest.raises(UserError, match="1 pack version"):
            compare_versions(s, meeting_id)


def test_number_clash_is_a_user_error_before_any_file_is_written(
    db, meeting_id, tmp_path, monkeypatch
):
    """Another writer records version N between our count and our insert."""
    from briefing_app.services.review import versions

    real_next = versions.next_number

    def racing_next(session, mid):
        number = real_next(session, mid)
        with db.session() as other, other.begin():
            other.add(PackVersion(meeting_id=mid, number=number, snapshot={}, created_by="B"))
        return number

    monkeypatch.setattr(versions, "next_number", racing_next)
    out = tmp_path / "v1.docx"
    out.write_bytes(b"previous")
    with pytest.raises(UserError, match=r"another pack version 1 .* at the same time; try again"):
        _generate(db, meeting_id, out)
    assert out.read_bytes() == b"previous"
    with db.session() as s:
        assert [(v.number, v.created_by) for v in list_versions(s, meeting_id)] == [(1, "B")]


def test_cancelled_write_records_no_version_and_keeps_the_file(db, meeting_id, tmp_path):
    class Cancel(Exception):
        """What a GUI progress callback raises when the user cancels."""

    out = tmp_path / "v1.docx"
    out.write_bytes(b"previous")

    def cancel_at_the_end(done, total, message):
        if done == total:
            raise Cancel

    with pytest.raises(Cancel):
        generate_version(db, meeting_id, out, progress=cancel_at_the_end)
    assert out.read_bytes() == b"previous"
    with db.session() as s:
        assert list_versions(s, meeting_id) == []
