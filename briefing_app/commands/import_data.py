"""``briefing-app import FILE.json``: load a dataset in the interchange format.

The whole file is validated before anything is written; on any problem the
database is untouched and every problem is listed (exit 2). Records are
upserted by uid. A SQLite database is backed up before the write.
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
    from briefing_app.services.backup import backup_before
    from briefing_app.services.interchange import apply, check_data, readable

    raw = readable(args.file)  # read a record at a time while it is checked
    db = database(args)
    try:
        with db.session() as session, session.begin():
            dataset = check_data(session, raw, source=args.file)
            if not args.dry_run:
                backup = backup_before("import", db)
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
    finally:
        db.dispose()
    return 0
