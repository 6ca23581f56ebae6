"""A person's biography in Chinese

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-07 09:30:00

``people.bio_zh``: the biography a Chinese or bilingual pack prints beside the
person's photo (docs/pack.md, "Biographies"); empty = the pack uses ``bio``.
Existing rows get "" from the server default.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Adding a column needs no table copy in batch mode ("auto"), so the FTS
    # triggers of 0002 on people stay in place.
    with op.batch_alter_table("people") as batch_op:
        batch_op.add_column(sa.Column("bio_zh", sa.Text(), server_default="", nullable=False))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # A batch drop copies the table and would lose the FTS triggers of 0002.
        op.execute("ALTER TABLE people DROP COLUMN bio_zh")
        return
    with op.batch_alter_table("people") as batch_op:
        batch_op.drop_column("bio_zh")
