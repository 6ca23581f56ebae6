"""Alembic environment: batch mode for SQLite, the models' metadata as target."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from briefing_app.db import models  # noqa: F401  (registers every table)
from briefing_app.db.base import Base

config = context.config
target_metadata = Base.metadata


def _configure(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as conn:
        _configure(conn)


if context.is_offline_mode():
    raise SystemExit("offline (SQL script) migrations are not supported")
run()
