"""an index for search terms of one or two characters (SQLite)

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07 09:30:00

The trigram tables of 0002 cannot answer terms shorter than three characters
(very common in Chinese: 刘, 商务, and the first keystrokes of any search), so
those were matched with LIKE over every name and title: 20-50 ms on the
scale database (50,000 talking points), over the search-as-you-type budget.

``search_short_<table>`` are contentless FTS5 tables (unicode61 tokenizer)
whose text is the record's names and titles with a space after every
character: each character is a token, so a one-character term is a token
query and a two-character term a phrase of two adjacent tokens, both answered
from the index. ``services/search.py`` confirms each candidate with the same
LIKE as before (a phrase may span two words or two columns; the tokenizer
folds case and accents more than LIKE does), so the results are unchanged.

Triggers keep them in step as 0002's do. The characters are split in SQL
(``search_positions`` holds 1..MAX_CHARS), so anything that writes the
tables, with or without the app, keeps the index right; characters past
MAX_CHARS of a name or title are not indexed. PostgreSQL searches with its
trigram indexes (services/search_pg.py): nothing to do there.
"""

from __future__ import annotations

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

MAX_CHARS = 2000

# content table -> the columns short terms are matched against. Mirrored in
# services/search.py (_SHORT_COLUMNS; tests/services/test_search.py checks it).
SHORT_TABLES = {
    "organizations": ("name_en", "name_zh", "acronym"),
    "people": ("family_name", "given_name", "native_name"),
    "talking_points": ("title", "title_zh"),
}


def _spaced(row: str, column: str) -> str:
    """SQL: the column's characters separated by spaces ('' for NULL)."""
    value = f"{row}{column}"
    return (
        f"coalesce((SELECT group_concat(substr({value}, n, 1), ' ') FROM search_positions "
        f"WHERE n <= length({value})), '')"
    )


def text_expression(row: str, columns: tuple[str, ...]) -> str:
    """SQL: the indexed text of a row (``row`` is "new.", "old." or "")."""
    return " || ' ' || ".join(_spaced(row, c) for c in columns)


def _statements(table: str, columns: tuple[str, ...]) -> list[str]:
    fts = f"search_short_{table}"
    insert_new = (
        f"INSERT INTO {fts}(rowid, text) VALUES (new.id, {text_expression('new.', columns)});"
    )
    delete_old = (
        f"INSERT INTO {fts}({fts}, rowid, text) "
        f"VALUES ('delete', old.id, {text_expression('old.', columns)});"
    )
    changed = " OR ".join(f"new.{c} IS NOT old.{c}" for c in columns)
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5(text, content='', tokenize='unicode61')",
        f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN {insert_new} END",
        f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN {delete_old} END",
        f"CREATE TRIGGER {fts}_au AFTER UPDATE ON {table} WHEN new.id IS NOT old.id OR {changed} "
        f"BEGIN {delete_old} {insert_new} END",
        f"INSERT INTO {fts}(rowid, text) SELECT id, {text_expression('', columns)} FROM {table}",
    ]


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("CREATE TABLE search_positions (n INTEGER PRIMARY KEY)")
    op.execute(
        "WITH RECURSIVE p(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM p "
        f"WHERE n < {MAX_CHARS}) INSERT INTO search_positions SELECT n FROM p"
    )
    for table, columns in SHORT_TABLES.items():
        for statement in _statements(table, columns):
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in SHORT_TABLES:
        fts = f"search_short_{table}"
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {fts}")
    op.execute("DROP TABLE IF EXISTS search_positions")
