"""Shared fixtures: every test gets its own data folder and real SQLite files."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from briefing_app.db.migrate import open_database


@pytest.fixture(autouse=True)
def app_home(tmp_path_factory, monkeypatch):
    """A fresh user data folder (database, backups, settings) for each test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("BRIEFING_APP_HOME", str(home))
    monkeypatch.delenv("BRIEFING_APP_DB", raising=False)
    return home


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "test.db"


@pytest.fixture
def db(db_path):
    """An empty, migrated database in a real SQLite file."""
    database = open_database(str(db_path))
    yield database
    database.dispose()


@pytest.fixture
def demo_db(db):
    """The database with the demo roundtable loaded."""
    from briefing_app.services.demo import load_demo

    with db.session() as session, session.begin():
        load_demo(session)
    return db


@pytest.fixture
def session(db):
    with db.session() as s:
        yield s


@pytest.fixture
def no_office(tmp_path, monkeypatch):
    """A machine without LibreOffice (for this process and the children it starts)."""
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.setenv("BRIEFING_APP_OFFICE", "")
