"""``briefing-app comments MEETING``: list, add and resolve review comments."""

from __future__ import annotations

from briefing_app.commands import database


def register(sub) -> None:
    p = sub.add_parser(
        "comments",
        help="list, add or resolve review comments on a meeting's pack versions",
        description="List the review comments of MEETING (all versions, or --version N). "
        "--add TEXT --version N adds one, about --on KIND:WHAT (section:agenda, "
        "organization:NAME, talking_point:TITLE; default: the whole pack). "
        "--resolve ID / --reopen ID change a comment's state.",
    )
    p.add_argument("meeting", metavar="MEETING", help="meeting id or a unique part of its title")
    p.add_argument("--version", metavar="N", help="only this pack version")
    p.add_argument("--open", action="store_true", help="only comments not resolved")
    action = p.add_mutually_exclusive_group()
    action.add_argument("--add", metavar="TEXT", help="add a comment (needs --version)")
    action.add_argument("--resolve", metavar="ID", type=int, help="mark comment ID resolved")
    action.add_argument("--reopen", metavar="ID", type=int, help="mark comment ID open again")
    p.add_argument("--on", metavar="KIND:WHAT", default="section:", help="what it is about")
    p.add_argument("--as", dest="by", metavar="NAME", help="author name to record")
    p.set_defaults(handler=run, writes=_writes)


def _writes(args) -> bool:
    """Whether the command changes the database (it then takes the writer lock).
    ``is not None``: ``--resolve 0`` is still an action (and an error), not a listing."""
    return any(v is not None for v in (args.add, args.resolve, args.reopen))


def _change(session, args) -> str | None:
    from briefing_app.errors import UserError
    from briefing_app.services.review import comments
    from briefing_app.services.review.versions import find_version

    if args.resolve is not None or args.reopen is not None:
        resolve = args.resolve is not None
        wanted = args.resolve if resolve else args.reopen
        comment = comments.set_resolved(session, wanted, resolve, args.meeting)
        return f"comment {comment.id}: {'resolved' if comment.resolved else 'open'}"
    if args.add is None:
        return None
    if args.version is None:
        raise UserError("--add needs --version N (the pack version the comment is about)")
    kind, _, what = args.on.partition(":")
    pv = find_version(session, args.meeting, args.version)
    ref = comments.find_target(pv.snapshot, kind, what)
    comment = comments.add_comment(session, pv, args.add, kind, ref, args.by)
    return f"comment {comment.id} added to pack version {pv.number}"


def run(args) -> int:
    from briefing_app.services.review.comments import list_comments
    from briefing_app.services.review.versions import parse_number

    number = parse_number(args.version) if args.version is not None else None
    db = database(args)
    try:
        with db.session() as session, session.begin():
            message = _change(session, args)
            shown = list_comments(session, args.meeting, number, not args.open)
    finally:
        db.dispose()
    if message:
        print(message)
        return 0
    for c in shown:
        state = "resolved" if c.resolved else "open"
        print(f"#{c.id}\tv{c.version}\t{state}\t[{c.about}]\t{c.author}: {c.text}")
    if not shown:
        print("no comments")
    return 0
