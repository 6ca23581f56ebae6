"""Revision 0005 (Chinese kind and follow-ups of engagements): existing engagements
get empty texts, the new columns take values, and downgrade removes them again
without touching the search triggers of 0002."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from briefing_app.db.session import connect
from tests.db.migration_helpers import migrate, triggers

ORGANIZATION = (
    "INSERT INTO organizations (uid, name_en, name_zh, acronym, kind, country, mandate, "
    "relevance, website, notes, tags, version, created_at, updated_at, mandate_zh, "
    "relevance_zh) VALUES ('CNIPA', 'China National Intellectual Property Administration', "
    "'国家知识产权局', 'CNIPA', 'administration', '', '', '', '', '', '[]', 1, '2022-01-01', "
    "'2022-01-01', '', '')"
)
ENGAGEMENT = (
    "INSERT INTO engagements (uid, organization_id, date, kind, summary, summary_zh, "
    "follow_ups, version, created_at, updated_at) VALUES ('E-1', 1, '2022-02-05', "
    "'Treaty instruments deposited', 'Instruments handed over.', '递交文书。', "
    "'Joint seminars.', 1, '2022-01-01', '2022-01-01')"
)


def _columns(db) -> list[str]:
    with db.engine.connect() as conn:
        return [r[1] for r in conn.execute(text("PRAGMA table_info(engagements)"))]


def test_upgrade_gives_existing_engagements_empty_texts_and_downgrade_drops_them(db_path):
    db = connect(f"sqlite:///{db_path}")
    migrate(db, command.upgrade, "0004")
    with db.engine.begin() as conn:
        conn.execute(text(ORGANIZATION))
        conn.execute(text(ENGAGEMENT))
    before = triggers(db_path)
    migrate(db, command.upgrade, "0005")
    with db.engine.begin() as conn:
        row = conn.execute(text("SELECT kind, kind_zh, follow_ups, follow_ups_zh FROM engagements"))
        assert row.one() == ("Treaty instruments deposited", "", "Joint seminars.", "")
        conn.execute(text("UPDATE engagements SET kind_zh = '交存条约文书'"))
        assert conn.scalar(text("SELECT kind_zh FROM engagements")) == "交存条约文书"
    assert triggers(db_path) == before
    migrate(db, command.downgrade, "0004")
    assert triggers(db_path) == before
    columns = _columns(db)
    assert "kind_zh" not in columns and "follow_ups_zh" not in columns
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT uid, summary_zh FROM engagements")).one() == (
            "E-1",
            "递交文书。",
        )
    db.dispose()
