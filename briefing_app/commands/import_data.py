"""``briefing-app import FILE.json``: load a dataset in the interchange format.

The whole file is validated before anything is written; on any problem the
database is untouched and every problem is listed (exit 2). Records are
upserted by uid. A SQLite database is backed up before the write.
"""

from __future__ import annotations

from datetime import datetime

from briefing_app.commands import database


def register(sub) -> None:
    p = sub.add_parser(
        "import",
        help="load a JSON dataset (interchange format); all-or-nothing, upsert by uid",
    )
    p.add_argument("file", metavar="FILE.json", help="file in the interchange format")
    p.add_argument("--dry-run", action="store_true", help="validate and report, but write nothing")
    p.set_defaults(handler=run)


def run(args) -> int:
    from briefing_app.services.interchange import apply, check_data, read_file

    raw = read_file(args.file)
    db = database(args)
    try:
        with db.session() as session, session.begin():
            dataset = check_data(session, raw, source=args.file)
            if not args.dry_run:
                backup = _backup(db) if _holds_data(session) else None
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


def _holds_data(session) -> bool:
    """True if any library table has a row (an empty database needs no backup)."""
    from sqlalchemy import select

    from briefing_app.db.models import Meeting, Organization, Priority, TalkingPoint

    return any(
        session.scalar(select(model.id).limit(1)) is not None
        for model in (Organization, Priority, TalkingPoint, Meeting)
    )


def _backup(db):
    """Online-backup copy of a SQLite file that already holds data; None otherwise."""
    from briefing_app import paths
    from briefing_app.db.snapshot import copy_database

    if db.path is None or not db.path.exists():
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = paths.backups_dir(db.path) / f"{db.path.stem}-pre-import-{stamp}.db"
    return copy_database(db.path, target)
