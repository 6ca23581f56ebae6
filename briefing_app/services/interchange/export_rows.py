"""The library's big tables read for an export without making ORM instances.

An export of the scale dataset (75,000 organizations, people and talking points)
spent most of its time making ORM objects and filling their collections.
``plain_records`` reads a model's rows with a few Core queries instead and
returns light objects with the attributes ``export.serialize`` reads: columns
as their types load them (dates, enums, JSON lists), a reference as an object
with a ``uid``, a list of references as a list of those, a photo as an object
with ``format`` and ``data``. The JSON written is the same.
"""

from __future__ import annotations

from collections import defaultdict
from types import SimpleNamespace

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from briefing_app.services.interchange.schema import Field


class Ref:
    """A referenced record, as far as the export needs it."""

    __slots__ = ("uid",)

    def __init__(self, uid: str) -> None:
        self.uid = uid


def _uids(session: Session, model, cache: dict) -> dict[int, Ref]:
    if model not in cache:
        cache[model] = {i: Ref(u) for i, u in session.execute(select(model.id, model.uid))}
    return cache[model]


def _ref_lists(session: Session, relationship, cache: dict) -> dict[int, list[Ref]]:
    """Owner id -> the referenced records, through the association table."""
    (_owner, owner_key), *_ = relationship.synchronize_pairs
    (_target, target_key), *_ = relationship.secondary_synchronize_pairs
    refs = _uids(session, relationship.mapper.class_, cache)
    out: dict[int, list[Ref]] = defaultdict(list)
    for owner, target in session.execute(select(owner_key, target_key)):
        out[owner].append(refs[target])
    return out


def _photos(session: Session, relationship) -> dict[int, SimpleNamespace]:
    model = relationship.mapper.class_
    (key,) = relationship.remote_side
    rows = session.execute(select(key, model.format, model.data))
    return {owner: SimpleNamespace(format=fmt, data=data) for owner, fmt, data in rows}


def plain_records(session: Session, model, fields: tuple[Field, ...], cache: dict) -> list:
    """Every row of ``model`` as a light object with the attributes of ``fields``."""
    mapper = inspect(model)
    columns, refs, lists, photos = [], {}, {}, {}
    for f in (f for f in fields if not f.parent_key):
        if f.kind == "ref":
            rel = mapper.relationships[f.attribute]
            (fk,) = rel.local_columns
            key = mapper.get_property_by_column(fk).key
            refs[f.attribute] = (key, _uids(session, rel.mapper.class_, cache))
        elif f.kind == "reflist":
            lists[f.attribute] = _ref_lists(session, mapper.relationships[f.attribute], cache)
        elif f.kind == "photo":
            photos[f.attribute] = _photos(session, mapper.relationships[f.attribute])
        else:
            columns.append(f.attribute)
    keys = sorted({*columns, *(fk for fk, _ in refs.values())} - {"id"})
    query = select(model.id, *(mapper.columns[k] for k in keys))
    out = []
    for row in session.execute(query):
        record = SimpleNamespace(**dict(zip(("id", *keys), row, strict=True)))
        for attribute, (fk, targets) in refs.items():
            fk_value = getattr(record, fk)
            setattr(record, attribute, None if fk_value is None else targets[fk_value])
        for attribute, by_owner in lists.items():
            setattr(record, attribute, by_owner.get(record.id, ()))
        for attribute, by_owner in photos.items():
            setattr(record, attribute, by_owner.get(record.id))
        out.append(record)
    return out
