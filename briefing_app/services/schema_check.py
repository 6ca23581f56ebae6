"""Does a database file have exactly the schema its Alembic revision must have?

A Briefing App database holds data and behaviour: a trigger hidden in a backup
would run on the next import or pack (empty a table, forge a classification).
So ``check`` and ``restore`` compare the file's whole schema (tables, columns
with type, nullability and default, foreign keys, indexes, triggers with their
bodies, views) with ``db.schema_shape.expected_schema(revision)`` (the real
migrations run on an empty file) and name anything extra, missing or
different. A file holding few of the app's tables is called what it is: the
database of another program.
"""

from __future__ import annotations

import sqlite3

from briefing_app.db.schema_shape import Column, Schema, SchemaObject
from briefing_app.services.check import NOT_OURS


def schema_problems(conn: sqlite3.Connection, revision: str) -> list[str]:
    """What differs between ``conn``'s schema and the one ``revision`` must have."""
    from briefing_app.db.schema_shape import expected_schema, read_schema

    return compare_schemas(read_schema(conn), expected_schema(revision))


def compare_schemas(actual: Schema, expected: Schema) -> list[str]:
    """One line per difference, naming the table, column, index, trigger or view."""
    tables = {name for name, obj in expected.items() if obj.kind == "table"}
    present = tables & actual.keys()
    if len(present) * 2 < len(tables):
        return [
            f"{NOT_OURS}: it is a database of another program "
            f"({len(tables) - len(present)} of the app's {len(tables)} tables are missing)"
        ]
    problems = [
        f"{actual[name].kind} {actual[name].name} is not part of the app's schema"
        for name in sorted(actual.keys() - expected.keys(), key=lambda n: _order(actual[n]))
    ]
    for name in sorted(expected, key=lambda n: _order(expected[n])):
        want = expected[name]
        have = actual.get(name)
        if have is None:
            problems.append(f"{want.kind} {want.name} is missing")
        elif have.kind != want.kind:
            problems.append(f"{want.name} is a {have.kind}, the app has a {want.kind} of that name")
        elif want.kind == "table":
            problems.extend(_table_problems(have, want))
        elif (have.sql, have.table) != (want.sql, want.table):
            problems.append(f"{want.kind} {want.name} differs from the app's")
    return problems


def _order(obj: SchemaObject) -> tuple[int, str]:
    """Triggers first (they act on their own), then tables, views, indexes."""
    rank = {"trigger": 0, "table": 1, "view": 2, "index": 3}.get(obj.kind, 4)
    return rank, obj.name.lower()


def _table_problems(have: SchemaObject, want: SchemaObject) -> list[str]:
    problems = _column_problems(want.name, have.columns, want.columns)
    if have.foreign_keys != want.foreign_keys:
        problems.append(f"the foreign keys of table {want.name} differ from the app's")
    if not problems and have.sql != want.sql:
        problems.append(f"table {want.name} differs from the app's (its constraints)")
    return problems


def _column_problems(table: str, have: tuple[Column, ...], want: tuple[Column, ...]) -> list[str]:
    found = {c.name.lower(): c for c in have}
    needed = {c.name.lower(): c for c in want}
    problems = [f"column {table}.{c.name} is missing" for c in want if c.name.lower() not in found]
    problems += [
        f"column {table}.{c.name} is not part of the app's schema"
        for c in have
        if c.name.lower() not in needed
    ]
    for key, column in needed.items():
        other = found.get(key)
        if other is not None and _shape(other) != _shape(column):
            problems.append(
                f"column {table}.{column.name} differs from the app's "
                f"({other.describe()}; the app's: {column.describe()})"
            )
    order = [c.name.lower() for c in have if c.name.lower() in needed]
    if not problems and order != [c.name.lower() for c in want]:
        problems.append(f"the columns of table {table} are not in the app's order")
    return problems


def _shape(column: Column) -> tuple:
    return column.type, column.not_null, column.default, column.primary_key, column.hidden
