"""Review status rules and in-app comments, on a real database."""

from __future__ import annotations

import pytest

from briefing_app.errors import UserError
from briefing_app.services.review.comments import add_comment, list_comments, set_resolved
from briefing_app.services.review.delivery import generate_version
from briefing_app.services.review.status import change_status
from briefing_app.services.review.versions import find_version
from tests.services.review_data import make_meeting

pytestmark = pytest.mark.both_backends


@pytest.fixture
def meeting_id(db, tmp_path):
    with db.session() as s, s.begin():
        mid = make_meeting(s)
    generate_version(db, mid, tmp_path / "v1.docx")
    return mid


def _edit(db, meeting_id):
    """A change to the content: the next pack is a new version (review/identity.py)."""
    from briefing_app.db.models import Meeting

    with db.session() as s, s.begin():
        s.get(Meeting, meeting_id).objectives += " More."


def _act(db, meeting_id, number, action, **kw):
    with db.session() as s, s.begin():
        pv = change_status(s, meeting_id, number, action, **kw)
        return str(pv.review_status), pv.reviewer, pv.decided_at


def test_submit_then_request_changes_records_reviewer_time_and_comment(db, meeting_id):
    assert _act(db, meeting_id, 1, "submit", by="Anna")[:2] == ("submitted", "")
    status, reviewer, when = _act(
        db, meeting_id, 1, "request_changes", by="Director Liu", comment="Shorten section 4."
    )
    assert (status, reviewer) == ("changes_requested", "Director Liu") and when is not None
    with db.session() as s:
        comments = list_comments(s, meeting_id)
    assert [(c.about, c.author, c.text) for c in comments] == [
        ("whole pack", "Director Liu", "Shorten section 4.")
    ]


def test_decisions_need_a_submitted_version_and_are_final(db, meeting_id, tmp_path):
    with pytest.raises(UserError, match="is a draft: submit it for review before you approve"):
        _act(db, meeting_id, 1, "approve")
    _act(db, meeting_id, 1, "submit")
    _act(db, meeting_id, 1, "approve", by="Director Liu")
    with pytest.raises(UserError, match="already approved; generate a new pack"):
        _act(db, meeting_id, 1, "request_changes")
    _edit(db, meeting_id)
    v2 = generate_version(db, meeting_id, tmp_path / "v2.docx").version
    assert (v2.number, v2.status) == (2, "draft")  # the next pack starts as a new draft


def test_only_the_newest_version_can_be_submitted(db, meeting_id, tmp_path):
    _edit(db, meeting_id)
    generate_version(db, meeting_id, tmp_path / "v2.docx")
    with pytest.raises(UserError, match="superseded by a newer version"):
        _act(db, meeting_id, 1, "submit")
    assert _act(db, meeting_id, 2, "submit")[0] == "submitted"


def test_comments_on_items_of_the_snapshot_and_resolving(db, meeting_id):
    with db.session() as s, s.begin():
        pv = find_version(s, meeting_id, 1)
        org = pv.snapshot["organizations"][1]
        tp = org["talking_points"][0]
        add_comment(s, pv, "Check the judges' names.", "organization", org["uid"], "Liu")
        first = add_comment(s, pv, "Soften.", "talking_point", tp["uid"], "Liu").id
        add_comment(s, pv, "Times?", "section", "agenda", "Zhang")
        with pytest.raises(UserError, match='has no talking point "nope"'):
            add_comment(s, pv, "x", "talking_point", "nope")
        with pytest.raises(UserError, match="needs some text"):
            add_comment(s, pv, "  \x00 ")
    with db.session() as s, s.begin():
        set_resolved(s, first)
    with db.session() as s:
        everything = list_comments(s, meeting_id)
        still_open = list_comments(s, meeting_id, include_resolved=False)
    assert [(c.about, c.resolved) for c in everything] == [
        ("organization: Supreme People's Court", False),
        ("talking point: IP courts", True),
        ("section: Agenda", False),
    ]
    assert [c.text for c in still_open] == ["Check the judges' names.", "Times?"]
