"""A large import leaves its records' search indexing to a catch-up after its commit
(services/search_index.py): search finds the same meanwhile, edits made meanwhile
keep the indexes right, an interrupted catch-up resumes, and the import itself
stays all-or-nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from briefing_app.cli import run
from briefing_app.services import library, search, search_index
from briefing_app.services.interchange import bulk, import_data
from tests.services.test_interchange_bulk import _dataset, _triggers
from tests.services.test_search_short import SHORT_TERMS

pytestmark = pytest.mark.both_backends

TERMS = [*SHORT_TERMS, "Ministry", "最高人民", "cooperation", "Trade", "rector", "Room 11",
         "全球创新", "li wa", "Glo", "%", "o"]  # fmt: skip
TRIGRAM = ("search_organizations", "search_people", "search_talking_points")


@pytest.fixture
def small_catch_up(monkeypatch):
    """Every table an import gives 2 records or more is left to the catch-up, 2 at a step."""
    monkeypatch.setattr(bulk, "CATCH_UP_ROWS", 2)
    monkeypatch.setattr(search_index, "STEP_ROWS", 2)


def _pending(db) -> dict[str, int]:
    with db.engine.connect() as connection:
        return search_index.pending(connection)


def _results(db) -> dict[str, list]:
    with db.session() as s:
        return {term: search.search(s, term, limit=3).groups for term in TERMS}


def _indexes_agree_with_their_tables(db) -> None:
    with db.engine.connect() as connection:
        for fts in TRIGRAM:  # FTS5 compares what it holds with the table's text
            check = f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)"
            connection.exec_driver_sql(check)
        for kind in ("organization", "person", "talking_point"):
            with db.session() as s:
                for term in TERMS:
                    indexed = set(search._ids(s, kind, term, 100, True))
                    assert indexed == set(search._ids(s, kind, term, 100, False)), (kind, term)


@pytest.mark.sqlite_only
def test_search_finds_the_same_while_the_index_is_built(db, small_catch_up):
    with db.session() as s, s.begin():
        library.create(s, "talking_point", {"title": "Trade 全球"})  # indexed as always
        import_data(s, _dataset())
    pending = _pending(db)
    assert set(pending) == {*TRIGRAM, "search_short_organizations", "search_short_people",
                            "search_short_talking_points"}  # fmt: skip
    assert pending["search_talking_points"] == 3  # the imported ones, not the one before
    meanwhile = _results(db)
    assert meanwhile["Trade"]["talking_point"] and meanwhile["刘"]["person"]
    steps = []
    assert search_index.catch_up(db, lambda done, total: steps.append((done, total))) > 0
    assert steps[-1][0] == steps[-1][1] and len(steps) > 3  # a step at a time
    assert _pending(db) == {}
    assert _results(db) == meanwhile  # the same hits, in the same order
    _indexes_agree_with_their_tables(db)


@pytest.mark.sqlite_only
def test_records_changed_before_they_are_indexed_are_indexed_as_they_are(db, small_catch_up):
    with db.session() as s, s.begin():
        import_data(s, _dataset())
    with db.engine.begin() as connection:  # written meanwhile, without the app's services
        for statement in (
            "UPDATE talking_points SET title = 'Renamed Trade' WHERE uid = 't1'",
            "UPDATE talking_points SET id = id + 100 WHERE uid = 't0'",  # no links
            "DELETE FROM people WHERE id = (SELECT max(id) FROM people)",
        ):
            connection.exec_driver_sql(statement)
    with db.session() as s, s.begin():
        library.create(s, "talking_point", {"title": "Trade 全球"})
    search_index.catch_up(db)
    assert _pending(db) == {}
    _indexes_agree_with_their_tables(db)
    with db.session() as s:
        assert [h.title for h in search.search(s, "Renamed").groups["talking_point"]] == [
            "Renamed Trade"
        ]


@pytest.mark.sqlite_only
def test_an_interrupted_catch_up_resumes(db, small_catch_up):
    with db.session() as s, s.begin():
        import_data(s, _dataset())
    left = sum(_pending(db).values())

    def stop(done, total):
        raise KeyboardInterrupt  # killed after its first step

    with pytest.raises(KeyboardInterrupt):
        search_index.catch_up(db, stop)
    assert 0 < sum(_pending(db).values()) < left  # the first step is kept
    search_index.catch_up(db)
    assert _pending(db) == {}
    _indexes_agree_with_their_tables(db)


@pytest.mark.sqlite_only
def test_a_failed_import_leaves_nothing_to_index(db, small_catch_up):
    with db.session() as s:
        before = _triggers(s)
    with pytest.raises(RuntimeError), db.session() as s, s.begin():
        import_data(s, _dataset())
        raise RuntimeError("the transaction is rolled back")
    assert _pending(db) == {}
    with db.session() as s:
        assert _triggers(s) == before
        assert s.scalar(text("SELECT count(*) FROM talking_points")) == 0


def test_nothing_is_pending_after_an_import_on_either_database(db, small_catch_up):
    with db.session() as s, s.begin():
        import_data(s, _dataset())
    if db.engine.dialect.name == "sqlite":
        search_index.catch_up(db)
    assert _pending(db) == {}  # a server keeps its trigram indexes itself
    with db.session() as s:
        assert search.search(s, "Innovation").groups["talking_point"]


@pytest.mark.sqlite_only
def test_the_import_command_builds_the_index_in_a_process_of_its_own(
    tmp_path, small_catch_up, monkeypatch, capsys
):
    import json

    started = []
    real_start = search_index.start_in_background
    monkeypatch.setattr(search_index, "start_in_background",
                        lambda path: started.append(real_start(path)))  # fmt: skip
    file = tmp_path / "data.json"
    file.write_text(json.dumps(_dataset()), encoding="utf-8")
    database = tmp_path / "cli.db"
    assert run(["--db", str(database), "import", str(file)]) == 0
    assert "the search index is being built in the background" in capsys.readouterr().out
    (process,) = started
    assert process.wait(timeout=120) == 0
    assert run(["--db", str(database), "search-index"]) == 0
    assert capsys.readouterr().out.strip() == "the search indexes are complete"


@pytest.mark.sqlite_only
def test_a_search_sees_an_import_committed_by_another_connection(db, small_catch_up):
    from briefing_app.db.session import connect

    with db.session() as s:  # nothing pending: the answer is kept with the connection
        assert search.search(s, "Innovation").groups["talking_point"] == []
    other = connect(db.url)  # another program, say
    try:
        with other.session() as s, s.begin():
            import_data(s, _dataset())
    finally:
        other.dispose()
    with db.session() as s:  # the same connection of the pool: it must look again
        assert [h.title for h in search.search(s, "Innovation").groups["talking_point"]] == [
            "Global Innovation Index"
        ]


@pytest.mark.sqlite_only
def test_a_table_that_cannot_be_counted_is_searched_as_before(db):
    from briefing_app.db.session import connect
    from tests.test_startup import _damage_people_index

    _damage_people_index(db)  # count(*) of people reads the damaged index
    db.dispose()
    damaged = connect(db.url)
    try:
        with damaged.session() as s:
            assert len(search.search(s, "Li1").groups["person"]) == 10  # from the index
    finally:
        damaged.dispose()
