"""``briefing-app restore FILE``: replace the database with a backup.

The file must be a healthy Briefing App database: not damaged, no broken
reference, a known schema revision and exactly that revision's schema (no
extra trigger or view, no missing or changed column); otherwise nothing is
changed. The current database is backed up first, so a restore can itself be
undone.
"""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("restore", help="replace the database with a backup (backs up first)")
    p.add_argument("file", help="the backup file (see: briefing-app backup --list)")
    p.set_defaults(handler=run, writes=True)


def run(args) -> int:
    from briefing_app.commands.backup import database_file
    from briefing_app.services import backup

    database = database_file(args)
    result = backup.restore(database, args.file)
    print(f"{database}: restored from {result.restored_from}")
    if result.previous:
        print(f"the database as it was before is kept in {result.previous}")
    return 0
