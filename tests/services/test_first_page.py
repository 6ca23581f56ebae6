"""The meetings' first page read with sqlite3 (fast start) equals what the ORM path
(``library_lists``) gives, so the two cannot drift apart."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from briefing_app.db.models import Meeting
from briefing_app.services import library_lists, list_rows
from briefing_app.services.first_page import meetings_first_page
from briefing_app.ui.item_models.library_table import PAGE_SIZE


def _orm_page(db, limit, language="en"):
    with db.session() as s:
        rows = library_lists.page(s, "meeting", 0, limit, language=language)
        return library_lists.count(s, "meeting"), rows


def _same(db, limit, language="en"):
    fast = meetings_first_page(db.path, limit, language)
    total, rows = _orm_page(db, limit, language)
    assert (fast.kind, fast.language) == ("meeting", language)
    assert (fast.total, fast.rows) == (total, rows)
    for a, b in zip(fast.rows, rows, strict=True):  # same types too (datetime, str, None)
        assert [type(c) for c in a.cells] == [type(c) for c in b.cells]
    return fast


def test_column_keys_are_declared_once():
    for language in ("en", "zh"):
        for kind, keys in list_rows.COLUMN_KEYS.items():
            assert tuple(library_lists.columns(kind, language)) == keys
    assert library_lists.DEFAULT_SORT is list_rows.DEFAULT_SORT
    assert library_lists.ListRow is list_rows.ListRow


def test_demo_database(demo_db):
    fast = _same(demo_db, PAGE_SIZE)
    assert fast.rows and fast.total == len(fast.rows)
    assert fast.rows[0].cells[1] == "Roundtable 2022"


def test_titles_in_chinese_where_there_are_some(demo_db):
    with demo_db.session() as s, s.begin():
        s.add(Meeting(title="Only in English", starts_at=datetime(2030, 1, 1)))
    titles = [r.cells[1] for r in _same(demo_db, PAGE_SIZE, "zh").rows]
    assert titles == ["世界知识产权组织中国办事处2022年圆桌会议", "Only in English"]


def test_empty_database(db):
    assert _same(db, PAGE_SIZE).rows == []


@pytest.mark.parametrize("limit", [PAGE_SIZE, 7])
def test_more_meetings_than_one_page(db, limit):
    start = datetime(2025, 3, 1, 9, 30)
    with db.session() as s, s.begin():
        for i in range(PAGE_SIZE + 37):
            when = None if i % 11 == 0 else start + timedelta(hours=i % 50, microseconds=i % 3)
            s.add(Meeting(title=f"Meeting {i:03}", city=["Beijing", ""][i % 2],
                          venue="Hall" if i % 3 else "", starts_at=when,
                          status=["planned", "held"][i % 2]))  # fmt: skip
    fast = _same(db, limit)
    assert _same(db, limit, "zh").rows == fast.rows  # no Chinese titles: the English ones
    assert fast.total == PAGE_SIZE + 37 and len(fast.rows) == limit
    assert any(r.cells[0] is None for r in _orm_page(db, PAGE_SIZE + 37)[1])  # nulls sort last
