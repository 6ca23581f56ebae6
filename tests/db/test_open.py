"""The front door: where the database is (the same for the GUI and the CLI), and what
an open database can do."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_app import paths
from briefing_app.db.open import Capabilities, choose_location
from briefing_app.db.session import Database, resolve_url
from briefing_app.settings import Settings


def _prefer(path: Path) -> None:
    Settings(database=str(path)).save()


def test_location_order_is_given_then_environment_then_preferences_then_default(
    monkeypatch, tmp_path
):
    default = choose_location()
    assert default.is_default and default.value == str(paths.default_database_path())
    _prefer(tmp_path / "pref.db")
    assert choose_location() == choose_location(None)
    assert (choose_location().source, choose_location().value) == (
        "preferences",
        str(tmp_path / "pref.db"),
    )
    monkeypatch.setenv("BRIEFING_APP_DB", str(tmp_path / "env.db"))
    assert choose_location().source == "BRIEFING_APP_DB"
    assert choose_location(tmp_path / "arg.db").value == str(tmp_path / "arg.db")
    assert choose_location(tmp_path / "arg.db").source == "--db"


def test_preferences_given_loaded_are_not_read_again(tmp_path):
    _prefer(tmp_path / "on-disk.db")
    loaded = Settings(database=str(tmp_path / "loaded.db"))
    assert choose_location(None, loaded).value == str(tmp_path / "loaded.db")


def test_url_follows_preferences(tmp_path):
    _prefer(tmp_path / "pref.db")
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'pref.db'}"


def test_a_damaged_settings_file_means_the_default(app_home):
    (app_home / "settings.json").write_text("{not json", encoding="utf-8")
    assert choose_location().is_default


def test_capabilities_of_a_sqlite_file(db):
    can = db.capabilities
    assert can == Capabilities("sqlite", False, True, True, "fts5")


def test_capabilities_of_a_read_only_file(db):
    from briefing_app.services.lock import connect_read_only

    ro = connect_read_only(db.path, "a CD")
    try:
        assert ro.capabilities.read_only and ro.capabilities.writer_lock
        assert ro.read_only_reason == "a CD"
    finally:
        ro.dispose()


@pytest.mark.parametrize(
    ("url", "backend", "has_file", "search"),
    [
        ("postgresql+psycopg://team@server/briefing", "postgresql", False, "pg_trgm"),
        ("postgres://team@server/briefing", "postgresql", False, "pg_trgm"),
        ("sqlite://", "sqlite", False, "fts5"),
        ("sqlite:///:memory:", "sqlite", False, "fts5"),
        ("mysql://x@y/z", "mysql", False, "like"),
    ],
)
def test_capabilities_follow_the_url_without_connecting(url, backend, has_file, search):
    db = Database(url, opener=lambda: pytest.fail("nothing is opened to state capabilities"))
    can = db.capabilities
    assert (can.backend, can.writer_lock, can.file_backup, can.search_kind) == (
        backend,
        has_file,
        has_file,
        search,
    )
    assert not can.read_only


def test_dispose_releases_the_writer_lock_it_holds(db):
    from briefing_app.services.lock import WriterLock, lock_path

    lock = WriterLock(db.path)
    lock.acquire()
    holder = Database(db.url, db.engine, db.sessions, lock=lock)
    assert lock_path(db.path).exists()
    holder.dispose()
    assert holder.lock is None and not lock_path(db.path).exists()


def test_capabilities_at_a_location_without_opening_it(tmp_path):
    from briefing_app.db.session import capabilities_at

    assert capabilities_at(tmp_path / "new.db").file_backup
    assert not (tmp_path / "new.db").exists()
    server = capabilities_at("postgresql+psycopg://team@server/briefing")
    assert (server.backend, server.writer_lock, server.file_backup) == ("postgresql", False, False)


def test_a_database_without_file_backups_is_refused_in_one_line(capsys):
    from briefing_app.cli import run

    assert run(["--db", "mysql://team@server/briefing", "backup"]) == 2  # no pg_dump either
    assert "not on a database server" in capsys.readouterr().err
