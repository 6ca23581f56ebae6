"""Chinese mandate and relevance for organizations

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 11:41:44

``mandate_zh`` and ``relevance_zh`` hold the Chinese versions that a ``zh``
or bilingual briefing pack shows; empty means the pack falls back to English.
Existing rows get "" from the server default.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

COLUMNS = ("mandate_zh", "relevance_zh")


def upgrade() -> None:
    # Adding columns needs no table copy in batch mode ("auto"), so the FTS
    # triggers of 0002 on organizations stay in place.
    with op.batch_alter_table("organizations") as batch_op:
        for name in COLUMNS:
            batch_op.add_column(sa.Column(name, sa.Text(), server_default="", nullable=False))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # A batch drop copies the table and would lose the FTS triggers of 0002;
        # SQLite >= 3.35 drops a column in place.
        for name in reversed(COLUMNS):
            op.execute(f"ALTER TABLE organizations DROP COLUMN {name}")
        return
    with op.batch_alter_table("organizations") as batch_op:
        for name in reversed(COLUMNS):
            batch_op.drop_column(name)
