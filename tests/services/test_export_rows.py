"""The export reads the library's big tables without ORM instances
(``interchange/export_rows``): each record serializes exactly as the ORM object
does, references, lists of references, photos and empty values included."""

from __future__ import annotations

from sqlalchemy import select

from briefing_app.db.models import Engagement, Organization, Person, Priority, TalkingPoint
from briefing_app.services.demo import load_demo
from briefing_app.services.interchange import import_data
from briefing_app.services.interchange.export import serialize
from briefing_app.services.interchange.export_rows import plain_records
from briefing_app.services.interchange.schema import ENTITIES
from tests.services.test_interchange_roundtrip import full_document

TABLES = {
    "organizations": Organization,
    "priorities": Priority,
    "people": Person,
    "talking_points": TalkingPoint,
    "engagements": Engagement,
}


def test_plain_records_serialize_as_the_orm_objects_do(db):
    with db.session() as s, s.begin():
        load_demo(s)
        import_data(s, full_document(), source="data.json")  # a parent, a photo, targets
    with db.session() as s:
        uids: dict = {}
        for name, model in TABLES.items():
            fields = ENTITIES[name][1]
            orm = {o.uid: serialize(o, fields) for o in s.scalars(select(model))}
            plain = {r.uid: serialize(r, fields) for r in plain_records(s, model, fields, uids)}
            assert plain == orm, name
            assert len(orm) > 1, name
        people = [serialize(r, ENTITIES["people"][1]) for r in plain_records(
            s, Person, ENTITIES["people"][1], uids)]  # fmt: skip
        assert any("photo" in p for p in people) and any("photo" not in p for p in people)
        orgs = [serialize(r, ENTITIES["organizations"][1]) for r in plain_records(
            s, Organization, ENTITIES["organizations"][1], uids)]  # fmt: skip
        assert any(o["parent"] for o in orgs) and any(o["parent"] is None for o in orgs)
        points = [serialize(r, ENTITIES["talking_points"][1]) for r in plain_records(
            s, TalkingPoint, ENTITIES["talking_points"][1], uids)]  # fmt: skip
        assert any(p["targets"] for p in points) and any(p["priorities"] for p in points)
