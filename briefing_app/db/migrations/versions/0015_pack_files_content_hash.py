"""Pack versions by content: the files made of a version, and its content's hash

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 08:45:00

A pack version is its content: the same content rendered in another language
(en, zh, both) or format (docx, pdf) is the same version. ``pack_versions.
content_hash`` is the SHA-256 of the language-independent content
(``services/review/identity.py``); ``pack_files`` records every file made of a
version: language, format, its token (``import-comments`` finds the version
by it), hash and delivery state. Each existing version becomes one file of its
own (its language, docx, its token, hash and delivery); its content hash stays
"" (unknown), so the next pack is a new version, as before.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "pack_files",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pack_version_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=10), nullable=False),
        sa.Column("format", sa.String(length=10), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=200), nullable=False),
        sa.Column("token", sa.String(length=36), nullable=True),
        sa.Column("file_hash", sa.String(length=128), nullable=False),
        sa.Column("delivery", sa.String(length=20), nullable=False),
        sa.Column("snapshot", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["pack_version_id"],
            ["pack_versions.id"],
            name=op.f("fk_pack_files_pack_version_id_pack_versions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pack_files")),
        sa.UniqueConstraint("token", name=op.f("uq_pack_files_token")),
    )
    with op.batch_alter_table("pack_files") as batch_op:
        batch_op.create_index(
            batch_op.f("ix_pack_files_pack_version_id"), ["pack_version_id"], unique=False
        )
    with op.batch_alter_table("pack_versions") as batch_op:
        batch_op.add_column(
            sa.Column("content_hash", sa.String(length=64), server_default="", nullable=False)
        )
    op.execute(
        "INSERT INTO pack_files (pack_version_id, language, format, created_at, created_by, "
        "token, file_hash, delivery) SELECT id, language, 'docx', created_at, created_by, "
        "NULLIF(token, ''), file_hash, delivery FROM pack_versions ORDER BY id"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE pack_versions DROP COLUMN content_hash")
    else:
        with op.batch_alter_table("pack_versions") as batch_op:
            batch_op.drop_column("content_hash")
    with op.batch_alter_table("pack_files") as batch_op:
        batch_op.drop_index(batch_op.f("ix_pack_files_pack_version_id"))
    op.drop_table("pack_files")
