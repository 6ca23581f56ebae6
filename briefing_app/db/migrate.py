"""Alembic, configured in code: upgrade on open (after a backup), and a
developer entry point::

    python -m briefing_app.db.migrate revision --autogenerate -m "what changed"

Opening a database that is already at the head revision must not pay for
importing Alembic (a large share of start-up): the revision chain is read
from the ``revision = "..."`` / ``down_revision = "..."`` lines of the files
in ``migrations/versions`` (cached) and the database's revision with one
``SELECT`` on the engine. Alembic is imported only to actually migrate.
"""

from __future__ import annotations

import ast
import functools
import re
import sys
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DatabaseError, ProgrammingError

from briefing_app import paths
from briefing_app.db import new_schema
from briefing_app.db.session import Database, connect, display_location, resolve_url
from briefing_app.db.snapshot import copy_database

VERSION_TABLE = "alembic_version"


class DatabaseOpenError(RuntimeError):
    """The database cannot be opened as a Briefing App database (message is for users)."""


def alembic_config(url: str | None = None):
    """Alembic's Config for this package (imports Alembic: only to migrate or develop)."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(paths.migrations_dir()))
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


_ASSIGNMENT = re.compile(r"^(revision|down_revision)\s*(?::[^=\n]*)?=\s*(.+?)\s*$", re.MULTILINE)


def _assigned_strings(source: str, names: set[str]) -> dict[str, object]:
    """Module-level ``name = <literal>`` assignments of ``names`` in ``source``.

    A line match plus ``ast.literal_eval`` of the value: parsing whole script
    files with ``ast`` cost more than the rest of opening the database. The
    last match wins (a docstring above the assignment may mention the names).
    """
    found: dict[str, object] = {}
    for name, value in _ASSIGNMENT.findall(source):
        if name in names:
            found[name] = ast.literal_eval(value)
    return found


@functools.cache
def revision_map() -> dict[str, tuple[str, ...]]:
    """Every known revision -> the revisions it follows (read from the script files)."""
    chain: dict[str, tuple[str, ...]] = {}
    for script in sorted((paths.migrations_dir() / "versions").glob("*.py")):
        found = _assigned_strings(script.read_text(encoding="utf-8"), {"revision", "down_revision"})
        if "revision" not in found:
            continue
        down = found.get("down_revision")
        downs = () if down is None else (down,) if isinstance(down, str) else tuple(down)
        chain[str(found["revision"])] = downs
    return chain


def known_revisions() -> frozenset[str]:
    """Every schema revision this version of the app knows."""
    return frozenset(revision_map())


def head_revision() -> str:
    """The revision no other revision follows (the chain is kept linear)."""
    chain = revision_map()
    followed = {down for downs in chain.values() for down in downs}
    heads = sorted(set(chain) - followed)
    if len(heads) != 1:
        raise RuntimeError(f"the migration chain must have exactly one head, found {heads}")
    return heads[0]


def _read_revision(conn) -> str | None:
    rows = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    if len(rows) > 1:
        raise DatabaseOpenError(f"the database records several schema versions: {rows}")
    return rows[0] if rows else None


def current_revision(engine: Engine) -> str | None:
    """The database's schema revision (None when it has no version table or row)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table(VERSION_TABLE):
            return None
        return _read_revision(conn)


def _check_openable(db: Database) -> tuple[str | None, bool]:
    """(current revision, whether the database has no tables at all); raises
    DatabaseOpenError for files we must not touch."""
    where = display_location(db.url)
    try:
        with db.engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            revision = _read_revision(conn) if VERSION_TABLE in tables else None
    except DatabaseError as exc:
        raise DatabaseOpenError(f"{where} cannot be opened as a database: {exc.orig}") from exc
    if revision is None and tables - {VERSION_TABLE}:
        raise DatabaseOpenError(f"{where} is a database of another program, not of Briefing App")
    if revision is not None and revision not in known_revisions():
        raise DatabaseOpenError(
            f"{where} was written by a newer version of Briefing App (schema {revision}); "
            "update the app or restore an older backup"
        )
    return revision, not tables


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
    revision, empty = _check_openable(db)
    if revision == head_revision():
        return None
    db.created = empty
    if empty and db.path is not None and new_schema.usable():
        with db.engine.begin() as conn:  # the migrations' result, without Alembic
            new_schema.create(conn.connection.driver_connection)
        return None
    from alembic import command  # only now: importing Alembic is slow

    backup = backup_before_migration(db, revision) if revision is not None else None
    try:
        with db.engine.begin() as conn:
            cfg = alembic_config(db.url)
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except ProgrammingError as exc:
        if db.path is not None or "permission denied" not in str(exc.orig):
            raise
        raise DatabaseOpenError(  # a team member's login on a server (docs/team.md)
            f"{display_location(db.url)} needs its schema upgraded to {head_revision()} and "
            "this login may not change it: ask the administrator to run "
            "'briefing-app --db URL init' as the database's owner"
        ) from exc
    return backup


def open_database(location: str | None = None, **options) -> Database:
    """Open (creating if needed) and upgrade the database at ``location`` (``resolve_url``);
    ``options`` (``lock``, ``warnings``) go to the ``Database``."""
    db = connect(resolve_url(location), **options)
    try:
        upgrade(db)
    except Exception:
        db.engine.dispose()  # not db.dispose(): a lock given stays the caller's
        raise
    return db


def main(argv: list[str] | None = None) -> None:
    """``alembic`` command line with this package's configuration."""
    from alembic.config import CommandLine

    cli = CommandLine(prog="python -m briefing_app.db.migrate")
    options = cli.parser.parse_args(argv)
    if not hasattr(options, "cmd"):
        cli.parser.error("too few arguments")
    # Autogenerate compares the models with a scratch database at head.
    url = paths.database_override() or f"sqlite:///{Path('dev-autogen.db').resolve()}"
    cli.run_cmd(alembic_config(resolve_url(url)), options)


if __name__ == "__main__":
    main(sys.argv[1:])
