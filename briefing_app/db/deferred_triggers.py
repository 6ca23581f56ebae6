"""Bulk writes on SQLite: a table's AFTER INSERT triggers run once, set-based, for
all the rows a bulk insert wrote, instead of once per row.

The search indexes (migrations 0002 and 0014) are kept in step by triggers that
add each new row to an FTS5 table. Fired row by row for tens of thousands of
rows (an import of a whole dataset) that is most of the import's time; one
``INSERT INTO <index> ... SELECT ... FROM <table> WHERE id > <last id before>``
per trigger gives the same index. :func:`insert_triggers_deferred` drops the
triggers of the tables named, lets the caller insert, then creates them again
from the very SQL the database held and replays each one for the new rows, all
inside the caller's transaction: a failure (the caller rolls back) leaves
the triggers and the indexes as they were.

Only triggers of the plain form ``CREATE TRIGGER name AFTER INSERT ON table
BEGIN INSERT INTO target(columns) VALUES (expressions of new.*); END`` are
deferred; any other trigger stays and fires as usual. Other databases keep
their own indexes: nothing is done there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy.engine import Connection

from briefing_app.db.sqlite_ddl import begin_for_ddl

_PLAIN = re.compile(
    r"CREATE\s+TRIGGER\s+(?P<name>\w+)\s+AFTER\s+INSERT\s+ON\s+(?P<table>\w+)\s+BEGIN\s+"
    r"(?P<insert>INSERT\s+INTO\s+\w+\s*\([^()]*\))\s*VALUES\s*\((?P<values>[^;]*)\)\s*;\s*END\s*",
    re.IGNORECASE | re.DOTALL,
)


@dataclass(frozen=True)
class InsertTrigger:
    """A plain AFTER INSERT trigger of a table, and the set-based forms of its insert."""

    name: str
    table: str
    create: str  # the trigger's own SQL, as the database held it
    replay: str  # the same insert for every row with id > :after
    target: str  # the table it inserts into

    def catch_up(self) -> str:
        """The same insert for the first ``?`` rows (by id) that the FTS5 table
        ``target`` does not hold yet (no row in its ``_docsize`` table)."""
        table = self.table
        pending = (
            f"SELECT id FROM {table} WHERE id NOT IN (SELECT id FROM {self.target}_docsize) "
            "ORDER BY id LIMIT ?"
        )
        return self.replay.replace(f"{table}.id > :after", f"{table}.id IN ({pending})")


def replay_sql(create: str) -> tuple[str, str, str] | None:
    """(trigger name, table, the set-based statement) for a plain AFTER INSERT trigger,
    else None. The statement takes ``:after``: rows with a greater id are replayed."""
    match = _PLAIN.fullmatch(create.strip())
    if match is None:
        return None
    table = match["table"]
    values = re.sub(r"\bnew\.", f"{table}.", match["values"], flags=re.IGNORECASE)
    statement = f"{match['insert']} SELECT {values} FROM {table} WHERE {table}.id > :after"
    return match["name"], table, statement


@contextmanager
def insert_triggers_deferred(
    connection: Connection, tables: tuple[str, ...], left: frozenset[str] = frozenset()
) -> Iterator[None]:
    """Inside the block, rows inserted into ``tables`` do not fire their plain AFTER
    INSERT triggers; on leaving it normally, each trigger is replayed once for them,
    except those of the tables in ``left``: their new rows are left for a catch-up
    (``services/search_index.py``). Opens the transaction first when the driver has
    not (SQLite DDL is transactional)."""
    if connection.dialect.name != "sqlite" or not tables:
        yield
        return
    begin_for_ddl(connection.connection.dbapi_connection)
    deferred, fts5 = insert_triggers(connection, tables)
    last_id = _one_row(connection, {d.table: _LAST_ID.format(d.table) for d in deferred})
    indexes = {d.target for d in deferred if d.target in fts5 and d.table not in left}
    merging = _one_row(connection, {target: _MERGING.format(target) for target in indexes})
    for trigger in deferred:
        connection.exec_driver_sql(f"DROP TRIGGER {trigger.name}")
    yield  # an error propagates: the caller's rollback restores the triggers
    for target in merging:  # see _AUTOMERGE
        connection.exec_driver_sql(_AUTOMERGE.format(target=target), (0,))
    for trigger in deferred:
        connection.exec_driver_sql(trigger.create)
        if trigger.table not in left:
            replay = trigger.replay.replace(":after", "?")
            connection.exec_driver_sql(replay, (last_id[trigger.table],))
    for target, before in merging.items():
        setting = _AUTOMERGE.format(target=target)
        connection.exec_driver_sql(setting, (_AUTOMERGE_DEFAULT if before is None else before,))


_LAST_ID = "SELECT coalesce(max(id), 0) FROM {}"
_MERGING = "SELECT v FROM {}_config WHERE k = 'automerge'"
#: An FTS5 index does not merge its segments while it takes the rows (a third of the
#: time of indexing 50,000 talking points), then merges as it did before: it holds
#: the same entries, in a few more segments that later writes merge.
_AUTOMERGE = "INSERT INTO {target}({target}, rank) VALUES ('automerge', ?)"
#: FTS5's own default (sqlite.org/fts5.html#the_automerge_configuration_option).
_AUTOMERGE_DEFAULT = 4


def _one_row(connection: Connection, queries: dict[str, str]) -> dict[str, object]:
    """{key: the value of its scalar query}, all asked in one statement."""
    if not queries:
        return {}
    row = connection.exec_driver_sql(
        "SELECT " + ", ".join(f"({query})" for query in queries.values())
    ).one()
    return dict(zip(queries, row, strict=True))


def insert_triggers(
    connection: Connection, tables: tuple[str, ...]
) -> tuple[list[InsertTrigger], set[str]]:
    """The plain insert triggers of ``tables``, and the names of the FTS5 tables."""
    marks = ", ".join("?" for _ in tables)
    rows = connection.exec_driver_sql(
        "SELECT type, name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN "
        f"({marks}) OR type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name",
        tuple(tables),
    ).all()
    fts5 = {name for kind, name, create in rows if kind == "table" and _FTS5.search(create or "")}
    found = []
    for kind, _name, create in rows:
        parsed = replay_sql(create or "") if kind == "trigger" else None
        if parsed is not None:
            target = re.match(r"INSERT\s+INTO\s+(\w+)", parsed[2], re.IGNORECASE)[1]
            found.append(InsertTrigger(parsed[0], parsed[1], create, parsed[2], target))
    return found, fts5


_FTS5 = re.compile(r"\bUSING\s+fts5\b", re.IGNORECASE)
