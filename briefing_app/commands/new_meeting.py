"""``briefing-app new-meeting``: create a dated meeting with its delegations seated.

The same service as the GUI's New meeting dialog: the host's head comes in as
Host, each invited organization's head as Head of delegation (or a seat still
to be named), all in one transaction.
"""

from __future__ import annotations

from briefing_app.commands import database


def register(sub) -> None:
    p = sub.add_parser(
        "new-meeting",
        help="create a meeting: title, start, time zone, host, invited organizations",
    )
    p.add_argument("--title", required=True, help="title in English")
    p.add_argument("--title-zh", default="", help="title in Chinese")
    p.add_argument("--start", required=True, help='local start at the venue, "2026-03-22 09:30"')
    p.add_argument("--end", help="local end (default: two hours after the start)")
    p.add_argument("--tz", help="IANA time zone (default: the last one used, else the system's)")
    p.add_argument("--venue", default="")
    p.add_argument("--venue-zh", default="", help="venue in Chinese (for Chinese documents)")
    p.add_argument("--city", default="")
    p.add_argument("--city-zh", default="", help="city in Chinese")
    p.add_argument(
        "--classification", default="",
        help="classification marking (default: the one in Preferences)",
    )  # fmt: skip
    p.add_argument(
        "--classification-zh", default="",
        help="the marking in Chinese (default: the usual Chinese form of a listed marking)",
    )  # fmt: skip
    p.add_argument("--objectives", default="", help="purpose and objectives (\\n between lines)")
    p.add_argument(
        "--decisions", default="",
        help="decisions sought, shown on the pack's first page (\\n between lines)",
    )  # fmt: skip
    p.add_argument("--host", help="host organization (default: the office's own, Preferences)")
    p.add_argument(
        "--invite", action="append", default=[], metavar="ORG",
        help="organization to invite (id, acronym or part of the name); repeat for several",
    )  # fmt: skip
    p.add_argument(
        "--suggested-points", action="store_true",
        help="also choose the suggested talking points (approved, by priority)",
    )  # fmt: skip
    p.set_defaults(handler=run, writes=True)


def _moment(text: str, option: str):
    from datetime import datetime

    from briefing_app.errors import UserError

    try:
        return datetime.fromisoformat(text.strip().replace("T", " ")).replace(tzinfo=None)
    except ValueError:
        example = "2026-03-22 09:30"
        raise UserError(f'{option}: "{text}" is not a date and time like {example}') from None


def _lines(text: str) -> str:
    """A command-line value with "\\n" (backslash, n) between lines."""
    return "\n".join(line.strip() for line in text.replace("\\n", "\n").splitlines())


def _details(session, args, settings):
    from briefing_app.services import meeting_edit as me

    starts = _moment(args.start, "--start")
    ends = _moment(args.end, "--end") if args.end else starts + me.DEFAULT_LENGTH
    if args.host:
        host = me.find_organization(session, args.host).id
    else:
        host = me.office_organization(session, settings.host_organization, settings.office_name)
    zone = args.tz if args.tz is not None else me.default_zone(session, settings.last_timezone)
    return me.MeetingDetails(
        title=args.title, title_zh=args.title_zh, starts_at=starts, ends_at=ends,
        timezone=zone,
        venue=args.venue, venue_zh=args.venue_zh, city=args.city, city_zh=args.city_zh,
        classification=args.classification, classification_zh=args.classification_zh,
        host_organization_id=host,
        objectives=_lines(args.objectives), decisions=_lines(args.decisions),
        language=settings.pack_language,
    )  # fmt: skip


def run(args) -> int:
    from briefing_app.services import meeting_edit as me
    from briefing_app.settings import Settings

    settings = Settings.load()
    db = database(args)
    try:
        with db.session() as session, session.begin():
            details = _details(session, args, settings)
            invited = [me.find_organization(session, ref).id for ref in args.invite]
            meeting_id = me.create_new_meeting(
                session, details, invited, suggested_points=args.suggested_points
            )
            seats = len(me.list_participants(session, meeting_id))
            groups = me.point_groups(session, meeting_id)
            points = sum(n for *_, n in groups) + me.general_count(session, meeting_id)
        print(f"{meeting_id}\t{details.title}: {seats} seat(s), {points} talking point(s)")
    finally:
        db.dispose()
    return 0
