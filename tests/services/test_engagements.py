"""One organization's engagements: listing most recent first, validation named by
field, cleaned text, version-checked updates, delete and restore; on a real
SQLite file, with the caller owning every transaction."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from briefing_app.db.models import Engagement, Organization
from briefing_app.errors import NotFoundError
from briefing_app.services import engagements
from briefing_app.services.conflicts import ConflictError
from briefing_app.services.library import FieldErrors

pytestmark = pytest.mark.both_backends


def _org_id(s, uid: str = "CNIPA") -> int:
    return s.scalar(select(Organization.id).where(Organization.uid == uid))


def _add(db, org_id: int, **values) -> int:
    with db.session() as s, s.begin():
        return engagements.create(s, org_id, {"date": date(2022, 3, 23), **values}).id


def _new_org(s) -> int:
    org = Organization(name_en="Ministry of Examples")
    s.add(org)
    s.flush()
    return org.id


def test_demo_list_is_most_recent_first(demo_db):
    with demo_db.session() as s:
        rows = engagements.list_for(s, _org_id(s, "MFA"))
    assert [r.date for r in rows] == [date(2022, 2, 5), date(2022, 2, 4)]
    assert rows[0].kind == "High-level meeting" and rows[0].kind_zh == "高层会见"


def test_create_cleans_text_and_reads_back(demo_db):
    with demo_db.session() as s:
        org_id = _org_id(s)
    new_id = _add(
        demo_db,
        org_id,
        kind=" Roundtable\x00 ",
        kind_zh="圆桌会议",
        summary="Roundtable with 14 agencies.",
        summary_zh="与14个机构举行圆桌会议。",
        follow_ups="Send the report.\x07",
        follow_ups_zh="发送报告。",
    )
    with demo_db.session() as s:
        row = engagements.get(s, new_id)
        first = engagements.list_for(s, org_id)[0]
    assert first == row  # the newest comes first
    assert (row.kind, row.follow_ups, row.version) == ("Roundtable", "Send the report.", 1)
    assert row.values()["kind_zh"] == "圆桌会议"
    assert row.describe() == "2022-03-23 Roundtable"


def test_a_date_string_is_accepted_and_a_bad_one_is_named(db):
    with db.session() as s, s.begin():
        org_id = _new_org(s)
        saved = engagements.create(s, org_id, {"date": "2021-10-23", "summary": "Ratified."})
        assert s.get(Engagement, saved.id).date == date(2021, 10, 23)
        with pytest.raises(FieldErrors) as info:
            engagements.create(s, org_id, {"date": "2022-02-30", "kind": "Visit"})
    assert info.value.fields == {"date": '"2022-02-30" is not a date (YYYY-MM-DD)'}


def test_date_and_what_happened_are_required(db):
    with db.session() as s, s.begin():
        org_id = _new_org(s)
    with db.session() as s, pytest.raises(FieldErrors) as info:
        engagements.create(s, org_id, {"date": None, "kind": " ", "follow_ups": "Call back."})
    assert info.value.fields == {"date": "is required", "kind": engagements.NOTHING_SAID}
    assert "engagement: " in str(info.value) and "date: is required" in str(info.value)
    with db.session() as s, s.begin():  # a Chinese summary alone is enough
        engagements.create(s, org_id, {"date": date(2022, 1, 1), "summary_zh": "会见。"})
    with db.session() as s, pytest.raises(FieldErrors) as info:
        engagements.create(s, org_id, {"date": date(2022, 1, 1), "kind": "K" * 101})
    assert info.value.fields == {"kind": "is 101 characters long; at most 100 fit"}


def test_unknown_organization_is_reported(db):
    with db.session() as s, pytest.raises(NotFoundError, match="organization 99 does not exist"):
        engagements.create(s, 99, {"date": date(2022, 1, 1), "kind": "Visit"})
    with db.session() as s, pytest.raises(NotFoundError):
        engagements.list_for(s, 99)


def test_update_checks_the_version_and_keeps_the_rules(demo_db):
    with demo_db.session() as s:
        org_id = _org_id(s)
    new_id = _add(demo_db, org_id, kind="Visit")
    with demo_db.session() as s, s.begin():
        saved = engagements.update(s, new_id, {"kind_zh": "访问", "follow_ups": "Write."}, 1)
    assert saved.version == 2
    with demo_db.session() as s, pytest.raises(ConflictError) as info:
        engagements.update(s, new_id, {"kind": "Other"}, 1)  # someone saved version 2
    assert info.value.table == "engagements" and info.value.current_version == 2
    assert info.value.theirs == {"kind": "Visit"}
    with demo_db.session() as s, pytest.raises(FieldErrors) as errors:
        engagements.update(s, new_id, {"kind": "", "kind_zh": ""}, 2)  # nothing left to say
    assert errors.value.fields == {"kind": engagements.NOTHING_SAID}
    with demo_db.session() as s:
        row = engagements.get(s, new_id)
    assert (row.kind, row.kind_zh, row.follow_ups, row.version) == ("Visit", "访问", "Write.", 2)


def test_update_of_a_deleted_engagement_is_a_conflict(demo_db):
    with demo_db.session() as s:
        org_id = _org_id(s)
    new_id = _add(demo_db, org_id, kind="Visit")
    with demo_db.session() as s, s.begin():
        engagements.delete(s, new_id)
    with demo_db.session() as s, pytest.raises(ConflictError) as info:
        engagements.update(s, new_id, {"kind": "Other"}, 1)
    assert info.value.deleted


def test_delete_and_restore_with_the_same_id(demo_db):
    with demo_db.session() as s:
        org_id = _org_id(s)
        before = engagements.list_for(s, org_id)
    with demo_db.session() as s, s.begin():
        snapshot = engagements.delete(s, before[0].id)
    with demo_db.session() as s:
        assert [r.id for r in engagements.list_for(s, org_id)] == [r.id for r in before[1:]]
    with demo_db.session() as s, s.begin():
        engagements.restore(s, snapshot)
    with demo_db.session() as s:
        assert engagements.list_for(s, org_id) == before
        assert s.scalar(select(func.count()).select_from(Engagement)) == 9


def test_services_do_not_commit(db):
    with db.session() as s:
        org_id = _new_org(s)
        engagements.create(s, org_id, {"date": date(2022, 1, 1), "kind": "Visit"})
        s.rollback()
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Engagement)) == 0
