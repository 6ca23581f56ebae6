"""``briefing-app pack MEETING --out FILE.docx|FILE.pdf``: write the briefing pack."""

from __future__ import annotations

import sys
from pathlib import Path

from briefing_app.commands import add_bios_option, database


def register(sub) -> None:
    p = sub.add_parser(
        "pack",
        help="write the Word briefing pack for a meeting",
        description="Write the Word briefing pack for MEETING (an id or a unique part of "
        "its title), rendered from the shipped template or --template.",
    )
    p.add_argument("meeting", metavar="MEETING", help="meeting id or a unique part of its title")
    p.add_argument(
        "--out",
        required=True,
        metavar="FILE.docx|FILE.pdf",
        help="the pack file to write (.pdf: a PDF made by LibreOffice)",
    )
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
    add_bios_option(p)
    p.set_defaults(handler=run, writes=True)


def run(args) -> int:
    from briefing_app.services.pdf import make_pdf, output_format
    from briefing_app.services.review.delivery import generate_version
    from briefing_app.settings import Settings

    as_pdf = output_format(args.out, ".docx", "the briefing pack") == "pdf"
    language = args.lang or Settings.load().pack_language
    db = database(args)

    def write(out):
        return generate_version(  # records, writes and confirms: one outcome
            db,
            args.meeting,
            out,
            template=args.template,
            language=language,
            include_drafts=args.include_drafts,
            file_format="pdf" if as_pdf else "docx",
            bios=args.bios,
        )

    try:
        result = make_pdf(args.out, write, ".docx") if as_pdf else write(args.out)
    finally:
        db.dispose()
    path = Path(args.out).resolve() if as_pdf else result.path
    content = result.content
    print(
        f"{path}: briefing pack for {content.cover.title!r} ({language}, "
        f"{len(content.organizations)} organizations, "
        f"{len(content.talking_point_uids())} talking points); "
        f"{_recorded(result)}"
    )
    for line in result.cleaned:
        print(f"note: {line}", file=sys.stderr)
    return 0


def _recorded(result) -> str:
    """How the file was recorded: a new version, or another file of the newest one."""
    version = result.version
    state = "draft" if not version.is_approved else "approved"
    if result.again:
        return (
            f"pack version {version.number} ({state}) again: the content has not changed "
            f"since, so this file is recorded with it (files: {', '.join(version.files)})"
        )
    return f"recorded as pack version {version.number} ({state})"
