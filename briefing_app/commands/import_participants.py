"""``briefing-app import-participants MEETING FILE [--apply]``: read an edited list back.

Without ``--apply`` it prints what would change and writes nothing. With
``--apply`` it backs up the database file first, then applies the whole change
in one transaction (or nothing, if anything is wrong).
"""

from __future__ import annotations

import sys

from briefing_app.commands import database


def register(sub) -> None:
    p = sub.add_parser(
        "import-participants",
        help="preview (or --apply) an edited participant list from .xlsx or .csv",
    )
    p.add_argument("meeting", metavar="MEETING", help="meeting id or part of its title")
    p.add_argument("file", help="the edited list (.xlsx, or .csv in UTF-8/UTF-16/GB18030)")
    p.add_argument("--apply", action="store_true", help="apply the changes (all or nothing)")
    p.set_defaults(handler=run, writes=lambda a: a.apply)


def _refusal(preview) -> str:
    """The one line on stderr when the file cannot be applied (the details are above)."""
    what = [f"{len(preview.problems)} problem(s)"] if preview.problems else []
    what += [f"{len(preview.ambiguous)} ambiguous row(s)"] if preview.ambiguous else []
    return f"briefing-app: {preview.source}: cannot be applied: {' and '.join(what)} (listed above)"


def run(args) -> int:
    from briefing_app.services.backup import backup_before
    from briefing_app.services.meetings import find_meeting
    from briefing_app.services.participants import apply_import, preview_import

    db = database(args)
    try:
        with db.session() as session:
            meeting_id = find_meeting(session, args.meeting).id
            preview = preview_import(session, meeting_id, args.file)
        print("\n".join(preview.lines()))
        if not args.apply:
            hint = "run again with --apply to make these changes" if preview.has_changes else ""
            print(f"preview only: nothing was changed{'; ' + hint if hint else ''}")
            if not preview.can_apply:
                print(_refusal(preview), file=sys.stderr)
            return 0 if preview.can_apply else 2
        backup = backup_before("import", db) if preview.has_changes and preview.can_apply else None
        with db.session() as session, session.begin():
            result = apply_import(session, meeting_id, preview)
    finally:
        db.dispose()
    print(f"applied: {result.describe()}" + (f" (backup: {backup})" if backup else ""))
    return 0
