"""The export writes the library's big tables as text straight from Core rows
(``interchange/export_rows``): the bytes must be those of the ORM objects
serialized one by one and written by ``json.dumps`` (the canonical text), for
every kind of value: references, lists of references, photos, dates, empty and
null values, texts that need escaping, lists that are not lists of texts."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from briefing_app.db.models import Engagement, Organization, Person, Priority, TalkingPoint
from briefing_app.services.demo import load_demo
from briefing_app.services.interchange import dumps, import_data
from briefing_app.services.interchange import export_rows as rows_module
from briefing_app.services.interchange.export import (
    export_json,
    export_parts,
    read_snapshot,
    serialize,
    write_export,
)
from briefing_app.services.interchange.export_rows import ORDER
from briefing_app.services.interchange.schema import ENTITIES
from tests.services.test_interchange_roundtrip import full_document

pytestmark = pytest.mark.both_backends

TABLES = {
    "organizations": Organization,
    "priorities": Priority,
    "people": Person,
    "talking_points": TalkingPoint,
    "engagements": Engagement,
}

#: Texts a JSON writer must escape or leave alone (PostgreSQL refuses NUL in text).
ODD = [
    'a "quote", a \\ backslash, a\nnew line, a\ttab, \x01\x1f\x7f',
    "\u2028\u2029 é 中文 😀 \ufeff {0} {} %s NaN",
    "",
]


def _fill(db) -> None:
    """The demo, the full document (a parent, a photo, targets, priorities) and odd
    values written straight into the tables (as an older version or another
    program might have left them)."""
    with db.session() as s, s.begin():
        load_demo(s)
        import_data(s, full_document(), source="data.json")
    with db.session() as s, s.begin():
        for i, point in enumerate(s.scalars(select(TalkingPoint).order_by(TalkingPoint.id))):
            point.title, point.owner = ODD[i % 3], ODD[(i + 1) % 3]
            point.tags = [ODD[i % 3], "x"] if i % 2 else []
        people = s.scalars(select(Person).order_by(Person.id)).all()
        people[0].languages = ["en", 3, None, {"b": 1, "a": [True]}]
        people[1].languages = None
        people[2].bio = ODD[0]
        org = s.scalars(select(Organization).order_by(Organization.id)).first()
        org.notes, org.precedence_rank = ODD[1], None


def _expected(s, text: str) -> str:
    """The canonical text of the document with the library's records serialized
    from ORM objects, in the documented order."""
    document = json.loads(text)
    for name, model in TABLES.items():
        fields = ENTITIES[name][1]
        records = [serialize(o, fields) for o in s.scalars(select(model))]
        document[name] = sorted(records, key=lambda r, order=ORDER[name]: _key(r, order))
    return dumps(document)


def _key(record: dict, order: tuple[str, ...]) -> list:
    out = []
    for name in order:
        value = record[name.rstrip("?")]
        out += (value is None, value or 0) if name.endswith("?") else [value]
    return out


@pytest.mark.parametrize("chunk", [1000, 2])
def test_library_text_is_the_canonical_text_of_the_orm_records(db, monkeypatch, chunk):
    monkeypatch.setattr(rows_module, "CHUNK", chunk)  # 2: many chunks, the last one short
    _fill(db)
    with db.session() as s:
        text = export_json(s)
        assert text == _expected(s, text)
    document = json.loads(text)
    people, orgs = document["people"], document["organizations"]
    assert any("photo" in p for p in people) and any("photo" not in p for p in people)
    assert any(p["languages"] is None for p in people)
    assert any(o["parent"] for o in orgs) and any(o["parent"] is None for o in orgs)
    points = document["talking_points"]
    assert any(p["targets"] for p in points) and any(p["priorities"] for p in points)
    assert any(p["last_reviewed"] for p in points) and document["engagements"]
    assert {p["title"] for p in points} >= set(ODD)


def test_write_export_writes_the_text_and_counts_the_records(db, tmp_path):
    _fill(db)
    with db.session() as s:
        target, counts = write_export(s, tmp_path / "out.json")
        text = export_json(s)
    assert target.read_text(encoding="utf-8") == text
    document = json.loads(text)
    assert counts == {name: len(document[name]) for name in ENTITIES}
    assert counts["people"] > 1 and counts["review_comments"] == 2


def test_an_empty_database_exports_the_empty_document(db):
    with db.session() as s:
        counts: dict = {}
        text = "".join(export_parts(s, counts))
    expected = {name: [] for name in ENTITIES} | {"format": "briefing-app", "version": 1}
    assert text == dumps(expected)
    assert set(counts.values()) == {0}


def test_an_export_reads_one_snapshot(demo_db):
    """A change committed while the export runs is not in it (nor half of it)."""
    with demo_db.session() as s:
        read_snapshot(s)
        parts = export_parts(s)
        head = next(parts)  # the meetings are read: the snapshot is taken
        with demo_db.session() as other, other.begin():
            other.add(Organization(uid="LATE", name_en="Added during the export"))
        text = head + "".join(parts)
    assert '"LATE"' not in text
    with demo_db.session() as s:
        assert '"LATE"' in export_json(s)
