"""``briefing-app import FILE.json``: load a dataset in the interchange format.

The whole file is validated before anything is written; on any problem the
database is untouched and every problem is listed (exit 2). Records are
upserted by uid. A SQLite database is backed up before the write. After a large
import the search indexes are completed in the background (``search-index``).
"""

from __future__ import annotations

from briefing_app.commands import database


def register(sub) -> None:
    p = sub.add_parser(
        "import",
        help="load a JSON dataset (interchange format); all-or-nothing, upsert by uid",
    )
    p.add_argument("file", metavar="FILE.json", help="file in the interchange format")
    p.add_argument("--dry-run", action="store_true", help="validate and report, but write nothing")
    p.set_defaults(handler=run, writes=lambda a: not a.dry_run)


def run(args) -> int:
    from briefing_app.db.first_fill import filling_connection
    from briefing_app.services.backup import backup_before
    from briefing_app.services.interchange import apply, check_data, readable

    raw = readable(args.file)  # read a record at a time while it is checked
    db = database(args)
    try:
        with (
            filling_connection(db) as connection,
            db.sessions(bind=connection) as session,
            session.begin(),
        ):
            dataset = check_data(session, raw, source=args.file)
            if not args.dry_run:  # a database this command created holds nothing to back up
                backup = None if db.created else backup_before("import", db)
                result = apply(session, dataset)
        if args.dry_run:
            print(f"{args.file}: valid; nothing written (--dry-run)")
            for line in dataset.report.lines():
                print(f"  would clean {line}")
            return 0
        print(f"{args.file}: {result.summary()}")
        for line in result.cleaning_lines():
            print(line)
        if backup:
            print(f"backup of the database before the import: {backup}")
        _index_in_background(db)
    finally:
        db.dispose()
    return 0


def _index_in_background(db) -> None:
    """Records left out of the search indexes (a large import): index them in a
    process of their own (services/search_index.py); search works meanwhile."""
    from briefing_app.db.session import sqlite_path
    from briefing_app.services.search_index import pending, start_in_background

    path = sqlite_path(db.url)
    with db.engine.connect() as connection:
        left = pending(connection)
    if path is None or not left:
        return
    start_in_background(path)
    print(
        "the search index is being built in the background (a few seconds per 10,000 "
        "records); search finds everything meanwhile, more slowly"
    )
