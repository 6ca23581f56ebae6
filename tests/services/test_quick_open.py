"""The fast start's open: only ordinary databases, lock held, engine made on first use."""

from __future__ import annotations

import dataclasses
import json
import os
import sqlite3

import pytest
from sqlalchemy import text

from briefing_app.db.session import sqlite_path
from briefing_app.services import lock
from briefing_app.services.quick_open import quick_open


@pytest.fixture
def closed_db(db):
    """A migrated database file nobody has open."""
    db.dispose()
    return db.path


def test_ordinary_database_opens_lazily(closed_db):
    db = quick_open(str(closed_db))
    assert db is not None and not db.is_open and not db.read_only
    assert db.path == closed_db.resolve() and db.lock is not None
    assert lock.WriterLock(closed_db).path.exists()  # the lock is held from the start
    opened = []
    db.when_open(lambda d: opened.append(d))
    with db.session() as s:  # the first use makes the engine
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
    assert db.is_open and opened == [db]
    db.dispose()
    assert not lock.WriterLock(closed_db).path.exists()


def test_default_location(app_home):
    from briefing_app.db.migrate import open_database

    open_database(None).dispose()
    db = quick_open(None)
    assert db is not None and db.path == app_home / "briefing.db"
    db.dispose()


def test_dispose_before_first_use_releases_the_lock(closed_db):
    db = quick_open(str(closed_db))
    db.dispose()
    assert not db.is_open and not lock.WriterLock(closed_db).path.exists()


def _stamp(path, revision):
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    conn.close()


@pytest.mark.parametrize(
    "spoil",
    [
        lambda p: p.unlink(),  # missing: the full path creates it
        lambda p: p.write_bytes(b""),  # empty
        lambda p: p.write_bytes(b"not a database at all" * 10),
        lambda p: _stamp(p, "0004"),  # needs an upgrade (and a backup first)
        lambda p: _stamp(p, "9999"),  # written by a newer app
        lambda p: os.chmod(p, 0o444),  # read-only file
    ],
    ids=["missing", "empty", "garbage", "older", "newer", "read-only"],
)
def test_anything_unusual_takes_the_full_path(closed_db, spoil):
    spoil(closed_db)
    assert quick_open(str(closed_db)) is None
    assert not lock.WriterLock(closed_db).path.exists()  # no lock left behind


def test_locked_database_takes_the_full_path(closed_db):
    holder = lock.LockInfo(pid=1, host="elsewhere", user="someone", started="2025-01-01T10:00")
    lock.lock_path(closed_db).write_text(json.dumps(dataclasses.asdict(holder)))
    assert quick_open(str(closed_db)) is None
    assert lock.read_lock(lock.lock_path(closed_db)) == holder


def test_urls_take_the_full_path(closed_db, monkeypatch):
    assert quick_open(f"sqlite:///{closed_db}") is None
    monkeypatch.setenv("BRIEFING_APP_DB", f"sqlite:///{closed_db}")
    assert quick_open(None) is None


@pytest.mark.parametrize(
    "url",
    ["sqlite:///relative.db", "sqlite:////abs/path/x.db", "sqlite://", "sqlite:///:memory:",
     "sqlite:///a%20b.db", "sqlite:///x.db?mode=ro", "postgresql://u@h/db"],
)  # fmt: skip
def test_sqlite_path_agrees_with_sqlalchemy(url):
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    expected = (
        None
        if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:")
        else parsed.database
    )
    got = sqlite_path(url)
    assert (None if got is None else str(got)) == expected


def test_a_first_page_that_cannot_be_read_releases_the_lock(closed_db):
    """A stored value the fast path cannot read (here a number where a date should
    be, as another tool might write) must not leave the lock behind."""
    from briefing_app.ui.fast_start import open_fast

    with sqlite3.connect(closed_db) as conn:
        columns = conn.execute("PRAGMA table_info(meetings)").fetchall()
        values = {
            name: (0 if kind in ("INTEGER", "BOOLEAN") else "x")
            for _cid, name, kind, notnull, _default, pk in columns
            if notnull and not pk
        }
        values |= {"uid": "m", "starts_at": 20220323}
        names = ", ".join(values)
        conn.execute(f"INSERT INTO meetings ({names}) VALUES ({', '.join('?' * len(values))})",
                     list(values.values()))  # fmt: skip
    assert open_fast(str(closed_db)) is None  # the full open takes over
    assert not lock.lock_path(closed_db).exists()
