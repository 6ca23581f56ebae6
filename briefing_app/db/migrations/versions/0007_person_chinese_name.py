"""Chinese form of a person's name

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 06:10:00

``people.name_zh`` holds the name in Chinese characters for someone whose own
name is in another script (a transliteration); a Chinese pack shows it with a
Chinese honorific. Existing rows get "" from the server default.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Adding a column needs no table copy in batch mode ("auto"), so the FTS
    # triggers of 0002 on people stay in place.
    with op.batch_alter_table("people") as batch_op:
        batch_op.add_column(sa.Column("name_zh", sa.String(200), server_default="", nullable=False))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # A batch drop copies the table and would lose the FTS triggers of 0002;
        # SQLite >= 3.35 drops a column in place.
        op.execute("ALTER TABLE people DROP COLUMN name_zh")
        return
    with op.batch_alter_table("people") as batch_op:
        batch_op.drop_column("name_zh")
