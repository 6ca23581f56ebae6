"""The shape of a schema in terms every database engine shares (SQLite, PostgreSQL).

``read_shape`` reflects a connection with SQLAlchemy's inspector: per table its
columns (generic type, nullability, default as a plain value), primary key,
foreign keys (with their ``ON DELETE``), unique constraints and indexes. What
each engine spells its own way is normalized away (PostgreSQL's ``::text``
casts on defaults, the sequences behind integer keys, the index behind each
unique constraint), so the SQLite and PostgreSQL databases that the same
migrations made compare equal, and any real difference is named.

The search machinery is the one designed difference and is left out: SQLite's
FTS5 tables (``search_*``) and PostgreSQL's trigram indexes (``ix_search_*``),
both made by migration 0002.

``expected_shape(revision)`` is the shape of an empty SQLite database upgraded
to ``revision`` by the real migrations (in memory); ``check`` compares a
server's database with it.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass

SEARCH_PREFIXES = ("search_", "ix_search_")

_CAST = re.compile(r"::[a-z ]+(\(\d+\))?$")


@dataclass(frozen=True)
class TableShape:
    columns: tuple[tuple, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[tuple, ...]
    unique: tuple[tuple, ...]
    indexes: tuple[tuple, ...]


Shape = dict[str, TableShape]


def _is_search(name: str | None) -> bool:
    return (name or "").startswith(SEARCH_PREFIXES)


def normalize_default(default: str | None) -> str | None:
    """A column default as a plain value: ``'1'``, ``1`` and ``'1'::integer`` are all ``1``.

    PostgreSQL's ``nextval(...)`` (the sequence of an integer key) counts as no default,
    as SQLite's implicit rowid does.
    """
    if default is None or default.startswith("nextval("):
        return None
    value = _CAST.sub("", default.strip())
    if len(value) >= 2 and value[0] == value[-1] == "'":
        value = value[1:-1].replace("''", "'")
    return value


def _table(insp, table: str) -> TableShape:
    columns = tuple(
        (c["name"], repr(c["type"].as_generic()), c["nullable"], normalize_default(c["default"]))
        for c in insp.get_columns(table)
    )
    keys = tuple(
        sorted(
            (
                fk["name"] or "",
                tuple(fk["constrained_columns"]),
                fk["referred_table"],
                tuple(fk["referred_columns"]),
                (fk.get("options") or {}).get("ondelete", "").upper() or "NO ACTION",
            )
            for fk in insp.get_foreign_keys(table)
        )
    )
    unique = tuple(
        sorted(
            (u["name"] or "", tuple(u["column_names"])) for u in insp.get_unique_constraints(table)
        )
    )
    indexes = tuple(
        sorted(
            (i["name"], tuple(i["column_names"]), bool(i["unique"]))
            for i in insp.get_indexes(table)
            if "duplicates_constraint" not in i and not _is_search(i["name"])
        )
    )
    return TableShape(
        columns, tuple(insp.get_pk_constraint(table)["constrained_columns"]), keys, unique, indexes
    )


def read_shape(connection) -> Shape:
    """Every table of ``connection``'s database (a SQLAlchemy Connection or Engine)."""
    from sqlalchemy import inspect

    insp = inspect(connection)
    return {t: _table(insp, t) for t in sorted(insp.get_table_names()) if not _is_search(t)}


def shape_differences(actual: Shape, expected: Shape) -> list[str]:
    """One line per table or part of a table that differs (empty: the same schema)."""
    problems = [
        f"table {t} is not part of the app's schema"
        for t in sorted(actual.keys() - expected.keys())
    ]
    problems += [f"table {t} is missing" for t in sorted(expected.keys() - actual.keys())]
    for name in sorted(expected.keys() & actual.keys()):
        have, want = actual[name], expected[name]
        for part in TableShape.__dataclass_fields__:
            mine, theirs = getattr(have, part), getattr(want, part)
            if mine != theirs:
                extra = sorted(set(mine) - set(theirs), key=str)
                missing = sorted(set(theirs) - set(mine), key=str)
                problems.append(
                    f"table {name}: {part.replace('_', ' ')} differ"
                    f" (unexpected: {extra or 'none'}; missing: {missing or 'none'})"
                )
    return problems


_expected: dict[str, Shape] = {}
_lock = threading.Lock()


def expected_shape(revision: str) -> Shape:
    """The shape an empty database has after the real migrations up to ``revision``."""
    from briefing_app.db.schema_shape import read_scratch_database

    with _lock:
        if revision not in _expected:
            _expected[revision] = read_scratch_database(revision, read_shape)
        return _expected[revision]
