"""search indexes: deletes and updates touch only the records they hold (SQLite)

Revision ID: 0022
Revises: 0021
Create Date: 2026-12-07 14:50:00

An import of many records leaves their search indexing to be done after its
commit (``services/search_index.py``, docs/interchange.md): until then a record
may be in its table and not yet in the FTS5 tables of 0002 and 0014. Their
delete and update triggers removed the old text from the index unconditionally,
which for a record the index does not hold yet writes entries for nothing (the
index's own statistics go wrong; its integrity check fails). They now run only
for a record the index holds (a row of its ``<index>_docsize`` table): one not
yet indexed is left to the catch-up, which indexes whatever it holds then. For
indexed records nothing changes. PostgreSQL keeps its trigram indexes itself:
nothing to do there.
"""

from __future__ import annotations

import importlib

from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

_VERSIONS = "briefing_app.db.migrations.versions"


def _indexed(fts: str) -> str:
    """SQL: the old record is in the index ``fts``."""
    return f"EXISTS (SELECT 1 FROM {fts}_docsize WHERE id = old.id)"


def _triggers() -> list[tuple[str, str, str]]:
    """(FTS table, its delete trigger, its update trigger) as 0002 and 0014 made them."""
    trigram = importlib.import_module(f"{_VERSIONS}.0002_search_fts")
    short = importlib.import_module(f"{_VERSIONS}.0014_search_short_terms")
    found = []
    for fts, (table, columns) in trigram.SEARCH_TABLES.items():
        statements = trigram._statements(fts, table, columns)
        found.append((fts, statements[2], statements[3]))
    for table, columns in short.SHORT_TABLES.items():
        statements = short._statements(table, columns)
        found.append((f"search_short_{table}", statements[2], statements[3]))
    return found


def _guarded(fts: str, create: str) -> str:
    """``create`` (a trigger of 0002/0014) run only for a record the index holds."""
    head, body = create.split(" BEGIN ", 1)
    if " WHEN " in head:
        head, when = head.split(" WHEN ", 1)
        return f"{head} WHEN {_indexed(fts)} AND ({when}) BEGIN {body}"
    return f"{head} WHEN {_indexed(fts)} BEGIN {body}"


def _name(create: str) -> str:
    return create.split()[2]


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for fts, *creates in _triggers():
        for create in creates:
            op.execute(f"DROP TRIGGER {_name(create)}")
            op.execute(_guarded(fts, create))


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for _fts, *creates in _triggers():
        for create in creates:
            op.execute(f"DROP TRIGGER {_name(create)}")
            op.execute(create)
