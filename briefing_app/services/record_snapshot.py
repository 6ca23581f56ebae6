"""Delete a record with everything the database removes with it, and put it back.

Deleting an organization also removes its people, their participant seats,
talking-point targets and so on (foreign keys with ``ON DELETE CASCADE``), and
clears references to it elsewhere (``SET NULL``). Before deleting we walk the
foreign keys in the metadata and copy every affected row, so we can tell the
user what else goes and so "undo" can restore all of it with the same ids.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from briefing_app.db import audit, models  # noqa: F401  (models registers every table)
from briefing_app.db.base import Base
from briefing_app.errors import ChangedMeanwhileError


@dataclass
class Snapshot:
    """Rows removed by a delete (parents before children) and references cleared."""

    table: str
    id: int
    rows: list[tuple[str, dict]] = field(default_factory=list)
    #: (table, primary-key id, column, value before it was set to NULL)
    cleared: list[tuple[str, int, str, int]] = field(default_factory=list)

    def affected(self) -> dict[str, int]:
        """Count of other rows removed per table, plus ``<table>.<column>`` references cleared."""
        counts = Counter(t for t, row in self.rows[1:])
        for table, _pk, column, _value in self.cleared:
            counts[f"{table}.{column}"] += 1
        return dict(counts)


def _referencing(table: Table) -> list[tuple[Table, str, str]]:
    """(child table, child column, ondelete) for every foreign key pointing at ``table``."""
    found = []
    for child in Base.metadata.sorted_tables:
        for fk in child.foreign_keys:
            if fk.column.table is table:
                found.append((child, fk.parent.name, (fk.ondelete or "").upper()))
    return found


def _key(table: Table, row: dict) -> tuple:
    return (table.name, *(row[c.name] for c in table.primary_key.columns))


def collect(session: Session, table_name: str, record_id: int) -> Snapshot:
    """Everything deleting ``table_name`` row ``record_id`` would remove or clear."""
    table = Base.metadata.tables[table_name]
    snap = Snapshot(table_name, record_id)
    seen: set[tuple] = set()
    root = session.execute(select(table).where(table.c.id == record_id)).mappings().first()
    if root is None:
        return snap
    _walk(session, table, [dict(root)], snap, seen)
    return snap


def _walk(session: Session, table: Table, rows: list[dict], snap: Snapshot, seen: set) -> None:
    fresh = [r for r in rows if _key(table, r) not in seen]
    for row in fresh:
        seen.add(_key(table, row))
        snap.rows.append((table.name, row))
    if not fresh or "id" not in table.c:
        return
    ids = [r["id"] for r in fresh]
    for child, column, ondelete in _referencing(table):
        found = session.execute(select(child).where(child.c[column].in_(ids))).mappings().all()
        if ondelete == "CASCADE":
            _walk(session, child, [dict(r) for r in found], snap, seen)
        elif ondelete == "SET NULL":
            snap.cleared.extend((child.name, r["id"], column, r[column]) for r in found)


def delete_record(session: Session, table_name: str, record_id: int) -> Snapshot:
    """Delete the row (the database cascades); return what was removed for undo."""
    snap = collect(session, table_name, record_id)
    table = Base.metadata.tables[table_name]
    session.execute(delete(table).where(table.c.id == record_id))
    if snap.rows:
        audit.record(session, audit.DELETED, table_name, snap.rows[0][1], snap.affected())
    session.expire_all()
    return snap


def restore(session: Session, snap: Snapshot) -> None:
    """Insert every removed row again (same ids) and re-set the cleared references."""
    order = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}
    for table_name, row in sorted(snap.rows, key=lambda item: order[item[0]]):
        try:
            session.execute(insert(Base.metadata.tables[table_name]).values(**row))
        except IntegrityError as exc:
            raise ChangedMeanwhileError(
                table_name,
                row.get("id"),
                f"cannot put back {table_name} record {row.get('id', '')}: the database has "
                "changed since it was removed (its place or a record it needs is taken or gone)",
            ) from exc
    for table_name, pk, column, value in snap.cleared:
        table = Base.metadata.tables[table_name]
        session.execute(update(table).where(table.c.id == pk).values({column: value}))
    if snap.rows:
        audit.record(session, audit.RESTORED, snap.table, snap.rows[0][1], snap.affected())
    session.expire_all()
