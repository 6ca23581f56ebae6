"""Search on PostgreSQL: ILIKE over the same columns SQLite's FTS5 tables index (no Qt).

Migration 0002 gives organizations, people and talking points one GIN trigram
index (pg_trgm) over their searched columns; PostgreSQL answers ``ILIKE
'%term%'`` from it for terms of three or more characters, in English and in
Chinese alike when the database's character type classifies CJK characters
as letters (any UTF-8 locale, ``C.UTF-8`` included; docs/team.md). Under the
plain ``C`` locale the index cannot help Chinese terms, but ILIKE still
finds them: the answer is the same, only slower on a large library.

Words of 1-2 characters (the first keystrokes, most Chinese words) cannot use
trigrams: they are looked up in a GIN index of the characters of names and
titles (migration 0017), then confirmed by ILIKE.

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


def _characters(columns: tuple[str, ...], index: int) -> str:
    """Rows holding every character of short word ``index``: served by the GIN index of
    migration 0017 (the expression is written as the index's)."""
    return "briefing_chars(" + " || ' ' || ".join(columns) + f") @> briefing_chars(:c{index})"


def ids(session: Session, kind: str, query: str, limit: int) -> list[int]:
    """Ids of up to ``limit`` records of ``kind`` matching every word of ``query``."""
    fts, table, columns = _TABLES[kind]
    long, short = _terms(query)
    words = [(w, _SHORT_COLUMNS[kind]) for w in short] + [(w, columns) for w in long]
    if not words:
        return []
    params: dict = {"limit": limit}
    conditions = []
    for i, (word, searched) in enumerate(words):
        params[f"w{i}"] = _like(word)
        conditions.append(_condition(searched, i))
        if fts and i < len(short):  # meetings (a few hundred rows) have no such index
            params[f"c{i}"] = word
            conditions.append(_characters(searched, i))
    # The first ``limit`` hits the plan finds, then in id order: ORDER BY id LIMIT would
    # make PostgreSQL collect and sort every row holding a common character (人, 市).
    found = f"SELECT id FROM {table} WHERE {' AND '.join(conditions)} LIMIT :limit"
    sql = f"SELECT id FROM ({found}) AS hits ORDER BY id"
    return list(session.execute(text(sql), params).scalars())
