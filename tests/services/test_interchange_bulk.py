"""The import's fast path (services/interchange/bulk.py): new records written in
bulk leave the same audit trail and search index as records written one by one,
and a failed import leaves the database, its triggers included, as it was."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select, text

from briefing_app.db.deferred_triggers import replay_sql
from briefing_app.db.models import AuditEvent, Meeting, Organization
from briefing_app.services import library, search
from briefing_app.services.history import format_entries, record_history
from briefing_app.services.interchange import bulk, import_data
from tests.services.test_interchange_roundtrip import full_document
from tests.services.test_search_short import SHORT_TERMS

pytestmark = pytest.mark.both_backends


def _events(session) -> list[tuple]:
    rows = session.execute(
        select(AuditEvent.action, AuditEvent.entity, AuditEvent.record_uid, AuditEvent.label)
    )
    return sorted(tuple(r) for r in rows)


def test_new_records_each_have_one_created_event_labelled_as_before(db):
    with db.session() as s, s.begin():
        import_data(s, full_document())
    with db.session() as s:
        created = {(e, uid): label for a, e, uid, label in _events(s) if a == "created"}
        assert created[("organizations", "ORG-P")] == "State Council"
        assert created[("organizations", "ORG-A")] == "Ministry of Examples"
        assert created[("people", "P-1")] == "Mr. WANG Xiaoming"  # as the ORM labels people
        assert created[("talking_points", "TP-1")]
        assert {a for a, *_ in _events(s)} == {"created"}
        meeting = s.scalar(select(Meeting).where(Meeting.uid == "M-1"))
        (event,) = s.scalars(select(AuditEvent).where(AuditEvent.record_uid == "M-1"))
        assert event.meeting_id == meeting.id  # the meeting's own history finds it
        lines = format_entries(record_history(s, "P-1"))  # the person, then their photo
        assert [line.split("  ")[-1] for line in lines] == [
            'created photo "Mr. WANG Xiaoming"',
            'created person "Mr. WANG Xiaoming"',
        ]


def test_a_second_import_records_what_changed(db):
    document = full_document()
    with db.session() as s, s.begin():
        import_data(s, document)
    document["organizations"][1]["acronym"] = "MOE-X"
    with db.session() as s, s.begin():
        result = import_data(s, json.loads(json.dumps(document)))
    assert result.updated["organizations"] == 1 and not result.created
    with db.session() as s:
        entries = record_history(s, "ORG-A")
        assert [e.action for e in entries] == ["changed", "created"]
        assert entries[0].changes == {"acronym": ["MOE", "MOE-X"]}


def _dataset() -> dict:
    """Organizations (one the child of another in the same file), people and talking
    points with English and Chinese names, for the search index."""
    names = [("Ministry of Commerce", "商务部"), ("Supreme People's Court", "最高人民法院"),
             ("Zoë Müller Institute", "全球创新"), ("Room 11 Agency", "十一号")]  # fmt: skip
    orgs = [
        {"uid": f"o{i}", "name_en": en, "name_zh": zh, "acronym": f"A-{i}",
         "parent": "o3" if i == 0 else None}
        for i, (en, zh) in enumerate(names)
    ]  # fmt: skip
    people = [
        {"uid": f"p{i}", "organization": f"o{i % 4}", "family_name": family,
         "given_name": given, "native_name": native, "title_en": "Director General"}
        for i, (family, given, native) in enumerate([
            ("Li", "Wang", "李王"), ("Liu", "Hua", "刘华"), ("Zoë", "Müller", ""),
            ("Wang", "Li", "王丽"),
        ])
    ]  # fmt: skip
    points = [
        {"uid": f"t{i}", "title": title, "title_zh": zh, "text_en": f"{title} cooperation",
         "text_zh": f"{zh}合作", "targets": ["o0", "o1"] if i else []}
        for i, (title, zh) in enumerate([
            ("Global Innovation Index", "全球创新指数"), ("WIPO & China", "中国"),
            ("Room 11", "十一号"),
        ])
    ]  # fmt: skip
    return {"format": "briefing-app", "version": 1, "organizations": orgs, "people": people,
            "talking_points": points}  # fmt: skip


def _triggers(session) -> list[tuple]:
    return session.execute(
        text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
    ).all()


def _indexes(session) -> list[tuple]:
    return session.execute(
        text("SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name")
    ).all()


@pytest.mark.sqlite_only
def test_an_empty_tables_indexes_are_built_after_its_rows(db, monkeypatch):
    with db.session() as s, s.begin():  # people has a row: its indexes stay
        org = library.create(s, "organization", {"name_en": "World Trade Organization"}).id
        library.create(s, "person", {"organization_id": org, "family_name": "Okonjo"})
    with db.session() as s:
        before = _indexes(s)
    assert {"ix_people_organization_id", "ix_talking_points_titles"} <= {i[0] for i in before}
    during: dict[str, set[str]] = {}
    real = bulk.audit.record_created

    def looking(session, table, rows):  # each table's batch is written by then
        during[table] = {name for name, *_ in _indexes(session)}
        real(session, table, rows)

    monkeypatch.setattr(bulk.audit, "record_created", looking)
    with db.session() as s, s.begin():
        import_data(s, _dataset())
    assert "ix_talking_points_titles" not in during["talking_points"]  # it was empty
    assert "sqlite_autoindex_talking_points_1" in during["talking_points"]  # a UNIQUE key's
    assert "ix_people_organization_id" in during["people"]  # it was not empty
    with db.session() as s:
        assert _indexes(s) == before  # created again from the same SQL
        assert s.scalar(text("PRAGMA integrity_check")) == "ok"  # and holding every row
        query = "SELECT uid FROM talking_points INDEXED BY ix_talking_points_titles WHERE title=:t"
        assert s.scalar(text(query), {"t": "Room 11"}) == "t2"


@pytest.mark.sqlite_only
def test_the_search_index_holds_bulk_written_records(db):
    with db.session() as s, s.begin():  # records that were there before: ids below the new
        library.create(s, "organization", {"name_en": "World Trade Organization"})
        library.create(s, "talking_point", {"title": "Trade 全球"})
        merging = "INSERT INTO search_people(search_people, rank) VALUES ('automerge', 8)"
        s.execute(text(merging))  # a setting of its own: kept
    with db.session() as s:
        before = _triggers(s)
    with db.session() as s, s.begin():
        import_data(s, _dataset())
    with db.session() as s:
        assert _triggers(s) == before  # put back, as they were
        automerge = "SELECT v FROM search_{}_config WHERE k = 'automerge'"
        assert s.scalar(text(automerge.format("people"))) == 8
        assert s.scalar(text(automerge.format("talking_points"))) == 4  # FTS5's default
        for table in ("organizations", "people", "talking_points"):
            fts = f"search_{table}"  # the trigram indexes agree with their tables
            s.execute(text(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)"))
        for kind in ("organization", "person", "talking_point"):
            for term in [*SHORT_TERMS, "Ministry", "最高人民", "cooperation", "Trade", "rector"]:
                found = set(search._ids(s, kind, term, 100, True))
                assert found == set(search._ids(s, kind, term, 100, False)), (kind, term)
        assert search.search(s, "最高人民").groups["organization"]
        assert search.search(s, "刘").groups["person"]
        child = s.scalar(select(Organization).where(Organization.uid == "o0"))
        assert child.parent.uid == "o3"
    with db.session() as s, s.begin():  # later writes are indexed by the triggers again
        library.create(s, "organization", {"name_en": "Patent Office", "name_zh": "专利局"})
    with db.session() as s:
        assert search.search(s, "专").groups["organization"]
        assert search.search(s, "Patent").groups["organization"]


def test_a_failed_bulk_write_leaves_nothing(db, monkeypatch):
    with db.session() as s, s.begin():
        library.create(s, "organization", {"name_en": "World Trade Organization"})
    with db.session() as s:
        sqlite = db.capabilities.search_kind == "fts5"
        before = (_triggers(s), _indexes(s)) if sqlite else ()
        events = _events(s)
    real = bulk.audit.record_created

    def failing(session, table, rows):
        if table == "people":  # organizations are written by then
            raise RuntimeError("disk full")
        real(session, table, rows)

    monkeypatch.setattr(bulk.audit, "record_created", failing)
    with pytest.raises(RuntimeError), db.session() as s, s.begin():
        import_data(s, _dataset())
    with db.session() as s:
        assert s.scalars(select(Organization.name_en)).all() == ["World Trade Organization"]
        assert _events(s) == events
        if sqlite:  # the people's and talking points' indexes were dropped: back
            assert (_triggers(s), _indexes(s)) == before
            assert not search.search(s, "商务").groups["organization"]


def test_only_plain_insert_triggers_are_replayed():
    plain = (
        "CREATE TRIGGER t_ai AFTER INSERT ON things BEGIN INSERT INTO idx(rowid, a) "
        "VALUES (new.id, coalesce(new.a, '') || ' ' || new.b); END"
    )
    assert replay_sql(plain) == (
        "t_ai",
        "things",
        "INSERT INTO idx(rowid, a) SELECT things.id, coalesce(things.a, '') || ' ' || things.b "
        "FROM things WHERE things.id > :after",
    )
    when = plain.replace("BEGIN", "WHEN new.a IS NOT NULL BEGIN")
    two = plain.replace("END", "INSERT INTO log VALUES (new.id); END")
    update = plain.replace("AFTER INSERT", "AFTER UPDATE")
    assert replay_sql(when) is None and replay_sql(two) is None and replay_sql(update) is None
