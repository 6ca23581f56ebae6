"""Moving in: copy a local SQLite database into an empty server database (no Qt).

All or nothing: on the target, one transaction upgrades the schema to the
head revision (PostgreSQL runs DDL in transactions), checks that it holds no
data, copies every table row by row with its ids, moves the id sequences past
the copied ids, and then compares the interchange export (``export-data``) of
the copy, read inside that same transaction, with the export of the source.
Only if they are identical is the transaction committed; any failure (a value
the server refuses, a difference) rolls everything back, leaving the target
as it was. Afterwards ``VACUUM ANALYZE`` gives the server its statistics and
merges the search indexes' pending entries, so the first searches are fast.

The source is read in one read transaction, a consistent snapshot even if
something else writes to the file meanwhile (the CLI also holds its writer
lock). "Empty" means: no row in any of the app's tables, except the
organization kinds a new database is filled with (migration 0009), which the
source's kinds replace.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import Connection, Table, bindparam, func, insert, inspect, select, text, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from briefing_app.db.base import Base
from briefing_app.db.open import backend_of
from briefing_app.db.session import Database, display_location, make_engine
from briefing_app.errors import UserError

CHUNK = 1000
#: Filled by migration 0009 in every new database; replaced by the source's own.
SEEDED = frozenset({"organization_kinds"})

Progress = Callable[[str, int], None]


class MoveInError(UserError):
    """The target cannot take the copy (not empty, not a server, a value it refuses...)."""


@dataclass
class MoveInReport:
    target: str
    rows: dict[str, int] = field(default_factory=dict)

    def total(self) -> int:
        return sum(self.rows.values())


def migrate_to(source: Database, target_url: str, progress: Progress | None = None) -> MoveInReport:
    """Copy ``source`` (a SQLite database at the head revision) into ``target_url``."""
    from briefing_app.db import models  # noqa: F401  (registers every table)

    where = display_location(target_url)
    if source.capabilities.backend != "sqlite":
        raise MoveInError(f"{display_location(source.url)} is not a local SQLite database file")
    if backend_of(target_url) == "sqlite":
        raise MoveInError(f"{where} is a file; migrate-to copies into a database server")
    report = MoveInReport(where)
    engine = make_engine(target_url)
    try:
        with source.engine.connect() as reader, reader.begin(), engine.begin() as conn:
            _prepare(conn, where, target_url)
            for table in Base.metadata.sorted_tables:
                report.rows[table.name] = _copy_table(reader, conn, table)
                if progress:
                    progress(table.name, report.rows[table.name])
            _move_sequences(conn)
            _verify(reader, conn, where)
        _tidy(engine)
    except DBAPIError as exc:
        first = str(exc.orig).strip().splitlines()
        table = f"{exc.statement.split()[2]}: " if exc.statement.startswith("INSERT") else ""
        reason = first[0] if first else str(exc)
        raise MoveInError(f"{where}: {table}{reason}; nothing was copied") from exc
    finally:
        engine.dispose()
    return report


def _tidy(engine) -> None:
    """After the bulk copy: the planner's statistics, and the GIN search indexes' pending
    lists merged (rows inserted into a GIN index wait in a list every search reads through
    until a vacuum): right after moving in, searches took p95 230 ms instead of 40."""
    if engine.dialect.name != "postgresql":
        return
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM ANALYZE"))


def _prepare(conn: Connection, where: str, url: str) -> None:
    """Bring the target to the head revision and make sure it holds no data."""
    from alembic import command

    from briefing_app.db.migrate import alembic_config, known_revisions

    tables = set(inspect(conn).get_table_names())
    if tables and "alembic_version" not in tables:
        raise MoveInError(f"{where} holds tables of another program; choose an empty database")
    if tables:
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        if revision is not None and revision not in known_revisions():
            raise MoveInError(f"{where} was set up by a newer version of Briefing App")
    cfg = alembic_config(url)
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, "head")
    # the history last: a table of records says more about what is already there
    for table in sorted(Base.metadata.sorted_tables, key=lambda t: t.name == "audit_events"):
        if table.name in SEEDED:
            continue
        count = conn.execute(select(func.count()).select_from(table)).scalar()
        if count:
            raise MoveInError(
                f"{where} is not empty ({table.name} has {count} rows); "
                "migrate-to only fills an empty database"
            )
    for name in SEEDED:
        conn.execute(Base.metadata.tables[name].delete())


def _self_references(table: Table) -> list[str]:
    """Nullable columns pointing at their own table (organizations.parent_id): filled
    in after every row exists, since a parent may have a higher id than its child."""
    return [
        fk.parent.name
        for fk in table.foreign_keys
        if fk.column.table is table and fk.parent.nullable
    ]


def _copy_table(reader: Connection, conn: Connection, table: Table) -> int:
    rows = [dict(r) for r in reader.execute(select(table)).mappings()]
    later = _self_references(table)
    pending = [r for r in rows if any(r[c] is not None for c in later)]
    first = [{**r, **dict.fromkeys(later)} for r in rows] if later else rows
    for start in range(0, len(first), CHUNK):
        conn.execute(insert(table), first[start : start + CHUNK])
    if pending:
        statement = (
            update(table)
            .where(table.c.id == bindparam("_id"))
            .values({c: bindparam(f"_{c}") for c in later})
        )
        conn.execute(
            statement, [{"_id": r["id"], **{f"_{c}": r[c] for c in later}} for r in pending]
        )
    return len(rows)


def _move_sequences(conn: Connection) -> None:
    """Let the server's id sequences continue after the ids copied with the rows."""
    if conn.dialect.name != "postgresql":
        return
    for table in Base.metadata.sorted_tables:
        if "id" not in table.c or not table.c.id.autoincrement:
            continue
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"coalesce(max(id), 1), max(id) IS NOT NULL) FROM {table.name}"
            )
        )


def _verify(reader: Connection, conn: Connection, where: str) -> None:
    """The copy's export must equal the source's, byte for byte, before anything is kept."""
    from briefing_app.services.interchange import export_json

    with Session(bind=reader) as s:
        original = export_json(s)
    with Session(bind=conn) as s:
        copy = export_json(s)
    if copy != original:
        mine, theirs = original.splitlines(), copy.splitlines()
        pairs = zip(mine, theirs, strict=False)
        line = next(
            (i for i, (a, b) in enumerate(pairs, 1) if a != b), min(len(mine), len(theirs)) + 1
        )
        raise MoveInError(
            f"{where}: the copy's export-data differs from the original's at line {line}; "
            "nothing was copied"
        )
