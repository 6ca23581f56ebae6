"""An import into a new SQLite file writes through the rollback journal
(db/first_fill.py) and stays all-or-nothing: a failure or a killed process leaves
the empty database, in WAL mode, and a database that holds data keeps its WAL."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys

import pytest

from briefing_app.cli import run
from briefing_app.db.migrate import open_database
from briefing_app.services import interchange
from tests.services.test_interchange_roundtrip import full_document


@pytest.fixture
def document(tmp_path):
    path = tmp_path / "data.json"
    path.write_text(json.dumps(full_document()), encoding="utf-8")
    return path


def _modes_during_apply(monkeypatch, fail: bool = False) -> list[str]:
    """The journal mode each import's write saw (and make it fail, if asked)."""
    seen, real = [], interchange.apply

    def spying(session, dataset):
        seen.append(session.connection().exec_driver_sql("PRAGMA journal_mode").scalar())
        result = real(session, dataset)
        if fail:
            raise RuntimeError("disk pulled out")
        return result

    monkeypatch.setattr(interchange, "apply", spying)
    return seen


def _state(path) -> tuple:
    with sqlite3.connect(path) as conn:
        counts = tuple(
            conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("organizations", "people", "talking_points", "meetings", "audit_events")
        )
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        return counts, mode, conn.execute("PRAGMA integrity_check").fetchone()[0]


def test_a_new_database_is_filled_through_the_rollback_journal(tmp_path, document, monkeypatch):
    seen = _modes_during_apply(monkeypatch)
    db = tmp_path / "new.db"
    assert run(["--db", str(db), "import", str(document)]) == 0
    assert seen == ["delete"]
    counts, mode, integrity = _state(db)
    assert counts[0] > 0 and counts[4] > 0 and mode == "wal" and integrity == "ok"
    assert not db.with_name("new.db-journal").exists()
    assert run(["--db", str(db), "import", str(document)]) == 0  # holds data now: WAL
    assert seen == ["delete", "wal"]


def test_a_failed_first_import_leaves_the_empty_database(tmp_path, document, monkeypatch):
    seen = _modes_during_apply(monkeypatch, fail=True)
    db = tmp_path / "new.db"
    assert run(["--db", str(db), "import", str(document)]) == 1  # a bug: exit 1
    assert seen == ["delete"]
    assert _state(db) == ((0, 0, 0, 0, 0), "wal", "ok")
    open_database(str(db)).dispose()  # opens as an up-to-date database


KILLED_WHILE_WRITING = """
import os, signal, sys
from briefing_app.cli import run
from briefing_app.services.interchange import bulk

real = bulk.audit.record_created

def record_created(session, table, rows):
    real(session, table, rows)
    if table == "people":  # organizations and people are written, not committed
        os.kill(os.getpid(), signal.SIGKILL)

bulk.audit.record_created = record_created
run(["--db", sys.argv[1], "import", sys.argv[2]])
"""


def test_a_process_killed_while_filling_a_new_database_leaves_it_empty(tmp_path, document):
    db = tmp_path / "new.db"
    done = subprocess.run(
        [sys.executable, "-c", KILLED_WHILE_WRITING, str(db), str(document)],
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert db.with_name("new.db-journal").exists()  # the hot journal of the killed write
    opened = open_database(str(db))  # SQLite plays the journal back on opening
    opened.dispose()
    assert _state(db) == ((0, 0, 0, 0, 0), "wal", "ok")
    assert run(["--db", str(db), "import", str(document)]) == 0
    assert _state(db)[0][0] > 0


def test_an_import_into_a_new_database_takes_no_backup(tmp_path, document, app_home, capsys):
    db = tmp_path / "new.db"
    assert run(["--db", str(db), "import", str(document)]) == 0
    assert "backup" not in capsys.readouterr().out
    assert not list((app_home / "backups").glob("**/*.db"))
