"""Seating plans: a plan per meeting and its seats

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 07:10:00

- ``seating_plans``: one per meeting (shape, seats at the table, chairs behind).
- ``seats``: a plan's chairs by number, who sits there, and whether the seat is
  locked against the automatic seating (docs/seating.md).

Both are new tables created in one statement each, so the schema is the same in
every run (restore and check compare the exact SQL).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "seating_plans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("shape", sa.String(length=20), nullable=False),
        sa.Column("seat_count", sa.Integer(), nullable=False),
        sa.Column("back_seats", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_seating_plans_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seating_plans")),
        sa.UniqueConstraint("meeting_id", name=op.f("uq_seating_plans_meeting_id")),
        sa.UniqueConstraint("uid", name=op.f("uq_seating_plans_uid")),
    )
    op.create_table(
        "seats",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=True),
        sa.Column("locked", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_seats_participant_id_participants"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["seating_plans.id"],
            name=op.f("fk_seats_plan_id_seating_plans"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seats")),
        sa.UniqueConstraint("plan_id", "position", name=op.f("uq_seats_plan_id")),
    )
    op.create_index(op.f("ix_seats_plan_id"), "seats", ["plan_id"], unique=False)
    op.create_index(op.f("ix_seats_participant_id"), "seats", ["participant_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_seats_participant_id"), table_name="seats")
    op.drop_index(op.f("ix_seats_plan_id"), table_name="seats")
    op.drop_table("seats")
    op.drop_table("seating_plans")
