"""Revision 0006 (tie order of organizations): existing organizations get no tie
order, the column takes values, and downgrade removes it without touching the
search triggers of 0002."""

from __future__ import annotations

from alembic import command
from sqlalchemy import text

from briefing_app.db.session import connect
from tests.db.migration_helpers import migrate, triggers
from tests.db.test_migration_0005 import ORGANIZATION


def _columns(db) -> list[str]:
    with db.engine.connect() as conn:
        return [r[1] for r in conn.execute(text("PRAGMA table_info(organizations)"))]


def test_upgrade_leaves_ties_unordered_and_downgrade_drops_the_column(db_path):
    db = connect(f"sqlite:///{db_path}")
    migrate(db, command.upgrade, "0005")
    with db.engine.begin() as conn:
        conn.execute(text(ORGANIZATION))
    before = triggers(db_path)
    migrate(db, command.upgrade, "0006")
    with db.engine.begin() as conn:
        assert conn.scalar(text("SELECT tie_order FROM organizations")) is None
        conn.execute(text("UPDATE organizations SET tie_order = 2"))
        assert conn.scalar(text("SELECT tie_order FROM organizations")) == 2
    assert triggers(db_path) == before
    migrate(db, command.downgrade, "0005")
    assert triggers(db_path) == before
    assert "tie_order" not in _columns(db)
    with db.engine.connect() as conn:
        assert conn.scalar(text("SELECT uid FROM organizations")) == "CNIPA"
    db.dispose()
