"""covering index on talking-point titles for short search terms

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 10:40:00

Search terms of one or two characters (common in Chinese) cannot use the
trigram index and are matched with LIKE over titles; scanning this index
instead of the talking_points table (with its long texts) keeps that under
the 30 ms search-as-you-type budget on 50,000 talking points.
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain CREATE INDEX: a batch (table copy) would drop the FTS triggers of 0002.
    op.create_index("ix_talking_points_titles", "talking_points", ["title", "title_zh"])


def downgrade() -> None:
    op.drop_index("ix_talking_points_titles", table_name="talking_points")
