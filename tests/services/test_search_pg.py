"""Search on PostgreSQL: Chinese through the trigram index, per the database's locale."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from briefing_app.services import search

pytestmark = pytest.mark.parametrize("db_backend", ["postgresql"], indirect=True)


def _titles(results, kind):
    return [h.title for h in results.groups.get(kind, [])]


def test_demo_chinese_names_are_found(demo_db):
    with demo_db.session() as s:
        assert _titles(search.search(s, "最高人民"), "organization") == [
            "Supreme People's Court (SPC)",
            "Supreme People's Procuratorate (SPP)",
        ]
        people = search.search(s, "国际合作局", language="zh").groups["person"]
        assert [h.title for h in people] == ["田甜女士 Ms. TIAN Tian"]
        assert [h.title for h in search.search(s, "谢").groups["person"]] == ["Ms. XIE Wen 谢文"]


def test_case_is_ignored_beyond_ascii(db):
    from briefing_app.services import library

    with db.session() as s, s.begin():
        library.create(s, "organization", {"name_en": "Ōsaka Bureau of Économie", "name_zh": ""})
    with db.session() as s:
        assert _titles(search.search(s, "ōsaka ÉCONOMIE"), "organization") == [
            "Ōsaka Bureau of Économie"
        ]
        for short in ("Ō", "ōS", "ÉC"):  # 1-2 characters: the joined columns, lower()ed
            assert _titles(search.search(s, short), "organization") == [
                "Ōsaka Bureau of Économie"
            ], short


def test_chinese_terms_use_the_trigram_index(demo_db):
    """The database's character type (C.UTF-8 here) classifies CJK as letters, so
    pg_trgm makes trigrams of Chinese and the planner can use the GIN index."""
    with demo_db.engine.connect() as conn:
        assert conn.execute(text("SELECT show_trgm('最高人民法院')")).scalar() != []
        conn.execute(text("SET enable_seqscan = off"))
        plan = "\n".join(
            conn.execute(
                text("EXPLAIN SELECT id FROM organizations WHERE name_zh ILIKE '%人民法院%'")
            ).scalars()
        )
    assert "ix_search_organizations" in plan


def test_short_terms_use_the_character_index(demo_db):
    """1-2 character terms are looked up in the GIN index of characters (migration 0017)
    instead of scanning every name and title."""
    from briefing_app.services.search_pg import _characters

    condition = _characters(("title", "title_zh"), 0)
    with demo_db.engine.connect() as conn:
        conn.execute(text("SET enable_seqscan = off"))
        plan = "\n".join(
            conn.execute(
                text(f"EXPLAIN SELECT id FROM talking_points WHERE {condition}"), {"c0": "知识"}
            ).scalars()
        )
    assert "ix_search_short_talking_points" in plan


def test_short_terms_find_the_same_as_a_scan(demo_db):
    with demo_db.session() as s:
        for term in ("最", "法院", "Su", "of"):
            hits = search.search(s, term, limit=100).groups["organization"]
            names = s.execute(
                text("SELECT id FROM organizations WHERE name_en ILIKE :p OR name_zh ILIKE :p "
                     "OR acronym ILIKE :p ORDER BY id"), {"p": f"%{term}%"}
            ).scalars().all()  # fmt: skip
            assert [h.id for h in hits] == names and names, term


def test_statements_are_not_prepared_once_for_every_term(db):
    """A prepared statement gets one generic plan after five runs: for search that
    meant the plan of a rare character for a common one (300 ms instead of 3)."""
    with db.engine.connect() as conn:
        assert conn.connection.driver_connection.prepare_threshold is None


def test_one_statement_finds_what_the_search_per_kind_finds(demo_db):
    """search() asks the server once (search_pg.described); its hits, their order,
    grouping and text are those of the ids of each kind described one kind at a time."""
    from sqlalchemy import event

    statements = []
    event.listen(demo_db.engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    with demo_db.session() as s:
        for query in ("Beijing", "最高人民", "谢", "li", "of the", "人民 法院", "zq", "2022"):
            for language in ("en", "zh"):
                statements.clear()
                found = search.search(s, query, limit=100, language=language).groups
                assert len(statements) == 1, query
                by_kind = {
                    kind: search._describe(
                        s, kind, search._ids(s, kind, query, 100, False), language
                    )
                    for kind in search.KINDS
                }
                assert found == by_kind, (query, language)
        assert all(search.search(s, "o", limit=100).groups.values())  # every kind has hits
