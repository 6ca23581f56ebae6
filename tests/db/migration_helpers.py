"""What the tests of single Alembic revisions share."""

from __future__ import annotations

import sqlite3

from briefing_app.db.migrate import alembic_config


def migrate(db, action, target: str) -> None:
    """Run ``action`` (``alembic.command.upgrade`` / ``downgrade``) to ``target`` on ``db``."""
    with db.engine.begin() as conn:
        cfg = alembic_config(db.url)
        cfg.attributes["connection"] = conn
        action(cfg, target)


def triggers(path) -> set[str]:
    """Names of the triggers in the SQLite file ``path``."""
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
