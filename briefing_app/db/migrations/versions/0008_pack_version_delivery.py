"""Pack versions: delivery state and the token written into the document

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 06:00:00

``delivery`` is "pending" from the moment a pack's number is taken (committed
before its file is written) until the file is confirmed, then "delivered"; a
version left pending by a crash keeps its number, so no number is ever reused.
``token`` is a random id also written into the document's custom properties,
so ``import-comments`` knows exactly which version a file is. Existing rows were
recorded together with their file: "delivered", with no token.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

COLUMNS = (
    sa.Column("delivery", sa.String(20), server_default="delivered", nullable=False),
    sa.Column("token", sa.String(36), server_default="", nullable=False),
)


def upgrade() -> None:
    with op.batch_alter_table("pack_versions") as batch_op:
        for column in COLUMNS:
            batch_op.add_column(column)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for column in reversed(COLUMNS):
            op.execute(f"ALTER TABLE pack_versions DROP COLUMN {column.name}")
        return
    with op.batch_alter_table("pack_versions") as batch_op:
        for column in reversed(COLUMNS):
            batch_op.drop_column(column.name)
