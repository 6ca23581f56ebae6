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
matched against names and titles only, and hits come in record id order.
``described`` finds and describes the hits of every kind in one statement (one
round trip to the server: a search as you type is mostly waiting for replies);
``services/search.py`` makes them into grouped hits.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from briefing_app.services.search import (
    _DESCRIBED,
    _SHORT_COLUMNS,
    _TABLES,
    KINDS,
    _like,
    _terms,
)


def _condition(columns: tuple[str, ...], index: int) -> str:
    return "(" + " OR ".join(f"{c} ILIKE :w{index} ESCAPE '\\'" for c in columns) + ")"


def _short_condition(columns: tuple[str, ...], index: int) -> str:
    """ILIKE (lower() of both sides, PostgreSQL's own way) over the columns joined: the
    same rows as ``_condition`` (a word has no space to span two columns; concat_ws
    skips NULLs), at half the cost of a scan, which a 1-2 character word may need (no
    adjacent-pair index: "in" among 20,000 names holding both letters)."""
    joined = "concat_ws(' ', " + ", ".join(columns) + ")"
    return f"lower({joined}) LIKE lower(:w{index}) ESCAPE '\\'"


def _characters(columns: tuple[str, ...], index: int) -> str:
    """Rows holding every character of short word ``index``: served by the GIN index of
    migration 0017 (the expression is written as the index's)."""
    return "briefing_chars(" + " || ' ' || ".join(columns) + f") @> briefing_chars(:c{index})"


def _params(long: list[str], short: list[str], limit: int) -> dict:
    """The words' parameters, the same for every kind (short words first, as in _found)."""
    params: dict = {"limit": limit}
    for i, word in enumerate(short + long):
        params[f"w{i}"] = _like(word)
    for i, word in enumerate(short):
        params[f"c{i}"] = word
    return params


def _found(kind: str, long: list[str], short: list[str]) -> str:
    """SQL of the ids of up to ``:limit`` records of ``kind`` matching every word."""
    fts, table, columns = _TABLES[kind]
    searched = [_SHORT_COLUMNS[kind]] * len(short) + [columns] * len(long)
    conditions = []
    for i, word_columns in enumerate(searched):
        if i >= len(short):
            conditions.append(_condition(word_columns, i))
            continue
        conditions.append(_short_condition(word_columns, i))
        if fts:  # meetings (a few hundred rows) have no such index
            conditions.append(_characters(word_columns, i))
    # The first ``limit`` hits the plan finds, then in id order: ORDER BY id LIMIT would
    # make PostgreSQL collect and sort every row holding a common character (人, 市).
    return f"SELECT id FROM {table} WHERE {' AND '.join(conditions)} LIMIT :limit"


def ids(session: Session, kind: str, query: str, limit: int) -> list[int]:
    """Ids of up to ``limit`` records of ``kind`` matching every word of ``query``."""
    long, short = _terms(query)
    if not long and not short:
        return []
    sql = f"SELECT id FROM ({_found(kind, long, short)}) AS hits ORDER BY id"
    return list(session.execute(text(sql), _params(long, short, limit)).scalars())


def described(session: Session, query: str, limit: int) -> dict[str, list[tuple[int, list]]]:
    """Per kind (``KINDS`` order), the hits ``ids`` finds with the columns that describe
    them (``search._DESCRIBED``), in id order: all in one statement, one round trip to
    the server instead of eight (ids, then descriptions, per kind)."""
    long, short = _terms(query)
    found: dict[str, list[tuple[int, list]]] = {kind: [] for kind in KINDS}
    if not long and not short:
        return found
    parts = [_described_sql(n, kind, long, short) for n, kind in enumerate(KINDS)]
    sql = " UNION ALL ".join(parts) + " ORDER BY kind, id"
    for n, record_id, row in session.execute(text(sql), _params(long, short, limit)):
        found[KINDS[n]].append((record_id, row))
    return found


def _described_sql(n: int, kind: str, long: list[str], short: list[str]) -> str:
    """Kind number ``n``, id and describing columns (one JSON array) of the hits of ``kind``."""
    rows, key, columns = _DESCRIBED[kind]
    return (
        f"SELECT {n} AS kind, {key} AS id, json_build_array({', '.join(columns)}) AS described "
        f"FROM {rows} WHERE {key} IN ({_found(kind, long, short)})"
    )
