"""``briefing-app review MEETING VERSION --submit|--approve|--request-changes``."""

from __future__ import annotations

from briefing_app.commands import database


def register(sub) -> None:
    p = sub.add_parser(
        "review",
        help="submit a pack version for review, approve it or request changes",
        description="Move pack version VERSION of MEETING through review: draft → submitted "
        "→ approved or changes requested. The reviewer (--as, default: the user_name setting) "
        "and the time are recorded; --comment is kept as a comment on the whole pack.",
    )
    p.add_argument("meeting", metavar="MEETING", help="meeting id or a unique part of its title")
    p.add_argument("version", metavar="VERSION", help="pack version number (e.g. 2 or v2)")
    action = p.add_mutually_exclusive_group(required=True)
    action.add_argument("--submit", dest="action", action="store_const", const="submit")
    action.add_argument("--approve", dest="action", action="store_const", const="approve")
    action.add_argument(
        "--request-changes", dest="action", action="store_const", const="request_changes"
    )
    p.add_argument("--comment", metavar="TEXT", default="", help="a comment on the whole pack")
    p.add_argument("--as", dest="by", metavar="NAME", help="reviewer name to record")
    p.set_defaults(handler=run, writes=True)


def run(args) -> int:
    from briefing_app.services.review.status import STATUS_LABELS, change_status

    db = database(args)
    try:
        with db.session() as session, session.begin():
            pv = change_status(
                session, args.meeting, args.version, args.action, args.comment, args.by
            )
            status = STATUS_LABELS[str(pv.review_status)]
            line = f'"{pv.meeting.title}" pack version {pv.number}: {status}'
            if pv.reviewer:
                line += f" by {pv.reviewer}"
    finally:
        db.dispose()
    print(line)
    return 0
