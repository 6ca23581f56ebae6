"""``briefing-app check``: integrity and broken-reference check (exit 0 ok, 2 problems)."""

from __future__ import annotations


def register(sub) -> None:
    p = sub.add_parser("check", help="check the database file for damage (exit 2 on problems)")
    p.set_defaults(handler=run)


def run(args) -> int:
    from briefing_app.commands.backup import database_file, server_url

    url = server_url(args)
    if url is not None:
        from briefing_app.services.server_check import check_server

        report = check_server(url)
    else:
        from briefing_app.services.check import check_database

        report = check_database(database_file(args))
    print("\n".join(report.lines()))
    if not report.ok:
        print("restore a backup with: briefing-app backup --list, then briefing-app restore FILE")
    return 0 if report.ok else 2
