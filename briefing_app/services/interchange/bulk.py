"""The fast path of an import: top-level records whose uid the database does not
have yet are written with Core ``executemany`` (a few statements per table), not
as ORM objects, with one "created" audit event each (``db/audit.record_created``,
the same entries the ORM would have written) and, on SQLite, the search indexes'
insert triggers replayed once for all of them (``db/deferred_triggers``), or, for a
table given ``CATCH_UP_ROWS`` new records or more, left to be indexed after the
commit (``services/search_index.py``). Records the database already has, and what
nests in meetings, stay with ``apply.py``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from sqlalchemy import inspect, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from briefing_app.db import audit
from briefing_app.db.base import utcnow
from briefing_app.db.deferred_indexes import indexes_deferred
from briefing_app.db.deferred_triggers import insert_triggers_deferred
from briefing_app.db.rows_insert import insert_rows
from briefing_app.domain.names import infer_name_order
from briefing_app.services.interchange.schema import ENTITIES, UID_ENTITIES, Field, per_fields
from briefing_app.services.interchange.validate import Dataset, Record
from briefing_app.services.search_index import CATCH_UP_ROWS

#: Records written per statement (and per query of their new ids).
BATCH = 2000
_SKIPPED_KINDS = ("ref", "reflist", "peer", "photo")


def record_values(rec: Record, fields: tuple[Field, ...], creating: bool) -> Iterator[tuple]:
    """(field, value) for the plain values to write: those the file gives, and when
    creating, ``position`` (the index) and ``name_order`` (from the name's script)."""
    values = rec.values
    for f in _written(fields):
        name = f.name
        if name in values:
            yield f, values[name]
        elif creating and name in _GIVEN_ON_CREATION:
            yield f, _given_on_creation(rec, name)


#: Fields a new record gets a value for when the file leaves them out.
_GIVEN_ON_CREATION = ("position", "name_order")


def _given_on_creation(rec: Record, name: str) -> object:
    """``position``: the record's index in the file; ``name_order``: from the name's
    script."""
    if name == "position":
        return rec.index
    values = rec.values
    return infer_name_order(
        values.get("family_name"), values.get("given_name"), values.get("native_name")
    )


@per_fields
def _written(fields: tuple[Field, ...]) -> tuple[Field, ...]:
    """The fields ``record_values`` writes."""
    return tuple(
        f for f in fields if f.kind not in _SKIPPED_KINDS and f.name != "uid" and not f.parent_key
    )


def insert_new(session: Session, ds: Dataset) -> set[tuple[str, str]]:
    """Write every top-level record of ``ds`` whose uid is new; (entity, uid) of each."""
    connection = session.connection()
    ids = {name: _uid_ids(connection, name) for name in UID_ENTITIES}
    new = {
        name: [r for r in ds.records.get(name, []) if r.uid not in ids[name]]
        for name in UID_ENTITIES
    }
    tables = tuple(ENTITIES[name][0].__tablename__ for name in UID_ENTITIES if new[name])
    left = frozenset(  # indexed for search after the commit (services/search_index.py)
        ENTITIES[name][0].__tablename__ for name in UID_ENTITIES if len(new[name]) >= CATCH_UP_ROWS
    )
    empty = tuple(  # their indexes are built once, after the rows (db/deferred_indexes.py)
        ENTITIES[name][0].__tablename__ for name in UID_ENTITIES if new[name] and not ids[name]
    )
    now = utcnow()
    with insert_triggers_deferred(connection, tables, left), indexes_deferred(connection, empty):
        for name in UID_ENTITIES:
            _insert_entity(session, name, new[name], ids, now)
    return {(name, rec.uid) for name in UID_ENTITIES for rec in new[name]}


def _uid_ids(connection: Connection, name: str) -> dict[str, int]:
    table = ENTITIES[name][0].__table__
    return {uid: id_ for uid, id_ in connection.execute(select(table.c.uid, table.c.id))}


@dataclass(frozen=True)
class _Plan:
    """How one entity's records become rows: defaults, columns, foreign keys, links."""

    defaults: dict[str, object]
    columns: dict[str, str]  # field name -> column
    refs: tuple[tuple[Field, str], ...]  # (ref field, its foreign-key column)
    links: tuple[tuple[Field, object, str, str], ...]  # (reflist, table, own col, target col)
    dropped: tuple[str, ...]  # the fields of a record's values that are no column
    renamed: tuple[tuple[str, str], ...]  # (field, its column) where the names differ


@cache
def _plan(name: str) -> _Plan:
    model, fields = ENTITIES[name]
    mapper = inspect(model)
    defaults = {}
    for column in model.__table__.columns:
        if column.primary_key:
            continue
        default = column.default
        if default is None:
            defaults[column.key] = None
        elif default.is_callable:
            defaults[column.key] = default.arg  # called for each import (utcnow, list)
        else:
            defaults[column.key] = default.arg
    columns, refs, links = {}, [], []
    for f in fields:
        if f.kind == "ref" and not f.parent_key:
            (local,) = mapper.relationships[f.attribute].local_columns
            refs.append((f, local.key))
        elif f.kind == "reflist":
            rel = mapper.relationships[f.attribute]
            (own,) = [b.key for a, b in rel.synchronize_pairs]
            (other,) = [b.key for a, b in rel.secondary_synchronize_pairs]
            links.append((f, rel.secondary, own, other))
        elif f.kind not in _SKIPPED_KINDS and not f.parent_key:
            columns[f.name] = mapper.get_property(f.attribute).columns[0].key
    dropped = tuple(f.name for f in fields if f.name != "uid" and f.name not in columns)
    renamed = tuple((f, column) for f, column in columns.items() if f != column)
    return _Plan(defaults, columns, tuple(refs), tuple(links), dropped, renamed)


def _fresh_defaults(plan: _Plan, now) -> dict[str, object]:
    values = {}
    for key, value in plan.defaults.items():
        if callable(value):
            value = now if key in ("created_at", "updated_at") else value(None)
        values[key] = value
    return values


def _insert_entity(session: Session, name: str, records: list[Record], ids, now) -> None:
    """Insert ``records`` in batches; a batch waits for the records of its own kind it
    refers to (an organization's new parent), so that each foreign key is known."""
    plan = _plan(name)
    defaults = _fresh_defaults(plan, now)
    self_refs = [f for f, _col in plan.refs if f.target == name]
    pending = records
    while pending:
        ready = [r for r in pending if all(_known(r, f, ids) for f in self_refs)]
        if not ready:  # validation refuses parent cycles, so this cannot happen
            raise RuntimeError(f"{name}: records refer to each other in a cycle")
        for start in range(0, len(ready), BATCH):
            _insert_batch(session, name, ready[start : start + BATCH], plan, defaults, ids)
        if len(ready) == len(pending):
            return
        done = {id(r) for r in ready}
        pending = [r for r in pending if id(r) not in done]


def _known(rec: Record, f: Field, ids) -> bool:
    value = rec.values.get(f.name)
    return not value or value in ids[f.target]


def _insert_batch(session, name, records: list[Record], plan: _Plan, defaults, ids) -> None:
    table = ENTITIES[name][0].__table__
    rows = [_row(rec, plan, defaults, ids) for rec in records]
    connection = session.connection()
    first = _next_id(connection, table)
    if first is not None:  # SQLite: the ids it would give, so none is asked back
        for id_, row in enumerate(rows, first):
            row["id"] = id_
    insert_rows(connection, table, rows)
    if first is None:
        uids = [rec.uid for rec in records]
        query = select(table.c.uid, table.c.id).where(table.c.uid.in_(uids))
        ids[name].update((uid, id_) for uid, id_ in connection.execute(query))
        for row in rows:
            row["id"] = ids[name][row["uid"]]
    else:
        ids[name].update((row["uid"], row["id"]) for row in rows)
    for f, link, own, other in plan.links:
        pairs = [
            {own: row["id"], other: ids[f.target][uid]}
            for rec, row in zip(records, rows, strict=True)
            for uid in rec.values.get(f.name) or ()
        ]
        insert_rows(connection, link, pairs)
    audit.record_created(session, table.name, rows)


def _row(rec: Record, plan: _Plan, defaults: dict, ids) -> dict:
    """The columns of a new record: the defaults, what the file gives, its references
    as ids, and (when the file leaves them out) ``position`` (the index) and
    ``name_order`` (from the name's script), as ``record_values`` gives them."""
    values = rec.values
    row = {**defaults, **values}
    for key in plan.dropped:
        row.pop(key, None)
    for key, column in plan.renamed:
        if key in row:
            row[column] = row.pop(key)
    for f, column in plan.refs:
        if f.name in values:
            value = values[f.name]
            row[column] = ids[f.target][value] if value else None
    for key in _GIVEN_ON_CREATION:
        if key in plan.columns and key not in values:
            row[plan.columns[key]] = _given_on_creation(rec, key)
    return row


def _next_id(connection: Connection, table) -> int | None:
    """On SQLite, the id the next new row of ``table`` gets (its table has no
    AUTOINCREMENT: the largest id plus one); None elsewhere (a server's sequence)."""
    if connection.dialect.name != "sqlite":
        return None
    return connection.exec_driver_sql(f"SELECT coalesce(max(id), 0) + 1 FROM {table.name}").scalar()
