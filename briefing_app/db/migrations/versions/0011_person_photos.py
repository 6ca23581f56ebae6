"""Person photos: one photograph per person, outside the people table

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 08:30:00

- ``person_photos``: the re-encoded image (JPEG or PNG) of a person, its size and
  sha256 (docs/your-data.md, "Photos"). A table of its own so that lists of people
  never read image bytes; deleted with the person.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "person_photos",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("format", sa.String(length=10), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_person_photos_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("person_id", name=op.f("pk_person_photos")),
    )


def downgrade() -> None:
    op.drop_table("person_photos")
