"""Interchange round trips: export → import into an empty database → export
gives identical bytes, on the demo data and on a dataset with every field set."""

from __future__ import annotations

import copy
import json

import pytest
from sqlalchemy import event, func, inspect, select

from briefing_app import paths
from briefing_app.db.migrate import open_database
from briefing_app.db.models import (
    AgendaItem,
    Engagement,
    Meeting,
    Organization,
    Participant,
    Person,
    Priority,
    ReviewComment,
)
from briefing_app.services.interchange import dumps, export_json, import_data
from briefing_app.services.interchange.schema import ENTITIES, MEETING_CHILDREN
from tests.services.photo_images import photo_field

pytestmark = pytest.mark.both_backends


def full_document() -> dict:
    """A small dataset in which every field of every entity is filled in."""
    org = {
        "uid": "ORG-A",
        "name_en": "Ministry of Examples",
        "name_zh": "示例部",
        "name_native": "وزارة الأمثلة",
        "name_native_lang": "ar",
        "acronym": "MOE",
        "kind": "ministry",
        "parent": "ORG-P",
        "country": "China",
        "precedence_rank": 2,
        "tie_order": 3,
        "mandate": "Makes examples.",
        "mandate_zh": "制定示例。",
        "relevance": "Uses IP every day.",
        "relevance_zh": "每天使用知识产权。",
        "website": "https://example.org",
        "notes": "备注：中文",
        "tags": ["examples", "测试"],
    }
    parent = {**org, "uid": "ORG-P", "name_en": "State Council", "parent": None}
    parent.update(precedence_rank=1, kind="administration", acronym="SC", tags=[])
    person = {
        "uid": "P-1",
        "organization": "ORG-A",
        "family_name": "WANG",
        "given_name": "Xiaoming",
        "native_name": "王小明",
        "name_zh": "王小明",
        "name_order": "family_first",
        "honorific": "Mr.",
        "title_en": "Director-General",
        "title_zh": "司长",
        "rank": 1,
        "email": "wang@example.org",
        "phone": "+86 10 5555 0100",
        "languages": ["zh", "en"],
        "bio": "Fictional person for tests.",
        "bio_zh": "测试用的虚构人物。",
        "needs": "Vegetarian",
        "notes": "Prefers Chinese.",
        "photo": photo_field(),
    }
    priority = {
        "uid": "PR-1",
        "title": "Strategic plan",
        "title_zh": "战略计划",
        "description": "Five-year plan.",
        "description_zh": "五年计划。",
        "source": "General Assembly",
        "source_zh": "成员国大会",
        "period": "2022-2026",
        "period_zh": "2022-2026年",
        "position": 1,
    }
    point = {
        "uid": "TP-1",
        "title": "Key message",
        "title_zh": "关键信息",
        "text_en": "Say this.",
        "text_zh": "说这个。",
        "tags": ["key"],
        "status": "approved",
        "owner": "Programme Officer",
        "last_reviewed": "2022-03-10",
        "classification": "FOR OFFICIAL USE ONLY",
        "priorities": ["PR-1"],
        "targets": ["ORG-A", "ORG-P"],
    }
    engagement = {
        "uid": "E-1",
        "organization": "ORG-A",
        "date": "2022-02-05",
        "kind": "Visit",
        "kind_zh": "访问",
        "summary": "Met.",
        "summary_zh": "会见。",
        "follow_ups": "Write back.",
        "follow_ups_zh": "回信。",
    }
    meeting = {
        "uid": "M-1",
        "title": "Roundtable",
        "title_zh": "圆桌会议",
        "kind": "Roundtable",
        "starts_at": "2022-03-23T09:30:00",
        "ends_at": "2022-03-23T12:00:15",
        "timezone": "Asia/Shanghai",
        "venue": "Room 1",
        "venue_zh": "第一会议室",
        "city": "Beijing",
        "city_zh": "北京",
        "host": "ORG-P",
        "chair": "P-1",
        "objectives": "Agree.",
        "objectives_zh": "达成一致。",
        "decisions": "Agree a work plan.\nName contacts.",
        "decisions_zh": "商定工作计划。",
        "classification": "RESTRICTED",
        "classification_zh": "限制分发",
        "language": "zh",
        "status": "confirmed",
        "agenda": [
            {
                "uid": "A-1",
                "position": 1,
                "start_time": "09:30",
                "duration_minutes": 10,
                "title": "Opening",
                "title_zh": "开幕",
                "speaker": "Mr. WANG",
                "speaker_zh": "王先生",
                "speaker_person": None,
                "notes": "Short.",
                "notes_zh": "简短。",
            },
            {
                "uid": "A-2",
                "position": 2,
                "start_time": "09:40:30",
                "duration_minutes": None,
                "title": "Discussion",
                "title_zh": "讨论",
                "speaker": "",
                "speaker_zh": "",
                "speaker_person": "P-1",
                "notes": "",
                "notes_zh": "",
            },
        ],
        "participants": [
            {
                "uid": "PA-1",
                "organization": "ORG-A",
                "person": "P-1",
                "role": "head_of_delegation",
                "rsvp": "attended",
                "seat": "3",
                "remarks": "On time.",
                "principal": None,
            },
            {
                "uid": "PA-2",
                "organization": "ORG-P",
                "person": None,
                "role": "observer",
                "rsvp": "tentative",
                "seat": "",
                "remarks": "To be named.",
                "principal": "PA-1",
            },
        ],
        "seating": {
            "shape": "boardroom",
            "seat_count": 4,
            "back_seats": 2,
            "door": "bottom",
            "screen": "left",
            "seats": [
                {"position": 3, "participant": "PA-1", "locked": False},
                {"position": 4, "participant": None, "locked": True},
                {"position": 5, "participant": "PA-2", "locked": True},
            ],
        },
        "talking_points": [
            {"talking_point": "TP-1", "organization": None, "position": 1},
            {"talking_point": "TP-1", "organization": "ORG-A", "position": 2},
        ],
    }
    pack = {
        "meeting": "M-1",
        "number": 1,
        "created_at": "2022-03-20T08:00:00.123456",
        "created_by": "Programme Officer",
        "template": "pack.docx",
        "language": "both",
        "snapshot": {"sections": [{"title": "目的", "n": 1}], "ok": True},
        "file_hash": "ab" * 32,
        "review_status": "approved",
        "reviewer": "Director",
        "decided_at": "2022-03-21T17:05:00",
        "delivery": "delivered",
        "token": "0f5c2a4e-7b1d-4c55-9a63-1e2f3d4c5b6a",
        "content_hash": "cd" * 32,
    }
    comment = {
        "meeting": "M-1",
        "pack_version": 1,
        "target_kind": "organization",
        "target_ref": "ORG-A",
        "author": "Director",
        "text": "请补充背景。",
        "resolved": True,
        "created_at": "2022-03-21T16:00:00",
    }
    return {
        "format": "briefing-app",
        "version": 1,
        "organizations": [parent, org],
        "priorities": [priority],
        "people": [person],
        "talking_points": [point],
        "engagements": [engagement],
        "meetings": [meeting],
        "pack_versions": [pack],
        "review_comments": [comment, {**comment, "target_kind": "section", "target_ref": "cover"}],
    }


def _export(db) -> str:
    with db.session() as s:
        return export_json(s)


def _import(db, document) -> object:
    with db.session() as s, s.begin():
        return import_data(s, document, source="test.json")


def _fresh(tmp_path, name: str):
    return open_database(str(tmp_path / name))


def test_every_model_column_is_in_the_format():
    """Adding a column to a model without adding it to the format fails here."""
    skip = {"id", "version", "updated_at"}
    for name, (model, fields) in {**ENTITIES, **MEETING_CHILDREN}.items():
        names = {f.attribute for f in fields}
        for column in inspect(model).columns:
            if column.key in skip or column.foreign_keys:
                continue
            if column.key == "created_at" and "created_at" not in names:
                continue  # bookkeeping timestamp of uid records, not data
            assert column.key in names, f"{name}.{column.key} missing from the format"


def test_full_dataset_round_trip_is_byte_identical(db, tmp_path):
    doc = full_document()
    _import(db, doc)
    first = _export(db)
    other = _fresh(tmp_path, "other.db")
    _import(other, json.loads(first))
    second = _export(other)
    other.dispose()
    assert first == second
    # Nothing was lost: the export is the input, in canonical order.
    assert first == dumps({**doc, "organizations": doc["organizations"]})
    assert "王小明" in first and "\\u" not in first


def test_demo_round_trip_is_byte_identical(demo_db, tmp_path):
    first = _export(demo_db)
    assert first == paths.demo_data_file().read_text(encoding="utf-8")
    other = _fresh(tmp_path, "other.db")
    result = _import(other, first)
    assert result.created["organizations"] == 16
    assert _export(other) == first
    other.dispose()


def test_reimport_updates_by_uid_and_duplicates_nothing(db):
    doc = full_document()
    _import(db, doc)
    changed = copy.deepcopy(doc)
    changed["people"][0]["title_en"] = "Deputy Director-General"
    changed["meetings"][0]["participants"].pop()  # nested lists replace the meeting's
    changed["meetings"][0]["seating"]["seats"].pop()  # (the seat of the one removed)
    changed["review_comments"].pop()
    result = _import(db, changed)
    assert result.created == {}
    assert result.updated["people"] == 1 and result.updated["seating_plans"] == 1
    assert result.unchanged["organizations"] == 2
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 1
        assert s.scalar(select(Person.title_en)) == "Deputy Director-General"
        assert s.scalars(select(Participant.uid)).all() == ["PA-1"]
        assert s.scalar(select(func.count()).select_from(ReviewComment)) == 1
    assert _import(db, changed).updated == {}


def test_engagements_without_chinese_kind_and_follow_ups_still_import(db):
    """Files written before kind_zh / follow_ups_zh existed load with empty ones."""
    doc = full_document()
    for key in ("kind_zh", "follow_ups_zh"):
        del doc["engagements"][0][key]
    assert _import(db, doc).created["engagements"] == 1
    with db.session() as s:
        e = s.scalar(select(Engagement))
        assert (e.kind, e.follow_ups) == ("Visit", "Write back.")
        assert (e.kind_zh, e.follow_ups_zh) == ("", "")
    exported = json.loads(_export(db))["engagements"][0]
    assert exported["kind_zh"] == "" and exported["follow_ups_zh"] == ""


def test_agenda_items_without_chinese_notes_or_speaker_still_import(db):
    """Files written before notes_zh and speaker_zh existed load with empty ones."""
    doc = full_document()
    for item in doc["meetings"][0]["agenda"]:
        del item["notes_zh"], item["speaker_zh"]
    _import(db, doc)
    with db.session() as s:
        item = s.scalar(select(AgendaItem).where(AgendaItem.uid == "A-1"))
        assert (item.notes, item.notes_zh) == ("Short.", "")
        assert (item.speaker, item.speaker_zh) == ("Mr. WANG", "")
    exported = json.loads(_export(db))["meetings"][0]["agenda"][0]
    assert exported["notes"] == "Short." and exported["notes_zh"] == ""
    assert exported["speaker_zh"] == ""


def test_meetings_and_priorities_without_their_chinese_forms_still_import(db):
    """Files written before venue_zh, city_zh, classification_zh, source_zh and
    period_zh existed load with empty ones (documents then print the English)."""
    doc = full_document()
    meeting, priority = doc["meetings"][0], doc["priorities"][0]
    del meeting["venue_zh"], meeting["city_zh"], meeting["classification_zh"]
    del priority["source_zh"], priority["period_zh"]
    _import(db, doc)
    with db.session() as s:
        m = s.scalar(select(Meeting).where(Meeting.uid == "M-1"))
        assert (m.venue, m.venue_zh, m.city_zh, m.classification_zh) == ("Room 1", "", "", "")
        p = s.scalar(select(Priority).where(Priority.uid == "PR-1"))
        assert (p.source, p.source_zh, p.period_zh) == ("General Assembly", "", "")
    exported = json.loads(_export(db))
    assert exported["meetings"][0]["venue_zh"] == exported["priorities"][0]["source_zh"] == ""


def test_references_to_records_already_in_the_database(demo_db):
    """A file may name organizations the database already has (by uid)."""
    doc = {
        "format": "briefing-app",
        "version": 1,
        "people": [{"uid": "NEW-1", "organization": "MOFCOM", "family_name": "NEW"}],
    }
    result = _import(demo_db, doc)
    assert result.created["people"] == 1
    with demo_db.session() as s:
        person = s.scalar(select(Person).where(Person.uid == "NEW-1"))
        assert person.organization.acronym == "MOFCOM"
        assert person.name_order == "given_first"  # the model default for an absent field


def test_participant_organization_defaults_to_the_persons(db):
    doc = full_document()
    del doc["meetings"][0]["participants"][0]["organization"]
    _import(db, doc)
    with db.session() as s:
        pa = s.scalar(select(Participant).where(Participant.uid == "PA-1"))
        assert pa.organization.uid == "ORG-A"


def test_cleaning_is_reported_and_applied(db):
    doc = full_document()
    doc["people"][0]["bio"] = "Bad\x07 bio\ud800."
    doc["organizations"][1]["tags"] = ["ok", "bad\x0b"]
    result = _import(db, doc)
    assert result.cleaned.changes == {"people[0].bio": 2, "organizations[1].tags": 1}
    lines = result.cleaning_lines()
    assert lines[0] == "cleaned 2 field(s):"
    assert any(line.strip().startswith("people[0].bio: removed 2 character(s)") for line in lines)
    with db.session() as s:
        assert s.scalar(select(Person.bio)) == "Bad bio."
        org = s.scalar(select(Organization).where(Organization.uid == "ORG-A"))
        assert org.tags == ["ok", "bad"]


def test_bulk_import_and_export_read_in_bulk(db):
    """No per-record lookups: the number of SELECTs does not grow with the file
    (inserts are the ORM's business; lookups by uid are cached)."""
    count = 1500
    orgs = [{"uid": f"O{i}", "name_en": f"Org {i}"} for i in range(count)]
    people = [{"uid": f"P{i}", "organization": f"O{i}", "family_name": "X"} for i in range(count)]
    engagements = [
        {"uid": f"E{i}", "organization": f"O{i}", "date": "2022-01-01"} for i in range(count)
    ]
    doc = {
        "format": "briefing-app",
        "version": 1,
        "organizations": orgs,
        "people": people,
        "engagements": engagements,
    }
    selects = []
    event.listen(
        db.engine,
        "before_cursor_execute",
        lambda _c, _cur, statement, *_a: (
            selects.append(1) if statement.startswith("SELECT") else None
        ),
    )
    _import(db, doc)
    assert len(selects) < 30, len(selects)
    _import(db, doc)  # re-import: every record is found, none created
    selects.clear()
    exported = json.loads(_export(db))
    assert len(selects) < 30, len(selects)
    assert len(exported["people"]) == count
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == count
        assert s.scalar(select(func.count()).select_from(Meeting)) == 0


def test_the_documented_example_imports(db):
    """docs/interchange.md's example is a valid file."""
    import re
    from pathlib import Path

    text = (Path(__file__).parents[2] / "docs" / "interchange.md").read_text(encoding="utf-8")
    example = re.search(r"## Example\n\n```json\n(.*?)```", text, re.S).group(1)
    result = _import(db, example)
    assert result.created["participants (meeting)"] == 2
    assert result.created["organizations"] == 2


def test_people_without_a_name_order_get_it_from_the_script(db):
    """Files that do not say a person's name order (older or hand-written ones): family
    first for Han, Hangul and Kana names; an order the file gives is kept."""
    org = {"uid": "ORG-K", "name_en": "Korean Institute"}
    people = [
        {"uid": "P-K", "organization": "ORG-K", "family_name": "Kim", "native_name": "김민준"},
        {"uid": "P-W", "organization": "ORG-K", "family_name": "王", "given_name": "芳"},
        {"uid": "P-D", "organization": "ORG-K", "family_name": "Dubois"},
        {"uid": "P-G", "organization": "ORG-K", "family_name": "李", "name_order": "given_first"},
    ]
    _import(db, {"format": "briefing-app", "version": 1, "organizations": [org], "people": people})
    with db.session() as s:
        orders = dict(s.execute(select(Person.uid, Person.name_order)).all())
    assert orders == {
        "P-K": "family_first",
        "P-W": "family_first",
        "P-D": "given_first",
        "P-G": "given_first",
    }
