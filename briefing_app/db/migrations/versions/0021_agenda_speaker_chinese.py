"""An agenda item's free-text speaker in Chinese

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-07 11:50:00

``agenda_items.speaker_zh``: the speaker who is not in the database ("Heads of
delegation, in order of precedence") in Chinese, which a Chinese pack prints
(else the English ``speaker``) and a bilingual pack prints after the English
(docs/pack.md, "Agenda"). A speaker linked to a person is named from the
person, as before. Existing rows get "" from the server default.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Adding a column needs no table copy in batch mode ("auto").
    with op.batch_alter_table("agenda_items") as batch_op:
        batch_op.add_column(
            sa.Column("speaker_zh", sa.String(300), server_default="", nullable=False)
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # SQLite >= 3.35 drops a column in place (no table copy).
        op.execute("ALTER TABLE agenda_items DROP COLUMN speaker_zh")
        return
    with op.batch_alter_table("agenda_items") as batch_op:
        batch_op.drop_column("speaker_zh")
