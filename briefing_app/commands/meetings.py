"""``briefing-app meetings``: list meetings (id, date, title)."""

from __future__ import annotations

from briefing_app.commands import database


def register(sub) -> None:
    p = sub.add_parser("meetings", help="list meetings: id, date, title")
    p.set_defaults(handler=run)


def run(args) -> int:
    rows = _quick_rows(args.db)
    if rows is None:
        rows = _rows(args)
    for id_, starts_at, title in rows:
        when = starts_at.strftime("%Y-%m-%d %H:%M") if starts_at else "(no date)"
        print(f"{id_}\t{when}\t{title}")
    return 0


def _quick_rows(location: str | None) -> list[tuple] | None:
    """(id, start, title) of every meeting, soonest first, read with ``sqlite3`` from
    an ordinary file at the head revision (the GUI's fast start reads its first page
    so): no SQLAlchemy to import. None for anything else (a server, an old schema, a
    read-only medium, a file that does not read as expected)."""
    import sqlite3

    from briefing_app.services.first_page import meetings_first_page
    from briefing_app.services.quick_open import head_file

    path = head_file(location)
    if path is None:
        return None
    try:
        page = meetings_first_page(path, limit=-1)  # SQLite: a negative LIMIT is no limit
    except sqlite3.Error:
        return None
    return [(row.id, row.cells[0], row.cells[1]) for row in page.rows]


def _rows(args) -> list[tuple]:
    """The same rows through the full open (upgrade, read-only media, servers)."""
    from briefing_app.services.meetings import list_meetings

    db = database(args)
    try:
        with db.session() as session:
            return [(m.id, m.starts_at, m.title) for m in list_meetings(session)]
    finally:
        db.dispose()
