"""Edits carry the version they started from; a concurrent change is a ConflictError."""

from __future__ import annotations

import subprocess
import sys

import pytest
from sqlalchemy import event, select

from briefing_app.db.models import Organization
from briefing_app.services.conflicts import ConflictError, keep_mine, save_with_version

pytestmark = pytest.mark.both_backends


@pytest.fixture
def org(db) -> tuple[int, int]:
    with db.session() as s, s.begin():
        o = Organization(name_en="State Council", acronym="SC", precedence_rank=2)
        s.add(o)
        s.flush()
        return o.id, o.version


def _name(db, org_id: int) -> tuple[str, int]:
    with db.session() as s:
        o = s.get(Organization, org_id)
        return o.name_en, o.version


def test_save_with_expected_version(db, org):
    org_id, version = org
    with db.session() as s, s.begin():
        new = save_with_version(s, Organization, org_id, version, {"name_en": "The State Council"})
    assert new == version + 1 and _name(db, org_id) == ("The State Council", new)


def test_two_sessions_editing_same_record(db, org):
    org_id, version = org
    with db.session() as s, s.begin():  # colleague saves first
        save_with_version(s, Organization, org_id, version, {"name_en": "Theirs", "acronym": "T"})
    with pytest.raises(ConflictError) as info, db.session() as s, s.begin():
        save_with_version(s, Organization, org_id, version, {"name_en": "Mine", "acronym": "T"})
    conflict = info.value
    assert conflict.current_version == version + 1 and conflict.expected_version == version
    assert conflict.theirs == {"name_en": "Theirs", "acronym": "T"}
    assert conflict.mine == {"name_en": "Mine", "acronym": "T"}
    assert [f.name for f in conflict.fields() if f.differs] == ["name_en"]
    assert "name_en" in str(conflict)
    assert _name(db, org_id) == ("Theirs", version + 1)  # nothing overwritten
    with db.session() as s, s.begin():  # user chose "keep mine"
        keep_mine(s, Organization, conflict)
    assert _name(db, org_id) == ("Mine", version + 2)


def test_change_between_read_and_write_is_caught_by_version_counter(db, org):
    org_id, version = org

    fired = []

    def colleague_saves_now(*_args) -> None:  # lands after our version check, before our UPDATE
        if fired:
            return
        fired.append(True)
        with db.session() as other, other.begin():
            other.get(Organization, org_id).name_en = "Sneaky"

    with pytest.raises(ConflictError) as info, db.session() as mine, mine.begin():
        event.listen(mine, "before_flush", colleague_saves_now)
        save_with_version(mine, Organization, org_id, version, {"name_en": "Mine"})
    assert info.value.theirs == {"name_en": "Sneaky"} and info.value.current_version == version + 1
    assert _name(db, org_id)[0] == "Sneaky"


def test_deleted_record_is_a_conflict(db, org):
    org_id, version = org
    with db.session() as s, s.begin():
        s.delete(s.get(Organization, org_id))
    with pytest.raises(ConflictError, match="deleted") as info, db.session() as s, s.begin():
        save_with_version(s, Organization, org_id, version, {"name_en": "Mine"})
    assert info.value.deleted


def test_unknown_fields_are_refused(db, org):
    with pytest.raises(ValueError), db.session() as s, s.begin():
        save_with_version(s, Organization, org[0], org[1], {"version": 99})


EDITOR = """
import sys
from briefing_app.db.migrate import open_database
from briefing_app.db.models import Organization
from briefing_app.services.conflicts import ConflictError, save_with_version
db = open_database(sys.argv[1])
try:
    with db.session() as s, s.begin():
        save_with_version(s, Organization, int(sys.argv[2]), int(sys.argv[3]),
                          {"name_en": sys.argv[4]})
    print("saved")
except ConflictError as exc:
    print("conflict", exc.current_version)
"""


def test_two_processes_editing_same_record(db, org):
    org_id, version = org

    def edit(name: str) -> str:
        args = [sys.executable, "-c", EDITOR, db.url, str(org_id), str(version), name]
        return subprocess.run(args, capture_output=True, text=True, check=True).stdout.strip()

    assert edit("From process A") == "saved"
    assert edit("From process B") == f"conflict {version + 1}"
    with db.session() as s:
        assert s.scalars(select(Organization.name_en)).all() == ["From process A"]
