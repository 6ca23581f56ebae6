"""The audit trail (issue 15, "who did what"): every write leaves who, when and
what changed; a meeting's history gathers its parts and the library records it
uses; the review comparison says who changed what between two versions."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from sqlalchemy import func, select

from briefing_app.db.models import AuditEvent, Meeting, Organization, Participant
from briefing_app.services import library
from briefing_app.services.history import (
    between_versions,
    format_entries,
    meeting_history,
    record_history,
)

pytestmark = pytest.mark.both_backends


def _org(session, name="China National Intellectual Property Administration"):
    return session.scalars(select(Organization).where(Organization.name_en == name)).one()


def test_a_change_records_who_when_and_each_field_before_and_after(demo_db):
    with demo_db.session() as s, s.begin():
        s.info["actor"] = "li.wei"
        org = _org(s)
        library.update(s, "organization", org.id, {"acronym": "CNIPA-X"}, org.version)
        uid = org.uid
    with demo_db.session() as s:
        latest = record_history(s, uid)[0]
    assert latest.actor == "li.wei"
    assert latest.action == "changed"
    assert latest.changes == {"acronym": ["CNIPA", "CNIPA-X"]}
    assert (
        latest.what()
        == 'changed organization "China National Intellectual Property Administration"'
    )
    assert latest.details() == ['acronym: "CNIPA" → "CNIPA-X"']
    assert latest.what("zh").startswith("修改机构")


def test_a_rolled_back_change_leaves_no_trace(demo_db):
    with demo_db.session() as s:
        before = s.scalar(select(func.count()).select_from(AuditEvent))
    with demo_db.session() as s, s.begin():
        org = _org(s)
        library.update(s, "organization", org.id, {"acronym": "GONE"}, org.version)
        s.rollback()
    with demo_db.session() as s:
        assert s.scalar(select(func.count()).select_from(AuditEvent)) == before


def test_a_delete_with_its_cascade_and_its_undo_are_recorded(demo_db):
    with demo_db.session() as s, s.begin():
        s.info["actor"] = "admin"
        org = _org(s)
        uid = org.uid
        snapshot = library.delete(s, "organization", org.id)
    with demo_db.session() as s, s.begin():
        s.info["actor"] = "admin"
        library.restore(s, snapshot)
    with demo_db.session() as s:
        restored, deleted = record_history(s, uid)[:2]
    assert (deleted.action, restored.action) == ("deleted", "restored")
    assert deleted.label == "China National Intellectual Property Administration"
    assert deleted.changes["people"] >= 1  # its people went with it
    assert any(line.startswith("person × ") for line in deleted.details())


@pytest.mark.sqlite_only  # on a server the PostgreSQL login names the actor
def test_the_user_name_setting_names_the_actor_when_nobody_says_otherwise(demo_db, app_home):
    (app_home / "settings.json").write_text(json.dumps({"user_name": "Zhang Min"}))
    with demo_db.session() as s, s.begin():
        org = _org(s)
        library.update(s, "organization", org.id, {"acronym": "C"}, org.version)
        uid = org.uid
    with demo_db.session() as s:
        assert record_history(s, uid)[0].actor == "Zhang Min"


def test_a_meetings_history_holds_its_parts_and_the_records_it_uses(demo_db):
    with demo_db.session() as s, s.begin():
        meeting = s.scalars(select(Meeting)).first()
        meeting_id = meeting.id
        participant = s.scalars(
            select(Participant).where(Participant.meeting_id == meeting.id)
        ).first()
        participant.remarks = "vegetarian"
        org = participant.organization
        org.mandate = org.mandate + " Updated."
        unrelated = Organization(name_en="Not at this meeting")
        s.add(unrelated)
    with demo_db.session() as s:
        entries = meeting_history(s, meeting_id)
    changed = {(e.entity, e.action) for e in entries[:2]}
    assert changed == {("participants", "changed"), ("organizations", "changed")}
    assert not any(e.label == "Not at this meeting" for e in entries)
    lines = format_entries(entries[:2])
    assert any(
        line.strip().startswith("remarks: ") and line.endswith('→ "vegetarian"') for line in lines
    )


def test_who_changed_what_between_two_pack_versions(demo_db, tmp_path):
    from briefing_app.services.review.delivery import generate_version
    from briefing_app.services.review.diff import compare_versions
    from briefing_app.services.review.diff_render import format_text

    with demo_db.session() as s:
        meeting_id = s.scalars(select(Meeting.id)).first()
    generate_version(demo_db, meeting_id, tmp_path / "v1.docx")
    with demo_db.session() as s, s.begin():
        s.info["actor"] = "li.wei"
        org = _org(s)
        library.update(s, "organization", org.id, {"relevance": "New relevance."}, org.version)
    generate_version(demo_db, meeting_id, tmp_path / "v2.docx")
    with demo_db.session() as s:
        comparison = compare_versions(s, meeting_id, 1, 2)
        older, newer = (s.get_one(type(v), v.id) for v in s.get(Meeting, meeting_id).pack_versions)
        edits = between_versions(s, meeting_id, older, newer)
    assert [(e.actor, e.entity, e.action) for e in edits] == [
        ("li.wei", "organizations", "changed")
    ]
    assert comparison.edits == edits
    text = format_text(comparison)
    assert (
        'li.wei  changed organization "China National Intellectual Property Administration"' in text
    )


def test_history_command(demo_db, db_location):
    with demo_db.session() as s, s.begin():
        s.info["actor"] = "li.wei"
        org = _org(s)
        library.update(s, "organization", org.id, {"acronym": "CN"}, org.version)
        uid = org.uid
    demo_db.dispose()
    cli = [sys.executable, "-m", "briefing_app", "--db", db_location, "history"]
    done = subprocess.run([*cli, "--record", uid], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "li.wei  changed organization" in done.stdout
    assert 'acronym: "CNIPA" → "CN"' in done.stdout
    done = subprocess.run([*cli, "--meeting", "1", "--limit", "3"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0].endswith(
        'changed organization "China National Intellectual Property Administration"'
    )
    done = subprocess.run([*cli, "--meeting", "no such meeting"], capture_output=True, text=True)
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1
    done = subprocess.run([*cli, "--record", "nothing"], capture_output=True, text=True)
    assert done.returncode == 0 and "no recorded changes for record nothing" in done.stdout


def test_a_photo_set_changed_and_removed_is_in_the_persons_history(demo_db):
    from briefing_app.db.models import Person
    from briefing_app.services.photos import prepare_photo
    from briefing_app.services.photos.store import remove_photo, set_photo
    from tests.services.photo_images import jpeg_bytes, portrait

    first = prepare_photo(jpeg_bytes(portrait()), "a.jpg")
    second = prepare_photo(jpeg_bytes(portrait(colour=(200, 30, 30))), "b.jpg")
    with demo_db.session() as s, s.begin():
        s.info["actor"] = "li.wei"
        person = s.scalars(select(Person).where(Person.family_name == "LIU")).first()
        uid = person.uid
        set_photo(s, person, first)
    with demo_db.session() as s, s.begin():
        s.info["actor"] = "li.wei"
        set_photo(s, s.scalars(select(Person).where(Person.uid == uid)).one(), second)
    with demo_db.session() as s, s.begin():
        s.info["actor"] = "li.wei"
        remove_photo(s, s.scalars(select(Person).where(Person.uid == uid)).one())
    with demo_db.session() as s:
        entries = record_history(s, uid)
        removed, changed, added = entries[:3]
    assert [(e.action, e.entity) for e in (removed, changed, added)] == [
        ("deleted", "person_photos"),
        ("changed", "person_photos"),
        ("created", "person_photos"),
    ]
    assert added.what() == 'created photo "Ms. LIU Hua"'
    assert changed.changes["sha256"] == [first.sha256, second.sha256]
    assert "data" not in changed.changes  # never the image bytes
    assert changed.details()[0].startswith("image: ") and second.sha256 in changed.details()[0]


def test_between_versions_follows_the_entries_not_the_clock(demo_db, tmp_path):
    """A clock stepped back between two versions must not hide an edit made between
    them, nor bring in one made before the older version."""
    from datetime import timedelta

    from sqlalchemy import update

    from briefing_app.db.models import PackVersion
    from briefing_app.services.review.delivery import generate_version

    with demo_db.session() as s:
        meeting_id = s.scalars(select(Meeting.id)).first()
    with demo_db.session() as s, s.begin():
        s.info["actor"] = "before"
        org = _org(s)
        library.update(s, "organization", org.id, {"relevance": "Before v1."}, org.version)
    generate_version(demo_db, meeting_id, tmp_path / "v1.docx")
    with demo_db.session() as s, s.begin():
        s.info["actor"] = "between"
        org = _org(s)
        library.update(s, "organization", org.id, {"relevance": "Between."}, org.version)
        older = s.scalars(select(PackVersion).order_by(PackVersion.number)).first()
        stepped_back = older.created_at - timedelta(hours=1)
        future = older.created_at + timedelta(hours=1)
        s.execute(update(AuditEvent).where(AuditEvent.actor == "between").values(at=stepped_back))
        s.execute(update(AuditEvent).where(AuditEvent.actor == "before").values(at=future))
    generate_version(demo_db, meeting_id, tmp_path / "v2.docx")
    with demo_db.session() as s:
        older, newer = s.scalars(select(PackVersion).order_by(PackVersion.number)).all()
        edits = between_versions(s, meeting_id, older, newer)
    assert [(e.actor, e.entity, e.action) for e in edits] == [
        ("between", "organizations", "changed")
    ]


def test_a_history_is_newest_first_in_the_order_written_whatever_the_clock(demo_db, monkeypatch):
    """A clock set back between two edits (or two computers' clocks apart, on a
    server) must not list the later edit below the earlier one."""
    from datetime import datetime, timedelta

    from briefing_app.db import audit

    calls = iter(range(1000))
    stepping_back = lambda: datetime(2026, 12, 7, 9) - timedelta(minutes=next(calls))  # noqa: E731
    monkeypatch.setattr(audit, "utcnow", stepping_back)
    for acronym in ("FIRST", "SECOND"):
        with demo_db.session() as s, s.begin():
            org = _org(s)
            library.update(s, "organization", org.id, {"acronym": acronym}, org.version)
            uid = org.uid
    with demo_db.session() as s:
        edits = [e for e in record_history(s, uid) if "acronym" in e.changes]
    assert [e.changes["acronym"][1] for e in edits] == ["SECOND", "FIRST"]
