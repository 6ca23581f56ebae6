"""Chinese venue, city and marking of a meeting; Chinese source and period of a priority

Revision ID: 0023
Revises: 0022
Create Date: 2026-12-07 17:30:00

A Chinese pack and participant list printed the venue and city, the meeting's
classification marking and the annex's source lines in English because they had
no Chinese version: ``meetings.venue_zh``, ``city_zh`` and ``classification_zh``,
``priorities.source_zh`` and ``period_zh``. A Chinese document prints them where
they are set, else the English text; a bilingual one both (docs/pack.md).
Existing rows get "" from the server default.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None

#: (table, column, type) added by this revision.
COLUMNS = (
    ("meetings", "venue_zh", sa.String(300)),
    ("meetings", "city_zh", sa.String(200)),
    ("meetings", "classification_zh", sa.String(100)),
    ("priorities", "source_zh", sa.String(300)),
    ("priorities", "period_zh", sa.String(100)),
)


def upgrade() -> None:
    # Adding a column needs no table copy in batch mode ("auto").
    for table in ("meetings", "priorities"):
        with op.batch_alter_table(table) as batch_op:
            for owner, name, kind in COLUMNS:
                if owner == table:
                    batch_op.add_column(sa.Column(name, kind, server_default="", nullable=False))


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table, name, _kind in reversed(COLUMNS):
        if sqlite:
            # SQLite >= 3.35 drops a column in place (no table copy).
            op.execute(f"ALTER TABLE {table} DROP COLUMN {name}")
        else:
            with op.batch_alter_table(table) as batch_op:
                batch_op.drop_column(name)
