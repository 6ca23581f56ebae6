"""FTS5 trigram search: English, Chinese (short terms too), kept in sync by triggers."""

from __future__ import annotations

import pytest

from briefing_app.services import library, search

pytestmark = pytest.mark.both_backends


def _seed(db):
    with db.session() as s, s.begin():
        mofcom = library.create(
            s, "organization",
            {"name_en": "Ministry of Commerce", "name_zh": "商务部", "acronym": "MOFCOM"},
        ).id  # fmt: skip
        court = library.create(
            s, "organization", {"name_en": "Supreme People's Court", "name_zh": "最高人民法院"}
        ).id
        library.create(
            s, "person",
            {"organization_id": mofcom, "family_name": "Liu", "given_name": "Hua",
             "native_name": "刘华", "title_en": "Director"},
        )  # fmt: skip
        library.create(
            s, "talking_point",
            {"title": "Global Innovation Index", "title_zh": "全球创新指数",
             "text_en": "China ranks 11th in the GII."},
        )  # fmt: skip
    return mofcom, court


def _titles(results, kind):
    return [h.title for h in results.groups.get(kind, [])]


def test_english_search_groups_by_kind(db):
    _seed(db)
    with db.session() as s:
        results = search.search(s, "comm")
    assert _titles(results, "organization") == ["Ministry of Commerce (MOFCOM)"]
    assert results.groups["person"] == [] and results.groups["talking_point"] == []
    with db.session() as s:
        results = search.search(s, "innovation gii")
    assert _titles(results, "talking_point") == ["Global Innovation Index"]


def test_chinese_three_characters_and_more_use_the_index(db):
    _seed(db)
    with db.session() as s:
        assert _titles(search.search(s, "人民法院"), "organization") == ["Supreme People's Court"]
        assert _titles(search.search(s, "创新指数"), "talking_point") == ["Global Innovation Index"]


def test_chinese_one_and_two_characters_fall_back_to_like(db):
    _seed(db)
    with db.session() as s:
        assert _titles(search.search(s, "商务"), "organization") == [
            "Ministry of Commerce (MOFCOM)"
        ]
        hits = search.search(s, "刘").groups["person"]
        assert [h.title for h in hits] == ["Hua LIU 刘华"]
        assert "Ministry of Commerce" in hits[0].detail
        # a short term alongside a long one narrows the index matches
        assert _titles(search.search(s, "最高 court"), "organization") == ["Supreme People's Court"]
        assert _titles(search.search(s, "商务 court"), "organization") == []


def test_index_follows_updates_and_deletes(db):
    mofcom, court = _seed(db)
    with db.session() as s, s.begin():
        library.update(s, "organization", court, {"name_en": "Highest Tribunal"}, 1)
    with db.session() as s:
        assert _titles(search.search(s, "Supreme"), "organization") == []
        assert _titles(search.search(s, "Tribunal"), "organization") == ["Highest Tribunal"]
    with db.session() as s, s.begin():
        library.delete(s, "organization", mofcom)  # cascades to Liu Hua
    with db.session() as s:
        assert search.search(s, "刘华").groups["person"] == []
        assert search.search(s, "Liu").groups["person"] == []


def test_quotes_and_wildcards_are_plain_text(db):
    _seed(db)
    with db.session() as s:
        assert search.search(s, '"court" OR').total() == 0
        assert search.search(s, "%").total() == 0
        assert search.search(s, "   ").total() == 0


@pytest.mark.sqlite_only
def test_search_triggers_and_title_index_exist_after_upgrade(db):
    with db.engine.connect() as conn:
        names = {
            row[0]
            for row in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type IN ('trigger', 'index')"
            )
        }
    for table in ("search_organizations", "search_people", "search_talking_points"):
        assert {f"{table}_ai", f"{table}_ad", f"{table}_au"} <= names
    assert "ix_talking_points_titles" in names
