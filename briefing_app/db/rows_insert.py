"""Many rows into one table, with SQLAlchemy's own value conversions but without its
per-row bookkeeping (SQLite).

``connection.execute(table.insert(), rows)`` builds each row's parameters through
the compiled statement (``construct_params``) before the driver's ``executemany``:
for an import's 150,000 rows (records and their audit entries) that costs more
than the inserts themselves. :func:`insert_rows` compiles the statement once and
converts each row with the same bind processors (a datetime becomes SQLite's
text, a JSON column its JSON), remembering the last value of each column so a
value repeated row after row (the import's one timestamp) is converted once.
Other databases, and rows the fast path does not cover (a column left to its
default), go the ordinary way.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import itemgetter

from sqlalchemy import Table
from sqlalchemy.engine import Connection


def insert_rows(connection: Connection, table: Table, rows: list[dict]) -> None:
    """INSERT ``rows`` (dicts of column key -> value, the same keys in each) into
    ``table``, in the caller's transaction."""
    if not rows:
        return
    keys = list(rows[0])
    if connection.dialect.name != "sqlite":
        connection.execute(table.insert(), rows)
        return
    compiled = table.insert().compile(dialect=connection.dialect, column_keys=keys)
    order = compiled.positiontup or []
    if len(order) < 2 or sorted(order) != sorted(keys):  # a default to compute, a bad key
        connection.execute(table.insert(), rows)
        return
    processors = compiled._bind_processors
    converted = [
        (i, _remembering(processors[name])) for i, name in enumerate(order) if name in processors
    ]
    values_of = itemgetter(*order)
    params = []
    for row in rows:
        values = values_of(row)
        if converted:
            values = list(values)
            for i, convert in converted:
                values[i] = convert(values[i])
            values = tuple(values)
        params.append(values)
    connection.exec_driver_sql(compiled.string, params)


def _remembering(process: Callable) -> Callable:
    """``process``, skipped when given the very object it converted last."""
    last: list = [object(), None]

    def convert(value):
        if value is not last[0]:
            last[0], last[1] = value, process(value)
        return last[1]

    return convert
