"""Who did what: the audit trail

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 08:40:00

``audit_events``: one row per record created, changed, deleted or restored, with
who, when and the fields that changed (``db/audit.py``, docs/history.md). No
foreign keys: the trail outlives the records it describes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("entity", sa.String(length=60), nullable=False),
        sa.Column("record_uid", sa.String(length=64), nullable=False),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("origin", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_events")),
    )
    op.create_index(op.f("ix_audit_events_at"), "audit_events", ["at"], unique=False)
    op.create_index("ix_audit_events_record", "audit_events", ["entity", "record_uid"])
    op.create_index("ix_audit_events_meeting", "audit_events", ["meeting_id", "at"])


def downgrade() -> None:
    op.drop_index("ix_audit_events_meeting", table_name="audit_events")
    op.drop_index("ix_audit_events_record", table_name="audit_events")
    op.drop_index(op.f("ix_audit_events_at"), table_name="audit_events")
    op.drop_table("audit_events")
