"""``briefing-app init [--demo]``: create or upgrade the database; load the demo meeting."""

from __future__ import annotations

from briefing_app.commands import database


def register(sub) -> None:
    p = sub.add_parser("init", help="create/upgrade the database; --demo loads the demo meeting")
    p.add_argument("--demo", action="store_true", help="load the demo roundtable (idempotent)")
    p.set_defaults(handler=run, writes=True)


def run(args) -> int:
    from briefing_app.services.demo import load_demo

    db = database(args)
    where = db.path or db.url
    try:
        if args.demo:
            with db.session() as session, session.begin():
                loaded = load_demo(session)
            print(f"{where}: demo meeting {'loaded' if loaded else 'already present'}")
        else:
            print(f"{where}: ready")
    finally:
        db.dispose()
    return 0
