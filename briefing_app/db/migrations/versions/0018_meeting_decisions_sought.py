"""Decisions sought at a meeting

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07 08:40:00

``meetings.decisions`` and ``meetings.decisions_zh``: what the office wants the
meeting to decide or agree (one per line), shown on the pack's "At a glance"
page. Existing rows get "" from the server default.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

_COLUMNS = ("decisions", "decisions_zh")


def upgrade() -> None:
    # Adding columns needs no table copy in batch mode ("auto").
    with op.batch_alter_table("meetings") as batch_op:
        for name in _COLUMNS:
            batch_op.add_column(sa.Column(name, sa.Text(), server_default="", nullable=False))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # SQLite >= 3.35 drops a column in place (no table copy).
        for name in _COLUMNS:
            op.execute(f"ALTER TABLE meetings DROP COLUMN {name}")
        return
    with op.batch_alter_table("meetings") as batch_op:
        for name in _COLUMNS:
            batch_op.drop_column(name)
