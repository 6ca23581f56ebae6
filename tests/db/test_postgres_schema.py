"""The same migrations give PostgreSQL and SQLite the same schema (search aside)."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from briefing_app.db.base import Base
from briefing_app.db.migrate import head_revision, open_database
from briefing_app.db.portable_shape import (
    expected_shape,
    normalize_default,
    read_shape,
    shape_differences,
)
from briefing_app.db.session import POSTGRES_DRIVER, resolve_url


@pytest.fixture
def pg_db(pg_cluster):
    with pg_cluster.database() as url:
        database = open_database(url)
        yield database
        database.dispose()


def test_postgresql_and_sqlite_schemas_are_identical(pg_db, db_path):
    sqlite_db = open_database(str(db_path))
    try:
        with sqlite_db.engine.connect() as conn:
            sqlite_shape = read_shape(conn)
    finally:
        sqlite_db.dispose()
    with pg_db.engine.connect() as conn:
        pg_shape = read_shape(conn)
    assert set(Base.metadata.tables) <= set(pg_shape)
    assert shape_differences(pg_shape, sqlite_shape) == []
    assert pg_shape == sqlite_shape
    # the comparison sees what matters: keys with their ON DELETE, uniques, indexes
    people = pg_shape["people"]
    assert ("fk_people_organization_id_organizations", ("organization_id",), "organizations",
            ("id",), "CASCADE") in people.foreign_keys  # fmt: skip
    assert ("uq_people_uid", ("uid",)) in people.unique
    assert ("ix_people_organization_id", ("organization_id",), False) in people.indexes
    assert pg_shape == expected_shape(head_revision())


def test_a_changed_column_on_the_server_is_named(pg_db):
    with pg_db.engine.begin() as conn:
        conn.execute(text("ALTER TABLE people ALTER COLUMN email DROP NOT NULL"))
        conn.execute(text("CREATE INDEX ix_people_extra ON people (email)"))
    with pg_db.engine.connect() as conn:
        problems = shape_differences(read_shape(conn), expected_shape(head_revision()))
    assert len(problems) == 2
    assert problems[0].startswith("table people: columns differ (unexpected: [('email'")
    assert problems[1].startswith("table people: indexes differ (unexpected: [('ix_people_extra'")


def _not_search_index(obj, name, type_, reflected, compare_to) -> bool:
    return not (type_ == "index" and (name or "").startswith("ix_search_"))


def test_postgresql_upgrade_matches_the_models(pg_db):
    with pg_db.engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": _not_search_index}
        )
        assert compare_metadata(ctx, Base.metadata) == []


def test_trigram_indexes_serve_search(pg_db):
    with pg_db.engine.connect() as conn:
        assert conn.execute(
            text("SELECT extname FROM pg_extension WHERE extname = 'pg_trgm'")
        ).one()
        rows = conn.execute(
            text("SELECT indexname, indexdef FROM pg_indexes WHERE indexname LIKE 'ix_search_%'")
        ).all()
    defs = dict(rows)
    tables = ("organizations", "people", "talking_points")
    assert set(defs) == {f"ix_search_{t}" for t in tables} | {
        f"ix_search_short_{t}" for t in tables
    }
    assert (
        "USING gin (name_en gin_trgm_ops, name_zh gin_trgm_ops" in defs["ix_search_organizations"]
    )


def test_defaults_compare_as_plain_values():
    assert normalize_default("'1'") == normalize_default("1") == "1"
    assert normalize_default("''::character varying") == normalize_default("''") == ""
    assert normalize_default("'delivered'::character varying") == "delivered"
    assert normalize_default("nextval('people_id_seq'::regclass)") is None


@pytest.mark.parametrize("scheme", ["postgresql", "postgres"])
def test_a_libpq_url_uses_psycopg(scheme):
    url = resolve_url(f"{scheme}://anna:s3cret@db.example.org:5433/briefing?sslmode=require")
    assert url == f"{POSTGRES_DRIVER}://anna:s3cret@db.example.org:5433/briefing?sslmode=require"


def test_an_unreachable_server_is_one_line_without_the_password():
    from briefing_app.db.migrate import DatabaseOpenError

    with pytest.raises(DatabaseOpenError) as caught:
        open_database("postgresql://anna:s3cret@127.0.0.1:1/briefing")
    message = str(caught.value)
    assert message.startswith("postgresql+psycopg://anna:***@127.0.0.1:1/briefing cannot be opened")
    assert "s3cret" not in message


@pytest.mark.one_at_a_time("pg_server_names")  # the role staff_member is the whole server's
def test_a_login_that_may_not_upgrade_is_told_to_ask_the_owner(pg_cluster):
    from briefing_app.db.migrate import DatabaseOpenError
    from briefing_app.db.session import make_engine

    with pg_cluster.database(template="template0") as url:
        pg_cluster.execute(
            "DROP ROLE IF EXISTS staff_member", "CREATE ROLE staff_member LOGIN",
        )  # fmt: skip
        owner = make_engine(url)
        with owner.begin() as conn:  # PostgreSQL 15: only the owner creates in public
            conn.execute(text("REVOKE CREATE ON SCHEMA public FROM PUBLIC"))
            conn.execute(text("CREATE EXTENSION pg_trgm"))
        owner.dispose()
        staff_url = url.replace("postgres@", "staff_member@")
        with pytest.raises(DatabaseOpenError, match="this login may not change it: ask the"):
            open_database(staff_url)
