"""``briefing-app briefing-set MEETING --out DIR [--pdf]``: pack and list in one folder.

The same service as the desktop app's "Export briefing set…": the Word pack
(recorded as the meeting's next pack version) and the Excel participant list,
named after the meeting's date and title, and with ``--pdf`` PDF copies of both
made by LibreOffice. Without LibreOffice the documents are still written and
the command says so in one line (exit 2).
"""

from __future__ import annotations

import sys

from briefing_app.commands import add_bios_option, database


def register(sub) -> None:
    p = sub.add_parser(
        "briefing-set",
        help="write a meeting's Word pack and Excel list (and PDF copies) into one folder",
        description="Write the Word briefing pack and the Excel participant list of MEETING "
        "(an id or a unique part of its title) into one folder, named after the meeting's "
        "date and title; the pack is recorded as a new pack version.",
    )
    p.add_argument("meeting", metavar="MEETING", help="meeting id or a unique part of its title")
    p.add_argument(
        "--out",
        metavar="DIR",
        help="folder to write into (default: the folder of the last briefing set)",
    )
    p.add_argument("--pdf", action="store_true", help="also PDF copies (needs LibreOffice)")
    p.add_argument(
        "--lang",
        choices=("en", "zh", "both"),
        default=None,
        help="language of both documents (default: the pack_language setting)",
    )
    p.add_argument("--include-drafts", action="store_true", help="also show draft talking points")
    add_bios_option(p)
    p.set_defaults(handler=run, writes=True)


def run(args) -> int:
    from briefing_app.errors import UserError
    from briefing_app.services.briefing_set import add_pdf_copies, write_documents
    from briefing_app.settings import Settings

    settings = Settings.load()
    folder = args.out or settings.briefing_set_folder
    if not folder:
        raise UserError("briefing-set: give the folder to write into with --out DIR")
    language = args.lang or settings.pack_language
    db = database(args)
    try:
        written = write_documents(  # records the pack (one outcome with its file)
            db, args.meeting, folder, language, args.include_drafts, with_pdf=args.pdf,
            bios=args.bios,
        )  # fmt: skip
    finally:
        db.dispose()
    if args.pdf:
        written = add_pdf_copies(written)
    for path in written.files:
        print(path)
    print(f"pack recorded as pack version {written.version} (draft)")
    for line in written.notes:
        print(f"note: {line}", file=sys.stderr)
    if args.pdf and written.pdf_note:
        raise UserError(f"no PDF copies: {written.pdf_note}")
    return 0
