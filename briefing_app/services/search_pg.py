"""Search on PostgreSQL: ILIKE over the same columns SQLite's FTS5 tables index (no Qt).

Migration 0002 gives organizations, people and talking points one GIN trigram
index (pg_trgm) over their searched columns; PostgreSQL answers ``ILIKE
'%term%'`` from it for terms of three or more characters, in English and in
Chinese alike when the database's character type classifies CJK characters
as letters (any UTF-8 locale, ``C.UTF-8`` included; docs/team.md). Under the
plain ``C`` locale the index cannot help Chinese terms, but ILIKE still
finds them: the answer is the same, only slower on a large library.

As on SQLite, every word of the query must match, 1-2 character words are
matched against names and titles only, and hits come in record id order;
``services/search.py`` groups and describes them.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from briefing_app.services.search import _SHORT_COLUMNS, _TABLES, _like, _terms


def _condition(columns: tuple[str, ...], index: int) -> str:
    return "(" + " OR ".join(f"{c} ILIKE :w{index} ESCAPE '\\'" for c in columns) + ")"


def ids(session: Session, kind: str, query: str, limit: int) -> list[int]:
    """Ids of up to ``limit`` records of ``kind`` matching every word of ``query``."""
    _fts, table, columns = _TABLES[kind]
    long, short = _terms(query)
    words = [(w, _SHORT_COLUMNS[kind]) for w in short] + [(w, columns) for w in long]
    if not words:
        return []
    params: dict = {"limit": limit}
    conditions = []
    for i, (word, searched) in enumerate(words):
        params[f"w{i}"] = _like(word)
        conditions.append(_condition(searched, i))
    sql = f"SELECT id FROM {table} WHERE {' AND '.join(conditions)} ORDER BY id LIMIT :limit"
    return list(session.execute(text(sql), params).scalars())
