"""``check`` for a PostgreSQL database: what can be checked from a client (no Qt).

The server keeps its own files whole and enforces every foreign key, so the
file-level checks of SQLite (``integrity_check``, ``foreign_key_check``) have
no counterpart here. What is checked: the server answers; the database is a
Briefing App database at a schema revision this app knows; its tables have
exactly the shape that revision must have (``db.portable_shape``: columns,
keys, uniques, indexes, compared with the real migrations run on an empty
database); pg_trgm and the trigram indexes search relies on are in place;
the triggers that enforce the roles (migration 0016) are there and enabled.
Nothing is written and nothing is migrated.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from briefing_app.db.session import display_location, make_engine
from briefing_app.services.check import NOT_OURS, CheckReport, known_revisions

SEARCH_INDEXES = ("ix_search_organizations", "ix_search_people", "ix_search_talking_points")
#: The revision that adds the character indexes for 1-2 character terms (0017).
SHORT_REVISION = "0017"
#: The revision that installs the role rules, and its triggers (migration 0016).
ROLES_REVISION = "0016"
ROLE_TRIGGERS = ("organization_kinds_guard", "pack_versions_review_guard")


@dataclass
class ServerCheckReport(CheckReport):
    """A ``CheckReport`` whose ``path`` is the server database's URL (without password);
    ``notes`` are worth knowing but not problems."""

    notes: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        if not self.ok:
            return super().lines() + [f"  note: {n}" for n in self.notes]
        return [
            f"{self.path}: OK — the server answers, the schema is revision {self.revision} "
            f"exactly, search indexes in place ({self.tables} tables, {self.rows} rows)",
            *(f"  note: {n}" for n in self.notes),
        ]


def check_server(url: str, count_rows: bool = True) -> ServerCheckReport:
    """Check the PostgreSQL database at ``url``; never raises for a bad database."""
    report = ServerCheckReport(display_location(url))
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            _run_checks(conn, report, count_rows)
    except DBAPIError as exc:
        first = str(exc.orig).strip().splitlines()
        report.problems.append(f"the server cannot be reached: {first[0] if first else exc}")
    finally:
        engine.dispose()
    return report


def _run_checks(conn, report: ServerCheckReport, count_rows: bool) -> None:
    from briefing_app.db.portable_shape import expected_shape, read_shape, shape_differences

    tables = set(inspect(conn).get_table_names())
    if "alembic_version" not in tables:
        report.problems.append(f"{NOT_OURS} (no schema version)" if tables else "it is empty")
        return
    revisions = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(revisions) != 1:
        report.problems.append(f"{NOT_OURS} (its schema version is not recorded)")
        return
    report.revision = revisions[0]
    if report.revision not in known_revisions():
        report.problems.append(
            f"schema {report.revision} is unknown to this version of Briefing App (newer?)"
        )
        return
    report.problems.extend(shape_differences(read_shape(conn), expected_shape(report.revision)))
    report.problems.extend(_search_problems(conn, _includes(report.revision, SHORT_REVISION)))
    if (
        _has_trigram_extension(conn)
        and not conn.execute(text("SELECT show_trgm('人民法院')")).scalar()
    ):
        report.notes.append(
            "this database's character type does not count Chinese characters as letters: "
            "Chinese searches work, but without the trigram index (docs/team.md, locale)"
        )
    if _includes(report.revision, ROLES_REVISION):
        report.problems.extend(_role_problems(conn))
    report.tables = len(tables)
    if count_rows:
        report.rows = sum(
            conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar() for t in sorted(tables)
        )


def _search_problems(conn, with_short: bool) -> list[str]:
    present = set(
        conn.execute(
            text("SELECT indexname FROM pg_indexes WHERE indexname LIKE 'ix\\_search\\_%'")
        ).scalars()
    )
    wanted = list(SEARCH_INDEXES)
    if with_short:
        wanted += [name.replace("ix_search_", "ix_search_short_") for name in SEARCH_INDEXES]
    missing = [name for name in wanted if name not in present]
    if not missing:
        return []
    return [
        f"search index {', '.join(missing)} is missing (search works, slowly): ask the "
        "administrator to check the pg_trgm extension (docs/team.md)"
    ]


def _includes(revision: str, wanted: str) -> bool:
    """Whether ``revision`` is ``wanted`` or comes after it in the chain."""
    from briefing_app.db.migrate import revision_map

    chain, seen = revision_map(), revision
    while seen is not None:
        if seen == wanted:
            return True
        downs = chain.get(seen, ())
        seen = downs[0] if downs else None
    return False


def _role_problems(conn) -> list[str]:
    present = set(
        conn.execute(
            text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> 'D'")
        ).scalars()
    )
    missing = [name for name in ROLE_TRIGGERS if name not in present]
    if not missing:
        return []
    return [
        f"role rule {', '.join(missing)} is missing or disabled: anyone may approve or change "
        "organization kinds (docs/team.md, Roles)"
    ]


def _has_trigram_extension(conn) -> bool:
    found = conn.execute(text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'"))
    return found.first() is not None
