"""Bulk writes on SQLite: an empty table's own indexes built once from all the rows a
bulk insert gave it, instead of kept in step row by row.

Inserting 50,000 talking points into a table with an index on their titles took
about twice as long as inserting them without it and then creating the index
(SQLite sorts the keys once instead of placing each in a growing B-tree).
:func:`indexes_deferred` drops the ``CREATE INDEX`` indexes of the tables named,
lets the caller insert, then creates them again from the very SQL the database
held, all inside the caller's transaction: a failure (the caller rolls back)
leaves the indexes as they were, and no statement outside the block ever runs
without them. The indexes of UNIQUE and PRIMARY KEY constraints stay (they
check the rows as they come). Meant for tables that were empty: rebuilding the
index of a large table for a few new rows would cost more than it saves. Other
databases: nothing is done.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.engine import Connection

from briefing_app.db.sqlite_ddl import begin_for_ddl


@contextmanager
def indexes_deferred(connection: Connection, tables: tuple[str, ...]) -> Iterator[None]:
    """Inside the block, ``tables`` have no ``CREATE INDEX`` index; on leaving it
    normally they are created again. Opens the transaction first when the driver
    has not (SQLite DDL is transactional)."""
    if connection.dialect.name != "sqlite" or not tables:
        yield
        return
    begin_for_ddl(connection.connection.dbapi_connection)
    marks = ", ".join("?" for _ in tables)
    indexes = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({marks}) ORDER BY name",
        tuple(tables),
    ).all()
    for name, _sql in indexes:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    yield  # an error propagates: the caller's rollback restores the indexes
    for _name, sql in indexes:
        connection.exec_driver_sql(sql)
