"""insert_rows writes what SQLAlchemy's own executemany writes, on both backends."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from briefing_app.db.models import AuditEvent
from briefing_app.db.rows_insert import insert_rows

pytestmark = pytest.mark.both_backends


def _rows(at: datetime) -> list[dict]:
    return [
        {"at": at, "actor": "ana", "action": "created", "entity": "people",
         "record_uid": f"p{i}", "label": f"Person {i}", "meeting_id": None,
         "changes": {"name": [None, f"N{i}"]} if i % 2 else {}, "origin": "t"}
        for i in range(5)
    ]  # fmt: skip


def _stored(session) -> list[tuple]:
    query = select(
        AuditEvent.at, AuditEvent.record_uid, AuditEvent.label, AuditEvent.changes
    ).order_by(AuditEvent.id)
    return [tuple(row) for row in session.execute(query)]


def test_the_same_rows_as_the_core_insert(db):
    at = datetime(2026, 12, 7, 14, 30, 5, 123456)  # one object for every row, as an import has
    table = AuditEvent.__table__
    with db.session() as s, s.begin():
        s.connection().execute(table.insert(), _rows(at))
        expected = _stored(s)
        s.connection().execute(table.delete())
        insert_rows(s.connection(), table, _rows(at))
        assert _stored(s) == expected
        assert expected[1][0] == at and expected[1][3] == {"name": [None, "N1"]}


def test_rows_leaving_a_column_to_its_default_go_the_ordinary_way(db):
    rows = [{k: v for k, v in row.items() if k != "at"} for row in _rows(datetime.now())]
    with db.session() as s, s.begin():
        insert_rows(s.connection(), AuditEvent.__table__, rows)
        stored = _stored(s)
    assert [r[1] for r in stored] == [f"p{i}" for i in range(5)]
    assert all(isinstance(r[0], datetime) for r in stored)  # the column's default ran
