"""``briefing-app history (--meeting MEETING | --record UID)``: who changed what, when."""

from __future__ import annotations

from briefing_app.commands import database


def register(sub) -> None:
    p = sub.add_parser(
        "history",
        help="who changed what, when: a meeting's history or a record's",
        description="The audit trail (docs/history.md): every record created, changed, "
        "deleted or restored, by whom and when, with the fields that changed. "
        "--meeting lists the meeting, its agenda, participants, seating and versions, and "
        "the organizations, people and talking points it uses; --record lists one record "
        "(its uid, as `export-data` and `search` show it). Newest first; times in UTC.",
    )
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--meeting", metavar="MEETING", help="meeting id or part of its title")
    which.add_argument("--record", metavar="UID", help="the uid of one record")
    p.add_argument("--limit", type=int, default=200, metavar="N", help="at most N events (200)")
    p.add_argument("--lang", choices=("en", "zh"), default="en", help="language of the lines")
    p.set_defaults(handler=run)


def run(args) -> int:
    from briefing_app.errors import UserError
    from briefing_app.services.history import format_entries, meeting_history, record_history
    from briefing_app.services.meetings import find_meeting

    if args.limit < 1:
        raise UserError(f"--limit {args.limit}: give a number of events of 1 or more")
    db = database(args)
    try:
        with db.session() as session:
            if args.meeting:
                meeting = find_meeting(session, args.meeting)
                entries = meeting_history(session, meeting.id, limit=args.limit)
                subject = f'meeting "{meeting.title}"'
            else:
                entries = record_history(session, args.record.strip(), limit=args.limit)
                subject = f"record {args.record.strip()}"
    finally:
        db.dispose()
    if not entries:
        print(f"no recorded changes for {subject}")
    for line in format_entries(entries, args.lang):
        print(line)
    return 0
