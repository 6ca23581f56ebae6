"""full-text search tables (FTS5, trigram) kept in sync by triggers

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 10:40:00

``search_organizations``, ``search_people`` and ``search_talking_points`` are
external-content FTS5 tables over the library tables, tokenized by trigrams so
Chinese (no spaces between words) is searchable as well as English. Triggers
keep them in step with every insert, update and delete, including rows removed
by ``ON DELETE CASCADE``.
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


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # other databases search with LIKE (services/search.py)
    for fts, (table, columns) in SEARCH_TABLES.items():
        for statement in _statements(fts, table, columns):
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for fts in SEARCH_TABLES:
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {fts}")
