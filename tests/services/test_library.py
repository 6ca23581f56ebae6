"""Library CRUD: validation per field, version conflicts, delete impact and undo."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from briefing_app.db.models import Meeting, Participant, Person, TalkingPoint
from briefing_app.services import library, library_lists
from briefing_app.services.conflicts import ConflictError

pytestmark = pytest.mark.both_backends


def _org(s, name="Ministry of Commerce", **kw):
    return library.create(s, "organization", {"name_en": name, **kw}).id


def test_create_and_read_back(db):
    with db.session() as s, s.begin():
        org = _org(s, name_zh="商务部", acronym="MOFCOM", precedence_rank="8", tags="trade, ip")
    with db.session() as s:
        values = library.get_values(s, "organization", org)
    assert values["name_zh"] == "商务部"
    assert values["precedence_rank"] == 8
    assert values["tags"] == ["trade", "ip"]
    assert values["version"] == 1


def test_chinese_mandate_and_relevance_are_cleaned_and_read_back(db):
    with db.session() as s, s.begin():
        org = _org(s, mandate_zh="职能\x00说明", relevance_zh="关联")
    with db.session() as s:
        values = library.get_values(s, "organization", org)
    assert (values["mandate_zh"], values["relevance_zh"]) == ("职能说明", "关联")


def test_validation_names_every_bad_field(db):
    with db.session() as s, pytest.raises(library.FieldErrors) as info:
        library.create(s, "person", {"family_name": " ", "rank": "first", "organization_id": None})
    assert set(info.value.fields) == {"family_name", "rank", "organization_id"}
    assert "whole number" in info.value.fields["rank"]


def test_text_is_cleaned_and_length_checked(db):
    with db.session() as s, s.begin():
        org = _org(s, name="Bad\x00 char")
        assert library.get_values(s, "organization", org)["name_en"] == "Bad char"
        with pytest.raises(library.FieldErrors) as info:
            library.update(s, "organization", org, {"acronym": "X" * 41}, 1)
    assert "at most 40" in info.value.fields["acronym"]


def test_numbers_and_texts_the_database_or_the_participant_list_cannot_take(db):
    """Issue 13, findings 8 and 10: 10**30 used to fail in SQLite (OverflowError);
    a note over Excel's cell limit was saved and then refused by the export."""
    with db.session() as s, pytest.raises(library.FieldErrors) as info:
        _org(s, precedence_rank=str(10**30), notes="n" * 32_768)
    assert info.value.fields == {
        "precedence_rank": f'"{10**30}" is too large (at most 2147483647)',
        "notes": "is 32768 characters long; at most 32767 fit",
    }
    with db.session() as s, pytest.raises(library.FieldErrors) as info:
        _org(s, precedence_rank="9" * 5000)
    assert info.value.fields["precedence_rank"].startswith('"99999')
    assert "too large" in info.value.fields["precedence_rank"]
    assert len(info.value.fields["precedence_rank"]) < 120
    with db.session() as s, s.begin():
        org = _org(s, precedence_rank=str(2**31 - 1), notes="😀" * 16_383)  # 32,766 in Excel
    with db.session() as s:
        assert library.get_values(s, "organization", org)["precedence_rank"] == 2**31 - 1


def test_update_with_stale_version_is_a_conflict(db):
    with db.session() as s, s.begin():
        org = _org(s)
    with db.session() as s, s.begin():
        saved = library.update(s, "organization", org, {"acronym": "MOFCOM"}, 1)
    assert saved.version == 2
    with db.session() as s, pytest.raises(ConflictError) as info:
        library.update(s, "organization", org, {"acronym": "OTHER"}, 1)
    conflict = info.value
    assert (conflict.expected_version, conflict.current_version) == (1, 2)
    assert conflict.mine == {"acronym": "OTHER"} and conflict.theirs == {"acronym": "MOFCOM"}
    assert "version 1" in str(conflict) and "version 2" in str(conflict)
    with db.session() as s, s.begin():
        library.delete(s, "organization", org)
    with db.session() as s, pytest.raises(ConflictError) as info:
        library.update(s, "organization", org, {"acronym": "X"}, 2)
    assert info.value.deleted


def test_parent_cycle_is_refused(db):
    with db.session() as s, s.begin():
        a = _org(s, "A")
        b = _org(s, "B", parent_id=a)
        with pytest.raises(library.FieldErrors) as info:
            library.update(s, "organization", a, {"parent_id": b}, 1)
    assert "parent" in info.value.fields["parent_id"]


def _populated(s):
    org = _org(s)
    people = [
        library.create(s, "person", {"organization_id": org, "family_name": f"P{i}"}).id
        for i in range(3)
    ]
    meeting = Meeting(title="Roundtable", host_organization_id=org)
    s.add(meeting)
    s.flush()
    s.add_all(
        [Participant(meeting_id=meeting.id, organization_id=org, person_id=p) for p in people[:2]]
    )
    point = library.create(s, "talking_point", {"title": "GII", "target_ids": [org]}).id
    return org, meeting.id, point


def test_impact_counts_what_else_goes(db):
    with db.session() as s, s.begin():
        org, _meeting, _point = _populated(s)
    with db.session() as s:
        affected = library.impact(s, "organization", org)
    assert affected == {
        "people": 3,
        "participants": 2,
        "talking_point_targets": 1,
        "meetings.host_organization_id": 1,
    }


def test_delete_then_restore_brings_everything_back(db):
    with db.session() as s, s.begin():
        org, meeting, point = _populated(s)
    with db.session() as s, s.begin():
        snapshot = library.delete(s, "organization", org)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 0
        assert s.get(Meeting, meeting).host_organization_id is None
        assert s.get(TalkingPoint, point).targets == []
    with db.session() as s, s.begin():
        library.restore(s, snapshot)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 3
        assert s.scalar(select(func.count()).select_from(Participant)) == 2
        assert s.get(Meeting, meeting).host_organization_id == org
        assert [o.id for o in s.get(TalkingPoint, point).targets] == [org]


def test_talking_point_links_priorities_and_targets(db):
    with db.session() as s, s.begin():
        org = _org(s)
        pri = library.create(s, "priority", {"title": "SMEs", "position": "1"}).id
        point = library.create(
            s, "talking_point", {"title": "T", "priority_ids": [pri], "target_ids": [org]}
        ).id
        with pytest.raises(library.FieldErrors) as info:
            library.update(s, "talking_point", point, {"priority_ids": [999]}, 1)
    assert "999" in info.value.fields["priority_ids"]
    with db.session() as s:
        values = library.get_values(s, "talking_point", point)
    assert values["priority_ids"] == [pri] and values["target_ids"] == [org]


def test_pages_sorted_in_sql(db):
    with db.session() as s, s.begin():
        for i, rank in enumerate([3, None, 1, 2]):
            _org(s, f"Org {i}", precedence_rank=rank)
    with db.session() as s:
        rows = library_lists.page(s, "organization", 0, 10)
        assert [r.cells[4] for r in rows] == [1, 2, 3, None]
        desc = library_lists.page(s, "organization", 0, 2, "name", descending=True)
        assert [r.cells[0] for r in desc] == ["Org 3", "Org 2"]
        assert library_lists.count(s, "organization") == 4
