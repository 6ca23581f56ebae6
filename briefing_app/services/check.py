"""Health check of a SQLite database file (no Qt): ``integrity_check`` and
``foreign_key_check``, whether the file is a Briefing App database at all, and
whether its schema is exactly what its revision must have
(``services/schema_check.py``: an extra trigger or a dropped column is named).

The file is opened read-only with Python's sqlite3, never through the app's
engine, so a check never migrates, locks out a writer or changes the file.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from briefing_app.errors import UserError

#: How every "this file is not ours" problem starts (also in services/schema_check.py).
NOT_OURS = "this is not a Briefing App database"
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
    """A plain sqlite3 connection that cannot write to ``path`` (also on read-only media)."""
    from briefing_app.db.read_only import open_read_only

    return open_read_only(path)


def known_revisions() -> frozenset[str]:
    """Every schema revision this version of the app knows (read without importing Alembic)."""
    from briefing_app.db import migrate

    return migrate.known_revisions()


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


def check_database(path: Path | str, count_rows: bool = True, schema: bool = True) -> CheckReport:
    """Run every check on the database file at ``path``; never raises for a bad file.

    ``count_rows=False`` skips counting the rows of every table (only the
    report's summary line uses them; a diagnosis does not need them).
    ``schema=False`` skips comparing the schema with the app's (which runs the
    migrations on an empty database in memory, about half a second the first time).
    """
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
            _run_checks(conn, report, count_rows, schema)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        report.problems.append(_describe_error(exc))
    except UserError as exc:  # e.g. a -wal that cannot be read on a read-only medium
        report.problems.append(str(exc))
    return report


def _run_checks(
    conn: sqlite3.Connection, report: CheckReport, count_rows: bool, schema: bool
) -> None:
    rows = [r[0] for r in conn.execute(f"PRAGMA integrity_check({MAX_REPORTED})")]
    if rows != ["ok"]:
        report.problems.extend(f"integrity: {r}" for r in rows)
    _check_revision(conn, report, count_rows)
    if schema and report.revision in known_revisions():  # schema first: it is the worst
        from briefing_app.services.schema_check import schema_problems

        report.problems.extend(schema_problems(conn, report.revision))
    _check_references(conn, report)


def _check_references(conn: sqlite3.Connection, report: CheckReport) -> None:
    for table, rowid, parent, fk_id in conn.execute("PRAGMA foreign_key_check"):
        if len(report.problems) >= MAX_REPORTED:
            break
        column = _fk_column(conn, table, fk_id)
        report.problems.append(
            f"table {table}, row {rowid}: {column} refers to a missing record in {parent}"
        )


def _fk_column(conn: sqlite3.Connection, table: str, fk_id: int) -> str:
    for row in conn.execute(f'PRAGMA foreign_key_list("{table}")'):
        if row[0] == fk_id:
            return f"column {row[3]}"
    return "a column"


def _check_revision(conn: sqlite3.Connection, report: CheckReport, count_rows: bool) -> None:
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    report.tables = len(names)
    if count_rows:
        report.rows = sum(
            conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]
            for n in names
            if not n.startswith("sqlite_") and "_fts" not in n
        )
    if "alembic_version" not in names:
        report.problems.append(f"{NOT_OURS} (no schema version)")
        return
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    report.revision = row[0] if row else None
    if report.revision is None:
        report.problems.append(f"{NOT_OURS} (its schema version is not recorded)")
    elif report.revision not in known_revisions():
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
    report = check_database(path, count_rows=False, schema=False)
    integrity = [p for p in report.problems if not p.startswith("table ")]
    if integrity:
        return f"{path}: " + "; ".join(integrity[:3])
    return None


SQLITE_MAGIC = b"SQLite format 3\x00"


def header_problem(path: Path | str) -> str | None:
    """What the file's 100-byte header and its size say is wrong, or None.

    Cheap enough for every start (no page is read): catches a file that is not
    SQLite at all, a damaged header and a file cut short (smaller than the page
    count in its header, when no write-ahead log could still supply the pages).
    Deeper damage is found by ``diagnose_for_open``, which the GUI runs when
    opening fails and on a worker after the main window is shown.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        return f"{path}: the file cannot be read ({exc.strerror or exc})"
    if size == 0:
        return None
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        return (
            f"{path}: the file is not a database (it may be damaged, or a file of another program)"
        )
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return f"{path}: the database file is damaged (its header is invalid)"
    pages = int.from_bytes(header[28:32], "big")
    counted = pages > 0 and header[24:28] == header[92:96]  # the page count is current
    if counted and size < pages * page_size and not _has_wal(path):
        return (
            f"{path}: the database file is cut short ({size:,} of {pages * page_size:,} "
            "bytes); part of its data is missing"
        )
    return None


def _has_wal(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size > 0
    except OSError:
        return False
