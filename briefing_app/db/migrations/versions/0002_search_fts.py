"""full-text search tables (FTS5, trigram) kept in sync by triggers

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 10:40:00

``search_organizations``, ``search_people`` and ``search_talking_points`` are
external-content FTS5 tables over the library tables, tokenized by trigrams so
Chinese (no spaces between words) is searchable as well as English. Triggers
keep them in step with every insert, update and delete, including rows removed
by ``ON DELETE CASCADE``.

On PostgreSQL the same columns get one GIN trigram index per table (pg_trgm,
created here if this login may; docs/team.md) that serves ILIKE searches.
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# FTS table -> (content table, indexed columns). Mirrored in services/search.py.
SEARCH_TABLES = {
    "search_organizations": ("organizations", ("name_en", "name_zh", "acronym", "country")),
    "search_people": (
        "people",
        ("family_name", "given_name", "native_name", "title_en", "title_zh"),
    ),
    "search_talking_points": ("talking_points", ("title", "title_zh", "text_en", "text_zh")),
}


def _statements(fts: str, table: str, columns: tuple[str, ...]) -> list[str]:
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    insert_new = f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new});"
    delete_old = f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old});"
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{table}', "
        "content_rowid='id', tokenize='trigram')",
        f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN {insert_new} END",
        f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN {delete_old} END",
        f"CREATE TRIGGER {fts}_au AFTER UPDATE ON {table} BEGIN {delete_old} {insert_new} END",
        f"INSERT INTO {fts}({fts}) VALUES ('rebuild')",
    ]


def _trigram_index(table: str) -> str:
    """PostgreSQL: the GIN trigram index over a table's searched columns."""
    return f"ix_search_{table}"


def _postgresql_upgrade() -> None:
    """PostgreSQL searches with ILIKE served by GIN trigram indexes (pg_trgm), the
    counterpart of the FTS5 trigram tables (services/search_pg.py)."""
    from sqlalchemy import text

    from briefing_app.db.migrate import DatabaseOpenError

    bind = op.get_bind()
    if bind.execute(text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")).first() is None:
        available = bind.execute(
            text("SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'")
        ).first()
        if available is None:
            raise DatabaseOpenError(
                "the PostgreSQL server lacks the pg_trgm extension (Debian: package "
                "postgresql-contrib); ask its administrator to install it (docs/team.md)"
            )
        try:
            with bind.begin_nested():
                op.execute("CREATE EXTENSION pg_trgm")
        except Exception as exc:
            raise DatabaseOpenError(
                "this login may not create the pg_trgm extension: ask the administrator to run "
                f"CREATE EXTENSION pg_trgm in database {bind.engine.url.database} (docs/team.md)"
            ) from exc
    for table, columns in SEARCH_TABLES.values():
        ops = ", ".join(f"{c} gin_trgm_ops" for c in columns)
        op.execute(f"CREATE INDEX {_trigram_index(table)} ON {table} USING gin ({ops})")


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _postgresql_upgrade()
    if op.get_bind().dialect.name != "sqlite":
        return  # other databases search with LIKE (services/search.py)
    for fts, (table, columns) in SEARCH_TABLES.items():
        for statement in _statements(fts, table, columns):
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table, _columns in SEARCH_TABLES.values():
            op.execute(f"DROP INDEX IF EXISTS {_trigram_index(table)}")
    if op.get_bind().dialect.name != "sqlite":
        return
    for fts in SEARCH_TABLES:
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {fts}")
