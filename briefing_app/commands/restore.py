"""``briefing-app restore FILE``: replace the database with a backup.

The file must be a healthy Briefing App database: not damaged, no broken
reference, a known schema revision and exactly that revision's schema (no
extra trigger or view, no missing or changed column); otherwise nothing is
changed. The current database is backed up first, so a restore can itself be
undone.

On a PostgreSQL server the file is a ``pg_dump`` custom-format backup, replayed
with ``pg_restore`` in one transaction after the database is dumped as it is
(``services/server_backup.py``).
"""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("restore", help="replace the database with a backup (backs up first)")
    p.add_argument("file", help="the backup file (see: briefing-app backup --list)")
    p.set_defaults(handler=run, writes=True)


def run(args) -> int:
    from briefing_app.commands.backup import database_file, server_url
    from briefing_app.services import backup

    url = server_url(args)
    if url is not None:
        return _server(url, args.file)
    database = database_file(args)
    result = backup.restore(database, args.file)
    print(f"{database}: restored from {result.restored_from}")
    if result.previous:
        print(f"the database as it was before is kept in {result.previous}")
    return 0


def _server(url: str, file: str) -> int:
    """pg_restore of a dump into a team's server database, in one transaction."""
    from briefing_app.db.session import display_location
    from briefing_app.services.server_backup import restore_server

    result = restore_server(url, file)
    where = display_location(url)
    print(f"{where}: restored from {result.restored_from} (schema {result.revision})")
    print(f"the database as it was before is kept in {result.previous}")
    return 0
