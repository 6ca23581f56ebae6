"""db/audit.install: every session factory records who did what, however many
factories the process made and dropped before it (the app opening another
database, a command's several opens, the test suite's thousands)."""

from __future__ import annotations

import gc

from sqlalchemy import func, select

from briefing_app.db.models import AuditEvent
from briefing_app.db.session import engine_and_sessions
from briefing_app.services import library


def _write_through_a_new_factory(db, name: str) -> int:
    """Create an organization through a factory of its own, then drop it; the
    factory's address."""
    engine, sessions = engine_and_sessions(db.url)
    with sessions() as s, s.begin():
        library.create(s, "organization", {"name_en": name})
    engine.dispose()
    return id(sessions)


def test_a_factory_made_where_a_dropped_one_was_still_records(db):
    seen: set[int] = set()
    reused = False
    for attempt in range(300):
        name = f"Office {attempt}"
        address = _write_through_a_new_factory(db, name)
        with db.session() as s:
            recorded = select(func.count()).where(AuditEvent.label == name)
            assert s.scalar(recorded) == 1, f"no audit entry for {name}"
        reused = address in seen
        if reused:
            break
        seen.add(address)
        gc.collect()  # the dropped factory is gone: its address is free again
    assert reused  # a factory was made at the address of a dropped one
