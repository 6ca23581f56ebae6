"""A new SQLite database built from the schema snapshot (db/new_schema.py) is the one
the real migrations build: every schema entry, every row, the file's pragmas."""

from __future__ import annotations

import sqlite3
import sys

import pytest

from briefing_app.db import new_schema, schema_snapshot
from briefing_app.db.migrate import current_revision, head_revision, open_database
from briefing_app.db.schema_shape import read_schema
from briefing_app.db.session import connect

#: What describes the file (not schema_version: a count of the changes made to it).
_PRAGMAS = ("user_version", "application_id", "page_size", "auto_vacuum", "encoding",
            "journal_mode", "foreign_key_check")  # fmt: skip


def _by_migrations(path) -> None:
    from alembic import command

    from tests.db.migration_helpers import migrate

    db = connect(f"sqlite:///{path}")
    try:
        migrate(db, command.upgrade, "head")
    finally:
        db.dispose()


def _everything(path) -> dict:
    """What a database file holds: entries, rows of every table, pragmas, revision."""
    conn = sqlite3.connect(path)
    try:
        master = sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))
        tables = [name for kind, name, _table, sql in master if kind == "table"]
        virtual = {n for k, n, _t, sql in master if k == "table" and sql.startswith("CREATE V")}
        rows = {
            name: sorted(conn.execute(f'SELECT * FROM "{name}"'), key=repr)
            for name in tables
            if name not in virtual  # their rows are their shadow tables' rows
        }
        pragmas = {p: conn.execute(f"PRAGMA {p}").fetchall() for p in _PRAGMAS}
        return {"master": master, "rows": rows, "pragmas": pragmas, "schema": read_schema(conn)}
    finally:
        conn.close()


def test_a_new_database_is_what_the_migrations_build(tmp_path):
    migrated, created = tmp_path / "migrated.db", tmp_path / "created.db"
    _by_migrations(migrated)
    db = open_database(str(created))
    try:
        assert current_revision(db.engine) == head_revision()
    finally:
        db.dispose()
    by_migrations, by_snapshot = _everything(migrated), _everything(created)
    assert by_snapshot["master"] == by_migrations["master"]  # the statements, byte for byte
    assert by_snapshot["rows"] == by_migrations["rows"]  # shadow tables, sqlite_sequence too
    assert by_snapshot["pragmas"] == by_migrations["pragmas"]
    assert by_snapshot["schema"] == by_migrations["schema"]
    assert by_snapshot["rows"]["alembic_version"] == [(head_revision(),)]
    assert len(by_snapshot["rows"]["organization_kinds"]) > 10  # rows the migrations wrote


def test_the_snapshot_is_of_the_head_and_as_generated():
    """After a new revision: ``python -m briefing_app.db.new_schema`` makes it again."""
    assert head_revision() == schema_snapshot.REVISION, "run: python -m briefing_app.db.new_schema"
    snapshot = new_schema.migrated_snapshot(head_revision())
    with open(schema_snapshot.__file__, encoding="utf-8") as file:
        assert file.read() == new_schema.module_text(head_revision(), snapshot)


OPEN_NEW_AND_LIST_MODULES = """
import sys
from briefing_app.db.migrate import open_database
open_database(sys.argv[1]).dispose()
print(sorted(m for m in sys.modules if m.split(".")[0] in ("alembic", "mako")))
"""


def test_creating_a_new_database_does_not_import_alembic(tmp_path):
    import subprocess

    out = subprocess.run(
        [sys.executable, "-c", OPEN_NEW_AND_LIST_MODULES, str(tmp_path / "new.db")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert out.strip() == "[]"


def test_a_snapshot_of_another_revision_is_not_used(tmp_path, monkeypatch):
    monkeypatch.setattr(schema_snapshot, "REVISION", "0001")

    def refuse(_driver):
        raise AssertionError("a stale snapshot was replayed")

    monkeypatch.setattr(new_schema, "create", refuse)
    migrated, opened = tmp_path / "migrated.db", tmp_path / "opened.db"
    _by_migrations(migrated)
    open_database(str(opened)).dispose()  # the migrations ran
    assert _everything(opened)["master"] == _everything(migrated)["master"]


def test_a_failure_while_creating_leaves_the_file_empty(tmp_path, monkeypatch):
    bad = (*schema_snapshot.TRIGGERS_AND_VIEWS, "CREATE TRIGGER broken")
    monkeypatch.setattr(schema_snapshot, "TRIGGERS_AND_VIEWS", bad)
    path = tmp_path / "new.db"
    with pytest.raises(sqlite3.OperationalError, match=r"incomplete input|syntax error"):
        open_database(str(path))
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone() == (0,)
