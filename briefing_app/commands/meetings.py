"""``briefing-app meetings``: list meetings (id, date, title)."""

from __future__ import annotations

from briefing_app.commands import database


def register(sub) -> None:
    p = sub.add_parser("meetings", help="list meetings: id, date, title")
    p.set_defaults(handler=run)


def run(args) -> int:
    from briefing_app.services.meetings import list_meetings

    db = database(args)
    try:
        with db.session() as session:
            for m in list_meetings(session):
                when = m.starts_at.strftime("%Y-%m-%d %H:%M") if m.starts_at else "(no date)"
                print(f"{m.id}\t{when}\t{m.title}")
    finally:
        db.dispose()
    return 0
