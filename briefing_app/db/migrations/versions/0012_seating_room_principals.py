"""Seating: the room's door and screen, interpreters linked to their principals

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07 08:25:00

- ``seating_plans.door`` / ``screen``: which side of the drawing the room's door
  and screen are on ("" = not shown; "top", "bottom", "left", "right").
- ``participant_principals``: for an interpreter or note-taker, the participant
  they work for (their chair stands behind the principal's). A new table rather
  than a column of ``participants``: SQLite cannot add a named foreign key to a
  table without copying it, and copying ``participants`` with foreign keys on
  would empty the seats that point at it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("seating_plans") as batch_op:
        batch_op.add_column(sa.Column("door", sa.String(10), server_default="", nullable=False))
        batch_op.add_column(sa.Column("screen", sa.String(10), server_default="", nullable=False))
    op.create_table(
        "participant_principals",
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("principal_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_participant_principals_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["principal_id"],
            ["participants.id"],
            name=op.f("fk_participant_principals_principal_id_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("participant_id", name=op.f("pk_participant_principals")),
    )
    op.create_index(
        op.f("ix_participant_principals_principal_id"),
        "participant_principals",
        ["principal_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(
        op.f("ix_participant_principals_principal_id"), table_name="participant_principals"
    )
    op.drop_table("participant_principals")
    with op.batch_alter_table("seating_plans") as batch_op:
        batch_op.drop_column("screen")
        batch_op.drop_column("door")
