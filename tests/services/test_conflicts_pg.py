"""Version checks between two users of a PostgreSQL server: the server arbitrates.

Two connections are two colleagues. While one has saved but not yet committed,
the other's save of the same record waits on the server's row lock, then sees
the new version and is told of the conflict: nothing is overwritten, and no
lock file is involved.
"""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import select, text

from briefing_app.db.models import Organization
from briefing_app.services.conflicts import ConflictError, save_with_version

pytestmark = pytest.mark.parametrize("db_backend", ["postgresql"], indirect=True)


def _waiting_on_a_lock(db) -> bool:
    with db.engine.connect() as conn:
        waiting = conn.execute(
            text("SELECT count(*) FROM pg_stat_activity "
                 "WHERE wait_event_type = 'Lock' AND datname = current_database()")
        )  # fmt: skip
        return bool(waiting.scalar())


def test_a_save_waiting_on_a_colleague_is_told_of_the_conflict(db):
    assert not db.capabilities.writer_lock and not db.capabilities.file_backup
    with db.session() as s, s.begin():
        org = Organization(name_en="State Council", acronym="SC")
        s.add(org)
        s.flush()
        org_id, version = org.id, org.version
    outcome: dict = {}

    def colleague() -> None:
        try:
            with db.session() as s, s.begin():
                save_with_version(s, Organization, org_id, version, {"name_en": "Theirs"})
            outcome["saved"] = True
        except ConflictError as exc:
            outcome["conflict"] = exc

    with db.session() as mine:
        mine.begin()
        save_with_version(mine, Organization, org_id, version, {"name_en": "Mine"})
        other = threading.Thread(target=colleague)
        other.start()
        deadline = time.monotonic() + 10
        while not _waiting_on_a_lock(db):  # the colleague's UPDATE waits for our row
            assert time.monotonic() < deadline, "the second save never waited"
            time.sleep(0.05)
        mine.commit()
    other.join(10)
    conflict = outcome["conflict"]
    assert (conflict.expected_version, conflict.current_version) == (version, version + 1)
    assert conflict.theirs == {"name_en": "Mine"} and conflict.mine == {"name_en": "Theirs"}
    with db.session() as s:
        assert s.scalars(select(Organization.name_en)).all() == ["Mine"]
