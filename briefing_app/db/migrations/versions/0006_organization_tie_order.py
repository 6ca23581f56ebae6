"""Explicit order among organizations that share a precedence rank

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 05:50:00

``tie_order`` is the order the user set among organizations with the same
``precedence_rank`` (dragging within the tie); empty means the documented
fallback (English name, then id). Existing rows get NULL.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Adding a column needs no table copy in batch mode ("auto"), so the FTS
    # triggers of 0002 on organizations stay in place.
    with op.batch_alter_table("organizations") as batch_op:
        batch_op.add_column(sa.Column("tie_order", sa.Integer(), nullable=True))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # A batch drop copies the table and would lose the FTS triggers of 0002;
        # SQLite >= 3.35 drops a column in place.
        op.execute("ALTER TABLE organizations DROP COLUMN tie_order")
        return
    with op.batch_alter_table("organizations") as batch_op:
        batch_op.drop_column("tie_order")
