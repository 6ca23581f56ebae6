"""Search-as-you-type over meetings, organizations, people and talking points (no Qt).

SQLite FTS5 tables with the trigram tokenizer (migration 0002) index English
and Chinese alike. A trigram index only answers terms of three or more
characters, so 1-2 character terms (very common in Chinese: 刘, 商务) are
matched against names and titles instead: alone, through the one-character
index of those columns (migration 0014: candidates, each confirmed with LIKE);
alongside longer terms, with LIKE as an extra condition on the FTS matches.
PostgreSQL uses ILIKE served by trigram indexes (services/search_pg.py). Meetings, a few dozen rows
with no index of their own, are always matched with LIKE (title, Chinese title,
kind, venue, city). While a table's indexes are being built after a large import
(services/search_index.py), that kind is matched with LIKE too, in id order as
the index would give it. Results come back grouped by kind, as plain dataclasses.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace

from sqlalchemy import text
from sqlalchemy.orm import Session

from briefing_app.db.open import SEARCH_KINDS
from briefing_app.domain.bilingual import (
    in_language,
    organization_label,
    other_language,
    person_name,
)
from briefing_app.services.search_index import tables_being_indexed

KINDS = ("meeting", "organization", "person", "talking_point")

# kind -> (FTS table, content table, searched columns)
_TABLES = {
    "meeting": ("", "meetings", ("title", "title_zh", "kind", "venue", "city")),
    "organization": (
        "search_organizations",
        "organizations",
        ("name_en", "name_zh", "acronym", "country"),
    ),
    "person": (
        "search_people",
        "people",
        ("family_name", "given_name", "native_name", "title_en", "title_zh"),
    ),
    "talking_point": (
        "search_talking_points",
        "talking_points",
        ("title", "title_zh", "text_en", "text_zh"),
    ),
}

_MIN_TRIGRAM = 3

# Columns a 1-2 character term is matched against: names and titles only. Such
# terms cannot use the trigram index; alone, they are looked up in the
# one-character index of these columns (search_short_*, migration 0014, which
# mirrors this table) and confirmed with LIKE; beside longer terms, LIKE filters
# the trigram matches.
_SHORT_COLUMNS = {
    "meeting": ("title", "title_zh", "kind", "venue", "city"),
    "organization": ("name_en", "name_zh", "acronym"),
    "person": ("family_name", "given_name", "native_name"),
    "talking_point": ("title", "title_zh"),
}


@dataclass(frozen=True)
class Hit:
    """One result: what it is, its id, and two lines to show."""

    kind: str
    id: int
    title: str
    detail: str = ""
    #: Talking points: their status code ("draft", "approved", "retired").
    status: str = ""


@dataclass
class Results:
    """Hits per kind, in the order of ``KINDS``."""

    query: str
    groups: dict[str, list[Hit]] = field(default_factory=dict)

    def total(self) -> int:
        return sum(len(hits) for hits in self.groups.values())


def _terms(query: str) -> tuple[list[str], list[str]]:
    """(terms long enough for the trigram index, short terms for LIKE)."""
    words = [w for w in query.split() if w]
    return [w for w in words if len(w) >= _MIN_TRIGRAM], [w for w in words if len(w) < _MIN_TRIGRAM]


def _like(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _short_condition(prefix: str, columns, index: int) -> str:
    parts = [f"{prefix}{c} LIKE :s{index} ESCAPE '\\'" for c in columns]
    return "(" + " OR ".join(parts) + ")"


def _indexed_short(fts: bool, fts_table: str, long: list[str], short: list[str]) -> bool:
    """Short terms alone, answered by the one-character index (migration 0014): every
    character of them is a token there (letters and digits; anything else: LIKE)."""
    return fts and bool(fts_table) and not long and all(c.isalnum() for w in short for c in w)


def _short_sql(table: str, short_columns, short: list[str], params: dict) -> str:
    """Candidates from ``search_short_<table>`` (each term a phrase of its characters),
    each confirmed by the LIKE a scan would use, in the index's (id) order."""
    params["short"] = " AND ".join('"' + " ".join(w) + '"' for w in short)
    index = f"search_short_{table}"
    conds = [_short_condition("c.", short_columns, i) for i in range(len(short))]
    return (
        f"SELECT c.id FROM {index} JOIN {table} c ON c.id = {index}.rowid "
        f"WHERE {index} MATCH :short AND {' AND '.join(conds)} LIMIT :limit"
    )


def _ids(
    session: Session, kind: str, query: str, limit: int, fts: bool, in_order: bool = False
) -> list[int]:
    """The ids of up to ``limit`` matches; ``in_order``: a scan gives them in id order,
    as the FTS5 indexes do (the fallback while they are being built)."""
    if SEARCH_KINDS.get(session.get_bind().dialect.name) == "pg_trgm":
        from briefing_app.services.search_pg import ids  # ILIKE with trigram indexes

        return ids(session, kind, query, limit)
    fts_table, table, columns = _TABLES[kind]
    short_columns = _SHORT_COLUMNS[kind]
    long, short = _terms(query)
    params: dict = {"limit": limit}
    for i, word in enumerate(short):
        params[f"s{i}"] = _like(word)
    if _indexed_short(fts, fts_table, long, short):
        sql = _short_sql(table, short_columns, short, params)
    elif fts and long and fts_table:
        params["match"] = " AND ".join('"' + w.replace('"', '""') + '"' for w in long)
        where = [f"{fts_table} MATCH :match"]
        where += [_short_condition("", short_columns, i) for i in range(len(short))]
        sql = f"SELECT rowid FROM {fts_table} WHERE {' AND '.join(where)} LIMIT :limit"
    else:
        for j, word in enumerate(long):
            params[f"s{len(short) + j}"] = _like(word)
        conds = [_short_condition("", short_columns, i) for i in range(len(short))]
        conds += [_short_condition("", columns, len(short) + j) for j in range(len(long))]
        order = " ORDER BY id" if in_order else ""
        sql = f"SELECT id FROM {table} WHERE {' AND '.join(conds)}{order} LIMIT :limit"
    return list(session.execute(text(sql), params).scalars())


def _uses_fts(session: Session) -> bool:
    return SEARCH_KINDS.get(session.get_bind().dialect.name) == "fts5"


def search(session: Session, query: str, limit: int = 10, language: str = "en") -> Results:
    """Up to ``limit`` hits per kind for ``query`` (every word must match); names and
    titles in ``language`` ("en" or "zh", domain.bilingual), the other one as detail."""
    results = Results(query)
    if not query.strip():
        return results
    if SEARCH_KINDS.get(session.get_bind().dialect.name) == "pg_trgm":
        from briefing_app.services.search_pg import described  # one round trip

        for kind, rows in described(session, query, limit).items():
            results.groups[kind] = [_hit(kind, i, row, language) for i, row in rows]
        return results
    fts = _uses_fts(session)
    building = tables_being_indexed(session.connection()) if fts else set()
    for kind in KINDS:
        scan = _TABLES[kind][1] in building  # its index is being built: scan, same results
        ids = _ids(session, kind, query, limit, fts and not scan, in_order=scan)
        results.groups[kind] = _describe(session, kind, ids, language)
    return results


def _rows(session: Session, sql: str, ids: list[int]) -> dict[int, tuple]:
    placeholders = ", ".join(f":i{n}" for n in range(len(ids)))
    params = {f"i{n}": i for n, i in enumerate(ids)}
    rows = session.execute(text(sql.format(ids=placeholders)), params).all()
    return {row[0]: tuple(row[1:]) for row in rows}


_PERSON_NAME_FIELDS = ("family_name", "given_name", "name_order", "honorific", "native_name",
                       "name_zh")  # fmt: skip

# kind -> (rows, their id, the columns describing a hit: what _hit unpacks)
_DESCRIBED = {
    "meeting": ("meetings", "id", ("title", "title_zh", "starts_at", "venue", "city")),
    "organization": ("organizations", "id", ("name_en", "name_zh", "acronym")),
    "person": (
        "people p JOIN organizations o ON o.id = p.organization_id",
        "p.id",
        (
            *(f"p.{c}" for c in (*_PERSON_NAME_FIELDS, "title_en", "title_zh")),
            "o.name_en",
            "o.name_zh",
        ),
    ),
    "talking_point": ("talking_points", "id", ("title", "title_zh", "status")),
}

_DESCRIBE_SQL = {
    kind: f"SELECT {key}, {', '.join(columns)} FROM {rows} WHERE {key} IN ({{ids}})"
    for kind, (rows, key, columns) in _DESCRIBED.items()
}


def _describe(session: Session, kind: str, ids: list[int], language: str) -> list[Hit]:
    if not ids:
        return []
    rows = _rows(session, _DESCRIBE_SQL[kind], ids)
    return [_hit(kind, i, rows[i], language) for i in ids if i in rows]


def _joined(*parts: str | None) -> str:
    return " — ".join(p for p in parts if p)


def _hit(kind: str, record_id: int, row: tuple, language: str) -> Hit:
    if kind == "meeting":
        title, title_zh, starts_at, venue, city = row
        when = str(starts_at)[:10] if starts_at else ""
        other = other_language(language, title, title_zh)
        return Hit(kind, record_id, in_language(language, title, title_zh),
                   _joined(other, when, venue, city))  # fmt: skip
    if kind == "organization":
        name_en, name_zh, acronym = row
        title = organization_label(language, name_en, name_zh, acronym)
        return Hit(kind, record_id, title, other_language(language, name_en, name_zh))
    if kind == "person":
        return _person_hit(record_id, row, language)
    title, title_zh, status = row
    other = other_language(language, title, title_zh)
    return Hit(kind, record_id, in_language(language, title, title_zh), other, status)


def _person_hit(record_id: int, row: tuple, language: str) -> Hit:
    *names, title_en, title_zh, org_en, org_zh = row
    person = SimpleNamespace(**dict(zip(_PERSON_NAME_FIELDS, names, strict=True)))
    name, latin = person_name(language, person), person_name("en", person)
    other = person.native_name if language == "en" else latin
    name = f"{name} {other}" if other and other not in name else name
    where = (in_language(language, title_en, title_zh), in_language(language, org_en, org_zh))
    return Hit("person", record_id, name, _joined(*where))
