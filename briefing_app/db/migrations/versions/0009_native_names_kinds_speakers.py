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
  ``speaker`` stays for outsiders); on SQLite the table is copied by hand
  (below), so its schema is the same in every run.
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
FK = "fk_agenda_items_speaker_person_id_people"


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
    if op.get_bind().dialect.name == "sqlite":
        _rebuild_agenda_items()
        return
    with op.batch_alter_table("agenda_items") as batch_op:
        batch_op.add_column(sa.Column("speaker_person_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            FK, "people", ["speaker_person_id"], ["id"], ondelete="SET NULL"
        )


#: agenda_items as of 0008, plus the speaker and its foreign key.
_AGENDA_ITEMS = """CREATE TABLE _agenda_items_0009 (
    id INTEGER NOT NULL,
    meeting_id INTEGER NOT NULL,
    position INTEGER NOT NULL,
    start_time TIME,
    duration_minutes INTEGER,
    title VARCHAR(300) NOT NULL,
    title_zh VARCHAR(300) NOT NULL,
    speaker VARCHAR(300) NOT NULL,
    notes TEXT NOT NULL,
    uid VARCHAR(64) NOT NULL,
    version INTEGER DEFAULT '1' NOT NULL,
    created_at DATETIME NOT NULL,
    updated_at DATETIME NOT NULL,
    speaker_person_id INTEGER,
    CONSTRAINT pk_agenda_items PRIMARY KEY (id),
    CONSTRAINT fk_agenda_items_meeting_id_meetings FOREIGN KEY(meeting_id)
        REFERENCES meetings (id) ON DELETE CASCADE,
    CONSTRAINT uq_agenda_items_uid UNIQUE (uid),
    CONSTRAINT fk_agenda_items_speaker_person_id_people FOREIGN KEY(speaker_person_id)
        REFERENCES people (id) ON DELETE SET NULL
)"""
_AGENDA_COLUMNS = (
    "id, meeting_id, position, start_time, duration_minutes, title, title_zh, speaker, "
    "notes, uid, version, created_at, updated_at"
)


def _rebuild_agenda_items(with_speaker: bool = True) -> None:
    """SQLite cannot add a named table-level foreign key to a table: copy the table
    by hand. (Alembic's batch copy writes the constraints in an order that changes
    from run to run, and the schema checks of restore and check compare the exact
    SQL.) No table refers to agenda_items and it has no triggers."""
    sql = _AGENDA_ITEMS
    if not with_speaker:  # as 0008 had it
        sql = sql.replace("    speaker_person_id INTEGER,\n", "")
        sql = sql[: sql.index(",\n    CONSTRAINT fk_agenda_items_speaker")] + "\n)"
    op.execute(sql)
    op.execute(
        f"INSERT INTO _agenda_items_0009 ({_AGENDA_COLUMNS}) "
        f"SELECT {_AGENDA_COLUMNS} FROM agenda_items"
    )
    op.execute("DROP TABLE agenda_items")
    op.execute("ALTER TABLE _agenda_items_0009 RENAME TO agenda_items")
    op.execute("CREATE INDEX ix_agenda_items_meeting_id ON agenda_items (meeting_id)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _rebuild_agenda_items(with_speaker=False)  # a column in a foreign key cannot be dropped
    else:
        with op.batch_alter_table("agenda_items") as batch_op:
            batch_op.drop_constraint(FK, type_="foreignkey")
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
