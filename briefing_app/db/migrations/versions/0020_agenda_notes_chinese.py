"""Agenda notes in Chinese

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-07 11:40:00

``agenda_items.notes_zh``: an agenda item's notes in Chinese, which a Chinese
pack prints under the item (else the English ``notes``) and a bilingual pack
prints after the English ones (docs/pack.md, "Agenda"). Existing rows get ""
from the server default.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Adding a column needs no table copy in batch mode ("auto").
    with op.batch_alter_table("agenda_items") as batch_op:
        batch_op.add_column(sa.Column("notes_zh", sa.Text(), server_default="", nullable=False))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # SQLite >= 3.35 drops a column in place (no table copy).
        op.execute("ALTER TABLE agenda_items DROP COLUMN notes_zh")
        return
    with op.batch_alter_table("agenda_items") as batch_op:
        batch_op.drop_column("notes_zh")
