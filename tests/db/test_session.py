"""Database location and SQLite connection settings."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from briefing_app import paths
from briefing_app.db.migrate import open_database
from briefing_app.db.session import BUSY_TIMEOUT_MS, DatabaseLocationError, resolve_url


def test_sqlite_pragmas(db):
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == BUSY_TIMEOUT_MS


def test_default_database_is_in_user_data_dir(app_home):
    assert resolve_url(None) == f"sqlite:///{app_home / 'briefing.db'}"
    assert paths.default_database_path().parent == app_home


def test_environment_variable_overrides_default(monkeypatch, tmp_path):
    monkeypatch.setenv("BRIEFING_APP_DB", str(tmp_path / "env.db"))
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'env.db'}"
    assert resolve_url(str(tmp_path / "arg.db")).endswith("arg.db")  # --db wins


def test_url_is_accepted(tmp_path):
    url = f"sqlite:///{tmp_path / 'u.db'}"
    db = open_database(url)
    assert db.path == tmp_path / "u.db" and db.path.exists()
    db.dispose()


@pytest.mark.parametrize("bad", ["{dir}", "{dir}/missing/folder/x.db"])
def test_bad_locations_are_explained(tmp_path, bad):
    with pytest.raises(DatabaseLocationError):
        resolve_url(bad.format(dir=tmp_path))


def test_foreign_keys_are_enforced(db):
    from sqlalchemy.exc import IntegrityError

    from briefing_app.db.models import Person

    with pytest.raises(IntegrityError), db.session() as s, s.begin():
        s.add(Person(organization_id=999, family_name="Nobody"))
