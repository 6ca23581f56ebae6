"""``restore`` and ``check`` compare a file's whole schema with its revision's
(issue 13, findings 1 and 2): hidden triggers, another program's file, a dropped
column and a broken reference are refused by restore (nothing changed) and
reported by check, each named in one line."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from briefing_app import cli, paths
from briefing_app.db.migrate import head_revision, open_database
from briefing_app.services import backup
from briefing_app.services.check import check_database
from tests.db.migration_helpers import migrate

WIPE_TRIGGER = (
    "CREATE TRIGGER organizations_search_sync AFTER INSERT ON organizations "
    "BEGIN DELETE FROM participants; DELETE FROM people; END"
)
FORGED_MARKING = (
    "CREATE TRIGGER pack_versions_stamp AFTER INSERT ON pack_versions "
    "BEGIN UPDATE meetings SET classification = 'UNCLASSIFIED // RELEASE TO PUBLIC'; END"
)
CHANGED_SEARCH_TRIGGER = (
    "CREATE TRIGGER search_organizations_ai AFTER INSERT ON organizations BEGIN "
    "INSERT INTO search_organizations(rowid, name_en, name_zh, acronym, country) "
    "VALUES (new.id, new.name_en, new.name_zh, new.acronym, new.country); "
    "DELETE FROM people; END"
)


def _alter(path, *statements: str) -> None:
    conn = sqlite3.connect(path)  # plain sqlite3: foreign keys off, as an attacker's tool
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def _rewrite_meetings(classification: str) -> list[str]:
    """Statements that edit the meetings table's stored definition in place."""
    return [
        "PRAGMA writable_schema = ON",
        "UPDATE sqlite_master SET sql = replace(sql, 'classification VARCHAR(100) NOT NULL', "
        f"'{classification.replace(chr(39), chr(39) * 2)}') WHERE name = 'meetings'",
    ]


@pytest.fixture
def saved(demo_db, tmp_path):
    """A real backup of the demo database, to be tampered with."""
    return backup.backup_now(demo_db, out=tmp_path / "saved.db")


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _counts(path) -> tuple[int, int, int]:
    conn = sqlite3.connect(path)
    try:
        return tuple(
            conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("organizations", "people", "participants")
        )
    finally:
        conn.close()


def _refused(demo_db, tmp_path, file, capsys) -> str:
    """Restore ``file`` with the CLI: exit 2, one line, the database untouched; the line."""
    demo_db.dispose()
    before, counts = _digest(demo_db.path), _counts(demo_db.path)
    assert cli.run(["--db", str(demo_db.path), "restore", str(file)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and len(err) <= 400, err
    assert "Traceback" not in err and str(file) in err
    assert _digest(demo_db.path) == before and _counts(demo_db.path) == counts
    assert not list(paths.backups_dir(demo_db.path).glob("*before-restore*"))
    assert not list(demo_db.path.parent.glob("*.restore-part"))
    return err


def _checked(file, capsys) -> str:
    """``check`` on ``file``: exit 2; its report."""
    assert cli.run(["--db", str(file), "check"]) == 2
    return capsys.readouterr().out


@pytest.mark.parametrize(
    ("statements", "named"),
    [
        ([WIPE_TRIGGER], "trigger organizations_search_sync is not part of the app's schema"),
        ([FORGED_MARKING], "trigger pack_versions_stamp is not part of the app's schema"),
        (
            ["DROP TRIGGER search_organizations_ai", CHANGED_SEARCH_TRIGGER],
            "trigger search_organizations_ai differs from the app's",
        ),
        (["CREATE VIEW leaked AS SELECT * FROM people"], "view leaked is not part of the app's"),
        (["DROP INDEX ix_people_organization_id"], "index ix_people_organization_id is missing"),
        (
            _rewrite_meetings("classification VARCHAR(100) NOT NULL DEFAULT 'PUBLIC'"),
            "column meetings.classification differs from the app's (VARCHAR(100) NOT NULL "
            "DEFAULT 'PUBLIC'; the app's: VARCHAR(100) NOT NULL)",
        ),
        (
            _rewrite_meetings("classification VARCHAR(100) NOT NULL CHECK (length(title) > 0)"),
            "table meetings differs from the app's (its constraints)",
        ),
    ],
    ids=[
        "wipe-trigger",
        "forged-marking",
        "changed-search-trigger",
        "extra-view",
        "no-index",
        "changed-default",
        "changed-constraint",
    ],
)
def test_a_tampered_schema_is_refused_and_reported(
    demo_db, saved, tmp_path, capsys, statements, named
):
    _alter(saved, *statements)
    assert named in _refused(demo_db, tmp_path, saved, capsys)
    assert named in _checked(saved, capsys)


def test_a_file_of_another_program_is_refused_in_one_clear_line(demo_db, tmp_path, capsys):
    other = tmp_path / "inventory.db"
    _alter(
        other,
        "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)",
        f"INSERT INTO alembic_version VALUES ('{head_revision()}')",
        "CREATE TABLE organizations (id INTEGER PRIMARY KEY, label TEXT)",
        "INSERT INTO organizations (label) VALUES ('Warehouse 4')",
    )
    err = _refused(demo_db, tmp_path, other, capsys)
    assert err == (
        f"briefing-app: {other} is not a Briefing App backup: it is a database of another program"
    )
    assert "a database of another program" in _checked(other, capsys)


def test_a_dropped_column_is_refused_and_reported(demo_db, saved, tmp_path, capsys):
    _alter(saved, "ALTER TABLE people DROP COLUMN bio")
    assert "column people.bio is missing" in _refused(demo_db, tmp_path, saved, capsys)
    assert "column people.bio is missing" in _checked(saved, capsys)


def test_an_extra_column_is_refused(demo_db, saved, tmp_path, capsys):
    _alter(saved, "ALTER TABLE meetings ADD COLUMN forwarded_to TEXT")
    assert "column meetings.forwarded_to is not part of the app's schema" in _refused(
        demo_db, tmp_path, saved, capsys
    )


def test_a_broken_foreign_key_is_refused(demo_db, saved, tmp_path, capsys):
    _alter(
        saved, "DELETE FROM organizations WHERE id = (SELECT organization_id FROM people LIMIT 1)"
    )
    err = _refused(demo_db, tmp_path, saved, capsys)
    assert ", row " in err and "organization_id refers to a missing record in organizations" in err


def test_a_healthy_backup_is_restored(demo_db, saved, capsys):
    demo_db.dispose()
    assert cli.run(["--db", str(demo_db.path), "restore", str(saved)]) == 0
    assert cli.run(["--db", str(demo_db.path), "check"]) == 0
    assert "OK" in capsys.readouterr().out


def test_an_older_revision_is_compared_with_that_revision(tmp_path):
    """A backup taken before a migration is checked against its own revision, and the
    same file upgraded by the app matches the head revision exactly."""
    from alembic import command

    from briefing_app.db.schema_shape import expected_schema
    from briefing_app.db.session import connect

    old = connect(f"sqlite:///{tmp_path / 'old.db'}")
    migrate(old, command.upgrade, "0003")
    old.dispose()
    assert backup.validate_backup(tmp_path / "old.db") == "0003"
    assert expected_schema("0003") != expected_schema(head_revision())
    open_database(str(tmp_path / "old.db")).dispose()  # upgraded from 0003, not from empty
    report = check_database(tmp_path / "old.db")
    assert report.ok, report.problems
    assert report.revision == head_revision()


def test_sql_is_compared_by_meaning_of_its_tokens_not_its_spelling():
    from briefing_app.db.schema_shape import normalize_sql

    a = 'CREATE INDEX "ix_a" ON [people] (`family_name`)'
    b = "create   index ix_a\n on people(family_name)"
    assert normalize_sql(a) == normalize_sql(b)
    assert normalize_sql("SET x = 'A'") != normalize_sql("SET x = 'a'")  # literals keep case
