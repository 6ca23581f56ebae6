"""Alembic, configured in code: upgrade on open (after a backup), and a
developer entry point::

    python -m briefing_app.db.migrate revision --autogenerate -m "what changed"
"""

from __future__ import annotations

import os
import sys
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import CommandLine, Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect
from sqlalchemy.exc import DatabaseError

from briefing_app import paths
from briefing_app.db.session import Database, connect, resolve_url
from briefing_app.db.snapshot import copy_database


class DatabaseOpenError(RuntimeError):
    """The database cannot be opened as a Briefing App database (message is for users)."""


def alembic_config(url: str | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(paths.migrations_dir()))
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _check_openable(db: Database) -> str | None:
    """Current revision; raises DatabaseOpenError for files we must not touch."""
    where = db.path or db.url
    try:
        tables = set(inspect(db.engine).get_table_names())
        revision = current_revision(db.engine)
    except DatabaseError as exc:
        raise DatabaseOpenError(f"{where} cannot be opened as a database: {exc.orig}") from exc
    if revision is None and tables - {"alembic_version"}:
        raise DatabaseOpenError(f"{where} is a database of another program, not of Briefing App")
    known = {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if revision is not None and revision not in known:
        raise DatabaseOpenError(
            f"{where} was written by a newer version of Briefing App (schema {revision}); "
            "update the app or restore an older backup"
        )
    return revision


def backup_before_migration(db: Database, revision: str) -> Path | None:
    """Copy a SQLite database that holds data before it is migrated."""
    if db.path is None or not db.path.exists():
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = paths.backups_dir(db.path) / f"{db.path.stem}-pre-migration-{revision}-{stamp}.db"
    db.engine.dispose()
    return copy_database(db.path, target)


def upgrade(db: Database) -> Path | None:
    """Bring ``db`` to the head revision; returns the backup taken, if any."""
    revision = _check_openable(db)
    if revision == head_revision():
        return None
    backup = backup_before_migration(db, revision) if revision is not None else None
    with db.engine.begin() as conn:
        cfg = alembic_config(db.url)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return backup


def open_database(location: str | None = None) -> Database:
    """Open (creating if needed) and upgrade the database at ``location``."""
    db = connect(resolve_url(location))
    try:
        upgrade(db)
    except Exception:
        db.dispose()
        raise
    return db


def main(argv: list[str] | None = None) -> None:
    """``alembic`` command line with this package's configuration."""
    cli = CommandLine(prog="python -m briefing_app.db.migrate")
    options = cli.parser.parse_args(argv)
    if not hasattr(options, "cmd"):
        cli.parser.error("too few arguments")
    # Autogenerate compares the models with a scratch database at head.
    url = os.environ.get("BRIEFING_APP_DB") or f"sqlite:///{Path('dev-autogen.db').resolve()}"
    cli.run_cmd(alembic_config(resolve_url(url)), options)


if __name__ == "__main__":
    main(sys.argv[1:])
