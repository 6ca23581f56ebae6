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
    from briefing_app.services.interchange import dumps, export_dataset, write_file

    db = database(args)
    try:
        with db.session() as session:
            document = export_dataset(session)
    finally:
        db.dispose()
    if args.out == "-":
        sys.stdout.write(dumps(document))
        return 0
    target = write_file(document, args.out)
    counts = ", ".join(f"{len(v)} {k}" for k, v in document.items() if isinstance(v, list) and v)
    print(f"{target}: wrote {counts or 'an empty dataset'}")
    return 0
