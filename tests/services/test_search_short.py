"""Search terms of one or two characters through the one-character index (SQLite,
migration 0014): the same records as a LIKE scan finds, kept in step by triggers
whoever writes, and really answered from the index."""

from __future__ import annotations

import importlib

from sqlalchemy import text

from briefing_app.services import library, search

SHORT_TERMS = [
    "l", "li", "iw", "wa", "ZO", "zo", "oë", "ë", "a-", "-", "商", "商务", "务部", "刘", "刘华",
    "华", "国", "全球", "x", "qz", "1", "11", "mo", "OF", "gi", "人民",
]  # fmt: skip


def _seed(db) -> None:
    with db.session() as s, s.begin():
        mofcom = library.create(
            s, "organization",
            {"name_en": "Ministry of Commerce", "name_zh": "商务部", "acronym": "MOFCOM"},
        ).id  # fmt: skip
        court = {"name_en": "Supreme People's Court", "name_zh": "最高人民法院", "acronym": "A-B"}
        library.create(s, "organization", court)
        for family, given, native in [("Li", "Wang", "李王"), ("Liu", "Hua", "刘华"),
                                      ("Zoë", "Müller", ""), ("Wang", "Li", "王丽")]:  # fmt: skip
            library.create(s, "person", {"organization_id": mofcom, "family_name": family,
                                         "given_name": given, "native_name": native})  # fmt: skip
        for title, title_zh in [("Global Innovation Index", "全球创新指数"),
                                ("Room 11", "十一号"), ("WIPO & China", "中国")]:  # fmt: skip
            library.create(s, "talking_point", {"title": title, "title_zh": title_zh})


def _found(session, kind: str, term: str, indexed: bool) -> set[int]:
    """Ids for ``term``: through the index (as search() does) or by a LIKE scan."""
    return set(search._ids(session, kind, term, 100, indexed))


def test_short_terms_find_what_a_scan_finds(db):
    _seed(db)
    with db.session() as s:
        for kind in ("organization", "person", "talking_point"):
            for term in SHORT_TERMS:
                assert _found(s, kind, term, True) == _found(s, kind, term, False), (kind, term)
            both = "li wa"  # two short terms: every one must match
            assert _found(s, kind, both, True) == _found(s, kind, both, False), kind
        assert len(_found(s, "person", "li", True)) == 3  # Li Wang, Liu Hua, Wang Li
        assert _found(s, "person", "iw", True) == set()  # "Li" + "Wang": not one word


def test_short_terms_are_answered_from_the_index(db):
    _seed(db)
    with db.session() as s, s.begin():
        # every person indexed under a text without 刘 (an index short of records would be
        # one being built, answered with a scan: services/search_index.py)
        for statement in (
            "INSERT INTO search_short_people(search_short_people) VALUES ('delete-all')",
            "INSERT INTO search_short_people(rowid, text) SELECT id, 'x' FROM people",
        ):
            s.execute(text(statement))
        assert search.search(s, "刘").groups["person"] == []  # not in the index: not found
        assert search.search(s, "-").groups["organization"]  # not a letter: LIKE, as before
        s.rollback()


def test_index_follows_raw_inserts_updates_and_deletes(db):
    _seed(db)
    with db.engine.begin() as conn:  # written without the app's services
        conn.execute(text(
            "INSERT INTO organizations (uid, name_en, name_zh, acronym, kind, country, "
            "precedence_rank, mandate, relevance, website, notes, tags, version, created_at, "
            "updated_at) VALUES ('o-raw', 'Raw Office', '原局', 'RO', 'administration', '', 1, "
            "'', '', '', '', '[]', 1, '2024-01-01', '2024-01-01')"
        ))  # fmt: skip
    with db.session() as s:
        assert [h.title for h in search.search(s, "原局").groups["organization"]] == [
            "Raw Office (RO)"
        ]
        person = next(iter(_found(s, "person", "刘华", True)))
    with db.session() as s, s.begin():
        library.update(s, "person", person, {"native_name": "柳桦"}, 1)
    with db.session() as s:
        assert _found(s, "person", "刘", True) == set()
        assert _found(s, "person", "柳桦", True) == {person}
    with db.session() as s, s.begin():
        mofcom = next(iter(_found(s, "organization", "商务", True)))
        library.delete(s, "organization", mofcom)  # cascades to its people
    with db.session() as s:
        assert _found(s, "person", "柳", True) == set() and _found(s, "person", "li", True) == set()
        assert _found(s, "organization", "商务", True) == set()


def test_the_migration_indexes_the_columns_search_matches():
    versions = "briefing_app.db.migrations.versions"
    migration = importlib.import_module(f"{versions}.0014_search_short_terms")
    for kind, (_fts, table, _columns) in search._TABLES.items():
        if kind != "meeting":
            assert migration.SHORT_TABLES[table] == search._SHORT_COLUMNS[kind], kind
