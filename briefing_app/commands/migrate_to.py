"""``briefing-app [--db FILE] migrate-to URL``: move a local database onto the team's server.

Copies the local SQLite database into the EMPTY server database at URL, all
or nothing, and verifies the copy by comparing the export-data of both
(``services/move_in.py``). The local file is left as it was.
"""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser(
        "migrate-to",
        help="copy this (SQLite) database into an empty server database, verified (docs/team.md)",
    )
    p.add_argument("url", help="the server database, e.g. postgresql://anna@db.office/briefing")
    # The writer lock on the local file: nothing is saved there while it is copied.
    p.set_defaults(handler=run, writes=True)


def run(args) -> int:
    from briefing_app.commands import database
    from briefing_app.db.session import resolve_url
    from briefing_app.services.move_in import migrate_to

    target = resolve_url(args.url)
    source = database(args)

    def copied(table: str, rows: int) -> None:  # progress: a large library takes minutes
        if rows:
            print(f"  {table}: {rows:,} rows copied", flush=True)

    try:
        report = migrate_to(source, target, progress=copied)
    finally:
        source.dispose()
    counts = ", ".join(f"{n} {t}" for t, n in report.rows.items() if n) or "no rows"
    print(f"{report.target}: copied {report.total()} rows ({counts})")
    print("verified: export-data of the copy is identical to the original's")
    print(f"point the app at it with --db, BRIEFING_APP_DB or Preferences: {report.target}")
    return 0
