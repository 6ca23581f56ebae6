"""migrate-to: a local SQLite database copied into an empty server database, verified."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect, text

from briefing_app.cli import run as cli
from briefing_app.db.migrate import open_database
from briefing_app.db.models import Organization
from briefing_app.db.session import make_engine
from briefing_app.services.interchange import export_json
from briefing_app.services.move_in import MoveInError, migrate_to


@pytest.fixture
def local(db_path):
    """The demo in a local SQLite file, with a parent that has a higher id than its child."""
    from briefing_app.services.demo import load_demo

    database = open_database(str(db_path))
    with database.session() as s, s.begin():
        load_demo(s)
        child = s.query(Organization).order_by(Organization.id).first()
        parent = Organization(name_en="Added last, parent of the first", acronym="LAST")
        s.add(parent)
        s.flush()
        child.parent_id = parent.id
    yield database
    database.dispose()


@pytest.fixture
def empty_server(pg_cluster):
    """A server database with no tables at all (as an administrator creates it)."""
    with pg_cluster.database(template="template0") as url:
        yield url


def _export(location: str) -> str:
    database = open_database(location)
    try:
        with database.session() as s:
            return export_json(s)
    finally:
        database.dispose()


def test_the_copy_exports_identically_and_new_records_get_fresh_ids(local, empty_server, capsys):
    assert cli(["--db", local.url, "migrate-to", empty_server]) == 0
    out = capsys.readouterr().out
    assert "verified: export-data of the copy is identical" in out and "organizations" in out
    assert _export(empty_server) == _export(local.url)
    server = open_database(empty_server)
    try:
        with server.session() as s, s.begin():
            org = Organization(name_en="Created on the server")
            s.add(org)
            s.flush()
            top = s.execute(text("SELECT max(id) FROM organizations WHERE id <> :i"), {"i": org.id})
            assert org.id == top.scalar() + 1
    finally:
        server.dispose()


def test_a_target_with_data_is_refused_in_one_line(local, pg_cluster, capsys):
    with pg_cluster.database() as url:  # migrated template: tables, no data yet
        server = open_database(url)
        with server.session() as s, s.begin():
            s.add(Organization(name_en="Already here"))
        server.dispose()
        assert cli(["--db", local.url, "migrate-to", url]) == 2
        err = capsys.readouterr().err.strip()
        assert err.endswith("is not empty (organizations has 1 rows); migrate-to only fills an "
                            "empty database")  # fmt: skip
        assert "\n" not in err
        assert "Already here" in _export(url) and "Supreme People" not in _export(url)


def test_a_value_the_server_refuses_rolls_everything_back(local, empty_server):
    with local.engine.begin() as conn:  # SQLite does not enforce VARCHAR lengths
        conn.execute(text("UPDATE people SET title_en = :t WHERE id = 1"), {"t": "x" * 400})
    with pytest.raises(MoveInError, match=r"people: value too long.*; nothing was copied$"):
        migrate_to(local, empty_server)
    engine = make_engine(empty_server)  # the schema's creation was rolled back too
    try:
        assert inspect(engine).get_table_names() == []
    finally:
        engine.dispose()


def test_a_file_target_is_refused(local, tmp_path):
    with pytest.raises(MoveInError, match="is a file"):
        migrate_to(local, f"sqlite:///{tmp_path / 'other.db'}")
