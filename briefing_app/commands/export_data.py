"""``briefing-app export-data --out FILE.json``: the whole database in the
interchange format (deterministic; importing it into an empty database and
exporting again gives the same bytes)."""

from __future__ import annotations

import sys

from briefing_app.commands import database


def register(sub) -> None:
    p = sub.add_parser("export-data", help="write the whole database as JSON (interchange format)")
    p.add_argument(
        "--out", required=True, metavar="FILE.json", help='output file ("-" for standard output)'
    )
    p.set_defaults(handler=run)


def run(args) -> int:
    from briefing_app.services.interchange.export import export_parts, read_snapshot, write_export

    db = database(args)
    try:
        with db.session() as session:
            read_snapshot(session)
            if args.out == "-":
                sys.stdout.writelines(export_parts(session))
                return 0
            target, counts = write_export(session, args.out)
    finally:
        db.dispose()
    wrote = ", ".join(f"{n} {name}" for name, n in counts.items() if n)
    print(f"{target}: wrote {wrote or 'an empty dataset'}")
    return 0
