"""Revision 0009 (organizations' own names, kinds as data, agenda speakers): existing
rows keep their data, existing kinds are on the list, the agenda table is rebuilt
with the same schema in every run, and downgrade gives 0008's schema back."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from briefing_app.db.schema_shape import expected_schema, read_schema
from briefing_app.db.session import connect
from tests.db.migration_helpers import migrate, triggers
from tests.db.test_migration_0005 import ORGANIZATION

MEETING = (
    "INSERT INTO meetings (uid, title, title_zh, kind, timezone, venue, city, objectives, "
    "objectives_zh, classification, language, status, version, created_at, updated_at) "
    "VALUES ('M-1', 'Roundtable', '', '', 'UTC', '', '', '', '', '', 'en', 'planned', 1, "
    "'2022-01-01', '2022-01-01')"
)
AGENDA = (
    "INSERT INTO agenda_items (uid, meeting_id, position, title, title_zh, speaker, notes, "
    "version, created_at, updated_at) VALUES ('A-1', 1, 0, 'Opening', '开幕', 'Mr. WANG', "
    "'', 1, '2022-01-01', '2022-01-01')"
)


def test_upgrade_keeps_data_and_downgrade_gives_0008_back(db_path):
    db = connect(f"sqlite:///{db_path}")
    migrate(db, command.upgrade, "0008")
    with db.engine.begin() as conn:
        conn.execute(text(ORGANIZATION.replace("'administration'", "'think_tank'")))
        conn.execute(text(MEETING))
        conn.execute(text(AGENDA))
    before = triggers(db_path)
    migrate(db, command.upgrade, "0009")
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT speaker, speaker_person_id FROM agenda_items")).one() == (
            "Mr. WANG",
            None,
        )
        kinds = dict(conn.execute(text("SELECT key, label_zh FROM organization_kinds")).all())
        raw = conn.connection.driver_connection
        assert read_schema(raw) == expected_schema("0009")
    assert kinds["university"] == "大学" and kinds["think_tank"] == ""  # kept, labelled by key
    assert triggers(db_path) == before
    migrate(db, command.downgrade, "0008")
    with db.engine.connect() as conn:
        assert read_schema(conn.connection.driver_connection) == expected_schema("0008")
        assert conn.scalar(text("SELECT title_zh FROM agenda_items")) == "开幕"
    db.dispose()
