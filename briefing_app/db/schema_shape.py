"""The shape of a SQLite schema, and the shape each Alembic revision must have.

``read_schema`` describes a file's schema with plain ``sqlite3``: every table
(columns with type, nullability, default and key; foreign keys; its
``CREATE`` statement), index, trigger and view, with the SQL normalized so
that only meaningful differences count (case, spacing and identifier quoting
do not). ``expected_schema(revision)`` is the same description of an empty
database upgraded to ``revision`` by the real migrations, in memory: made
once per revision and process (about half a second, Alembic included), never
from a hand-written list that could drift from the migrations.

SQLite's own objects (``sqlite_sequence``, ``sqlite_stat1``, automatic indexes)
are left out: they follow from the tables and carry no behaviour of their own.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Column:
    """One column as ``PRAGMA table_xinfo`` reports it."""

    name: str
    type: str
    not_null: bool
    default: str | None
    primary_key: int
    hidden: int

    def describe(self) -> str:
        parts = [self.type or "(no type)", "NOT NULL" if self.not_null else "NULL"]
        if self.default is not None:
            parts.append(f"DEFAULT {self.default}")
        if self.primary_key:
            parts.append("PRIMARY KEY")
        return " ".join(parts)


@dataclass(frozen=True)
class SchemaObject:
    """A table, index, trigger or view; ``sql`` is its normalized CREATE statement."""

    kind: str
    name: str
    table: str
    sql: str
    columns: tuple[Column, ...] = ()
    foreign_keys: tuple[tuple, ...] = ()


Schema = dict[str, SchemaObject]  # by lower-case name (SQLite names are case-insensitive)

_TOKEN = re.compile(
    r"""'(?:[^']|'')*'        # string literal, kept as it is
      | "(?:[^"]|"")*"        # quoted identifiers
      | `(?:[^`]|``)*`
      | \[[^\]]*\]
      | [A-Za-z_][A-Za-z0-9_$]*
      | \d+(?:\.\d*)?
      | \S                    # any other single character
    """,
    re.VERBOSE,
)
_PLAIN_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_$]*")


def normalize_sql(sql: str | None) -> str:
    """``sql`` as tokens: identifiers unquoted and lower-case, literals kept, one space apart."""
    tokens = []
    for token in _TOKEN.findall(sql or ""):
        if token[0] in '"`[':
            inner = token[1:-1]
            token = inner if _PLAIN_NAME.fullmatch(inner) else f'"{inner}"'
        tokens.append(token if token.startswith("'") else token.lower())
    return " ".join(tokens)


def _columns(conn: sqlite3.Connection, table: str) -> tuple[Column, ...]:
    rows = conn.execute(f'PRAGMA table_xinfo("{table}")').fetchall()
    return tuple(
        Column(name, (kind or "").upper(), bool(notnull), default, pk, hidden)
        for _cid, name, kind, notnull, default, pk, hidden in rows
    )


def _foreign_keys(conn: sqlite3.Connection, table: str) -> tuple[tuple, ...]:
    rows = conn.execute(f'PRAGMA foreign_key_list("{table}")').fetchall()
    # id, seq, parent table, from, to, on update, on delete, match
    return tuple(sorted((r[2].lower(), r[3], r[4], r[5], r[6], r[7]) for r in rows))


def read_schema(conn: sqlite3.Connection) -> Schema:
    """Every table, index, trigger and view in ``conn``'s main database."""
    schema: Schema = {}
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    for kind, name, table, sql in rows:
        if name.lower().startswith("sqlite_"):
            continue
        columns = _columns(conn, name) if kind == "table" else ()
        keys = _foreign_keys(conn, name) if kind == "table" else ()
        schema[name.lower()] = SchemaObject(
            kind, name, table.lower(), normalize_sql(sql), columns, keys
        )
    return schema


def read_schema_of(path: Path) -> Schema:
    from briefing_app.db.read_only import open_read_only

    conn = open_read_only(path)
    try:
        return read_schema(conn)
    finally:
        conn.close()


_expected: dict[str, Schema] = {}
_expected_lock = threading.Lock()


def expected_schema(revision: str) -> Schema:
    """The schema an empty database has after the real migrations up to ``revision``."""
    with _expected_lock:
        if revision not in _expected:
            _expected[revision] = _migrate_scratch_file(revision)
        return _expected[revision]


def _migrate_scratch_file(revision: str) -> Schema:
    return read_scratch_database(
        revision, lambda conn: read_schema(conn.connection.driver_connection)
    )


def read_scratch_database(revision: str, read):
    """``read(connection)`` on an empty in-memory SQLite database upgraded to ``revision``."""
    from alembic import command  # only here: importing Alembic is slow

    from briefing_app.db.migrate import alembic_config
    from briefing_app.db.session import connect

    db = connect("sqlite://")  # in memory: one connection, gone when disposed
    try:
        with db.engine.begin() as conn:
            cfg = alembic_config(db.url)
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
            return read(conn)
    finally:
        db.dispose()
