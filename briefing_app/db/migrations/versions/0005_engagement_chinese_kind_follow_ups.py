"""Chinese kind and follow-ups for engagements

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 14:40:00

``kind_zh`` and ``follow_ups_zh`` hold the Chinese versions that a ``zh`` or
bilingual briefing pack shows beside ``summary_zh``; empty means the pack
falls back to English. Existing rows get "" from the server default.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

COLUMNS = ("kind_zh", "follow_ups_zh")


def upgrade() -> None:
    # Adding columns needs no table copy in batch mode ("auto"). engagements has
    # no search triggers today; adding in place keeps any a later revision adds.
    with op.batch_alter_table("engagements") as batch_op:
        for name in COLUMNS:
            batch_op.add_column(sa.Column(name, sa.Text(), server_default="", nullable=False))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # SQLite >= 3.35 drops a column in place (no table copy, as in 0004).
        for name in reversed(COLUMNS):
            op.execute(f"ALTER TABLE engagements DROP COLUMN {name}")
        return
    with op.batch_alter_table("engagements") as batch_op:
        for name in reversed(COLUMNS):
            batch_op.drop_column(name)
