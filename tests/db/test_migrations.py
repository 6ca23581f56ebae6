"""Alembic: the chain is linear, upgrade-from-empty equals the models, and
opening an older database takes a backup before migrating."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from briefing_app import paths
from briefing_app.db.base import Base
from briefing_app.db.migrate import (
    DatabaseOpenError,
    alembic_config,
    head_revision,
    known_revisions,
    open_database,
    revision_map,
)
from briefing_app.db.session import connect


def _is_search_table(name: str) -> bool:
    """FTS5 virtual tables and their shadow tables are created by migrations only."""
    return name.startswith("search_")


def _include(obj, name, type_, reflected, compare_to) -> bool:
    return not (type_ == "table" and _is_search_table(name or ""))


def test_revision_chain_is_linear():
    script = ScriptDirectory.from_config(alembic_config())
    assert len(script.get_heads()) == 1, "more than one head: merge or re-chain revisions"
    assert len(script.get_bases()) == 1
    revisions = list(script.walk_revisions())
    for rev in revisions:
        assert not rev.is_merge_point, f"{rev.revision} is a merge"
        assert len(rev.nextrev) <= 1, f"{rev.revision} branches"


@pytest.fixture
def chain_db(db_path):
    """An empty database upgraded by every revision of the chain (``open_database`` gives
    a new SQLite file the snapshot of that instead: db/new_schema.py)."""
    from alembic import command

    from tests.db.migration_helpers import migrate

    database = connect(f"sqlite:///{db_path}")
    migrate(database, command.upgrade, "head")
    yield database
    database.dispose()


def test_upgrade_from_empty_matches_models(chain_db):
    with chain_db.engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": _include}
        )
        diff = compare_metadata(ctx, Base.metadata)
    assert diff == []


def test_every_model_table_exists_after_upgrade(chain_db):
    tables = set(inspect(chain_db.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables


def test_reopen_at_head_takes_no_backup(db_path):
    open_database(str(db_path)).dispose()
    open_database(str(db_path)).dispose()
    assert list(paths.backups_dir(db_path).iterdir()) == []


def test_older_database_is_backed_up_before_upgrade(db_path):
    first = ScriptDirectory.from_config(alembic_config()).get_base()
    if first == head_revision():
        pytest.skip("only one revision so far: nothing to migrate from")
    from alembic import command

    db = connect(f"sqlite:///{db_path}")
    with db.engine.begin() as conn:
        cfg = alembic_config(db.url)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, first)
        conn.execute(
            text(
                "INSERT INTO organizations (uid, name_en, name_zh, acronym, kind, country, "
                "mandate, relevance, website, notes, tags, version, created_at, updated_at) "
                "VALUES ('x', 'Keep me', '', '', 'other', '', '', '', '', '', '[]', 1, "
                "'2022-01-01', '2022-01-01')"
            )
        )
    db.dispose()
    open_database(str(db_path)).dispose()
    backups = list(paths.backups_dir(db_path).iterdir())
    assert len(backups) == 1 and first in backups[0].name
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT name_en FROM organizations").fetchall() == [("Keep me",)]


def test_foreign_database_is_refused(tmp_path):
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE songs (id INTEGER PRIMARY KEY)")
    with pytest.raises(DatabaseOpenError, match="another program"):
        open_database(str(other))
    with sqlite3.connect(other) as conn:  # untouched
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert names == {"songs"}


def test_newer_schema_is_refused(db_path):
    open_database(str(db_path)).dispose()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    with pytest.raises(DatabaseOpenError, match="newer version"):
        open_database(str(db_path))


def test_not_a_database_is_refused(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is a text file, not SQLite" * 100)
    with pytest.raises(DatabaseOpenError, match="cannot be opened"):
        open_database(str(junk))
    assert junk.read_bytes().startswith(b"this is a text file")


def test_revisions_read_without_alembic_match_alembic():
    script = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == script.get_current_head()
    assert known_revisions() == {rev.revision for rev in script.walk_revisions()}
    assert revision_map() == {
        rev.revision: tuple(rev._all_down_revisions) for rev in script.walk_revisions()
    }


OPEN_AND_LIST_MODULES = """
import sys
from briefing_app.db.migrate import open_database
open_database(sys.argv[1]).dispose()
print(sorted(m for m in sys.modules if m.split(".")[0] in ("alembic", "mako")))
"""


def test_opening_an_up_to_date_database_does_not_import_alembic(db_path):
    open_database(str(db_path)).dispose()  # created and migrated: Alembic was needed
    out = subprocess.run(
        [sys.executable, "-c", OPEN_AND_LIST_MODULES, str(db_path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert out.strip() == "[]"


def test_a_database_with_two_version_rows_is_refused(db_path):
    open_database(str(db_path)).dispose()
    with sqlite3.connect(db_path) as conn:
        conn.execute("INSERT INTO alembic_version VALUES ('0001')")
    with pytest.raises(DatabaseOpenError, match="several schema versions"):
        open_database(str(db_path))


def test_revision_lines_are_read_like_python():
    from briefing_app.db.migrate import _assigned_strings

    source = (
        '"""merge\n\nrevision = "mentioned in the docstring"\n"""\n'
        'revision: str = "0009"\ndown_revision = ("0007", "0008")\n'
        "def upgrade():\n    revision = 'local'\n"
    )
    assert _assigned_strings(source, {"revision", "down_revision"}) == {
        "revision": "0009",
        "down_revision": ("0007", "0008"),
    }
