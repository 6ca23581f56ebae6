"""Search finds meetings too: by title (English or Chinese), venue and city."""

from __future__ import annotations

import pytest

from briefing_app.db.models import Meeting
from briefing_app.services import search

pytestmark = pytest.mark.both_backends


def test_roundtable_finds_the_demo_meeting_first(demo_db):
    with demo_db.session() as s:
        results = search.search(s, "roundtable")
    assert list(results.groups) == ["meeting", "organization", "person", "talking_point"]
    [hit] = results.groups["meeting"]
    assert (hit.kind, hit.title) == ("meeting", "Roundtable 2022")
    assert "2022-03-23" in hit.detail and "Beijing" in hit.detail


def test_chinese_title_short_terms_and_city(db):
    with db.session() as s, s.begin():
        s.add_all(
            [
                Meeting(title="Courtesy call", title_zh="礼节性拜会", city="Shanghai"),
                Meeting(title="Workshop on patents", city="Beijing", venue="Hall 3"),
            ]
        )
    with db.session() as s:
        assert [h.title for h in search.search(s, "拜会").groups["meeting"]] == ["Courtesy call"]
        assert [h.title for h in search.search(s, "礼节性").groups["meeting"]] == ["Courtesy call"]
        assert [h.title for h in search.search(s, "beijing hall").groups["meeting"]] == [
            "Workshop on patents"
        ]
        assert search.search(s, "shanghai patents").groups["meeting"] == []


def test_like_wildcards_in_the_query_are_literal(db):
    with db.session() as s, s.begin():
        s.add_all([Meeting(title="Plan 100% ready"), Meeting(title="Plan 100 ready")])
    with db.session() as s:
        assert [h.title for h in search.search(s, "100%").groups["meeting"]] == ["Plan 100% ready"]
