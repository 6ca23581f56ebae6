"""backup, restore and check on a PostgreSQL server: pg_dump/pg_restore, client-side checks."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from briefing_app.cli import run as cli
from briefing_app.db.models import Organization
from briefing_app.services.server_backup import ServerBackupError, restore_server

pytestmark = pytest.mark.parametrize("db_backend", ["postgresql"], indirect=True)


def _names(db) -> list[str]:
    with db.session() as s:
        return list(s.scalars(select(Organization.name_en).order_by(Organization.id)))


def test_backup_then_restore_puts_the_data_back(demo_db, db_location, tmp_path, capsys):
    before = _names(demo_db)
    dump = tmp_path / "team.dump"
    assert cli(["--db", db_location, "backup", "--out", str(dump)]) == 0
    assert "backed up to" in capsys.readouterr().out and dump.read_bytes().startswith(b"PGDMP")
    with demo_db.session() as s, s.begin():
        s.execute(text("DELETE FROM organizations WHERE name_en LIKE 'Supreme%'"))
        s.add(Organization(name_en="Added after the backup"))
    demo_db.dispose()
    assert cli(["--db", db_location, "restore", str(dump)]) == 0
    out = capsys.readouterr().out
    assert "restored from" in out and "as it was before is kept in" in out
    assert _names(demo_db) == before
    assert cli(["--db", db_location, "check"]) == 0
    assert "OK — the server answers, the schema is revision" in capsys.readouterr().out
    with demo_db.session() as s:  # the search indexes came back with the tables
        assert s.execute(text("SELECT show_trgm('最高人民法院') <> '{}'")).scalar()


def test_backup_list_names_server_dumps(db, db_location, capsys):
    assert cli(["--db", db_location, "backup"]) == 0
    capsys.readouterr()
    assert cli(["--db", db_location, "backup", "--list"]) == 0
    (line,) = capsys.readouterr().out.strip().splitlines()
    assert "manual" in line and line.endswith(".dump") and "127_0_0_1-" in line


def test_a_file_that_is_not_a_dump_is_refused_and_nothing_changes(db, db_location, tmp_path):
    junk = tmp_path / "notes.dump"
    junk.write_text("hello")
    with db.session() as s, s.begin():
        s.add(Organization(name_en="Stays"))
    with pytest.raises(ServerBackupError, match="not a PostgreSQL backup"):
        restore_server(db_location, junk)
    assert _names(db) == ["Stays"]


def test_check_names_a_changed_table_and_a_missing_search_index(db, db_location, capsys):
    with db.engine.begin() as conn:
        conn.execute(text("ALTER TABLE meetings ADD COLUMN secret TEXT"))
        conn.execute(text("DROP INDEX ix_search_people"))
        conn.execute(text("DROP INDEX ix_search_short_people"))
        conn.execute(text("ALTER TABLE pack_versions DISABLE TRIGGER pack_versions_review_guard"))
    assert cli(["--db", db_location, "check"]) == 2
    out = capsys.readouterr().out
    assert "3 problem(s) found" in out
    assert "role rule pack_versions_review_guard is missing or disabled" in out
    assert "table meetings: columns differ (unexpected: [('secret'" in out
    assert "search index ix_search_people, ix_search_short_people is missing" in out


def test_check_of_an_unreachable_server_is_a_problem_not_a_crash(db_backend, capsys):
    assert cli(["--db", "postgresql://nobody@127.0.0.1:1/none", "check"]) == 2
    out = capsys.readouterr().out
    assert "the server cannot be reached" in out


@pytest.mark.one_at_a_time("pg_server_names")  # the database c_locale, by its name
def test_check_notes_a_locale_where_the_index_cannot_serve_chinese(pg_cluster, db_backend, capsys):
    from briefing_app.db.migrate import open_database

    pg_cluster.execute("DROP DATABASE IF EXISTS c_locale WITH (FORCE)",
                       "CREATE DATABASE c_locale TEMPLATE template0 LOCALE 'C'")  # fmt: skip
    url = pg_cluster.url("c_locale")
    try:
        open_database(url).dispose()
        assert cli(["--db", url, "check"]) == 0
        out = capsys.readouterr().out
        assert "OK — the server answers" in out
        assert "note: this database's character type does not count Chinese" in out
        from briefing_app.services import library, search

        database = open_database(url)  # Chinese is still found, by ILIKE without the index
        with database.session() as s, s.begin():
            library.create(s, "organization", {"name_en": "Court", "name_zh": "最高人民法院"})
        with database.session() as s:
            for term in ("人民法院", "法院"):
                assert [h.id for h in search.search(s, term).groups["organization"]] == [1]
        database.dispose()
    finally:
        pg_cluster.execute("DROP DATABASE IF EXISTS c_locale WITH (FORCE)")
