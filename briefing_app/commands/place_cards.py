"""``briefing-app place-cards MEETING --out cards.docx|cards.pdf``: tent cards
folded from A4 or Letter, one a page, in seating order (docs/seating.md)."""

from __future__ import annotations

from briefing_app.commands import database


def register(sub) -> None:
    p = sub.add_parser(
        "place-cards", help="write tent place cards for a meeting (.docx or .pdf), one a page"
    )
    p.add_argument("meeting", metavar="MEETING", help="meeting id or part of its title")
    p.add_argument("--out", required=True, metavar="FILE", help="cards.docx or cards.pdf")
    p.add_argument("--paper", choices=("a4", "letter"), default="a4", help="sheet (default a4)")
    p.add_argument(
        "--lang", "--language", dest="language", choices=("en", "zh", "both"),
        help="names in English, Chinese or both scripts (default: the meeting's)",
    )  # fmt: skip
    p.add_argument("--org", action="store_true", help="print the organization under the name")
    p.set_defaults(handler=run)


def run(args) -> int:
    from briefing_app.services.meetings import find_meeting
    from briefing_app.services.pdf import output_format
    from briefing_app.services.seating.room_documents import export_cards

    output_format(args.out, ".docx", "place cards")
    db = database(args)
    try:
        with db.session() as session:
            meeting = find_meeting(session, args.meeting)
            done = export_cards(session, meeting, args.out, args.language, args.paper, args.org)
            title = meeting.title
    finally:
        db.dispose()
    paper = {"a4": "A4", "letter": "Letter"}[args.paper]
    print(f"{done.path}: {done.count} place card(s) of {title} ({paper}, one a page)")
    return 0
