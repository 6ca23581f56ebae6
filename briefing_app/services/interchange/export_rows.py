"""The library's big tables written straight as interchange text.

An export of the scale dataset (75,000 organizations, people and talking points)
spent its time making ORM objects, then a dict per record, then running the
pure-Python JSON encoder (the only one that indents). Here each table is read
with one Core query (references joined as their uids, lists of references and
photos in one query each), ordered in Python as before, and turned into text a
thousand records at a time: their plain values (texts, numbers, dates, null) go
through the C JSON encoder in one call, and a template holding the keys and the
indentation puts them in place. The bytes are those ``json.dumps(document,
ensure_ascii=False, indent=2, sort_keys=True)`` writes (tests/services/test_export_rows.py).
"""

from __future__ import annotations

import base64
import json
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import lru_cache
from itertools import chain
from operator import itemgetter

from sqlalchemy import Text, cast, inspect, select
from sqlalchemy.orm import Session, aliased

from briefing_app.services.interchange.schema import ENTITIES, Field

#: One level of indentation of the canonical text.
INDENT = "  "
#: Records turned into text per call of the encoder.
CHUNK = 1000
#: Between the values of a chunk: never in an encoded value (a text's control
#: characters are escaped), so splitting on it gives the values back.
_CUT = "\x00"

#: How each library table's records are ordered: by these JSON keys; "?" marks a
#: number that may be null (the nulls after the others).
ORDER = {
    "organizations": ("precedence_rank?", "uid"),
    "priorities": ("position", "uid"),
    "people": ("organization", "rank?", "uid"),
    "talking_points": ("uid",),
    "engagements": ("organization", "date", "uid"),
}


def temporal_text(value: date | datetime | time) -> str:
    """A date, date-time or time as the format writes it (ISO 8601; a time whole
    minutes as "HH:MM")."""
    if isinstance(value, time):
        return value.isoformat("minutes" if not value.second and not value.microsecond else "auto")
    if isinstance(value, date):  # datetime too
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not a value of the interchange format")


_PLAIN = json.JSONEncoder(
    ensure_ascii=False, check_circular=False, separators=(_CUT, ": "), default=temporal_text
)


def value_text(value: object, depth: int) -> str:
    """``value`` as the canonical text writes it ``depth`` levels down."""
    text = json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True, default=temporal_text)
    return text.replace("\n", "\n" + INDENT * depth) if depth else text


json_string = json.encoder.encode_basestring  # a text as JSON, non-ASCII left as it is


def list_text(values: object, depth: int) -> str:
    """A list (of texts, most often) ``depth`` levels down."""
    if values == []:
        return "[]"
    if not isinstance(values, list) or not all(type(v) is str for v in values):
        return value_text(values, depth)
    inner = "\n" + INDENT * (depth + 1)
    return f"[{inner}{(',' + inner).join(map(json_string, values))}\n{INDENT * depth}]"


def array_text(records: Iterator[str], depth: int) -> Iterator[str]:
    """The pieces of a JSON array ``depth`` levels down whose items are ``records``
    (each already the text of one item, written one level further down)."""
    inner = "\n" + INDENT * (depth + 1)
    first = True
    for record in records:  # a chunk is megabytes: not copied to add the separator
        yield f"[{inner}" if first else f",{inner}"
        yield record
        first = False
    yield "[]" if first else f"\n{INDENT * depth}]"


@dataclass(frozen=True)
class _Key:
    """One JSON key of a record: a ``plain`` value goes through the encoder; the
    others (lists, photos) are made into text by ``texts(raw values of a chunk)``;
    an ``optional`` key's text brings its own separator and key, or is empty (a
    person without a photo has no "photo" key)."""

    name: str
    plain: bool
    texts: Callable[[list], list[str]] | None = None
    optional: bool = False


#: Kinds of field whose values the encoder writes as they are read.
_PLAIN_KINDS = {"str", "uid", "int", "bool", "enum", "timezone", "date", "datetime", "time"}


class _Table:
    """What to read of one library table and how to write its records, whose keys
    are ``depth`` levels down."""

    def __init__(self, session: Session, name: str, depth: int) -> None:
        model, fields = ENTITIES[name]
        self.model, self.mapper, self.session, self.depth = model, inspect(model), session, depth
        self.plain_columns: list = []
        self.other_columns: list = []
        self.joins: list = []
        self.keys: list[_Key] = []
        for f in sorted((f for f in fields if not f.parent_key), key=lambda f: f.name):
            self._add(f)
        self.plain = [k for k in self.keys if k.plain]
        self.other = [k for k in self.keys if not k.plain]
        self.shape = (depth, tuple((k.name, k.plain, k.optional) for k in self.keys))

    def _add(self, f: Field) -> None:
        depth = self.depth
        if f.kind in _PLAIN_KINDS:
            self.plain_columns.append(self.mapper.columns[f.attribute])
            self.keys.append(_Key(f.name, True))
        elif f.kind == "ref":
            relationship = self.mapper.relationships[f.attribute]
            (fk,) = relationship.local_columns
            target = aliased(relationship.mapper.class_)
            self.joins.append((target, fk == target.id))
            self.plain_columns.append(target.uid)
            self.keys.append(_Key(f.name, True))
        elif f.kind == "reflist":
            lists = _uid_lists(self.session, self.mapper.relationships[f.attribute])
            texts = {owner: list_text(uids, depth) for owner, uids in lists.items()}
            self._other(f.name, self.model.id, lambda ids: [texts.get(i, "[]") for i in ids])
        elif f.kind == "photo":  # the images are read a chunk at a time: they are large
            relationship, session = self.mapper.relationships[f.attribute], self.session
            (owner,) = relationship.remote_side
            owners = set(session.connection().scalars(select(owner)))
            key = f",\n{INDENT * depth}{json_string(f.name)}: "

            def texts(ids: list[int]) -> list[str]:
                photos = _photos(session, relationship, [i for i in ids if i in owners])
                return [key + value_text(photos[i], depth) if i in photos else "" for i in ids]

            self._other(f.name, self.model.id, texts, optional=True)
        elif f.kind == "strlist":  # read as the JSON text: most lists are empty
            column = cast(self.mapper.columns[f.attribute], Text)
            self._other(f.name, column, lambda raws: [_json_list(raw, depth) for raw in raws])
        else:  # "object"
            column = self.mapper.columns[f.attribute]
            self._other(f.name, column, lambda values: [value_text(v, depth) for v in values])

    def _other(self, name: str, column, texts: Callable, optional: bool = False) -> None:
        self.other_columns.append(column)
        self.keys.append(_Key(name, False, texts, optional))

    def rows(self, order: tuple[str, ...]) -> list:
        """Every row (id, plain values, other values), in ``order`` (see ORDER)."""
        query = select(self.model.id, *self.plain_columns, *self.other_columns)
        query = query.select_from(self.model)
        for target, on in self.joins:
            query = query.outerjoin(target, on)
        rows = self.session.connection().execute(query).all()  # Core rows, not ORM
        index = {k.name: 1 + i for i, k in enumerate(self.plain)}
        return sorted(rows, key=_sort_key(order, index))

    def records(self, rows: list) -> Iterator[str]:
        """The records' texts, ``CHUNK`` records (joined as array items) at a time."""
        first_other = 1 + len(self.plain)
        for start in range(0, len(rows), CHUNK):
            chunk = rows[start : start + CHUNK]
            plain = _PLAIN.encode(list(chain.from_iterable(row[1:first_other] for row in chunk)))
            values = plain[1:-1].split(_CUT)
            for i, key in enumerate(self.other, first_other):
                values += key.texts([row[i] for row in chunk])
            yield _template(self.shape, len(chunk)).format(*values)


def _json_list(raw: str, depth: int) -> str:
    """A list kept as JSON (a NOT NULL column: JSON ``null`` at most)."""
    return raw if raw == "[]" else list_text(json.loads(raw), depth)


@lru_cache(maxsize=32)
def _template(shape: tuple, count: int) -> str:
    """The ``str.format`` template of ``count`` records: the keys in sorted order,
    the indentation, and a field for each value (the plain values record after
    record, then the others key after key)."""
    depth, keys = shape
    plain = [name for name, is_plain, _ in keys if is_plain]
    other = [name for name, is_plain, _ in keys if not is_plain]
    optional = {name for name, _, is_optional in keys if is_optional}
    if sorted(n for n, _, _ in keys)[0] in optional:
        raise ValueError("the first key of a record cannot be optional")
    inner, outer = "\n" + INDENT * depth, "\n" + INDENT * (depth - 1)
    records = []
    for r in range(count):
        slot = {n: len(plain) * r + j for j, n in enumerate(plain)}
        slot |= {n: len(plain) * count + count * j + r for j, n in enumerate(other)}
        text = ""
        for name in sorted(slot):
            field = f"{{{slot[name]}}}"
            if name in optional:
                text += field
            else:
                text += f"{',' if text else ''}{inner}{json_string(name)}: {field}"
        records.append("{{" + text + outer + "}}")
    return ("," + outer).join(records)


def _sort_key(order: tuple[str, ...], index: dict[str, int]) -> Callable:
    parts = [(index[name.rstrip("?")], name.endswith("?")) for name in order]
    if not any(nullable for _, nullable in parts):
        return itemgetter(*(i for i, _ in parts))

    def key(row) -> list:
        out = []
        for i, nullable in parts:
            value = row[i]
            if nullable:
                out += (value is None, value or 0)
            else:
                out.append(value)
        return out

    return key


def _uid_lists(session: Session, relationship) -> dict[int, list[str]]:
    """Owner id -> the uids of the records it refers to (sorted), through the
    association table."""
    (_owner, owner_key), *_ = relationship.synchronize_pairs
    (_target, target_key), *_ = relationship.secondary_synchronize_pairs
    target = relationship.mapper.class_
    out: dict[int, list[str]] = defaultdict(list)
    query = select(owner_key, target.uid).join(target, target_key == target.id)
    for owner, uid in session.connection().execute(query):
        out[owner].append(uid)
    for uids in out.values():
        uids.sort()
    return out


def _photos(session: Session, relationship, owners: list[int]) -> dict[int, dict]:
    """Owner id -> the photo as the format writes it, for ``owners`` that have one."""
    if not owners:
        return {}
    model = relationship.mapper.class_
    (key,) = relationship.remote_side
    query = select(key, model.format, model.data).where(key.in_(owners))
    rows = session.connection().execute(query)
    return {
        owner: {"format": fmt, "data": base64.b64encode(data).decode("ascii")}
        for owner, fmt, data in rows
    }


def library_records(session: Session, name: str, depth: int) -> tuple[int, Iterator[str]]:
    """How many records the library table ``name`` has, and their texts (in chunks
    of records joined as the array ``depth - 1`` levels down joins its items)."""
    table = _Table(session, name, depth)
    rows = table.rows(ORDER[name])
    return len(rows), table.records(rows)
