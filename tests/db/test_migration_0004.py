"""Revision 0004 (Chinese mandate and relevance): existing organizations get
empty texts, and neither upgrade nor downgrade loses the search triggers of 0002."""

from __future__ import annotations

import sqlite3

from alembic import command
from sqlalchemy import text

from briefing_app.db.session import connect
from tests.db.migration_helpers import migrate, triggers

INSERT = (
    "INSERT INTO organizations (uid, name_en, name_zh, acronym, kind, country, mandate, "
    "relevance, website, notes, tags, version, created_at, updated_at) VALUES ('x', "
    "'Supreme People''s Court', '最高人民法院', 'SPC', 'court', '', 'Hears appeals.', '', '', "
    "'', '[]', 1, '2022-01-01', '2022-01-01')"
)


def _search(path, term: str) -> list[int]:
    with sqlite3.connect(path) as conn:
        query = "SELECT rowid FROM search_organizations WHERE search_organizations MATCH ?"
        return [r[0] for r in conn.execute(query, (term,))]


def test_upgrade_keeps_rows_and_triggers_and_downgrade_keeps_triggers(db_path):
    db = connect(f"sqlite:///{db_path}")
    migrate(db, command.upgrade, "0003")
    with db.engine.begin() as conn:
        conn.execute(text(INSERT))
    before = triggers(db_path)
    assert "search_organizations_au" in before
    migrate(db, command.upgrade, "0004")
    with db.engine.begin() as conn:
        row = conn.execute(text("SELECT mandate, mandate_zh, relevance_zh FROM organizations"))
        assert row.one() == ("Hears appeals.", "", "")
        conn.execute(text("UPDATE organizations SET name_zh = '最高法院', mandate_zh = '审判'"))
    assert triggers(db_path) == before
    assert _search(db_path, "最高法院") == [1]
    migrate(db, command.downgrade, "0003")
    assert triggers(db_path) == before
    with db.engine.connect() as conn:
        columns = [r[1] for r in conn.execute(text("PRAGMA table_info(organizations)"))]
    assert "mandate_zh" not in columns and "relevance_zh" not in columns
    db.dispose()
