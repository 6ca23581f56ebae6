"""Health check of a SQLite database file (no Qt): ``integrity_check`` and
``foreign_key_check``, plus whether the file is a Briefing App database at all.

The file is opened read-only with Python's sqlite3, never through the app's
engine, so a check never migrates, locks out a writer or changes the file.
"""

from __future__ import annotations

import functools
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

#: SQLITE_FULL; the extended codes share the low byte.
DISK_FULL_CODES = frozenset({13})
MAX_REPORTED = 50


@dataclass
class CheckReport:
    """What ``check_database`` found; ``ok`` when ``problems`` is empty."""

    path: Path
    problems: list[str] = field(default_factory=list)
    revision: str | None = None
    tables: int = 0
    rows: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        if self.ok:
            return [
                f"{self.path}: OK — integrity check passed, no broken references "
                f"({self.tables} tables, {self.rows} rows, schema {self.revision})"
            ]
        head = f"{self.path}: {len(self.problems)} problem(s) found"
        return [head, *(f"  - {p}" for p in self.problems)]


def open_sqlite_read_only(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection that cannot write to ``path``."""
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)


@functools.cache
def known_revisions() -> frozenset[str]:
    """Every schema revision this version of the app knows."""
    from alembic.script import ScriptDirectory

    from briefing_app.db.migrate import alembic_config

    return frozenset(
        s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()
    )


def quick_integrity(path: Path) -> str | None:
    """None if SQLite's ``quick_check`` passes on ``path``, else what is wrong (one line)."""
    try:
        conn = open_sqlite_read_only(path)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA quick_check(5)")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return _describe_error(exc)
    return None if rows == ["ok"] else "; ".join(rows)


def _describe_error(exc: sqlite3.Error) -> str:
    text = str(exc)
    if "not a database" in text:
        return "the file is not a database (it may be damaged, or a file of another program)"
    if "malformed" in text:
        return "the database file is damaged (malformed)"
    if "unable to open" in text:
        return "the file cannot be opened"
    return text


def check_database(path: Path | str) -> CheckReport:
    """Run every check on the database file at ``path``; never raises for a bad file."""
    report = CheckReport(Path(path))
    if not report.path.is_file():
        report.problems.append("the file does not exist")
        return report
    if report.path.stat().st_size == 0:
        report.problems.append("the file is empty")
        return report
    try:
        conn = open_sqlite_read_only(report.path)
        try:
            _run_checks(conn, report)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        report.problems.append(_describe_error(exc))
    return report


def _run_checks(conn: sqlite3.Connection, report: CheckReport) -> None:
    rows = [r[0] for r in conn.execute(f"PRAGMA integrity_check({MAX_REPORTED})")]
    if rows != ["ok"]:
        report.problems.extend(f"integrity: {r}" for r in rows)
    for table, rowid, parent, fk_id in conn.execute("PRAGMA foreign_key_check"):
        if len(report.problems) >= MAX_REPORTED:
            break
        column = _fk_column(conn, table, fk_id)
        report.problems.append(
            f"table {table}, row {rowid}: {column} refers to a missing record in {parent}"
        )
    _check_schema(conn, report)


def _fk_column(conn: sqlite3.Connection, table: str, fk_id: int) -> str:
    for row in conn.execute(f'PRAGMA foreign_key_list("{table}")'):
        if row[0] == fk_id:
            return f"column {row[3]}"
    return "a column"


def _check_schema(conn: sqlite3.Connection, report: CheckReport) -> None:
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    report.tables = len(names)
    report.rows = sum(
        conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]
        for n in names
        if not n.startswith("sqlite_") and "_fts" not in n
    )
    if "alembic_version" not in names:
        report.problems.append("this is not a Briefing App database (no schema version)")
        return
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    report.revision = row[0] if row else None
    if report.revision not in known_revisions():
        report.problems.append(
            f"schema {report.revision} is unknown to this version of Briefing App (newer?)"
        )


def diagnose_for_open(path: Path | str) -> str | None:
    """Why the file at ``path`` must not be opened as the app's database, or None.

    A missing or empty file is not a problem here (it becomes a new database);
    damage, a file of another program or a newer schema are.
    """
    path = Path(path)
    if not path.is_file() or path.stat().st_size == 0:
        return None
    report = check_database(path)
    integrity = [p for p in report.problems if not p.startswith("table ")]
    if integrity:
        return f"{path}: " + "; ".join(integrity[:3])
    return None
