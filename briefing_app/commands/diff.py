"""``briefing-app diff MEETING [V1 V2]``: what changed between two pack versions."""

from __future__ import annotations

from briefing_app.commands import database


def register(sub) -> None:
    p = sub.add_parser(
        "diff",
        help="what changed between two pack versions of a meeting",
        description="Compare the content of two pack versions of MEETING: talking points "
        "added / removed / reworded (changed words as [-old-] {+new+}), participants, "
        "RSVPs, agenda, meeting details. Default: the last approved version and the newest.",
    )
    p.add_argument("meeting", metavar="MEETING", help="meeting id or a unique part of its title")
    p.add_argument("versions", metavar="V", nargs="*", help="two version numbers (optional)")
    p.add_argument(
        "--memo", metavar="FILE.docx", help='also write a Word memo "Changes since version N"'
    )
    p.add_argument(
        "--lang",
        choices=("en", "zh"),
        help="language of the comparison (default: English; the memo: the language of "
        "the newer pack version)",
    )
    p.set_defaults(handler=run)


def run(args) -> int:
    from briefing_app.errors import UserError
    from briefing_app.services.review.diff import compare_versions
    from briefing_app.services.review.diff_render import format_text
    from briefing_app.services.review.versions import find_version

    if len(args.versions) not in (0, 2):
        raise UserError("give two version numbers to compare (e.g. `diff MEETING 1 3`), or none")
    pair = args.versions or [None, None]
    db = database(args)
    try:
        with db.session() as session:
            comparison = compare_versions(session, args.meeting, *pair)
            if args.memo:
                from briefing_app.services.review.memo import write_memo

                newer = find_version(session, args.meeting, comparison.new_number)
                language = args.lang or newer.language
                memo = write_memo(comparison, newer.snapshot, args.memo, language)
    finally:
        db.dispose()
    print(format_text(comparison, args.lang or "en"))
    if args.memo:
        print(f"\n{memo}: memo written")
    return 0
