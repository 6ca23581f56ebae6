"""``briefing-app search TEXT``: the search of the desktop app, printed.

The hits are those the search box shows, grouped the same way (meetings,
organizations, people, talking points), one line each: kind, id, name and
the detail the GUI shows beside it.
"""

from __future__ import annotations

from briefing_app.commands import database

#: Group headings, in the order and with the names the GUI's search results use.
GROUP_TITLES = {
    "meeting": "Meetings",
    "organization": "Organizations",
    "person": "People",
    "talking_point": "Talking points",
}


def register(sub) -> None:
    p = sub.add_parser(
        "search",
        help="search meetings, organizations, people and talking points",
        description="Print what the search box of the desktop app finds for TEXT (every "
        "word must match; English and Chinese), grouped by kind: kind, id, name, details.",
    )
    p.add_argument("text", nargs="+", metavar="TEXT", help="words to look for")
    p.add_argument(
        "--limit", type=int, default=10, metavar="N", help="at most N hits per kind (default 10)"
    )
    p.set_defaults(handler=run)


def run(args) -> int:
    from briefing_app.errors import UserError
    from briefing_app.services.search import search

    if args.limit < 1:
        raise UserError(f"--limit {args.limit}: give a number of hits of at least 1")
    query = " ".join(args.text)
    db = database(args)
    try:
        with db.session() as session:
            results = search(session, query, limit=args.limit)
    finally:
        db.dispose()
    for line in format_results(results):
        print(line)
    return 0


def format_results(results) -> list[str]:
    """The grouped hits as lines: a heading per kind, then ``kind  id  name — details``."""
    lines = []
    for kind, hits in results.groups.items():
        if not hits:
            continue
        lines.append(f"{GROUP_TITLES[kind]} ({len(hits)})")
        for hit in hits:
            detail = " — ".join(part for part in (hit.detail, hit.status) if part)
            name = f"{hit.title} — {detail}" if detail else hit.title
            lines.append(f"  {kind:<13} {hit.id:>5}  {name}")
    if not lines:
        lines.append(f'nothing found for "{results.query}"')
    return lines
