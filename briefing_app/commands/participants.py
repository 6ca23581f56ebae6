"""``briefing-app participants MEETING --out FILE.xlsx|FILE.pdf``: export the participant list."""

from __future__ import annotations

from pathlib import Path

from briefing_app.commands import database


def register(sub) -> None:
    p = sub.add_parser(
        "participants", help="export a meeting's participant list (Excel, order of precedence)"
    )
    p.add_argument("meeting", metavar="MEETING", help="meeting id or part of its title")
    p.add_argument(
        "--out",
        required=True,
        metavar="FILE.xlsx|FILE.pdf",
        help="workbook to write (.pdf: a PDF of it made by LibreOffice)",
    )
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
    from briefing_app.services.meetings import find_meeting
    from briefing_app.services.participants import export_participants
    from briefing_app.services.pdf import make_pdf, output_format

    as_pdf = output_format(args.out, ".xlsx", "the participant list") == "pdf"
    db = database(args)
    report = CleanReport()
    try:
        with db.session() as session:
            meeting = find_meeting(session, args.meeting)

            def write(out):
                return export_participants(
                    session, meeting.id, out, language=args.language, report=report
                )

            if as_pdf:
                make_pdf(args.out, write, ".xlsx")
                path = Path(args.out).resolve()
            else:
                path = write(args.out)
            count = len(meeting.participants)
    finally:
        db.dispose()
    for line in report.lines():
        print(f"note: {line}")
    print(f"{path}: {count} participant(s) of {meeting.title}")
    return 0
