"""``briefing-app badges MEETING --layout l7165 --out badges.docx|badges.pdf``:
name badges on label sheets, a colour band per role (docs/seating.md)."""

from __future__ import annotations

from briefing_app.commands import database

LAYOUTS = ("l7165", "l7173", "l7163", "5163", "5392", "custom")


def register(sub) -> None:
    p = sub.add_parser("badges", help="write name badges on label sheets (.docx or .pdf)")
    p.add_argument("meeting", metavar="MEETING", help="meeting id or part of its title")
    p.add_argument("--out", required=True, metavar="FILE", help="badges.docx or badges.pdf")
    p.add_argument(
        "--layout", default="l7165", metavar="|".join(LAYOUTS),
        help="label sheet (default l7165: A4, 2 x 4); custom needs --label and --grid",
    )  # fmt: skip
    p.add_argument("--label", metavar="WxHmm", help="custom label size, e.g. 90x55mm")
    p.add_argument("--grid", metavar="CxR", help="custom columns x rows, e.g. 2x4")
    p.add_argument("--paper", choices=("a4", "letter"), help="custom layout's paper (default a4)")
    p.add_argument(
        "--lang", "--language", dest="language", choices=("en", "zh", "both"),
        help="names in English, Chinese or both scripts (default: the meeting's)",
    )  # fmt: skip
    p.set_defaults(handler=run)


def run(args) -> int:
    from briefing_app.services.meetings import find_meeting
    from briefing_app.services.pdf import output_format
    from briefing_app.services.seating.label_sheets import sheet_named
    from briefing_app.services.seating.room_documents import export_badges

    output_format(args.out, ".docx", "badges")
    sheet = sheet_named(args.layout, args.label, args.grid, args.paper)
    db = database(args)
    try:
        with db.session() as session:
            meeting = find_meeting(session, args.meeting)
            done = export_badges(session, meeting, args.out, sheet, args.language)
            title = meeting.title
    finally:
        db.dispose()
    print(f"{done.path}: {done.count} badge(s) of {title} on {done.pages} sheet(s) of {sheet.name}")
    return 0
