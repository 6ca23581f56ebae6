"""``briefing-app search-index``: finish the search indexes an import left to be built.

An import of many records commits them without their search indexing, then
starts this command in the background (``services/search_index.py``). Run by
hand it does the same and says how far the indexes are; it resumes wherever a
previous run stopped.
"""

from __future__ import annotations

from briefing_app.commands import database


def register(sub) -> None:
    p = sub.add_parser(
        "search-index",
        help="finish building the search indexes after a large import (runs by itself)",
    )
    p.add_argument("--quiet", action="store_true", help="print nothing (run in the background)")
    p.set_defaults(handler=run, writes=False)  # derived data, a step per transaction


def run(args) -> int:
    from briefing_app.services.search_index import catch_up, pending

    db = database(args)
    try:
        with db.engine.connect() as connection:
            left = sum(pending(connection).values())
        if not left:
            if not args.quiet:
                print("the search indexes are complete")
            return 0
        indexed = catch_up(db)
        if not args.quiet:
            print(f"the search indexes are complete ({indexed} index entries added)")
    finally:
        db.dispose()
    return 0
