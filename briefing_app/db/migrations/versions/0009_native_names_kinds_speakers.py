"""Organizations' own names, kinds as data, agenda speakers linked to people

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 06:20:00

- ``organizations.name_native`` / ``name_native_lang``: the organization's name
  in its own language and script, with the language tag. Existing rows: "".
- ``organization_kinds``: kinds of organization with English and Chinese
  labels, filled with the shipped kinds (domain/org_kinds.py, as of this
  revision); ``organizations.kind`` holds their keys. A kind an existing
  organization uses that is not shipped is added with its key as label.
- ``agenda_items.speaker_person_id``: the speaker as a person (the free-text
  ``speaker`` stays for outsiders). agenda_items has no search triggers, so the
  batch copy SQLite needs for a foreign key loses nothing.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

#: The shipped kinds as of this revision (a copy: later edits to the module must not
#: change what this migration did).
KINDS = (
    ("legislature", "Legislature", "立法机关"),
    ("parliament", "Parliament", "议会"),
    ("court", "Court", "法院"),
    ("procuratorate", "Procuratorate", "检察院"),
    ("ministry", "Ministry", "部委"),
    ("administration", "Administration", "行政机关"),
    ("party_organ", "Party organ", "党的机关"),
    ("international_organisation", "International organization", "国际组织"),
    ("university", "University", "大学"),
    ("research_institute", "Research institute", "研究机构"),
    ("ngo", "NGO", "非政府组织"),
    ("company", "Company", "企业"),
    ("industry_association", "Industry association", "行业协会"),
    ("media", "Media", "媒体"),
    ("forum", "Forum", "论坛"),
    ("embassy", "Embassy", "使馆"),
    ("other", "Other", "其他"),
)
NATIVE = ("name_native", "name_native_lang")


def upgrade() -> None:
    # Adding columns needs no table copy, so the FTS triggers of 0002 stay.
    with op.batch_alter_table("organizations") as batch_op:
        batch_op.add_column(
            sa.Column("name_native", sa.String(300), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("name_native_lang", sa.String(35), server_default="", nullable=False)
        )
    kinds = op.create_table(
        "organization_kinds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(40), nullable=False),
        sa.Column("label_en", sa.String(100), nullable=False),
        sa.Column("label_zh", sa.String(100), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organization_kinds")),
        sa.UniqueConstraint("key", name=op.f("uq_organization_kinds_key")),
    )
    rows = [
        dict(key=k, label_en=en, label_zh=zh, position=i) for i, (k, en, zh) in enumerate(KINDS)
    ]
    used = op.get_bind().execute(sa.text("SELECT DISTINCT kind FROM organizations")).scalars()
    shipped = {k for k, _, _ in KINDS}
    for extra in sorted({k for k in used if k and k not in shipped}):
        label = extra.replace("_", " ").capitalize()
        rows.append(dict(key=extra, label_en=label, label_zh="", position=len(rows)))
    op.bulk_insert(kinds, rows)
    with op.batch_alter_table("agenda_items") as batch_op:
        batch_op.add_column(sa.Column("speaker_person_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            op.f("fk_agenda_items_speaker_person_id_people"),
            "people",
            ["speaker_person_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("agenda_items") as batch_op:
        batch_op.drop_constraint("fk_agenda_items_speaker_person_id_people", type_="foreignkey")
        batch_op.drop_column("speaker_person_id")
    op.drop_table("organization_kinds")
    if op.get_bind().dialect.name == "sqlite":
        # A batch drop copies the table and would lose the FTS triggers of 0002.
        for name in reversed(NATIVE):
            op.execute(f"ALTER TABLE organizations DROP COLUMN {name}")
        return
    with op.batch_alter_table("organizations") as batch_op:
        for name in reversed(NATIVE):
            batch_op.drop_column(name)
