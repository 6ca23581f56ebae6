"""PostgreSQL: an index of the characters of names and titles, for 1-2 character terms

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07 09:30:00

PostgreSQL only (SQLite has its one-character FTS index, revision 0014).
Trigram indexes cannot serve terms shorter than three characters, the first
keystrokes and most Chinese words; matched by ILIKE alone they scanned every
talking point title (~250 ms on 50,000 when nothing matched). Each searched
table gets a GIN index over the set of (lower-case) characters of the
columns short terms are matched against; ``services/search_pg.py`` asks it
for the rows holding every character of the term, then confirms with ILIKE.
"""

from __future__ import annotations

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

#: table -> the columns 1-2 character terms are matched against (a copy of
#: services/search.py's _SHORT_COLUMNS as of this revision).
SHORT_COLUMNS = {
    "organizations": ("name_en", "name_zh", "acronym"),
    "people": ("family_name", "given_name", "native_name"),
    "talking_points": ("title", "title_zh"),
}

_CHARS = """
CREATE FUNCTION briefing_chars(value text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT regexp_split_to_array(lower(value), '')
$$
"""


def characters_of(columns: tuple[str, ...]) -> str:
    """The indexed expression; search_pg.py must write it the same way."""
    return "briefing_chars(" + " || ' ' || ".join(columns) + ")"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(_CHARS)
    for table, columns in SHORT_COLUMNS.items():
        op.execute(
            f"CREATE INDEX ix_search_short_{table} ON {table} USING gin (({characters_of(columns)}))"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in SHORT_COLUMNS:
        op.execute(f"DROP INDEX IF EXISTS ix_search_short_{table}")
    op.execute("DROP FUNCTION IF EXISTS briefing_chars")
