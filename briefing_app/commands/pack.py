"""``briefing-app pack MEETING --out FILE.docx``: write the Word briefing pack."""

from __future__ import annotations

import sys

from briefing_app.commands import database


def register(sub) -> None:
    p = sub.add_parser(
        "pack",
        help="write the Word briefing pack for a meeting",
        description="Write the Word briefing pack for MEETING (an id or a unique part of "
        "its title), rendered from the shipped template or --template.",
    )
    p.add_argument("meeting", metavar="MEETING", help="meeting id or a unique part of its title")
    p.add_argument("--out", required=True, metavar="FILE.docx", help="the pack file to write")
    p.add_argument("--template", metavar="FILE.docx", help="Word template to render from")
    p.add_argument(
        "--lang",
        choices=("en", "zh", "both"),
        default=None,
        help="language of headings, labels and data (default: the pack_language setting)",
    )
    p.add_argument(
        "--include-drafts",
        action="store_true",
        help="also show draft talking points (marked DRAFT)",
    )
    p.set_defaults(handler=run, writes=True)


def run(args) -> int:
    from briefing_app.services.review.delivery import generate_version
    from briefing_app.settings import Settings

    language = args.lang or Settings.load().pack_language
    db = database(args)
    try:
        result = generate_version(  # records, writes and confirms: one outcome
            db,
            args.meeting,
            args.out,
            template=args.template,
            language=language,
            include_drafts=args.include_drafts,
        )
    finally:
        db.dispose()
    content = result.content
    print(
        f"{result.path}: briefing pack for {content.cover.title!r} ({language}, "
        f"{len(content.organizations)} organizations, "
        f"{len(content.talking_point_uids())} talking points); "
        f"recorded as pack version {result.version.number} (draft)"
    )
    for line in result.cleaned:
        print(f"note: {line}", file=sys.stderr)
    return 0
