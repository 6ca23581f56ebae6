"""``briefing-app participants MEETING --out FILE.xlsx``: export the participant list."""

from __future__ import annotations

from briefing_app.commands import database


def register(sub) -> None:
    p = sub.add_parser(
        "participants", help="export a meeting's participant list (Excel, order of precedence)"
    )
    p.add_argument("meeting", metavar="MEETING", help="meeting id or part of its title")
    p.add_argument("--out", required=True, metavar="FILE.xlsx", help="workbook to write")
    p.add_argument(
        "--lang",
        "--language",
        dest="language",
        choices=("en", "zh", "both"),
        help="language of headers and labels (default: the meeting's)",
    )
    p.set_defaults(handler=run)


def run(args) -> int:
    from briefing_app.domain.text import CleanReport
    from briefing_app.errors import UserError
    from briefing_app.services.meetings import find_meeting
    from briefing_app.services.participants import export_participants

    if not args.out.lower().endswith(".xlsx"):
        raise UserError(f"{args.out}: the participant list is an Excel workbook; name it .xlsx")
    db = database(args)
    report = CleanReport()
    try:
        with db.session() as session:
            meeting = find_meeting(session, args.meeting)
            path = export_participants(
                session, meeting.id, args.out, language=args.language, report=report
            )
            count = len(meeting.participants)
    finally:
        db.dispose()
    for line in report.lines():
        print(f"note: {line}")
    print(f"{path}: {count} participant(s) of {meeting.title}")
    return 0
